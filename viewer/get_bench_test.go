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
	client, err := v.newClient(b.TempDir(), payer, nil)
	if err != nil {
		b.Fatal(err)
	}
	return &benchViewer{v: v, client: client, payer: payer, stop: func() {
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
		b.Fatalf("download did not complete (no connection for 5 s, or 2 min passed): %d of %d bytes, %d connections; payer %+v; sellers %+v",
			t.BytesCompleted(), t.Length(), len(t.PeerConns()), ps, st)
	}
}

// BenchmarkGet is the download throughput of `get`: 256 MiB from 1 and 3 seeders over
// loopback, timed from AddTorrent to complete (client start and close outside the timing).
//
//   - plain: the baseline, plain anacrolix with torrent.NewDefaultClientConfig() and default
//     storage on the seeders and the leecher, no payment;
//   - paid: the viewer's torrent client (newClient) with paywire's payer and a session grant,
//     from paid sellers (paywire's seller, the seeder package's store and balance reads);
//   - paid-decrypt: paid, plus what get does while it downloads: the plaintext read in order
//     through the viewer's reader (sealed decryption, readahead) to the end.
//
// The variants run interleaved (each -count runs all of them), so the ratio holds on a loaded
// machine. Each iteration is a fresh leecher (for paid, a fresh funded viewer account).
func BenchmarkGet(b *testing.B) {
	price := big.NewInt(1_000_000_000_000_000)
	n := testnet.New(b, testnet.Config{Seeders: 1, NoStart: true, ItemSize: getBenchSize})
	plain := plainSeeders(b, n.Item, 3)
	sellers := paidSellers(b, n, 3, price)
	for _, seeders := range []int{1, 3} {
		b.Run(fmt.Sprintf("seeders=%d/plain", seeders), func(b *testing.B) {
			b.SetBytes(int64(len(n.Item.Cipher)))
			for b.Loop() {
				b.StopTimer()
				c, err := torrent.NewClient(defaultClientConfig(b.TempDir()))
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				t, err := c.AddTorrent(n.Item.MetaInfo)
				if err != nil {
					b.Fatal(err)
				}
				for _, s := range plain[:seeders] {
					t.AddClientPeer(s)
				}
				t.DownloadAll()
				waitComplete(b, t, nil, nil)
				b.StopTimer()
				c.Close()
				b.StartTimer()
			}
		})
		for _, decrypt := range []bool{false, true} {
			name := fmt.Sprintf("seeders=%d/paid", seeders)
			if decrypt {
				name += "-decrypt"
			}
			b.Run(name, func(b *testing.B) {
				b.SetBytes(int64(len(n.Item.Cipher)))
				for b.Loop() {
					b.StopTimer()
					bv := newBenchViewer(b, n, price)
					b.StartTimer()
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
						r, err := bv.v.NewReader(context.Background())
						if err != nil {
							b.Fatal(err)
						}
						nr, err := io.Copy(io.Discard, r)
						r.Close()
						if err != nil || nr != getBenchSize {
							b.Fatalf("read %d plaintext bytes: %v", nr, err)
						}
					}
					waitComplete(b, t, bv.payer, sellers[:seeders])
					b.StopTimer()
					bv.stop()
					b.StartTimer()
				}
			})
		}
	}
}
