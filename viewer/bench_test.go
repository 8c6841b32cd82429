package viewer

import (
	"context"
	"io"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/anacrolix/torrent"

	"github.com/swarmgate/swarmgate/chain/chaintest"
	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/internal/testnet"
	"github.com/swarmgate/swarmgate/paywire"
)

// benchSize is the sealed item's plaintext size; benchSeeks the random seeks per iteration.
const (
	benchSize  = 64 << 20
	benchSeeks = 15
	benchRead  = 64 << 10
)

// latencies is what one iteration measured.
type latencies struct {
	ttfb  time.Duration
	seeks []time.Duration
}

func report(b *testing.B, all []latencies) {
	var ttfb, seeks []time.Duration
	for _, l := range all {
		ttfb = append(ttfb, l.ttfb)
		seeks = append(seeks, l.seeks...)
	}
	slices.Sort(ttfb)
	slices.Sort(seeks)
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(ms(ttfb[len(ttfb)/2]), "ttfb-median-ms")
	b.ReportMetric(ms(seeks[len(seeks)/2]), "seek-median-ms")
	b.ReportMetric(ms(seeks[len(seeks)-1]), "seek-max-ms")
}

func seekOffsets(seed uint64) []int64 {
	r := rand.New(rand.NewPCG(seed, 1))
	out := make([]int64, benchSeeks)
	for i := range out {
		out[i] = r.Int64N(benchSize - benchRead)
	}
	return out
}

// BenchmarkWatchPaid: time to first byte (HTTP request to the first plaintext byte) and seek
// latency (a Range request of 64 KiB at a random offset, 15 per iteration) through the viewer's
// local HTTP server: the viewer's torrent client with paywire's payer and a session grant, two
// paid sellers on loopback, decryption on the fly. Each iteration starts a cold viewer client.
func BenchmarkWatchPaid(b *testing.B) {
	n := testnet.New(b, testnet.Config{Seeders: 1, NoStart: true, ItemSize: benchSize})
	it := n.Item
	price := big.NewInt(1_000_000_000_000_000)
	var sellers []*testnet.Seller
	for range 2 {
		key, addr := chaintest.NewKey(b)
		n.Fund(addr, big.NewInt(1e18))
		sellers = append(sellers, testnet.StartSeller(b, testnet.SellerOptions{Chain: n.Chain.Client, Key: key, PricePerGiB: price, MetaInfo: it.MetaInfo, Dir: it.Dir}))
	}
	ctx := context.Background()
	var all []latencies
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		// A new viewer each iteration: sellers remember a departed viewer's unpaid bytes (the
		// pieces in flight when it closed) and give a returning one no new credit window.
		wk, viewer := chaintest.NewKey(b)
		n.Fund(viewer, big.NewInt(2e18))
		if _, err := n.Chain.Client.Deposit(ctx, chaintest.TransactOpts(wk), viewer, big.NewInt(1e18)); err != nil {
			b.Fatal(err)
		}
		sk, skAddr := chaintest.NewKey(b)
		sess := eip712.Session{Viewer: viewer, Key: skAddr, Limit: big.NewInt(1e18), Expiry: uint64(time.Now().Add(72 * time.Hour).Unix())}
		sig, err := sess.Sign(n.Chain.Client.EscrowDomain(), wk)
		if err != nil {
			b.Fatal(err)
		}
		payer, err := paywire.NewPayer(paywire.PayerConfig{Viewer: viewer, Key: sk, Grant: &paywire.SignedGrant{Session: sess, Signature: sig},
			ChainID: n.Chain.Deployment.ChainID, Escrow: n.Chain.Deployment.Escrow, MaxPricePerGiB: price})
		if err != nil {
			b.Fatal(err)
		}
		pctx, cancel := context.WithCancel(ctx)
		pdone := make(chan struct{})
		go func() { defer close(pdone); _ = payer.Run(pctx) }()
		v := &Viewer{cfg: Config{ContentID: "1", TorrentListen: "127.0.0.1:0", Readahead: DefaultReadahead}, log: slog.New(slog.DiscardHandler),
			deps: Deps{TorrentLogger: slog.New(slog.DiscardHandler)}, key: it.Key, done: make(chan struct{})}
		client, err := v.newClient(b.TempDir(), payer, nil)
		if err != nil {
			b.Fatal(err)
		}
		tor, err := client.AddTorrent(it.MetaInfo)
		if err != nil {
			b.Fatal(err)
		}
		for _, s := range sellers {
			tor.AddPeers([]torrent.PeerInfo{{Addr: peerAddr(s.Addr()), Trusted: true}})
		}
		<-tor.GotInfo()
		v.tor = tor
		srv := httptest.NewServer(v.handler())
		url := srv.URL + "/" + v.fileName()
		b.StartTimer()
		var l latencies
		start := time.Now()
		res, err := http.Get(url)
		if err != nil {
			b.Fatal(err)
		}
		var one [1]byte
		if _, err := io.ReadFull(res.Body, one[:]); err != nil {
			b.Fatal(err)
		}
		l.ttfb = time.Since(start)
		res.Body.Close()
		for _, off := range seekOffsets(uint64(i)) {
			req, _ := http.NewRequest(http.MethodGet, url, nil)
			req.Header.Set("Range", "bytes="+strconv.FormatInt(off, 10)+"-"+strconv.FormatInt(off+benchRead-1, 10))
			start := time.Now()
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				b.Fatal(err)
			}
			nr, err := io.Copy(io.Discard, res.Body)
			res.Body.Close()
			if err != nil || nr != benchRead {
				b.Fatalf("seek to %d: %d bytes, %v", off, nr, err)
			}
			l.seeks = append(l.seeks, time.Since(start))
		}
		b.StopTimer()
		all = append(all, l)
		srv.Close()
		client.Close()
		cancel()
		<-pdone
		_ = payer.Close()
		b.StartTimer()
	}
	b.StopTimer()
	report(b, all)
}

// BenchmarkWatchPlainBaseline is the baseline of BenchmarkWatchPaid: plain anacrolix clients
// with torrent.NewDefaultClientConfig() (default storage) seeding the same ciphertext, two of
// them, and a plain default client reading it through a torrent Reader with the same readahead:
// first byte, then the same random seeks of 64 KiB. No payment, no decryption, no HTTP.
func BenchmarkWatchPlainBaseline(b *testing.B) {
	it := testnet.NewItem(b, benchSize)
	defaultConfig := func(dir string) *torrent.ClientConfig {
		cfg := torrent.NewDefaultClientConfig()
		cfg.DataDir, cfg.ListenPort = dir, 0
		cfg.SetListenAddr("127.0.0.1:0")
		cfg.NoDHT, cfg.DisableIPv6 = true, true
		cfg.Slogger = slog.New(slog.DiscardHandler)
		return cfg
	}
	var seeders []*torrent.Client
	for range 2 {
		cfg := defaultConfig(it.Dir)
		cfg.Seed = true
		c, err := torrent.NewClient(cfg)
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { c.Close() })
		t, err := c.AddTorrent(it.MetaInfo)
		if err != nil {
			b.Fatal(err)
		}
		if err := t.VerifyData(); err != nil {
			b.Fatal(err)
		}
		<-t.Complete().On()
		seeders = append(seeders, c)
	}
	var all []latencies
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		c, err := torrent.NewClient(defaultConfig(b.TempDir()))
		if err != nil {
			b.Fatal(err)
		}
		tor, err := c.AddTorrent(it.MetaInfo)
		if err != nil {
			b.Fatal(err)
		}
		for _, s := range seeders {
			tor.AddClientPeer(s)
		}
		<-tor.GotInfo()
		b.StartTimer()
		var l latencies
		start := time.Now()
		r := tor.NewReader()
		r.SetReadahead(DefaultReadahead)
		var one [1]byte
		if _, err := io.ReadFull(r, one[:]); err != nil {
			b.Fatal(err)
		}
		l.ttfb = time.Since(start)
		buf := make([]byte, benchRead)
		// The same offsets as the paid benchmark (there plaintext, here ciphertext: the item is
		// the same size to within its tags).
		for _, off := range seekOffsets(uint64(i)) {
			start := time.Now()
			if _, err := r.Seek(off, io.SeekStart); err != nil {
				b.Fatal(err)
			}
			if _, err := io.ReadFull(r, buf); err != nil {
				b.Fatal(err)
			}
			l.seeks = append(l.seeks, time.Since(start))
		}
		b.StopTimer()
		r.Close()
		all = append(all, l)
		c.Close()
		b.StartTimer()
	}
	b.StopTimer()
	report(b, all)
}
