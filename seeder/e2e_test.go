package seeder_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/swarmgate/swarmgate/internal/testnet"
	"github.com/swarmgate/swarmgate/paywire"
)

// TestPaidDownloadSettlesOnChain: a paying viewer downloads a sealed item from two seeders; after
// settlement each seeder is paid on-chain exactly what its newest receipt says, and the
// ciphertext opens to the original bytes.
func TestPaidDownloadSettlesOnChain(t *testing.T) {
	t.Parallel()
	net := testnet.New(t, testnet.Config{Seeders: 2, Payers: 1, ItemSize: 6 << 20})
	p := net.Payers[0]
	tor := p.Start()
	testnet.WaitFor(t, 2*time.Minute, "the download", tor.Complete().Bool)
	ct, err := testnet.ReadAll(tor)
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := net.Item.Open(ct); err != nil || !ok {
		t.Fatalf("downloaded ciphertext does not open to the original: ok=%v err=%v", ok, err)
	}
	ctx := t.Context()
	// Every verified byte gets paid to one of the seeders.
	testnet.WaitFor(t, 30*time.Second, "receipts covering the item", func() bool {
		var sum uint64
		for _, s := range net.Seeders {
			if r, _ := s.Node().Store().Latest(ctx, p.Viewer, s.Payout); r != nil {
				sum += r.Receipt.Receipt.Bytes.Uint64()
			}
		}
		return sum == uint64(len(net.Item.Cipher))
	})
	for i, s := range net.Seeders {
		node := s.Node()
		rec, err := node.Store().Latest(ctx, p.Viewer, s.Payout)
		if err != nil || rec == nil {
			t.Fatalf("seeder %d: no receipt stored: %v", i, err)
		}
		if err := node.Settle(ctx); err != nil {
			t.Fatalf("seeder %d settle: %v", i, err)
		}
		paid, err := net.Chain.Client.Paid(ctx, p.Viewer, s.Payout)
		if err != nil {
			t.Fatal(err)
		}
		want := rec.Receipt.Receipt.Amount
		if paid.Cmp(want) != 0 {
			t.Errorf("seeder %d: paid on chain %s, newest receipt %s", i, paid, want)
		}
		if want.Cmp(paywire.Cost(rec.Receipt.Receipt.Bytes.Uint64(), big.NewInt(3_000_000_000_000_000))) != 0 {
			t.Errorf("seeder %d: amount %s is not the price of %s bytes", i, want, rec.Receipt.Receipt.Bytes)
		}
		earned, err := net.Chain.Client.Earnings(ctx, s.Payout)
		if err != nil || earned.Cmp(want) != 0 {
			t.Errorf("seeder %d: earnings %v (err %v), want %s", i, earned, err, want)
		}
		rep, err := node.Earnings(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if rep.Totals.Settled != want.String() || rep.Totals.Unredeemed != "0" || rep.Totals.Batches != 1 || rep.Totals.GasUsed == 0 {
			t.Errorf("seeder %d report totals %+v", i, rep.Totals)
		}
		if len(rep.Items) != 1 || rep.Items[0].InfoHash != net.Item.InfoHash.HexString() || rep.Items[0].BytesServed == 0 {
			t.Errorf("seeder %d report items %+v", i, rep.Items)
		}
		// A second round finds nothing to do.
		if err := node.Settle(ctx); err != nil {
			t.Fatal(err)
		}
		if st, _ := node.SettleStats(); st.BatchesSent != 1 || st.PairsRedeemed != 1 {
			t.Errorf("seeder %d settlement stats %+v", i, st)
		}
		t.Logf("seeder %d: %s bytes, paid %s wei, gas %d", i, rec.Receipt.Receipt.Bytes, paid, rep.Totals.GasUsed)
	}
}
