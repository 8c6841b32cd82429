package paywire

import (
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain/eip712"
)

var (
	// ErrWrongSeeder means a receipt names another seeder than the one checking it.
	ErrWrongSeeder = errors.New("paywire: receipt is for another seeder")
	// ErrBadSignature means a receipt was signed by neither the viewer's wallet nor the session key
	// of its grant in this domain; receipts signed for another chain or escrow land here too.
	ErrBadSignature = errors.New("paywire: receipt is not signed by the viewer or its session key in this domain")
	// ErrBadGrant means a session grant is not signed by the viewer's wallet in this domain.
	ErrBadGrant = errors.New("paywire: session grant is not signed by the viewer's wallet in this domain")
	// ErrGrantExpiring means a grant expires (or expired) before the seller could settle receipts
	// signed under it; the viewer must sign a grant with a later expiry.
	ErrGrantExpiring = errors.New("paywire: session grant expires before the settlement window ends")
	// ErrGrantLifetime means a grant expires later than the seller's maximum grant lifetime from
	// now: a grant that (nearly) never expires would bind the viewer's deposit for ever; the
	// viewer must sign one with an earlier expiry.
	ErrGrantLifetime = errors.New("paywire: session grant expires later than the seller's maximum grant lifetime")
	// ErrGrantTerms means a grant could never pay: its limit is 0, or its key is the zero address
	// or the viewer's wallet itself.
	ErrGrantTerms = errors.New("paywire: session grant can never pay (limit 0, or no usable key)")
	// ErrGrantSuperseded means a grant's nonce is below that of a grant the seller holds, or the
	// escrow recorded, for the same key: an older grant never replaces a newer one.
	ErrGrantSuperseded = errors.New("paywire: session grant is older than one already held for its key")
	// ErrGrantConflict means a grant has the same nonce as a grant held or recorded for the same
	// key, with other terms.
	ErrGrantConflict = errors.New("paywire: session grant has the nonce of another grant for its key with other terms")
	// ErrKeyRevoked means the viewer revoked the session key: it gets no new credit.
	ErrKeyRevoked = errors.New("paywire: session key was revoked by its viewer")
	// ErrIdentify means an identification is not signed, over this connection's challenge, by the
	// viewer's wallet or by the key of the connection's grant.
	ErrIdentify = errors.New("paywire: identification is not signed by the viewer or its session key for this connection")
	// ErrGrantViewer means a receipt and the grant it claims to be signed under name different viewers.
	ErrGrantViewer = errors.New("paywire: receipt and session grant name different viewers")
	// ErrDuplicate means a receipt equals the newest one already accepted for the pair.
	ErrDuplicate = errors.New("paywire: receipt equals the newest accepted receipt")
	// ErrStale means a receipt's cumulative values are below the newest one accepted for the pair
	// (a replay, or receipts delivered out of order).
	ErrStale = errors.New("paywire: receipt is older than the newest accepted receipt")
	// ErrAmount means a receipt's amount is not what its bytes cost at the seller's price under the
	// rounding rule (see NextAmount).
	ErrAmount = errors.New("paywire: receipt amount does not match bytes at the seller's price")
	// ErrOverLimit means what the escrow would pay for a receipt exceeds its grant's limit.
	ErrOverLimit = errors.New("paywire: receipt exceeds its session grant's limit")
	// ErrInsufficientBalance means the viewer's escrow balance does not cover a receipt.
	ErrInsufficientBalance = errors.New("paywire: viewer's escrow balance does not cover the receipt")
)

// EscrowAccount is what the escrow holds for a (viewer, seeder) pair.
type EscrowAccount struct {
	// Available is the viewer's balance that seeders can still redeem.
	Available *big.Int
	// Paid is what the escrow has already paid the seeder for the pair (paid[viewer][seeder]).
	Paid *big.Int
}

// KeyState is what the escrow records for one session key of a viewer (see KeyChecker).
type KeyState struct {
	// Recorded says the escrow recorded a grant for the key; Nonce, Limit and Expiry are then
	// that grant's terms (Limit as the escrow keeps it: capped to MaxGrantLimit; nil: unknown).
	Recorded bool
	Nonce    uint64
	Limit    *big.Int
	Expiry   uint64
	// Spent is what the key has spent so far, over all seeders (nil: unknown, taken as 0).
	Spent *big.Int
	// Revoked says the viewer revoked the key. Receipts it signed before can be redeemed until
	// RedeemUntil (unix seconds); it gets no new credit.
	Revoked     bool
	RedeemUntil uint64
}

// MaxGrantLimit is the largest limit the escrow keeps for a grant (2^96 − 1 wei): a grant with a
// larger limit counts only up to it.
var MaxGrantLimit = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))

// EffectiveLimit returns what the escrow lets g's key spend in total: its limit, capped to
// MaxGrantLimit.
func EffectiveLimit(g *SignedGrant) *big.Int {
	if g.Session.Limit == nil {
		return new(big.Int)
	}
	if g.Session.Limit.Cmp(MaxGrantLimit) > 0 {
		return new(big.Int).Set(MaxGrantLimit)
	}
	return new(big.Int).Set(g.Session.Limit)
}

// Verifier checks grants and receipts on the seller's side. It is safe for concurrent use.
type Verifier struct {
	domain           eip712.Domain
	seeder           common.Address
	price            *big.Int
	settlementWindow time.Duration
	maxLifetime      time.Duration
}

// NewVerifier returns a verifier for receipts paying seeder at pricePerGiB, signed in the
// domain of escrow on chainID, and for grants that leave at least settlementWindow before they
// expire and expire no later than maxLifetime from now.
func NewVerifier(chainID uint64, escrow, seeder common.Address, pricePerGiB *big.Int, settlementWindow, maxLifetime time.Duration) *Verifier {
	return &Verifier{
		domain:           eip712.NewDomain(new(big.Int).SetUint64(chainID), escrow),
		seeder:           seeder,
		price:            new(big.Int).Set(pricePerGiB),
		settlementWindow: settlementWindow,
		maxLifetime:      maxLifetime,
	}
}

// Domain returns the EIP-712 domain receipts are checked in.
func (v *Verifier) Domain() eip712.Domain { return v.domain }

// CheckGrant checks that g is one the escrow would honour and the seller can redeem under: its
// limit is above 0, its key is neither the zero address nor the viewer's wallet, it expires no
// sooner than the settlement window after now and no later than the maximum grant lifetime
// after now, and it is signed by its viewer's wallet in the verifier's domain. (Nonce order is
// the seller's business: see CheckNonce.)
func (v *Verifier) CheckGrant(g *SignedGrant, now time.Time) error {
	if err := v.checkGrantExpiry(g, now); err != nil {
		return err
	}
	if limit := now.Add(v.maxLifetime).Unix(); v.maxLifetime > 0 && limit >= 0 && g.Session.Expiry > uint64(limit) {
		return fmt.Errorf("%w: expiry %d, at most %s (%d)", ErrGrantLifetime, g.Session.Expiry,
			time.Unix(limit, 0).UTC().Format(time.RFC3339), limit)
	}
	switch s := g.Session; {
	case s.Limit == nil || s.Limit.Sign() < 0:
		return fmt.Errorf("%w: no limit", ErrBadGrant)
	case s.Limit.Sign() == 0:
		return fmt.Errorf("%w: limit 0", ErrGrantTerms)
	case s.Key == (common.Address{}):
		return fmt.Errorf("%w: key is the zero address", ErrGrantTerms)
	case s.Key == s.Viewer:
		return fmt.Errorf("%w: key is the viewer's wallet (sign receipts with it directly)", ErrGrantTerms)
	}
	signer, err := g.Session.Signer(v.domain, g.Signature)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrBadGrant, err)
	}
	if signer != g.Session.Viewer {
		return fmt.Errorf("%w: viewer %s", ErrBadGrant, g.Session.Viewer)
	}
	return nil
}

// CheckNonce checks that g may stand for its key next to held, the newest grant for the same
// key the seller holds (nil: none), and ks, what the escrow recorded for the key (nil: not
// known): the key is not revoked, g's nonce is not below either, and a grant with the same nonce
// has the same terms.
func CheckNonce(g, held *SignedGrant, ks *KeyState) error {
	if ks != nil {
		if ks.Revoked {
			return fmt.Errorf("%w: key %s", ErrKeyRevoked, g.Session.Key)
		}
		if ks.Recorded {
			switch {
			case g.Session.Nonce < ks.Nonce:
				return fmt.Errorf("%w: nonce %d, the escrow recorded %d", ErrGrantSuperseded, g.Session.Nonce, ks.Nonce)
			case g.Session.Nonce == ks.Nonce && (g.Session.Expiry != ks.Expiry ||
				(ks.Limit != nil && EffectiveLimit(g).Cmp(ks.Limit) != 0)):
				return fmt.Errorf("%w: nonce %d recorded by the escrow with other terms", ErrGrantConflict, ks.Nonce)
			}
		}
	}
	if held != nil && held.Session.Key == g.Session.Key && held.Session.Viewer == g.Session.Viewer {
		switch {
		case g.Session.Nonce < held.Session.Nonce:
			return fmt.Errorf("%w: nonce %d, held %d", ErrGrantSuperseded, g.Session.Nonce, held.Session.Nonce)
		case g.Session.Nonce == held.Session.Nonce && !sameTerms(g, held):
			return fmt.Errorf("%w: nonce %d", ErrGrantConflict, g.Session.Nonce)
		}
	}
	return nil
}

// CheckIdentify checks that id is signed over challenge for this seeder by the viewer's wallet,
// or by the key of grant (which passed CheckGrant; nil: none), and returns the signer.
func (v *Verifier) CheckIdentify(id *Identification, grant *SignedGrant, challenge [32]byte) (common.Address, error) {
	signer, err := Identify{Viewer: id.Viewer, Seeder: v.seeder, Challenge: challenge}.Signer(v.domain, id.Signature)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %w", ErrIdentify, err)
	}
	if signer == id.Viewer || (grant != nil && grant.Session.Viewer == id.Viewer && grant.Session.Key == signer) {
		return signer, nil
	}
	return common.Address{}, fmt.Errorf("%w: viewer %s", ErrIdentify, id.Viewer)
}

func sameTerms(a, b *SignedGrant) bool {
	return a.Session.Viewer == b.Session.Viewer && a.Session.Key == b.Session.Key &&
		a.Session.Expiry == b.Session.Expiry && a.Session.Nonce == b.Session.Nonce &&
		a.Session.Limit != nil && b.Session.Limit != nil && a.Session.Limit.Cmp(b.Session.Limit) == 0
}

func (v *Verifier) checkGrantExpiry(g *SignedGrant, now time.Time) error {
	deadline := now.Add(v.settlementWindow).Unix()
	if deadline < 0 || g.Session.Expiry < uint64(deadline) {
		return fmt.Errorf("%w: expiry %s, need at least %s", ErrGrantExpiring,
			time.Unix(int64(min(g.Session.Expiry, 1<<62)), 0).UTC().Format(time.RFC3339),
			time.Unix(deadline, 0).UTC().Format(time.RFC3339))
	}
	return nil
}

// CheckReceipt checks r, in this order: it names this seeder; it is signed by its viewer's wallet
// or by grant's session key (grant must have passed CheckGrant; nil when no grant was presented);
// the grant still leaves the settlement window; it is newer than prev, the newest receipt
// accepted for the pair (nil if none); its amount is NextAmount(prev, r's bytes) at the
// verifier's price; and what the escrow would pay for it (amount − acct.Paid) is within the
// grant's limit and acct.Available.
//
// It returns who signed the receipt: the viewer's wallet or the grant's key. ErrDuplicate and
// ErrStale are returned only for receipts whose signature checked, so a caller may still take
// them as proof of who the viewer is.
func (v *Verifier) CheckReceipt(r *SignedReceipt, grant *SignedGrant, prev *SignedReceipt, acct EscrowAccount, now time.Time) (common.Address, error) {
	signer, err := v.checkReceipt(r, grant, prev, acct, now)
	if err != nil && !errors.Is(err, ErrDuplicate) && !errors.Is(err, ErrStale) {
		return common.Address{}, err
	}
	return signer, err
}

func (v *Verifier) checkReceipt(r *SignedReceipt, grant *SignedGrant, prev *SignedReceipt, acct EscrowAccount, now time.Time) (common.Address, error) {
	var (
		signer common.Address
		err    error
	)
	rc := &r.Receipt
	if rc.Seeder != v.seeder {
		return signer, fmt.Errorf("%w: names %s", ErrWrongSeeder, rc.Seeder)
	}
	if rc.Bytes == nil || rc.Amount == nil || !rc.Bytes.IsUint64() || rc.Amount.Sign() < 0 {
		return signer, fmt.Errorf("%w: bytes or amount missing or out of range", ErrRange)
	}
	if grant != nil {
		if grant.Session.Viewer != rc.Viewer {
			return signer, fmt.Errorf("%w: receipt %s, grant %s", ErrGrantViewer, rc.Viewer, grant.Session.Viewer)
		}
	}
	signer, err = rc.Signer(v.domain, r.Signature)
	if err != nil {
		return signer, fmt.Errorf("%w: %w", ErrBadSignature, err)
	}
	switch {
	case signer == rc.Viewer:
		grant = nil // the wallet signed: no grant limit applies
	case grant != nil && signer == grant.Session.Key:
		if err := v.checkGrantExpiry(grant, now); err != nil {
			return common.Address{}, err
		}
	default:
		return signer, fmt.Errorf("%w: viewer %s", ErrBadSignature, rc.Viewer)
	}

	baseBytes, baseAmount := uint64(0), new(big.Int)
	if prev != nil {
		baseBytes, baseAmount = prev.Receipt.Bytes.Uint64(), prev.Receipt.Amount
	}
	bytes := rc.Bytes.Uint64()
	switch {
	case bytes == baseBytes && rc.Amount.Cmp(baseAmount) == 0:
		return signer, ErrDuplicate
	case bytes <= baseBytes || rc.Amount.Cmp(baseAmount) < 0:
		return signer, fmt.Errorf("%w: %d bytes, newest accepted has %d", ErrStale, bytes, baseBytes)
	}
	want, err := NextAmount(baseBytes, baseAmount, bytes, v.price)
	if err != nil {
		return common.Address{}, err
	}
	if rc.Amount.Cmp(want) != 0 {
		return signer, fmt.Errorf("%w: %d bytes cost %s wei, receipt says %s", ErrAmount, bytes, want, rc.Amount)
	}
	owed := new(big.Int).Set(rc.Amount)
	if acct.Paid != nil {
		owed.Sub(owed, acct.Paid)
	}
	if grant != nil && owed.Cmp(EffectiveLimit(grant)) > 0 {
		return signer, fmt.Errorf("%w: owes %s wei, limit %s", ErrOverLimit, owed, EffectiveLimit(grant))
	}
	if acct.Available == nil || owed.Cmp(acct.Available) > 0 {
		return signer, fmt.Errorf("%w: owes %s wei, available %v", ErrInsufficientBalance, owed, acct.Available)
	}
	return signer, nil
}
