package platform_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/anacrolix/torrent"
	"github.com/anacrolix/torrent/metainfo"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/chain/wallet"
	"github.com/swarmgate/swarmgate/gwclient"
	"github.com/swarmgate/swarmgate/internal/testnet"
	"github.com/swarmgate/swarmgate/internal/testnet/platform"
	"github.com/swarmgate/swarmgate/viewer"
)

// startupItemSize is the plaintext size of the item BenchmarkStartup watches.
const startupItemSize = 16 << 20

// BenchmarkStartup is the start-up of `swarmgate watch` on an item already bought with a funded
// escrow, on the in-process dev chain over its JSON-RPC (issue #14: command to first plaintext
// byte, goal ≤ 1 s). Set up once: the gateway (SQLite, tracker, web seed, origin), two seeder
// nodes that joined it for a 16 MiB paid item, a viewer who bought it and deposited. Each
// iteration does what `watch ID` does with the dependencies the CLI builds: asks the gateway
// for the chain (GET /v1/chain), dials the chain's RPC, unlocks the wallet (a raw dev key, as
// --dev-key; the keystore's scrypt is timed on its own below), runs viewer.New and Run, and
// reads the first plaintext byte from the printed URL (HTTP Range 0-0). Baseline, in the same
// iteration (order alternating): a default anacrolix client (torrent.NewDefaultClientConfig,
// default storage) from its start through AddTorrent and AddPeers of two default seeders of the
// same ciphertext to the first byte of a Reader.
//
// "session=cached" reuses the session file the first iteration wrote (as a second `watch`
// does); "session=signin" removes it before each iteration (an EIP-4361 sign-in every time).
// Phases are timed through the viewer's dependencies (chain reads, the gateway's HTTP calls,
// the wallet, the torrent client's start) and reported as median durations (NAME-ms), except
// ready-ms (when the viewer serves, from the start) and first-byte-ms (from then to the first
// byte); -test.v logs every iteration's spans. The "unlock=" sub-benchmarks time a keystore's
// unlock, which `watch` with a keystore adds once (the grant needs the wallet key).
func BenchmarkStartup(b *testing.B) {
	n := platform.New(b, platform.Config{
		Config:  testnet.Config{Seeders: 2, NoStart: true, ItemSize: 1 << 10, PricePerGiB: figPrice},
		Gateway: platform.GatewayConfig{OriginPricePerGiB: figPrice},
	})
	creator := n.AddCreator(big.NewInt(1e17))
	plain := make([]byte, startupItemSize)
	_, _ = rand.Read(plain)
	id := creator.Upload(plain, platform.UploadOptions{Policy: eip712.Policy{Model: eip712.ModelBuy, Price: big.NewInt(1e15)}})
	for _, s := range n.Seeders {
		s.Join(n.Gateway.URL, id)
		s.Start()
	}
	for _, s := range n.Seeders {
		s.WaitComplete(3 * time.Minute)
	}
	v := n.AddViewer(big.NewInt(2e17))
	v.Buy(id)
	v.Deposit(big.NewInt(5e16))
	plainSeeders := startPlainSeeders(b, n.Gateway.URL+"/v1/content/"+id+"/torrent", itemTorrent(b, n.Seeders[0].Node().Torrents()), 2)
	devKey := hex.EncodeToString(crypto.FromECDSA(v.Key))
	sessDir := b.TempDir()

	for _, mode := range []string{"cached", "signin"} {
		b.Run("session="+mode, func(b *testing.B) {
			sessions := filepath.Join(sessDir, mode+".json")
			if mode == "cached" {
				// The first `watch` of this account signed in and cached the session.
				if _, err := watchFirstByte(n.Ctx(), n, id, devKey, sessions); err != nil {
					b.Fatal(err)
				}
			}
			var watches, plains []time.Duration
			phases := map[string][]time.Duration{}
			b.ResetTimer()
			for i := range b.N {
				if mode == "signin" {
					_ = os.Remove(sessions)
				}
				var (
					tr        *startTrace
					tw, tp    time.Duration
					err, err2 error
				)
				runWatch := func() { tr, err = watchFirstByte(n.Ctx(), n, id, devKey, sessions) }
				runPlain := func() { tp, err2 = plainFirstByte(n.Ctx(), plainSeeders) }
				if i%2 == 0 {
					runWatch()
					runPlain()
				} else {
					runPlain()
					runWatch()
				}
				if err != nil {
					b.Fatalf("watch: %v", err)
				}
				if err2 != nil {
					b.Fatalf("plain: %v", err2)
				}
				tw = tr.total
				watches, plains = append(watches, tw), append(plains, tp)
				for k, d := range tr.phases() {
					phases[k] = append(phases[k], d)
				}
				b.Logf("iteration %d: watch %s, plain %s; %s", i, tw.Round(time.Millisecond), tp.Round(time.Millisecond), tr)
			}
			b.StopTimer()
			b.ReportMetric(0, "ns/op")
			b.ReportMetric(ms(median(watches)), "watch-ms")
			b.ReportMetric(ms(slices.Max(watches)), "watch-max-ms")
			b.ReportMetric(ms(median(plains)), "plain-ms")
			b.ReportMetric(ms(median(watches))/ms(median(plains)), "watch/plain")
			keys := make([]string, 0, len(phases))
			for k := range phases {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				b.ReportMetric(ms(median(phases[k])), k+"-ms")
			}
		})
	}

	// What unlocking a keystore costs, at the demo's light scrypt and at go-ethereum's standard
	// cost (what `wallet create` writes without --light-kdf); `watch` unlocks the wallet once.
	for _, light := range []bool{true, false} {
		name := "unlock=standard-scrypt"
		var opts []wallet.Option
		if light {
			name, opts = "unlock=light-scrypt", []wallet.Option{wallet.LightScrypt()}
		}
		b.Run(name, func(b *testing.B) {
			dir := b.TempDir()
			hexFile := filepath.Join(dir, "key.hex")
			if err := os.WriteFile(hexFile, []byte(devKey), 0o600); err != nil {
				b.Fatal(err)
			}
			ks := wallet.Open(filepath.Join(dir, "ks"), opts...)
			if _, err := ks.ImportHexKey(hexFile, "bench"); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for range b.N {
				if _, err := ks.Unlock(v.Account, "bench"); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// startTrace is what one `watch` start-up did, as offsets from the command's start.
type startTrace struct {
	start time.Time
	mu    sync.Mutex
	spans []span
	total time.Duration
}

type span struct {
	name       string
	from, till time.Duration
}

func (t *startTrace) add(name string, from time.Time) {
	now := time.Now()
	t.mu.Lock()
	t.spans = append(t.spans, span{name, from.Sub(t.start), now.Sub(t.start)})
	t.mu.Unlock()
}

// phases sums each phase's spans.
func (t *startTrace) phases() map[string]time.Duration {
	t.mu.Lock()
	defer t.mu.Unlock()
	out := map[string]time.Duration{}
	for _, s := range t.spans {
		out[s.name] += s.till - s.from
	}
	return out
}

func (t *startTrace) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	var parts []string
	for _, s := range t.spans {
		parts = append(parts, fmt.Sprintf("%s %.1f–%.1f", s.name, ms(s.from), ms(s.till)))
	}
	return strings.Join(parts, ", ") + " (ms from start)"
}

// tracedChain times the viewer's chain reads.
type tracedChain struct {
	viewer.Chain
	tr *startTrace
}

func (c tracedChain) Content(ctx context.Context, id *big.Int) (chain.Content, error) {
	defer c.tr.add("chain-content", time.Now())
	return c.Chain.Content(ctx, id)
}

func (c tracedChain) Access(ctx context.Context, id *big.Int, a common.Address) (chain.Access, error) {
	defer c.tr.add("chain-access", time.Now())
	return c.Chain.Access(ctx, id, a)
}

func (c tracedChain) EscrowBalance(ctx context.Context, a common.Address) (*big.Int, error) {
	defer c.tr.add("chain-escrow", time.Now())
	return c.Chain.EscrowBalance(ctx, a)
}

// tracedTransport times the viewer's gateway calls, named by what they ask for.
type tracedTransport struct {
	rt http.RoundTripper
	tr *startTrace
}

func (t tracedTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	start := time.Now()
	res, err := t.rt.RoundTrip(r)
	t.tr.add("gw-"+gatewayCall(r), start)
	return res, err
}

func gatewayCall(r *http.Request) string {
	p := r.URL.Path
	switch {
	case strings.HasSuffix(p, "/torrent"):
		return "torrent"
	case strings.HasSuffix(p, "/seeders"):
		return "seeders"
	case strings.Contains(p, "/key"):
		return "key"
	case strings.Contains(p, "/v1/auth/"):
		return "signin"
	case strings.Contains(p, "session"):
		return "session"
	}
	return strings.ReplaceAll(strings.Trim(p, "/"), "/", "_")
}

// watchFirstByte does what `swarmgate watch ID --dev-key KEY --session-file sessions` does up
// to the first plaintext byte read from its URL, and stops the viewer (outside the timing).
func watchFirstByte(ctx context.Context, n *platform.Network, id, devKey, sessions string) (*startTrace, error) {
	tr := &startTrace{start: time.Now()}
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	// The CLI: the gateway names the chain; dial its RPC.
	t0 := time.Now()
	ci, err := gwclient.New(n.Gateway.URL, &http.Client{Timeout: 30 * time.Second}).Chain(ctx)
	if err != nil {
		return nil, err
	}
	dep, err := ci.Deployment()
	if err != nil {
		return nil, err
	}
	tr.add("gw-chain", t0)
	t0 = time.Now()
	eth, err := chain.Dial(ctx, n.RPCURL(), dep.ChainID)
	if err != nil {
		return nil, err
	}
	defer eth.Close()
	cc := chain.NewClient(eth, dep, chain.Config{Poll: 50 * time.Millisecond})
	tr.add("chain-dial", t0)
	addr := crypto.PubkeyToAddress(mustKey(devKey).PublicKey)
	var unlocked *ecdsa.PrivateKey
	ready := make(chan struct{})
	clientAt := time.Time{}
	vw, err := viewer.New(viewer.Config{
		Gateway: n.Gateway.URL, ContentID: id, Serve: true,
		MaxPricePerGiB: big.NewInt(1e16), MaxSpend: big.NewInt(5e16), WebseedFallback: 20 * time.Second,
	}, viewer.Deps{
		Account: addr, Chain: tracedChain{cc, tr}, Sessions: gwclient.OpenSessions(sessions),
		HTTP: &http.Client{Timeout: 2 * time.Minute, Transport: tracedTransport{http.DefaultTransport, tr}},
		Wallet: func(chainID uint64) (*ecdsa.PrivateKey, error) {
			if unlocked == nil {
				defer tr.add("wallet", time.Now())
				k, err := wallet.RawKey(chainID, devKey)
				if err != nil {
					return nil, err
				}
				unlocked = k.PrivateKey
			}
			return unlocked, nil
		},
		Client:        func(*torrent.ClientConfig) { clientAt = time.Now() },
		ClientStarted: func(*torrent.Client) error { tr.add("client-start", clientAt); return nil },
		Ready:         func(*viewer.Viewer) { close(ready) },
	})
	if err != nil {
		return nil, err
	}
	done := make(chan error, 1)
	go func() { done <- vw.Run(ctx) }()
	defer func() { cancel(); <-done }()
	select {
	case <-ready:
	case err := <-done:
		done <- err
		return nil, fmt.Errorf("viewer did not start: %w", err)
	}
	tr.add("ready", tr.start)
	t0 = time.Now()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, vw.URL(), nil)
	req.Header.Set("Range", "bytes=0-0")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var one [1]byte
	if _, err := io.ReadFull(res.Body, one[:]); err != nil {
		return nil, fmt.Errorf("first byte: %w", err)
	}
	tr.add("first-byte", t0)
	tr.total = time.Since(tr.start)
	return tr, nil
}

func mustKey(h string) *ecdsa.PrivateKey {
	k, err := crypto.HexToECDSA(h)
	if err != nil {
		panic(err)
	}
	return k
}

// plainSeeders are default anacrolix clients seeding the ciphertext.
type plainSeeders struct {
	mi    *metainfo.MetaInfo
	addrs []string
}

// startPlainSeeders starts k default clients seeding tor's data, read from tor, under the
// gateway's .torrent at torrentURL.
func startPlainSeeders(b *testing.B, torrentURL string, tor *torrent.Torrent, k int) *plainSeeders {
	res, err := http.Get(torrentURL)
	if err != nil {
		b.Fatal(err)
	}
	mi, err := metainfo.Load(res.Body)
	res.Body.Close()
	if err != nil {
		b.Fatal(err)
	}
	info := tor.Info()
	r := tor.NewReader()
	data, err := io.ReadAll(r)
	r.Close()
	if err != nil {
		b.Fatal(err)
	}
	ps := &plainSeeders{mi: mi}
	for range k {
		dir := b.TempDir()
		if err := os.WriteFile(filepath.Join(dir, info.BestName()), data, 0o600); err != nil {
			b.Fatal(err)
		}
		cfg := torrent.NewDefaultClientConfig()
		cfg.DataDir, cfg.Seed, cfg.NoDHT, cfg.ListenPort = dir, true, true, 0
		cfg.SetListenAddr("127.0.0.1:0")
		cfg.DisableIPv6 = true
		c, err := torrent.NewClient(cfg)
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { c.Close() })
		t, err := c.AddTorrent(mi)
		if err != nil {
			b.Fatal(err)
		}
		_ = t.VerifyDataContext(context.Background())
		select {
		case <-t.Complete().On():
		case <-time.After(time.Minute):
			b.Fatal("plain seeder does not have the item")
		}
		ps.addrs = append(ps.addrs, c.ListenAddrs()[0].String())
	}
	return ps
}

// plainFirstByte is the baseline: a default client from its start to a Reader's first byte.
func plainFirstByte(ctx context.Context, ps *plainSeeders) (time.Duration, error) {
	dir, err := os.MkdirTemp("", "startup-plain-")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(dir)
	start := time.Now()
	cfg := torrent.NewDefaultClientConfig()
	cfg.DataDir, cfg.NoDHT, cfg.ListenPort = dir, true, 0
	c, err := torrent.NewClient(cfg)
	if err != nil {
		return 0, err
	}
	defer c.Close()
	t, err := c.AddTorrent(ps.mi)
	if err != nil {
		return 0, err
	}
	var peers []torrent.PeerInfo
	for _, a := range ps.addrs {
		peers = append(peers, torrent.PeerInfo{Addr: startupAddr(a), Trusted: true})
	}
	t.AddPeers(peers)
	r := t.NewReader()
	defer r.Close()
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	var one [1]byte
	if _, err := r.ReadContext(ctx, one[:]); err != nil {
		return 0, err
	}
	return time.Since(start), nil
}

type startupAddr string

func (a startupAddr) String() string { return string(a) }

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
