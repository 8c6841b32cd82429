package viewer

import (
	"log/slog"
	"testing"
	"time"

	"github.com/anacrolix/torrent"
	pp "github.com/anacrolix/torrent/peer_protocol"
)

// TestStallWatch: a peer is stalled only while it has requests outstanding and has delivered
// no requested chunk for the timeout; a delivery restarts the clock, and a peer with nothing
// outstanding or that closed is never reported.
func TestStallWatch(t *testing.T) {
	now := time.Unix(1_000_000, 0)
	w := newStallWatch(10*time.Second, slog.New(slog.DiscardHandler))
	w.now = func() time.Time { return now }
	var cc torrent.ClientConfig
	w.attach(&cc)
	cb := cc.Callbacks
	send := func(p *torrent.Peer) { cb.SentRequest[0](torrent.PeerRequestEvent{Peer: p}) }
	del := func(p *torrent.Peer) { cb.DeletedRequest[0](torrent.PeerRequestEvent{Peer: p}) }
	recv := func(p *torrent.Peer) {
		cb.ReceivedRequested[0](torrent.PeerMessageEvent{Peer: p, Message: &pp.Message{}})
	}
	slow, idle, busy, gone := &torrent.Peer{}, &torrent.Peer{}, &torrent.Peer{}, &torrent.Peer{}
	send(slow)
	send(slow)
	send(idle)
	del(idle) // nothing outstanding
	send(busy)
	send(gone)
	cb.PeerClosed[0](gone)
	now = now.Add(9 * time.Second)
	recv(busy) // delivers: its clock restarts
	if got := w.stalled(); len(got) != 0 {
		t.Fatalf("stalled before the timeout: %d peers", len(got))
	}
	now = now.Add(time.Second)
	got := w.stalled()
	if len(got) != 1 || got[0] != slow {
		t.Fatalf("stalled after the timeout: %v, want only the slow peer", got)
	}
	if again := w.stalled(); len(again) != 0 {
		t.Fatalf("a stalled peer is reported twice")
	}
	now = now.Add(9 * time.Second)
	if got := w.stalled(); len(got) != 1 || got[0] != busy {
		t.Fatalf("the busy peer, silent for 10s since its last chunk: %v", got)
	}
}
