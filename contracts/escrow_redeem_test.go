package contracts_test

import (
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/swarmgate/swarmgate/chain/eip712"
	bindings "github.com/swarmgate/swarmgate/contracts/bindings/bandwidthescrow"
)

// TestEscrowEIP712MatchesGo: the contract's domain separator and digests equal chain/eip712's,
// and signatures made in Go are accepted on-chain (the redeem tests below).
func TestEscrowEIP712MatchesGo(t *testing.T) {
	t.Parallel()
	e := escrowNewEnv(t, escrowDelay)
	if got := escrowCall(e, e.abi.PackDomainSeparator(), e.abi.UnpackDomainSeparator); common.Hash(got) != e.domain.Separator() {
		t.Errorf("domainSeparator = %x, want %x", got, e.domain.Separator())
	}
	if got := escrowCall(e, e.abi.PackRECEIPTTYPEHASH(), e.abi.UnpackRECEIPTTYPEHASH); common.Hash(got) != crypto.Keccak256Hash([]byte(eip712.ReceiptType)) {
		t.Errorf("RECEIPT_TYPEHASH = %x", got)
	}
	if got := escrowCall(e, e.abi.PackSESSIONTYPEHASH(), e.abi.UnpackSESSIONTYPEHASH); common.Hash(got) != crypto.Keccak256Hash([]byte(eip712.SessionType)) {
		t.Errorf("SESSION_TYPEHASH = %x", got)
	}
	huge := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for _, amount := range []*big.Int{big.NewInt(0), big.NewInt(1), big.NewInt(123456789), huge} {
		r := eip712.Receipt{Viewer: escrowAddr(e.accts[1]), Seeder: escrowAddr(e.accts[2]), Bytes: new(big.Int).Add(amount, big.NewInt(7)), Amount: amount}
		if amount == huge {
			r.Bytes = huge
		}
		got := escrowCall(e, e.abi.PackHashReceipt(r.Viewer, r.Seeder, r.Bytes, r.Amount), e.abi.UnpackHashReceipt)
		if common.Hash(got) != r.Digest(e.domain) {
			t.Errorf("hashReceipt(%v) = %x, want %x", r, got, r.Digest(e.domain))
		}
		s := eip712.Session{Viewer: r.Viewer, Key: r.Seeder, Limit: amount, Expiry: amount.Uint64() + 1<<40, Nonce: amount.Uint64() ^ 0xfedcba9876543210}
		got = escrowCall(e, e.abi.PackHashSession(s.Viewer, s.Key, s.Limit, s.Expiry, s.Nonce), e.abi.UnpackHashSession)
		if common.Hash(got) != s.Digest(e.domain) {
			t.Errorf("hashSession(%v) = %x, want %x", s, got, s.Digest(e.domain))
		}
	}
}

func TestEscrowRedeemWallet(t *testing.T) {
	t.Parallel()
	e := escrowNewEnv(t, escrowDelay)
	vk, seeder, relayer := e.accts[1], e.accts[2], e.accts[3]
	viewer, sa := escrowAddr(vk), escrowAddr(seeder)
	e.deposit(viewer, escrowWei(1000))

	old := e.entry(vk, sa, escrowWei(300), nil, 0)
	r := e.redeem(relayer, sa, nil, []bindings.BandwidthEscrowEntry{old})
	evs := escrowLogs(t, r, e.abi.UnpackRedeemedEvent)
	if len(evs) != 1 || evs[0].Viewer != viewer || evs[0].Seeder != sa || evs[0].Payment.Int64() != 300 || evs[0].PaidTotal.Int64() != 300 {
		t.Fatalf("Redeemed events %+v", evs)
	}
	escrowEq(t, "paid", e.paid(viewer, sa), escrowWei(300))
	escrowEq(t, "balance", e.balanceOf(viewer), escrowWei(700))
	escrowEq(t, "earnings", e.earnings(sa), escrowWei(300))

	// Replaying the old receipt pays nothing; a newer one pays the difference.
	r = e.redeem(seeder, sa, nil, []bindings.BandwidthEscrowEntry{old, e.entry(vk, sa, escrowWei(500), nil, 0), old})
	e.checkOutcomes(r, escrowSkipped(escrowSkipNotNewer), escrowPaid(200), escrowSkipped(escrowSkipNotNewer))
	skips := escrowLogs(t, r, e.abi.UnpackRedeemSkippedEvent)
	if len(skips) != 2 || skips[0].Viewer != viewer || skips[0].Seeder != sa || skips[0].Index.Int64() != 0 || skips[1].Index.Int64() != 2 {
		t.Fatalf("RedeemSkipped events %+v", skips)
	}
	escrowEq(t, "paid", e.paid(viewer, sa), escrowWei(500))
	escrowEq(t, "earnings", e.earnings(sa), escrowWei(500))
	escrowEq(t, "contract coin balance", e.coinBalance(e.addr), escrowWei(1000))

	// The redeem return value is the batch total (seen through a call).
	out := escrowCall(e, e.abi.PackRedeem(sa, []bindings.BandwidthEscrowGrant{}, []bindings.BandwidthEscrowEntry{e.entry(vk, sa, escrowWei(650), nil, 0)}), e.abi.UnpackRedeem)
	escrowEq(t, "redeem return", out, escrowWei(150))

	// An empty batch changes nothing; a zero seeder is refused.
	r = e.redeem(seeder, sa, nil, []bindings.BandwidthEscrowEntry{})
	if len(r.Logs) != 0 {
		t.Errorf("empty batch emitted %d logs", len(r.Logs))
	}
	escrowMustRevert[bindings.BandwidthEscrowZeroAddress](e, seeder, e.abi.PackRedeem(common.Address{}, []bindings.BandwidthEscrowGrant{}, []bindings.BandwidthEscrowEntry{old}), nil)
}

// TestEscrowRedeemCapped: a payment capped by the balance records what was actually paid, so the
// rest of the same receipt is redeemable after a top-up.
func TestEscrowRedeemCapped(t *testing.T) {
	t.Parallel()
	e := escrowNewEnv(t, escrowDelay)
	vk, seeder := e.accts[1], e.accts[2]
	viewer, sa := escrowAddr(vk), escrowAddr(seeder)
	e.deposit(viewer, escrowWei(100))
	rc := e.entry(vk, sa, escrowWei(250), nil, 0)
	r := e.redeem(seeder, sa, nil, []bindings.BandwidthEscrowEntry{rc})
	evs := escrowLogs(t, r, e.abi.UnpackRedeemedEvent)
	if len(evs) != 1 || evs[0].Payment.Int64() != 100 || evs[0].PaidTotal.Int64() != 100 {
		t.Fatalf("Redeemed events %+v", evs)
	}
	r = e.redeem(seeder, sa, nil, []bindings.BandwidthEscrowEntry{rc})
	e.checkOutcomes(r, escrowSkipped(escrowSkipNoBalance))
	e.deposit(viewer, escrowWei(1000))
	r = e.redeem(seeder, sa, nil, []bindings.BandwidthEscrowEntry{rc})
	e.checkOutcomes(r, escrowPaid(150))
	escrowEq(t, "paid", e.paid(viewer, sa), escrowWei(250))
	escrowEq(t, "balance", e.balanceOf(viewer), escrowWei(850))
	escrowEq(t, "earnings", e.earnings(sa), escrowWei(250))
}

// TestEscrowRedeemSkips: every skip reason, each next to a valid entry that must still be paid.
func TestEscrowRedeemSkips(t *testing.T) {
	t.Parallel()
	e := escrowNewEnv(t, escrowDelay)
	vk, seeder, other := e.accts[1], e.accts[2], e.accts[3]
	viewer, sa := escrowAddr(vk), escrowAddr(seeder)
	sk := escrowKey("session key")
	stranger := escrowKey("stranger")
	e.deposit(viewer, escrowWei(1_000_000))
	expiry := e.now() + 3600
	goodGrant := e.grant(vk, escrowAddr(sk), escrowWei(1000), expiry)

	sign := func(d eip712.Domain, seederAddr common.Address, amount int64, signer *ecdsa.PrivateKey, grant uint32) bindings.BandwidthEscrowEntry {
		return escrowSignReceipt(t, d, viewer, seederAddr, escrowWei(amount), escrowWei(amount), signer, grant)
	}
	otherChain := eip712.NewDomain(big.NewInt(1), e.addr)
	otherContract := eip712.NewDomain(e.chainID, common.HexToAddress("0x1234567890123456789012345678901234567890"))

	// Invalid entries carry an amount above anything paid, so that only their defect skips them.
	const bad = 500_000
	tampered := e.entry(vk, sa, escrowWei(bad), nil, 0)
	tampered.Amount = escrowWei(bad + 1)
	tamperedBytes := e.entry(vk, sa, escrowWei(bad), nil, 0)
	tamperedBytes.ByteCount = escrowWei(99)

	// The malleated twin of a valid signature: s' = n - s, v flipped.
	malleated := e.entry(vk, sa, escrowWei(bad), nil, 0)
	sig := eip712.Expand(malleated.R, malleated.Vs)
	s := new(big.Int).SetBytes(sig[32:64])
	new(big.Int).Sub(crypto.S256().Params().N, s).FillBytes(sig[32:64])
	sig[64] = 55 - sig[64]
	copy(malleated.Vs[:], sig[32:64]) // the top bit now carries s', not v
	if sig[64] == 28 {
		malleated.Vs[0] |= 0x80
	}
	// An s in the upper half that the compact form can carry (< 2^255): OpenZeppelin refuses it.
	highS := e.entry(vk, sa, escrowWei(bad), nil, 0)
	for i := range highS.Vs {
		highS.Vs[i] = 0xff
	}
	highS.Vs[0] = 0x7f
	zeroSig := e.entry(vk, sa, escrowWei(bad), nil, 0)
	zeroSig.R, zeroSig.Vs = [32]byte{}, [32]byte{}

	badGrant := escrowSignGrant(t, e.domain, stranger, escrowAddr(sk), escrowWei(1000), expiry)
	badGrant.Viewer = viewer // claims to be the viewer's, signed by a stranger
	otherDomainGrant := escrowSignGrant(t, otherChain, vk, escrowAddr(sk), escrowWei(1000), expiry)
	expiredGrant := e.grant(vk, escrowAddr(sk), escrowWei(1000), e.now()-1)
	tinyKey := escrowKey("tiny key")
	tinyGrant := e.grant(vk, escrowAddr(tinyKey), escrowWei(5), expiry)
	strangerGrant := e.grant(vk, escrowAddr(stranger), escrowWei(1000), expiry)
	strangerGrant.Viewer = escrowAddr(other) // viewer mismatch

	cases := []struct {
		name   string
		grants []bindings.BandwidthEscrowGrant
		entry  bindings.BandwidthEscrowEntry
		want   int
	}{
		{"other chain", nil, sign(otherChain, sa, bad, vk, 0), escrowSkipUnauthorizedSigner},
		{"other contract", nil, sign(otherContract, sa, bad, vk, 0), escrowSkipUnauthorizedSigner},
		{"other seeder", nil, sign(e.domain, escrowAddr(other), bad, vk, 0), escrowSkipUnauthorizedSigner},
		{"tampered amount", nil, tampered, escrowSkipUnauthorizedSigner},
		{"tampered bytes", nil, tamperedBytes, escrowSkipUnauthorizedSigner},
		{"malleated", nil, malleated, escrowSkipUnauthorizedSigner},
		{"high s", nil, highS, escrowSkipInvalidSignature},
		{"zero signature", nil, zeroSig, escrowSkipInvalidSignature},
		{"stranger without grant", nil, sign(e.domain, sa, bad, stranger, 0), escrowSkipUnauthorizedSigner},
		{"session key without grant", nil, sign(e.domain, sa, bad, sk, 0), escrowSkipUnauthorizedSigner},
		{"grant of another key", []bindings.BandwidthEscrowGrant{goodGrant}, sign(e.domain, sa, bad, stranger, 1), escrowSkipUnauthorizedSigner},
		{"grant of another viewer", []bindings.BandwidthEscrowGrant{strangerGrant}, sign(e.domain, sa, bad, stranger, 1), escrowSkipUnauthorizedSigner},
		{"unknown grant", []bindings.BandwidthEscrowGrant{goodGrant}, sign(e.domain, sa, bad, sk, 2), escrowSkipUnknownGrant},
		{"grant index without grants", nil, sign(e.domain, sa, bad, sk, 1), escrowSkipUnknownGrant},
		{"grant signed by stranger", []bindings.BandwidthEscrowGrant{badGrant}, sign(e.domain, sa, bad, sk, 1), escrowSkipBadGrantSignature},
		{"grant from other chain", []bindings.BandwidthEscrowGrant{otherDomainGrant}, sign(e.domain, sa, bad, sk, 1), escrowSkipBadGrantSignature},
		{"expired grant", []bindings.BandwidthEscrowGrant{expiredGrant}, sign(e.domain, sa, bad, sk, 1), escrowSkipGrantExpired},
		{"not newer", nil, sign(e.domain, sa, 0, vk, 0), escrowSkipNotNewer},
	}
	paidSoFar := int64(0)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			// The bad entry first and last, a valid one in between: one bad receipt blocks nothing.
			paidSoFar += 7
			good := e.entry(vk, sa, escrowWei(paidSoFar), nil, 0)
			r := e.redeem(seeder, sa, c.grants, []bindings.BandwidthEscrowEntry{c.entry, good, c.entry})
			e.checkOutcomes(r, escrowSkipped(c.want), escrowPaid(7), escrowSkipped(c.want))
			escrowEq(t, "paid", e.paid(viewer, sa), escrowWei(paidSoFar))
			// A verified grant newer than the record is recorded even when its entry is then
			// skipped (so a tighter grant takes effect): of these, only the expired one is verified.
			if recorded := len(escrowLogs(t, r, e.abi.UnpackSessionRecordedEvent)) != 0; recorded != (c.name == "expired grant") {
				t.Errorf("grant recorded: %v", recorded)
			}
		})
	}
	escrowEq(t, "spent by the session key", e.spent(viewer, escrowAddr(sk)), escrowWei(0))

	t.Run("limit exhausted", func(t *testing.T) {
		r := e.redeem(seeder, sa, []bindings.BandwidthEscrowGrant{tinyGrant}, []bindings.BandwidthEscrowEntry{
			escrowSignReceipt(t, e.domain, viewer, escrowAddr(other), escrowWei(1), escrowWei(bad), tinyKey, 1),
		})
		e.checkOutcomes(r, escrowSkipped(escrowSkipUnauthorizedSigner)) // receipt names another seeder
		r = e.redeem(other, escrowAddr(other), []bindings.BandwidthEscrowGrant{tinyGrant}, []bindings.BandwidthEscrowEntry{
			escrowSignReceipt(t, e.domain, viewer, escrowAddr(other), escrowWei(1), escrowWei(20), tinyKey, 1),
		})
		e.checkOutcomes(r, escrowPaid(5))
		r = e.redeem(seeder, sa, nil, []bindings.BandwidthEscrowEntry{
			escrowSignReceipt(t, e.domain, viewer, sa, escrowWei(1), escrowWei(paidSoFar+20), tinyKey, 0),
		})
		e.checkOutcomes(r, escrowSkipped(escrowSkipLimitExhausted))
	})
	t.Run("no balance", func(t *testing.T) {
		poor := escrowKey("poor viewer")
		r := e.redeem(seeder, sa, nil, []bindings.BandwidthEscrowEntry{e.entry(poor, sa, escrowWei(10), nil, 0)})
		e.checkOutcomes(r, escrowSkipped(escrowSkipNoBalance))
	})
}

// TestEscrowRedeemSession: session grants cap a key's spending over every seeder, are recorded
// on first use so later batches may omit them, can be replaced by a new grant, and expire.
func TestEscrowRedeemSession(t *testing.T) {
	t.Parallel()
	e := escrowNewEnv(t, escrowDelay)
	vk, s1, s2 := e.accts[1], e.accts[2], e.accts[3]
	viewer, a1, a2 := escrowAddr(vk), escrowAddr(s1), escrowAddr(s2)
	sk := escrowKey("session key")
	key := escrowAddr(sk)
	e.deposit(viewer, escrowWei(10_000))
	expiry := e.now() + 3600
	g := e.grant(vk, key, escrowWei(500), expiry)
	grants := []bindings.BandwidthEscrowGrant{g}
	sess := func(seeder common.Address, amount int64, grant uint32) bindings.BandwidthEscrowEntry {
		return escrowSignReceipt(t, e.domain, viewer, seeder, escrowWei(amount), escrowWei(amount), sk, grant)
	}

	// Seeder 1: 300 under the grant; the grant is recorded.
	r := e.redeem(s1, a1, grants, []bindings.BandwidthEscrowEntry{sess(a1, 300, 1)})
	e.checkOutcomes(r, escrowPaid(300))
	rec := escrowLogs(t, r, e.abi.UnpackSessionRecordedEvent)
	if len(rec) != 1 || rec[0].Viewer != viewer || rec[0].Key != key || rec[0].Limit.Int64() != 500 || rec[0].Expiry != expiry {
		t.Fatalf("SessionRecorded events %+v", rec)
	}
	red := escrowLogs(t, r, e.abi.UnpackRedeemedEvent)
	if len(red) != 1 || red[0].Viewer != viewer || red[0].Seeder != a1 || red[0].Payment.Int64() != 300 || red[0].PaidTotal.Int64() != 300 {
		t.Fatalf("Redeemed events %+v", red)
	}
	if s := e.session(viewer, key); s.Spent.Int64() != 300 || s.Limit.Int64() != 500 || s.Expiry != expiry {
		t.Fatalf("session = %+v", s)
	}
	// Seeder 2 omits the grant (recorded): capped by the remaining limit 200.
	r = e.redeem(s2, a2, nil, []bindings.BandwidthEscrowEntry{sess(a2, 400, 0)})
	e.checkOutcomes(r, escrowPaid(200))
	if len(escrowLogs(t, r, e.abi.UnpackSessionRecordedEvent)) != 0 {
		t.Error("an already recorded grant was recorded again")
	}
	escrowEq(t, "spent", e.spent(viewer, key), escrowWei(500))
	escrowEq(t, "paid to seeder 2", e.paid(viewer, a2), escrowWei(200))
	// Carrying the same grant again changes nothing; the limit is exhausted.
	r = e.redeem(s1, a1, grants, []bindings.BandwidthEscrowEntry{sess(a1, 350, 1)})
	e.checkOutcomes(r, escrowSkipped(escrowSkipLimitExhausted))
	// The wallet itself is not limited by grants.
	r = e.redeem(s1, a1, nil, []bindings.BandwidthEscrowEntry{e.entry(vk, a1, escrowWei(350), nil, 0)})
	e.checkOutcomes(r, escrowPaid(50))

	// A new grant for the same key (next nonce) with a higher limit: verified, recorded,
	// spending continues.
	g2 := e.grantNonce(vk, key, escrowWei(900), expiry+3600, 1)
	r = e.redeem(s2, a2, []bindings.BandwidthEscrowGrant{g2}, []bindings.BandwidthEscrowEntry{sess(a2, 400, 1), sess(a2, 1000, 1)})
	e.checkOutcomes(r, escrowPaid(200), escrowPaid(200))
	if s := e.session(viewer, key); s.Spent.Int64() != 900 || s.Limit.Int64() != 900 || s.Expiry != expiry+3600 || s.Nonce != 1 {
		t.Fatalf("session after a new grant = %+v", s)
	}
	// Two entries under one bad grant: both skipped. With the recorded nonce and other terms it
	// conflicts with the record; with a higher nonce its signature is checked, and fails.
	bad := g2
	bad.Limit = escrowWei(5000) // not what the viewer signed
	r = e.redeem(s1, a1, []bindings.BandwidthEscrowGrant{bad}, []bindings.BandwidthEscrowEntry{sess(a1, 2000, 1), sess(a1, 3000, 1)})
	e.checkOutcomes(r, escrowSkipped(escrowSkipGrantSuperseded), escrowSkipped(escrowSkipGrantSuperseded))
	bad.Nonce = 2
	r = e.redeem(s1, a1, []bindings.BandwidthEscrowGrant{bad}, []bindings.BandwidthEscrowEntry{sess(a1, 2000, 1), sess(a1, 3000, 1)})
	e.checkOutcomes(r, escrowSkipped(escrowSkipBadGrantSignature), escrowSkipped(escrowSkipBadGrantSignature))

	// Expiry: a third key, used after its grant's expiry, both carried and recorded.
	sk3 := escrowKey("session key 3")
	g3 := e.grant(vk, escrowAddr(sk3), escrowWei(1000), e.now()+600)
	sess3 := func(amount int64, grant uint32) bindings.BandwidthEscrowEntry {
		return escrowSignReceipt(t, e.domain, viewer, a1, escrowWei(amount), escrowWei(amount), sk3, grant)
	}
	r = e.redeem(s1, a1, []bindings.BandwidthEscrowGrant{g3}, []bindings.BandwidthEscrowEntry{sess3(400, 1)})
	e.checkOutcomes(r, escrowPaid(50))
	e.advance(601 * time.Second)
	r = e.redeem(s1, a1, []bindings.BandwidthEscrowGrant{g3}, []bindings.BandwidthEscrowEntry{sess3(500, 1), sess3(500, 0)})
	e.checkOutcomes(r, escrowSkipped(escrowSkipGrantExpired), escrowSkipped(escrowSkipGrantExpired))

	// A limit above 2^96-1 is recorded as 2^96-1.
	sk4 := escrowKey("session key 4")
	huge := new(big.Int).Lsh(big.NewInt(1), 200)
	g4 := e.grant(vk, escrowAddr(sk4), huge, e.now()+600)
	r = e.redeem(s2, a2, []bindings.BandwidthEscrowGrant{g4}, []bindings.BandwidthEscrowEntry{
		escrowSignReceipt(t, e.domain, viewer, a2, escrowWei(1), escrowWei(1100), sk4, 1),
	})
	e.checkOutcomes(r, escrowPaid(500)) // 1100 - 600 already paid to seeder 2
	max96 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))
	escrowEq(t, "recorded limit", e.session(viewer, escrowAddr(sk4)).Limit, max96)

	total := int64(300 + 200 + 50 + 200 + 200 + 50 + 500)
	escrowEq(t, "balance", e.balanceOf(viewer), escrowWei(10_000-total))
	escrowEq(t, "earnings", new(big.Int).Add(e.earnings(a1), e.earnings(a2)), escrowWei(total))
	escrowEq(t, "contract coin balance", e.coinBalance(e.addr), escrowWei(10_000))
}
