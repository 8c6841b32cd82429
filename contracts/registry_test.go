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

// TestRegistryRegister registers an item and checks the event, the rights token, the stored
// data, ERC-2981 and ERC-165.
func TestRegistryRegister(t *testing.T) {
	t.Parallel()
	e := newRegistryEnv(t, 250, 3)
	creator, other := e.users[0], e.users[1]
	p := registryPolicy(registryRent, 5e15, registryNative, 3600,
		bindings.ContentRegistryPayee{Account: common.Address{}, ShareBps: 6000},
		bindings.ContentRegistryPayee{Account: other.addr, ShareBps: 4000})
	p.Subscribers = true
	p.RoyaltyBps = 750
	h := registryHash(1)
	rcpt := e.registerTx(creator, h, p)

	ev := registryOneEvent(e, rcpt, e.reg.UnpackContentRegisteredEvent)
	if ev.ContentId.Int64() != 1 || ev.Creator != creator.addr || ev.ContentHash != h ||
		ev.InfoHash != registryInfoHash(h) || ev.KeyCommitment != registryCommitment(h) || ev.MetadataURI != registryURI(h) {
		t.Fatalf("ContentRegistered = %+v", ev)
	}
	if registryErrString(ev.Policy) != registryErrString(p) {
		t.Fatalf("event policy %+v, want %+v", ev.Policy, p)
	}
	tr := registryOneEvent(e, rcpt, e.reg.UnpackTransferEvent)
	if tr.From != (common.Address{}) || tr.To != creator.addr || tr.TokenId.Int64() != 1 {
		t.Fatalf("Transfer = %+v", tr)
	}

	c := registryView(e, e.reg.PackContent(big.NewInt(1)), e.reg.UnpackContent)
	if c.ContentHash != h || c.InfoHash != registryInfoHash(h) || c.KeyCommitment != registryCommitment(h) ||
		c.MetadataURI != registryURI(h) || registryErrString(c.Policy) != registryErrString(p) {
		t.Fatalf("content(1) = %+v", c)
	}
	if got := registryView(e, e.reg.PackOwnerOf(big.NewInt(1)), e.reg.UnpackOwnerOf); got != creator.addr {
		t.Fatalf("ownerOf = %s", got)
	}
	if got := registryView(e, e.reg.PackTokenURI(big.NewInt(1)), e.reg.UnpackTokenURI); got != registryURI(h) {
		t.Fatalf("tokenURI = %q", got)
	}
	if got := registryView(e, e.reg.PackContentIdOf(creator.addr, h), e.reg.UnpackContentIdOf); got.Int64() != 1 {
		t.Fatalf("contentIdOf = %s", got)
	}
	if got := registryView(e, e.reg.PackContentIdOf(creator.addr, registryHash(99)), e.reg.UnpackContentIdOf); got.Sign() != 0 {
		t.Fatalf("contentIdOf(unknown) = %s", got)
	}
	roy := registryView(e, e.reg.PackRoyaltyInfo(big.NewInt(1), big.NewInt(10_000)), e.reg.UnpackRoyaltyInfo)
	if roy.Receiver != creator.addr || roy.RoyaltyAmount.Int64() != 750 {
		t.Fatalf("royaltyInfo = %+v", roy)
	}
	if got := registryView(e, e.reg.PackCreatorOf(big.NewInt(1)), e.reg.UnpackCreatorOf); got != creator.addr {
		t.Fatalf("creatorOf = %s, want %s", got, creator.addr)
	}
	for _, iface := range []string{"01ffc9a7", "80ac58cd", "5b5e139f", "2a55205a"} {
		var id [4]byte
		copy(id[:], common.FromHex(iface))
		if !registryView(e, e.reg.PackSupportsInterface(id), e.reg.UnpackSupportsInterface) {
			t.Errorf("supportsInterface(%s) = false", iface)
		}
	}
	if registryView(e, e.reg.PackSupportsInterface([4]byte{0xff, 0xff, 0xff, 0xff}), e.reg.UnpackSupportsInterface) {
		t.Error("supportsInterface(0xffffffff) = true")
	}
	if !e.hasAccess(big.NewInt(1), creator.addr) || e.hasAccess(big.NewInt(1), other.addr) {
		t.Fatal("only the owner has access to a rental nobody bought")
	}

	// Ids are sequential; a Free item is open to everyone.
	id2 := e.register(other, registryHash(2), registryPolicy(registryFree, 0, registryNative, 0))
	if id2.Int64() != 2 {
		t.Fatalf("second id = %s", id2)
	}
	if got := registryView(e, e.reg.PackTotalContent(), e.reg.UnpackTotalContent); got.Int64() != 2 {
		t.Fatalf("totalContent = %s", got)
	}
	if !e.hasAccess(id2, e.users[2].addr) || e.accessExpiry(id2, e.users[2].addr) != registryPerpetual {
		t.Fatal("Free item must be open to everyone, perpetually")
	}
}

// TestRegistryRegisterReverts checks every way a registration is refused.
func TestRegistryRegisterReverts(t *testing.T) {
	t.Parallel()
	e := newRegistryEnv(t, 0, 2)
	creator := e.users[0]
	h := registryHash(1)
	e.register(creator, h, registryPolicy(registryBuy, 1, registryNative, 0))

	payee := func(a common.Address, bps uint16) bindings.ContentRegistryPayee {
		return bindings.ContentRegistryPayee{Account: a, ShareBps: bps}
	}
	fault := func(f uint8) any { return &bindings.ContentRegistryInvalidPolicy{Fault: f} }
	const (
		priceMissing uint8 = iota
		saleTerms
		durationInvalid
		currencyNotContract
		gateInvalid
		freeWithRestrictions
		royaltyTooHigh
		tooManyPayees
		payeeShareZero
		payeeSharesSum
		duplicatePayee
	)
	nine := make([]bindings.ContentRegistryPayee, 9)
	for i := range nine {
		nine[i] = payee(common.Address{byte(i + 1)}, 1000)
	}
	nine[8].ShareBps = 2000
	mod := func(p bindings.ContentRegistryPolicy, f func(*bindings.ContentRegistryPolicy)) bindings.ContentRegistryPolicy {
		f(&p)
		return p
	}
	buy := registryPolicy(registryBuy, 100, registryNative, 0)
	cases := []struct {
		name   string
		hashes [3]common.Hash
		policy bindings.ContentRegistryPolicy
		want   any
	}{
		{"zero content hash", [3]common.Hash{{}, {1}, {1}}, buy, &bindings.ContentRegistryZeroHash{}},
		{"zero info hash", [3]common.Hash{{2}, {}, {1}}, buy, &bindings.ContentRegistryZeroHash{}},
		{"zero key commitment", [3]common.Hash{{2}, {1}, {}}, buy, &bindings.ContentRegistryZeroHash{}},
		{"duplicate content", [3]common.Hash{h, {1}, {1}}, buy, &bindings.ContentRegistryContentAlreadyRegistered{ContentHash: h, ContentId: big.NewInt(1)}},
		{"buy without price", [3]common.Hash{}, registryPolicy(registryBuy, 0, registryNative, 0), fault(priceMissing)},
		{"free with price", [3]common.Hash{}, registryPolicy(registryFree, 1, registryNative, 0), fault(saleTerms)},
		{"exclusive with currency", [3]common.Hash{}, registryPolicy(registryExclusive, 0, e.erc20Addr, 0), fault(saleTerms)},
		{"exclusive with payees", [3]common.Hash{}, registryPolicy(registryExclusive, 0, registryNative, 0, payee(creator.addr, 10000)), fault(saleTerms)},
		{"rent without duration", [3]common.Hash{}, registryPolicy(registryRent, 1, registryNative, 0), fault(durationInvalid)},
		{"buy with duration", [3]common.Hash{}, registryPolicy(registryBuy, 1, registryNative, 60), fault(durationInvalid)},
		{"currency without code", [3]common.Hash{}, registryPolicy(registryBuy, 1, common.Address{0xee}, 0), fault(currencyNotContract)},
		{"gate none with token", [3]common.Hash{}, mod(buy, func(p *bindings.ContentRegistryPolicy) { p.GateToken = e.nftAddr }), fault(gateInvalid)},
		{"gate without amount", [3]common.Hash{}, mod(buy, func(p *bindings.ContentRegistryPolicy) { p.GateKind, p.GateToken = registryGateERC721, e.nftAddr }), fault(gateInvalid)},
		{"gate token without code", [3]common.Hash{}, mod(buy, func(p *bindings.ContentRegistryPolicy) {
			p.GateKind, p.GateToken, p.GateAmount = registryGateERC20, common.Address{0xee}, big.NewInt(1)
		}), fault(gateInvalid)},
		{"erc721 gate with id", [3]common.Hash{}, mod(buy, func(p *bindings.ContentRegistryPolicy) {
			p.GateKind, p.GateToken, p.GateAmount, p.GateId = registryGateERC721, e.nftAddr, big.NewInt(1), big.NewInt(5)
		}), fault(gateInvalid)},
		{"free with subscribers", [3]common.Hash{}, mod(registryPolicy(registryFree, 0, registryNative, 0), func(p *bindings.ContentRegistryPolicy) { p.Subscribers = true }), fault(freeWithRestrictions)},
		{"royalty too high", [3]common.Hash{}, mod(buy, func(p *bindings.ContentRegistryPolicy) { p.RoyaltyBps = 1001 }), fault(royaltyTooHigh)},
		{"nine payees", [3]common.Hash{}, registryPolicy(registryBuy, 1, registryNative, 0, nine...), fault(tooManyPayees)},
		{"zero share", [3]common.Hash{}, registryPolicy(registryBuy, 1, registryNative, 0, payee(creator.addr, 10000), payee(common.Address{1}, 0)), fault(payeeShareZero)},
		{"shares short", [3]common.Hash{}, registryPolicy(registryBuy, 1, registryNative, 0, payee(creator.addr, 9999)), fault(payeeSharesSum)},
		{"duplicate payee", [3]common.Hash{}, registryPolicy(registryBuy, 1, registryNative, 0, payee(common.Address{}, 5000), payee(common.Address{}, 5000)), fault(duplicatePayee)},
	}
	for i, c := range cases {
		hashes := c.hashes
		if hashes == [3]common.Hash{} {
			hashes = [3]common.Hash{registryHash(100 + i), {1}, {1}}
		}
		t.Run(c.name, func(t *testing.T) {
			e.t = t
			e.expectRevert(creator, e.regAddr, e.reg.PackRegister(hashes[0], hashes[1], hashes[2], "u", c.policy), nil, c.want, nil)
		})
	}
	e.t = t
	// Eight payees is the maximum and works.
	eight := append([]bindings.ContentRegistryPayee(nil), nine[:8]...)
	eight[7].ShareBps = 3000
	e.register(creator, registryHash(200), registryPolicy(registryBuy, 1, registryNative, 0, eight...))
}

// registrySignedRegistration builds and signs a registration for creator with its current nonce.
func (e *registryEnv) signedRegistration(creator *registryAccount, h common.Hash, p bindings.ContentRegistryPolicy, deadline uint64) (eip712.Registration, []byte) {
	e.t.Helper()
	nonce := registryView(e, e.reg.PackNonces(creator.addr), e.reg.UnpackNonces)
	r := eip712.Registration{
		Creator: creator.addr, ContentHash: h, InfoHash: registryInfoHash(h), KeyCommitment: registryCommitment(h),
		MetadataURI: registryURI(h), Policy: registryToEIP712(p), Nonce: nonce, Deadline: new(big.Int).SetUint64(deadline),
	}
	sig, err := r.Sign(e.domain, creator.key)
	if err != nil {
		e.t.Fatal(err)
	}
	return r, sig
}

func (e *registryEnv) packRegisterWithSig(r eip712.Registration, p bindings.ContentRegistryPolicy, sig []byte) []byte {
	return e.reg.PackRegisterWithSig(r.ContentHash, r.InfoHash, r.KeyCommitment, r.MetadataURI, p, r.Creator, r.Deadline, sig)
}

// TestRegistryRegisterWithSig relays Go-signed registrations and checks the refusals: wrong
// signer, tampered fields, expired deadline, replay, invalidated nonce.
func TestRegistryRegisterWithSig(t *testing.T) {
	t.Parallel()
	e := newRegistryEnv(t, 0, 3)
	creator, relayer, stranger := e.users[0], e.users[1], e.users[2]

	// The contract's type hashes are the Go ones.
	type th struct {
		pack   []byte
		unpack func([]byte) ([32]byte, error)
		want   string
	}
	for _, c := range []th{
		{e.reg.PackPAYEETYPEHASH(), e.reg.UnpackPAYEETYPEHASH, eip712.PayeeType},
		{e.reg.PackPOLICYTYPEHASH(), e.reg.UnpackPOLICYTYPEHASH, eip712.PolicyType + eip712.PayeeType},
		{e.reg.PackREGISTRATIONTYPEHASH(), e.reg.UnpackREGISTRATIONTYPEHASH, eip712.RegistrationType + eip712.PayeeType + eip712.PolicyType},
	} {
		if got := registryView(e, c.pack, c.unpack); got != crypto.Keccak256Hash([]byte(c.want)) {
			t.Errorf("type hash of %s differs", c.want)
		}
	}
	dom := registryView(e, e.reg.PackEip712Domain(), e.reg.UnpackEip712Domain)
	if dom.Name != "Swarmgate" || dom.Version != "1" || dom.ChainId.Cmp(e.chainID) != 0 || dom.VerifyingContract != e.regAddr {
		t.Fatalf("eip712Domain = %+v", dom)
	}

	p := registryPolicy(registryRent, 1e15, e.erc20Addr, 86400,
		bindings.ContentRegistryPayee{Account: common.Address{}, ShareBps: 9000},
		bindings.ContentRegistryPayee{Account: stranger.addr, ShareBps: 1000})
	p.GateKind, p.GateToken, p.GateId, p.GateAmount = registryGateERC1155, e.multiAddr, big.NewInt(7), big.NewInt(2)
	p.Subscribers, p.RoyaltyBps = true, 300
	deadline := e.now() + 3600
	r, sig := e.signedRegistration(creator, registryHash(1), p, deadline)

	// Tampering with any field, or another signer, is refused.
	tampered := p
	tampered.Price = big.NewInt(1e15 + 1)
	e.expectRevert(relayer, e.regAddr, e.packRegisterWithSig(r, tampered, sig), nil, &bindings.ContentRegistryInvalidSignature{Signer: creator.addr}, nil)
	otherPayees := p
	otherPayees.Payees = []bindings.ContentRegistryPayee{{Account: relayer.addr, ShareBps: 10000}}
	e.expectRevert(relayer, e.regAddr, e.packRegisterWithSig(r, otherPayees, sig), nil, &bindings.ContentRegistryInvalidSignature{Signer: creator.addr}, nil)
	wrongSigner, _ := r.Sign(e.domain, stranger.key)
	e.expectRevert(relayer, e.regAddr, e.packRegisterWithSig(r, p, wrongSigner), nil, &bindings.ContentRegistryInvalidSignature{Signer: creator.addr}, nil)
	asStranger := r
	asStranger.Creator = stranger.addr
	e.expectRevert(relayer, e.regAddr, e.packRegisterWithSig(asStranger, p, sig), nil, &bindings.ContentRegistryInvalidSignature{Signer: stranger.addr}, nil)

	// The real one works, relayed by someone else; the creator owns the item.
	rcpt := e.send(relayer, e.regAddr, e.packRegisterWithSig(r, p, sig), nil)
	ev := registryOneEvent(e, rcpt, e.reg.UnpackContentRegisteredEvent)
	if ev.Creator != creator.addr || ev.ContentHash != r.ContentHash || registryErrString(ev.Policy) != registryErrString(p) {
		t.Fatalf("ContentRegistered = %+v", ev)
	}
	if got := registryView(e, e.reg.PackOwnerOf(ev.ContentId), e.reg.UnpackOwnerOf); got != creator.addr {
		t.Fatalf("owner = %s, want the creator", got)
	}
	if got := registryView(e, e.reg.PackCreatorOf(ev.ContentId), e.reg.UnpackCreatorOf); got != creator.addr {
		t.Fatalf("creatorOf = %s, want the signer %s, not the relayer", got, creator.addr)
	}
	if roy := registryView(e, e.reg.PackRoyaltyInfo(ev.ContentId, big.NewInt(1e6)), e.reg.UnpackRoyaltyInfo); roy.Receiver != creator.addr || roy.RoyaltyAmount.Int64() != 3e4 {
		t.Fatalf("royaltyInfo = %+v, want 3%% to the signer", roy)
	}
	if n := registryView(e, e.reg.PackNonces(creator.addr), e.reg.UnpackNonces); n.Int64() != 1 {
		t.Fatalf("nonce = %s, want 1", n)
	}

	// Replaying it (even for other content) fails: the nonce moved on.
	e.expectRevert(relayer, e.regAddr, e.packRegisterWithSig(r, p, sig), nil, &bindings.ContentRegistryInvalidSignature{Signer: creator.addr}, nil)

	// An expired deadline is refused before anything else.
	r2, sig2 := e.signedRegistration(creator, registryHash(2), p, e.now()+10)
	e.advance(60 * time.Second)
	e.expectRevert(relayer, e.regAddr, e.packRegisterWithSig(r2, p, sig2), nil, &bindings.ContentRegistrySignatureExpired{Deadline: r2.Deadline}, nil)

	// invalidateNonce revokes a signed registration.
	r3, sig3 := e.signedRegistration(creator, registryHash(3), p, e.now()+3600)
	inv := registryOneEvent(e, e.send(creator, e.regAddr, e.reg.PackInvalidateNonce(), nil), e.reg.UnpackNonceInvalidatedEvent)
	if inv.Creator != creator.addr || inv.Nonce.Int64() != 1 {
		t.Fatalf("NonceInvalidated = %+v", inv)
	}
	e.expectRevert(relayer, e.regAddr, e.packRegisterWithSig(r3, p, sig3), nil, &bindings.ContentRegistryInvalidSignature{Signer: creator.addr}, nil)
	r4, sig4 := e.signedRegistration(creator, registryHash(3), p, e.now()+3600)
	e.send(relayer, e.regAddr, e.packRegisterWithSig(r4, p, sig4), nil)

	// A signed registration for already registered content fails on the duplicate.
	r5, sig5 := e.signedRegistration(creator, registryHash(1), p, e.now()+3600)
	e.expectRevert(relayer, e.regAddr, e.packRegisterWithSig(r5, p, sig5), nil,
		&bindings.ContentRegistryContentAlreadyRegistered{ContentHash: registryHash(1), ContentId: big.NewInt(1)}, nil)
}

// TestRegistryPurchaseNative buys with the native coin: exact payment, gifts, perpetual access,
// the event, the credits, and every refusal.
func TestRegistryPurchaseNative(t *testing.T) {
	t.Parallel()
	e := newRegistryEnv(t, 500, 4)
	creator, buyer, friend, stranger := e.users[0], e.users[1], e.users[2], e.users[3]
	price := big.NewInt(1e16)
	id := e.register(creator, registryHash(1), registryPolicy(registryBuy, price.Int64(), registryNative, 0))
	free := e.register(creator, registryHash(2), registryPolicy(registryFree, 0, registryNative, 0))
	exclusive := e.register(creator, registryHash(3), registryPolicy(registryExclusive, 0, registryNative, 0))

	e.expectRevert(buyer, e.regAddr, e.packPurchase(id, friend.addr), big.NewInt(1e16-1), &bindings.ContentRegistryWrongPayment{Expected: price, Sent: big.NewInt(1e16 - 1)}, nil)
	e.expectRevert(buyer, e.regAddr, e.packPurchase(id, friend.addr), big.NewInt(1e16+1), &bindings.ContentRegistryWrongPayment{Expected: price, Sent: big.NewInt(1e16 + 1)}, nil)
	e.expectRevert(buyer, e.regAddr, e.packPurchase(id, common.Address{}), price, &bindings.ContentRegistryZeroRecipient{}, nil)
	e.expectRevert(buyer, e.regAddr, e.packPurchase(big.NewInt(99), friend.addr), price, &bindings.ContentRegistryUnknownContent{ContentId: big.NewInt(99)}, nil)
	e.expectRevert(buyer, e.regAddr, e.packPurchase(free, friend.addr), nil, &bindings.ContentRegistryNotForSale{ContentId: free}, nil)
	e.expectRevert(buyer, e.regAddr, e.packPurchase(exclusive, friend.addr), nil, &bindings.ContentRegistryNotForSale{ContentId: exclusive}, nil)
	if e.hasAccess(id, friend.addr) || e.accessExpiry(id, friend.addr) != 0 {
		t.Fatal("access before purchase")
	}
	if e.hasAccess(exclusive, friend.addr) {
		t.Fatal("exclusive item without gate or subscribers is owner-only")
	}

	before := e.balance(registryNative, e.regAddr)
	rcpt := e.purchase(buyer, id, friend.addr, price) // a gift
	ev := registryOneEvent(e, rcpt, e.reg.UnpackPurchasedEvent)
	if ev.ContentId.Cmp(id) != 0 || ev.Buyer != buyer.addr || ev.Recipient != friend.addr || ev.Expiry != registryPerpetual ||
		ev.Amount.Cmp(price) != 0 || ev.Currency != registryNative {
		t.Fatalf("Purchased = %+v", ev)
	}
	credits := registryEvents(e, rcpt, e.reg.UnpackCreditedEvent)
	if len(credits) != 2 || credits[0].Payee != e.treasury.addr || credits[0].Amount.Int64() != 5e14 ||
		credits[1].Payee != creator.addr || credits[1].Amount.Int64() != 95e14 {
		t.Fatalf("Credited events: %+v %+v", credits[0], credits[1])
	}
	if got := new(big.Int).Sub(e.balance(registryNative, e.regAddr), before); got.Cmp(price) != 0 {
		t.Fatalf("registry received %s, want %s", got, price)
	}
	if !e.hasAccess(id, friend.addr) || e.accessExpiry(id, friend.addr) != registryPerpetual || e.hasAccess(id, buyer.addr) {
		t.Fatal("the recipient, not the buyer, gets perpetual access")
	}
	if got := registryView(e, e.reg.PackPurchasedUntil(id, friend.addr), e.reg.UnpackPurchasedUntil); got != registryPerpetual {
		t.Fatalf("purchasedUntil = %d", got)
	}
	e.expectRevert(stranger, e.regAddr, e.packPurchase(id, friend.addr), price, &bindings.ContentRegistryAlreadyPerpetual{ContentId: id, Recipient: friend.addr}, nil)
	if e.owed(creator.addr, registryNative).Int64() != 95e14 || e.owed(e.treasury.addr, registryNative).Int64() != 5e14 {
		t.Fatal("owed does not match the credits")
	}
}

// TestRegistryRental checks that rentals start at max(now, current expiry) and expire.
func TestRegistryRental(t *testing.T) {
	t.Parallel()
	e := newRegistryEnv(t, 0, 2)
	creator, viewer := e.users[0], e.users[1]
	const day = 86400
	id := e.register(creator, registryHash(1), registryPolicy(registryRent, 1000, registryNative, day))

	ev := registryOneEvent(e, e.purchase(viewer, id, viewer.addr, big.NewInt(1000)), e.reg.UnpackPurchasedEvent)
	start := e.now()
	if ev.Expiry != start+day || e.accessExpiry(id, viewer.addr) != start+day {
		t.Fatalf("expiry %d, want %d", ev.Expiry, start+day)
	}
	// Renting again while access runs extends from the current expiry.
	ev = registryOneEvent(e, e.purchase(viewer, id, viewer.addr, big.NewInt(1000)), e.reg.UnpackPurchasedEvent)
	if ev.Expiry != start+2*day {
		t.Fatalf("extended expiry %d, want %d", ev.Expiry, start+2*day)
	}
	e.advance(2*day*time.Second - 10*time.Second)
	if !e.hasAccess(id, viewer.addr) {
		t.Fatal("access ended early")
	}
	e.advance(20 * time.Second)
	if e.hasAccess(id, viewer.addr) {
		t.Fatal("access did not expire")
	}
	// Renting after expiry starts from now.
	ev = registryOneEvent(e, e.purchase(viewer, id, viewer.addr, big.NewInt(1000)), e.reg.UnpackPurchasedEvent)
	if ev.Expiry != e.now()+day {
		t.Fatalf("expiry after lapse %d, want %d", ev.Expiry, e.now()+day)
	}
	// A duration that would overflow the expiry is refused.
	big64 := registryPolicy(registryRent, 1000, registryNative, registryPerpetual-1)
	e.send(creator, e.regAddr, e.reg.PackUpdatePolicy(id, big64), nil)
	e.expectRevert(viewer, e.regAddr, e.packPurchase(id, viewer.addr), big.NewInt(1000), &bindings.ContentRegistryExpiryOverflow{}, nil)
}

// TestRegistryERC20Pricing buys with a standard ERC-20 and a USDT-like token that returns no
// bool, withdraws in those tokens, and refuses native coin sent along and fee-on-transfer tokens.
func TestRegistryERC20Pricing(t *testing.T) {
	t.Parallel()
	e := newRegistryEnv(t, 1000, 2)
	creator, buyer := e.users[0], e.users[1]
	for i, tok := range []struct {
		name        string
		addr        common.Address
		noAllowance any
		decode      func([]byte) (any, error)
	}{
		{"TestERC20", e.erc20Addr, &testbindings.TestERC20ERC20InsufficientAllowance{Spender: e.regAddr, Allowance: new(big.Int), Needed: big.NewInt(5)}, e.erc20.UnpackError},
		{"TestNoBoolERC20", e.noboolAddr, &testbindings.TestNoBoolERC20InsufficientAllowance{}, e.nobool.UnpackError},
	} {
		t.Run(tok.name, func(t *testing.T) {
			e.t = t
			price := big.NewInt(25_000_000) // 25 units of a 6-decimals token
			id := e.register(creator, registryHash(10+i), registryPolicy(registryBuy, price.Int64(), tok.addr, 0))
			e.fund(tok.addr, buyer, price)
			e.expectRevert(buyer, e.regAddr, e.packPurchase(id, buyer.addr), big.NewInt(1), &bindings.ContentRegistryWrongPayment{Expected: new(big.Int), Sent: big.NewInt(1)}, nil)
			ev := registryOneEvent(e, e.purchase(buyer, id, buyer.addr, nil), e.reg.UnpackPurchasedEvent)
			if ev.Currency != tok.addr || ev.Amount.Cmp(price) != 0 {
				t.Fatalf("Purchased = %+v", ev)
			}
			if e.balance(tok.addr, e.regAddr).Cmp(price) != 0 || e.balance(tok.addr, buyer.addr).Sign() != 0 {
				t.Fatal("the price did not move to the registry")
			}
			if !e.hasAccess(id, buyer.addr) {
				t.Fatal("no access after an ERC-20 purchase")
			}
			w := registryOneEvent(e, e.send(creator, e.regAddr, e.reg.PackWithdraw(tok.addr), nil), e.reg.UnpackWithdrawnEvent)
			if w.Payee != creator.addr || w.Currency != tok.addr || w.Amount.Int64() != 22_500_000 {
				t.Fatalf("Withdrawn = %+v", w)
			}
			e.send(e.treasury, e.regAddr, e.reg.PackWithdraw(tok.addr), nil)
			if e.balance(tok.addr, creator.addr).Int64() != 22_500_000 || e.balance(tok.addr, e.treasury.addr).Int64() != 2_500_000 ||
				e.balance(tok.addr, e.regAddr).Sign() != 0 {
				t.Fatal("token withdrawals did not pay out exactly")
			}
			// The allowance is used up: the token's own error bubbles up.
			id2 := e.register(creator, registryHash(20+i), registryPolicy(registryBuy, 5, tok.addr, 0))
			e.expectRevert(buyer, e.regAddr, e.packPurchase(id2, buyer.addr), nil, tok.noAllowance, tok.decode)
		})
	}
	e.t = t
	// Fee-on-transfer: the registry would receive 99%, so it refuses.
	feeID := e.register(creator, registryHash(40), registryPolicy(registryBuy, 1000, e.feeTokAddr, 0))
	e.fund(e.feeTokAddr, buyer, big.NewInt(1000))
	e.expectRevert(buyer, e.regAddr, e.packPurchase(feeID, buyer.addr), nil,
		&bindings.ContentRegistryTokenAmountMismatch{Token: e.feeTokAddr, Expected: big.NewInt(1000), Received: big.NewInt(990)}, nil)
}

// TestRegistryTokenGates checks ERC-20, ERC-721 and ERC-1155 gates, alone and next to a price.
func TestRegistryTokenGates(t *testing.T) {
	t.Parallel()
	e := newRegistryEnv(t, 0, 3)
	creator, holder, other := e.users[0], e.users[1], e.users[2]
	gate := func(model uint8, price int64, kind uint8, token common.Address, id, amount int64) bindings.ContentRegistryPolicy {
		p := registryPolicy(model, price, registryNative, 0)
		p.GateKind, p.GateToken, p.GateId, p.GateAmount = kind, token, big.NewInt(id), big.NewInt(amount)
		return p
	}
	erc20Item := e.register(creator, registryHash(1), gate(registryExclusive, 0, registryGateERC20, e.erc20Addr, 0, 100))
	nftItem := e.register(creator, registryHash(2), gate(registryBuy, 50, registryGateERC721, e.nftAddr, 0, 1))
	multiItem := e.register(creator, registryHash(3), gate(registryExclusive, 0, registryGateERC1155, e.multiAddr, 7, 2))

	for _, id := range []*big.Int{erc20Item, nftItem, multiItem} {
		if e.hasAccess(id, holder.addr) {
			t.Fatalf("item %s: access without the gate token", id)
		}
	}
	e.send(holder, e.erc20Addr, e.erc20.PackMint(holder.addr, big.NewInt(99)), nil)
	if e.hasAccess(erc20Item, holder.addr) {
		t.Fatal("99 of 100 tokens opened the ERC-20 gate")
	}
	e.send(holder, e.erc20Addr, e.erc20.PackMint(holder.addr, big.NewInt(1)), nil)
	if !e.hasAccess(erc20Item, holder.addr) || e.accessExpiry(erc20Item, holder.addr) != registryPerpetual {
		t.Fatal("100 tokens did not open the ERC-20 gate")
	}
	e.send(holder, e.nftAddr, e.nft.PackMint(holder.addr, big.NewInt(1)), nil)
	if !e.hasAccess(nftItem, holder.addr) {
		t.Fatal("an NFT did not open the ERC-721 gate")
	}
	e.send(holder, e.multiAddr, e.multi.PackMint(holder.addr, big.NewInt(8), big.NewInt(5)), nil)
	e.send(holder, e.multiAddr, e.multi.PackMint(holder.addr, big.NewInt(7), big.NewInt(1)), nil)
	if e.hasAccess(multiItem, holder.addr) {
		t.Fatal("the wrong ERC-1155 id or too few opened the gate")
	}
	e.send(holder, e.multiAddr, e.multi.PackMint(holder.addr, big.NewInt(7), big.NewInt(1)), nil)
	if !e.hasAccess(multiItem, holder.addr) {
		t.Fatal("2 of id 7 did not open the ERC-1155 gate")
	}
	// Access lasts only while the token is held.
	e.send(holder, e.nftAddr, e.nft.PackTransferFrom(holder.addr, other.addr, big.NewInt(1)), nil)
	if e.hasAccess(nftItem, holder.addr) || !e.hasAccess(nftItem, other.addr) {
		t.Fatal("gate access did not follow the NFT")
	}
	// A gated item with a price can still be bought by non-holders.
	e.purchase(holder, nftItem, holder.addr, big.NewInt(50))
	if !e.hasAccess(nftItem, holder.addr) {
		t.Fatal("purchase of a gated, priced item gave no access")
	}
}

// TestRegistrySubscriptions covers channels: setChannel, subscribe in native coin and ERC-20,
// extension, expiry, items that do and don't allow subscribers, and the refusals.
func TestRegistrySubscriptions(t *testing.T) {
	t.Parallel()
	e := newRegistryEnv(t, 1000, 4)
	creator, fan, other, buyer := e.users[0], e.users[1], e.users[2], e.users[3]
	const month = 30 * 86400

	e.expectRevert(fan, e.regAddr, e.packSubscribe(creator.addr, 1), nil, &bindings.ContentRegistryChannelClosed{Creator: creator.addr}, nil)
	e.expectRevert(creator, e.regAddr, e.reg.PackSetChannel(big.NewInt(1), registryNative, 0), nil, &bindings.ContentRegistryInvalidPolicy{Fault: 2}, nil)
	e.expectRevert(creator, e.regAddr, e.reg.PackSetChannel(new(big.Int), registryNative, month), nil, &bindings.ContentRegistryInvalidPolicy{Fault: 1}, nil)
	e.expectRevert(creator, e.regAddr, e.reg.PackSetChannel(big.NewInt(1), common.Address{0xee}, month), nil, &bindings.ContentRegistryInvalidPolicy{Fault: 3}, nil)
	cu := registryOneEvent(e, e.send(creator, e.regAddr, e.reg.PackSetChannel(big.NewInt(3000), registryNative, month), nil), e.reg.UnpackChannelUpdatedEvent)
	if cu.Creator != creator.addr || cu.Price.Int64() != 3000 || cu.Currency != registryNative || cu.Period != month {
		t.Fatalf("ChannelUpdated = %+v", cu)
	}
	ch := registryView(e, e.reg.PackChannel(creator.addr), e.reg.UnpackChannel)
	if ch.Price.Int64() != 3000 || ch.Period != month {
		t.Fatalf("channel = %+v", ch)
	}

	open := registryPolicy(registryBuy, 1e6, registryNative, 0)
	open.Subscribers = true
	subItem := e.register(creator, registryHash(1), open)
	closedItem := e.register(creator, registryHash(2), registryPolicy(registryBuy, 1e6, registryNative, 0))
	subOnly := registryPolicy(registryExclusive, 0, registryNative, 0)
	subOnly.Subscribers = true
	subOnlyItem := e.register(creator, registryHash(3), subOnly)

	e.expectRevert(fan, e.regAddr, e.packSubscribe(creator.addr, 0), nil, &bindings.ContentRegistryZeroPeriods{}, nil)
	e.expectRevert(fan, e.regAddr, e.packSubscribe(creator.addr, 2), big.NewInt(3000), &bindings.ContentRegistryWrongPayment{Expected: big.NewInt(6000), Sent: big.NewInt(3000)}, nil)
	rcpt := e.send(fan, e.regAddr, e.packSubscribe(creator.addr, 2), big.NewInt(6000))
	start := e.now()
	sub := registryOneEvent(e, rcpt, e.reg.UnpackSubscribedEvent)
	if sub.Creator != creator.addr || sub.Subscriber != fan.addr || sub.Periods != 2 || sub.Expiry != start+2*month ||
		sub.Amount.Int64() != 6000 || sub.Currency != registryNative {
		t.Fatalf("Subscribed = %+v", sub)
	}
	if e.owed(creator.addr, registryNative).Int64() != 5400 || e.owed(e.treasury.addr, registryNative).Int64() != 600 {
		t.Fatal("subscription revenue not split between creator and fee")
	}
	if got := registryView(e, e.reg.PackSubscribedUntil(creator.addr, fan.addr), e.reg.UnpackSubscribedUntil); got != start+2*month {
		t.Fatalf("subscribedUntil = %d", got)
	}
	if !e.hasAccess(subItem, fan.addr) || !e.hasAccess(subOnlyItem, fan.addr) || e.hasAccess(closedItem, fan.addr) {
		t.Fatal("subscription opens exactly the items that allow subscribers")
	}
	if e.accessExpiry(subItem, fan.addr) != start+2*month {
		t.Fatal("accessExpiry does not report the subscription")
	}
	// Extending while subscribed adds to the current expiry.
	sub = registryOneEvent(e, e.send(fan, e.regAddr, e.packSubscribe(creator.addr, 1), big.NewInt(3000)), e.reg.UnpackSubscribedEvent)
	if sub.Expiry != start+3*month {
		t.Fatalf("extended expiry %d, want %d", sub.Expiry, start+3*month)
	}
	// Changing the channel keeps existing subscriptions; the ERC-20 price applies to new ones.
	e.send(creator, e.regAddr, e.reg.PackSetChannel(big.NewInt(4_000_000), e.noboolAddr, month), nil)
	e.fund(e.noboolAddr, other, big.NewInt(4_000_000))
	e.send(other, e.regAddr, e.packSubscribe(creator.addr, 1), nil)
	if !e.hasAccess(subItem, other.addr) || !e.hasAccess(subItem, fan.addr) {
		t.Fatal("ERC-20 subscription or existing subscription lost")
	}
	e.advance(3*month*time.Second + time.Second)
	if e.hasAccess(subItem, fan.addr) || e.hasAccess(subOnlyItem, other.addr) {
		t.Fatal("subscriptions did not expire")
	}
	// Overflows are refused with their own errors.
	e.send(creator, e.regAddr, e.reg.PackSetChannel(new(big.Int).Lsh(big.NewInt(1), 255), registryNative, month), nil)
	e.expectRevert(fan, e.regAddr, e.packSubscribe(creator.addr, 2), nil, &bindings.ContentRegistryAmountOverflow{}, nil)
	e.send(creator, e.regAddr, e.reg.PackSetChannel(big.NewInt(1), registryNative, registryPerpetual/2), nil)
	e.expectRevert(fan, e.regAddr, e.packSubscribe(creator.addr, 3), big.NewInt(3), &bindings.ContentRegistryExpiryOverflow{}, nil)
	// Closing the channel.
	cu = registryOneEvent(e, e.send(creator, e.regAddr, e.reg.PackSetChannel(new(big.Int), registryNative, 0), nil), e.reg.UnpackChannelUpdatedEvent)
	if cu.Price.Sign() != 0 {
		t.Fatalf("ChannelUpdated on close = %+v", cu)
	}
	e.expectRevert(fan, e.regAddr, e.packSubscribe(creator.addr, 1), nil, &bindings.ContentRegistryChannelClosed{Creator: creator.addr}, nil)

	// The item belongs to its current owner's channel: after a transfer, the buyer's
	// subscribers see it and the creator's don't.
	e.send(buyer, e.regAddr, e.reg.PackSetChannel(big.NewInt(10), registryNative, month), nil)
	e.send(fan, e.regAddr, e.packSubscribe(buyer.addr, 1), big.NewInt(10))
	e.send(creator, e.regAddr, e.reg.PackSetChannel(big.NewInt(10), registryNative, month), nil)
	e.send(other, e.regAddr, e.packSubscribe(creator.addr, 1), big.NewInt(10))
	if e.hasAccess(subItem, fan.addr) || !e.hasAccess(subItem, other.addr) {
		t.Fatal("before the transfer the item is in the creator's channel")
	}
	e.send(creator, e.regAddr, e.reg.PackTransferFrom(creator.addr, buyer.addr, subItem), nil)
	if !e.hasAccess(subItem, fan.addr) || e.hasAccess(subItem, other.addr) {
		t.Fatal("after the transfer the item is in the new owner's channel")
	}
}

// TestRegistrySplits checks revenue splits for several prices and payee sets: the fee first,
// then floor(net * share / 10,000) per payee, the rounding dust to the current owner, and the
// credits always summing to the price.
func TestRegistrySplits(t *testing.T) {
	t.Parallel()
	e := newRegistryEnv(t, 333, 6)
	creator, buyer, a, b, c := e.users[0], e.users[1], e.users[2], e.users[3], e.users[4]
	pe := func(acc common.Address, bps uint16) bindings.ContentRegistryPayee {
		return bindings.ContentRegistryPayee{Account: acc, ShareBps: bps}
	}
	cases := []struct {
		name   string
		price  int64
		payees []bindings.ContentRegistryPayee
	}{
		{"owner only", 1001, nil},
		{"thirds", 1000, []bindings.ContentRegistryPayee{pe(a.addr, 3333), pe(b.addr, 3333), pe(c.addr, 3334)}},
		{"owner and collaborators", 7, []bindings.ContentRegistryPayee{pe(common.Address{}, 5000), pe(a.addr, 2500), pe(b.addr, 2500)}},
		{"tiny price", 1, []bindings.ContentRegistryPayee{pe(a.addr, 9999), pe(b.addr, 1)}},
		{"large price", 1e18 + 7, []bindings.ContentRegistryPayee{pe(a.addr, 1), pe(common.Address{}, 9998), pe(c.addr, 1)}},
	}
	for i, cs := range cases {
		t.Run(cs.name, func(t *testing.T) {
			e.t = t
			id := e.register(creator, registryHash(i), registryPolicy(registryBuy, cs.price, registryNative, 0, cs.payees...))
			price := big.NewInt(cs.price)
			want := map[common.Address]*big.Int{}
			add := func(who common.Address, x *big.Int) {
				if want[who] == nil {
					want[who] = new(big.Int)
				}
				want[who].Add(want[who], x)
			}
			fee := new(big.Int).Div(new(big.Int).Mul(price, big.NewInt(333)), big.NewInt(10000))
			add(e.treasury.addr, fee)
			net := new(big.Int).Sub(price, fee)
			rest := new(big.Int).Set(net)
			for _, p := range cs.payees {
				share := new(big.Int).Div(new(big.Int).Mul(net, big.NewInt(int64(p.ShareBps))), big.NewInt(10000))
				to := p.Account
				if to == (common.Address{}) {
					to = creator.addr
				}
				add(to, share)
				rest.Sub(rest, share)
			}
			add(creator.addr, rest)
			rcpt := e.purchase(buyer, id, buyer.addr, price)
			got := map[common.Address]*big.Int{}
			sum := new(big.Int)
			for _, cr := range registryEvents(e, rcpt, e.reg.UnpackCreditedEvent) {
				if cr.Amount.Sign() == 0 {
					t.Errorf("zero credit to %s", cr.Payee)
				}
				if got[cr.Payee] == nil {
					got[cr.Payee] = new(big.Int)
				}
				got[cr.Payee].Add(got[cr.Payee], cr.Amount)
				sum.Add(sum, cr.Amount)
			}
			if sum.Cmp(price) != 0 {
				t.Fatalf("credits sum to %s, price %s", sum, price)
			}
			for who, w := range want {
				g := got[who]
				if g == nil {
					g = new(big.Int)
				}
				if g.Cmp(w) != 0 {
					t.Errorf("%s credited %s, want %s", who, g, w)
				}
			}
		})
	}
}

// TestRegistryFee checks the fee cap, the zero recipient, admin-only, the event, and that the
// constructor enforces the same rules.
func TestRegistryFee(t *testing.T) {
	t.Parallel()
	e := newRegistryEnv(t, 100, 2)
	f := registryView(e, e.reg.PackFee(), e.reg.UnpackFee)
	if f.Recipient != e.treasury.addr || f.FeeBps != 100 {
		t.Fatalf("fee = %+v", f)
	}
	if got := registryView(e, e.reg.PackMAXFEEBPS(), e.reg.UnpackMAXFEEBPS); got != 1000 {
		t.Fatalf("MAX_FEE_BPS = %d", got)
	}
	e.expectRevert(e.admin, e.regAddr, e.reg.PackSetFee(e.treasury.addr, 1001), nil, &bindings.ContentRegistryFeeTooHigh{FeeBps: 1001, MaxBps: 1000}, nil)
	e.expectRevert(e.admin, e.regAddr, e.reg.PackSetFee(common.Address{}, 10), nil, &bindings.ContentRegistryZeroFeeRecipient{}, nil)
	e.expectRevert(e.users[0], e.regAddr, e.reg.PackSetFee(e.users[0].addr, 10), nil, &bindings.ContentRegistryOwnableUnauthorizedAccount{Account: e.users[0].addr}, nil)
	ev := registryOneEvent(e, e.send(e.admin, e.regAddr, e.reg.PackSetFee(e.users[1].addr, 1000), nil), e.reg.UnpackFeeUpdatedEvent)
	if ev.Recipient != e.users[1].addr || ev.FeeBps != 1000 {
		t.Fatalf("FeeUpdated = %+v", ev)
	}
	id := e.register(e.users[0], registryHash(1), registryPolicy(registryBuy, 1000, registryNative, 0))
	e.purchase(e.users[0], id, e.users[0].addr, big.NewInt(1000))
	if e.owed(e.users[1].addr, registryNative).Int64() != 100 || e.owed(e.treasury.addr, registryNative).Sign() != 0 {
		t.Fatal("the new fee and recipient were not applied")
	}
	_, err := e.deployErr(bindings.ContentRegistryMetaData.Bin, e.reg.PackConstructor(e.admin.addr, e.treasury.addr, 1001))
	e.checkRevert(err, &bindings.ContentRegistryFeeTooHigh{FeeBps: 1001, MaxBps: 1000}, nil)
	_, err = e.deployErr(bindings.ContentRegistryMetaData.Bin, e.reg.PackConstructor(e.admin.addr, common.Address{}, 0))
	e.checkRevert(err, &bindings.ContentRegistryZeroFeeRecipient{}, nil)

	// Admin moves in two steps.
	e.send(e.admin, e.regAddr, e.reg.PackTransferOwnership(e.users[1].addr), nil)
	e.expectRevert(e.users[0], e.regAddr, e.reg.PackAcceptOwnership(), nil, &bindings.ContentRegistryOwnableUnauthorizedAccount{Account: e.users[0].addr}, nil)
	e.send(e.users[1], e.regAddr, e.reg.PackAcceptOwnership(), nil)
	if got := registryView(e, e.reg.PackOwner(), e.reg.UnpackOwner); got != e.users[1].addr {
		t.Fatalf("owner = %s", got)
	}
}

// TestRegistryPause checks that pausing stops registrations, purchases and subscriptions and
// nothing else, and that only the admin can pause.
func TestRegistryPause(t *testing.T) {
	t.Parallel()
	e := newRegistryEnv(t, 0, 2)
	creator, viewer := e.users[0], e.users[1]
	id := e.register(creator, registryHash(1), registryPolicy(registryBuy, 10, registryNative, 0))
	e.purchase(viewer, id, viewer.addr, big.NewInt(10))
	e.send(creator, e.regAddr, e.reg.PackSetChannel(big.NewInt(5), registryNative, 60), nil)

	e.expectRevert(creator, e.regAddr, e.reg.PackPause(), nil, &bindings.ContentRegistryOwnableUnauthorizedAccount{Account: creator.addr}, nil)
	e.expectRevert(e.admin, e.regAddr, e.reg.PackUnpause(), nil, &bindings.ContentRegistryExpectedPause{}, nil)
	if ev := registryOneEvent(e, e.send(e.admin, e.regAddr, e.reg.PackPause(), nil), e.reg.UnpackPausedEvent); ev.Account != e.admin.addr {
		t.Fatalf("Paused = %+v", ev)
	}
	paused := &bindings.ContentRegistryEnforcedPause{}
	e.expectRevert(creator, e.regAddr, e.reg.PackRegister(registryHash(2), [32]byte{1}, [32]byte{1}, "u", registryPolicy(registryFree, 0, registryNative, 0)), nil, paused, nil)
	r, sig := e.signedRegistration(creator, registryHash(3), registryPolicy(registryFree, 0, registryNative, 0), e.now()+3600)
	e.expectRevert(viewer, e.regAddr, e.packRegisterWithSig(r, registryPolicy(registryFree, 0, registryNative, 0), sig), nil, paused, nil)
	e.expectRevert(viewer, e.regAddr, e.packPurchase(id, creator.addr), big.NewInt(10), paused, nil)
	e.expectRevert(viewer, e.regAddr, e.packSubscribe(creator.addr, 1), big.NewInt(5), paused, nil)
	e.expectRevert(e.admin, e.regAddr, e.reg.PackPause(), nil, paused, nil)
	// Withdrawals, policy changes and access checks keep working.
	e.send(creator, e.regAddr, e.reg.PackWithdraw(registryNative), nil)
	e.send(creator, e.regAddr, e.reg.PackUpdatePolicy(id, registryPolicy(registryBuy, 20, registryNative, 0)), nil)
	if !e.hasAccess(id, viewer.addr) {
		t.Fatal("access lost while paused")
	}
	if ev := registryOneEvent(e, e.send(e.admin, e.regAddr, e.reg.PackUnpause(), nil), e.reg.UnpackUnpausedEvent); ev.Account != e.admin.addr {
		t.Fatalf("Unpaused = %+v", ev)
	}
	e.purchase(viewer, id, creator.addr, big.NewInt(20))
}

// TestRegistryPolicyUpdate checks that only the owner changes the policy, that the change is
// stored and announced, and that access already bought survives it.
func TestRegistryPolicyUpdate(t *testing.T) {
	t.Parallel()
	e := newRegistryEnv(t, 0, 3)
	creator, renter, buyer := e.users[0], e.users[1], e.users[2]
	id := e.register(creator, registryHash(1), registryPolicy(registryRent, 100, registryNative, 3600,
		bindings.ContentRegistryPayee{ShareBps: 5000}, bindings.ContentRegistryPayee{Account: renter.addr, ShareBps: 2500},
		bindings.ContentRegistryPayee{Account: buyer.addr, ShareBps: 2500}))
	e.purchase(renter, id, renter.addr, big.NewInt(100))
	rentExpiry := e.accessExpiry(id, renter.addr)

	next := registryPolicy(registryBuy, 500, registryNative, 0, bindings.ContentRegistryPayee{Account: buyer.addr, ShareBps: 10000})
	e.expectRevert(renter, e.regAddr, e.reg.PackUpdatePolicy(id, next), nil, &bindings.ContentRegistryNotContentOwner{ContentId: id, Caller: renter.addr}, nil)
	e.expectRevert(creator, e.regAddr, e.reg.PackUpdatePolicy(big.NewInt(9), next), nil, &bindings.ContentRegistryUnknownContent{ContentId: big.NewInt(9)}, nil)
	e.expectRevert(creator, e.regAddr, e.reg.PackUpdatePolicy(id, registryPolicy(registryBuy, 0, registryNative, 0)), nil, &bindings.ContentRegistryInvalidPolicy{Fault: 0}, nil)
	ev := registryOneEvent(e, e.send(creator, e.regAddr, e.reg.PackUpdatePolicy(id, next), nil), e.reg.UnpackPolicyUpdatedEvent)
	if ev.ContentId.Cmp(id) != 0 || registryErrString(ev.Policy) != registryErrString(next) {
		t.Fatalf("PolicyUpdated = %+v", ev)
	}
	c := registryView(e, e.reg.PackContent(id), e.reg.UnpackContent)
	if registryErrString(c.Policy) != registryErrString(next) {
		t.Fatalf("stored policy %+v, want %+v (the payee list must shrink)", c.Policy, next)
	}
	if e.accessExpiry(id, renter.addr) != rentExpiry {
		t.Fatal("the policy change altered a rental")
	}
	e.purchase(buyer, id, buyer.addr, big.NewInt(500))
	// Now it's Exclusive: neither the buyer nor the renter loses what they paid for.
	e.send(creator, e.regAddr, e.reg.PackUpdatePolicy(id, registryPolicy(registryExclusive, 0, registryNative, 0)), nil)
	if !e.hasAccess(id, buyer.addr) || !e.hasAccess(id, renter.addr) {
		t.Fatal("bought access lost on a policy change")
	}
	e.advance(2 * time.Hour)
	if e.hasAccess(id, renter.addr) || !e.hasAccess(id, buyer.addr) {
		t.Fatal("the rental should expire, the purchase not")
	}
}

// TestRegistryTransferMovesRevenue checks that payees meaning "the owner" follow the rights
// token, explicit payees stay, earlier credits stay with whoever earned them, and access and the
// right to change the policy follow the token.
func TestRegistryTransferMovesRevenue(t *testing.T) {
	t.Parallel()
	e := newRegistryEnv(t, 0, 4)
	creator, label, collaborator, buyer := e.users[0], e.users[1], e.users[2], e.users[3]
	id := e.register(creator, registryHash(1), registryPolicy(registryRent, 1000, registryNative, 60,
		bindings.ContentRegistryPayee{ShareBps: 8000}, bindings.ContentRegistryPayee{Account: collaborator.addr, ShareBps: 2000}))
	e.purchase(buyer, id, buyer.addr, big.NewInt(1000))
	tr := registryOneEvent(e, e.send(creator, e.regAddr, e.reg.PackTransferFrom(creator.addr, label.addr, id), nil), e.reg.UnpackTransferEvent)
	if tr.From != creator.addr || tr.To != label.addr {
		t.Fatalf("Transfer = %+v", tr)
	}
	e.purchase(buyer, id, buyer.addr, big.NewInt(1000))
	if e.owed(creator.addr, registryNative).Int64() != 800 || e.owed(label.addr, registryNative).Int64() != 800 ||
		e.owed(collaborator.addr, registryNative).Int64() != 400 {
		t.Fatal("revenue after the transfer must go to the new owner and the explicit payee")
	}
	if e.hasAccess(id, creator.addr) || !e.hasAccess(id, label.addr) {
		t.Fatal("owner access must follow the token")
	}
	e.expectRevert(creator, e.regAddr, e.reg.PackUpdatePolicy(id, registryPolicy(registryFree, 0, registryNative, 0)), nil, &bindings.ContentRegistryNotContentOwner{ContentId: id, Caller: creator.addr}, nil)
	e.send(label, e.regAddr, e.reg.PackUpdatePolicy(id, registryPolicy(registryFree, 0, registryNative, 0)), nil)
}

// TestRegistryRoyaltyPaysCreator checks ERC-2981 across transfers: the royalty on a resale goes
// to the item's creator, never to the owner who sells, at the rate only the creator may change
// (while it holds the token); creatorOf never moves. An owner who bought the rights token cannot
// zero the creator's royalty before reselling (issue #11).
func TestRegistryRoyaltyPaysCreator(t *testing.T) {
	t.Parallel()
	e := newRegistryEnv(t, 0, 3)
	creator, label, collector := e.users[0], e.users[1], e.users[2]
	p := registryPolicy(registryBuy, 1000, registryNative, 0)
	p.RoyaltyBps = 500
	id := e.register(creator, registryHash(1), p)
	royalty := func(want common.Address, wantAmount int64) {
		t.Helper()
		roy := registryView(e, e.reg.PackRoyaltyInfo(id, big.NewInt(1e6)), e.reg.UnpackRoyaltyInfo)
		if roy.Receiver != want || roy.RoyaltyAmount.Int64() != wantAmount {
			t.Fatalf("royaltyInfo(%s, 1e6) = (%s, %s), want (%s, %d)", id, roy.Receiver, roy.RoyaltyAmount, want, wantAmount)
		}
		if got := registryView(e, e.reg.PackCreatorOf(id), e.reg.UnpackCreatorOf); got != creator.addr {
			t.Fatalf("creatorOf(%s) = %s, want the creator %s", id, got, creator.addr)
		}
	}
	royalty(creator.addr, 5e4)
	// The creator, while it holds the token, sets the rate (the cap still holds).
	p.RoyaltyBps = 1001
	e.expectRevert(creator, e.regAddr, e.reg.PackUpdatePolicy(id, p), nil, &bindings.ContentRegistryInvalidPolicy{Fault: 6}, nil) // RoyaltyTooHigh
	p.RoyaltyBps = 1000
	e.send(creator, e.regAddr, e.reg.PackUpdatePolicy(id, p), nil)
	royalty(creator.addr, 1e5)

	// Sold to a label, then resold: the royalty still pays the creator, not the seller.
	e.send(creator, e.regAddr, e.reg.PackTransferFrom(creator.addr, label.addr, id), nil)
	royalty(creator.addr, 1e5)
	e.send(label, e.regAddr, e.reg.PackTransferFrom(label.addr, collector.addr, id), nil)
	royalty(creator.addr, 1e5)

	// The attack: the collector zeroes the royalty before reselling. Refused; the creator, no
	// longer owner, cannot change the policy either.
	p.RoyaltyBps = 0
	e.expectRevert(collector, e.regAddr, e.reg.PackUpdatePolicy(id, p), nil, &bindings.ContentRegistryInvalidPolicy{Fault: 11}, nil) // RoyaltyNotCreator
	p.RoyaltyBps = 999
	e.expectRevert(collector, e.regAddr, e.reg.PackUpdatePolicy(id, p), nil, &bindings.ContentRegistryInvalidPolicy{Fault: 11}, nil)
	e.expectRevert(creator, e.regAddr, e.reg.PackUpdatePolicy(id, p), nil, &bindings.ContentRegistryNotContentOwner{ContentId: id, Caller: creator.addr}, nil)
	royalty(creator.addr, 1e5)
	// The collector may change everything else, keeping the rate.
	p = registryPolicy(registryBuy, 5000, registryNative, 0)
	p.RoyaltyBps = 1000
	e.send(collector, e.regAddr, e.reg.PackUpdatePolicy(id, p), nil)
	royalty(creator.addr, 1e5)
	// Back with the creator, the creator may change the rate again.
	e.send(collector, e.regAddr, e.reg.PackTransferFrom(collector.addr, creator.addr, id), nil)
	p.RoyaltyBps = 0
	e.send(creator, e.regAddr, e.reg.PackUpdatePolicy(id, p), nil)
	royalty(creator.addr, 0)

	// The creator's own later items, and another creator's, each report their own creator.
	other := e.register(label, registryHash(2), registryPolicy(registryFree, 0, registryNative, 0))
	if got := registryView(e, e.reg.PackCreatorOf(other), e.reg.UnpackCreatorOf); got != label.addr {
		t.Fatalf("creatorOf(%s) = %s, want %s", other, got, label.addr)
	}
}

// TestRegistryWithdraw checks withdrawals: nothing owed, the event and payout, a payee that
// refuses the coin, and a payee that tries to reenter.
func TestRegistryWithdraw(t *testing.T) {
	t.Parallel()
	e := newRegistryEnv(t, 0, 2)
	creator, buyer := e.users[0], e.users[1]
	e.expectRevert(creator, e.regAddr, e.reg.PackWithdraw(registryNative), nil, &bindings.ContentRegistryNothingToWithdraw{Payee: creator.addr, Currency: registryNative}, nil)
	id := e.register(creator, registryHash(1), registryPolicy(registryRent, 1e9, registryNative, 60,
		bindings.ContentRegistryPayee{ShareBps: 5000}, bindings.ContentRegistryPayee{Account: e.receiverAddr, ShareBps: 5000}))
	e.purchase(buyer, id, buyer.addr, big.NewInt(1e9))

	before := e.balance(registryNative, creator.addr)
	rcpt := e.send(creator, e.regAddr, e.reg.PackWithdraw(registryNative), nil)
	w := registryOneEvent(e, rcpt, e.reg.UnpackWithdrawnEvent)
	if w.Payee != creator.addr || w.Amount.Int64() != 5e8 || w.Currency != registryNative {
		t.Fatalf("Withdrawn = %+v", w)
	}
	gasCost := new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice)
	if got := new(big.Int).Sub(new(big.Int).Add(e.balance(registryNative, creator.addr), gasCost), before); got.Int64() != 5e8 {
		t.Fatalf("creator received %s, want 5e8", got)
	}
	e.expectRevert(creator, e.regAddr, e.reg.PackWithdraw(registryNative), nil, &bindings.ContentRegistryNothingToWithdraw{Payee: creator.addr, Currency: registryNative}, nil)

	// A contract payee that refuses the coin, or reenters, gets NativeTransferFailed and keeps its credit.
	failed := &bindings.ContentRegistryNativeTransferFailed{To: e.receiverAddr, Amount: big.NewInt(5e8)}
	for _, mode := range []uint8{1, 2} { // Refuse, Reenter
		e.send(buyer, e.receiverAddr, e.receiver.PackConfigure(e.regAddr, mode), nil)
		e.expectRevert(buyer, e.receiverAddr, e.receiver.PackPull(registryNative), nil, failed, nil)
		if e.owed(e.receiverAddr, registryNative).Int64() != 5e8 {
			t.Fatalf("mode %d: credit lost", mode)
		}
	}
	e.send(buyer, e.receiverAddr, e.receiver.PackConfigure(e.regAddr, 0), nil)
	e.send(buyer, e.receiverAddr, e.receiver.PackPull(registryNative), nil)
	if e.balance(registryNative, e.receiverAddr).Int64() != 5e8 || e.balance(registryNative, e.regAddr).Sign() != 0 {
		t.Fatal("the contract payee was not paid, or the registry kept something")
	}
}

// TestRegistryUnknownContent checks that the views refuse ids that were never registered.
func TestRegistryUnknownContent(t *testing.T) {
	t.Parallel()
	e := newRegistryEnv(t, 0, 1)
	unknown := &bindings.ContentRegistryUnknownContent{ContentId: big.NewInt(5)}
	for name, data := range map[string][]byte{
		"content":      e.reg.PackContent(big.NewInt(5)),
		"hasAccess":    e.reg.PackHasAccess(big.NewInt(5), e.users[0].addr),
		"accessExpiry": e.reg.PackAccessExpiry(big.NewInt(5), e.users[0].addr),
		"tokenURI":     e.reg.PackTokenURI(big.NewInt(5)),
		"royaltyInfo":  e.reg.PackRoyaltyInfo(big.NewInt(5), big.NewInt(1)),
		"creatorOf":    e.reg.PackCreatorOf(big.NewInt(5)),
	} {
		t.Run(name, func(t *testing.T) {
			_, err := e.call(data)
			e2 := *e
			e2.t = t
			e2.checkRevert(err, unknown, nil)
		})
	}
}
