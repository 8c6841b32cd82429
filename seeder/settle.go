package seeder

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/paywire"
)

// SettlementChain is what the settlement chore needs from the chain; *chain.Client satisfies it.
type SettlementChain interface {
	Paid(ctx context.Context, viewer, seeder common.Address) (*big.Int, error)
	PendingWithdrawal(ctx context.Context, viewer common.Address) (chain.Withdrawal, error)
	EscrowBalance(ctx context.Context, viewer common.Address) (*big.Int, error)
	Redeem(ctx context.Context, opts *bind.TransactOpts, seeder common.Address, receipts []chain.SignedReceipt) (chain.RedeemResult, error)
	RedeemOutcomes(receipt *types.Receipt, seeder common.Address, viewers []common.Address) (chain.RedeemResult, error)
	Session(ctx context.Context, viewer, key common.Address) (chain.RecordedSession, error)
	Backend() chain.Backend
}

// EffectiveExpiry returns the last second at which the escrow redeems receipts signed by g's key,
// given rec, its record of the key: the recorded grant's expiry when that grant is the same or
// newer (the escrow judges the key's receipts by it, capped to a revocation deadline), else g's
// own expiry, capped to the revocation deadline if the viewer revoked the key.
func EffectiveExpiry(g eip712.Session, rec chain.RecordedSession) uint64 {
	if rec.Recorded() && rec.Nonce >= g.Nonce {
		return rec.Expiry
	}
	if rec.RevokedUntil != 0 && rec.RevokedUntil < g.Expiry {
		return rec.RevokedUntil
	}
	return g.Expiry
}

// GasModel estimates the gas of a redeem batch: Base + PerPair × pairs.
type GasModel struct {
	Base    uint64
	PerPair uint64
}

// DefaultGasModel is measured on the dev chain (BENCHMARKS.md, "Seeder node"): a batch's fixed
// cost (transaction, calldata head, the seeder's earnings write) and each pair's (calldata,
// signature checks, the paid, spent and balance writes, one grant per viewer).
var DefaultGasModel = GasModel{Base: 35_000, PerPair: 40_000}

// perPairAt returns the estimated gas per pair in a batch of n pairs.
func (g GasModel) perPairAt(n int) uint64 {
	if n <= 0 {
		n = 1
	}
	return (g.Base + g.PerPair*uint64(n)) / uint64(n)
}

// SettleConfig tunes the settlement chore.
type SettleConfig struct {
	// Interval between settlement rounds.
	Interval time.Duration
	// Threshold: a pair is redeemed once its unredeemed amount is at least Threshold times the gas
	// its redeem costs at the current gas price (1.0 = worth the gas; 10 = the gas is at most a
	// tenth of what it brings).
	Threshold float64
	// BatchSize is the most receipts (one per viewer) in one redeem transaction.
	BatchSize int
	// Margin: a pair whose viewer's withdrawal unlocks, or whose grant expires, within Margin is
	// redeemed whatever the gas.
	Margin time.Duration
	// RetrySkipped is how long a receipt the escrow skipped waits before it is tried again.
	RetrySkipped time.Duration
	// ReconcileWait bounds how long a round waits for an interrupted batch's transaction.
	ReconcileWait time.Duration
	// DrainWait bounds how long Run, once told to stop, waits for a batch still in flight to be
	// mined and recorded (default 5 s; what it does not see is reconciled at the next start).
	DrainWait time.Duration
	// Gas is the starting gas model; the chore refines PerPair from the batches it sends.
	Gas GasModel
	// MaxUnsettled is the most a viewer may owe the seeder unredeemed (Config.MaxUnsettled): a
	// pair whose unredeemed amount reaches half of it is redeemed whatever the gas. nil: no such
	// bound.
	MaxUnsettled *big.Int
	// BumpAfter is how long a redeem transaction may stay unmined before it is replaced (same
	// nonce) at a fee at least 12.5% higher, up to MaxFee (default DefaultSettleBumpAfter).
	BumpAfter time.Duration
	// MaxFee caps the fee per gas of redeem transactions and their replacements; nil: no cap.
	MaxFee *big.Int
	// HoldBack bounds how long an unmined batch holds other redemptions back (default
	// DefaultSettleHoldBack): past it, pairs that must go before a deadline are sent in a new
	// batch with the next nonce, behind the stuck one (which its replacement then unblocks).
	HoldBack time.Duration
}

// SettleStats are the chore's counters since it started.
type SettleStats struct {
	Rounds        uint64
	BatchesSent   uint64
	BatchesMined  uint64
	BatchesFailed uint64
	Reconciled    uint64 // interrupted batches resolved on reconciliation
	PairsRedeemed uint64
	PairsSkipped  uint64
	Replaced      uint64 // redeem transactions replaced at a higher fee
	Unreadable    uint64 // mined batches whose outcome logs did not decode (recorded from paid)
	GasUsed       uint64
	GasCostWei    *big.Int
	RedeemedWei   *big.Int
	Errors        uint64
}

// Settler is the settlement chore: it redeems the newest receipt of each pair in batches when it
// is worth the gas, and always before a viewer can withdraw or a grant expires. It is safe across
// crashes: a batch is recorded before its transaction is signed, the signed transaction before
// it is sent, and open batches are reconciled with the chain before anything new is sent.
type Settler struct {
	store  *Store
	chain  SettlementChain
	opts   *bind.TransactOpts
	seeder common.Address
	cfg    SettleConfig
	log    *slog.Logger
	now    func() time.Time
	forget func(common.Address)

	round   sync.Mutex // one round at a time (Run's and Node.Settle's)
	mu      sync.Mutex
	gas     GasModel
	skipped map[string]uint64
	batched map[common.Address]bool // pairs whose batch was resolved in the current round
	stats   struct {
		rounds, sent, mined, failed, reconciled, redeemed, skippedN, gasUsed, errors atomic.Uint64
		replaced, unreadable                                                         atomic.Uint64
	}
	openLeft atomic.Int64 // batches the last round left open
	gasCost  *big.Int
	redeemed *big.Int
	kick     chan struct{}
}

// NewSettler returns a settlement chore for seeder, sending with opts. forget, if not nil, is
// told of every viewer whose figures a batch changed (the balance cache). It starts nothing.
func NewSettler(store *Store, ch SettlementChain, opts *bind.TransactOpts, cfg SettleConfig, log *slog.Logger, forget func(common.Address)) *Settler {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if cfg.Gas == (GasModel{}) {
		cfg.Gas = DefaultGasModel
	}
	if cfg.RetrySkipped <= 0 {
		cfg.RetrySkipped = time.Hour
	}
	if cfg.ReconcileWait <= 0 {
		cfg.ReconcileWait = 2 * time.Minute
	}
	if cfg.DrainWait <= 0 {
		cfg.DrainWait = 5 * time.Second
	}
	if cfg.BumpAfter <= 0 {
		cfg.BumpAfter = DefaultSettleBumpAfter
	}
	if cfg.HoldBack <= 0 {
		cfg.HoldBack = DefaultSettleHoldBack
	}
	return &Settler{
		store: store, chain: ch, opts: opts, seeder: opts.From, cfg: cfg, log: log, now: time.Now, forget: forget,
		gas: cfg.Gas, skipped: map[string]uint64{}, gasCost: new(big.Int), redeemed: new(big.Int),
		kick: make(chan struct{}, 1),
	}
}

// Run settles every Interval until ctx ends. The first round (reconciliation first) runs at once.
// While a batch is left unmined, rounds come every BumpAfter at least, to re-price it. When ctx
// ends it waits up to DrainWait for a batch in flight, so that a node that stops cleanly leaves
// its records final.
func (s *Settler) Run(ctx context.Context) error {
	for {
		if err := s.Round(ctx); err != nil && ctx.Err() == nil {
			s.stats.errors.Add(1)
			s.log.Warn("settlement round failed", "err", err)
		}
		wait := s.cfg.Interval
		if s.openLeft.Load() > 0 {
			wait = min(wait, s.cfg.BumpAfter)
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			s.drain()
			return nil
		case <-t.C:
		case <-s.kick:
			t.Stop()
		}
	}
}

// Observe is told of every receipt the seller stored: a pair whose unredeemed amount reaches
// half of MaxUnsettled gets a round now, rather than at the next interval.
func (s *Settler) Observe(ctx context.Context, rec paywire.Record) {
	if s.cfg.MaxUnsettled == nil || rec.Receipt.Receipt.Amount == nil {
		return
	}
	half := new(big.Int).Rsh(s.cfg.MaxUnsettled, 1)
	if rec.Receipt.Receipt.Amount.Cmp(half) < 0 {
		return // cannot be: unredeemed is at most the amount
	}
	paid, err := s.store.PaidOf(ctx, rec.Receipt.Receipt.Viewer, rec.Receipt.Receipt.Seeder)
	if err != nil {
		return
	}
	if new(big.Int).Sub(rec.Receipt.Receipt.Amount, paid).Cmp(half) >= 0 {
		s.Kick()
	}
}

// drain resolves the batches left open by a round that ctx interrupted, waiting at most
// DrainWait for their transactions to be mined.
func (s *Settler) drain() {
	s.round.Lock()
	defer s.round.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), s.cfg.DrainWait)
	defer cancel()
	open, err := s.store.OpenBatches(ctx)
	if err != nil || len(open) == 0 {
		return
	}
	s.log.Info("waiting for a redeem batch in flight before stopping", "batches", len(open), "up_to", s.cfg.DrainWait)
	left, err := s.Reconcile(ctx)
	switch {
	case err != nil:
		s.log.Warn("a redeem batch is still in flight; the next start reconciles it", "err", err)
	case left > 0:
		s.log.Warn("a redeem batch is not mined yet; the next start reconciles it", "batches", left)
	}
}

// Kick asks Run for a round now.
func (s *Settler) Kick() {
	select {
	case s.kick <- struct{}{}:
	default:
	}
}

// Stats returns a snapshot of the counters.
func (s *Settler) Stats() SettleStats {
	s.mu.Lock()
	defer s.mu.Unlock()
	return SettleStats{
		Rounds: s.stats.rounds.Load(), BatchesSent: s.stats.sent.Load(), BatchesMined: s.stats.mined.Load(),
		BatchesFailed: s.stats.failed.Load(), Reconciled: s.stats.reconciled.Load(),
		PairsRedeemed: s.stats.redeemed.Load(), PairsSkipped: s.stats.skippedN.Load(), GasUsed: s.stats.gasUsed.Load(),
		Replaced: s.stats.replaced.Load(), Unreadable: s.stats.unreadable.Load(),
		GasCostWei: new(big.Int).Set(s.gasCost), RedeemedWei: new(big.Int).Set(s.redeemed), Errors: s.stats.errors.Load(),
	}
}

// SkipsByReason returns how many receipts the escrow skipped, by reason.
func (s *Settler) SkipsByReason() map[string]uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]uint64, len(s.skipped))
	for k, v := range s.skipped {
		out[k] = v
	}
	return out
}

// Gas returns the current gas model.
func (s *Settler) Gas() GasModel {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.gas
}

// Round reconciles open batches (re-pricing a transaction left unmined for BumpAfter) and, if
// none is left open, sends the batches that are due. While a batch stays open, others wait, for
// at most HoldBack: past it, pairs that must be redeemed before a deadline go out anyway in a new
// batch with the next nonce.
func (s *Settler) Round(ctx context.Context) error {
	s.round.Lock()
	defer s.round.Unlock()
	s.stats.rounds.Add(1)
	s.mu.Lock()
	s.batched = map[common.Address]bool{}
	s.mu.Unlock()
	open, err := s.Reconcile(ctx)
	s.openLeft.Store(int64(open))
	if err != nil {
		return err
	}
	if open > 0 {
		batches, err := s.store.OpenBatches(ctx)
		if err != nil {
			return err
		}
		oldest, held := s.now(), map[common.Address]bool{}
		for _, b := range batches {
			if b.Created.Before(oldest) {
				oldest = b.Created
			}
			for _, e := range b.Entries {
				held[e.Viewer] = true
			}
		}
		if s.now().Sub(oldest) < s.cfg.HoldBack {
			s.log.Info("settlement waits for open batches", "open", open)
			return nil
		}
		s.log.Warn("an unmined redeem batch has held settlement back too long; sending what cannot wait behind it",
			"open", open, "since", oldest)
		_, err = s.sendDue(ctx, held, true)
		s.openLeft.Store(int64(open) + 1)
		return err
	}
	for range 64 { // bounded: a round never spins
		sent, err := s.sendDue(ctx, nil, false)
		if err != nil || !sent {
			return err
		}
	}
	return nil
}

// Reconcile resolves batches left prepared or sent (by a crash, or a transaction that is still
// pending) against the chain, and returns how many remain open. A batch never signed is
// abandoned; a sent one is sent again if the chain does not know it, replaced at a higher fee
// once it has waited BumpAfter unmined, and once any of its transactions is mined is recorded
// from the outcome the escrow logged for each receipt (redeemed amount, or skip and reason),
// exactly as the round that sent it would have recorded it. Logs that describe another batch
// (a deployment naming another escrow) are an error and leave the batch open; an escrow log
// that does not decode is recorded with the batch and passed over, the pairs' paid totals read
// from the chain.
func (s *Settler) Reconcile(ctx context.Context) (int, error) {
	batches, err := s.store.OpenBatches(ctx)
	if err != nil {
		return 0, err
	}
	open := 0
	for _, b := range batches {
		done, err := s.reconcile(ctx, b)
		if err != nil {
			return 0, fmt.Errorf("reconcile batch %d: %w", b.ID, err)
		}
		if !done {
			open++
		}
	}
	return open, nil
}

// txHashes returns the hashes of every transaction signed for b.
func txHashes(b Batch) []common.Hash {
	if len(b.Txs) == 0 {
		return []common.Hash{b.TxHash}
	}
	out := make([]common.Hash, len(b.Txs))
	for i, t := range b.Txs {
		out[i] = t.Hash
	}
	return out
}

// findReceipt returns the receipt of whichever transaction of b was mined, or nil.
func (s *Settler) findReceipt(ctx context.Context, b Batch) (*types.Receipt, error) {
	backend := s.chain.Backend()
	for _, h := range txHashes(b) {
		r, err := backend.TransactionReceipt(ctx, h)
		if err == nil && r != nil {
			return r, nil
		}
		if err != nil && !errors.Is(err, ethereum.NotFound) && !chain.IsTransient(err) {
			return nil, err
		}
	}
	return nil, nil
}

// waitMined waits up to d for any transaction of b to be mined; nil means not seen in time.
func (s *Settler) waitMined(ctx context.Context, b Batch, d time.Duration) (*types.Receipt, error) {
	wctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	t := time.NewTicker(pollFor(s.cfg.Interval))
	defer t.Stop()
	for {
		r, err := s.findReceipt(wctx, b)
		if r != nil {
			return r, nil
		}
		if err != nil && wctx.Err() == nil {
			return nil, err
		}
		select {
		case <-wctx.Done():
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			return nil, nil
		case <-t.C:
		}
	}
}

func (s *Settler) reconcile(ctx context.Context, b Batch) (bool, error) {
	log := s.log.With("batch", b.ID)
	if b.State == BatchPrepared || len(b.RawTx) == 0 {
		// Never signed, so never sent: nothing reached the chain.
		log.Info("abandoning a batch that was never sent")
		s.stats.reconciled.Add(1)
		return true, s.store.FinishBatch(ctx, b.ID, BatchResult{State: BatchAbandoned, Error: "interrupted before the transaction was signed", Entries: failedEntries(b, "")})
	}
	backend := s.chain.Backend()
	receipt, err := s.findReceipt(ctx, b)
	if err != nil {
		return false, err
	}
	if receipt == nil {
		var tx types.Transaction
		if err := tx.UnmarshalBinary(b.RawTx); err != nil {
			return false, fmt.Errorf("%w: stored transaction of batch %d: %w", ErrCorruptRow, b.ID, err)
		}
		// Left unmined for BumpAfter: replace it (same nonce) at a higher fee. Otherwise send it
		// again, in case it never reached the node (a crash between signing and sending).
		var sendErr error
		bumped := false
		if since := s.now().Sub(b.LastSent()); !b.LastSent().IsZero() && since >= s.cfg.BumpAfter {
			next, err := s.bump(ctx, b, &tx)
			switch {
			case errors.Is(err, errFeeCapped):
				log.Warn("a redeem transaction is unmined and cannot be re-priced under the maximum fee; raise --settle-max-fee",
					"tx", b.TxHash, "fee_cap", tx.GasFeeCap(), "max_fee", s.cfg.MaxFee)
			case err != nil:
				return false, err
			default:
				bumped = true
				b.Txs = append(b.Txs, BatchTx{Hash: next.Hash(), Nonce: next.Nonce(), SentAt: s.now()})
				b.TxHash = next.Hash()
				sendErr = backend.SendTransaction(ctx, next)
				if sendErr == nil {
					log.Info("replaced an unmined redeem transaction at a higher fee", "old", tx.Hash(), "tx", next.Hash(),
						"nonce", next.Nonce(), "fee_cap", next.GasFeeCap(), "tip", next.GasTipCap())
				}
			}
		}
		if !bumped {
			sendErr = backend.SendTransaction(ctx, &tx)
		}
		wait := min(s.cfg.ReconcileWait, s.cfg.BumpAfter)
		switch {
		case sendErr == nil, strings.Contains(sendErr.Error(), "already known"),
			!bumped && strings.Contains(sendErr.Error(), "underpriced"):
			// Underpriced: a replacement the pool refused; an earlier transaction of the batch
			// is still pending there, and the next bump outbids it.
			if !bumped {
				log.Info("sent an unmined batch's transaction again", "tx", b.TxHash)
			}
			if receipt, err = s.waitMined(ctx, b, wait); err != nil {
				return false, err
			}
			if receipt == nil {
				log.Info("a batch's transaction is not mined yet", "tx", b.TxHash)
				return false, nil
			}
		case strings.Contains(strings.ToLower(sendErr.Error()), "nonce too low"):
			// The nonce is used: by one of this batch's transactions, mined but not yet indexed
			// by the node we ask (a node behind a load balancer, one just restarted), or by
			// another one that replaced it. Look for the receipt a little longer before deciding.
			if receipt, err = s.waitMined(ctx, b, min(s.cfg.ReconcileWait, replacedWait)); err != nil {
				return false, err
			}
			if receipt == nil {
				log.Warn("an interrupted batch's transaction was replaced; abandoning it", "tx", b.TxHash)
				if err := s.refreshPaid(ctx, b); err != nil {
					return false, err
				}
				s.stats.reconciled.Add(1)
				return true, s.store.FinishBatch(ctx, b.ID, BatchResult{State: BatchAbandoned, Error: "transaction replaced: " + sendErr.Error(), Entries: failedEntries(b, "")})
			}
		case bumped:
			// The replacement was refused (underpriced for this node's rule, say): the batch
			// stays open with its earlier transactions, and the next round tries again.
			log.Warn("a replacement redeem transaction was refused", "tx", b.TxHash, "err", sendErr)
			return false, nil
		default:
			return false, fmt.Errorf("send the interrupted transaction again: %w", sendErr)
		}
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		res := BatchResult{State: BatchFailed, Block: receipt.BlockNumber.Uint64(), GasUsed: receipt.GasUsed, GasCost: gasCost(receipt),
			Total: new(big.Int), Error: "transaction reverted", Entries: failedEntries(b, "")}
		s.account(res)
		s.stats.reconciled.Add(1)
		log.Info("reconciled an interrupted batch", "tx", receipt.TxHash, "state", res.State, "gas", res.GasUsed)
		return true, s.store.FinishBatch(ctx, b.ID, res)
	}
	// Mined: the escrow logged the outcome of each receipt, read as the live path reads it.
	viewers := make([]common.Address, len(b.Entries))
	for i, e := range b.Entries {
		viewers[i] = e.Viewer
	}
	out, err := s.chain.RedeemOutcomes(receipt, b.Seeder, viewers)
	if errors.Is(err, chain.ErrBadEvent) {
		s.stats.reconciled.Add(1)
		return true, s.recordUnreadable(ctx, b, receipt, err)
	}
	if err != nil {
		return false, fmt.Errorf("read the outcomes of its mined transaction %s (check that the deployment names the escrow it was sent to): %w", receipt.TxHash, err)
	}
	s.stats.reconciled.Add(1)
	if err := s.recordMined(ctx, b, out); err != nil {
		return false, err
	}
	log.Info("reconciled an interrupted batch", "tx", receipt.TxHash, "state", BatchMined, "gas", receipt.GasUsed, "paid_wei", out.Total)
	return true, nil
}

// errFeeCapped means a transaction cannot be re-priced by the replacement rule's 12.5% without
// going past MaxFee.
var errFeeCapped = errors.New("the replacement fee would exceed the maximum fee")

// bumpFee returns x raised by 12.5%, rounded up: above the replacement rule of go-ethereum's
// pool (10%) and of the pools that ask for 12.5%.
func bumpFee(x *big.Int) *big.Int {
	y := new(big.Int).Mul(x, big.NewInt(9))
	y.Add(y, big.NewInt(7))
	return y.Div(y, big.NewInt(8))
}

// replacementFees returns the tip and fee cap of a transaction replacing one with oldTip and
// oldCap: each raised by at least 12.5%, and at least what the chain asks now (the tip it
// suggests, twice the base fee plus the tip), capped by maxFee (nil: none). errFeeCapped when
// the cap leaves less than the 12.5%.
func replacementFees(oldTip, oldCap, tip, baseFee, maxFee *big.Int) (*big.Int, *big.Int, error) {
	minTip, minCap := bumpFee(oldTip), bumpFee(oldCap)
	newTip := bigMax(minTip, tip)
	newCap := bigMax(minCap, new(big.Int).Add(new(big.Int).Lsh(baseFee, 1), newTip))
	if maxFee != nil && newCap.Cmp(maxFee) > 0 {
		newCap = new(big.Int).Set(maxFee)
	}
	if newTip.Cmp(newCap) > 0 {
		newTip = new(big.Int).Set(newCap)
	}
	if newCap.Cmp(minCap) < 0 || newTip.Cmp(minTip) < 0 {
		return nil, nil, errFeeCapped
	}
	return newTip, newCap, nil
}

func bigMax(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return new(big.Int).Set(a)
	}
	return new(big.Int).Set(b)
}

// bump signs a replacement of cur (same nonce, recipient, data and gas) at a higher fee and
// records it with the batch before it is sent.
func (s *Settler) bump(ctx context.Context, b Batch, cur *types.Transaction) (*types.Transaction, error) {
	backend := s.chain.Backend()
	tip, err := backend.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("read gas tip: %w", err)
	}
	head, err := backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read head block: %w", err)
	}
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	newTip, newCap, err := replacementFees(cur.GasTipCap(), cur.GasFeeCap(), tip, base, s.cfg.MaxFee)
	if err != nil {
		return nil, err
	}
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: cur.ChainId(), Nonce: cur.Nonce(), GasTipCap: newTip, GasFeeCap: newCap, Gas: cur.Gas(),
		To: cur.To(), Value: cur.Value(), Data: cur.Data(), AccessList: cur.AccessList(),
	})
	signed, err := s.opts.Signer(s.opts.From, tx)
	if err != nil {
		return nil, fmt.Errorf("sign the replacement transaction: %w", err)
	}
	raw, err := signed.MarshalBinary()
	if err != nil {
		return nil, err
	}
	if err := s.store.MarkBatchSent(ctx, b.ID, signed.Hash(), signed.Nonce(), raw); err != nil {
		return nil, err
	}
	s.stats.replaced.Add(1)
	return signed, nil
}

// recordUnreadable records a mined batch whose escrow logs do not decode, from the chain's paid
// totals (what each pair was paid since the batch was built), and passes over it: settlement
// goes on rather than stopping at a log it cannot read.
func (s *Settler) recordUnreadable(ctx context.Context, b Batch, r *types.Receipt, cause error) error {
	s.log.Error("a mined redeem batch's outcome logs do not decode; recording what the chain paid and passing over them",
		"batch", b.ID, "tx", r.TxHash, "err", cause)
	s.stats.unreadable.Add(1)
	br := BatchResult{State: BatchMined, Block: r.BlockNumber.Uint64(), GasUsed: r.GasUsed, GasCost: gasCost(r), Total: new(big.Int),
		Error: "outcome logs unreadable: " + cause.Error()}
	for _, e := range b.Entries {
		paid, err := s.chain.Paid(ctx, e.Viewer, s.seeder)
		if err != nil {
			return fmt.Errorf("read paid of %s: %w", e.Viewer, err)
		}
		pay := new(big.Int)
		if e.PaidBefore != nil && paid.Cmp(e.PaidBefore) > 0 {
			pay.Sub(paid, e.PaidBefore)
		}
		br.Total.Add(br.Total, pay)
		br.Entries = append(br.Entries, BatchEntry{Viewer: e.Viewer, Outcome: OutcomeUnknown, Payment: pay, PaidTotal: paid})
	}
	s.account(br)
	return s.finish(ctx, b, br)
}

// recordMined records a batch whose redeem transaction was mined, from the escrow's outcome for
// each receipt, and counts it. The live path and reconciliation after a crash both end here, so
// a batch records the same outcomes, counters and skip reasons whichever of them saw it mined.
func (s *Settler) recordMined(ctx context.Context, b Batch, res chain.RedeemResult) error {
	r := res.Receipt
	br := BatchResult{State: BatchMined, Block: r.BlockNumber.Uint64(), GasUsed: r.GasUsed, GasCost: gasCost(r), Total: res.Total}
	for _, o := range res.Outcomes {
		e := BatchEntry{Viewer: o.Viewer, Outcome: OutcomeRedeemed, Payment: o.Payment, PaidTotal: o.PaidTotal}
		if o.Skipped {
			e.Outcome, e.SkipReason = OutcomeSkipped, o.Reason.String()
			s.log.Warn("escrow skipped a receipt", "batch", b.ID, "viewer", o.Viewer, "reason", e.SkipReason)
		}
		br.Entries = append(br.Entries, e)
	}
	s.account(br)
	s.learn(r.GasUsed, len(res.Outcomes))
	return s.finish(ctx, b, br)
}

// finish marks b's viewers as batched this round, records br as b's outcome and drops the cached
// balances and key records of its viewers, whose figures the batch changed.
func (s *Settler) finish(ctx context.Context, b Batch, br BatchResult) error {
	s.mu.Lock()
	if s.batched != nil {
		for _, e := range b.Entries {
			s.batched[e.Viewer] = true
		}
	}
	s.mu.Unlock()
	if err := s.store.FinishBatch(context.WithoutCancel(ctx), b.ID, br); err != nil {
		return err
	}
	if s.forget != nil {
		for _, e := range b.Entries {
			s.forget(e.Viewer)
		}
	}
	return nil
}

// refreshPaid reads paid for every pair of b and records it.
func (s *Settler) refreshPaid(ctx context.Context, b Batch) error {
	for _, e := range b.Entries {
		paid, err := s.chain.Paid(ctx, e.Viewer, s.seeder)
		if err != nil {
			return err
		}
		if err := s.store.SetPaid(ctx, e.Viewer, s.seeder, paid); err != nil {
			return err
		}
	}
	return nil
}

func failedEntries(b Batch, reason string) []BatchEntry {
	out := make([]BatchEntry, 0, len(b.Entries))
	for _, e := range b.Entries {
		out = append(out, BatchEntry{Viewer: e.Viewer, Outcome: OutcomeFailed, Payment: new(big.Int), SkipReason: reason})
	}
	return out
}

func gasCost(r *types.Receipt) *big.Int {
	price := r.EffectiveGasPrice
	if price == nil {
		price = new(big.Int)
	}
	return new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), price)
}

// replacedWait is how long reconciliation looks for the receipt of a transaction whose nonce is
// used before it takes the transaction for replaced.
const replacedWait = 10 * time.Second

func pollFor(interval time.Duration) time.Duration {
	return min(max(interval/20, 2*time.Millisecond), time.Second)
}

// GasPrice returns the price a transaction pays now: the suggested tip plus the head's base fee.
func GasPrice(ctx context.Context, b chain.Backend) (*big.Int, error) {
	tip, err := b.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("read gas tip: %w", err)
	}
	head, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read head block: %w", err)
	}
	p := new(big.Int).Set(tip)
	if head.BaseFee != nil {
		p.Add(p, head.BaseFee)
	}
	return p, nil
}

type candidate struct {
	pair Pair
	// redeemable is what the escrow would pay now: the pair's unredeemed amount, at most the
	// viewer's balance.
	redeemable *big.Int
	forced     string // why it must go now, "" if only when worth the gas
}

// due returns the pairs the next batch would carry (forced first), without sending anything.
// Pairs of held viewers (in a batch still open) are left out; with forcedOnly, so is every pair
// that does not have to go now.
func (s *Settler) due(ctx context.Context, held map[common.Address]bool, forcedOnly bool) ([]candidate, error) {
	pairs, err := s.store.Pairs(ctx, s.seeder)
	if err != nil {
		return nil, err
	}
	now := s.now()
	var cands []candidate
	withdrawals := map[common.Address]chain.Withdrawal{}
	balances := map[common.Address]*big.Int{}
	sessions := map[[2]common.Address]chain.RecordedSession{}
	for _, p := range pairs {
		un := p.Unredeemed()
		if un.Sign() == 0 {
			continue
		}
		viewer := p.Record.Receipt.Receipt.Viewer
		// A pair goes in at most one batch per round: the escrow would answer the same again
		// (the rest of a receipt paid in part, a skip).
		s.mu.Lock()
		batched := s.batched[viewer]
		s.mu.Unlock()
		if batched || held[viewer] {
			continue
		}
		c := candidate{pair: p}
		// Money at risk: past half of the bound, the pair goes whatever the gas, so that the
		// seller (which extends no credit past the bound) never has to cut off an honest viewer.
		if s.cfg.MaxUnsettled != nil && un.Cmp(new(big.Int).Rsh(s.cfg.MaxUnsettled, 1)) >= 0 {
			c.forced = "unsettled past half the bound"
		}
		// Forced before the grant expires, or the deadline the viewer's revocation of the key
		// set, whichever comes first; once past, the escrow skips the receipt whatever the
		// hurry, so it waits like any skipped receipt.
		if g := p.Record.Grant; g != nil {
			sk := [2]common.Address{viewer, g.Session.Key}
			rec, ok := sessions[sk]
			if !ok {
				if rec, err = s.chain.Session(ctx, viewer, g.Session.Key); err != nil {
					return nil, fmt.Errorf("read the escrow's record of %s's session key: %w", viewer, err)
				}
				sessions[sk] = rec
			}
			exp := EffectiveExpiry(g.Session, rec)
			if left := time.Unix(int64(min(exp, 1<<62)), 0).Sub(now); left >= 0 && left < s.cfg.Margin {
				c.forced = "grant expires"
				if rec.RevokedUntil != 0 && exp == rec.RevokedUntil {
					c.forced = "session key revoked"
				}
			}
		}
		w, ok := withdrawals[viewer]
		if !ok {
			w, err = s.chain.PendingWithdrawal(ctx, viewer)
			if err != nil {
				return nil, fmt.Errorf("read pending withdrawal of %s: %w", viewer, err)
			}
			withdrawals[viewer] = w
		}
		if !w.UnlockAt.IsZero() && w.UnlockAt.Sub(now) < s.cfg.Margin {
			c.forced = "withdrawal unlocks"
		}
		// Skipped last time and no newer receipt since: wait before trying again, unless forced.
		if c.forced == "" && p.LastSkip != "" && !p.UpdatedAt.After(p.LastSkipAt) && now.Sub(p.LastSkipAt) < s.cfg.RetrySkipped {
			continue
		}
		// An empty balance pays nothing, hurry or not: the rest of a receipt that went past the
		// viewer's deposit waits for the next deposit instead of costing gas every round.
		bal, ok := balances[viewer]
		if !ok {
			bal, err = s.chain.EscrowBalance(ctx, viewer)
			if err != nil {
				return nil, fmt.Errorf("read escrow balance of %s: %w", viewer, err)
			}
			balances[viewer] = bal
		}
		if bal.Sign() <= 0 {
			continue
		}
		c.redeemable = un
		if un.Cmp(bal) > 0 {
			c.redeemable = bal
		}
		cands = append(cands, c)
	}
	slices.SortStableFunc(cands, func(a, b candidate) int {
		if (a.forced != "") != (b.forced != "") {
			if a.forced != "" {
				return -1
			}
			return 1
		}
		return b.redeemable.Cmp(a.redeemable)
	})
	if len(cands) == 0 {
		return nil, nil
	}
	// Worth the gas: redeemable ≥ Threshold × gas per pair at this batch size × gas price.
	price, err := GasPrice(ctx, s.chain.Backend())
	if err != nil {
		return nil, err
	}
	n := min(len(cands), s.cfg.BatchSize)
	perPair := new(big.Int).Mul(new(big.Int).SetUint64(s.Gas().perPairAt(n)), price)
	thr, _ := new(big.Float).Mul(new(big.Float).SetInt(perPair), big.NewFloat(s.cfg.Threshold)).Int(nil)
	var due []candidate
	for _, c := range cands {
		if len(due) == s.cfg.BatchSize {
			break
		}
		if c.forced != "" || (!forcedOnly && c.redeemable.Cmp(thr) >= 0) {
			due = append(due, c)
		}
	}
	return due, nil
}

// sendDue sends one batch of due pairs (see due) and reports whether it sent one. It waits for
// the batch to be mined for at most BumpAfter: a batch not mined by then stays open, for
// reconciliation to re-price.
func (s *Settler) sendDue(ctx context.Context, held map[common.Address]bool, forcedOnly bool) (bool, error) {
	due, err := s.due(ctx, held, forcedOnly)
	if err != nil || len(due) == 0 {
		return false, err
	}
	// Read paid fresh: someone may have redeemed for us (any relayer can).
	var entries []BatchEntry
	var receipts []chain.SignedReceipt
	for _, c := range due {
		r := c.pair.Record
		viewer := r.Receipt.Receipt.Viewer
		paid, err := s.chain.Paid(ctx, viewer, s.seeder)
		if err != nil {
			return false, fmt.Errorf("read paid of %s: %w", viewer, err)
		}
		if paid.Cmp(r.Receipt.Receipt.Amount) >= 0 {
			if err := s.store.SetPaid(ctx, viewer, s.seeder, paid); err != nil {
				return false, err
			}
			continue
		}
		entries = append(entries, BatchEntry{Viewer: viewer, Bytes: r.Receipt.Receipt.Bytes.Uint64(), Amount: r.Receipt.Receipt.Amount, PaidBefore: paid})
		sr := chain.SignedReceipt{Receipt: r.Receipt.Receipt, Sig: r.Receipt.Signature}
		if g := r.Grant; g != nil {
			sr.Grant = &chain.SignedGrant{Session: g.Session, Sig: g.Signature}
		}
		receipts = append(receipts, sr)
		if c.forced != "" {
			s.log.Info("redeeming before a deadline", "viewer", viewer, "why", c.forced)
		}
	}
	if len(entries) == 0 {
		return true, nil // paid totals moved: look again
	}
	id, err := s.store.CreateBatch(ctx, s.seeder, entries)
	if err != nil {
		return false, err
	}
	var signed atomic.Bool
	opts := *s.opts
	if err := s.capFee(ctx, &opts); err != nil {
		return false, err
	}
	rctx, cancel := context.WithTimeout(ctx, s.cfg.BumpAfter)
	defer cancel()
	opts.Context = rctx
	inner := s.opts.Signer
	opts.Signer = func(from common.Address, tx *types.Transaction) (*types.Transaction, error) {
		stx, err := inner(from, tx)
		if err != nil {
			return nil, err
		}
		raw, err := stx.MarshalBinary()
		if err != nil {
			return nil, err
		}
		// Durable before the transaction leaves: a crash from here on is reconciled.
		if err := s.store.MarkBatchSent(context.WithoutCancel(ctx), id, stx.Hash(), stx.Nonce(), raw); err != nil {
			return nil, err
		}
		signed.Store(true)
		return stx, nil
	}
	s.stats.sent.Add(1)
	s.log.Info("redeeming a batch", "batch", id, "receipts", len(receipts))
	res, err := s.chain.Redeem(rctx, &opts, s.seeder, receipts)
	b := Batch{ID: id, Entries: entries}
	switch {
	case err != nil && res.Receipt != nil && res.Receipt.Status == types.ReceiptStatusSuccessful && errors.Is(err, chain.ErrBadEvent):
		// Mined, but an escrow log does not decode: recorded from the chain's paid totals, and
		// passed over.
		return true, s.recordUnreadable(ctx, b, res.Receipt, err)
	case err != nil && res.Receipt != nil && res.Receipt.Status == types.ReceiptStatusSuccessful:
		// Mined, but the logs describe another batch: the batch stays sent, and reconciliation
		// reads them again (and says so) until the deployment is fixed.
		return false, fmt.Errorf("batch %d mined in %s, outcomes not recorded: %w", id, res.Receipt.TxHash, err)
	case err != nil && res.Receipt != nil:
		// Mined and reverted.
		br := BatchResult{State: BatchFailed, Block: res.Receipt.BlockNumber.Uint64(), GasUsed: res.Receipt.GasUsed, GasCost: gasCost(res.Receipt), Total: new(big.Int), Error: err.Error(), Entries: failedEntries(b, "")}
		s.account(br)
		if ferr := s.store.FinishBatch(context.WithoutCancel(ctx), id, br); ferr != nil {
			return false, ferr
		}
		return false, err
	case err != nil && signed.Load() && ctx.Err() == nil && rctx.Err() != nil:
		// Not mined within BumpAfter (a fee below a rising base fee): the batch stays open, and
		// the next round re-prices it.
		s.log.Warn("a redeem batch is not mined yet; it will be re-priced", "batch", id, "after", s.cfg.BumpAfter)
		return false, nil
	case err != nil && signed.Load():
		// Sent, outcome unknown (shutdown, node unreachable): the next round reconciles it.
		return false, fmt.Errorf("batch %d sent, outcome not known yet: %w", id, err)
	case err != nil:
		br := BatchResult{State: BatchFailed, Total: new(big.Int), GasCost: new(big.Int), Error: err.Error(), Entries: failedEntries(b, "")}
		s.stats.failed.Add(1)
		if ferr := s.store.FinishBatch(context.WithoutCancel(ctx), id, br); ferr != nil {
			return false, ferr
		}
		return false, err
	}
	if err := s.recordMined(ctx, b, res); err != nil {
		return false, err
	}
	s.log.Info("batch redeemed", "batch", id, "tx", res.Receipt.TxHash, "receipts", len(receipts), "gas", res.Receipt.GasUsed, "paid_wei", res.Total)
	return true, nil
}

// capFee keeps a new redeem transaction's fee per gas under MaxFee: when what the chain asks now
// (the suggested tip plus twice the base fee) is more, the fee cap is MaxFee, and the
// transaction waits for the base fee to come down or for its replacement.
func (s *Settler) capFee(ctx context.Context, opts *bind.TransactOpts) error {
	if s.cfg.MaxFee == nil {
		return nil
	}
	if opts.GasFeeCap != nil {
		if opts.GasFeeCap.Cmp(s.cfg.MaxFee) > 0 {
			opts.GasFeeCap = new(big.Int).Set(s.cfg.MaxFee)
		}
		if opts.GasTipCap != nil && opts.GasTipCap.Cmp(opts.GasFeeCap) > 0 {
			opts.GasTipCap = new(big.Int).Set(opts.GasFeeCap)
		}
		return nil
	}
	backend := s.chain.Backend()
	tip, err := backend.SuggestGasTipCap(ctx)
	if err != nil {
		return fmt.Errorf("read gas tip: %w", err)
	}
	if opts.GasTipCap != nil {
		tip = opts.GasTipCap
	}
	head, err := backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("read head block: %w", err)
	}
	want := new(big.Int).Set(tip)
	if head.BaseFee != nil {
		want.Add(want, new(big.Int).Lsh(head.BaseFee, 1))
	}
	if want.Cmp(s.cfg.MaxFee) > 0 {
		opts.GasFeeCap = new(big.Int).Set(s.cfg.MaxFee)
		if tip.Cmp(s.cfg.MaxFee) > 0 {
			opts.GasTipCap = new(big.Int).Set(s.cfg.MaxFee)
		}
		s.log.Warn("the chain's fee is above the maximum fee; the redeem transaction may wait", "fee_cap", want, "max_fee", s.cfg.MaxFee)
	}
	return nil
}

// account adds a finished batch to the counters.
func (s *Settler) account(br BatchResult) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch br.State {
	case BatchMined:
		s.stats.mined.Add(1)
	case BatchFailed:
		s.stats.failed.Add(1)
	}
	s.stats.gasUsed.Add(br.GasUsed)
	if br.GasCost != nil {
		s.gasCost.Add(s.gasCost, br.GasCost)
	}
	if br.Total != nil {
		s.redeemed.Add(s.redeemed, br.Total)
	}
	for _, e := range br.Entries {
		switch e.Outcome {
		case OutcomeRedeemed:
			s.stats.redeemed.Add(1)
		case OutcomeSkipped:
			s.stats.skippedN.Add(1)
			s.skipped[e.SkipReason]++
		}
	}
}

// learn refines the per-pair gas from a mined batch (a moving average; the base stays).
func (s *Settler) learn(gasUsed uint64, pairs int) {
	if pairs <= 0 {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if gasUsed <= s.gas.Base {
		return
	}
	observed := (gasUsed - s.gas.Base) / uint64(pairs)
	s.gas.PerPair = (s.gas.PerPair*3 + observed) / 4
}
