package viewer

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/anacrolix/torrent"
)

// stallWatch drops connections that deliver nothing while the viewer waits on them: a peer with
// requests outstanding that has sent no requested chunk for the timeout is closed and its
// address dialled again (the rare "stalled last chunk" in docs/field-notes.md, where requests
// are stranded on the serving side, would otherwise freeze playback). It counts requests
// through the client's SentRequest and DeletedRequest callbacks.
type stallWatch struct {
	timeout time.Duration
	log     *slog.Logger
	now     func() time.Time

	mu    sync.Mutex
	peers map[*torrent.Peer]*stallPeer // live peers; entries go when the peer closes
}

type stallPeer struct {
	outstanding int       // requests sent and not yet received, cancelled or rejected
	since       time.Time // when it last delivered a requested chunk, or began to be waited on
}

func newStallWatch(timeout time.Duration, log *slog.Logger) *stallWatch {
	return &stallWatch{timeout: timeout, log: log, now: time.Now, peers: map[*torrent.Peer]*stallPeer{}}
}

// attach installs the callbacks in cc. They run with the client lock held and only update the
// watch's own state.
func (w *stallWatch) attach(cc *torrent.ClientConfig) {
	cb := &cc.Callbacks
	cb.SentRequest = append(cb.SentRequest, func(e torrent.PeerRequestEvent) {
		w.mu.Lock()
		defer w.mu.Unlock()
		s := w.peers[e.Peer]
		if s == nil {
			s = &stallPeer{}
			w.peers[e.Peer] = s
		}
		if s.outstanding == 0 {
			s.since = w.now()
		}
		s.outstanding++
	})
	cb.DeletedRequest = append(cb.DeletedRequest, func(e torrent.PeerRequestEvent) {
		w.mu.Lock()
		defer w.mu.Unlock()
		if s := w.peers[e.Peer]; s != nil && s.outstanding > 0 {
			s.outstanding--
		}
	})
	cb.ReceivedRequested = append(cb.ReceivedRequested, func(e torrent.PeerMessageEvent) {
		w.mu.Lock()
		defer w.mu.Unlock()
		if s := w.peers[e.Peer]; s != nil {
			s.since = w.now()
		}
	})
	cb.PeerClosed = append(cb.PeerClosed, func(p *torrent.Peer) {
		w.mu.Lock()
		defer w.mu.Unlock()
		delete(w.peers, p)
	})
}

// stalled returns the peers waited on for longer than the timeout, and forgets them.
func (w *stallWatch) stalled() []*torrent.Peer {
	w.mu.Lock()
	defer w.mu.Unlock()
	now := w.now()
	var out []*torrent.Peer
	for p, s := range w.peers {
		if s.outstanding > 0 && now.Sub(s.since) >= w.timeout {
			out = append(out, p)
			delete(w.peers, p)
		}
	}
	return out
}

// run checks the peers every quarter of the timeout until ctx ends: a stalled peer is closed
// and its address given back to tor to dial again once the closed connection is gone (the
// client does not dial an address it still has a connection to).
func (w *stallWatch) run(ctx context.Context, tor *torrent.Torrent) {
	t := time.NewTicker(max(w.timeout/4, 10*time.Millisecond))
	defer t.Stop()
	type redial struct {
		addr  torrent.PeerRemoteAddr
		tries int
	}
	var pending []redial
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		for _, p := range w.stalled() {
			w.log.Warn("a connection delivered nothing for a while with requests outstanding; dropping it and dialling again",
				"peer", fmt.Sprint(p.RemoteAddr), "waited", w.timeout)
			_ = p.Close()
			if p.RemoteAddr != nil && len(pending) < maxRedials {
				pending = append(pending, redial{addr: p.RemoteAddr})
			}
		}
		if len(pending) == 0 {
			continue
		}
		connected := map[string]bool{}
		for _, pc := range tor.PeerConns() {
			connected[fmt.Sprint(pc.RemoteAddr)] = true
		}
		kept := pending[:0]
		for _, r := range pending {
			switch {
			case !connected[r.addr.String()]:
				tor.AddPeers([]torrent.PeerInfo{{Addr: r.addr, Source: "redial"}})
			case r.tries < 8:
				r.tries++
				kept = append(kept, r)
			}
		}
		pending = kept
	}
}

// maxRedials bounds the stalled peers waiting to be dialled again.
const maxRedials = 64
