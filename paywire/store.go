package paywire

import (
	"context"

	"github.com/anacrolix/torrent/metainfo"
	"github.com/ethereum/go-ethereum/common"
)

// BalanceChecker tells the seller what the escrow holds for a pair. The seeder node backs it with
// the chain (BandwidthEscrow's balance and paid[viewer][seeder]), cached; it is called once per
// receipt, before the receipt is accepted.
type BalanceChecker interface {
	Account(ctx context.Context, viewer, seeder common.Address) (EscrowAccount, error)
}

// ReceiptStore keeps accepted receipts durably. The seller writes the newest receipt of each
// pair behind its accounting (SellerConfig.FlushInterval; SaveBatch when the store is a
// BatchReceiptStore), and calls Latest when a viewer first shows up, to resume the pair's
// cumulative values. Save is called for a pair with receipts in increasing order, never
// concurrently (the seller has one flush at a time).
type ReceiptStore interface {
	// Save stores rec and returns only once it would survive a crash.
	Save(ctx context.Context, rec Record) error
	// Latest returns the newest record saved for the pair, or nil and no error when there is none.
	Latest(ctx context.Context, viewer, seeder common.Address) (*Record, error)
}

// Record is one accepted receipt, as the seller stores it.
type Record struct {
	// Receipt is the signed cumulative receipt.
	Receipt SignedReceipt
	// Grant is the session grant the receipt was signed under, nil when the wallet signed it.
	// Every value in it (limit, expiry, nonce, signature) is exactly what the wallet signed, and
	// must be kept and sent to the escrow exactly so: a store that clamps or rounds one (an
	// expiry squeezed into a signed integer, a limit capped to 2^96−1) leaves a grant whose
	// signature no longer checks, and every receipt under it unredeemable. The seller refuses,
	// before it extends credit, grants whose values the escrow would not honour.
	Grant *SignedGrant
	// Items are the bytes this seller served the viewer per item (torrent infohash) since the
	// previous record it saved for the pair (the write-behind adds up those of the receipts it
	// coalesces), by its own meter: for the seeder's accounting, not
	// part of what the viewer signed. Bytes served after the last receipt of a connection that
	// closes unpaid are not reported.
	Items []ItemBytes
}

// ItemBytes is a byte count for one item.
type ItemBytes struct {
	InfoHash metainfo.Hash
	Bytes    uint64
}
