package seeder

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/anacrolix/torrent/metainfo"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/paywire"
)

func key(t *testing.T) (*ecdsa.PrivateKey, common.Address) {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k, crypto.PubkeyToAddress(k.PublicKey)
}

func record(t *testing.T, wallet *ecdsa.PrivateKey, seeder common.Address, bytes uint64, grant bool, items ...paywire.ItemBytes) paywire.Record {
	t.Helper()
	d := eip712.NewDomain(big.NewInt(1337), common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"))
	viewer := crypto.PubkeyToAddress(wallet.PublicKey)
	r := eip712.Receipt{Viewer: viewer, Seeder: seeder, Bytes: new(big.Int).SetUint64(bytes), Amount: paywire.Cost(bytes, big.NewInt(3e15))}
	sig, err := r.Sign(d, wallet)
	if err != nil {
		t.Fatal(err)
	}
	rec := paywire.Record{Receipt: paywire.SignedReceipt{Receipt: r, Signature: sig}, Items: items}
	if grant {
		s := eip712.Session{Viewer: viewer, Key: common.HexToAddress("0x01"), Limit: big.NewInt(1e18), Expiry: 1 << 40}
		gs, err := s.Sign(d, wallet)
		if err != nil {
			t.Fatal(err)
		}
		rec.Grant = &paywire.SignedGrant{Session: s, Signature: gs}
	}
	return rec
}

func TestStoreSaveLatest(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dir := t.TempDir()
	st, err := OpenStore(ctx, dir, true, nil)
	if err != nil {
		t.Fatal(err)
	}
	wallet, viewer := key(t)
	_, seeder := key(t)
	ih := metainfo.Hash{1, 2, 3}
	if r, err := st.Latest(ctx, viewer, seeder); err != nil || r != nil {
		t.Fatalf("empty store: %v %v", r, err)
	}
	r1 := record(t, wallet, seeder, 1<<20, true, paywire.ItemBytes{InfoHash: ih, Bytes: 1 << 20})
	r2 := record(t, wallet, seeder, 3<<20, false, paywire.ItemBytes{InfoHash: ih, Bytes: 2 << 20})
	for _, r := range []paywire.Record{r1, r2, r1} { // r1 again: older, must not replace r2
		if err := st.Save(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	got, err := st.Latest(ctx, viewer, seeder)
	if err != nil {
		t.Fatal(err)
	}
	if got.Receipt.Receipt.Bytes.Uint64() != 3<<20 || got.Receipt.Receipt.Amount.Cmp(r2.Receipt.Receipt.Amount) != 0 ||
		string(got.Receipt.Signature) != string(r2.Receipt.Signature) || got.Grant != nil {
		t.Fatalf("latest %+v, want r2", got)
	}
	// Survives closing and reopening; the grant round-trips.
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	st, err = OpenStore(ctx, dir, true, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	_, seeder2 := key(t)
	r3 := record(t, wallet, seeder2, 5, true)
	if err := st.Save(ctx, r3); err != nil {
		t.Fatal(err)
	}
	got3, err := st.Latest(ctx, viewer, seeder2)
	if err != nil || got3.Grant == nil || got3.Grant.Session.Limit.Cmp(r3.Grant.Session.Limit) != 0 {
		t.Fatalf("grant did not round-trip: %+v %v", got3, err)
	}
	if got3.Grant.Session.Expiry != r3.Grant.Session.Expiry || got3.Grant.Session.Key != r3.Grant.Session.Key || string(got3.Grant.Signature) != string(r3.Grant.Signature) {
		t.Fatalf("grant differs: %+v", got3.Grant)
	}
	items, err := st.ItemBytes(ctx, seeder)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 1 || items[0].Bytes != 4<<20 { // r1's items count twice: each Save adds its delta
		t.Fatalf("item bytes %+v", items)
	}
}

func TestStoreBatchLifecycle(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st, err := OpenStore(ctx, t.TempDir(), true, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	w1, v1 := key(t)
	w2, v2 := key(t)
	_, seeder := key(t)
	r1, r2 := record(t, w1, seeder, 1<<30, true), record(t, w2, seeder, 1<<29, false)
	for _, r := range []paywire.Record{r1, r2} {
		if err := st.Save(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	id, err := st.CreateBatch(ctx, seeder, []BatchEntry{
		{Viewer: v1, Bytes: 1 << 30, Amount: r1.Receipt.Receipt.Amount, PaidBefore: new(big.Int)},
		{Viewer: v2, Bytes: 1 << 29, Amount: r2.Receipt.Receipt.Amount, PaidBefore: new(big.Int)},
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.MarkBatchSent(ctx, id, common.Hash{9}, 7, []byte{1, 2}); err != nil {
		t.Fatal(err)
	}
	open, err := st.OpenBatches(ctx)
	if err != nil || len(open) != 1 || open[0].State != BatchSent || open[0].TxHash != (common.Hash{9}) || *open[0].Nonce != 7 || len(open[0].Entries) != 2 {
		t.Fatalf("open batches %+v %v", open, err)
	}
	rep, err := BuildReport(ctx, st, seeder, nil)
	if err != nil {
		t.Fatal(err)
	}
	wantPending := new(big.Int).Add(r1.Receipt.Receipt.Amount, r2.Receipt.Receipt.Amount)
	if rep.Totals.Pending != wantPending.String() || rep.Totals.OpenBatches != 1 {
		t.Fatalf("report while in flight %+v", rep.Totals)
	}
	err = st.FinishBatch(ctx, id, BatchResult{State: BatchMined, Block: 5, GasUsed: 100_000, GasCost: big.NewInt(1_000_000), Total: r1.Receipt.Receipt.Amount,
		Entries: []BatchEntry{
			{Viewer: v1, Outcome: OutcomeRedeemed, Payment: r1.Receipt.Receipt.Amount, PaidTotal: r1.Receipt.Receipt.Amount},
			{Viewer: v2, Outcome: OutcomeSkipped, Payment: new(big.Int), SkipReason: "no balance"},
		}})
	if err != nil {
		t.Fatal(err)
	}
	pairs, err := st.Pairs(ctx, seeder)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pairs {
		switch p.Record.Receipt.Receipt.Viewer {
		case v1:
			if p.Unredeemed().Sign() != 0 || p.LastSkip != "" {
				t.Errorf("redeemed pair %+v", p)
			}
		case v2:
			if p.Paid.Sign() != 0 || p.LastSkip != "no balance" {
				t.Errorf("skipped pair %+v", p)
			}
		}
	}
	// SetPaid never lowers.
	if err := st.SetPaid(ctx, v1, seeder, big.NewInt(1)); err != nil {
		t.Fatal(err)
	}
	rep, err = BuildReport(ctx, st, seeder, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Totals.Settled != r1.Receipt.Receipt.Amount.String() || rep.Totals.GasSpent != "1000000" || rep.Totals.Batches != 1 || rep.Totals.PairsSkipped != 1 || rep.Totals.OpenBatches != 0 {
		t.Fatalf("report %+v", rep.Totals)
	}
}

func TestStoreReadOnlyNeedsDatabase(t *testing.T) {
	t.Parallel()
	if _, err := OpenStoreReadOnly(context.Background(), t.TempDir()); !errors.Is(err, ErrNoDatabase) {
		t.Fatalf("err %v, want ErrNoDatabase", err)
	}
}

// fakeEscrow counts reads and fails while failing is set.
type fakeEscrow struct {
	reads   atomic.Int64
	failing atomic.Bool
	delay   time.Duration
}

func (f *fakeEscrow) EscrowBalance(ctx context.Context, _ common.Address) (*big.Int, error) {
	f.reads.Add(1)
	if f.delay > 0 {
		time.Sleep(f.delay)
	}
	if f.failing.Load() {
		return nil, errors.New("connection refused")
	}
	return big.NewInt(100), nil
}

func (f *fakeEscrow) Paid(context.Context, common.Address, common.Address) (*big.Int, error) {
	return big.NewInt(7), nil
}

func TestBalancesCacheAndRefuse(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	now := time.Unix(1000, 0)
	var mu sync.Mutex
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	f := &fakeEscrow{}
	b := NewBalances(f, BalanceConfig{TTL: time.Second, MaxEntries: 2, Now: clock, Retry: retryOnce})
	v := common.HexToAddress("0x01")
	s := common.HexToAddress("0x02")
	for range 3 {
		a, err := b.Account(ctx, v, s)
		if err != nil || a.Available.Int64() != 100 || a.Paid.Int64() != 7 {
			t.Fatalf("account %+v %v", a, err)
		}
	}
	if f.reads.Load() != 1 {
		t.Fatalf("%d reads within the TTL, want 1", f.reads.Load())
	}
	mu.Lock()
	now = now.Add(2 * time.Second)
	mu.Unlock()
	f.failing.Store(true)
	if _, err := b.Account(ctx, v, s); !errors.Is(err, ErrBalanceUnavailable) {
		t.Fatalf("err %v, want ErrBalanceUnavailable", err)
	}
	if b.Len() != 0 {
		t.Fatal("a stale figure survived a failed read")
	}
	f.failing.Store(false)
	for i := range 5 {
		if _, err := b.Account(ctx, common.BigToAddress(big.NewInt(int64(10+i))), s); err != nil {
			t.Fatal(err)
		}
	}
	if b.Len() != 2 {
		t.Fatalf("cache holds %d pairs, bound is 2", b.Len())
	}
}

func TestBalancesConcurrentReadsShareOneCall(t *testing.T) {
	t.Parallel()
	f := &fakeEscrow{delay: 50 * time.Millisecond}
	b := NewBalances(f, BalanceConfig{TTL: time.Minute})
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if _, err := b.Account(context.Background(), common.Address{1}, common.Address{2}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if f.reads.Load() != 1 {
		t.Fatalf("%d reads, want 1", f.reads.Load())
	}
}

var retryOnce = chainRetryOnce()

// TestStoreSaveBatch: SaveBatch stores the newest receipt of several pairs in one transaction,
// adds their item bytes, keeps a newer stored receipt, and stores nothing when one record is
// invalid.
func TestStoreSaveBatch(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st, err := OpenStore(ctx, t.TempDir(), true, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	w1, v1 := key(t)
	w2, v2 := key(t)
	_, seeder := key(t)
	ih := metainfo.Hash{9}
	if err := st.Save(ctx, record(t, w1, seeder, 5<<20, true, paywire.ItemBytes{InfoHash: ih, Bytes: 5 << 20})); err != nil {
		t.Fatal(err)
	}
	batch := []paywire.Record{
		record(t, w1, seeder, 4<<20, true, paywire.ItemBytes{InfoHash: ih, Bytes: 1 << 20}), // older than stored
		record(t, w2, seeder, 2<<20, false, paywire.ItemBytes{InfoHash: ih, Bytes: 2 << 20}),
	}
	if err := st.SaveBatch(ctx, batch); err != nil {
		t.Fatal(err)
	}
	got1, err1 := st.Latest(ctx, v1, seeder)
	got2, err2 := st.Latest(ctx, v2, seeder)
	if err1 != nil || err2 != nil || got1.Receipt.Receipt.Bytes.Uint64() != 5<<20 || got2.Receipt.Receipt.Bytes.Uint64() != 2<<20 {
		t.Fatalf("latest %+v %v, %+v %v; want 5 MiB kept for v1, 2 MiB for v2", got1, err1, got2, err2)
	}
	items, err := st.ItemBytes(ctx, seeder)
	var total uint64
	for _, it := range items {
		total += it.Bytes
	}
	if err != nil || len(items) != 2 || total != 8<<20 {
		t.Fatalf("item bytes %+v %v; want 6 MiB for v1 and 2 MiB for v2", items, err)
	}
	bad := record(t, w2, seeder, 3<<20, false)
	bad.Receipt.Receipt.Amount = nil
	if err := st.SaveBatch(ctx, []paywire.Record{record(t, w1, seeder, 6<<20, false), bad}); err == nil {
		t.Fatal("a batch with an invalid record was stored")
	}
	if got, _ := st.Latest(ctx, v1, seeder); got.Receipt.Receipt.Bytes.Uint64() != 5<<20 {
		t.Fatalf("part of a refused batch was stored: %+v", got)
	}
}
