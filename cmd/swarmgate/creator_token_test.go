package main

import (
	"context"
	"encoding/json"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/chaintest"
	"github.com/swarmgate/swarmgate/contracts/bindings/testbindings"
	"github.com/swarmgate/swarmgate/gwclient"
)

// deployToken deploys a mintable ERC-20 with decimals from dev account 0.
func deployToken(t *testing.T, env *chaintest.Env, symbol string, decimals uint8) common.Address {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	opts := *env.Opts(0)
	opts.Context = ctx
	addr, tx, err := bind.DeployContract(&opts, common.FromHex(testbindings.TestERC20MetaData.Bin), env.Chain.Client(),
		testbindings.NewTestERC20().PackConstructor("Test "+symbol, symbol, decimals))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chain.WaitMined(ctx, env.Chain.Client(), tx.Hash(), chaintest.Poll); err != nil {
		t.Fatal(err)
	}
	return addr
}

// TestCreatorPricesInToken: a price in an ERC-20 is read in the token's own decimals (read
// from the chain), registration is sent from the creator's wallet (--direct), a viewer pays in
// the token, and the creator sees and withdraws that revenue per currency; the channel price
// is set in the token too. Amounts more precise than the token, or a currency that is no token,
// are refused before anything is sent.
func TestCreatorPricesInToken(t *testing.T) {
	n := newCreatorNet(t, 0)
	ctx := context.Background()
	token := deployToken(t, n.env, "TUSD", 6)
	creator, viewer := n.env.Accounts[1], n.env.Accounts[3]
	file, _ := writeRandomFile(t, "lesson.mp4", 700_000)
	base := append(append([]string{"content", "upload", file, "--title", "Lesson", "--currency", token.Hex(), "--state-file", n.state}, n.args(1)...), n.chainArgs()...)

	for _, tc := range []struct{ price, currency, want string }{
		{"0.0000001", token.Hex(), "more precise than the currency allows (6 decimals)"},
		{"1", creator.Address.Hex(), "is not an ERC-20 token on this chain"},
	} {
		args := append(append([]string{}, base...), "--price", tc.price, "--currency", tc.currency)
		code, _, stderr := runExit(t, args...)
		if code != 1 || !strings.Contains(stderr, tc.want) {
			t.Fatalf("price %s %s: exit %d:\n%s", tc.price, tc.currency, code, stderr)
		}
	}

	out, _ := mustRun(t, ctx, append([]string{"--json"}, append(base, "--price", "1.25", "--direct")...)...)
	var res uploadResult
	if err := json.Unmarshal([]byte(out), &res); err != nil || res.Registration != "direct" || res.Tx == "" {
		t.Fatalf("upload: %v %s", err, out)
	}
	it, err := gwclient.New(n.url, nil).Content(ctx, res.ContentID)
	if err != nil || it.Policy.Kind != "buy" || it.Policy.Price != "1250000" || !strings.EqualFold(it.Policy.Currency, token.Hex()) {
		t.Fatalf("catalog policy %+v %v", it.Policy, err)
	}

	// The viewer pays 1.25 TUSD: minted, approved, bought at the stated terms.
	price := big.NewInt(1_250_000)
	tok := testbindings.NewTestERC20()
	tx, err := bind.Transact(tok.Instance(n.env.Chain.Client(), token), n.env.Opts(3), tok.PackMint(viewer.Address, price))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chain.WaitMined(ctx, n.env.Chain.Client(), tx.Hash(), chaintest.Poll); err != nil {
		t.Fatal(err)
	}
	if _, err := n.env.Client.Approve(ctx, n.env.Opts(3), token, n.env.Deployment.Registry, price); err != nil {
		t.Fatal(err)
	}
	id, _ := new(big.Int).SetString(res.ContentID, 10)
	if _, _, err := n.env.Client.Purchase(ctx, n.env.Opts(3), id, viewer.Address, chain.Terms{Price: price, Currency: token}); err != nil {
		t.Fatalf("purchase in TUSD: %v", err)
	}

	out, _ = mustRun(t, ctx, append([]string{"--json", "revenue", "show", "--currency", token.Hex(), "--account", creator.Address.Hex()}, n.chainArgs()...)...)
	var shown revenueResult
	if err := json.Unmarshal([]byte(out), &shown); err != nil || len(shown.Owed) != 2 || shown.Owed[0].Owed != "0" ||
		shown.Owed[1].Owed != "1250000" || shown.Owed[1].Amount != "1.25" || shown.Owed[1].Symbol != "TUSD" || shown.Owed[1].Decimals != 6 {
		t.Fatalf("revenue show: %v %s", err, out)
	}
	out, _ = mustRun(t, ctx, append([]string{"--json", "revenue", "withdraw", "--currency", token.Hex(), "--dev-key", n.devKey(1)}, n.chainArgs()...)...)
	var wd revenueWithdrawResult
	if err := json.Unmarshal([]byte(out), &wd); err != nil || wd.Amount != "1250000" || !strings.EqualFold(wd.Currency, token.Hex()) {
		t.Fatalf("revenue withdraw: %v %s", err, out)
	}
	bal, err := bind.Call(tok.Instance(n.env.Chain.Client(), token), nil, tok.PackBalanceOf(creator.Address), tok.UnpackBalanceOf)
	if err != nil || bal.Cmp(price) != 0 {
		t.Fatalf("creator's TUSD balance %v %v, want %v", bal, err, price)
	}

	// The channel, priced in the token too; then closed.
	out, _ = mustRun(t, ctx, append([]string{"--json", "channel", "set", "--price", "5", "--currency", token.Hex(), "--period", "30d", "--dev-key", n.devKey(1)}, n.chainArgs()...)...)
	terms, err := n.env.Client.ChannelTerms(ctx, creator.Address)
	if err != nil || terms.Price.Int64() != 5_000_000 || terms.Currency != token || terms.Duration != 30*86400 {
		t.Fatalf("channel terms %+v %v (%s)", terms, err, out)
	}
	mustRun(t, ctx, append([]string{"channel", "set", "--close", "--dev-key", n.devKey(1)}, n.chainArgs()...)...)
	if terms, err = n.env.Client.ChannelTerms(ctx, creator.Address); err != nil || terms.Price.Sign() != 0 {
		t.Fatalf("channel after --close: %+v %v", terms, err)
	}
}
