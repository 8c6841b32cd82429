package main

import (
	"context"
	"encoding/json"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/chaintest"
	"github.com/swarmgate/swarmgate/contracts/bindings/testbindings"
)

// TestAccessBuyInTokenAndEscrowWithdraw: `access buy` of an item priced in an ERC-20 approves
// the registry for exactly the price (nothing is left approved afterwards) and buys it as a gift
// for another address; `escrow withdraw` requests a withdrawal, refuses to complete it before the
// unlock delay with the time it unlocks, and completes it after.
func TestAccessBuyInTokenAndEscrowWithdraw(t *testing.T) {
	n := newViewerNet(t, chaintest.Options{UnlockDelay: 3 * time.Second})
	ctx := context.Background()
	token := deployToken(t, n.env, "TUSD", 6)
	id, _ := n.upload(t, 200_000, append([]string{"--price", "1.25", "--currency", token.Hex(), "--direct"}, n.chainArgs()...)...)

	buyer, friend := n.env.Accounts[3], n.env.Accounts[7]
	tok := testbindings.NewTestERC20()
	tx, err := bind.Transact(tok.Instance(n.env.Chain.Client(), token), n.env.Opts(3), tok.PackMint(buyer.Address, big.NewInt(2_000_000)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chain.WaitMined(ctx, n.env.Chain.Client(), tx.Hash(), chaintest.Poll); err != nil {
		t.Fatal(err)
	}
	if _, _, err := runCapture(t, ctx, append([]string{"access", "buy", id, "--yes", "--max-price", "1.2", "--dev-key", n.devKey(3)}, n.chainArgs()...)...); err == nil ||
		!strings.Contains(err.Error(), "costs 1.25 TUSD") {
		t.Fatalf("buy above --max-price: %v", err)
	}
	out, _ := mustRun(t, ctx, append([]string{"--json", "access", "buy", id, "--yes", "--for", friend.Address.Hex(), "--dev-key", n.devKey(3)}, n.chainArgs()...)...)
	var res accessResult
	if err := json.Unmarshal([]byte(out), &res); err != nil || res.Approve == "" || res.Tx == "" || res.Account != friend.Address.Hex() || res.Price != "1250000" {
		t.Fatalf("access buy in TUSD: %v %s", err, out)
	}
	left, err := n.env.Client.Allowance(ctx, token, buyer.Address, n.env.Deployment.Registry)
	if err != nil || left.Sign() != 0 {
		t.Fatalf("allowance left after the purchase: %v %v", left, err)
	}
	bal, _ := n.env.Client.TokenBalance(ctx, token, buyer.Address)
	if bal.Int64() != 750_000 {
		t.Fatalf("buyer's TUSD balance %v, want 0.75", bal)
	}
	idn, _ := new(big.Int).SetString(id, 10)
	if a, err := n.env.Client.Access(ctx, idn, friend.Address); err != nil || !a.Allowed {
		t.Fatalf("the gift: %+v %v", a, err)
	}

	// Escrow: deposit, request, refused early, completed after the delay.
	mustRun(t, ctx, append([]string{"escrow", "deposit", "0.02", "--dev-key", n.devKey(3)}, n.chainArgs()...)...)
	out, _ = mustRun(t, ctx, append([]string{"--json", "escrow", "withdraw", "--amount", "0.015", "--dev-key", n.devKey(3)}, n.chainArgs()...)...)
	var esc escrowResult
	if err := json.Unmarshal([]byte(out), &esc); err != nil || esc.Pending != "15000000000000000" || esc.UnlockAt == "" {
		t.Fatalf("withdraw request: %v %s", err, out)
	}
	if _, _, err := runCapture(t, ctx, append([]string{"escrow", "withdraw", "--dev-key", n.devKey(3)}, n.chainArgs()...)...); err == nil || !strings.Contains(err.Error(), "unlocks at") {
		t.Fatalf("early completion: %v", err)
	}
	unlock, err := time.Parse(time.RFC3339, esc.UnlockAt)
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Until(unlock) + 1500*time.Millisecond)
	// The dev chain seals blocks only for transactions: one from someone else moves its clock
	// past the unlock time, as a live chain's blocks would.
	mustRun(t, ctx, append([]string{"escrow", "deposit", "0.001", "--dev-key", n.devKey(2)}, n.chainArgs()...)...)
	out, _ = mustRun(t, ctx, append([]string{"--json", "escrow", "withdraw", "--dev-key", n.devKey(3)}, n.chainArgs()...)...)
	esc = escrowResult{}
	if err := json.Unmarshal([]byte(out), &esc); err != nil || esc.Withdrawn != "15000000000000000" || esc.Balance != "5000000000000000" || esc.Pending != "" {
		t.Fatalf("withdraw completion: %v %s", err, out)
	}
	if _, _, err := runCapture(t, ctx, append([]string{"escrow", "deposit", "0", "--dev-key", n.devKey(3)}, n.chainArgs()...)...); err == nil || !strings.Contains(err.Error(), "is zero") {
		t.Fatalf("zero deposit: %v", err)
	}
}
