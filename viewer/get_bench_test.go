package viewer

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/anacrolix/torrent"
	"github.com/anacrolix/torrent/storage"

	"github.com/swarmgate/swarmgate/chain/chaintest"
	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/internal/testnet"
	"github.com/swarmgate/swarmgate/paywire"
)

// getBenchSize is the plaintext size of BenchmarkGet's item.
const getBenchSize = 256 << 20

// defaultClientConfig is plain anacrolix's default client configuration
// (torrent.NewDefaultClientConfig(), default storage in dir) on loopback: the baseline of the
// viewer benchmarks. Only what a loopback test needs differs: the listen address, no DHT, no
// IPv6, no logs.
func defaultClientConfig(dir string) *torrent.ClientConfig {
	cfg := torrent.NewDefaultClientConfig()
	cfg.DataDir, cfg.ListenPort = dir, 0
	cfg.SetListenAddr("127.0.0.1:0")
	cfg.NoDHT, cfg.DisableIPv6 = true, true
	cfg.Slogger = slog.New(slog.DiscardHandler)
	return cfg
}

// plainSeeders starts n default anacrolix clients seeding it from its directory.
func plainSeeders(b *testing.B, it *testnet.Item, n int) []*torrent.Client {
	var out []*torrent.Client
	for range n {
		cfg := defaultClientConfig(it.Dir)
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
		out = append(out, c)
	}
	return out
}

// paidSellers starts n paid sellers (paywire's seller, the seeder package's store and balance
// reads, the project's seeding configuration) of the network's item.
func paidSellers(b *testing.B, n *testnet.Network, count int, price *big.Int) []*testnet.Seller {
	var out []*testnet.Seller
	for range count {
		key, addr := chaintest.NewKey(b)
		n.Fund(addr, big.NewInt(1e18))
		out = append(out, testnet.StartSeller(b, testnet.SellerOptions{Chain: n.Chain.Client, Key: key, PricePerGiB: price, MetaInfo: n.Item.MetaInfo, Dir: n.Item.Dir}))
	}
	return out
}

// benchViewer is a viewer as Run assembles it after the gateway steps: a fresh funded account
// with an escrow deposit, a session grant for a throwaway key, paywire's payer running, the
// viewer's torrent client (newClient) with the payer attached and storage in a fresh directory.
// The torrent is not added yet. stop closes it all.
type benchViewer struct {
	v      *Viewer
	client *torrent.Client
	payer  *paywire.Payer
	stop   func()
	// started is how long newClient took.
	started time.Duration
}

func newBenchViewer(b *testing.B, n *testnet.Network, price *big.Int) *benchViewer {
	ctx := context.Background()
	wk, account := chaintest.NewKey(b)
	n.Fund(account, big.NewInt(2e18))
	if _, err := n.Chain.Client.Deposit(ctx, chaintest.TransactOpts(wk), account, big.NewInt(1e18)); err != nil {
		b.Fatal(err)
	}
	sk, skAddr := chaintest.NewKey(b)
	sess := eip712.Session{Viewer: account, Key: skAddr, Limit: big.NewInt(1e18), Expiry: uint64(time.Now().Add(72 * time.Hour).Unix())}
	sig, err := sess.Sign(n.Chain.Client.EscrowDomain(), wk)
	if err != nil {
		b.Fatal(err)
	}
	payer, err := paywire.NewPayer(paywire.PayerConfig{Viewer: account, Key: sk, Grant: &paywire.SignedGrant{Session: sess, Signature: sig},
		ChainID: n.Chain.Deployment.ChainID, Escrow: n.Chain.Deployment.Escrow, MaxPricePerGiB: price})
	if err != nil {
		b.Fatal(err)
	}
	pctx, cancel := context.WithCancel(ctx)
	pdone := make(chan struct{})
	go func() { defer close(pdone); _ = payer.Run(pctx) }()
	v := &Viewer{cfg: Config{ContentID: "1", TorrentListen: "127.0.0.1:0", Readahead: DefaultReadahead}, log: slog.New(slog.DiscardHandler),
		deps: Deps{TorrentLogger: slog.New(slog.DiscardHandler)}, key: n.Item.Key, done: make(chan struct{})}
	dir := b.TempDir()
	start := time.Now()
	client, err := v.newClient(dir, payer, nil)
	if err != nil {
		b.Fatal(err)
	}
	return &benchViewer{v: v, client: client, payer: payer, started: time.Since(start), stop: func() {
		client.Close()
		cancel()
		<-pdone
		_ = payer.Close()
	}}
}

// waitComplete waits for the torrent to complete. It fails the benchmark, with what the payer
// and the sellers (if any) counted, after two minutes or when no connection is left for 5 s
// (a seller cut the payer off: nothing redials it).
func waitComplete(b *testing.B, t *torrent.Torrent, payer *paywire.Payer, sellers []*testnet.Seller) {
	if err := waitCompleteErr(t, payer, sellers); err != nil {
		b.Fatal(err)
	}
}

// waitCompleteErr is waitComplete returning the failure.
func waitCompleteErr(t *torrent.Torrent, payer *paywire.Payer, sellers []*testnet.Seller) error {
	deadline, lastConn := time.Now().Add(2*time.Minute), time.Now()
	for done := false; !done; {
		select {
		case <-t.Complete().On():
			done = true
		case <-time.After(100 * time.Millisecond):
		}
		if len(t.PeerConns()) > 0 {
			lastConn = time.Now()
		}
		if !done && (time.Now().After(deadline) || time.Since(lastConn) > 5*time.Second) {
			break
		}
	}
	if !t.Complete().Bool() {
		var st []paywire.SellerStats
		for _, s := range sellers {
			st = append(st, s.Seller.Stats())
		}
		var ps paywire.PayerStats
		if payer != nil {
			ps = payer.Stats()
		}
		return fmt.Errorf("download did not complete (no connection for 5 s, or 2 min passed): %d of %d bytes, %d connections; payer %+v; sellers %+v",
			t.BytesCompleted(), t.Length(), len(t.PeerConns()), ps, st)
	}
	return nil
}

// BenchmarkGet is the download throughput of `get`: 256 MiB from 1 and 3 seeders over
// loopback, timed from AddTorrent to complete (client start and close outside the timing).
// Each iteration measures four downloads back to back, in an order that rotates with the
// iteration, so that a loaded machine slows all of them alike:
//
//   - plain: the baseline, plain anacrolix with torrent.NewDefaultClientConfig() and default
//     storage on the seeders and the leecher, no payment;
//   - paid: the viewer's torrent client (newClient) with paywire's payer and a session grant,
//     from paid sellers (paywire's seller, the seeder package's store and balance reads);
//   - paid-decrypt: paid, plus what get does while it downloads: the plaintext read in order
//     through the viewer's reader (sealed decryption, readahead) to the end;
//   - plain-memcompletion: plain, but the leecher keeps piece completion in memory as the viewer
//     does (see newClient): what payment costs with the storage difference taken out.
//
// It reports each one's MB/s and paid/plain ratios (ns/op is the four together). Run it with
// -benchtime 1x -count 6 or more: each count is one interleaved sample for benchstat. Each
// download is a fresh leecher (for paid, a fresh funded viewer account).
func BenchmarkGet(b *testing.B) {
	price := big.NewInt(1_000_000_000_000_000)
	n := testnet.New(b, testnet.Config{Seeders: 1, NoStart: true, ItemSize: getBenchSize})
	plain := plainSeeders(b, n.Item, 3)
	sellers := paidSellers(b, n, 3, price)
	size := float64(len(n.Item.Cipher))
	plainGet := func(b *testing.B, seeders int, memCompletion bool) time.Duration {
		cfg := defaultClientConfig(b.TempDir())
		if memCompletion {
			cfg.DefaultStorage = storage.NewFileOpts(storage.NewFileClientOpts{ClientBaseDir: cfg.DataDir})
		}
		c, err := torrent.NewClient(cfg)
		if err != nil {
			b.Fatal(err)
		}
		defer c.Close()
		start := time.Now()
		t, err := c.AddTorrent(n.Item.MetaInfo)
		if err != nil {
			b.Fatal(err)
		}
		for _, s := range plain[:seeders] {
			t.AddClientPeer(s)
		}
		t.DownloadAll()
		waitComplete(b, t, nil, nil)
		return time.Since(start)
	}
	// paidGet returns false when the download failed: the sellers cut the payer off (they do
	// on a loaded machine, see BENCHMARKS.md); the failure is logged and counted.
	paidGet := func(b *testing.B, seeders int, decrypt bool) (time.Duration, bool) {
		bv := newBenchViewer(b, n, price)
		defer bv.stop()
		start := time.Now()
		t, err := bv.client.AddTorrent(n.Item.MetaInfo)
		if err != nil {
			b.Fatal(err)
		}
		for _, s := range sellers[:seeders] {
			t.AddPeers([]torrent.PeerInfo{{Addr: peerAddr(s.Addr()), Trusted: true}})
		}
		t.DownloadAll()
		if decrypt {
			<-t.GotInfo()
			bv.v.tor = t
			// A read waits for the bytes forever: give up when no connection is left for 5 s
			// (the seller cut the payer off, and nothing redials it).
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			go func() {
				lastConn := time.Now()
				for ctx.Err() == nil && time.Since(lastConn) < 5*time.Second {
					time.Sleep(100 * time.Millisecond)
					if len(t.PeerConns()) > 0 || t.Complete().Bool() {
						lastConn = time.Now()
					}
				}
				cancel()
			}()
			r, err := bv.v.NewReader(ctx)
			if err != nil {
				b.Fatal(err)
			}
			nr, err := io.Copy(io.Discard, r)
			r.Close()
			if err != nil || nr != getBenchSize {
				b.Logf("read %d plaintext bytes: %v; %v", nr, err, waitCompleteErr(t, bv.payer, sellers[:seeders]))
				return 0, false
			}
		}
		if err := waitCompleteErr(t, bv.payer, sellers[:seeders]); err != nil {
			b.Log(err)
			return 0, false
		}
		return time.Since(start), true
	}
	for _, seeders := range []int{1, 3} {
		b.Run(fmt.Sprintf("seeders=%d", seeders), func(b *testing.B) {
			var (
				sum          [4]time.Duration
				ok, failures [4]int
			)
			i := 0
			for b.Loop() {
				for k := range 4 {
					v := (i + k) % 4
					var d time.Duration
					good := true
					switch v {
					case 0:
						d = plainGet(b, seeders, false)
					case 3:
						d = plainGet(b, seeders, true)
					case 1:
						d, good = paidGet(b, seeders, false)
					case 2:
						d, good = paidGet(b, seeders, true)
					}
					if good {
						sum[v] += d
						ok[v]++
					} else {
						failures[v]++
					}
				}
				i++
			}
			// A variant that was cut off in every iteration has no figure in this sample (benchstat
			// then counts fewer samples for it); the cut-offs are reported.
			b.ReportMetric(float64(failures[1]+failures[2]), "paid-cut-offs")
			mbs := func(v int) float64 { return size * float64(ok[v]) / sum[v].Seconds() / 1e6 }
			b.ReportMetric(mbs(0), "plain-MB/s")
			b.ReportMetric(mbs(3), "plain-memcompletion-MB/s")
			for v, name := range []string{1: "paid", 2: "paid-decrypt"} {
				if v > 0 && ok[v] > 0 {
					b.ReportMetric(mbs(v), name+"-MB/s")
					b.ReportMetric(mbs(v)/mbs(0), name+"/plain")
					b.ReportMetric(mbs(v)/mbs(3), name+"/plain-memcompletion")
				}
			}
		})
	}
}
