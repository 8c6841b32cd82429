package platform_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/swarmgate/swarmgate/chain/chaintest"
	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/internal/testnet"
	"github.com/swarmgate/swarmgate/internal/testnet/platform"
	"github.com/swarmgate/swarmgate/seeder"
	"github.com/swarmgate/swarmgate/store/storetest"
)

// journeyPrice is the network's bandwidth price, wei per GiB; the origin asks twice as much.
var journeyPrice = big.NewInt(3_000_000_000_000_000)

// TestJourney runs the whole platform the way its users do, on the in-process dev chain, with
// the gateway on SQLite and on PostgreSQL (see journey).
func TestJourney(t *testing.T) {
	for _, b := range storetest.Backends {
		t.Run(b.Name, func(t *testing.T) {
			dsn := ""
			if b.Name != "sqlite" {
				dsn = b.DSN(t)
			}
			n := platform.New(t, journeyConfig(testnet.Config{Chain: chaintest.Options{FeeBps: 250}}, dsn))
			journey(t, n, n.Chain.Accounts[0].Key)
		})
	}
}

// journeyConfig is the journey's platform on cfg's chain, with the gateway's database at dsn
// ("" for SQLite): two seeders (started by the journey), the network's price, and an origin
// asking twice that price with a credit window of 256 KiB, so that a viewer refusing its price
// gets little from it unpaid.
func journeyConfig(cfg testnet.Config, dsn string) platform.Config {
	cfg.Seeders, cfg.NoStart, cfg.PricePerGiB = 2, true, journeyPrice
	return platform.Config{Config: cfg, Gateway: platform.GatewayConfig{
		DatabaseDSN: dsn, OriginPricePerGiB: new(big.Int).Mul(journeyPrice, big.NewInt(2)),
		Origin: func(c *seeder.Config) { c.CreditWindow = 256 << 10 },
	}}
}

// journey: a creator uploads a priced item with a revenue split and registers it gaslessly
// (through the gateway's API, as `swarmgate content upload` does); viewer A buys it, B buys it
// for itself and as a gift for C (`swarmgate access buy [--for]`, run as a process like every
// money command here); all three deposit into the escrow (`swarmgate escrow deposit`). Two seeders join the gateway for the item. A watches it with seeks (HTTP Range on its
// local URL) to the end, earning from what it serves; B watches parts with seeks; then the
// seeders leave and C downloads the whole item, from A (the origin asks more than C pays).
// Every seller settles on-chain exactly the receipts it holds (never more than a viewer signed)
// and withdraws (`swarmgate seeder withdraw`); the creator, the payee and the fee recipient
// withdraw the sales revenue (`swarmgate revenue withdraw`). The books balance to the
// wei: buyers paid = creator + payee + platform fee; the escrows lost = what the seeders, the
// origin and A gained; every account's balance moved by exactly its transactions' values and gas
// and its withdrawals, and nothing else moved. feeKey is the fee recipient's key.
func journey(t *testing.T, n *platform.Network, feeKey *ecdsa.PrivateKey) {
	ctx := n.Ctx()
	cc := n.Chain.Client
	g := n.Gateway
	oneEth, price, deposit := big.NewInt(1e18), big.NewInt(1e16), big.NewInt(1e16)
	fee, err := cc.Fee(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if fee.Recipient != addrOf(feeKey) {
		t.Fatalf("fee recipient %s is not the key given", fee.Recipient.Hex())
	}

	creator := n.AddCreator(big.NewInt(1e17)) // gas for its withdrawal only
	payeeKey, payee := chaintest.NewKey(t)
	n.Fund(payee, big.NewInt(1e17))
	a, b, c := n.AddViewer(oneEth), n.AddViewer(oneEth), n.AddViewer(oneEth)
	seeders := n.Seeders
	accounts := map[string]common.Address{
		"creator": creator.Account, "payee": payee, "viewer A": a.Account, "viewer B": b.Account, "viewer C": c.Account,
		"seeder 0": seeders[0].Payout, "seeder 1": seeders[1].Payout, "origin": g.Origin, "relayer": g.Relayer,
		"fee": fee.Recipient, "funder": n.Funder(),
	}
	books := n.OpenBooks(accounts)

	// 1. The creator uploads and registers gaslessly (the gateway's relayer pays).
	plain := make([]byte, 3<<20+4321)
	if _, err := rand.Read(plain); err != nil {
		t.Fatal(err)
	}
	policy := eip712.Policy{Model: eip712.ModelBuy, Price: price,
		Payees: []eip712.Payee{{Account: creator.Account, ShareBps: 7000}, {Account: payee, ShareBps: 3000}}}
	id := creator.Upload(plain, platform.UploadOptions{Title: "Journey", Policy: policy})
	cid, _ := new(big.Int).SetString(id, 10)
	item, err := cc.Content(ctx, cid)
	if err != nil {
		t.Fatal(err)
	}
	if who, err := cc.CreatorOf(ctx, cid); err != nil || who != creator.Account || item.Policy.Price.Cmp(price) != 0 || len(item.Policy.Payees) != 2 {
		t.Fatalf("registered item %+v by %s: %v", item, who.Hex(), err)
	}
	if nonce := pendingNonce(t, n, creator.Account); nonce != 0 {
		t.Fatalf("the creator sent %d transactions to register; gasless registration sends none", nonce)
	}

	// 2. Buying, with `swarmgate access buy`: A for itself, B for itself and as a gift for C;
	// everyone deposits with `swarmgate escrow deposit`.
	sg := cli{bin: swarmgateBinary(t), n: n}
	var bought struct {
		Allowed bool   `json:"allowed"`
		Price   string `json:"price"`
		Tx      string `json:"tx"`
	}
	for _, buy := range []struct {
		v    *platform.Viewer
		gift []string
	}{{a, nil}, {b, nil}, {b, []string{"--for", c.Account.Hex()}}} {
		sg.json(t, buy.v.Key, &bought, append([]string{"access", "buy", id, "--yes", "--max-price", "0.01"}, buy.gift...)...)
		if !bought.Allowed || bought.Price != price.String() || bought.Tx == "" {
			t.Fatalf("access buy: %+v", bought)
		}
	}
	for _, v := range []*platform.Viewer{a, b, c} {
		acc, err := cc.Access(ctx, cid, v.Account)
		if err != nil || !acc.Allowed {
			t.Fatalf("viewer %d has no access after buying: %+v %v", v.Index, acc, err)
		}
		var esc struct {
			Balance string `json:"balance_wei"`
		}
		sg.json(t, v.Key, &esc, "escrow", "deposit", "0.01")
		if esc.Balance != deposit.String() {
			t.Fatalf("escrow deposit: balance %s", esc.Balance)
		}
	}

	// 3. Two seeders join the gateway for the item and fetch it.
	for _, s := range seeders {
		s.Join(g.URL, id)
		s.Start()
	}
	for _, s := range seeders {
		s.WaitComplete(90 * time.Second)
	}

	// 4. A watches with seeks, to the end, selling what it has to others.
	a.Watch(id, platform.WatchOptions{Earn: true})
	size := len(plain)
	for _, r := range [][2]int{{size - 200_000, size - 100_001}, {size / 2, size/2 + 70_000}, {0, 99_999}, {0, size - 1}} {
		checkRange(t, a.URL(), plain, r[0], r[1])
	}
	if res := a.Wait(90 * time.Second); !res.OK {
		t.Fatalf("A's plaintext does not match the on-chain hash: %+v", res)
	}

	// 5. B watches parts with seeks, then stops.
	b.Watch(id, platform.WatchOptions{})
	for _, r := range [][2]int{{2 * size / 3, 2*size/3 + 150_000}, {100_000, 300_000}, {size - 5000, size - 1}} {
		checkRange(t, b.URL(), plain, r[0], r[1])
	}
	b.Stop()

	// 6. The seeders leave; C downloads the whole item, from A (the origin asks more than C pays).
	for _, s := range seeders {
		s.Stop()
	}
	vc := c.Watch(id, platform.WatchOptions{NoServe: true, MaxPricePerGiB: journeyPrice})
	rctx, cancelRead := context.WithTimeout(ctx, 90*time.Second)
	defer cancelRead()
	rd, err := vc.NewReader(rctx)
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(rd)
	rd.Close()
	if err != nil || !bytes.Equal(got, plain) {
		t.Fatalf("C read %d bytes (equal %v): %v", len(got), bytes.Equal(got, plain), err)
	}
	if res := c.Wait(60 * time.Second); !res.OK {
		t.Fatalf("C's plaintext does not match the on-chain hash: %+v", res)
	}
	c.Stop()

	// 7. Settlement: A's chore settles what C paid it; the seeders (back) and the origin settle
	// on demand. On-chain, every seller is paid exactly the receipts it holds, and no pair more
	// than the viewer signed.
	aReport := func(ctx context.Context) (*seeder.Report, error) {
		st, err := seeder.OpenStoreReadOnly(ctx, filepath.Join(a.DataDir, "earnings"))
		if err != nil {
			return nil, err
		}
		defer st.Close()
		return seeder.BuildReport(ctx, st, a.Account, journeyPrice)
	}
	testnet.WaitFor(t, 60*time.Second, "A's settlement chore to redeem its receipts", func() bool {
		rep, err := aReport(ctx)
		return err == nil && rep.Totals.Earned != "0" && rep.Totals.Unredeemed == "0" && rep.Totals.Pending == "0"
	})
	a.Stop()
	for _, s := range seeders {
		s.Start()
		if err := s.Node().Settle(ctx); err != nil {
			t.Fatalf("seeder %d settles: %v", s.Index, err)
		}
	}
	if err := g.OriginNode().Settle(ctx); err != nil {
		t.Fatalf("origin settles: %v", err)
	}
	sellers := map[string]*ecdsa.PrivateKey{"seeder 0": seeders[0].Key, "seeder 1": seeders[1].Key, "origin": g.OriginKey, "viewer A": a.Key}
	held := map[common.Address]*seeder.Report{g.Origin: earnings(t, g.OriginNode().Earnings)}
	for _, s := range seeders {
		held[s.Payout] = earnings(t, s.Node().Earnings)
	}
	held[a.Account] = earnings(t, aReport)
	settled := new(big.Int)
	for s, rep := range held {
		bySeller := new(big.Int)
		for _, v := range []*platform.Viewer{a, b, c} {
			onchain, err := cc.Paid(ctx, v.Account, s)
			if err != nil {
				t.Fatal(err)
			}
			signed := v.PaidTotal(s)
			if onchain.Cmp(signed) > 0 {
				t.Errorf("viewer %d → %s: settled %s wei, more than its receipts say (%s)", v.Index, s.Hex(), onchain, signed)
			} else if onchain.Cmp(signed) < 0 {
				t.Logf("viewer %d → %s: signed receipts for %s wei, the seller got and settled %s (the last receipt was lost on the way out)", v.Index, s.Hex(), signed, onchain)
			}
			bySeller.Add(bySeller, onchain)
		}
		if rep.Totals.Earned != bySeller.String() || rep.Totals.Unredeemed != "0" {
			t.Errorf("%s holds receipts for %s wei (%s unredeemed); the escrow paid it %s", s.Hex(), rep.Totals.Earned, rep.Totals.Unredeemed, bySeller)
		}
		settled.Add(settled, bySeller)
	}
	if earnedA, _ := cc.Paid(ctx, c.Account, a.Account); earnedA.Sign() == 0 {
		t.Error("A served C nothing it was paid for")
	}

	// 8. Withdrawals: every seller's earnings (`swarmgate seeder withdraw`), every payee's
	// revenue (`swarmgate revenue withdraw`).
	earned := new(big.Int)
	for name, k := range sellers {
		amt, err := cc.Earnings(ctx, addrOf(k))
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s earned %s wei", name, amt)
		if amt.Sign() == 0 {
			continue
		}
		books.Transfer(n.Deployment().Escrow, addrOf(k), amt)
		var w struct {
			Amount string `json:"amount"`
		}
		if sg.json(t, k, &w, "seeder", "withdraw", "--to", addrOf(k).Hex()); w.Amount != amt.String() {
			t.Fatalf("%s: seeder withdraw paid %s, earnings were %s", name, w.Amount, amt)
		}
		earned.Add(earned, amt)
	}
	revenue := map[string]*big.Int{}
	for name, k := range map[string]*ecdsa.PrivateKey{"creator": creator.Key, "payee": payeeKey, "fee": feeKey} {
		owed, err := cc.Owed(ctx, addrOf(k), common.Address{})
		if err != nil {
			t.Fatal(err)
		}
		revenue[name] = owed
		books.Transfer(n.Deployment().Registry, addrOf(k), owed)
		var w struct {
			Amount string `json:"amount"`
		}
		if sg.json(t, k, &w, "revenue", "withdraw"); w.Amount != owed.String() {
			t.Fatalf("%s: revenue withdraw paid %s, %s was owed", name, w.Amount, owed)
		}
	}

	// 9. The books.
	sales := new(big.Int).Mul(price, big.NewInt(3))
	wantFee := new(big.Int).Div(new(big.Int).Mul(sales, big.NewInt(int64(fee.Bps))), big.NewInt(10_000))
	if sum := new(big.Int).Add(revenue["creator"], new(big.Int).Add(revenue["payee"], revenue["fee"])); sum.Cmp(sales) != 0 {
		t.Errorf("buyers paid %s wei; creator %s + payee %s + fee %s = %s", sales, revenue["creator"], revenue["payee"], revenue["fee"], sum)
	}
	if revenue["fee"].Cmp(wantFee) != 0 {
		t.Errorf("platform fee %s, want %s (%d bps of %s)", revenue["fee"], wantFee, fee.Bps, sales)
	}
	net := new(big.Int).Sub(sales, wantFee)
	if want := new(big.Int).Div(new(big.Int).Mul(net, big.NewInt(3000)), big.NewInt(10_000)); revenue["payee"].Cmp(want) != 0 {
		t.Errorf("payee got %s, want 30%% of %s = %s", revenue["payee"], net, want)
	}
	lost := new(big.Int)
	for _, v := range []*platform.Viewer{a, b, c} {
		bal, err := cc.EscrowBalance(ctx, v.Account)
		if err != nil {
			t.Fatal(err)
		}
		lost.Add(lost, new(big.Int).Sub(deposit, bal))
	}
	if lost.Cmp(earned) != 0 || lost.Cmp(settled) != 0 || lost.Sign() == 0 {
		t.Errorf("the escrows lost %s wei; the sellers earned %s and the pairs settled %s", lost, earned, settled)
	}
	t.Logf("sales %s wei (fee %s), bandwidth %s wei", sales, revenue["fee"], lost)
	books.Check()
}

// cli runs the swarmgate command against the network's chain, as a separate process.
type cli struct {
	bin string
	n   *platform.Network
}

// json runs `swarmgate --json ARGS --rpc-url … --deployment …` signing with key (given through
// SWARMGATE_DEV_KEY, not the command line) and decodes its output into out.
func (c cli) json(t *testing.T, key *ecdsa.PrivateKey, out any, args ...string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	home := t.TempDir()
	cmd := exec.CommandContext(ctx, c.bin, append(append([]string{"--json"}, args...), "--rpc-url", c.n.RPCURL(), "--deployment", c.n.DeploymentFile)...)
	cmd.Env = append(os.Environ(), "HOME="+home, "XDG_CONFIG_HOME="+home, "SWARMGATE_DEV_KEY="+hex.EncodeToString(crypto.FromECDSA(key)))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	res, err := cmd.Output()
	if err != nil {
		t.Fatalf("swarmgate %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	if err := json.Unmarshal(res, out); err != nil {
		t.Fatalf("swarmgate %s printed %q: %v", strings.Join(args, " "), res, err)
	}
}

// earnings reads a seller's report of the receipts it holds.
func earnings(t *testing.T, report func(context.Context) (*seeder.Report, error)) *seeder.Report {
	t.Helper()
	rep, err := report(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func addrOf(k *ecdsa.PrivateKey) common.Address { return chaintest.TransactOpts(k).From }

func pendingNonce(t *testing.T, n *platform.Network, a common.Address) uint64 {
	t.Helper()
	nonce, err := n.Chain.Client.Backend().PendingNonceAt(n.Ctx(), a)
	if err != nil {
		t.Fatal(err)
	}
	return nonce
}

// checkRange fetches bytes [from, to] of url and fails the test unless they are plain's.
func checkRange(t *testing.T, url string, plain []byte, from, to int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	req.Header.Set("Range", fmt.Sprintf("bytes=%d-%d", from, to))
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil || res.StatusCode != http.StatusPartialContent || !bytes.Equal(body, plain[from:to+1]) {
		t.Fatalf("range %d-%d of %s: status %d, %d bytes, equal %v, %v", from, to, url, res.StatusCode, len(body), bytes.Equal(body, plain[from:to+1]), err)
	}
}
