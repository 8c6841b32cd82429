package api

import (
	"bytes"
	"context"
	"encoding/hex"
	"math/big"
	"net/http"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/anacrolix/torrent"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/chaintest"
	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/indexer"
	"github.com/swarmgate/swarmgate/internal/testnet"
	"github.com/swarmgate/swarmgate/paywire"
	"github.com/swarmgate/swarmgate/sealed"
	"github.com/swarmgate/swarmgate/seeder"
	"github.com/swarmgate/swarmgate/store"
	"github.com/swarmgate/swarmgate/viewerkey"
)

// TestSeederJoinsGateway: a gateway on the dev chain seals and registers a paid item, with no
// origin seeder. A seeder.Node given only the gateway's URL and the item's content id fetches
// its torrent, lists itself in the seeder directory (GET /v1/content/{id}/seeders shows it),
// downloads the ciphertext from the gateway's web seed with its passkey, and sells it to a
// paying viewer, whose receipts it stores; the ciphertext opens to the upload.
func TestSeederJoinsGateway(t *testing.T) {
	t.Parallel()
	st := storeFor(t)
	env := chaintest.New(t, chaintest.Options{})
	dom := env.Client.RegistryDomain()
	g := startGateway(t, st, func(c *Config, d *Deps) {
		c.ChainID = env.Deployment.ChainID
		c.RateAuth, c.RateRegister = 0, 0
		c.MaxMultipartBytes = 2 << 30
		d.Chain, d.Entitlement, d.Registry, d.Relayer = env.Client, env.Client, env.Client, env.Opts(0)
		d.Policies, d.Code, d.ChainInfo, d.Wallets = env.Client, env.Client.Backend(), env.Client, env.Client
		d.AnnounceDomain = &dom
	}, nil)
	o := &originStack{g: g, stack: &stack{t: t, env: env, st: st, keys: g.s.deps.Keys, srv: g.s, url: g.url,
		client: viewerkey.NewClient(g.url, http.DefaultClient), ix: indexer.New(env.Client, st, indexer.Config{StartBlock: env.Deployment.StartBlock})}}
	ctx := context.Background()

	// A paid item: uploaded, sealed, registered, priced at 1000 wei to buy, indexed.
	data := randomBytes(t, 3<<20)
	id, u := o.upload(t, data)
	onchain, err := env.Client.Content(ctx, mustBig(id))
	if err != nil {
		t.Fatal(err)
	}
	onchain.Policy.Model, onchain.Policy.Price = eip712.ModelBuy, big.NewInt(1000)
	if _, err := env.Client.UpdatePolicy(ctx, env.Opts(1), mustBig(id), onchain.Policy); err != nil {
		t.Fatal(err)
	}
	o.sync()
	mi := o.torrent(t, id)
	ih := mi.HashInfoBytes()

	// The seeder joins the gateway.
	depFile := filepath.Join(t.TempDir(), "deployment.json")
	if err := chain.WriteDeployment(depFile, env.Deployment); err != nil {
		t.Fatal(err)
	}
	price := big.NewInt(1_000_000_000_000_000)
	addr := freeAddr(t)
	cfg := seeder.DefaultConfig()
	cfg.DataDir, cfg.Listen, cfg.StatusListen, cfg.PublicAddr = t.TempDir(), addr, "", addr
	cfg.DevKey = hex.EncodeToString(crypto.FromECDSA(env.Accounts[4].Key))
	cfg.RPCURL, cfg.Deployment, cfg.TxPoll = env.Chain.RPCURL(), depFile, chaintest.Poll
	cfg.PricePerGiB, cfg.CreditWindow = price, paywire.DefaultCreditWindow
	cfg.Gateway, cfg.Contents, cfg.AnnounceTTL = g.url, []string{id}, time.Hour
	ready := make(chan struct{})
	node, err := seeder.New(cfg, seeder.Deps{Logger: testnet.TestLogger(), Ready: func(*seeder.Node) { close(ready) }})
	if err != nil {
		t.Fatal(err)
	}
	nctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	t.Cleanup(func() { cancel(); wg.Wait() })
	nodeDone := make(chan error, 1)
	wg.Go(func() { nodeDone <- node.Run(nctx) })
	select {
	case <-ready:
	case err := <-nodeDone:
		t.Fatalf("seeder did not start: %v", err)
	case <-time.After(time.Minute):
		t.Fatal("seeder did not start within a minute")
	}
	ts := node.Torrents()
	if len(ts) != 1 || ts[0].InfoHash() != ih {
		t.Fatalf("seeder seeds %d items, want the gateway's item %s", len(ts), ih.HexString())
	}
	seeded := ts[0]

	// Listed in the directory under its payout address and public address.
	r := g.req(t, "GET", "/v1/content/"+id+"/seeders", nil)
	var list struct {
		Items []seederJSON `json:"items"`
	}
	r.decode(t, &list)
	if r.StatusCode != http.StatusOK || len(list.Items) != 1 || list.Items[0].Address != store.Addr(env.Addr(4)) ||
		list.Items[0].Endpoint != addr || list.Items[0].PricePerGiB != price.String() {
		t.Fatalf("GET seeders: %d %+v", r.StatusCode, list.Items)
	}

	// The ciphertext comes from the web seed: no peer has it.
	select {
	case <-seeded.Complete().On():
	case <-time.After(time.Minute):
		t.Fatalf("seeder got %d of %d bytes from the web seed", seeded.BytesCompleted(), seeded.Length())
	}
	if got := metricValue(t, g.s.Handler(), "swarmgate_gateway_webseed_bytes_total"); got < float64(seeded.Length()) {
		t.Fatalf("the web seed served %v bytes, the item has %d", got, seeded.Length())
	}

	// A paying viewer (dev account 2, escrow deposit, session grant) downloads from the seeder.
	viewer := env.Addr(2)
	if _, err := env.Client.Deposit(ctx, env.Opts(2), viewer, big.NewInt(1e17)); err != nil {
		t.Fatal(err)
	}
	sk, sessAddr := chaintest.NewKey(t)
	sess := eip712.Session{Viewer: viewer, Key: sessAddr, Limit: big.NewInt(1e17), Expiry: uint64(time.Now().Add(7 * 24 * time.Hour).Unix())}
	sig, err := sess.Sign(env.Client.EscrowDomain(), env.Accounts[2].Key)
	if err != nil {
		t.Fatal(err)
	}
	payer, err := paywire.NewPayer(paywire.PayerConfig{Viewer: viewer, Key: sk, Grant: &paywire.SignedGrant{Session: sess, Signature: sig},
		ChainID: env.Deployment.ChainID, Escrow: env.Deployment.Escrow, MaxPricePerGiB: new(big.Int).Mul(price, big.NewInt(2))})
	if err != nil {
		t.Fatal(err)
	}
	pctx, pcancel := context.WithCancel(ctx)
	payerDone := make(chan error, 1)
	go func() { payerDone <- payer.Run(pctx) }()
	cc := testnet.ClientConfig(t)
	payer.Attach(cc)
	cl, err := torrent.NewClient(cc)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cl.Close(); pcancel(); <-payerDone; _ = payer.Close() })
	vm := *mi
	vm.Announce, vm.AnnounceList = "", nil
	tor, err := cl.AddTorrent(&vm)
	if err != nil {
		t.Fatal(err)
	}
	tor.AddPeers([]torrent.PeerInfo{{Addr: peerAddr(node.Addr()), Trusted: true}})
	tor.DownloadAll()
	select {
	case <-tor.Complete().On():
	case <-time.After(time.Minute):
		t.Fatalf("viewer got %d of %d bytes from the seeder", tor.BytesCompleted(), tor.Length())
	}
	ct, err := testnet.ReadAll(tor)
	if err != nil {
		t.Fatal(err)
	}
	key, err := st.ContentKey(ctx, o.keys, common.HexToHash(u.ContentHash))
	if err != nil {
		t.Fatal(err)
	}
	var k sealed.Key
	copy(k[:], key)
	pr, err := sealed.Open(bytes.NewReader(ct), int64(len(ct)), k)
	if err != nil {
		t.Fatal(err)
	}
	var plain bytes.Buffer
	if _, err := plain.ReadFrom(pr); err != nil || !bytes.Equal(plain.Bytes(), data) {
		t.Fatalf("the ciphertext bought from the seeder does not open to the upload: %v", err)
	}
	// The seeder was paid for every byte it served.
	deadline := time.Now().Add(30 * time.Second)
	for {
		rec, err := node.Store().Latest(ctx, viewer, env.Addr(4))
		if err == nil && rec != nil && rec.Receipt.Receipt.Bytes.Uint64() == uint64(len(ct)) {
			if want := paywire.Cost(rec.Receipt.Receipt.Bytes.Uint64(), price); rec.Receipt.Receipt.Amount.Cmp(want) != 0 {
				t.Fatalf("receipt amount %s, want the price of %s bytes: %s", rec.Receipt.Receipt.Amount, rec.Receipt.Receipt.Bytes, want)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the seeder holds no receipt covering the download: %+v (%v)", rec, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// peerAddr is a peer given as host:port.
type peerAddr string

func (a peerAddr) String() string { return string(a) }
