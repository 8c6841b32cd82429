package chain_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/chaintest"
	"github.com/swarmgate/swarmgate/chain/eip712"
)

// TestPurchaseStatesTerms: a buyer approves an ERC-20 price through the client (with a leftover
// allowance far above it), the owner raises the price before the purchase, and Purchase at the
// quoted terms fails with TermsChanged and a hint, taking nothing; at the new terms it works.
// Subscribe states the channel's terms the same way.
func TestPurchaseStatesTerms(t *testing.T) {
	t.Parallel()
	env := chaintest.New(t, chaintest.Options{})
	ctx := context.Background()
	c := env.Client
	creator, buyer := 1, 2
	token := env.DeployTestERC20(t)
	env.MintTestERC20(t, token, env.Addr(buyer), big.NewInt(1_000_000))

	id, _, err := c.Register(ctx, env.Opts(creator), registration(env.Addr(creator), "priced", eip712.Policy{Model: eip712.ModelBuy, Price: big.NewInt(10), Currency: token}))
	if err != nil {
		t.Fatal(err)
	}
	item, err := c.Content(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	quote := chain.PurchaseTerms(item.Policy)
	if _, err := c.Approve(ctx, env.Opts(buyer), token, c.Deployment().Registry, big.NewInt(1_000_000)); err != nil {
		t.Fatal(err)
	}
	if a, err := c.Allowance(ctx, token, env.Addr(buyer), c.Deployment().Registry); err != nil || a.Int64() != 1_000_000 {
		t.Fatalf("Allowance = %v, %v", a, err)
	}
	raised := item.Policy
	raised.Price = big.NewInt(1_000_000)
	if _, err := c.UpdatePolicy(ctx, env.Opts(creator), id, raised); err != nil {
		t.Fatal(err)
	}
	_, _, err = c.Purchase(ctx, env.Opts(buyer), id, env.Addr(buyer), quote)
	var re *chain.RevertError
	if !errors.As(err, &re) || re.Name != "TermsChanged" || !strings.Contains(err.Error(), "nothing was paid") {
		t.Fatalf("purchase at the old price: %v, want TermsChanged with a hint", err)
	}
	if bal, err := c.TokenBalance(ctx, token, env.Addr(buyer)); err != nil || bal.Int64() != 1_000_000 {
		t.Fatalf("buyer's balance after a refused purchase = %v, %v", bal, err)
	}
	if a, _ := c.Access(ctx, id, env.Addr(buyer)); a.Allowed {
		t.Fatal("a refused purchase gave access")
	}
	// The buyer agrees to the new price.
	if _, _, err := c.Purchase(ctx, env.Opts(buyer), id, env.Addr(buyer), chain.PurchaseTerms(raised)); err != nil {
		t.Fatal(err)
	}
	if bal, _ := c.TokenBalance(ctx, token, env.Addr(buyer)); bal.Sign() != 0 {
		t.Fatalf("buyer's balance after buying = %s, want 0", bal)
	}

	// A channel in the native coin: the period is cut between quote and subscription.
	if _, err := c.SetChannel(ctx, env.Opts(creator), big.NewInt(1000), common.Address{}, 30*24*time.Hour); err != nil {
		t.Fatal(err)
	}
	terms, err := c.ChannelTerms(ctx, env.Addr(creator))
	if err != nil || terms.Price.Int64() != 1000 || terms.Duration != 30*24*3600 {
		t.Fatalf("ChannelTerms = %+v, %v", terms, err)
	}
	if _, err := c.SetChannel(ctx, env.Opts(creator), big.NewInt(1000), common.Address{}, time.Second); err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.Subscribe(ctx, env.Opts(buyer), env.Addr(creator), 2, terms); !errors.As(err, &re) || re.Name != "TermsChanged" {
		t.Fatalf("subscribe at the old period: %v, want TermsChanged", err)
	}
	terms, _ = c.ChannelTerms(ctx, env.Addr(creator))
	expiry, _, err := c.Subscribe(ctx, env.Opts(buyer), env.Addr(creator), 2, terms)
	if err != nil || expiry == 0 {
		t.Fatalf("Subscribe at the current terms = %d, %v", expiry, err)
	}
}

// TestContentIDOfPerCreator: a squatter registers a creator's content hash first; each creator's
// ContentIDOf finds its own item, and an account that registered nothing finds none.
func TestContentIDOfPerCreator(t *testing.T) {
	t.Parallel()
	env := chaintest.New(t, chaintest.Options{})
	ctx := context.Background()
	c := env.Client
	creator, squatter, nobody := 1, 2, 3
	reg := registration(env.Addr(creator), "squatted", eip712.Policy{Model: eip712.ModelBuy, Price: big.NewInt(1e15)})
	copied := reg
	copied.Creator, copied.Policy = env.Addr(squatter), eip712.Policy{Model: eip712.ModelFree}
	squat, _, err := c.Register(ctx, env.Opts(squatter), copied)
	if err != nil {
		t.Fatal(err)
	}
	own, _, err := c.Register(ctx, env.Opts(creator), reg)
	if err != nil {
		t.Fatalf("the creator's own registration after a squatter's copy: %v", err)
	}
	for who, want := range map[int]*big.Int{creator: own, squatter: squat} {
		if got, err := c.ContentIDOf(ctx, env.Addr(who), reg.ContentHash); err != nil || got.Cmp(want) != 0 {
			t.Errorf("ContentIDOf(account %d) = %v, %v; want %s", who, got, err, want)
		}
	}
	if _, err := c.ContentIDOf(ctx, env.Addr(nobody), reg.ContentHash); !errors.Is(err, chain.ErrUnknownContent) {
		t.Errorf("ContentIDOf(an account that registered nothing) = %v, want ErrUnknownContent", err)
	}
}

// TestUpdatePolicyWithSig relays an owner-signed policy update through the client; the same
// signature cannot be used twice, and a non-creator owner's royalty change is refused.
func TestUpdatePolicyWithSig(t *testing.T) {
	t.Parallel()
	env := chaintest.New(t, chaintest.Options{})
	ctx := context.Background()
	c := env.Client
	creator, relayer, buyer := 1, 2, 3
	p := eip712.Policy{Model: eip712.ModelBuy, Price: big.NewInt(1e15), RoyaltyBps: 500}
	id, _, err := c.Register(ctx, env.Opts(creator), registration(env.Addr(creator), "policy", p))
	if err != nil {
		t.Fatal(err)
	}
	sign := func(owner int, np eip712.Policy) (eip712.PolicyUpdate, []byte) {
		nonce, err := c.Nonce(ctx, env.Addr(owner))
		if err != nil {
			t.Fatal(err)
		}
		u := eip712.PolicyUpdate{ContentID: id, Policy: np, Nonce: nonce, Deadline: big.NewInt(time.Now().Add(time.Hour).Unix())}
		sig, err := u.Sign(c.RegistryDomain(), env.Accounts[owner].Key)
		if err != nil {
			t.Fatal(err)
		}
		return u, sig
	}
	rent := eip712.Policy{Model: eip712.ModelRent, Price: big.NewInt(5e14), Duration: 3600, RoyaltyBps: 300}
	u, sig := sign(creator, rent)
	if _, err := c.UpdatePolicyWithSig(ctx, env.Opts(relayer), u, sig); err != nil {
		t.Fatal(err)
	}
	got, err := c.Content(ctx, id)
	if err != nil || got.Policy.Model != eip712.ModelRent || got.Policy.Duration != 3600 || got.Policy.RoyaltyBps != 300 {
		t.Fatalf("policy after the relayed update = %+v, %v", got.Policy, err)
	}
	if _, err := c.UpdatePolicyWithSig(ctx, env.Opts(relayer), u, sig); !errors.Is(err, chain.ErrReverted) {
		t.Fatalf("replayed update: %v, want a revert", err)
	}
	// The rights token is sold: its new owner keeps the creator's royalty rate.
	if _, err := c.TransferRights(ctx, env.Opts(creator), id, env.Addr(buyer)); err != nil {
		t.Fatal(err)
	}
	zero := rent
	zero.RoyaltyBps = 0
	u, sig = sign(buyer, zero)
	var re *chain.RevertError
	if _, err := c.UpdatePolicyWithSig(ctx, env.Opts(relayer), u, sig); !errors.As(err, &re) || re.Name != "InvalidPolicy" {
		t.Fatalf("a buyer zeroing the creator's royalty: %v, want InvalidPolicy", err)
	}
}

// TestRevokeSession: a viewer revokes a session key through the client; the record shows the
// deadline, a receipt signed before is still redeemed within it, and a grant signed with a newer
// nonce is recorded, capped to the deadline. An older grant carried after it is left out of the
// batch (the recorded one judges the key's receipts).
func TestRevokeSession(t *testing.T) {
	t.Parallel()
	env := chaintest.New(t, chaintest.Options{})
	ctx := context.Background()
	c := env.Client
	viewer, seeder := 1, 2
	if _, err := c.Deposit(ctx, env.Opts(viewer), env.Addr(viewer), ether); err != nil {
		t.Fatal(err)
	}
	dom := c.EscrowDomain()
	key, keyAddr := chaintest.NewKey(t)
	week := uint64(time.Now().Add(7 * 24 * time.Hour).Unix())
	grant := func(limit int64, nonce uint64) *chain.SignedGrant {
		s := eip712.Session{Viewer: env.Addr(viewer), Key: keyAddr, Limit: big.NewInt(limit), Expiry: week, Nonce: nonce}
		sig, err := s.Sign(dom, env.Accounts[viewer].Key)
		if err != nil {
			t.Fatal(err)
		}
		return &chain.SignedGrant{Session: s, Sig: sig}
	}
	receipt := func(amount int64, g *chain.SignedGrant) chain.SignedReceipt {
		r := eip712.Receipt{Viewer: env.Addr(viewer), Seeder: env.Addr(seeder), Bytes: big.NewInt(amount), Amount: big.NewInt(amount)}
		sig, err := r.Sign(dom, key)
		if err != nil {
			t.Fatal(err)
		}
		return chain.SignedReceipt{Receipt: r, Sig: sig, Grant: g}
	}
	g0 := grant(10_000, 0)
	if res, err := c.Redeem(ctx, env.Opts(seeder), env.Addr(seeder), []chain.SignedReceipt{receipt(100, g0)}); err != nil || res.Total.Int64() != 100 {
		t.Fatalf("first redemption: %+v, %v", res, err)
	}
	before := receipt(300, g0) // signed before the revocation

	deadline, _, err := c.RevokeSession(ctx, env.Opts(viewer), keyAddr)
	if err != nil {
		t.Fatal(err)
	}
	if d := time.Until(deadline); d < 50*time.Minute || d > 61*time.Minute {
		t.Fatalf("revocation deadline %s, want about an hour (the unlock delay) from now", deadline)
	}
	rec, err := c.Session(ctx, env.Addr(viewer), keyAddr)
	if err != nil || rec.RevokedUntil != uint64(deadline.Unix()) || rec.Expiry != rec.RevokedUntil || !rec.Recorded() {
		t.Fatalf("Session after revoking = %+v, %v", rec, err)
	}
	again, _, err := c.RevokeSession(ctx, env.Opts(viewer), keyAddr)
	if err != nil || !again.Equal(deadline) {
		t.Fatalf("revoking again: %s, %v; want the first deadline %s", again, err, deadline)
	}
	var re *chain.RevertError
	if _, _, err := c.RevokeSession(ctx, env.Opts(viewer), env.Addr(viewer)); !errors.As(err, &re) || re.Name != "InvalidSessionKey" {
		t.Fatalf("revoking the wallet itself: %v, want InvalidSessionKey", err)
	}

	if res, err := c.Redeem(ctx, env.Opts(seeder), env.Addr(seeder), []chain.SignedReceipt{before}); err != nil || res.Total.Int64() != 200 {
		t.Fatalf("receipt signed before the revocation: %+v, %v", res, err)
	}
	// A newer grant: carried, recorded with nonce 1, capped to the deadline.
	g1 := grant(20_000, 1)
	if res, err := c.Redeem(ctx, env.Opts(seeder), env.Addr(seeder), []chain.SignedReceipt{receipt(400, g1)}); err != nil || res.Total.Int64() != 100 {
		t.Fatalf("receipt under a newer grant: %+v, %v", res, err)
	}
	rec, _ = c.Session(ctx, env.Addr(viewer), keyAddr)
	if rec.Nonce != 1 || rec.Limit.Int64() != 20_000 || rec.Expiry != uint64(deadline.Unix()) {
		t.Fatalf("Session after a newer grant = %+v", rec)
	}
	// A receipt that still carries the older grant: left out of the batch, judged by the record.
	res, err := c.Redeem(ctx, env.Opts(seeder), env.Addr(seeder), []chain.SignedReceipt{receipt(450, g0)})
	if err != nil || res.Total.Int64() != 50 || res.Outcomes[0].Skipped {
		t.Fatalf("receipt carrying the older grant: %+v, %v", res, err)
	}
}
