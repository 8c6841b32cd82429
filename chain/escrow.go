package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/contracts/bindings/bandwidthescrow"
)

// EscrowDomain returns the EIP-712 domain receipts and session grants are signed in.
func (c *Client) EscrowDomain() eip712.Domain { return eip712.NewDomain(c.chainID, c.dep.Escrow) }

// Deposit adds value to viewer's escrow balance, paid by opts.
func (c *Client) Deposit(ctx context.Context, opts *bind.TransactOpts, viewer common.Address, value *big.Int) (*types.Receipt, error) {
	r, err := c.transact(ctx, opts, &c.dep.Escrow, c.escrow.PackDeposit(viewer), value)
	if err != nil {
		return r, fmt.Errorf("deposit %s wei for %s: %w", value, viewer, err)
	}
	return r, nil
}

// EscrowBalance returns viewer's balance in the escrow (latest block: a seeder must see a fresh
// top-up at once).
func (c *Client) EscrowBalance(ctx context.Context, viewer common.Address) (*big.Int, error) {
	return call(ctx, c, c.dep.Escrow, nil, c.escrow.PackBalanceOf(viewer), c.escrow.UnpackBalanceOf)
}

// Withdrawal is a viewer's pending withdrawal request.
type Withdrawal struct {
	Amount   *big.Int
	UnlockAt time.Time // zero when none is pending
}

// PendingWithdrawal returns viewer's pending withdrawal: a seeder must redeem before UnlockAt.
func (c *Client) PendingWithdrawal(ctx context.Context, viewer common.Address) (Withdrawal, error) {
	out, err := call(ctx, c, c.dep.Escrow, nil, c.escrow.PackWithdrawal(viewer), c.escrow.UnpackWithdrawal)
	if err != nil {
		return Withdrawal{}, err
	}
	w := Withdrawal{Amount: out.Amount}
	if out.UnlockAt != 0 {
		w.UnlockAt = time.Unix(int64(out.UnlockAt), 0)
	}
	return w, nil
}

// Paid returns what the escrow has paid seeder for viewer's receipts so far.
func (c *Client) Paid(ctx context.Context, viewer, seeder common.Address) (*big.Int, error) {
	return call(ctx, c, c.dep.Escrow, nil, c.escrow.PackPaid(viewer, seeder), c.escrow.UnpackPaid)
}

// Earnings returns what seeder can withdraw from the escrow.
func (c *Client) Earnings(ctx context.Context, seeder common.Address) (*big.Int, error) {
	return call(ctx, c, c.dep.Escrow, nil, c.escrow.PackEarnings(seeder), c.escrow.UnpackEarnings)
}

// RecordedSession is the escrow's record of a session key: what it spent, the terms and nonce of
// the grant recorded for it (Expiry 0: none), and its revocation. Receipts signed by the key are
// judged by these terms whichever grant they were signed under; a grant with a lower nonce, or
// this nonce and other terms, is refused (SkipGrantSuperseded), a higher nonce replaces them.
type RecordedSession struct {
	Spent  *big.Int
	Limit  *big.Int // capped to 2^96-1
	Expiry uint64   // the grant's expiry, capped to RevokedUntil; 0: no grant recorded
	Nonce  uint64
	// RevokedUntil is the deadline the viewer's revocation set (0: not revoked): no receipt of
	// the key is redeemable after it, whatever grant is recorded.
	RevokedUntil uint64
}

// Recorded reports whether the escrow recorded a grant for the key.
func (s RecordedSession) Recorded() bool { return s.Expiry != 0 }

// Session returns the escrow's record of viewer's session key.
func (c *Client) Session(ctx context.Context, viewer, key common.Address) (RecordedSession, error) {
	out, err := call(ctx, c, c.dep.Escrow, nil, c.escrow.PackSession(viewer, key), c.escrow.UnpackSession)
	return RecordedSession{Spent: out.Spent, Limit: out.Limit, Expiry: out.Expiry, Nonce: out.Nonce, RevokedUntil: out.RevokedUntil}, err
}

// RevokeSession revokes the caller's (a viewer's) session key: receipts it signed stay
// redeemable until the returned deadline (now + the escrow's unlock delay) at the latest, so
// seeders keep what it signed before, and no grant can extend it. Revoking again keeps the
// first deadline.
func (c *Client) RevokeSession(ctx context.Context, opts *bind.TransactOpts, key common.Address) (time.Time, *types.Receipt, error) {
	r, err := c.transact(ctx, opts, &c.dep.Escrow, c.escrow.PackRevokeSession(key), nil)
	if err != nil {
		return time.Time{}, r, fmt.Errorf("revoke session key %s: %w", key, err)
	}
	for _, l := range r.Logs {
		if ev, err := c.escrow.UnpackSessionRevokedEvent(l); err == nil && l.Address == c.dep.Escrow {
			return time.Unix(int64(ev.Deadline), 0), r, nil
		}
	}
	return time.Time{}, r, fmt.Errorf("transaction %s revoked nothing", r.TxHash)
}

// RequestWithdraw starts the unlock delay for amount of the caller's balance.
func (c *Client) RequestWithdraw(ctx context.Context, opts *bind.TransactOpts, amount *big.Int) (*types.Receipt, error) {
	return c.transact(ctx, opts, &c.dep.Escrow, c.escrow.PackRequestWithdraw(amount), nil)
}

// CancelWithdraw cancels the caller's pending withdrawal request.
func (c *Client) CancelWithdraw(ctx context.Context, opts *bind.TransactOpts) (*types.Receipt, error) {
	return c.transact(ctx, opts, &c.dep.Escrow, c.escrow.PackCancelWithdraw(), nil)
}

// Withdraw pays out the caller's unlocked withdrawal request.
func (c *Client) Withdraw(ctx context.Context, opts *bind.TransactOpts) (*types.Receipt, error) {
	return c.transact(ctx, opts, &c.dep.Escrow, c.escrow.PackWithdraw(), nil)
}

// WithdrawEarnings pays the caller's (a seeder's) earnings to `to`.
func (c *Client) WithdrawEarnings(ctx context.Context, opts *bind.TransactOpts, to common.Address) (*types.Receipt, error) {
	return c.transact(ctx, opts, &c.dep.Escrow, c.escrow.PackWithdrawEarnings(to), nil)
}

// SignedGrant is a session grant with the viewer wallet's signature.
type SignedGrant struct {
	Session eip712.Session
	Sig     []byte
}

// SignedReceipt is a receipt with its signature, and the grant that authorizes the signing key
// (nil when the viewer's wallet signed the receipt itself).
type SignedReceipt struct {
	Receipt eip712.Receipt
	Sig     []byte
	Grant   *SignedGrant
}

// SkipReason says why the escrow skipped a receipt; the values are BandwidthEscrow.SkipReason's.
type SkipReason uint8

// The skip reasons.
const (
	SkipNotNewer SkipReason = iota
	SkipNoBalance
	SkipInvalidSignature
	SkipUnauthorizedSigner
	SkipUnknownGrant
	SkipBadGrantSignature
	SkipGrantExpired
	SkipLimitExhausted
	// SkipGrantSuperseded: the batch's grant is older than the recorded one (lower nonce) or
	// conflicts with it (same nonce, other terms).
	SkipGrantSuperseded
)

var skipNames = [...]string{"not newer", "no balance", "invalid signature", "unauthorized signer",
	"unknown grant", "bad grant signature", "grant expired", "limit exhausted", "grant superseded"}

func (r SkipReason) String() string {
	if int(r) < len(skipNames) {
		return skipNames[r]
	}
	return fmt.Sprintf("skip reason %d", uint8(r))
}

// RedeemOutcome is what happened to one receipt of a batch.
type RedeemOutcome struct {
	Viewer    common.Address
	Payment   *big.Int // paid now; zero when skipped
	PaidTotal *big.Int // paid for the pair in total after this batch; nil when skipped
	Skipped   bool
	Reason    SkipReason // when Skipped
}

// ErrRedeemMismatch means a mined transaction's escrow logs do not describe the redeem batch
// they were read for (another seeder, other viewers, another order or count): the transaction
// is not that batch's, or the deployment names another escrow than the one it was sent to.
var ErrRedeemMismatch = errors.New("redeem logs do not match the batch")

// RedeemResult is a mined redeem transaction and its per-receipt outcomes, in batch order.
type RedeemResult struct {
	Receipt  *types.Receipt
	Total    *big.Int
	Outcomes []RedeemOutcome
}

// Redeem settles the newest receipt of each viewer for seeder in one transaction sent by opts
// (the seeder, or anyone relaying for it: payment always goes to seeder's earnings). Receipts
// must be for seeder and at most one per viewer. A grant is carried only when it is newer than
// the one the escrow recorded for its key (or none is recorded): receipts of a key are judged by
// the recorded grant, so carrying the recorded one costs calldata for nothing, and carrying an
// older or conflicting one would only get the receipt skipped.
//
// The outcomes are read with RedeemOutcomes. Once the transaction is mined the result's Receipt
// is set, also with an error: the batch reverted (Receipt.Status is failed), or it succeeded but
// its outcomes do not decode.
func (c *Client) Redeem(ctx context.Context, opts *bind.TransactOpts, seeder common.Address, receipts []SignedReceipt) (RedeemResult, error) {
	grants, entries, err := c.buildBatch(ctx, seeder, receipts)
	if err != nil {
		return RedeemResult{}, err
	}
	receipt, err := c.transact(ctx, opts, &c.dep.Escrow, c.escrow.PackRedeem(seeder, grants, entries), nil)
	if err != nil {
		return RedeemResult{Receipt: receipt}, fmt.Errorf("redeem %d receipts for %s: %w", len(receipts), seeder, err)
	}
	viewers := make([]common.Address, len(receipts))
	for i, sr := range receipts {
		viewers[i] = sr.Receipt.Viewer
	}
	res, err := c.RedeemOutcomes(receipt, seeder, viewers)
	if err != nil {
		return res, fmt.Errorf("redeem %d receipts for %s: mined, but its outcomes are unreadable: %w", len(receipts), seeder, err)
	}
	return res, nil
}

func (c *Client) buildBatch(ctx context.Context, seeder common.Address, receipts []SignedReceipt) ([]bandwidthescrow.BandwidthEscrowGrant, []bandwidthescrow.BandwidthEscrowEntry, error) {
	type grantKey struct {
		viewer, key common.Address
		limit       string
		expiry      uint64
		nonce       uint64
	}
	var grants []bandwidthescrow.BandwidthEscrowGrant
	index := map[grantKey]uint32{}
	seen := map[common.Address]bool{}
	entries := make([]bandwidthescrow.BandwidthEscrowEntry, 0, len(receipts))
	for i, sr := range receipts {
		r := sr.Receipt
		if r.Seeder != seeder {
			return nil, nil, fmt.Errorf("receipt %d is for seeder %s, not %s", i, r.Seeder, seeder)
		}
		if seen[r.Viewer] {
			return nil, nil, fmt.Errorf("receipt %d: two receipts for viewer %s; redeem only the newest", i, r.Viewer)
		}
		seen[r.Viewer] = true
		rr, vs, err := eip712.Compact(sr.Sig)
		if err != nil {
			return nil, nil, fmt.Errorf("receipt %d: %w", i, err)
		}
		e := bandwidthescrow.BandwidthEscrowEntry{Viewer: r.Viewer, ByteCount: orZero(r.Bytes), Amount: orZero(r.Amount), R: rr, Vs: vs}
		if g := sr.Grant; g != nil {
			k := grantKey{g.Session.Viewer, g.Session.Key, orZero(g.Session.Limit).String(), g.Session.Expiry, g.Session.Nonce}
			if idx, ok := index[k]; ok {
				e.Grant = idx
			} else {
				rec, err := c.Session(ctx, g.Session.Viewer, g.Session.Key)
				if err != nil {
					return nil, nil, err
				}
				if !rec.Recorded() || g.Session.Nonce > rec.Nonce {
					gr, gvs, err := eip712.Compact(g.Sig)
					if err != nil {
						return nil, nil, fmt.Errorf("grant of receipt %d: %w", i, err)
					}
					grants = append(grants, bandwidthescrow.BandwidthEscrowGrant{
						Viewer: g.Session.Viewer, Key: g.Session.Key, Limit: orZero(g.Session.Limit), Expiry: g.Session.Expiry,
						Nonce: g.Session.Nonce, R: gr, Vs: gvs,
					})
					index[k] = uint32(len(grants))
					e.Grant = uint32(len(grants))
				} else {
					index[k] = 0
				}
			}
		}
		entries = append(entries, e)
	}
	return grants, entries, nil
}

// maxRecordedLimit is the largest limit the escrow records (uint96); larger grants are capped.
var maxRecordedLimit = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))

func cappedLimit(limit *big.Int) *big.Int {
	limit = orZero(limit)
	if limit.Cmp(maxRecordedLimit) > 0 {
		return maxRecordedLimit
	}
	return limit
}

// RedeemOutcomes reads what a mined redeem transaction did to each receipt of its batch from the
// transaction receipt's logs: the answer Redeem gives, for a transaction whose sender did not
// see it mined (a seeder that crashed with a batch in flight reads it on restart). seeder and
// viewers are the batch as it was sent, viewers in batch order; the outcomes come in that order.
//
// For each entry, in order, the escrow logs either Redeemed (paid now and paid in total) or
// RedeemSkipped (the entry's index and the reason). Logs of other contracts and the escrow's
// other events (SessionRecorded) are ignored. An escrow log that does not decode is ErrBadEvent;
// logs that describe another batch (other seeder, viewers, order or count) are
// ErrRedeemMismatch; a reverted transaction, which has no outcomes, is ErrTxFailed.
func (c *Client) RedeemOutcomes(receipt *types.Receipt, seeder common.Address, viewers []common.Address) (RedeemResult, error) {
	if receipt == nil {
		return RedeemResult{}, errors.New("read redeem outcomes: no transaction receipt")
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		return RedeemResult{Receipt: receipt}, fmt.Errorf("%w: redeem transaction %s reverted, so no receipt of its batch was redeemed", ErrTxFailed, receipt.TxHash)
	}
	escrowABI := c.escrow.GetABI()
	redeemedID := escrowABI.Events[bandwidthescrow.BandwidthEscrowRedeemedEventName].ID
	skippedID := escrowABI.Events[bandwidthescrow.BandwidthEscrowRedeemSkippedEventName].ID
	mismatch := func(format string, args ...any) (RedeemResult, error) {
		return RedeemResult{Receipt: receipt}, fmt.Errorf("%w: transaction %s: %s", ErrRedeemMismatch, receipt.TxHash, fmt.Sprintf(format, args...))
	}
	res := RedeemResult{Receipt: receipt, Total: new(big.Int), Outcomes: make([]RedeemOutcome, 0, len(viewers))}
	for _, l := range receipt.Logs {
		if l.Address != c.dep.Escrow {
			continue
		}
		bad := func(err error) (RedeemResult, error) {
			return RedeemResult{Receipt: receipt}, fmt.Errorf("%w: escrow log %d of transaction %s: %w", ErrBadEvent, l.Index, receipt.TxHash, err)
		}
		if len(l.Topics) == 0 {
			return bad(errors.New("the log has no topics"))
		}
		i := len(res.Outcomes)
		var o RedeemOutcome
		var logSeeder common.Address
		switch l.Topics[0] {
		case redeemedID:
			ev, err := c.escrow.UnpackRedeemedEvent(l)
			if err != nil {
				return bad(err)
			}
			if ev.Payment == nil || ev.PaidTotal == nil {
				return bad(errors.New("Redeemed without its amounts"))
			}
			o = RedeemOutcome{Viewer: ev.Viewer, Payment: ev.Payment, PaidTotal: ev.PaidTotal}
			logSeeder = ev.Seeder
		case skippedID:
			ev, err := c.escrow.UnpackRedeemSkippedEvent(l)
			if err != nil {
				return bad(err)
			}
			if ev.Index == nil {
				return bad(errors.New("RedeemSkipped without its entry index"))
			}
			if !ev.Index.IsUint64() || ev.Index.Uint64() != uint64(i) {
				return mismatch("the escrow's outcome number %d is logged for entry %s", i, ev.Index)
			}
			o = RedeemOutcome{Viewer: ev.Viewer, Payment: new(big.Int), Skipped: true, Reason: SkipReason(ev.Reason)}
			logSeeder = ev.Seeder
		default:
			if _, err := escrowABI.EventByID(l.Topics[0]); err != nil {
				return bad(err)
			}
			continue // another escrow event
		}
		if logSeeder != seeder {
			return mismatch("entry %d was redeemed for seeder %s, not %s", i, logSeeder, seeder)
		}
		if i >= len(viewers) {
			return mismatch("more outcomes than the %d receipts of the batch", len(viewers))
		}
		if o.Viewer != viewers[i] {
			return mismatch("entry %d is viewer %s's receipt, the batch has viewer %s's there", i, o.Viewer, viewers[i])
		}
		res.Outcomes = append(res.Outcomes, o)
		res.Total.Add(res.Total, o.Payment)
	}
	if len(res.Outcomes) != len(viewers) {
		return mismatch("%d outcomes for the %d receipts of the batch", len(res.Outcomes), len(viewers))
	}
	return res, nil
}
