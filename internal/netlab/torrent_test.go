package netlab_test

import (
	"crypto/rand"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/anacrolix/torrent"
	"github.com/anacrolix/torrent/bencode"
	"github.com/anacrolix/torrent/metainfo"

	"github.com/swarmgate/swarmgate/internal/netlab"
)

// TestDialFromEmulated: a service of the test process on the loopback sees a host's requests
// come from its emulated address (what a tracker then hands to other peers).
func TestDialFromEmulated(t *testing.T) {
	l := newLab(t, 0)
	h := addHost(t, l, "h", netlab.Link{})
	seen := make(chan string, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host, _, _ := net.SplitHostPort(r.RemoteAddr)
		seen <- host
	}))
	defer srv.Close()
	c := &http.Client{Transport: &http.Transport{DialContext: h.DialFromEmulated}, Timeout: 10 * time.Second}
	res, err := c.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if got := <-seen; got != h.Emulated.String() {
		t.Errorf("the server saw %s, want the emulated address %s", got, h.Emulated)
	}
}

// TestTorrentOnHosts: a plain anacrolix seeder and leecher on two hosts (Attach, Join) exchange
// a 4 MiB item through the seeder's proxy: the leecher's connection goes to the seeder's
// emulated address, the download takes as long as the leecher's 20 Mbit/s link allows, and its
// first piece comes no sooner than the 40 ms round trips allow.
func TestTorrentOnHosts(t *testing.T) {
	l := newLab(t, 40*time.Millisecond)
	sh := addHost(t, l, "seeder", netlab.Link{Up: 100 * netlab.Mbit, Down: 100 * netlab.Mbit})
	vh := addHost(t, l, "viewer", netlab.Link{Up: 20 * netlab.Mbit, Down: 20 * netlab.Mbit})
	const size = 4 << 20
	dir := t.TempDir()
	data := make([]byte, size)
	_, _ = rand.Read(data)
	if err := os.WriteFile(filepath.Join(dir, "item"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	info := metainfo.Info{PieceLength: 256 << 10}
	if err := info.BuildFromFilePath(filepath.Join(dir, "item")); err != nil {
		t.Fatal(err)
	}
	mi := &metainfo.MetaInfo{}
	var err error
	if mi.InfoBytes, err = bencode.Marshal(info); err != nil {
		t.Fatal(err)
	}
	client := func(h *netlab.Host, dataDir string, seed bool) (*torrent.Client, string) {
		cfg := torrent.NewDefaultClientConfig()
		cfg.DataDir, cfg.Seed = dataDir, seed
		cfg.DisableWebtorrent, cfg.DisableWebseeds, cfg.DisablePEX = true, true, true
		cfg.Slogger = slog.New(slog.DiscardHandler)
		h.Attach(cfg)
		cl, err := torrent.NewClient(cfg)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { cl.Close() })
		addr, _, err := h.Join(cl, 0)
		if err != nil {
			t.Fatal(err)
		}
		return cl, addr
	}
	scl, saddr := client(sh, dir, true)
	st, err := scl.AddTorrent(mi)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.VerifyData(); err != nil {
		t.Fatal(err)
	}
	<-st.Complete().On()
	if !strings.HasPrefix(saddr, sh.Emulated.String()+":") {
		t.Fatalf("the seeder joined at %s, want its emulated address %s", saddr, sh.Emulated)
	}
	vcl, _ := client(vh, t.TempDir(), false)
	vt, err := vcl.AddTorrent(mi)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	vt.AddPeers([]torrent.PeerInfo{{Addr: addrString(saddr), Trusted: true}})
	r := vt.NewReader()
	defer r.Close()
	var one [1]byte
	if _, err := io.ReadFull(r, one[:]); err != nil {
		t.Fatal(err)
	}
	first := time.Since(start)
	// Seeds drop each other once complete: look at the connection while it downloads.
	pcs := vt.PeerConns()
	if len(pcs) != 1 || pcs[0].RemoteAddr.String() != saddr {
		var addrs []string
		for _, pc := range pcs {
			addrs = append(addrs, pc.RemoteAddr.String())
		}
		t.Errorf("the viewer's peers are %v, want only the seeder's emulated address %s", addrs, saddr)
	}
	vt.DownloadAll()
	select {
	case <-vt.Complete().On():
	case <-time.After(time.Minute):
		t.Fatalf("no complete download within a minute: %d of %d bytes", vt.BytesCompleted(), int64(size))
	}
	took := time.Since(start)
	rate := float64(size*8) / took.Seconds()
	t.Logf("first byte after %v; %d MiB in %v: %.1f Mbit/s", first, size>>20, took, rate/netlab.Mbit)
	// Connect, BitTorrent handshake, extended handshake, interested/unchoke, request, piece:
	// at least three round trips before the first byte.
	if first < 3*40*time.Millisecond {
		t.Errorf("first byte after %v: fewer round trips than the protocol needs at 40 ms", first)
	}
	// Above the link's rate means the shaping is not applied; the lower bound only catches a
	// stall (slow start at 40 ms and a loaded machine keep a short download well under 20).
	if rate > 21*netlab.Mbit || rate < 5*netlab.Mbit {
		t.Errorf("download at %.1f Mbit/s, want below the viewer's 20 Mbit/s and above 5", rate/netlab.Mbit)
	}
}

type addrString string

func (a addrString) String() string { return string(a) }
