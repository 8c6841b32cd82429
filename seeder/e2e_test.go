package seeder_test

import (
	"io"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/anacrolix/torrent"

	"github.com/swarmgate/swarmgate/chain/chaintest"
	"github.com/swarmgate/swarmgate/internal/testnet"
	"github.com/swarmgate/swarmgate/paywire"
	"github.com/swarmgate/swarmgate/seeder"
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
	net.Item.CheckDownload(t, tor)
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
		// The status endpoint reports the same figures.
		for path, want := range map[string]string{
			"/metrics": `swarmgate_seeder_settlement_batches_total{state="mined"} 1`,
			"/status":  `"settled": "` + want.String() + `"`,
		} {
			resp, err := http.Get("http://" + node.StatusAddr() + path)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), want) {
				t.Errorf("GET %s: %d, body lacks %q:\n%s", path, resp.StatusCode, want, body)
			}
		}
		t.Logf("seeder %d: %s bytes, paid %s wei, gas %d", i, rec.Receipt.Receipt.Bytes, paid, rep.Totals.GasUsed)
	}
}

// plainDownload starts an ordinary BitTorrent client (no sg_pay) downloading the network's
// item from s.
func plainDownload(t *testing.T, net *testnet.Network, s *testnet.Seeder) *torrent.Torrent {
	t.Helper()
	cl, err := torrent.NewClient(testnet.ClientConfig(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cl.Close() })
	tor, err := cl.AddTorrent(net.Item.MetaInfo)
	if err != nil {
		t.Fatal(err)
	}
	testnet.ConnectSeeders(tor, s)
	tor.DownloadAll()
	return tor
}

// TestPlainClientGetsOneWindow: an ordinary BitTorrent client that sends no receipts gets at most
// one credit window from a node, and is cut off.
func TestPlainClientGetsOneWindow(t *testing.T) {
	t.Parallel()
	const window = 1 << 20
	net := testnet.New(t, testnet.Config{Seeders: 1, Payers: 0, ItemSize: 6 << 20, Seeder: func(_ int, c *seeder.Config) {
		c.CreditWindow = window
	}})
	s := net.Seeders[0]
	tor := plainDownload(t, net, s)
	testnet.WaitFor(t, 30*time.Second, "the cut-off", func() bool {
		st, _ := s.Node().SellerStats()
		return st.CutOffs >= 1
	})
	time.Sleep(300 * time.Millisecond) // anything in flight lands
	st := tor.Stats()
	got := st.BytesReadData.Int64()
	if got > window+16<<10 {
		t.Errorf("plain client received %d bytes; the window is %d", got, window)
	}
	if tor.Complete().Bool() {
		t.Error("plain client completed the download")
	}
	rep, err := s.Node().Earnings(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Viewers) != 0 {
		t.Errorf("receipts recorded for a plain client: %+v", rep.Viewers)
	}
	t.Logf("plain client got %d bytes of a %d window", got, window)
}

// TestSetFreeWhileRunning: an item made free on a running node is served whole to an ordinary
// client, shows as free in the status and the metrics; made paid again, a new plain client gets
// one window.
func TestSetFreeWhileRunning(t *testing.T) {
	t.Parallel()
	const window = 1 << 20
	net := testnet.New(t, testnet.Config{Seeders: 1, Payers: 0, ItemSize: 6 << 20, Seeder: func(_ int, c *seeder.Config) {
		c.CreditWindow = window
	}})
	s := net.Seeders[0]
	node, ih := s.Node(), net.Item.InfoHash
	node.SetFree(ih, true)
	tor := plainDownload(t, net, s)
	testnet.WaitFor(t, time.Minute, "the free download", tor.Complete().Bool)
	st, err := node.Status(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Items) != 1 || !st.Items[0].Free {
		t.Errorf("status items %+v, want the one item free", st.Items)
	}
	resp, err := http.Get("http://" + node.StatusAddr() + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{`swarmgate_seeder_items{pricing="free"} 1`, `swarmgate_seeder_items{pricing="paid"} 0`, "swarmgate_seeder_bytes_uploaded_total "} {
		if !strings.Contains(string(body), want) {
			t.Errorf("metrics lack %q", want)
		}
	}
	if ss, _ := node.SellerStats(); ss.CutOffs != 0 {
		t.Errorf("a free item was metered: %+v", ss)
	}

	node.SetFree(ih, false)
	tor = plainDownload(t, net, s)
	testnet.WaitFor(t, time.Minute, "the cut-off once the item is paid", func() bool {
		ss, _ := node.SellerStats()
		return ss.CutOffs >= 1
	})
	time.Sleep(300 * time.Millisecond) // anything in flight lands
	ts := tor.Stats()
	if got := ts.BytesReadData.Int64(); got > window+16<<10 || tor.Complete().Bool() {
		t.Errorf("plain client received %d bytes of a paid item; the window is %d", got, window)
	}
}

// TestBalanceRunsOut: a viewer whose escrow balance covers 2 MiB (under a grant that would allow
// more) is cut off: for credit, before its unpaid bytes pass what the balance can pay, or when it
// signs past its balance. The seeder keeps such a receipt, because it binds the viewer, and
// settling takes what the newest receipt says up to the deposit, and not a wei more. (The seller
// used to reject a receipt past the balance: when the seeder had written more than the deposit
// before the viewer identified itself, as on a fast machine, it was left with nothing.)
func TestBalanceRunsOut(t *testing.T) {
	t.Parallel()
	price := big.NewInt(3_000_000_000_000_000)
	deposit := paywire.Cost(2<<20, price)
	net := testnet.New(t, testnet.Config{Seeders: 1, Payers: 1, ItemSize: 24 << 20, Deposit: deposit, PricePerGiB: price,
		GrantLimit: big.NewInt(1e18)})
	s, p := net.Seeders[0], net.Payers[0]
	tor := p.Start()
	t.Cleanup(func() {
		if t.Failed() {
			st, _ := s.Node().SellerStats()
			t.Logf("seller %+v; payer %+v; viewer has %d of %d bytes", st, p.Payer.Stats(), tor.BytesCompleted(), tor.Length())
		}
	})
	testnet.WaitFor(t, time.Minute, "the cut-off", func() bool {
		st, _ := s.Node().SellerStats()
		return st.CutOffs >= 1
	})
	if tor.Complete().Bool() {
		t.Fatal("a viewer without balance completed the download")
	}
	// The seller credits only what the escrow can pay (SPEC.md §8): it cuts the viewer off for
	// credit before the deposit runs out, or keeps the one receipt that went past it.
	st, _ := s.Node().SellerStats()
	if st.ReceiptsRejected != 0 || st.ReceiptsUnderfunded+st.CreditCutOffs == 0 || st.ReceiptsUnderfunded > 1 {
		t.Errorf("seller stats %+v; want a cut-off for credit or one underfunded receipt kept, none rejected", st)
	}
	ctx := t.Context()
	rec, err := s.Node().Store().Latest(ctx, p.Viewer, s.Payout)
	if err != nil {
		t.Fatal(err)
	}
	// On a fast link the seller can write past what the deposit covers before the viewer
	// identifies itself, and cut it off for credit before its first receipt arrives.
	amount := new(big.Int)
	switch {
	case rec != nil:
		amount = rec.Receipt.Receipt.Amount
	case st.CreditCutOffs == 0:
		t.Fatal("no receipt stored, and the viewer was not cut off for credit")
	}
	if past := amount.Cmp(deposit) > 0; past != (st.ReceiptsUnderfunded == 1) {
		t.Fatalf("the newest stored receipt is for %s wei against a deposit of %s, with %d underfunded receipts kept", amount, deposit, st.ReceiptsUnderfunded)
	}
	if err := s.Node().Settle(ctx); err != nil {
		t.Fatal(err)
	}
	paid, err := net.Chain.Client.Paid(ctx, p.Viewer, s.Payout)
	if err != nil {
		t.Fatal(err)
	}
	want := new(big.Int).Set(amount)
	if want.Cmp(deposit) > 0 {
		want.Set(deposit)
	}
	if paid.Cmp(want) != 0 {
		t.Errorf("paid %s, want %s (receipt for %s, deposit %s)", paid, want, amount, deposit)
	}
	left, err := net.Chain.Client.EscrowBalance(ctx, p.Viewer)
	if err != nil || new(big.Int).Add(left, paid).Cmp(deposit) != 0 {
		t.Errorf("escrow balance after settling %v (err %v), want the deposit %s less the %s paid", left, err, deposit, paid)
	}
}

// TestWithdrawalRedeemedBeforeUnlock: the chore leaves a small receipt alone while it is not worth
// the gas, redeems it as soon as the viewer asks to withdraw (the unlock falls inside the
// margin), and the viewer's withdrawal afterwards takes nothing the seeder was paid.
func TestWithdrawalRedeemedBeforeUnlock(t *testing.T) {
	t.Parallel()
	const unlock = 3 * time.Second
	net := testnet.New(t, testnet.Config{Seeders: 1, Payers: 1, ItemSize: 4 << 20,
		Chain: chaintest.Options{UnlockDelay: unlock},
		Seeder: func(_ int, c *seeder.Config) {
			c.SettleInterval = 200 * time.Millisecond
			c.SettleMargin = time.Minute
			c.SettleThreshold = 1e12 // never worth the gas on its own
		}})
	s, p := net.Seeders[0], net.Payers[0]
	tor := p.Start()
	testnet.WaitFor(t, time.Minute, "the download", tor.Complete().Bool)
	ctx := t.Context()
	var rec *paywire.Record
	testnet.WaitFor(t, 30*time.Second, "the last receipt", func() bool {
		rec, _ = s.Node().Store().Latest(ctx, p.Viewer, s.Payout)
		return rec != nil && rec.Receipt.Receipt.Bytes.Uint64() == uint64(len(net.Item.Cipher))
	})
	time.Sleep(time.Second) // several settlement rounds
	if paid, err := net.Chain.Client.Paid(ctx, p.Viewer, s.Payout); err != nil || paid.Sign() != 0 {
		t.Fatalf("redeemed %v (err %v) although not worth the gas and no withdrawal pending", paid, err)
	}
	bal, err := net.Chain.Client.EscrowBalance(ctx, p.Viewer)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := net.Chain.Client.RequestWithdraw(ctx, chaintest.TransactOpts(p.Wallet), bal); err != nil {
		t.Fatal(err)
	}
	want := rec.Receipt.Receipt.Amount
	testnet.WaitFor(t, unlock, "the redeem before the unlock", func() bool {
		paid, err := net.Chain.Client.Paid(ctx, p.Viewer, s.Payout)
		return err == nil && paid.Cmp(want) == 0
	})
	w, err := net.Chain.Client.PendingWithdrawal(ctx, p.Viewer)
	if err != nil {
		t.Fatal(err)
	}
	// The dev chain mines only when a transaction arrives, and its clock can run ahead of the
	// wall clock: mine blocks until one is past the unlock.
	time.Sleep(time.Until(w.UnlockAt))
	testnet.WaitFor(t, 30*time.Second, "the withdrawal to unlock", func() bool {
		_, err := net.Chain.Client.Withdraw(ctx, chaintest.TransactOpts(p.Wallet))
		if err != nil {
			net.Fund(net.Chain.Addr(2), big.NewInt(1)) // a block
			time.Sleep(200 * time.Millisecond)
		}
		return err == nil
	})
	earned, err := net.Chain.Client.Earnings(ctx, s.Payout)
	if err != nil {
		t.Fatal(err)
	}
	if earned.Cmp(want) != 0 {
		t.Errorf("seeder earnings %s after the withdrawal, receipt %s", earned, want)
	}
	if left, err := net.Chain.Client.EscrowBalance(ctx, p.Viewer); err != nil || left.Sign() != 0 {
		t.Errorf("escrow balance after withdrawal %v (err %v)", left, err)
	}
}
