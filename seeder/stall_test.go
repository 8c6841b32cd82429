package seeder

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/chaintest"
	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/paywire"
)

// lowFee returns opts sending at a fee cap of 1 wei per gas: below the dev chain's base fee, so
// its transactions wait in the pool unmined, as under a base fee that rose after they were sent.
func lowFee(opts *bind.TransactOpts) *bind.TransactOpts {
	o := *opts
	o.GasFeeCap, o.GasTipCap = big.NewInt(1), big.NewInt(1)
	return &o
}

func paidOf(t *testing.T, env *chaintest.Env, viewer, seeder common.Address) *big.Int {
	t.Helper()
	p, err := env.Client.Paid(t.Context(), viewer, seeder)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestStuckRedeemIsRepriced: a redeem transaction under a fee cap below the base fee used to
// wait for ever, and no other redemption was sent meanwhile. Left unmined for BumpAfter, it is
// now replaced with the same nonce at a higher fee, and the replacement is mined.
func TestStuckRedeemIsRepriced(t *testing.T) {
	t.Parallel()
	f := newReceiptFixture(t, 1)
	env, st, opts, ctx := f.env, f.st, f.opts, t.Context()
	cfg := SettleConfig{Interval: 50 * time.Millisecond, Threshold: 0, BatchSize: 10, Margin: time.Hour,
		BumpAfter: 300 * time.Millisecond, ReconcileWait: 5 * time.Second, HoldBack: time.Hour, MaxFee: big.NewInt(1e12)}
	settler := NewSettler(st, env.Client, lowFee(opts), cfg, nil, nil)
	if err := settler.Round(ctx); err != nil {
		t.Fatalf("round with a stuck transaction: %v, want it left open quietly", err)
	}
	open, err := st.OpenBatches(ctx)
	if err != nil || len(open) != 1 || open[0].State != BatchSent || paidOf(t, env, f.viewer, opts.From).Sign() != 0 {
		t.Fatalf("after the first round: open %+v, %v; want one sent batch, nothing paid", open, err)
	}
	time.Sleep(cfg.BumpAfter)
	if err := settler.Round(ctx); err != nil {
		t.Fatal(err)
	}
	batches, err := st.Batches(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(batches) != 1 || batches[0].State != BatchMined || batches[0].Total.Cmp(f.amount) != 0 {
		t.Fatalf("batches %+v, want the one batch mined for %s", batches, f.amount)
	}
	b := batches[0]
	if len(b.Txs) != 2 || b.Txs[0].Nonce != b.Txs[1].Nonce || b.Txs[0].Hash == b.Txs[1].Hash || b.TxHash != b.Txs[1].Hash {
		t.Fatalf("batch transactions %+v, want the first and its replacement with one nonce", b.Txs)
	}
	if got := paidOf(t, env, f.viewer, opts.From); got.Cmp(f.amount) != 0 {
		t.Fatalf("paid %s, want %s", got, f.amount)
	}
	if s := settler.Stats(); s.Replaced != 1 || s.Errors != 0 {
		t.Fatalf("stats %+v, want one replacement and no error", s)
	}
}

// TestStuckBatchHoldsBackOnlyUntilHoldBack: while a batch stays unmined and cannot be re-priced
// (the operator's maximum fee is reached), a viewer's withdrawal comes due. Past HoldBack its
// receipt goes out in a new batch with the next nonce instead of waiting behind the stuck one;
// once the maximum fee is raised (a restart with another setting), both are re-priced and mined.
func TestStuckBatchHoldsBackOnlyUntilHoldBack(t *testing.T) {
	t.Parallel()
	f := newReceiptFixture(t, 1)
	env, st, opts, ctx := f.env, f.st, f.opts, t.Context()
	cfg := SettleConfig{Interval: 50 * time.Millisecond, Threshold: 0, BatchSize: 10, Margin: 2 * time.Hour,
		BumpAfter: 200 * time.Millisecond, ReconcileWait: 5 * time.Second, MaxFee: big.NewInt(1),
		// Long enough that the three transactions below fit in it on a loaded machine under -race
		// (500 ms did not, once, in CI-like load).
		HoldBack: 5 * time.Second}
	capped := NewSettler(st, env.Client, lowFee(opts), cfg, nil, nil)
	if err := capped.Round(ctx); err != nil {
		t.Fatal(err)
	}
	// Viewer B (dev account 3) deposits, is served, and asks to withdraw: its unlock (an hour)
	// falls within the margin, so its receipt must go before it.
	bw := env.Accounts[3]
	deposit := big.NewInt(1e16)
	if _, err := env.Client.Deposit(ctx, env.Opts(3), bw.Address, deposit); err != nil {
		t.Fatal(err)
	}
	r := eip712.Receipt{Viewer: bw.Address, Seeder: opts.From, Bytes: big.NewInt(1 << 20), Amount: big.NewInt(1e15)}
	sig, err := r.Sign(env.Client.EscrowDomain(), bw.Key)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Save(ctx, paywire.Record{Receipt: paywire.SignedReceipt{Receipt: r, Signature: sig}}); err != nil {
		t.Fatal(err)
	}
	if _, err := env.Client.RequestWithdraw(ctx, env.Opts(3), deposit); err != nil {
		t.Fatal(err)
	}
	// Within HoldBack: B waits behind the stuck batch.
	if err := capped.Round(ctx); err != nil {
		t.Fatal(err)
	}
	if open, _ := st.OpenBatches(ctx); len(open) != 1 {
		t.Fatalf("%d open batches within the hold-back, want the stuck one only", len(open))
	}
	time.Sleep(cfg.HoldBack)
	if err := capped.Round(ctx); err != nil {
		t.Fatal(err)
	}
	open, err := st.OpenBatches(ctx)
	if err != nil || len(open) != 2 {
		t.Fatalf("after the hold-back: open batches %+v, %v; want the stuck one and B's", open, err)
	}
	if len(open[1].Entries) != 1 || open[1].Entries[0].Viewer != bw.Address || *open[1].Nonce != *open[0].Nonce+1 || len(open[0].Txs) != 1 {
		t.Fatalf("B's batch %+v (nonce %d) after the stuck batch (nonce %d, %d transactions); want B alone with the next nonce, the stuck one not re-priced past the maximum fee",
			open[1].Entries, *open[1].Nonce, *open[0].Nonce, len(open[0].Txs))
	}

	// The operator raises the maximum fee and restarts: both batches are re-priced and mined.
	cfg.MaxFee = big.NewInt(1e12)
	raised := NewSettler(st, env.Client, opts, cfg, nil, nil)
	time.Sleep(cfg.BumpAfter)
	if err := raised.Round(ctx); err != nil {
		t.Fatal(err)
	}
	batches, err := st.Batches(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range batches {
		if b.State != BatchMined {
			t.Fatalf("batch %d is %s (%s), want mined", b.ID, b.State, b.Error)
		}
	}
	if got := paidOf(t, env, f.viewer, opts.From); got.Cmp(f.amount) != 0 {
		t.Errorf("viewer A paid %s, want %s", got, f.amount)
	}
	if got := paidOf(t, env, bw.Address, opts.From); got.Cmp(r.Amount) != 0 {
		t.Errorf("viewer B paid %s, want %s", got, r.Amount)
	}
}

// badLogs answers the first redeem batch's outcomes as a log that does not decode (a unit seam:
// the escrow's logs are well formed).
type badLogs struct {
	SettlementChain
	n atomic.Int32
}

var errMalformed = fmt.Errorf("%w: escrow log 0: malformed data", chain.ErrBadEvent)

func (b *badLogs) Redeem(ctx context.Context, opts *bind.TransactOpts, seeder common.Address, receipts []chain.SignedReceipt) (chain.RedeemResult, error) {
	res, err := b.SettlementChain.Redeem(ctx, opts, seeder, receipts)
	if err != nil || b.n.Add(1) > 1 {
		return res, err
	}
	return chain.RedeemResult{Receipt: res.Receipt}, fmt.Errorf("redeem: mined, but its outcomes are unreadable: %w", errMalformed)
}

func (b *badLogs) RedeemOutcomes(*types.Receipt, common.Address, []common.Address) (chain.RedeemResult, error) {
	return chain.RedeemResult{}, errMalformed
}

// TestUndecodableLogIsRecordedAndPassedOver: a mined batch whose outcome log does not decode used
// to stay open, and settlement stopped behind it. It is now recorded (what each pair was paid,
// read from the chain) and settlement goes on, live and on reconciliation after a crash.
func TestUndecodableLogIsRecordedAndPassedOver(t *testing.T) {
	t.Parallel()
	for _, crash := range []bool{false, true} {
		t.Run(fmt.Sprintf("crash=%v", crash), func(t *testing.T) {
			t.Parallel()
			f := newReceiptFixture(t, 1)
			env, st, opts, ctx := f.env, f.st, f.opts, t.Context()
			cfg := SettleConfig{Interval: 50 * time.Millisecond, Threshold: 0, BatchSize: 10, Margin: time.Hour, ReconcileWait: 5 * time.Second}
			bad := &badLogs{SettlementChain: env.Client}
			settler := NewSettler(st, bad, opts, cfg, nil, nil)
			if crash {
				dying := NewSettler(st, chain.NewClient(&crashingBackend{Backend: env.Client.Backend()}, env.Deployment, chain.Config{Poll: chaintest.Poll}), opts, cfg, nil, nil)
				if err := dying.Round(ctx); !errors.Is(err, errCrashed) {
					t.Fatalf("round before the crash: %v", err)
				}
				if open, err := settler.Reconcile(ctx); err != nil || open != 0 {
					t.Fatalf("Reconcile = %d, %v; want the batch recorded and passed over", open, err)
				}
			} else if err := settler.Round(ctx); err != nil {
				t.Fatalf("round: %v, want the unreadable batch recorded without an error", err)
			}
			batches, err := st.Batches(ctx)
			if err != nil || len(batches) != 1 {
				t.Fatalf("batches %+v, %v", batches, err)
			}
			b := batches[0]
			if b.State != BatchMined || b.Error == "" || len(b.Entries) != 1 || b.Entries[0].Outcome != OutcomeUnknown ||
				b.Entries[0].Payment.Cmp(f.amount) != 0 || b.Total.Cmp(f.amount) != 0 {
				t.Fatalf("batch %+v (entries %+v), want mined, the error noted, the payment read from paid", b, b.Entries)
			}
			if s := settler.Stats(); s.Unreadable != 1 {
				t.Fatalf("stats %+v, want one unreadable batch", s)
			}
			// Settlement goes on: a new receipt of another viewer is redeemed.
			wallet, viewer := chaintest.NewKey(t)
			if _, err := env.Client.Deposit(ctx, env.Opts(2), viewer, big.NewInt(1e16)); err != nil {
				t.Fatal(err)
			}
			r := eip712.Receipt{Viewer: viewer, Seeder: opts.From, Bytes: big.NewInt(1 << 20), Amount: big.NewInt(1e15)}
			sig, err := r.Sign(env.Client.EscrowDomain(), wallet)
			if err != nil {
				t.Fatal(err)
			}
			if err := st.Save(ctx, paywire.Record{Receipt: paywire.SignedReceipt{Receipt: r, Signature: sig}}); err != nil {
				t.Fatal(err)
			}
			bad.n.Store(10) // later batches decode
			if err := settler.Round(ctx); err != nil {
				t.Fatal(err)
			}
			if got := paidOf(t, env, viewer, opts.From); got.Cmp(r.Amount) != 0 {
				t.Fatalf("the next viewer was paid %s, want %s", got, r.Amount)
			}
			pairs, err := st.Pairs(ctx, opts.From)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range pairs {
				if p.Unredeemed().Sign() != 0 {
					t.Errorf("pair of %s left %s unredeemed in the store", p.Record.Receipt.Receipt.Viewer, p.Unredeemed())
				}
			}
		})
	}
}

// TestRevokedKeyRedeemedBeforeDeadline: a viewer revokes its session key; the escrow redeems the
// key's receipts only until the revocation deadline (now + unlock delay), though the grant itself
// runs for days. The settlement chore takes the deadline as the grant's expiry and redeems at
// once, however little the receipt is worth against the gas.
func TestRevokedKeyRedeemedBeforeDeadline(t *testing.T) {
	t.Parallel()
	env := chaintest.New(t, chaintest.Options{})
	ctx := t.Context()
	st, err := OpenStore(ctx, t.TempDir(), true, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	opts := env.Opts(1)
	vw := env.Accounts[4]
	if _, err := env.Client.Deposit(ctx, env.Opts(4), vw.Address, big.NewInt(1e16)); err != nil {
		t.Fatal(err)
	}
	sk, skAddr := chaintest.NewKey(t)
	expiry := uint64(time.Now().Add(7 * 24 * time.Hour).Unix())
	rec := grantRecord(t, env.Client.EscrowDomain(), vw.Key, sk, opts.From, 1<<20, big.NewInt(1000), big.NewInt(1e18), expiry, 1)
	if err := st.Save(ctx, rec); err != nil {
		t.Fatal(err)
	}
	// Never worth the gas; a margin of two hours, above the unlock delay of one.
	settler := NewSettler(st, env.Client, opts, SettleConfig{Interval: time.Hour, Threshold: 1e30, BatchSize: 10, Margin: 2 * time.Hour}, nil, nil)
	if err := settler.Round(ctx); err != nil {
		t.Fatal(err)
	}
	if b, _ := st.Batches(ctx); len(b) != 0 {
		t.Fatalf("%d batches before the revocation, want none (not worth the gas, the grant runs a week)", len(b))
	}
	deadline, _, err := env.Client.RevokeSession(ctx, env.Opts(4), skAddr)
	if err != nil {
		t.Fatal(err)
	}
	if got := EffectiveExpiry(rec.Grant.Session, mustSession(t, env, vw.Address, skAddr)); got != uint64(deadline.Unix()) {
		t.Fatalf("effective expiry %d, want the revocation deadline %d", got, deadline.Unix())
	}
	if err := settler.Round(ctx); err != nil {
		t.Fatal(err)
	}
	if got := paidOf(t, env, vw.Address, opts.From); got.Int64() != 1000 {
		t.Fatalf("paid %s after the revocation, want the receipt's 1000", got)
	}
}

func mustSession(t *testing.T, env *chaintest.Env, viewer, key common.Address) chain.RecordedSession {
	t.Helper()
	rec, err := env.Client.Session(t.Context(), viewer, key)
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

// TestEffectiveExpiry: the recorded grant rules when it is the same or newer; otherwise the
// grant's own expiry, capped by a revocation.
func TestEffectiveExpiry(t *testing.T) {
	t.Parallel()
	g := eip712.Session{Expiry: 1000, Nonce: 2}
	for _, tc := range []struct {
		name string
		rec  chain.RecordedSession
		want uint64
	}{
		{"nothing recorded", chain.RecordedSession{}, 1000},
		{"revoked, none recorded", chain.RecordedSession{RevokedUntil: 600}, 600},
		{"revoked after the expiry", chain.RecordedSession{RevokedUntil: 2000}, 1000},
		{"recorded older grant, revoked", chain.RecordedSession{Expiry: 500, Nonce: 1, RevokedUntil: 700}, 700},
		{"recorded this grant, capped", chain.RecordedSession{Expiry: 600, Nonce: 2, RevokedUntil: 600}, 600},
		{"recorded a newer grant", chain.RecordedSession{Expiry: 3000, Nonce: 5}, 3000},
	} {
		if got := EffectiveExpiry(g, tc.rec); got != tc.want {
			t.Errorf("%s: %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestMaxUnsettledForcesRedeem: a pair whose unredeemed amount reaches half of MaxUnsettled is
// redeemed though it is not worth the gas; below half it waits. A stored receipt past half asks
// the chore for a round at once.
func TestMaxUnsettledForcesRedeem(t *testing.T) {
	t.Parallel()
	f := newReceiptFixture(t, 1)
	env, st, opts, ctx := f.env, f.st, f.opts, t.Context()
	cfg := SettleConfig{Interval: time.Hour, Threshold: 1e30, BatchSize: 10, Margin: time.Hour}
	cfg.MaxUnsettled = new(big.Int).Add(new(big.Int).Lsh(f.amount, 1), big.NewInt(2)) // half is just above the receipt
	above := NewSettler(st, env.Client, opts, cfg, nil, nil)
	if err := above.Round(ctx); err != nil {
		t.Fatal(err)
	}
	if got := paidOf(t, env, f.viewer, opts.From); got.Sign() != 0 {
		t.Fatalf("paid %s below half the bound, want nothing", got)
	}
	latest, err := st.Latest(ctx, f.viewer, opts.From)
	if err != nil {
		t.Fatal(err)
	}
	above.Observe(ctx, *latest)
	if len(above.kick) != 0 {
		t.Fatal("a receipt below half the bound asked for a round")
	}
	cfg.MaxUnsettled = new(big.Int).Lsh(f.amount, 1) // half is the receipt
	at := NewSettler(st, env.Client, opts, cfg, nil, nil)
	at.Observe(ctx, *latest)
	if len(at.kick) != 1 {
		t.Fatal("a receipt at half the bound did not ask for a round")
	}
	if err := at.Round(ctx); err != nil {
		t.Fatal(err)
	}
	if got := paidOf(t, env, f.viewer, opts.From); got.Cmp(f.amount) != 0 {
		t.Fatalf("paid %s at half the bound, want %s", got, f.amount)
	}
}

// TestReplacementFees: a replacement raises tip and fee cap by at least 12.5% (rounded up), to at
// least what the chain asks now, never above the maximum fee; a cap that leaves less than the
// 12.5% is errFeeCapped.
func TestReplacementFees(t *testing.T) {
	t.Parallel()
	b := big.NewInt
	for _, tc := range []struct {
		name                              string
		oldTip, oldCap, tip, base, maxFee *big.Int
		wantTip, wantCap                  int64
		capped                            bool
	}{
		{"bump only", b(8), b(80), b(1), b(10), nil, 9, 90, false},
		{"chain asks more", b(8), b(80), b(20), b(100), nil, 20, 220, false},
		{"rounded up", b(1), b(1), b(0), b(0), nil, 2, 2, false},
		{"capped but enough", b(8), b(80), b(1), b(1000), b(100), 9, 100, false},
		{"capped below the bump", b(8), b(80), b(1), b(1000), b(89), 0, 0, true},
		{"tip above the cap", b(8), b(80), b(500), b(0), b(100), 100, 100, false},
	} {
		tip, fc, err := replacementFees(tc.oldTip, tc.oldCap, tc.tip, tc.base, tc.maxFee)
		switch {
		case tc.capped && !errors.Is(err, errFeeCapped):
			t.Errorf("%s: %v %v %v, want errFeeCapped", tc.name, tip, fc, err)
		case !tc.capped && (err != nil || tip.Int64() != tc.wantTip || fc.Int64() != tc.wantCap):
			t.Errorf("%s: tip %v cap %v (%v), want %d %d", tc.name, tip, fc, err, tc.wantTip, tc.wantCap)
		}
	}
}

// TestSessionsCacheFollowsRevocation: the seller's cache of the escrow's key records sees a
// revocation within its TTL (and at once after Forget), with the deadline the escrow set.
func TestSessionsCacheFollowsRevocation(t *testing.T) {
	t.Parallel()
	env := chaintest.New(t, chaintest.Options{})
	ctx := t.Context()
	vw := env.Accounts[4]
	_, key := chaintest.NewKey(t)
	cache := NewSessions(env.Client, time.Hour)
	if rec, err := cache.Session(ctx, vw.Address, key); err != nil || rec.RevokedUntil != 0 || rec.Recorded() {
		t.Fatalf("before: %+v, %v", rec, err)
	}
	deadline, _, err := env.Client.RevokeSession(ctx, env.Opts(4), key)
	if err != nil {
		t.Fatal(err)
	}
	if rec, _ := cache.Session(ctx, vw.Address, key); rec.RevokedUntil != 0 {
		t.Fatalf("a fresh cached record changed within the TTL: %+v", rec)
	}
	cache.Forget(vw.Address)
	rec, err := cache.Session(ctx, vw.Address, key)
	if err != nil || rec.RevokedUntil != uint64(deadline.Unix()) {
		t.Fatalf("after Forget: %+v, %v; want revoked until %d", rec, err, deadline.Unix())
	}
	g := eip712.Session{Expiry: uint64(time.Now().Add(7 * 24 * time.Hour).Unix()), Nonce: 1}
	if got := EffectiveExpiry(g, rec); got != uint64(deadline.Unix()) {
		t.Fatalf("effective expiry %d, want the revocation deadline %d", got, deadline.Unix())
	}
}
