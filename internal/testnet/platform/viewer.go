package platform

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"path/filepath"
	"sync"
	"time"

	"github.com/anacrolix/torrent"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/chaintest"
	"github.com/swarmgate/swarmgate/paywire"
	"github.com/swarmgate/swarmgate/viewer"
)

// Viewer is a viewer's account and the viewer component `swarmgate watch` and `get` run
// (viewer.New and Run) against the network's gateway: a funded wallet that buys and deposits on
// the chain as `access buy` and `escrow deposit` do, and watches one item at a time.
type Viewer struct {
	n       *Network
	Index   int
	Key     *ecdsa.PrivateKey
	Account common.Address
	// DataDir is the viewer's data directory (its ciphertext and, when it earns, its receipts).
	DataDir string

	mu     sync.Mutex
	v      *viewer.Viewer
	cancel context.CancelFunc
	done   chan error
	// payers are the payers of every viewing (nil for free items).
	payers []*paywire.Payer
}

// WatchOptions configure Viewer.Watch; the zero value watches at the network's price with a
// 0.05 ether spending limit, serving other viewers free.
type WatchOptions struct {
	// MaxPricePerGiB is the highest price paid to a seeder (default twice the network's price);
	// MaxSpend the session grant's limit (default 0.05 ether).
	MaxPricePerGiB, MaxSpend *big.Int
	// Earn charges other viewers SellPricePerGiB (default the network's price) for the pieces
	// served, settled every second whatever the gas.
	Earn            bool
	SellPricePerGiB *big.Int
	// NoServe leaves the local HTTP server off (as `get` does).
	NoServe bool
	// Config adjusts the viewer's configuration last.
	Config func(*viewer.Config)
	// Client adjusts the viewer's torrent client configuration; ClientStarted is called with
	// the client once it starts (netlab puts the viewer on an emulated host with both).
	Client        func(*torrent.ClientConfig)
	ClientStarted func(*torrent.Client) error
}

// AddViewer creates viewer i with a fresh wallet funded with funds wei (nothing runs yet).
func (n *Network) AddViewer(funds *big.Int) *Viewer {
	t := n.T()
	t.Helper()
	key, addr := chaintest.NewKey(t)
	if funds.Sign() > 0 {
		n.Fund(addr, funds)
	}
	v := &Viewer{n: n, Index: len(n.Viewers), Key: key, Account: addr, DataDir: filepath.Join(t.TempDir(), "viewer")}
	n.Viewers = append(n.Viewers, v)
	t.Cleanup(v.Stop)
	return v
}

// Buy buys item id for recipient (the viewer itself unless given: a gift) at the price its
// on-chain policy states, as `swarmgate access buy ID [--for ADDRESS]` does, and returns the
// transaction's receipt.
func (v *Viewer) Buy(id string, recipient ...common.Address) *types.Receipt {
	t := v.n.T()
	t.Helper()
	ctx := v.n.Ctx()
	cid, ok := new(big.Int).SetString(id, 10)
	if !ok {
		t.Fatalf("content id %q", id)
	}
	item, err := v.n.Chain.Client.Content(ctx, cid)
	if err != nil {
		t.Fatal(err)
	}
	to := v.Account
	if len(recipient) > 0 {
		to = recipient[0]
	}
	_, r, err := v.n.Chain.Client.Purchase(ctx, chaintest.TransactOpts(v.Key), cid, to, chain.PurchaseTerms(item.Policy))
	if err != nil {
		t.Fatalf("viewer %d buys %s for %s: %v", v.Index, id, to.Hex(), err)
	}
	return r
}

// Deposit deposits amount wei into the viewer's escrow, as `swarmgate escrow deposit` does.
func (v *Viewer) Deposit(amount *big.Int) *types.Receipt {
	t := v.n.T()
	t.Helper()
	r, err := v.n.Chain.Client.Deposit(v.n.Ctx(), chaintest.TransactOpts(v.Key), v.Account, amount)
	if err != nil {
		t.Fatalf("viewer %d deposits: %v", v.Index, err)
	}
	return r
}

// Watch starts the viewer component on item id at the network's gateway and returns once it
// serves (the key checked against the chain, the swarm joined). It fails the test if the
// viewer cannot start.
func (v *Viewer) Watch(id string, o WatchOptions) *viewer.Viewer {
	t := v.n.T()
	t.Helper()
	if v.n.Gateway == nil {
		t.Fatal("a viewer needs the network's gateway")
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.v != nil {
		t.Fatalf("viewer %d is already watching", v.Index)
	}
	price := v.n.Config().PricePerGiB
	cfg := viewer.Config{
		Gateway: v.n.Gateway.URL, ContentID: id, Serve: !o.NoServe, TorrentListen: "127.0.0.1:0", DataDir: v.DataDir,
		MaxPricePerGiB: new(big.Int).Mul(price, big.NewInt(2)), MaxSpend: big.NewInt(5e16),
		Linger: 2 * time.Second, Progress: 200 * time.Millisecond,
		Earn: o.Earn, SellPricePerGiB: price, SettleInterval: time.Second, SettleThreshold: 1e-12,
	}
	if o.MaxPricePerGiB != nil {
		cfg.MaxPricePerGiB = o.MaxPricePerGiB
	}
	if o.MaxSpend != nil {
		cfg.MaxSpend = o.MaxSpend
	}
	if o.SellPricePerGiB != nil {
		cfg.SellPricePerGiB = o.SellPricePerGiB
	}
	if o.Config != nil {
		o.Config(&cfg)
	}
	ready := make(chan struct{})
	vw, err := viewer.New(cfg, viewer.Deps{
		Account: v.Account, Chain: v.n.Chain.Client,
		Wallet: func(uint64) (*ecdsa.PrivateKey, error) { return v.Key, nil },
		Logger: v.n.Logger().With("viewer", v.Index), Ready: func(*viewer.Viewer) { close(ready) }, Client: o.Client,
		ClientStarted: o.ClientStarted,
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- vw.Run(ctx) }()
	select {
	case <-ready:
	case err := <-done:
		cancel()
		t.Fatalf("viewer %d did not start: %v", v.Index, err)
	case <-time.After(time.Minute):
		cancel()
		t.Fatalf("viewer %d did not start within a minute", v.Index)
	}
	v.v, v.cancel, v.done = vw, cancel, done
	if p := vw.Payer(); p != nil {
		v.payers = append(v.payers, p)
	}
	return vw
}

// Component is the running viewer component, or nil.
func (v *Viewer) Component() *viewer.Viewer {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.v
}

// URL is the running viewer's local URL of the plaintext ("" when not serving).
func (v *Viewer) URL() string {
	if vw := v.Component(); vw != nil {
		return vw.URL()
	}
	return ""
}

// Wait waits until the running viewer has the whole item and returns the check of its
// plaintext against the on-chain content hash.
func (v *Viewer) Wait(timeout time.Duration) *viewer.Result {
	t := v.n.T()
	t.Helper()
	vw := v.Component()
	if vw == nil {
		t.Fatalf("viewer %d is not running", v.Index)
	}
	ctx, cancel := context.WithTimeout(v.n.Ctx(), timeout)
	defer cancel()
	res, err := vw.Wait(ctx)
	if err != nil {
		t.Fatalf("viewer %d: %v", v.Index, err)
	}
	return res
}

// Stop stops the running viewer and waits for it to close (it waits for the seeders' last
// invoices first).
func (v *Viewer) Stop() {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.v == nil {
		return
	}
	v.cancel()
	select {
	case err := <-v.done:
		if err != nil {
			v.n.T().Errorf("viewer %d: %v", v.Index, err)
		}
	case <-time.After(time.Minute):
		v.n.T().Errorf("viewer %d did not stop within a minute", v.Index)
	}
	v.v, v.cancel, v.done = nil, nil, nil
}

// Paid is what the viewer's receipts to each of sellers add up to, over every viewing since it
// was added (each viewing pays under a session key of its own).
func (v *Viewer) Paid(sellers ...common.Address) map[common.Address]*big.Int {
	v.mu.Lock()
	payers := append([]*paywire.Payer(nil), v.payers...)
	v.mu.Unlock()
	out := map[common.Address]*big.Int{}
	for _, p := range payers {
		for _, s := range sellers {
			if r := p.Latest(s); r != nil {
				out[s] = addInt(out[s], r.Receipt.Amount)
			}
		}
	}
	return out
}

// PaidTotal is the sum of Paid.
func (v *Viewer) PaidTotal(sellers ...common.Address) *big.Int {
	sum := new(big.Int)
	for _, a := range v.Paid(sellers...) {
		sum.Add(sum, a)
	}
	return sum
}

// addInt returns a+b as a new integer (a may be nil).
func addInt(a, b *big.Int) *big.Int {
	out := new(big.Int).Set(b)
	if a != nil {
		out.Add(out, a)
	}
	return out
}
