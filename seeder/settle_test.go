package seeder

import (
	"context"
	"errors"
	"maps"
	"math/big"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/chaintest"
	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/paywire"
)

// crashingBackend sends transactions, then acts as a process that died before it saw them
// mined: every receipt read after the first send fails.
type crashingBackend struct {
	chain.Backend
	crashed atomic.Bool
}

var errCrashed = errors.New("simulated crash: the node died before it saw the receipt")

func (b *crashingBackend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := b.Backend.SendTransaction(ctx, tx); err != nil {
		return err
	}
	b.crashed.Store(true)
	return nil
}

func (b *crashingBackend) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	if b.crashed.Load() {
		return nil, errCrashed
	}
	return b.Backend.TransactionReceipt(ctx, h)
}

// staleBalances answers every balance read with one ether, as a read taken just before another
// seeder's redeem emptied the balance: the batch then carries a receipt the escrow skips.
type staleBalances struct{ SettlementChain }

func (staleBalances) EscrowBalance(context.Context, common.Address) (*big.Int, error) {
	return big.NewInt(1e18), nil
}

// TestReconcileRecordsEscrowOutcomes settles one batch with receipts the escrow redeems in full,
// in part (the viewer's balance runs short) and skips (no balance, grant expired), once seen
// mined by the round that sent it and once after a crash with the batch in flight, resolved by
// a restarted settler. Both record the same outcomes, skip reasons, paid totals and counters.
// Reconciliation used to record every receipt not paid in full as "not paid".
func TestReconcileRecordsEscrowOutcomes(t *testing.T) {
	t.Parallel()
	env := chaintest.New(t, chaintest.Options{})
	cfg := SettleConfig{Interval: 100 * time.Millisecond, Threshold: 0, BatchSize: 10, Margin: time.Hour, ReconcileWait: 30 * time.Second}
	price := big.NewInt(3e15) // per GiB
	const bytes = 1 << 30
	amount := paywire.Cost(bytes, price)
	short := new(big.Int).Div(amount, big.NewInt(3))

	type viewer struct {
		name    string
		deposit *big.Int
		expired bool // signed by a session key under a grant that expired an hour ago
		// what the batch records
		outcome string
		payment *big.Int
		reason  string
	}
	viewers := []viewer{
		{name: "paid in full", deposit: big.NewInt(1e16), outcome: OutcomeRedeemed, payment: amount},
		{name: "no deposit", outcome: OutcomeSkipped, payment: new(big.Int), reason: chain.SkipNoBalance.String()},
		{name: "balance short", deposit: short, outcome: OutcomeRedeemed, payment: short},
		{name: "grant expired", deposit: big.NewInt(1e16), expired: true, outcome: OutcomeSkipped, payment: new(big.Int), reason: chain.SkipGrantExpired.String()},
	}

	for _, tc := range []struct {
		name           string
		seeder, funder int
		crash          bool
	}{
		{name: "live", seeder: 1, funder: 3},
		{name: "after a crash", seeder: 2, funder: 4, crash: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			ctx := t.Context()
			st, err := OpenStore(ctx, t.TempDir(), true, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			opts := env.Opts(tc.seeder)
			seeder := opts.From
			dom := env.Client.EscrowDomain()
			byViewer := map[common.Address]viewer{}
			for _, v := range viewers {
				wallet, addr := chaintest.NewKey(t)
				byViewer[addr] = v
				if v.deposit != nil {
					if _, err := env.Client.Deposit(ctx, env.Opts(tc.funder), addr, v.deposit); err != nil {
						t.Fatal(err)
					}
				}
				r := eip712.Receipt{Viewer: addr, Seeder: seeder, Bytes: big.NewInt(bytes), Amount: amount}
				signer := wallet
				rec := paywire.Record{}
				if v.expired {
					key, keyAddr := chaintest.NewKey(t)
					s := eip712.Session{Viewer: addr, Key: keyAddr, Limit: big.NewInt(1e18), Expiry: uint64(time.Now().Add(-time.Hour).Unix())}
					sig, err := s.Sign(dom, wallet)
					if err != nil {
						t.Fatal(err)
					}
					signer, rec.Grant = key, &paywire.SignedGrant{Session: s, Signature: sig}
				}
				sig, err := r.Sign(dom, signer)
				if err != nil {
					t.Fatal(err)
				}
				rec.Receipt = paywire.SignedReceipt{Receipt: r, Signature: sig}
				if err := st.Save(ctx, rec); err != nil {
					t.Fatal(err)
				}
			}

			settler := NewSettler(st, staleBalances{env.Client}, opts, cfg, nil, nil)
			if tc.crash {
				crashing := &crashingBackend{Backend: env.Client.Backend()}
				dying := NewSettler(st, staleBalances{chain.NewClient(crashing, env.Deployment, chain.Config{Poll: chaintest.Poll})}, opts, cfg, nil, nil)
				if err := dying.Round(ctx); !errors.Is(err, errCrashed) {
					t.Fatalf("round before the crash: %v, want the simulated crash", err)
				}
				open, err := st.OpenBatches(ctx)
				if err != nil || len(open) != 1 || open[0].State != BatchSent {
					t.Fatalf("after the crash: open batches %+v, %v; want one sent", open, err)
				}
				// Restarted with a deployment that names another escrow: the outcomes cannot be
				// read, and the batch stays open rather than being recorded wrong.
				wrong := env.Deployment
				wrong.Escrow = common.HexToAddress("0x00000000000000000000000000000000000e5c40")
				misled := NewSettler(st, staleBalances{chain.NewClient(env.Client.Backend(), wrong, chain.Config{Poll: chaintest.Poll})}, opts, cfg, nil, nil)
				if _, err := misled.Reconcile(ctx); !errors.Is(err, chain.ErrRedeemMismatch) {
					t.Fatalf("reconcile with another escrow: %v, want ErrRedeemMismatch", err)
				}
				if open, err := st.OpenBatches(ctx); err != nil || len(open) != 1 {
					t.Fatalf("after a failed reconciliation: open batches %+v, %v; want the batch still open", open, err)
				}
				// The restart that works.
				n, err := settler.Reconcile(ctx)
				if err != nil || n != 0 {
					t.Fatalf("Reconcile = %d, %v; want every batch resolved", n, err)
				}
			} else if err := settler.Round(ctx); err != nil {
				t.Fatal(err)
			}

			batches, err := st.Batches(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if len(batches) != 1 || batches[0].State != BatchMined || len(batches[0].Entries) != len(viewers) {
				t.Fatalf("batches %+v, want one mined with %d entries", batches, len(viewers))
			}
			b := batches[0]
			wantTotal := new(big.Int).Add(amount, short)
			if b.Total.Cmp(wantTotal) != 0 || b.GasUsed == 0 {
				t.Errorf("batch total %s wei, gas %d; want %s wei and some gas", b.Total, b.GasUsed, wantTotal)
			}
			for _, e := range b.Entries {
				v := byViewer[e.Viewer]
				var wantPaidTotal *big.Int
				if v.outcome == OutcomeRedeemed {
					wantPaidTotal = v.payment
				}
				if e.Outcome != v.outcome || e.Payment.Cmp(v.payment) != 0 || e.SkipReason != v.reason ||
					(e.PaidTotal == nil) != (wantPaidTotal == nil) || (wantPaidTotal != nil && e.PaidTotal.Cmp(wantPaidTotal) != 0) {
					t.Errorf("%s: recorded %s, paid %s (total %v), reason %q; want %s, %s, %q", v.name, e.Outcome, e.Payment, e.PaidTotal, e.SkipReason, v.outcome, v.payment, v.reason)
				}
			}
			pairs, err := st.Pairs(ctx, seeder)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range pairs {
				v := byViewer[p.Record.Receipt.Receipt.Viewer]
				wantPaid := new(big.Int)
				if v.outcome == OutcomeRedeemed {
					wantPaid = v.payment
				}
				if p.LastSkip != v.reason || p.Paid.Cmp(wantPaid) != 0 {
					t.Errorf("%s: pair paid %s, last skip %q; want %s, %q", v.name, p.Paid, p.LastSkip, wantPaid, v.reason)
				}
				onChain, err := env.Client.Paid(ctx, p.Record.Receipt.Receipt.Viewer, seeder)
				if err != nil || onChain.Cmp(wantPaid) != 0 {
					t.Errorf("%s: paid on chain %v, %v; want %s", v.name, onChain, err, wantPaid)
				}
			}

			ss := settler.Stats()
			if ss.BatchesMined != 1 || ss.BatchesFailed != 0 || ss.PairsRedeemed != 2 || ss.PairsSkipped != 2 ||
				ss.RedeemedWei.Cmp(wantTotal) != 0 || ss.GasUsed != b.GasUsed || ss.GasCostWei.Cmp(b.GasCost) != 0 {
				t.Errorf("stats %+v; want 1 batch mined, 2 pairs redeemed for %s wei, 2 skipped, the batch's gas", ss, wantTotal)
			}
			if wantReconciled := map[bool]uint64{false: 0, true: 1}[tc.crash]; ss.Reconciled != wantReconciled {
				t.Errorf("%d batches reconciled, want %d", ss.Reconciled, wantReconciled)
			}
			wantSkips := map[string]uint64{chain.SkipNoBalance.String(): 1, chain.SkipGrantExpired.String(): 1}
			if got := settler.SkipsByReason(); !maps.Equal(got, wantSkips) {
				t.Errorf("SkipsByReason = %v, want %v", got, wantSkips)
			}
			if g := settler.Gas(); g.PerPair == DefaultGasModel.PerPair {
				t.Errorf("the gas model did not learn from the mined batch: %+v", g)
			}
		})
	}
}

// TestEmptyBalanceWaitsForDeposit: a receipt for more than the viewer's deposit (one the seller
// keeps when the balance runs out) is redeemed in part; while the balance is empty no round
// sends the rest (it would cost gas for nothing), and once the viewer deposits again the next
// round collects it.
func TestEmptyBalanceWaitsForDeposit(t *testing.T) {
	t.Parallel()
	f := newReceiptFixture(t, 4)
	env, st, opts, viewer, amount, ctx := f.env, f.st, f.opts, f.viewer, f.amount, t.Context()
	deposit := new(big.Int).Div(amount, big.NewInt(4))
	settler := NewSettler(st, env.Client, opts, SettleConfig{Interval: time.Hour, Threshold: 0, BatchSize: 10, Margin: time.Hour}, nil, nil)
	paidNow := func() *big.Int {
		t.Helper()
		paid, err := env.Client.Paid(ctx, viewer, opts.From)
		if err != nil {
			t.Fatal(err)
		}
		return paid
	}
	batches := func() int {
		t.Helper()
		b, err := st.Batches(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return len(b)
	}

	if err := settler.Round(ctx); err != nil {
		t.Fatal(err)
	}
	if got := paidNow(); got.Cmp(deposit) != 0 || batches() != 1 {
		t.Fatalf("first round paid %s in %d batches, want the deposit %s in one", got, batches(), deposit)
	}
	for range 3 {
		if err := settler.Round(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if n := batches(); n != 1 {
		t.Fatalf("%d batches sent while the balance was empty, want none after the first", n)
	}
	if _, err := env.Client.Deposit(ctx, env.Opts(2), viewer, amount); err != nil {
		t.Fatal(err)
	}
	if err := settler.Round(ctx); err != nil {
		t.Fatal(err)
	}
	if got := paidNow(); got.Cmp(amount) != 0 || batches() != 2 {
		t.Errorf("after the new deposit: paid %s in %d batches, want the whole receipt %s in two", got, batches(), amount)
	}
}

// holdingBackend hides mined transactions' receipts while hold is set, as a chain that has not
// mined them yet.
type holdingBackend struct {
	chain.Backend
	hold atomic.Bool
}

func (b *holdingBackend) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	if b.hold.Load() {
		return nil, ethereum.NotFound
	}
	return b.Backend.TransactionReceipt(ctx, h)
}

// TestStopWaitsForBatchInFlight: a settler told to stop while its batch waits to be mined waits
// (up to DrainWait) and records the batch once it is, so a node that stops cleanly leaves final
// records; before, the batch stayed open until the next start.
func TestStopWaitsForBatchInFlight(t *testing.T) {
	t.Parallel()
	f := newReceiptFixture(t, 1)
	env, st, opts, amount, ctx := f.env, f.st, f.opts, f.amount, t.Context()
	holding := &holdingBackend{Backend: env.Client.Backend()}
	holding.hold.Store(true)
	cc := chain.NewClient(holding, env.Deployment, chain.Config{Poll: chaintest.Poll})
	settler := NewSettler(st, cc, opts, SettleConfig{Interval: time.Hour, Threshold: 0, BatchSize: 10, Margin: time.Hour, DrainWait: 20 * time.Second}, nil, nil)

	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- settler.Run(runCtx) }()
	deadline := time.Now().Add(30 * time.Second)
	for {
		open, err := st.OpenBatches(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(open) == 1 && open[0].State == BatchSent {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no batch sent: %+v", open)
		}
		time.Sleep(20 * time.Millisecond)
	}
	stop()
	time.Sleep(100 * time.Millisecond) // the round gives up on the receipt; the drain starts
	holding.hold.Store(false)          // and the chain shows the transaction mined
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(time.Minute):
		t.Fatal("Run did not return after it was stopped")
	}
	batches, err := st.Batches(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(batches) != 1 || batches[0].State != BatchMined || batches[0].Total.Cmp(amount) != 0 {
		t.Fatalf("after stopping: batches %+v, want the one batch recorded mined for %s", batches, amount)
	}
}

// TestReconcileAbandonsReplacedBatch: a batch whose signed transaction never reached the chain,
// and whose nonce another transaction then used, is abandoned as replaced (after reconciliation
// looked a while for its receipt) with nothing recorded as paid.
func TestReconcileAbandonsReplacedBatch(t *testing.T) {
	t.Parallel()
	env := chaintest.New(t, chaintest.Options{})
	ctx := t.Context()
	st, err := OpenStore(ctx, t.TempDir(), true, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	opts := env.Opts(1)
	backend := env.Client.Backend()
	nonce, err := backend.PendingNonceAt(ctx, opts.From)
	if err != nil {
		t.Fatal(err)
	}
	price, err := GasPrice(ctx, backend)
	if err != nil {
		t.Fatal(err)
	}
	sign := func(to common.Address) *types.Transaction {
		t.Helper()
		tx, err := opts.Signer(opts.From, types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(int64(env.Deployment.ChainID)), Nonce: nonce,
			GasTipCap: big.NewInt(1), GasFeeCap: new(big.Int).Mul(price, big.NewInt(2)), Gas: 21_000, To: &to, Value: big.NewInt(1)}))
		if err != nil {
			t.Fatal(err)
		}
		return tx
	}
	ours, other := sign(common.HexToAddress("0x0a")), sign(common.HexToAddress("0x0b"))
	if err := backend.SendTransaction(ctx, other); err != nil {
		t.Fatal(err)
	}
	if _, err := chain.WaitMined(ctx, backend, other.Hash(), chaintest.Poll); err != nil {
		t.Fatal(err)
	}
	_, viewer := chaintest.NewKey(t)
	id, err := st.CreateBatch(ctx, opts.From, []BatchEntry{{Viewer: viewer, Bytes: 1 << 20, Amount: big.NewInt(1000), PaidBefore: new(big.Int)}})
	if err != nil {
		t.Fatal(err)
	}
	raw, err := ours.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if err := st.MarkBatchSent(ctx, id, ours.Hash(), nonce, raw); err != nil {
		t.Fatal(err)
	}
	settler := NewSettler(st, env.Client, opts, SettleConfig{Interval: 100 * time.Millisecond, ReconcileWait: 500 * time.Millisecond}, nil, nil)
	if open, err := settler.Reconcile(ctx); err != nil || open != 0 {
		t.Fatalf("Reconcile = %d, %v; want the batch resolved", open, err)
	}
	batches, err := st.Batches(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(batches) != 1 || batches[0].State != BatchAbandoned || !strings.Contains(batches[0].Error, "replaced") ||
		batches[0].Entries[0].Outcome != OutcomeFailed {
		t.Fatalf("batches %+v, want the one abandoned as replaced, its receipt not paid", batches)
	}
}

// receiptFixture is a dev chain and a seeder store (seeder: dev account 1) holding one
// wallet-signed receipt for 1 GiB at 0.003 ether per GiB from a new viewer.
type receiptFixture struct {
	env    *chaintest.Env
	st     *Store
	opts   *bind.TransactOpts
	viewer common.Address
	amount *big.Int
}

// newReceiptFixture deposits amount/depositShare for the viewer (dev account 2 pays).
func newReceiptFixture(t *testing.T, depositShare int64) receiptFixture {
	t.Helper()
	env := chaintest.New(t, chaintest.Options{})
	ctx := t.Context()
	st, err := OpenStore(ctx, t.TempDir(), true, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	opts := env.Opts(1)
	amount := paywire.Cost(1<<30, big.NewInt(3e15))
	wallet, viewer := chaintest.NewKey(t)
	if _, err := env.Client.Deposit(ctx, env.Opts(2), viewer, new(big.Int).Div(amount, big.NewInt(depositShare))); err != nil {
		t.Fatal(err)
	}
	r := eip712.Receipt{Viewer: viewer, Seeder: opts.From, Bytes: big.NewInt(1 << 30), Amount: amount}
	sig, err := r.Sign(env.Client.EscrowDomain(), wallet)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Save(ctx, paywire.Record{Receipt: paywire.SignedReceipt{Receipt: r, Signature: sig}}); err != nil {
		t.Fatal(err)
	}
	return receiptFixture{env: env, st: st, opts: opts, viewer: viewer, amount: amount}
}
