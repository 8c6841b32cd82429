package paywire

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/anacrolix/torrent/metainfo"
	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain/eip712"
)

// slowStore is a memStore whose every Save takes delay: a unit-test fake for the latency of an
// fsync on a loaded machine (10–280 ms were measured on the seeder's SQLite store).
type slowStore struct {
	*memStore
	delay time.Duration
	saves atomic.Int64
}

func (s *slowStore) Save(ctx context.Context, rec Record) error {
	s.saves.Add(1)
	select {
	case <-time.After(s.delay):
	case <-ctx.Done():
		return ctx.Err()
	}
	return s.memStore.Save(ctx, rec)
}

// TestSlowStoreKeepsHonestPayer: a store whose saves take 200 ms does not get an honest payer on
// a fast link cut off. Before the write-behind, the seller saved each receipt before it metered
// or invoiced again, a fast link served more than the credit window during one save, and the
// payer was cut off ("unpaid bytes … exceed the credit window"). The receipts are coalesced
// (far fewer saves than receipts) and the newest one is stored within the flush interval.
func TestSlowStoreKeepsHonestPayer(t *testing.T) {
	t.Parallel()
	flushReceipts := testFlushReceipts
	it := newItem(t, 48<<20)
	store := &slowStore{memStore: newMemStore(), delay: 200 * time.Millisecond}
	s, payoutKey := newTestSeller(t, store, newMemBalance(big.NewInt(1e18)), func(c *SellerConfig) {
		c.CreditWindow = 4 << 20
		if flushReceipts > 0 {
			c.FlushReceipts = flushReceipts
		}
	})
	payout := addr(payoutKey)
	scl, _ := seedClient(t, it, s)
	// The payer keeps what it has received but not verified within the window, as the
	// defaults do (a quarter of it).
	payer, wallet := newTestPayer(t, func(c *PayerConfig) { c.MaxUnverifiedBytes = 1 << 20 })
	// 64 MiB/s: a 200 ms save lets 12.8 MiB through, three windows; the window itself is 60 ms
	// of this link (a 4 MiB window on an unlimited loopback link is too tight to test anything
	// but the scheduler).
	lt := download(t, slowLeechClient(t, payer, 64<<20), it, scl)
	waitFor(t, 3*time.Minute, "the download to complete", func() bool {
		return lt.Complete().Bool() || s.Stats().CutOffs > 0
	})
	st := s.Stats()
	if st.CutOffs != 0 || !lt.Complete().Bool() {
		t.Fatalf("an honest payer was cut off behind a slow store: seller stats %+v", st)
	}
	if !bytes.Equal(readAll(t, lt), it.data) {
		t.Fatal("downloaded bytes differ from the item")
	}
	waitFor(t, 30*time.Second, "the receipt for the whole item to be stored", func() bool {
		rec, _ := store.Latest(context.Background(), addr(wallet), payout)
		return rec != nil && rec.Receipt.Receipt.Bytes.Uint64() == uint64(len(it.data))
	})
	// Every byte counted once in the stored per-item figures, whatever was coalesced.
	var items uint64
	for _, r := range store.all(addr(wallet), payout) {
		for _, ib := range r.Items {
			items += ib.Bytes
		}
	}
	if items < uint64(len(it.data)) || items > st.BytesServed {
		t.Errorf("stored item bytes %d; want between the item's %d and the %d served", items, len(it.data), st.BytesServed)
	}
	if n := store.saves.Load(); uint64(n) >= st.ReceiptsAccepted {
		t.Errorf("%d saves for %d receipts; want them coalesced", n, st.ReceiptsAccepted)
	}
	t.Logf("%d receipts, %d saves, peak unpaid %d", st.ReceiptsAccepted, store.saves.Load(), st.PeakUnpaid)
}

// testFlushReceipts is SellerConfig.FlushReceipts in TestSlowStoreKeepsHonestPayer; set it to
// 1 (write-through, the seller before the write-behind) to see the cut-off the test guards against.
var testFlushReceipts = 0

// batchStore records the batches it is given.
type batchStore struct {
	*memStore
	batches [][]Record
	fail    bool
}

func (b *batchStore) SaveBatch(ctx context.Context, recs []Record) error {
	if b.fail {
		return errors.New("disk full")
	}
	b.batches = append(b.batches, recs)
	for _, r := range recs {
		if err := b.memStore.Save(ctx, r); err != nil {
			return err
		}
	}
	return nil
}

func receiptOf(viewer common.Address, n uint64) eip712.Receipt {
	return eip712.Receipt{Viewer: viewer, Bytes: new(big.Int).SetUint64(n), Amount: new(big.Int).SetUint64(n)}
}

func wbRecord(viewer common.Address, n uint64, ih metainfo.Hash, itemBytes uint64) Record {
	return Record{
		Receipt: SignedReceipt{Receipt: receiptOf(viewer, n)},
		Items:   []ItemBytes{{InfoHash: ih, Bytes: itemBytes}},
	}
}

// TestWriteBehindCoalesces: the newest receipt per viewer is written, in one batch, with the
// item bytes of the receipts it replaced added up; a failed flush keeps them queued, the next
// receipt is then written before it counts, and a later flush stores everything once.
func TestWriteBehindCoalesces(t *testing.T) {
	t.Parallel()
	store := &batchStore{memStore: newMemStore()}
	var errs atomic.Int64
	w := newWriteBehind(store, time.Hour, 100, testLogger(), func() { errs.Add(1) })
	ctx := context.Background()
	v1, v2 := common.HexToAddress("0x01"), common.HexToAddress("0x02")
	ihA, ihB := metainfo.Hash{1}, metainfo.Hash{2}
	for _, r := range []Record{wbRecord(v1, 10, ihA, 10), wbRecord(v1, 25, ihA, 15), wbRecord(v2, 7, ihB, 7), wbRecord(v1, 30, ihB, 5)} {
		if err := w.add(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	if q := w.latest(v1); q == nil || q.Receipt.Receipt.Bytes.Uint64() != 30 {
		t.Fatalf("queued latest of v1 = %+v; want 30 bytes", q)
	}
	store.fail = true
	if err := w.flush(ctx); err == nil || errs.Load() != 1 {
		t.Fatalf("flush on a failing store: err %v, errors counted %d", err, errs.Load())
	}
	// Failing: the next receipt is written at once, and its error returned.
	if err := w.add(ctx, wbRecord(v2, 9, ihB, 2)); err == nil {
		t.Fatal("add on a failing store returned no error")
	}
	store.fail = false
	if err := w.flush(ctx); err != nil {
		t.Fatal(err)
	}
	if len(store.batches) != 1 || len(store.batches[0]) != 2 {
		t.Fatalf("batches %+v; want one batch of two records", store.batches)
	}
	got1, _ := store.Latest(ctx, v1, common.Address{})
	got2, _ := store.Latest(ctx, v2, common.Address{})
	if got1 == nil || got1.Receipt.Receipt.Bytes.Uint64() != 30 || got2 == nil || got2.Receipt.Receipt.Bytes.Uint64() != 9 {
		t.Fatalf("stored %+v and %+v; want the newest receipts 30 and 9", got1, got2)
	}
	sum := map[metainfo.Hash]uint64{}
	for _, ib := range got1.Items {
		sum[ib.InfoHash] += ib.Bytes
	}
	if sum[ihA] != 25 || sum[ihB] != 5 {
		t.Errorf("v1 item bytes %v; want A 25, B 5", sum)
	}
	if len(got2.Items) != 1 || got2.Items[0].Bytes != 9 {
		t.Errorf("v2 item bytes %+v; want B 9", got2.Items)
	}
	if w.latest(v1) != nil {
		t.Error("a stored record is still queued")
	}
	// A full queue is written by the connection that fills it.
	w2 := newWriteBehind(store, time.Hour, 2, testLogger(), func() {})
	_ = w2.add(ctx, wbRecord(common.HexToAddress("0x03"), 1, ihA, 1))
	_ = w2.add(ctx, wbRecord(common.HexToAddress("0x04"), 1, ihA, 1))
	if len(store.batches) != 2 || w2.latest(common.HexToAddress("0x03")) != nil {
		t.Errorf("a full queue was not written: %d batches", len(store.batches))
	}
}
