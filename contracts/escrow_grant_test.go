package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	bindings "github.com/swarmgate/swarmgate/contracts/bindings/bandwidthescrow"
)

// TestEscrowOlderGrantReplayed performs issue #11's attack 5: a viewer tightens a session key's
// grant (limit 5,000 → 100) and someone replays the older, looser grant. The older grant must
// never replace the newer one, in either order of recording, and a newer grant replaces the
// terms with what the key spent carried over.
func TestEscrowOlderGrantReplayed(t *testing.T) {
	t.Parallel()
	e := escrowNewEnv(t, escrowDelay)
	vk, s1, s2 := e.accts[1], e.accts[2], e.accts[3]
	viewer, a1, a2 := escrowAddr(vk), escrowAddr(s1), escrowAddr(s2)
	e.deposit(viewer, escrowWei(100_000))
	expiry := e.now() + 3600

	t.Run("newer tighter grant recorded first", func(t *testing.T) {
		sk := escrowKey("replay key 1")
		key := escrowAddr(sk)
		loose := e.grantNonce(vk, key, escrowWei(5000), expiry, 0)
		tight := e.grantNonce(vk, key, escrowWei(100), expiry, 1)
		sess := func(seeder common.Address, amount int64, grant uint32) bindings.BandwidthEscrowEntry {
			return escrowSignReceipt(t, e.domain, viewer, seeder, escrowWei(amount), escrowWei(amount), sk, grant)
		}
		r := e.redeem(s1, a1, []bindings.BandwidthEscrowGrant{tight}, []bindings.BandwidthEscrowEntry{sess(a1, 100, 1)})
		e.checkOutcomes(r, escrowPaid(100))
		// The older grant, replayed by another seeder: skipped, and the record keeps nonce 1.
		r = e.redeem(s2, a2, []bindings.BandwidthEscrowGrant{loose}, []bindings.BandwidthEscrowEntry{sess(a2, 3000, 1)})
		e.checkOutcomes(r, escrowSkipped(escrowSkipGrantSuperseded))
		if len(escrowLogs(t, r, e.abi.UnpackSessionRecordedEvent)) != 0 {
			t.Fatal("the older grant was recorded")
		}
		r = e.redeem(s2, a2, nil, []bindings.BandwidthEscrowEntry{sess(a2, 3000, 0)})
		e.checkOutcomes(r, escrowSkipped(escrowSkipLimitExhausted))
		if s := e.session(viewer, key); s.Spent.Int64() != 100 || s.Limit.Int64() != 100 || s.Nonce != 1 {
			t.Fatalf("session = %+v, want 100 of 100 spent under nonce 1", s)
		}
	})

	t.Run("older looser grant recorded first", func(t *testing.T) {
		sk := escrowKey("replay key 2")
		key := escrowAddr(sk)
		loose := e.grantNonce(vk, key, escrowWei(5000), expiry, 0)
		tight := e.grantNonce(vk, key, escrowWei(100), expiry, 1)
		sess := func(seeder common.Address, amount int64, grant uint32) bindings.BandwidthEscrowEntry {
			return escrowSignReceipt(t, e.domain, viewer, seeder, escrowWei(amount), escrowWei(amount), sk, grant)
		}
		r := e.redeem(s1, a1, []bindings.BandwidthEscrowGrant{loose}, []bindings.BandwidthEscrowEntry{sess(a1, 3100, 1)})
		e.checkOutcomes(r, escrowPaid(3000)) // 100 of a1's amount was paid by the previous subtest
		// The tighter grant arrives with a receipt it cannot pay: recorded all the same.
		r = e.redeem(s2, a2, []bindings.BandwidthEscrowGrant{tight}, []bindings.BandwidthEscrowEntry{sess(a2, 50, 1)})
		e.checkOutcomes(r, escrowSkipped(escrowSkipLimitExhausted))
		rec := escrowLogs(t, r, e.abi.UnpackSessionRecordedEvent)
		if len(rec) != 1 || rec[0].Limit.Int64() != 100 || rec[0].Nonce != 1 || rec[0].Expiry != expiry {
			t.Fatalf("SessionRecorded %+v, want the tighter grant", rec)
		}
		// The looser grant replayed, carried or not: nothing more is paid.
		r = e.redeem(s1, a1, []bindings.BandwidthEscrowGrant{loose}, []bindings.BandwidthEscrowEntry{sess(a1, 5100, 1)})
		e.checkOutcomes(r, escrowSkipped(escrowSkipGrantSuperseded))
		r = e.redeem(s1, a1, nil, []bindings.BandwidthEscrowEntry{sess(a1, 5100, 0)})
		e.checkOutcomes(r, escrowSkipped(escrowSkipLimitExhausted))

		// The same nonce with other terms (a wallet that signed twice) conflicts with the record.
		twin := e.grantNonce(vk, key, escrowWei(9000), expiry, 1)
		r = e.redeem(s1, a1, []bindings.BandwidthEscrowGrant{twin}, []bindings.BandwidthEscrowEntry{sess(a1, 5100, 1)})
		e.checkOutcomes(r, escrowSkipped(escrowSkipGrantSuperseded))

		// A higher nonce replaces the terms; what the key spent carries over.
		wider := e.grantNonce(vk, key, escrowWei(4000), expiry+60, 7)
		r = e.redeem(s1, a1, []bindings.BandwidthEscrowGrant{wider}, []bindings.BandwidthEscrowEntry{sess(a1, 5100, 1)})
		e.checkOutcomes(r, escrowPaid(1000)) // limit 4000 - 3000 spent
		if s := e.session(viewer, key); s.Spent.Int64() != 4000 || s.Limit.Int64() != 4000 || s.Expiry != expiry+60 || s.Nonce != 7 {
			t.Fatalf("session = %+v", s)
		}
		// Every older grant is superseded now, whichever nonce below 7.
		for _, g := range []bindings.BandwidthEscrowGrant{loose, tight, twin, e.grantNonce(vk, key, escrowWei(1e9), expiry+9999, 6)} {
			r = e.redeem(s2, a2, []bindings.BandwidthEscrowGrant{g}, []bindings.BandwidthEscrowEntry{sess(a2, 9000, 1)})
			e.checkOutcomes(r, escrowSkipped(escrowSkipGrantSuperseded))
		}
	})
	escrowEq(t, "balance", e.balanceOf(viewer), escrowWei(100_000-100-3000-1000))
	escrowEq(t, "earnings", new(big.Int).Add(e.earnings(a1), e.earnings(a2)), escrowWei(4100))
}

// TestEscrowRevokeSession: a viewer revokes a session key (a lost device). Receipts the key signed
// before stay redeemable for the unlock delay, carried grant or not; no grant recorded later
// outlives the deadline; a second revocation does not extend it; after it, nothing is paid.
func TestEscrowRevokeSession(t *testing.T) {
	t.Parallel()
	e := escrowNewEnv(t, escrowDelay)
	vk, s1, s2, stranger := e.accts[1], e.accts[2], e.accts[3], e.accts[4]
	viewer, a1, a2 := escrowAddr(vk), escrowAddr(s1), escrowAddr(s2)
	sk := escrowKey("revoked key")
	key := escrowAddr(sk)
	e.deposit(viewer, escrowWei(100_000))
	week := e.now() + 7*24*3600
	g := e.grant(vk, key, escrowWei(10_000), week)
	sess := func(seeder common.Address, amount int64, grant uint32) bindings.BandwidthEscrowEntry {
		return escrowSignReceipt(t, e.domain, viewer, seeder, escrowWei(amount), escrowWei(amount), sk, grant)
	}
	r := e.redeem(s1, a1, []bindings.BandwidthEscrowGrant{g}, []bindings.BandwidthEscrowEntry{sess(a1, 100, 1)})
	e.checkOutcomes(r, escrowPaid(100))
	// Receipts signed before the revocation, not redeemed yet.
	before1, before2 := sess(a1, 600, 0), sess(a2, 500, 1)

	escrowMustRevert[bindings.BandwidthEscrowInvalidSessionKey](e, vk, e.abi.PackRevokeSession(common.Address{}), nil)
	escrowMustRevert[bindings.BandwidthEscrowInvalidSessionKey](e, vk, e.abi.PackRevokeSession(viewer), nil)
	// Someone else "revoking" the key revokes only its own record: the viewer's is untouched.
	e.ok(stranger, e.abi.PackRevokeSession(key), nil)
	if s := e.session(viewer, key); s.RevokedUntil != 0 || s.Expiry != week {
		t.Fatalf("a stranger's revocation changed the viewer's record: %+v", s)
	}

	r = e.ok(vk, e.abi.PackRevokeSession(key), nil)
	deadline := e.blockTime(r) + escrowDelay
	ev := escrowLogs(t, r, e.abi.UnpackSessionRevokedEvent)
	if len(ev) != 1 || ev[0].Viewer != viewer || ev[0].Key != key || ev[0].Deadline != deadline {
		t.Fatalf("SessionRevoked %+v, want deadline %d", ev, deadline)
	}
	if s := e.session(viewer, key); s.Expiry != deadline || s.RevokedUntil != deadline || s.Limit.Int64() != 10_000 || s.Spent.Int64() != 100 {
		t.Fatalf("session after revocation = %+v", s)
	}
	// Revoking again later keeps the first deadline.
	e.advance(600 * time.Second)
	r = e.ok(vk, e.abi.PackRevokeSession(key), nil)
	if ev := escrowLogs(t, r, e.abi.UnpackSessionRevokedEvent); len(ev) != 1 || ev[0].Deadline != deadline {
		t.Fatalf("second SessionRevoked %+v, want the first deadline %d", ev, deadline)
	}
	if s := e.session(viewer, key); s.RevokedUntil != deadline || s.Expiry != deadline {
		t.Fatalf("session after a second revocation = %+v", s)
	}

	// Within the delay, the receipts signed before are paid: grant omitted, or carried (the
	// recorded grant itself, whose expiry the revocation capped).
	r = e.redeem(s1, a1, nil, []bindings.BandwidthEscrowEntry{before1})
	e.checkOutcomes(r, escrowPaid(500))
	r = e.redeem(s2, a2, []bindings.BandwidthEscrowGrant{g}, []bindings.BandwidthEscrowEntry{before2})
	e.checkOutcomes(r, escrowPaid(500))
	if len(escrowLogs(t, r, e.abi.UnpackSessionRecordedEvent)) != 0 {
		t.Fatal("the recorded grant was recorded again")
	}
	// A newer grant for the revoked key is recorded, but capped to the deadline.
	g1 := e.grantNonce(vk, key, escrowWei(20_000), week+3600, 1)
	r = e.redeem(s1, a1, []bindings.BandwidthEscrowGrant{g1}, []bindings.BandwidthEscrowEntry{sess(a1, 700, 1)})
	e.checkOutcomes(r, escrowPaid(100))
	if rec := escrowLogs(t, r, e.abi.UnpackSessionRecordedEvent); len(rec) != 1 || rec[0].Expiry != deadline || rec[0].Nonce != 1 {
		t.Fatalf("SessionRecorded %+v, want expiry capped to %d", rec, deadline)
	}
	// The older grant is superseded now; the newer one, carried again, is the record itself.
	r = e.redeem(s2, a2, []bindings.BandwidthEscrowGrant{g, g1}, []bindings.BandwidthEscrowEntry{sess(a2, 800, 1)})
	e.checkOutcomes(r, escrowSkipped(escrowSkipGrantSuperseded))
	r = e.redeem(s2, a2, []bindings.BandwidthEscrowGrant{g1}, []bindings.BandwidthEscrowEntry{sess(a2, 800, 1)})
	e.checkOutcomes(r, escrowPaid(300))

	// After the deadline nothing the key signed is paid, however it comes.
	e.advance(time.Duration(deadline-e.now()+1) * time.Second)
	g2 := e.grantNonce(vk, key, escrowWei(50_000), week+7200, 2)
	r = e.redeem(s1, a1, []bindings.BandwidthEscrowGrant{g1, g2}, []bindings.BandwidthEscrowEntry{sess(a1, 900, 0)})
	e.checkOutcomes(r, escrowSkipped(escrowSkipGrantExpired))
	r = e.redeem(s1, a1, []bindings.BandwidthEscrowGrant{g1, g2}, []bindings.BandwidthEscrowEntry{sess(a1, 900, 1)})
	e.checkOutcomes(r, escrowSkipped(escrowSkipGrantExpired))
	r = e.redeem(s1, a1, []bindings.BandwidthEscrowGrant{g1, g2}, []bindings.BandwidthEscrowEntry{sess(a1, 900, 2)})
	e.checkOutcomes(r, escrowSkipped(escrowSkipGrantExpired))
	if s := e.session(viewer, key); s.Expiry != deadline || s.Nonce != 2 || s.Spent.Int64() != 1500 {
		t.Fatalf("session after the deadline = %+v", s)
	}
	// The viewer's wallet itself is not affected.
	r = e.redeem(s1, a1, nil, []bindings.BandwidthEscrowEntry{e.entry(vk, a1, escrowWei(900), nil, 0)})
	e.checkOutcomes(r, escrowPaid(200))

	// A key revoked before any grant was recorded: its first grant is capped too.
	sk2 := escrowKey("revoked before use")
	r = e.ok(vk, e.abi.PackRevokeSession(escrowAddr(sk2)), nil)
	deadline2 := e.blockTime(r) + escrowDelay
	if s := e.session(viewer, escrowAddr(sk2)); s.Expiry != 0 || s.RevokedUntil != deadline2 {
		t.Fatalf("session of an unused revoked key = %+v", s)
	}
	r = e.redeem(s2, a2, []bindings.BandwidthEscrowGrant{e.grant(vk, escrowAddr(sk2), escrowWei(1000), week)}, []bindings.BandwidthEscrowEntry{
		escrowSignReceipt(t, e.domain, viewer, a2, escrowWei(1), escrowWei(850), sk2, 1),
	})
	e.checkOutcomes(r, escrowPaid(50))
	if s := e.session(viewer, escrowAddr(sk2)); s.Expiry != deadline2 {
		t.Fatalf("first grant of a revoked key recorded with expiry %d, want %d", s.Expiry, deadline2)
	}
	escrowEq(t, "contract coin balance", e.coinBalance(e.addr), escrowWei(100_000))
}

// TestEscrowCaps: values at and around the uint96 limit cap and the uint128 balance cap. A
// grant's limit above 2^96-1 is recorded as 2^96-1, and grants whose limits differ only above
// the cap are the same terms; a key can spend exactly 2^96-1 and no more.
func TestEscrowCaps(t *testing.T) {
	t.Parallel()
	e := escrowNewEnv(t, escrowDelay)
	vk, seeder := e.accts[1], e.accts[2]
	viewer, sa := escrowAddr(vk), escrowAddr(seeder)
	one := big.NewInt(1)
	max96 := new(big.Int).Sub(new(big.Int).Lsh(one, 96), one)
	max128 := new(big.Int).Sub(new(big.Int).Lsh(one, 128), one)
	max256 := new(big.Int).Sub(new(big.Int).Lsh(one, 256), one)
	// The largest balance there is: 2^128-1 from the account that holds more than that.
	e.ok(e.accts[escrowFunded-1], e.abi.PackDeposit(viewer), max128)
	escrowMustRevert[bindings.BandwidthEscrowBalanceOverflow](e, e.accts[0], e.abi.PackDeposit(viewer), one)

	sk := escrowKey("cap key")
	key := escrowAddr(sk)
	expiry := e.now() + 3600
	over := new(big.Int).Add(max96, one)
	g := e.grant(vk, key, over, expiry)
	sess := func(amount *big.Int, grant uint32) bindings.BandwidthEscrowEntry {
		return escrowSignReceipt(t, e.domain, viewer, sa, big.NewInt(1), amount, sk, grant)
	}
	half := new(big.Int).Rsh(max96, 1)
	r := e.redeem(seeder, sa, []bindings.BandwidthEscrowGrant{g}, []bindings.BandwidthEscrowEntry{sess(half, 1)})
	e.checkOutcomes(r, escrowOutcome{Pay: half, Skip: -1})
	if rec := escrowLogs(t, r, e.abi.UnpackSessionRecordedEvent); len(rec) != 1 || rec[0].Limit.Cmp(max96) != 0 {
		t.Fatalf("SessionRecorded %+v, want the limit capped to 2^96-1", rec)
	}
	// The same grant carried again, and a grant with the same nonce whose limit differs only
	// above the cap: the recorded terms, not a conflict (and not recorded again).
	same := e.grant(vk, key, max256, expiry)
	r = e.redeem(seeder, sa, []bindings.BandwidthEscrowGrant{g, same}, []bindings.BandwidthEscrowEntry{sess(new(big.Int).Add(half, one), 1)})
	e.checkOutcomes(r, escrowPaid(1))
	r = e.redeem(seeder, sa, []bindings.BandwidthEscrowGrant{g, same}, []bindings.BandwidthEscrowEntry{sess(new(big.Int).Add(half, big.NewInt(3)), 2)})
	e.checkOutcomes(r, escrowPaid(2))
	if len(escrowLogs(t, r, e.abi.UnpackSessionRecordedEvent)) != 0 {
		t.Fatal("terms equal after the cap were recorded again")
	}
	// A receipt for 2^256-1: paid up to the key's limit, exactly 2^96-1 in total.
	r = e.redeem(seeder, sa, nil, []bindings.BandwidthEscrowEntry{sess(max256, 0)})
	rest := new(big.Int).Sub(max96, new(big.Int).Add(half, big.NewInt(3)))
	e.checkOutcomes(r, escrowOutcome{Pay: rest, Skip: -1})
	escrowEq(t, "spent", e.spent(viewer, key), max96)
	escrowEq(t, "paid", e.paid(viewer, sa), max96)
	r = e.redeem(seeder, sa, nil, []bindings.BandwidthEscrowEntry{sess(max256, 0)})
	e.checkOutcomes(r, escrowSkipped(escrowSkipLimitExhausted))
	// The wallet pays the rest of the balance, 2^128-1 - (2^96-1), with a receipt for 2^256-1.
	r = e.redeem(seeder, sa, nil, []bindings.BandwidthEscrowEntry{escrowSignReceipt(t, e.domain, viewer, escrowAddr(e.accts[3]), one, max256, vk, 0)})
	e.checkOutcomes(r, escrowSkipped(escrowSkipUnauthorizedSigner)) // names another seeder
	s3 := e.accts[3]
	r = e.redeem(s3, escrowAddr(s3), nil, []bindings.BandwidthEscrowEntry{escrowSignReceipt(t, e.domain, viewer, escrowAddr(s3), one, max256, vk, 0)})
	e.checkOutcomes(r, escrowOutcome{Pay: new(big.Int).Sub(max128, max96), Skip: -1})
	escrowEq(t, "balance", e.balanceOf(viewer), new(big.Int))
	escrowEq(t, "earnings", new(big.Int).Add(e.earnings(sa), e.earnings(escrowAddr(s3))), max128)
	escrowEq(t, "contract coin balance", e.coinBalance(e.addr), max128)
}
