package seeder

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/chaintest"
	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/paywire"
)

// simResult is one honest seeder's figures in the dishonest-viewer simulation, in wei.
type simResult struct {
	served, redeemed, lost, bound *big.Int
	cutOff                        bool
}

// simulateDishonestViewer runs, on a dev chain, honest seeders (their own stores and settlement
// chores, Run with a real interval) selling to one viewer that also runs a seeder address of its
// own. The sellers follow paywire's credit rule (SPEC.md, "Money at risk"): a chunk of at most
// one credit window is served only while the pair's unsettled amount plus the chunk stays
// within maxUnsettled (nil: the rule before, the viewer's whole balance), and a viewer whose
// balance is below what it owes is cut off. Each chunk is paid by a receipt at once (an honest
// client). Once the sellers have served attackAt, the viewer signs a receipt for its whole
// balance to its own address, redeems it and withdraws those earnings at once.
func simulateDishonestViewer(t *testing.T, seeders int, maxUnsettled *big.Int, threshold float64, attackAt *big.Int) []simResult {
	env := chaintest.New(t, chaintest.Options{})
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	price := big.NewInt(1e15) // 0.001 ether per GiB
	const window = paywire.DefaultCreditWindow
	chunkCost := paywire.Cost(window, price)
	deposit := big.NewInt(1e16) // 10 GiB at the price
	viewer := env.Accounts[8]
	own := env.Accounts[9] // the viewer's own seeder address
	dom := env.Client.EscrowDomain()
	if _, err := env.Client.Deposit(ctx, env.Opts(8), viewer.Address, deposit); err != nil {
		t.Fatal(err)
	}

	var served atomic.Int64 // chunks served, all sellers
	type seller struct {
		from    common.Address
		st      *Store
		settler *Settler
		amount  *big.Int
		cutOff  atomic.Bool // written by the seller's goroutine, read by the attack loop
	}
	sellers := make([]*seller, seeders)
	var wg sync.WaitGroup
	for i := range sellers {
		st, err := OpenStore(ctx, t.TempDir(), true, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		opts := env.Opts(1 + i)
		settler := NewSettler(st, env.Client, opts, SettleConfig{Interval: 200 * time.Millisecond, Threshold: threshold, BatchSize: 50,
			Margin: 2 * time.Hour, MaxUnsettled: maxUnsettled}, nil, nil)
		if maxUnsettled == nil {
			settler.cfg.Interval = 10 * time.Minute // the default: one round at start, then none within the run
		}
		s := &seller{from: opts.From, st: st, settler: settler, amount: new(big.Int)}
		sellers[i] = s
		wg.Go(func() { _ = settler.Run(ctx) })
	}
	var sellersWG sync.WaitGroup
	for _, s := range sellers {
		sellersWG.Go(func() {
			store := observedStore{s.st, s.settler}
			var bytes uint64
			for ctx.Err() == nil {
				paid, err := env.Client.Paid(ctx, viewer.Address, s.from)
				if err != nil {
					return
				}
				bal, err := env.Client.EscrowBalance(ctx, viewer.Address)
				if err != nil {
					return
				}
				unsettled := new(big.Int).Sub(s.amount, paid)
				if bal.Cmp(unsettled) < 0 || bal.Sign() == 0 {
					s.cutOff.Store(true)
					return
				}
				limit := bal
				if maxUnsettled != nil {
					limit = maxUnsettled
				}
				room := new(big.Int).Sub(limit, unsettled)
				if room.Cmp(chunkCost) < 0 {
					time.Sleep(5 * time.Millisecond) // waits for a redemption
					continue
				}
				bytes += window
				s.amount.Add(s.amount, chunkCost)
				r := eip712.Receipt{Viewer: viewer.Address, Seeder: s.from, Bytes: new(big.Int).SetUint64(bytes), Amount: new(big.Int).Set(s.amount)}
				sig, err := r.Sign(dom, viewer.Key)
				if err != nil {
					t.Error(err)
					return
				}
				if err := store.Save(ctx, paywire.Record{Receipt: paywire.SignedReceipt{Receipt: r, Signature: sig}}); err != nil {
					return
				}
				served.Add(1)
				time.Sleep(2 * time.Millisecond)
			}
		})
	}
	// The attack, once attackAt has been served.
	for new(big.Int).Mul(big.NewInt(served.Load()), chunkCost).Cmp(attackAt) < 0 {
		time.Sleep(2 * time.Millisecond)
	}
	bal, err := env.Client.EscrowBalance(ctx, viewer.Address)
	if err != nil {
		t.Fatal(err)
	}
	r := eip712.Receipt{Viewer: viewer.Address, Seeder: own.Address, Bytes: big.NewInt(1), Amount: deposit}
	sig, err := r.Sign(dom, viewer.Key)
	if err != nil {
		t.Fatal(err)
	}
	res, err := env.Client.Redeem(ctx, env.Opts(9), own.Address, []chain.SignedReceipt{{Receipt: r, Sig: sig}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := env.Client.WithdrawEarnings(ctx, env.Opts(9), own.Address); err != nil {
		t.Fatal(err)
	}
	t.Logf("attack: balance %s wei when the viewer redeemed to itself; it took %s wei and withdrew it", bal, res.Total)
	// The sellers run into their checks; give them a moment, then stop and settle what is left.
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		all := true
		for _, s := range sellers {
			all = all && s.cutOff.Load()
		}
		if all {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	sellersWG.Wait()
	wg.Wait()
	out := make([]simResult, len(sellers))
	for i, s := range sellers {
		if err := s.settler.Round(t.Context()); err != nil {
			t.Fatal(err)
		}
		paid, err := env.Client.Paid(t.Context(), viewer.Address, s.from)
		if err != nil {
			t.Fatal(err)
		}
		bound := new(big.Int).Set(deposit)
		if maxUnsettled != nil {
			bound = new(big.Int).Add(maxUnsettled, chunkCost)
		}
		out[i] = simResult{served: s.amount, redeemed: paid, lost: new(big.Int).Sub(s.amount, paid), bound: bound, cutOff: s.cutOff.Load()}
	}
	return out
}

func eth(wei *big.Int) string {
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(1e18)).Float64()
	return fmt.Sprintf("%.6f", f)
}

// TestDishonestViewerLossBounded (issue #11 item 4): a viewer that also seeds redeems its whole
// balance to itself and withdraws it at once, while three honest seeders serve it. With
// MaxUnsettled (what 1 GiB costs at their price) each honest seeder loses at most the bound,
// MaxUnsettled plus one credit window; under the rule before (credit against the viewer's whole
// balance, redeem when worth 10x the gas, every 10 minutes) they lose all they served. The
// figures are in BENCHMARKS.md ("Money at risk per viewer").
func TestDishonestViewerLossBounded(t *testing.T) {
	t.Parallel()
	maxUnsettled := big.NewInt(1e15) // 1 GiB at 0.001 ether/GiB
	attackAt := big.NewInt(6e15)     // 6 GiB served in total, of a 10 GiB deposit
	for _, tc := range []struct {
		name  string
		bound *big.Int
	}{{"max-unsettled 0.001 ether", maxUnsettled}, {"before: whole balance", nil}} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			res := simulateDishonestViewer(t, 3, tc.bound, 10, attackAt)
			for i, r := range res {
				t.Logf("seeder %d: served %s ETH, redeemed %s ETH, lost %s ETH, bound %s ETH, cut off %v",
					i+1, eth(r.served), eth(r.redeemed), eth(r.lost), eth(r.bound), r.cutOff)
				if tc.bound != nil && r.lost.Cmp(r.bound) > 0 {
					t.Errorf("seeder %d lost %s wei, more than the bound %s", i+1, r.lost, r.bound)
				}
				if r.served.Sign() == 0 {
					t.Errorf("seeder %d served nothing: the simulation measured nothing", i+1)
				}
			}
		})
	}
}
