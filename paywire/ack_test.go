package paywire

import (
	"context"
	"math/big"
	"testing"
	"time"
)

// TestLastReceiptAcknowledged: the seller answers every receipt with an invoice naming it, so
// the payer knows which of its receipts arrived: once the download is paid, nothing it signed
// is unacknowledged, the acknowledged receipt is its newest one, and it is the seller's. A
// leaving viewer waits for this (viewer.payUp) instead of closing with receipts in flight.
func TestLastReceiptAcknowledged(t *testing.T) {
	t.Parallel()
	it := newItem(t, 12<<20)
	store := newMemStore()
	s, payoutKey := newTestSeller(t, store, newMemBalance(big.NewInt(1e18)))
	payout := addr(payoutKey)
	scl, _ := seedClient(t, it, s)
	payer, wallet := newTestPayer(t)
	lt := download(t, leechClient(t, payer), it, scl)
	waitFor(t, time.Minute, "the download", lt.Complete().Bool)
	waitFor(t, 30*time.Second, "every receipt acknowledged", func() bool {
		return payer.Unpaid() == 0 && payer.Latest(payout) != nil && payer.Unacknowledged() == 0
	})
	latest, acked := payer.Latest(payout), payer.Acknowledged(payout)
	if !sameReceipt(latest, acked) || latest.Receipt.Bytes.Uint64() != uint64(len(it.data)) {
		t.Fatalf("acknowledged %+v; want the newest receipt %+v, for the whole item", acked, latest)
	}
	if rec := s.Latest(addr(wallet)); rec == nil || !sameReceipt(&rec.Receipt, acked) {
		t.Fatalf("the seller holds %+v; want the acknowledged receipt", rec)
	}
	if err := s.Flush(context.Background()); err != nil {
		t.Fatal(err)
	}
	if rec, _ := store.Latest(context.Background(), addr(wallet), payout); rec == nil || !sameReceipt(&rec.Receipt, acked) {
		t.Fatalf("stored %+v; want the acknowledged receipt", rec)
	}
}
