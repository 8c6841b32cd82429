package api

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/netip"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/anacrolix/generics"
	"github.com/anacrolix/torrent"
	"github.com/anacrolix/torrent/bencode"
	"github.com/anacrolix/torrent/metainfo"
	"github.com/anacrolix/torrent/tracker"
	trackerServer "github.com/anacrolix/torrent/tracker/server"
	"github.com/anacrolix/torrent/tracker/udp"
	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/store"
)

// trackerClient is an anacrolix client that finds peers only through trackers: no DHT, PEX,
// uTP, IPv6, web seeds or webtorrent.
func trackerClient(t *testing.T, seed bool, dir string) *torrent.Client {
	t.Helper()
	cfg := torrent.TestingConfig(t)
	cfg.DisableTrackers = false
	cfg.DisablePEX = true
	cfg.DisableUTP = true
	cfg.DisableIPv6 = true
	cfg.DisableWebtorrent = true
	cfg.DisableWebseeds = true
	cfg.MaxAllocPeerRequestDataPerConn = torrent.NewDefaultClientConfig().MaxAllocPeerRequestDataPerConn
	cfg.Seed = seed
	if dir != "" {
		cfg.DataDir = dir
	}
	cl, err := torrent.NewClient(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cl.Close() })
	return cl
}

// TestTrackerSwarm: a seeder and a leecher that know nothing of each other find each other
// through the embedded tracker, each with its own passkey, and the file moves.
func TestTrackerSwarm(t *testing.T) {
	t.Parallel()
	st := storeFor(t)
	g := startGateway(t, st, func(c *Config, _ *Deps) { c.TrackerInterval = 2 * time.Second }, nil)

	seedDir := t.TempDir()
	data := randomBytes(t, 2<<20)
	if err := os.WriteFile(filepath.Join(seedDir, "video.sealed"), data, 0o600); err != nil {
		t.Fatal(err)
	}
	info := metainfo.Info{PieceLength: 256 << 10}
	if err := info.BuildFromFilePath(filepath.Join(seedDir, "video.sealed")); err != nil {
		t.Fatal(err)
	}
	infoBytes, err := bencode.Marshal(info)
	if err != nil {
		t.Fatal(err)
	}
	mi := metainfo.MetaInfo{InfoBytes: infoBytes}
	ih := mi.HashInfoBytes()
	if _, err := st.CreateSealedContent(context.Background(), store.Sealed{ContentHash: common.Hash{7}, InfoHash: ih, KeyCommitment: common.Hash{8}, Creator: alice}); err != nil {
		t.Fatal(err)
	}
	announceURL := func(account common.Address) string {
		return g.url + "/announce/" + g.s.passkeys.Issue(account, time.Now().Add(time.Hour))
	}

	seeder := trackerClient(t, true, seedDir)
	mi.AnnounceList = [][]string{{announceURL(bob)}}
	st1, err := seeder.AddTorrent(&mi)
	if err != nil {
		t.Fatal(err)
	}
	<-st1.GotInfo()
	if err := st1.VerifyData(); err != nil {
		t.Fatal(err)
	}
	// The complete flag follows the piece states asynchronously: wait for it rather than read
	// it once (regression: this failed on a quiet machine, where the read came first).
	select {
	case <-st1.Complete().On():
	case <-time.After(10 * time.Second):
		t.Fatal("seeder does not have the data")
	}
	// Wait until the seeder's announce is in, so the leecher's first announce finds it.
	deadline := time.Now().Add(10 * time.Second)
	for g.s.swarm.peers(ih) == 0 {
		if time.Now().After(deadline) {
			t.Fatal("the seeder never announced")
		}
		time.Sleep(10 * time.Millisecond)
	}

	leecher := trackerClient(t, false, "")
	mi.AnnounceList = [][]string{{announceURL(alice)}}
	lt, err := leecher.AddTorrent(&mi)
	if err != nil {
		t.Fatal(err)
	}
	<-lt.GotInfo()
	lt.DownloadAll()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	r := lt.NewReader()
	defer r.Close()
	r.SetContext(ctx)
	got, err := io.ReadAll(r)
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("leecher read %d bytes, %v", len(got), err)
	}
	if n := g.s.swarm.peers(ih); n != 2 {
		t.Errorf("tracker knows %d peers, want 2", n)
	}
}

// TestTrackerRefuses: announces without a valid, unexpired passkey, or for a torrent the
// catalog does not hold, get a bencoded failure reason and are not tracked.
func TestTrackerRefuses(t *testing.T) {
	t.Parallel()
	st := storeFor(t)
	g := startGateway(t, st, nil, nil)
	known := [20]byte{0xaa}
	if _, err := st.CreateSealedContent(context.Background(), store.Sealed{ContentHash: common.Hash{1}, InfoHash: known, KeyCommitment: common.Hash{2}, Creator: alice}); err != nil {
		t.Fatal(err)
	}
	valid := g.s.passkeys.Issue(alice, time.Now().Add(time.Hour))
	expired := g.s.passkeys.Issue(alice, time.Now().Add(-time.Second))
	query := func(ih [20]byte) string {
		return "?" + url.Values{"info_hash": {string(ih[:])}, "peer_id": {"-SG0001-abcdefghijkl"}, "port": {"6881"}, "left": {"0"}, "compact": {"1"}}.Encode()
	}
	type answer struct {
		Failure  string `bencode:"failure reason"`
		Interval int    `bencode:"interval"`
	}
	for _, c := range []struct {
		name, path string
		failure    bool
	}{
		{"no passkey", "/announce" + query(known), true},
		{"bad passkey", "/announce/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" + query(known), true},
		{"forged passkey", "/announce/" + valid[:len(valid)-2] + "AA" + query(known), true},
		{"expired passkey", "/announce/" + expired + query(known), true},
		{"unknown torrent", "/announce/" + valid + query([20]byte{0xbb}), true},
		{"malformed", "/announce/" + valid + "?info_hash=short", true},
		{"no port", "/announce/" + valid + strings.Replace(query(known), "port=6881", "port=0", 1), true},
		{"bad event", "/announce/" + valid + query(known) + "&event=paused", true},
		{"valid", "/announce/" + valid + query(known), false},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := g.req(t, "GET", c.path, nil)
			var a answer
			if err := bencode.Unmarshal(r.body, &a); err != nil {
				t.Fatalf("%d %q is not bencoded: %v", r.StatusCode, r.body, err)
			}
			if c.failure != (a.Failure != "") {
				t.Fatalf("%d %q", r.StatusCode, r.body)
			}
			if !c.failure && a.Interval != int(g.cfg.TrackerInterval/time.Second) {
				t.Errorf("interval %d", a.Interval)
			}
		})
	}
	if n := g.s.swarm.peers(known); n != 1 {
		t.Errorf("tracked peers %d, want only the valid announce", n)
	}
	if n := g.s.swarm.peers([20]byte{0xbb}); n != 0 {
		t.Errorf("unknown torrent tracked")
	}
	if r := g.req(t, "GET", "/announce/"+valid+query(known), nil); r.StatusCode != http.StatusOK {
		t.Errorf("status %d", r.StatusCode)
	}
}

// TestTrackerAnswerForAnyClient: a successful answer carries no "failure reason" key at all
// (aria2c and libtorrent read an empty one as a failure), lists peers compactly, and includes the
// seeder directory's entries for the torrent (directory seeders do not announce), each once,
// skipping endpoints that are host names or unspecified addresses.
func TestTrackerAnswerForAnyClient(t *testing.T) {
	t.Parallel()
	st := storeFor(t)
	g := startGateway(t, st, nil, nil)
	known := [20]byte{0xab}
	if _, err := st.CreateSealedContent(context.Background(), store.Sealed{ContentHash: common.Hash{3}, InfoHash: known, KeyCommitment: common.Hash{4}, Creator: alice}); err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	for i, ep := range []string{"127.0.0.7:7001", "seeder.example:7002", "0.0.0.0:7003", "[::1]:7004"} {
		a := store.Announcement{Address: common.Address{byte(i + 1)}, Endpoint: ep, PricePerGiB: "1", InfoHashes: [][20]byte{known},
			Signature: []byte{1}, SignedAt: now, ExpiresAt: now.Add(time.Hour)}
		if err := st.UpsertSeeder(context.Background(), a); err != nil {
			t.Fatal(err)
		}
	}
	valid := g.s.passkeys.Issue(alice, now.Add(time.Hour))
	q := url.Values{"info_hash": {string(known[:])}, "peer_id": {"-SG0001-abcdefghijkl"}, "port": {"6881"}, "left": {"100"}, "compact": {"1"}}
	r := g.req(t, "GET", "/announce/"+valid+"?"+q.Encode(), nil)
	var raw map[string]any
	if err := bencode.Unmarshal(r.body, &raw); err != nil {
		t.Fatalf("%q is not bencoded: %v", r.body, err)
	}
	if _, ok := raw["failure reason"]; ok {
		t.Fatalf("a successful answer has a failure reason key: %q", r.body)
	}
	peers, _ := raw["peers"].(string)
	if len(peers) != 6 || peers != string([]byte{127, 0, 0, 7, 7001 >> 8, 7001 & 0xff}) {
		t.Fatalf("peers %x; want the directory seeder 127.0.0.7:7001 only (the announcer is not its own peer yet)", peers)
	}
	peers6, _ := raw["peers6"].(string)
	if len(peers6) != 18 || peers6[15] != 1 {
		t.Fatalf("peers6 %x; want [::1]:7004", peers6)
	}
	// A second announcer sees the directory seeder and the first announcer, not itself.
	q.Set("peer_id", "-SG0001-mnopqrstuvwx")
	q.Set("port", "6882")
	r = g.req(t, "GET", "/announce/"+valid+"?"+q.Encode(), nil)
	raw = nil
	if err := bencode.Unmarshal(r.body, &raw); err != nil {
		t.Fatal(err)
	}
	want := string([]byte{127, 0, 0, 7, 7001 >> 8, 7001 & 0xff, 127, 0, 0, 1, 6881 >> 8, 6881 & 0xff})
	if peers, _ = raw["peers"].(string); peers != want {
		t.Fatalf("second answer lists peers %x; want %x (the directory seeder, then the first announcer)", peers, want)
	}
}

// TestSwarmTrackerBounds: peers expire after two intervals, a full swarm evicts the stalest
// peer, and "stopped" removes a peer.
func TestSwarmTrackerBounds(t *testing.T) {
	t.Parallel()
	clk := &clock{t: time.Unix(1_700_000_000, 0)}
	tr := newSwarmTracker(time.Minute, 2, clk.now)
	ih := [20]byte{1}
	announce := func(port uint16, ev string) {
		req := trackerAnnounceReq(ih, port, ev)
		if err := tr.TrackAnnounce(context.Background(), req, addrPort(port)); err != nil {
			t.Fatal(err)
		}
	}
	announce(1, "")
	clk.add(10 * time.Second)
	announce(2, "")
	clk.add(10 * time.Second)
	announce(3, "") // full: evicts port 1, the stalest
	res := tr.GetPeers(context.Background(), ih, getPeersOpts(10), addrPort(3))
	if len(res.Peers) != 1 || res.Peers[0].Port() != 2 {
		t.Fatalf("peers for 3: %v", res.Peers)
	}
	announce(2, "stopped")
	if tr.peers(ih) != 1 {
		t.Fatalf("after stopped: %d peers", tr.peers(ih))
	}
	clk.add(2*time.Minute + time.Second)
	if tr.peers(ih) != 0 {
		t.Fatalf("after two intervals: %d peers", tr.peers(ih))
	}
	tr.sweep()
	tr.mu.Lock()
	n := len(tr.swarms)
	tr.mu.Unlock()
	if n != 0 {
		t.Fatalf("sweep left %d swarms", n)
	}
}

func trackerAnnounceReq(ih [20]byte, port uint16, event string) udp.AnnounceRequest {
	var ev tracker.AnnounceEvent
	_ = ev.UnmarshalText([]byte(event))
	return udp.AnnounceRequest{InfoHash: ih, Event: ev, Port: port, NumWant: -1, Left: 1}
}

func addrPort(port uint16) netip.AddrPort {
	return netip.AddrPortFrom(netip.MustParseAddr("192.0.2.1"), port)
}

func getPeersOpts(n uint) trackerServer.GetPeersOpts {
	return trackerServer.GetPeersOpts{MaxCount: generics.Some(n)}
}
