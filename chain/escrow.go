package chain

import (
	"context"
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

// RecordedSession is the escrow's record of a session key: what it spent, and the terms of the
// last grant for it that the escrow verified (Expiry 0: none).
type RecordedSession struct {
	Spent  *big.Int
	Limit  *big.Int
	Expiry uint64
}

// Session returns the escrow's record of viewer's session key.
func (c *Client) Session(ctx context.Context, viewer, key common.Address) (RecordedSession, error) {
	out, err := call(ctx, c, c.dep.Escrow, nil, c.escrow.PackSession(viewer, key), c.escrow.UnpackSession)
	return RecordedSession{Spent: out.Spent, Limit: out.Limit, Expiry: out.Expiry}, err
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
)

var skipNames = [...]string{"not newer", "no balance", "invalid signature", "unauthorized signer",
	"unknown grant", "bad grant signature", "grant expired", "limit exhausted"}

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

// RedeemResult is a mined redeem transaction and its per-receipt outcomes, in batch order.
type RedeemResult struct {
	Receipt  *types.Receipt
	Total    *big.Int
	Outcomes []RedeemOutcome
}

// Redeem settles the newest receipt of each viewer for seeder in one transaction sent by opts
// (the seeder, or anyone relaying for it: payment always goes to seeder's earnings). Receipts
// must be for seeder and at most one per viewer. A grant the escrow already recorded with the
// same terms is left out of the batch (it costs calldata and a signature check).
func (c *Client) Redeem(ctx context.Context, opts *bind.TransactOpts, seeder common.Address, receipts []SignedReceipt) (RedeemResult, error) {
	grants, entries, err := c.buildBatch(ctx, seeder, receipts)
	if err != nil {
		return RedeemResult{}, err
	}
	receipt, err := c.transact(ctx, opts, &c.dep.Escrow, c.escrow.PackRedeem(seeder, grants, entries), nil)
	if err != nil {
		return RedeemResult{Receipt: receipt}, fmt.Errorf("redeem %d receipts for %s: %w", len(receipts), seeder, err)
	}
	return c.redeemOutcomes(receipt, receipts)
}

func (c *Client) buildBatch(ctx context.Context, seeder common.Address, receipts []SignedReceipt) ([]bandwidthescrow.BandwidthEscrowGrant, []bandwidthescrow.BandwidthEscrowEntry, error) {
	type grantKey struct {
		viewer, key common.Address
		limit       string
		expiry      uint64
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
			k := grantKey{g.Session.Viewer, g.Session.Key, orZero(g.Session.Limit).String(), g.Session.Expiry}
			if idx, ok := index[k]; ok {
				e.Grant = idx
			} else {
				rec, err := c.Session(ctx, g.Session.Viewer, g.Session.Key)
				if err != nil {
					return nil, nil, err
				}
				if rec.Expiry != g.Session.Expiry || rec.Limit.Cmp(cappedLimit(g.Session.Limit)) != 0 {
					gr, gvs, err := eip712.Compact(g.Sig)
					if err != nil {
						return nil, nil, fmt.Errorf("grant of receipt %d: %w", i, err)
					}
					grants = append(grants, bandwidthescrow.BandwidthEscrowGrant{
						Viewer: g.Session.Viewer, Key: g.Session.Key, Limit: orZero(g.Session.Limit), Expiry: g.Session.Expiry, R: gr, Vs: gvs,
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

func (c *Client) redeemOutcomes(receipt *types.Receipt, receipts []SignedReceipt) (RedeemResult, error) {
	res := RedeemResult{Receipt: receipt, Total: new(big.Int), Outcomes: make([]RedeemOutcome, len(receipts))}
	byViewer := map[common.Address]int{}
	for i, sr := range receipts {
		res.Outcomes[i] = RedeemOutcome{Viewer: sr.Receipt.Viewer, Payment: new(big.Int)}
		byViewer[sr.Receipt.Viewer] = i
	}
	for _, l := range receipt.Logs {
		if l.Address != c.dep.Escrow {
			continue
		}
		if ev, err := c.escrow.UnpackRedeemedEvent(l); err == nil {
			if i, ok := byViewer[ev.Viewer]; ok {
				res.Outcomes[i].Payment, res.Outcomes[i].PaidTotal = ev.Payment, ev.PaidTotal
				res.Total.Add(res.Total, ev.Payment)
			}
			continue
		}
		if ev, err := c.escrow.UnpackRedeemSkippedEvent(l); err == nil && ev.Index.IsInt64() && int(ev.Index.Int64()) < len(receipts) {
			o := &res.Outcomes[ev.Index.Int64()]
			o.Skipped, o.Reason = true, SkipReason(ev.Reason)
		}
	}
	return res, nil
}
