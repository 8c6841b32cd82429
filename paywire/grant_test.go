package paywire

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain/eip712"
)

const (
	testSettle   = 24 * time.Hour
	testLifetime = 30 * 24 * time.Hour
)

// TestCheckGrantEdges: every grant the escrow would refuse, or that the seeder could not redeem
// under, is refused before any credit; the edges that are fine pass.
func TestCheckGrantEdges(t *testing.T) {
	t.Parallel()
	d := testDomain()
	wallet, session := newKey(t), newKey(t)
	v := NewVerifier(testChainID, testEscrow, addr(newKey(t)), testPrice, testSettle, testLifetime)
	now := time.Unix(1_800_000_000, 0)
	soonest, latest := uint64(now.Add(testSettle).Unix()), uint64(now.Add(testLifetime).Unix())
	one := big.NewInt(1)
	over96 := new(big.Int).Add(MaxGrantLimit, one)
	cases := []struct {
		name   string
		limit  *big.Int
		expiry uint64
		key    common.Address
		want   error
	}{
		{"never expires (2^64-1)", one, ^uint64(0), addr(session), ErrGrantLifetime},
		{"2^62, what a clamping store would keep", one, 1 << 62, addr(session), ErrGrantLifetime},
		{"one second past the maximum lifetime", one, latest + 1, addr(session), ErrGrantLifetime},
		{"exactly the maximum lifetime", one, latest, addr(session), nil},
		{"exactly the settlement window", one, soonest, addr(session), nil},
		{"one second short of the settlement window", one, soonest - 1, addr(session), ErrGrantExpiring},
		{"expiry 0", one, 0, addr(session), ErrGrantExpiring},
		{"limit 0", new(big.Int), soonest, addr(session), ErrGrantTerms},
		{"limit 1 wei", one, soonest, addr(session), nil},
		{"limit 2^96-1", MaxGrantLimit, soonest, addr(session), nil},
		{"limit 2^96 (capped)", over96, soonest, addr(session), nil},
		{"limit 2^256-1 (capped)", maxUint256, soonest, addr(session), nil},
		{"zero key", one, soonest, common.Address{}, ErrGrantTerms},
		{"key is the wallet", one, soonest, addr(wallet), ErrGrantTerms},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			s := eip712.Session{Viewer: addr(wallet), Key: c.key, Limit: c.limit, Expiry: c.expiry, Nonce: 3}
			sig, err := s.Sign(d, wallet)
			if err != nil {
				t.Fatal(err)
			}
			err = v.CheckGrant(&SignedGrant{Session: s, Signature: sig}, now)
			if (c.want == nil) != (err == nil) || (c.want != nil && !errors.Is(err, c.want)) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
		})
	}
	if got := EffectiveLimit(&SignedGrant{Session: eip712.Session{Limit: maxUint256}}); got.Cmp(MaxGrantLimit) != 0 {
		t.Errorf("effective limit of 2^256-1 is %s, want 2^96-1", got)
	}
}

// TestCheckNonce: an older grant (lower nonce, or the same nonce with other terms) never
// replaces a newer one, whether the seller holds the newer one or the escrow recorded it; a
// revoked key gets nothing.
func TestCheckNonce(t *testing.T) {
	t.Parallel()
	d := testDomain()
	wallet, session := newKey(t), newKey(t)
	exp := uint64(time.Now().Add(7 * 24 * time.Hour).Unix())
	g := func(limit int64, nonce uint64) *SignedGrant {
		return signGrantNonce(t, d, wallet, session, big.NewInt(limit), exp, nonce)
	}
	recorded := func(nonce uint64, limit int64) *KeyState {
		return &KeyState{Recorded: true, Nonce: nonce, Limit: big.NewInt(limit), Expiry: exp}
	}
	cases := []struct {
		name  string
		g     *SignedGrant
		held  *SignedGrant
		state *KeyState
		want  error
	}{
		{"first grant", g(100, 0), nil, nil, nil},
		{"newer than held", g(100, 2), g(5000, 1), nil, nil},
		{"same as held", g(100, 2), g(100, 2), nil, nil},
		{"older than held (the 5000 restored over 100)", g(5000, 1), g(100, 2), nil, ErrGrantSuperseded},
		{"same nonce, other limit", g(5000, 2), g(100, 2), nil, ErrGrantConflict},
		{"older than recorded", g(5000, 1), nil, recorded(2, 100), ErrGrantSuperseded},
		{"recorded nonce, other terms", g(5000, 2), nil, recorded(2, 100), ErrGrantConflict},
		{"recorded nonce, same terms", g(100, 2), nil, recorded(2, 100), nil},
		{"newer than recorded", g(100, 3), nil, recorded(2, 5000), nil},
		{"nothing recorded", g(100, 0), nil, &KeyState{}, nil},
		{"revoked", g(100, 9), nil, &KeyState{Revoked: true, RedeemUntil: exp}, ErrKeyRevoked},
		{"highest nonce", g(100, ^uint64(0)), g(100, ^uint64(0)-1), recorded(^uint64(0)-1, 100), nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			err := CheckNonce(c.g, c.held, c.state)
			if (c.want == nil) != (err == nil) || (c.want != nil && !errors.Is(err, c.want)) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
		})
	}
}

// FuzzSellerGrant runs grants with arbitrary field values through the wire and the seller's
// checks: a grant the seller accepts is one the escrow honours (limit above 0, a usable key,
// expiry within [now + settlement window, now + maximum lifetime], signed by its viewer) and it
// comes out of the wire with every signed value exactly as signed; a grant that meets all of
// that is never refused.
func FuzzSellerGrant(f *testing.F) {
	d := testDomain()
	wallet, session := newKey(f), newKey(f)
	v := NewVerifier(testChainID, testEscrow, addr(newKey(f)), testPrice, testSettle, testLifetime)
	now := time.Unix(1_800_000_000, 0)
	soonest, latest := uint64(now.Add(testSettle).Unix()), uint64(now.Add(testLifetime).Unix())
	f.Add([]byte{1}, soonest, uint64(0), byte(0), false)
	f.Add([]byte{}, latest, uint64(1), byte(0), false)
	f.Add(MaxGrantLimit.Bytes(), latest+1, ^uint64(0), byte(0), false)
	f.Add(maxUint256.Bytes(), ^uint64(0), uint64(7), byte(1), false)
	f.Add([]byte{1, 0}, soonest-1, uint64(7), byte(2), true)
	f.Fuzz(func(t *testing.T, limitBytes []byte, expiry, nonce uint64, keyKind byte, tamper bool) {
		if len(limitBytes) > 32 {
			limitBytes = limitBytes[:32]
		}
		key := addr(session)
		switch keyKind % 3 {
		case 1:
			key = common.Address{}
		case 2:
			key = addr(wallet)
		}
		s := eip712.Session{Viewer: addr(wallet), Key: key, Limit: new(big.Int).SetBytes(limitBytes), Expiry: expiry, Nonce: nonce}
		sig, err := s.Sign(d, wallet)
		if err != nil {
			t.Fatal(err)
		}
		enc, err := Encode(&Payment{Grant: &SignedGrant{Session: s, Signature: sig}})
		if err != nil {
			t.Fatal(err)
		}
		if tamper {
			enc[3+40+31] ^= 1 // the limit's lowest byte
		}
		m, err := Decode(enc)
		if err != nil {
			t.Fatal(err)
		}
		got := m.(*Payment).Grant
		if !tamper && (!sameGrant(got, &SignedGrant{Session: s, Signature: sig}) || got.Session.Nonce != nonce) {
			t.Fatalf("the wire changed a signed value: %+v, sent %+v", got.Session, s)
		}
		err = v.CheckGrant(got, now)
		ok := !tamper && s.Limit.Sign() > 0 && key == addr(session) && expiry >= soonest && expiry <= latest
		if ok != (err == nil) {
			t.Fatalf("limit %s expiry %d key %s tamper %v: CheckGrant says %v", s.Limit, expiry, key, tamper, err)
		}
		if err == nil {
			if signer, err := got.Session.Signer(d, got.Signature); err != nil || signer != addr(wallet) {
				t.Fatalf("accepted grant does not recover to its viewer: %s, %v", signer, err)
			}
			if el := EffectiveLimit(got); el.Cmp(MaxGrantLimit) > 0 || el.Sign() <= 0 {
				t.Fatalf("effective limit %s", el)
			}
		}
	})
}

// FuzzSellerReceipt runs receipts with arbitrary byte counts and amounts, over an arbitrary
// baseline and escrow account, through the seller's checks: what the seller accepts is priced
// exactly by the rounding rule, newer than the baseline, and within the balance and the grant's
// effective limit; what it keeps as underfunded is priced exactly too.
func FuzzSellerReceipt(f *testing.F) {
	d := testDomain()
	wallet, session, seeder := newKey(f), newKey(f), newKey(f)
	now := time.Now()
	v := NewVerifier(testChainID, testEscrow, addr(seeder), testPrice, testSettle, testLifetime)
	f.Add(uint64(1<<20), []byte{1}, uint64(0), []byte{}, []byte{0xff, 0xff}, []byte{}, []byte{0xff})
	f.Add(^uint64(0), maxUint256.Bytes(), uint64(1<<30), Cost(1<<30, testPrice).Bytes(), maxUint256.Bytes(), []byte{}, MaxGrantLimit.Bytes())
	f.Add(uint64(1<<30), Cost(1<<30, testPrice).Bytes(), uint64(1<<20), Cost(1<<20, testPrice).Bytes(), []byte{1}, []byte{}, maxUint256.Bytes())
	f.Fuzz(func(t *testing.T, bytes uint64, amountB []byte, prevBytes uint64, prevAmountB, availB, paidB, limitB []byte) {
		for _, b := range []*[]byte{&amountB, &prevAmountB, &availB, &paidB, &limitB} {
			if len(*b) > 32 {
				*b = (*b)[:32]
			}
		}
		amount, prevAmount := new(big.Int).SetBytes(amountB), new(big.Int).SetBytes(prevAmountB)
		limit := new(big.Int).SetBytes(limitB)
		if limit.Sign() == 0 {
			limit.SetInt64(1)
		}
		grant := signGrant(t, d, wallet, session, limit, now.Add(7*24*time.Hour))
		r := signReceipt(t, d, session, addr(wallet), addr(seeder), bytes, amount)
		var prev *SignedReceipt
		if prevBytes > 0 || prevAmount.Sign() > 0 {
			prev = signReceipt(t, d, session, addr(wallet), addr(seeder), prevBytes, prevAmount)
		}
		acct := EscrowAccount{Available: new(big.Int).SetBytes(availB), Paid: new(big.Int).SetBytes(paidB)}
		_, err := v.CheckReceipt(r, grant, prev, acct, now)
		if err != nil && !errors.Is(err, ErrInsufficientBalance) && !errors.Is(err, ErrOverLimit) {
			return
		}
		// Accepted or kept as underfunded: newer, exactly priced, and (when accepted) covered.
		want, nerr := NextAmount(prevBytes, prevAmount, bytes, testPrice)
		if nerr != nil || bytes <= prevBytes || amount.Cmp(want) != 0 {
			t.Fatalf("kept a receipt for %d bytes, %s wei over (%d, %s): want %v", bytes, amount, prevBytes, prevAmount, want)
		}
		if err == nil {
			owed := new(big.Int).Sub(amount, acct.Paid)
			if owed.Cmp(acct.Available) > 0 || owed.Cmp(EffectiveLimit(grant)) > 0 {
				t.Fatalf("accepted %s wei owed with %s available, limit %s", owed, acct.Available, limit)
			}
		}
	})
}

// TestEdgeGrantKeptExactly: a payer whose grant sits at the edges (limit above 2^96-1, the
// highest nonce, expiry one minute short of the maximum lifetime) pays; the record the seller
// hands its store carries that grant exactly as signed, so the seeder can send it to the escrow.
func TestEdgeGrantKeptExactly(t *testing.T) {
	t.Parallel()
	it := newItem(t, 2<<20)
	store := newMemStore()
	s, _ := newTestSeller(t, store, newMemBalance(big.NewInt(1e18)), func(c *SellerConfig) { c.MaxGrantLifetime = testLifetime })
	scl, _ := seedClient(t, it, s)
	wallet, session := newKey(t), newKey(t)
	limit := new(big.Int).Add(MaxGrantLimit, big.NewInt(12345))
	grant := signGrantNonce(t, testDomain(), wallet, session, limit, uint64(time.Now().Add(testLifetime-time.Minute).Unix()), ^uint64(0))
	payer, _ := newTestPayer(t, func(c *PayerConfig) { c.Viewer, c.Key, c.Grant = addr(wallet), session, grant })
	lt := download(t, leechClient(t, payer), it, scl)
	waitFor(t, time.Minute, "the download", lt.Complete().Bool)
	var rec *Record
	waitFor(t, 30*time.Second, "a receipt for the whole item", func() bool {
		rec, _ = store.Latest(context.Background(), addr(wallet), s.cfg.Payout)
		return rec != nil && rec.Receipt.Receipt.Bytes.Uint64() == uint64(len(it.data))
	})
	if rec.Grant == nil || !sameGrant(rec.Grant, grant) || rec.Grant.Session.Nonce != ^uint64(0) || rec.Grant.Session.Limit.Cmp(limit) != 0 {
		t.Fatalf("stored grant %+v; want exactly %+v", rec.Grant, grant.Session)
	}
	if signer, err := rec.Grant.Session.Signer(testDomain(), rec.Grant.Signature); err != nil || signer != addr(wallet) {
		t.Fatalf("stored grant recovers to %s (%v), not the viewer", signer, err)
	}
	if signer, err := rec.Receipt.Receipt.Signer(testDomain(), rec.Receipt.Signature); err != nil || signer != addr(session) {
		t.Fatalf("stored receipt recovers to %s (%v), not the session key", signer, err)
	}
}

// TestLimitAboveCapCountsToCap: a grant's limit above 2^96-1 counts only up to 2^96-1, as the
// escrow caps it: a receipt owing more than the cap is underfunded, whatever the grant says.
func TestLimitAboveCapCountsToCap(t *testing.T) {
	t.Parallel()
	d := testDomain()
	wallet, session, seeder := newKey(t), newKey(t), newKey(t)
	price := new(big.Int).Lsh(big.NewInt(1), 100) // 2^100 wei per GiB
	v := NewVerifier(testChainID, testEscrow, addr(seeder), price, testSettle, testLifetime)
	now := time.Now()
	grant := signGrant(t, d, wallet, session, new(big.Int).Lsh(big.NewInt(1), 200), now.Add(7*24*time.Hour))
	acct := EscrowAccount{Available: maxUint256, Paid: new(big.Int)}
	under := signReceipt(t, d, session, addr(wallet), addr(seeder), 1<<20, Cost(1<<20, price)) // 2^90
	if _, err := v.CheckReceipt(under, grant, nil, acct, now); err != nil {
		t.Fatalf("a receipt for 2^90 wei under the cap refused: %v", err)
	}
	over := signReceipt(t, d, session, addr(wallet), addr(seeder), GiB, Cost(GiB, price)) // 2^100
	if _, err := v.CheckReceipt(over, grant, nil, acct, now); !errors.Is(err, ErrOverLimit) {
		t.Fatalf("a receipt for 2^100 wei under a 2^200 limit: %v, want %v (the escrow pays at most 2^96-1)", err, ErrOverLimit)
	}
}
