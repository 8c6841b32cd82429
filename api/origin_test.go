package api

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/anacrolix/torrent"
	"github.com/anacrolix/torrent/metainfo"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/chaintest"
	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/indexer"
	"github.com/swarmgate/swarmgate/internal/testnet"
	"github.com/swarmgate/swarmgate/sealed"
	"github.com/swarmgate/swarmgate/seeder"
	"github.com/swarmgate/swarmgate/store"
	"github.com/swarmgate/swarmgate/viewerkey"
)

// originStack is a live gateway (sealing, tracker) on a dev chain with an origin seeder node.
type originStack struct {
	*stack
	g      *liveGateway
	origin *seeder.Node
	payout common.Address
}

// newOriginStack starts a gateway on st and a dev chain, and an origin seeder.Node (price 0,
// dev account 3, changed by each of opts) that the gateway's origin chore feeds.
func newOriginStack(t testing.TB, st *store.Store, poll time.Duration, opts ...func(*seeder.Config)) *originStack {
	t.Helper()
	env := chaintest.New(t, chaintest.Options{})
	g := startGateway(t, st, func(c *Config, d *Deps) {
		c.ChainID = env.Deployment.ChainID
		c.RateAuth, c.RateRegister = 0, 0
		c.MaxMultipartBytes = 2 << 30
		c.TrackerInterval = 2 * time.Second
		d.Chain, d.Entitlement, d.Registry, d.Relayer = env.Client, env.Client, env.Client, env.Opts(0)
		d.Policies, d.Code, d.ChainInfo, d.Wallets = env.Client, env.Client.Backend(), env.Client, env.Client
	}, nil)
	s := &stack{t: t, env: env, st: st, keys: g.s.deps.Keys, srv: g.s, url: g.url, client: viewerkey.NewClient(g.url, http.DefaultClient),
		ix: indexer.New(env.Client, st, indexer.Config{StartBlock: env.Deployment.StartBlock})}

	depFile := filepath.Join(t.TempDir(), "deployment.json")
	if err := chain.WriteDeployment(depFile, env.Deployment); err != nil {
		t.Fatal(err)
	}
	cfg := seeder.DefaultConfig()
	cfg.DataDir, cfg.Listen, cfg.StatusListen = t.TempDir(), "127.0.0.1:0", ""
	cfg.DevKey = hex.EncodeToString(crypto.FromECDSA(env.Accounts[3].Key))
	cfg.RPCURL, cfg.Deployment, cfg.TxPoll = env.Chain.RPCURL(), depFile, chaintest.Poll
	cfg.PricePerGiB, cfg.AllowNoItems = new(big.Int), true
	for _, o := range opts {
		o(&cfg)
	}
	ready := make(chan struct{})
	node, err := seeder.New(cfg, seeder.Deps{Ready: func(*seeder.Node) { close(ready) }})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	t.Cleanup(func() { cancel(); wg.Wait() })
	nodeDone := make(chan error, 1)
	wg.Go(func() { nodeDone <- node.Run(ctx) })
	select {
	case <-ready:
	case err := <-nodeDone:
		t.Fatalf("origin node did not start: %v", err)
	}
	wg.Go(func() {
		if err := g.s.RunOrigin(ctx, node, OriginConfig{Account: env.Addr(3), Poll: poll}); err != nil {
			t.Errorf("RunOrigin: %v", err)
		}
	})
	return &originStack{stack: s, g: g, origin: node, payout: env.Addr(3)}
}

// upload sends data as a multipart upload of the creator (dev account 1), waits for sealing,
// registers it (relayed) and indexes it; it returns the content id and the sealed upload.
func (o *originStack) upload(t *testing.T, data []byte) (string, uploadJSON) {
	t.Helper()
	token := o.signIn(o.env.Accounts[1].Key)
	body, ct := multipartBody(t, "file", "clip.mp4", data)
	r := o.g.req(t, "POST", "/v1/uploads", body, "Authorization", "Bearer "+token, "Content-Type", ct)
	if r.StatusCode != http.StatusAccepted {
		t.Fatalf("POST /v1/uploads: %d %s", r.StatusCode, r.body)
	}
	var u uploadJSON
	r.decode(t, &u)
	if u = o.g.waitUpload(t, token, u.ID); u.State != store.UploadSealed {
		t.Fatalf("upload ended %s", u.State)
	}
	id := o.register(token, u.ID, o.env.Accounts[1].Key)
	o.sync()
	return id, u
}

// torrent returns the stored torrent of content id.
func (o *originStack) torrent(t testing.TB, id string) *metainfo.MetaInfo {
	t.Helper()
	raw, err := o.st.ContentTorrent(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	mi, err := metainfo.Load(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	return mi
}

// waitSeeded waits until the origin seeds ih with every piece verified.
func (o *originStack) waitSeeded(t testing.TB, ih metainfo.Hash, timeout time.Duration) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		for _, tor := range o.origin.Torrents() {
			if tor.InfoHash() == ih && tor.Complete().Bool() {
				return
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("origin does not seed %s after %v", ih.HexString(), timeout)
}

// TestOriginSeedsRegisteredUpload: a file uploaded (multipart), sealed, registered and indexed
// is seeded by the gateway's origin, which announces itself to the embedded tracker; a plain
// BitTorrent client that knows only the tracker and a viewer passkey downloads the ciphertext
// from it, and it opens with the content key to the uploaded bytes.
func TestOriginSeedsRegisteredUpload(t *testing.T) {
	t.Parallel()
	o := newOriginStack(t, storeFor(t), 100*time.Millisecond)
	data := randomBytes(t, 3<<20)
	id, u := o.upload(t, data)
	ctx := context.Background()
	mi := o.torrent(t, id)
	ih := mi.HashInfoBytes()
	if ih.HexString() != u.InfoHash {
		t.Fatalf("stored torrent %s, upload says %s", ih.HexString(), u.InfoHash)
	}
	o.waitSeeded(t, ih, 30*time.Second)

	viewer := o.env.Addr(2)
	mi.Announce = o.url + "/announce/" + o.srv.passkeys.Issue(viewer, time.Now().Add(time.Hour))
	mi.AnnounceList = nil
	cl := trackerClient(t, false, t.TempDir())
	tor, err := cl.AddTorrent(mi)
	if err != nil {
		t.Fatal(err)
	}
	tor.DownloadAll()
	select {
	case <-tor.Complete().On():
	case <-time.After(time.Minute):
		t.Fatalf("leecher got %d of %d bytes from the origin via the tracker", tor.BytesCompleted(), tor.Length())
	}
	rd := tor.NewReader()
	defer rd.Close()
	var cipher bytes.Buffer
	if _, err := cipher.ReadFrom(rd); err != nil {
		t.Fatal(err)
	}
	key, err := o.st.ContentKey(ctx, o.keys, common.HexToHash(u.ContentHash))
	if err != nil {
		t.Fatal(err)
	}
	var k sealed.Key
	copy(k[:], key)
	pr, err := sealed.Open(bytes.NewReader(cipher.Bytes()), int64(cipher.Len()), k)
	if err != nil {
		t.Fatal(err)
	}
	var plain bytes.Buffer
	if _, err := plain.ReadFrom(pr); err != nil || !bytes.Equal(plain.Bytes(), data) {
		t.Fatalf("downloaded ciphertext does not open to the upload: %v", err)
	}
	// The origin's one tracker peer is itself; the leecher got everything from it.
	if n := o.srv.swarm.peers(ih); n < 1 {
		t.Errorf("tracker knows %d peers of the item, want the origin at least", n)
	}
}

// TestOriginFollowsPolicy: the origin serves a free item whole to a plain BitTorrent client
// (beyond its credit window, no receipts asked); once the creator changes the policy to buy on
// chain and the indexer records it, a new plain client gets at most one window.
func TestOriginFollowsPolicy(t *testing.T) {
	t.Parallel()
	const window = 1 << 20
	o := newOriginStack(t, storeFor(t), 50*time.Millisecond, func(c *seeder.Config) { c.CreditWindow = window })
	id, _ := o.upload(t, randomBytes(t, 3<<20))
	ctx := context.Background()
	item, err := o.st.Content(ctx, id)
	if err != nil || item.Policy.Kind != store.PolicyFree {
		t.Fatalf("item %s registered as %+v (%v), want free", id, item.Policy, err)
	}
	mi := o.torrent(t, id)
	ih := mi.HashInfoBytes()
	o.waitSeeded(t, ih, 30*time.Second)
	if !o.origin.IsFree(ih) {
		t.Fatal("the origin seeds a free item priced")
	}
	plain := func() *torrent.Torrent {
		m := *mi
		m.Announce = o.url + "/announce/" + o.srv.passkeys.Issue(o.env.Addr(2), time.Now().Add(time.Hour))
		m.AnnounceList = nil
		tor, err := trackerClient(t, false, t.TempDir()).AddTorrent(&m)
		if err != nil {
			t.Fatal(err)
		}
		tor.DownloadAll()
		return tor
	}
	tor := plain()
	select {
	case <-tor.Complete().On():
	case <-time.After(time.Minute):
		t.Fatalf("plain client got %d of the free item's %d bytes", tor.BytesCompleted(), tor.Length())
	}
	if st, _ := o.origin.SellerStats(); st.CutOffs != 0 || st.InvoicesSent != 0 {
		t.Errorf("the origin metered a free item: %+v", st)
	}

	// The creator prices it: buy for 1000 wei.
	onchain, err := o.env.Client.Content(ctx, mustBig(id))
	if err != nil {
		t.Fatal(err)
	}
	onchain.Policy.Model, onchain.Policy.Price = eip712.ModelBuy, big.NewInt(1000)
	if _, err := o.env.Client.UpdatePolicy(ctx, o.env.Opts(1), mustBig(id), onchain.Policy); err != nil {
		t.Fatal(err)
	}
	o.sync()
	deadline := time.Now().Add(10 * time.Second)
	for o.origin.IsFree(ih) {
		if time.Now().After(deadline) {
			t.Fatal("the origin still serves the item free after its policy changed to buy")
		}
		time.Sleep(10 * time.Millisecond)
	}
	tor = plain()
	deadline = time.Now().Add(30 * time.Second)
	for st, _ := o.origin.SellerStats(); st.CutOffs == 0; st, _ = o.origin.SellerStats() {
		if time.Now().After(deadline) {
			t.Fatalf("a plain client of the priced item was not cut off; it has %d bytes", tor.BytesCompleted())
		}
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond) // anything in flight lands
	if ts := tor.Stats(); ts.BytesReadData.Int64() > window+16<<10 || tor.Complete().Bool() {
		t.Errorf("plain client got %d bytes of the priced item; the window is %d", ts.BytesReadData.Int64(), window)
	}
}

// fakeOrigin records hand-overs and pricing; it fails the first fail calls of AddTorrent.
type fakeOrigin struct {
	mu    sync.Mutex
	fail  int
	calls int
	items map[metainfo.Hash]*metainfo.MetaInfo
	dirs  map[metainfo.Hash]string
	free  map[metainfo.Hash]bool
}

func (f *fakeOrigin) SetFree(ih metainfo.Hash, free bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.free == nil {
		f.free = map[metainfo.Hash]bool{}
	}
	f.free[ih] = free
}

func (f *fakeOrigin) isFree(ih metainfo.Hash) (free, known bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	free, known = f.free[ih]
	return free, known
}

// Collector reports one series, so a test can find the origin's metrics on /metrics.
func (f *fakeOrigin) Collector() prometheus.Collector {
	g := prometheus.NewGauge(prometheus.GaugeOpts{Name: "swarmgate_seeder_items_fake", Help: "Items the fake origin holds."})
	g.Set(1)
	return g
}

func (f *fakeOrigin) AddTorrent(_ context.Context, mi *metainfo.MetaInfo, dir string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls++
	if f.fail > 0 {
		f.fail--
		return errors.New("origin not ready")
	}
	if f.items == nil {
		f.items, f.dirs = map[metainfo.Hash]*metainfo.MetaInfo{}, map[metainfo.Hash]string{}
	}
	f.items[mi.HashInfoBytes()] = mi
	f.dirs[mi.HashInfoBytes()] = dir
	return nil
}

func (f *fakeOrigin) snapshot() (int, map[metainfo.Hash]string, map[metainfo.Hash]string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	dirs, ann := map[metainfo.Hash]string{}, map[metainfo.Hash]string{}
	for h, d := range f.dirs {
		dirs[h] = d
		ann[h] = f.items[h].Announce
	}
	return f.calls, dirs, ann
}

// localItem seals a small item into the gateway's content store as the sealer lays it out and
// registers it as content id id at block; it returns the item's info hash.
func localItem(t *testing.T, g *liveGateway, id int) metainfo.Hash {
	t.Helper()
	ctx := context.Background()
	it := testnet.NewItem(t, 1<<16)
	dir := filepath.Join(g.cfg.contentDir(), it.InfoHash.HexString())
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, it.Name), it.Cipher, 0o600); err != nil {
		t.Fatal(err)
	}
	var tb bytes.Buffer
	if err := it.MetaInfo.Write(&tb); err != nil {
		t.Fatal(err)
	}
	if _, err := g.st.CreateSealedContent(ctx, store.Sealed{ContentHash: hashN(id), InfoHash: it.InfoHash, KeyCommitment: hashN(500 + id),
		Title: "Local", Creator: alice, Torrent: tb.Bytes(), PlaintextSize: 1 << 16, CiphertextSize: int64(len(it.Cipher)), PieceLength: 16384}); err != nil {
		t.Fatal(err)
	}
	if err := g.st.UpsertRegistration(ctx, store.Registration{ContentID: fmt.Sprint(id + 1), ContentHash: hashN(id), InfoHash: it.InfoHash,
		KeyCommitment: hashN(500 + id), Creator: alice, Owner: alice, Policy: store.Policy{Kind: store.PolicyFree},
		Block: uint64(100 + id), TxHash: hashN(900 + id)}); err != nil {
		t.Fatal(err)
	}
	return it.InfoHash
}

// TestRunOriginRetriesAndSkips: the chore hands over only items whose ciphertext is in the
// content store (not those sealed elsewhere, nor one whose torrent does not decode), retries
// one the origin refused, picks up items registered while it runs, gives each the tracker's
// announce URL with a passkey naming the origin's account, and refuses to run without a
// keyring.
func TestRunOriginRetriesAndSkips(t *testing.T) {
	t.Parallel()
	st := storeFor(t)
	g := startGateway(t, st, nil, nil)
	seedCatalog(t, st, 3) // registered, but their ciphertext is not here (item 1's torrent is bad)
	first := localItem(t, g, 10)
	f := &fakeOrigin{fail: 1}
	account := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- g.s.RunOrigin(ctx, f, OriginConfig{Account: account, Poll: 20 * time.Millisecond}) }()
	waitFor := func(what string, cond func(dirs map[metainfo.Hash]string) bool) {
		t.Helper()
		deadline := time.Now().Add(10 * time.Second)
		for {
			if _, dirs, _ := f.snapshot(); cond(dirs) {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s", what)
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	waitFor("the first item after a refusal", func(d map[metainfo.Hash]string) bool { return d[first] != "" })
	second := localItem(t, g, 11)
	waitFor("an item registered while the chore runs", func(d map[metainfo.Hash]string) bool { return d[second] != "" })
	for _, ih := range []metainfo.Hash{first, second} {
		if free, known := f.isFree(ih); !free || !known {
			t.Errorf("free item %s handed over as free=%v (told: %v)", ih.HexString(), free, known)
		}
	}
	// The second item's policy changes to buy, and back to free: the origin follows.
	for _, kind := range []store.PolicyKind{store.PolicyBuy, store.PolicyFree} {
		if err := st.SetContentPolicy(ctx, "12", store.Policy{Kind: kind, Price: "1000"}); err != nil {
			t.Fatal(err)
		}
		waitFor("the origin to follow the policy change to "+string(kind), func(map[metainfo.Hash]string) bool {
			free, _ := f.isFree(second)
			return free == (kind == store.PolicyFree)
		})
	}
	if free, _ := f.isFree(first); !free {
		t.Error("the first item stopped being free when the second one's policy changed")
	}
	if r := g.req(t, "GET", "/metrics", nil); !strings.Contains(string(r.body), `swarmgate_seeder_items_fake{seeder="origin"} 1`) {
		t.Errorf("the gateway's /metrics lacks the origin's series:\n%s", r.body)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("RunOrigin: %v", err)
	}
	calls, dirs, ann := f.snapshot()
	if len(dirs) != 2 || calls != 3 {
		t.Fatalf("origin got %d items in %d calls, want the 2 local ones in 3 (one refused)", len(dirs), calls)
	}
	for _, ih := range []metainfo.Hash{first, second} {
		if want := filepath.Join(g.cfg.contentDir(), ih.HexString()); dirs[ih] != want {
			t.Errorf("item %s handed over from %s, want %s", ih.HexString(), dirs[ih], want)
		}
		pk, ok := strings.CutPrefix(ann[ih], g.url+"/announce/")
		if !ok {
			t.Fatalf("item announced to %q, not the embedded tracker", ann[ih])
		}
		if who, err := g.s.passkeys.Verify(pk, time.Now()); err != nil || who != account {
			t.Errorf("origin passkey names %s (%v), want %s", who.Hex(), err, account.Hex())
		}
	}

	noKeys := newServer(t, st, nil)
	if err := noKeys.RunOrigin(context.Background(), f, OriginConfig{}); !errors.Is(err, ErrOriginUnavailable) {
		t.Fatalf("RunOrigin without a keyring: %v, want ErrOriginUnavailable", err)
	}
}
