package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/swarmgate/swarmgate/chain/eip712"
	bindings "github.com/swarmgate/swarmgate/contracts/bindings/contentregistry"
	"github.com/swarmgate/swarmgate/contracts/bindings/testbindings"
)

// TestRegistryPriceChangedUnderPurchase performs issue #11's attack 6: between a buyer's quote
// and its purchase, the owner raises an ERC-20 price (the buyer has a large leftover allowance),
// cuts a 30-day rental to one second, switches the currency or the model. Each purchase at the
// quoted terms reverts with TermsChanged and moves nothing; at the new terms it goes through.
func TestRegistryPriceChangedUnderPurchase(t *testing.T) {
	t.Parallel()
	e := newRegistryEnv(t, 250, 3)
	creator, buyer := e.users[0], e.users[1]
	tok := e.erc20Addr
	// What a purchase at stale terms must leave unchanged.
	snap := func() []*big.Int {
		return []*big.Int{e.balance(tok, buyer.addr), e.balance(tok, e.regAddr), e.balance(registryNative, e.regAddr),
			e.allowance(tok, buyer.addr), e.owed(creator.addr, tok), e.owed(creator.addr, registryNative)}
	}
	same := func(what string, a, b []*big.Int) {
		t.Helper()
		for i := range a {
			if a[i].Cmp(b[i]) != 0 {
				t.Fatalf("%s: money moved: %v -> %v", what, a, b)
			}
		}
	}
	stale := func(id *big.Int, q bindings.ContentRegistryPolicy, value *big.Int, now bindings.ContentRegistryPolicy) {
		t.Helper()
		before := snap()
		e.expectRevert(buyer, e.regAddr, e.reg.PackPurchase(id, buyer.addr, q.Price, q.Currency, q.Duration), value,
			&bindings.ContentRegistryTermsChanged{ExpectedPrice: q.Price, ExpectedCurrency: q.Currency, ExpectedDuration: q.Duration,
				Price: now.Price, Currency: now.Currency, Duration: now.Duration}, nil)
		same("purchase at stale terms", before, snap())
		if e.hasAccess(id, buyer.addr) {
			t.Fatal("a refused purchase gave access")
		}
	}

	// An ERC-20 price raised from 10 to 1,000,000 while the buyer holds a 1,000,000 allowance.
	quote := registryPolicy(registryBuy, 10, tok, 0)
	id := e.register(creator, registryHash(1), quote)
	e.fund(tok, buyer, big.NewInt(1_000_000))
	raised := registryPolicy(registryBuy, 1_000_000, tok, 0)
	e.send(creator, e.regAddr, e.reg.PackUpdatePolicy(id, raised), nil)
	stale(id, quote, nil, raised)
	// Buying at the new terms, stated, works: the buyer agreed to them.
	e.send(buyer, e.regAddr, e.reg.PackPurchase(id, buyer.addr, raised.Price, tok, 0), nil)
	if !e.hasAccess(id, buyer.addr) || e.balance(tok, buyer.addr).Sign() != 0 {
		t.Fatal("a purchase at the stated, current terms failed")
	}

	// A 30-day rental cut to one second; then the currency switched, then the model.
	month := uint64(30 * 24 * 3600)
	rent := registryPolicy(registryRent, 1000, registryNative, month)
	id = e.register(creator, registryHash(2), rent)
	for _, now := range []bindings.ContentRegistryPolicy{
		registryPolicy(registryRent, 1000, registryNative, 1),
		registryPolicy(registryRent, 1000, tok, month),
		registryPolicy(registryBuy, 1000, registryNative, 0),
	} {
		e.send(creator, e.regAddr, e.reg.PackUpdatePolicy(id, now), nil)
		stale(id, rent, big.NewInt(1000), now)
	}
	// Restored: the quote is good again.
	e.send(creator, e.regAddr, e.reg.PackUpdatePolicy(id, rent), nil)
	rcpt := e.send(buyer, e.regAddr, e.reg.PackPurchase(id, buyer.addr, big.NewInt(1000), registryNative, month), big.NewInt(1000))
	if ev := registryOneEvent(e, rcpt, e.reg.UnpackPurchasedEvent); ev.Expiry < e.now()+month-10 {
		t.Fatalf("rental expiry %d, want a month from now", ev.Expiry)
	}
}

// TestRegistryChannelChangedUnderSubscribe: the same for a channel subscription: price, currency
// and period are stated by the subscriber and must be the channel's.
func TestRegistryChannelChangedUnderSubscribe(t *testing.T) {
	t.Parallel()
	e := newRegistryEnv(t, 0, 2)
	creator, fan := e.users[0], e.users[1]
	month := uint64(30 * 24 * 3600)
	e.send(creator, e.regAddr, e.reg.PackSetChannel(big.NewInt(100), registryNative, month), nil)
	type terms struct {
		price    int64
		currency common.Address
		period   uint64
	}
	for _, now := range []terms{{1000, registryNative, month}, {100, e.erc20Addr, month}, {100, registryNative, 1}} {
		e.send(creator, e.regAddr, e.reg.PackSetChannel(big.NewInt(now.price), now.currency, now.period), nil)
		before := e.balance(registryNative, e.regAddr)
		e.expectRevert(fan, e.regAddr, e.reg.PackSubscribe(creator.addr, 2, big.NewInt(100), registryNative, month), big.NewInt(200),
			&bindings.ContentRegistryTermsChanged{ExpectedPrice: big.NewInt(100), ExpectedCurrency: registryNative, ExpectedDuration: month,
				Price: big.NewInt(now.price), Currency: now.currency, Duration: now.period}, nil)
		if e.balance(registryNative, e.regAddr).Cmp(before) != 0 || registryView(e, e.reg.PackSubscribedUntil(creator.addr, fan.addr), e.reg.UnpackSubscribedUntil) != 0 {
			t.Fatal("a refused subscription moved money or subscribed")
		}
	}
	e.send(creator, e.regAddr, e.reg.PackSetChannel(big.NewInt(100), registryNative, month), nil)
	e.send(fan, e.regAddr, e.reg.PackSubscribe(creator.addr, 2, big.NewInt(100), registryNative, month), big.NewInt(200))
	if got := registryView(e, e.reg.PackSubscribedUntil(creator.addr, fan.addr), e.reg.UnpackSubscribedUntil); got < e.now()+2*month-10 {
		t.Fatalf("subscribed until %d, want two months from now", got)
	}
}

// TestRegistryHashSquatting performs issue #11's attack 7: a squatter copies the hashes, key
// commitment and metadata of a creator's pending registration (direct or signed) and registers
// them first. The creator's own registration still succeeds; both items exist, each with its
// own creator, and contentIdOf answers per creator.
func TestRegistryHashSquatting(t *testing.T) {
	t.Parallel()
	e := newRegistryEnv(t, 0, 3)
	creator, squatter, relayer := e.users[0], e.users[1], e.users[2]
	for i, signed := range []bool{false, true} {
		h := registryHash(100 + i)
		p := registryPolicy(registryBuy, 5000, registryNative, 0)
		var r eip712.Registration
		var sig []byte
		if signed {
			r, sig = e.signedRegistration(creator, h, p, e.now()+3600)
			// Taking over the signed registration itself fails: the signature is the creator's.
			asSquatter := r
			asSquatter.Creator = squatter.addr
			e.expectRevert(relayer, e.regAddr, e.packRegisterWithSig(asSquatter, p, sig), nil, &bindings.ContentRegistryInvalidSignature{Signer: squatter.addr}, nil)
		}
		// The front-run copy, with a free policy.
		squat := e.register(squatter, h, registryPolicy(registryFree, 0, registryNative, 0))
		var own *big.Int
		if signed {
			own = registryOneEvent(e, e.send(relayer, e.regAddr, e.packRegisterWithSig(r, p, sig), nil), e.reg.UnpackContentRegisteredEvent).ContentId
		} else {
			own = e.register(creator, h, p)
		}
		if own.Cmp(squat) == 0 {
			t.Fatal("one id for two registrations")
		}
		for _, c := range []struct {
			who *registryAccount
			id  *big.Int
		}{{squatter, squat}, {creator, own}} {
			if got := registryView(e, e.reg.PackContentIdOf(c.who.addr, h), e.reg.UnpackContentIdOf); got.Cmp(c.id) != 0 {
				t.Errorf("contentIdOf(%s) = %s, want %s", c.who.name, got, c.id)
			}
			if got := registryView(e, e.reg.PackCreatorOf(c.id), e.reg.UnpackCreatorOf); got != c.who.addr {
				t.Errorf("creatorOf(%s) = %s, want %s", c.id, got, c.who.addr)
			}
			if got := registryView(e, e.reg.PackOwnerOf(c.id), e.reg.UnpackOwnerOf); got != c.who.addr {
				t.Errorf("ownerOf(%s) = %s, want %s", c.id, got, c.who.addr)
			}
		}
		// The creator's item keeps the creator's policy: the squatter's free copy gives no access to it.
		if e.hasAccess(own, relayer.addr) {
			t.Error("the squatter's free registration opened the creator's item")
		}
		// Each creator still cannot register the same hash twice.
		e.expectRevert(creator, e.regAddr, e.reg.PackRegister(h, registryInfoHash(h), registryCommitment(h), registryURI(h), p), nil,
			&bindings.ContentRegistryContentAlreadyRegistered{ContentHash: h, ContentId: own}, nil)
		e.expectRevert(squatter, e.regAddr, e.reg.PackRegister(h, registryInfoHash(h), registryCommitment(h), registryURI(h), p), nil,
			&bindings.ContentRegistryContentAlreadyRegistered{ContentHash: h, ContentId: squat}, nil)
	}
}

// signedPolicyUpdate signs a PolicyUpdate of item id with signer's key and owner's current nonce.
func (e *registryEnv) signedPolicyUpdate(signer *registryAccount, owner common.Address, id *big.Int, p bindings.ContentRegistryPolicy, deadline uint64) (eip712.PolicyUpdate, []byte) {
	e.t.Helper()
	u := eip712.PolicyUpdate{
		ContentID: id, Policy: registryToEIP712(p),
		Nonce:    registryView(e, e.reg.PackNonces(owner), e.reg.UnpackNonces),
		Deadline: new(big.Int).SetUint64(deadline),
	}
	sig, err := u.Sign(e.domain, signer.key)
	if err != nil {
		e.t.Fatal(err)
	}
	return u, sig
}

// TestRegistryUpdatePolicyWithSig relays Go-signed policy updates (the gateway's gasless policy
// change): the owner's signature works once; another signer, a tampered policy, a replay, an
// expired deadline and a previous owner's signature are refused; the nonce is the one
// registrations use; ERC-1271 wallets sign; the royalty rule holds.
func TestRegistryUpdatePolicyWithSig(t *testing.T) {
	t.Parallel()
	e := newRegistryEnv(t, 0, 4)
	creator, relayer, stranger, walletOwner := e.users[0], e.users[1], e.users[2], e.users[3]
	if got := registryView(e, e.reg.PackPOLICYUPDATETYPEHASH(), e.reg.UnpackPOLICYUPDATETYPEHASH); got != crypto.Keccak256Hash([]byte(eip712.PolicyUpdateType+eip712.PayeeType+eip712.PolicyType)) {
		t.Fatal("POLICY_UPDATE_TYPEHASH differs from the Go type")
	}
	p := registryPolicy(registryBuy, 1000, registryNative, 0)
	p.RoyaltyBps = 500
	id := e.register(creator, registryHash(1), p)
	next := registryPolicy(registryRent, 300, e.erc20Addr, 86400,
		bindings.ContentRegistryPayee{ShareBps: 7000}, bindings.ContentRegistryPayee{Account: stranger.addr, ShareBps: 3000})
	next.Subscribers, next.RoyaltyBps = true, 250
	pack := func(u eip712.PolicyUpdate, p bindings.ContentRegistryPolicy, sig []byte) []byte {
		return e.reg.PackUpdatePolicyWithSig(u.ContentID, p, u.Deadline, sig)
	}

	// A registration signed now and the policy update below share the creator's nonce.
	reg, regSig := e.signedRegistration(creator, registryHash(2), p, e.now()+3600)
	u, sig := e.signedPolicyUpdate(creator, creator.addr, id, next, e.now()+3600)
	tampered := next
	tampered.Price = big.NewInt(1)
	e.expectRevert(relayer, e.regAddr, pack(u, tampered, sig), nil, &bindings.ContentRegistryInvalidSignature{Signer: creator.addr}, nil)
	_, strangerSig := e.signedPolicyUpdate(stranger, creator.addr, id, next, e.now()+3600)
	e.expectRevert(relayer, e.regAddr, pack(u, next, strangerSig), nil, &bindings.ContentRegistryInvalidSignature{Signer: creator.addr}, nil)
	e.expectRevert(relayer, e.regAddr, e.reg.PackUpdatePolicyWithSig(big.NewInt(9), next, u.Deadline, sig), nil, &bindings.ContentRegistryUnknownContent{ContentId: big.NewInt(9)}, nil)

	ev := registryOneEvent(e, e.send(relayer, e.regAddr, pack(u, next, sig), nil), e.reg.UnpackPolicyUpdatedEvent)
	if ev.ContentId.Cmp(id) != 0 || registryErrString(ev.Policy) != registryErrString(next) {
		t.Fatalf("PolicyUpdated = %+v", ev)
	}
	if c := registryView(e, e.reg.PackContent(id), e.reg.UnpackContent); registryErrString(c.Policy) != registryErrString(next) {
		t.Fatalf("stored policy %+v", c.Policy)
	}
	e.expectRevert(relayer, e.regAddr, pack(u, next, sig), nil, &bindings.ContentRegistryInvalidSignature{Signer: creator.addr}, nil) // replay
	e.expectRevert(relayer, e.regAddr, e.packRegisterWithSig(reg, p, regSig), nil, &bindings.ContentRegistryInvalidSignature{Signer: creator.addr}, nil)

	// An expired deadline is refused.
	u2, sig2 := e.signedPolicyUpdate(creator, creator.addr, id, p, e.now()+10)
	e.advance(60 * time.Second)
	e.expectRevert(relayer, e.regAddr, pack(u2, p, sig2), nil, &bindings.ContentRegistrySignatureExpired{Deadline: u2.Deadline}, nil)

	// The token moves to an ERC-1271 wallet: the previous owner's signature no longer counts,
	// the wallet's does, and the wallet (not the creator) must keep the royalty rate.
	wallet := e.deploy(testbindings.TestWalletMetaData.Bin, testbindings.NewTestWallet().PackConstructor(walletOwner.addr))
	old, oldSig := e.signedPolicyUpdate(creator, creator.addr, id, p, e.now()+3600)
	e.send(creator, e.regAddr, e.reg.PackTransferFrom(creator.addr, wallet, id), nil)
	old.Nonce = registryView(e, e.reg.PackNonces(wallet), e.reg.UnpackNonces)
	e.expectRevert(relayer, e.regAddr, pack(old, p, oldSig), nil, &bindings.ContentRegistryInvalidSignature{Signer: wallet}, nil)
	keep := p
	keep.RoyaltyBps = next.RoyaltyBps
	wu, wsig := e.signedPolicyUpdate(walletOwner, wallet, id, keep, e.now()+3600)
	e.send(relayer, e.regAddr, pack(wu, keep, wsig), nil)
	if c := registryView(e, e.reg.PackContent(id), e.reg.UnpackContent); registryErrString(c.Policy) != registryErrString(keep) {
		t.Fatalf("policy after the wallet's update %+v", c.Policy)
	}
	zero := keep
	zero.RoyaltyBps = 0
	zu, zsig := e.signedPolicyUpdate(walletOwner, wallet, id, zero, e.now()+3600)
	e.expectRevert(relayer, e.regAddr, pack(zu, zero, zsig), nil, &bindings.ContentRegistryInvalidPolicy{Fault: 11}, nil) // RoyaltyNotCreator
}
