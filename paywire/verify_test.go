package paywire

import (
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain/eip712"
)

func TestCostAndNextAmount(t *testing.T) {
	t.Parallel()
	price := big.NewInt(1_000_000_007) // not a multiple of 2^30: every division rounds
	cases := []struct {
		name  string
		bytes uint64
		want  *big.Int
	}{
		{"zero", 0, big.NewInt(0)},
		{"one byte rounds down", 1, big.NewInt(0)},
		{"one GiB", GiB, big.NewInt(1_000_000_007)},
		{"half GiB", GiB / 2, big.NewInt(500_000_003)},
		{"max", ^uint64(0), new(big.Int).Rsh(new(big.Int).Mul(new(big.Int).SetUint64(^uint64(0)), price), 30)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Cost(c.bytes, price); got.Cmp(c.want) != 0 {
				t.Errorf("Cost(%d) = %s, want %s", c.bytes, got, c.want)
			}
		})
	}
	// Many small receipts add up to exactly the cost of the total: rounding does not accumulate.
	var base uint64
	amount := new(big.Int)
	for _, step := range []uint64{1, 777, 16 << 10, 3 << 20, 12345, GiB, 1} {
		next, err := NextAmount(base, amount, base+step, price)
		if err != nil {
			t.Fatal(err)
		}
		base, amount = base+step, next
		if want := Cost(base, price); amount.Cmp(want) != 0 {
			t.Fatalf("after %d bytes amount %s, want %s", base, amount, want)
		}
	}
	if _, err := NextAmount(10, big.NewInt(0), 9, price); !errors.Is(err, ErrBackwards) {
		t.Errorf("going backwards: %v", err)
	}
}

// verifierFixture is a seller's verifier with a viewer, its session key and grant.
type verifierFixture struct {
	v              *Verifier
	d              eip712.Domain
	wallet, key    common.Address
	seeder         common.Address
	grant          *SignedGrant
	prev           *SignedReceipt
	acct           EscrowAccount
	now            time.Time
	sign           func(bytes uint64, amount *big.Int) *SignedReceipt
	signWithWallet func(bytes uint64, amount *big.Int) *SignedReceipt
}

func newVerifierFixture(t *testing.T) *verifierFixture {
	t.Helper()
	d := testDomain()
	wallet, session, seeder := newKey(t), newKey(t), newKey(t)
	now := time.Now()
	f := &verifierFixture{
		v: NewVerifier(testChainID, testEscrow, addr(seeder), testPrice, 24*time.Hour, 30*24*time.Hour),
		d: d, wallet: addr(wallet), key: addr(session), seeder: addr(seeder),
		grant: signGrant(t, d, wallet, session, Cost(10*GiB, testPrice), now.Add(7*24*time.Hour)),
		acct:  EscrowAccount{Available: Cost(100*GiB, testPrice), Paid: new(big.Int)},
		now:   now,
	}
	f.sign = func(b uint64, a *big.Int) *SignedReceipt { return signReceipt(t, d, session, f.wallet, f.seeder, b, a) }
	f.signWithWallet = func(b uint64, a *big.Int) *SignedReceipt { return signReceipt(t, d, wallet, f.wallet, f.seeder, b, a) }
	f.prev = f.sign(GiB, Cost(GiB, testPrice))
	return f
}

func TestCheckReceipt(t *testing.T) {
	t.Parallel()
	f := newVerifierFixture(t)
	next := uint64(GiB + 5<<20)
	good := f.sign(next, Cost(next, testPrice))
	stranger := newKey(t)
	otherChain := eip712.NewDomain(big.NewInt(testChainID+1), testEscrow)
	otherEscrow := eip712.NewDomain(big.NewInt(testChainID), common.HexToAddress("0x00000000000000000000000000000000000000e5"))
	cases := []struct {
		name  string
		r     *SignedReceipt
		grant *SignedGrant
		prev  *SignedReceipt
		acct  EscrowAccount
		now   time.Time
		want  error
	}{
		{name: "valid under grant", r: good},
		{name: "valid by wallet, no grant", r: f.signWithWallet(next, Cost(next, testPrice)), grant: nil},
		{name: "first receipt", r: f.sign(1<<20, Cost(1<<20, testPrice)), prev: nil},
		{name: "forged: signed by a stranger", r: signReceipt(t, f.d, stranger, f.wallet, f.seeder, next, Cost(next, testPrice)), want: ErrBadSignature},
		{name: "session key without its grant", r: good, grant: nil, want: ErrBadSignature},
		{name: "replayed: lower cumulative", r: f.sign(GiB/2, Cost(GiB/2, testPrice)), want: ErrStale},
		{name: "duplicate of the newest", r: f.prev, want: ErrDuplicate},
		{name: "underpriced", r: f.sign(next, new(big.Int).Sub(Cost(next, testPrice), big.NewInt(1))), want: ErrAmount},
		{name: "overpriced", r: f.sign(next, new(big.Int).Add(Cost(next, testPrice), big.NewInt(1))), want: ErrAmount},
		{name: "more bytes, same amount", r: f.sign(next, Cost(GiB, testPrice)), want: ErrAmount},
		{name: "over the grant limit", r: f.sign(11*GiB, Cost(11*GiB, testPrice)), want: ErrOverLimit},
		{name: "over the balance", r: good, acct: EscrowAccount{Available: Cost(GiB, testPrice), Paid: new(big.Int)}, want: ErrInsufficientBalance},
		{name: "balance counts what was paid", r: good, acct: EscrowAccount{Available: Cost(6<<20, testPrice), Paid: Cost(GiB, testPrice)}},
		{name: "grant expires inside the settlement window", r: good, now: f.now.Add(6*24*time.Hour + time.Second), want: ErrGrantExpiring},
		{name: "other chain", r: signReceipt(t, otherChain, stranger, f.wallet, f.seeder, next, Cost(next, testPrice)), want: ErrBadSignature},
		{name: "other escrow", r: signReceipt(t, otherEscrow, stranger, f.wallet, f.seeder, next, Cost(next, testPrice)), want: ErrBadSignature},
		{name: "other seeder", r: signReceipt(t, f.d, stranger, f.wallet, f.wallet, next, Cost(next, testPrice)), want: ErrWrongSeeder},
		{name: "grant of another viewer", r: good, grant: &SignedGrant{Session: eip712.Session{Viewer: f.seeder, Key: f.key, Limit: big.NewInt(1), Expiry: 1 << 40}}, want: ErrGrantViewer},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			grant, prev, acct, now := f.grant, f.prev, f.acct, f.now
			if c.name == "valid by wallet, no grant" || c.name == "session key without its grant" {
				grant = nil
			}
			if c.grant != nil {
				grant = c.grant
			}
			if c.name == "first receipt" {
				prev = nil
			}
			if c.acct.Available != nil {
				acct = c.acct
			}
			if !c.now.IsZero() {
				now = c.now
			}
			_, err := f.v.CheckReceipt(c.r, grant, prev, acct, now)
			if c.want == nil && err != nil {
				t.Fatalf("refused: %v", err)
			}
			if c.want != nil && !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
		})
	}
}

// TestCheckReceiptOtherDomainsWithTheRightKey: the session key itself signing for another chain
// or escrow is refused too (the domain is part of what is signed).
func TestCheckReceiptOtherDomainsWithTheRightKey(t *testing.T) {
	t.Parallel()
	d := testDomain()
	wallet, session, seeder := newKey(t), newKey(t), newKey(t)
	v := NewVerifier(testChainID, testEscrow, addr(seeder), testPrice, time.Hour, 30*24*time.Hour)
	grant := signGrant(t, d, wallet, session, big.NewInt(1e18), time.Now().Add(48*time.Hour))
	acct := EscrowAccount{Available: big.NewInt(1e18), Paid: new(big.Int)}
	for name, dom := range map[string]eip712.Domain{
		"other chain":  eip712.NewDomain(big.NewInt(1), testEscrow),
		"other escrow": eip712.NewDomain(big.NewInt(testChainID), addr(newKey(t))),
	} {
		t.Run(name, func(t *testing.T) {
			r := signReceipt(t, dom, session, addr(wallet), addr(seeder), 1<<20, Cost(1<<20, testPrice))
			if _, err := v.CheckReceipt(r, grant, nil, acct, time.Now()); !errors.Is(err, ErrBadSignature) {
				t.Fatalf("got %v, want %v", err, ErrBadSignature)
			}
			g := signGrant(t, dom, wallet, session, big.NewInt(1e18), time.Now().Add(48*time.Hour))
			if err := v.CheckGrant(g, time.Now()); !errors.Is(err, ErrBadGrant) {
				t.Fatalf("grant: got %v, want %v", err, ErrBadGrant)
			}
		})
	}
}

func TestCheckGrant(t *testing.T) {
	t.Parallel()
	d := testDomain()
	wallet, session, stranger := newKey(t), newKey(t), newKey(t)
	v := NewVerifier(testChainID, testEscrow, addr(newKey(t)), testPrice, 24*time.Hour, 30*24*time.Hour)
	now := time.Now()
	forged := signGrant(t, d, stranger, session, big.NewInt(1e18), now.Add(48*time.Hour))
	forged.Session.Viewer = addr(wallet)
	cases := []struct {
		name string
		g    *SignedGrant
		want error
	}{
		{"valid", signGrant(t, d, wallet, session, big.NewInt(1e18), now.Add(48*time.Hour)), nil},
		{"signed by another key", forged, ErrBadGrant},
		{"expired", signGrant(t, d, wallet, session, big.NewInt(1e18), now.Add(-time.Hour)), ErrGrantExpiring},
		{"expires inside the settlement window", signGrant(t, d, wallet, session, big.NewInt(1e18), now.Add(23*time.Hour)), ErrGrantExpiring},
		{"bad signature bytes", &SignedGrant{Session: eip712.Session{Viewer: addr(wallet), Key: addr(session), Limit: big.NewInt(1), Expiry: uint64(now.Add(48 * time.Hour).Unix())}, Signature: make([]byte, 65)}, ErrBadGrant},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			err := v.CheckGrant(c.g, now)
			if (c.want == nil) != (err == nil) || (c.want != nil && !errors.Is(err, c.want)) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
		})
	}
}
