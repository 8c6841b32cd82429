package siwe

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain/eip712"
)

var (
	// ErrSyntax means the message is not a well-formed EIP-4361 message.
	ErrSyntax = errors.New("siwe: malformed message")
	// ErrDomainMismatch means the message was written for another domain (or scheme).
	ErrDomainMismatch = errors.New("siwe: domain mismatch")
	// ErrURIMismatch means the message's URI is not the one expected.
	ErrURIMismatch = errors.New("siwe: URI mismatch")
	// ErrChainMismatch means the message is bound to another chain id.
	ErrChainMismatch = errors.New("siwe: chain id mismatch")
	// ErrNonce means the nonce is not the expected one, unknown, or already used.
	ErrNonce = errors.New("siwe: invalid nonce")
	// ErrIssuedInFuture means issued-at lies in the future by more than the allowed clock skew.
	ErrIssuedInFuture = errors.New("siwe: issued in the future")
	// ErrTooOld means issued-at lies further in the past than Expect.MaxAge allows.
	ErrTooOld = errors.New("siwe: message too old")
	// ErrExpired means the expiration time has passed.
	ErrExpired = errors.New("siwe: message expired")
	// ErrNotYetValid means the not-before time has not come yet.
	ErrNotYetValid = errors.New("siwe: message not yet valid")
	// ErrBadSignature means the signature is malformed: wrong length, v not 0, 1, 27 or 28, a
	// malleable high-s value, or no key recoverable from it.
	ErrBadSignature = errors.New("siwe: invalid signature")
	// ErrSignerMismatch means the signature is valid but made by another address than the
	// message's (and, when Expect.Wallets is set, the address did not accept it by EIP-1271
	// either).
	ErrSignerMismatch = errors.New("siwe: signer is not the message's address")
	// ErrWalletCheck means the message's address could not be asked whether the signature is
	// its own (EIP-1271): Expect.Wallets failed, typically because the chain did not answer.
	// Trying again later may succeed.
	ErrWalletCheck = errors.New("siwe: contract wallet check failed")
)

// MaxSignatureLength bounds the signatures Verify hands to Expect.Wallets: a contract wallet's
// signature may be longer than an ECDSA one (a Safe concatenates one per owner) or shorter (a
// Safe answers for a message it approved on-chain with an empty one), but not without limit.
const MaxSignatureLength = 4096

// Verifier asks a contract wallet whether it accepts a signature of a hash, by EIP-1271
// (isValidSignature(bytes32 hash, bytes signature) returning 0x1626ba7e). It answers false,
// without error, for an account that is not such a wallet or refuses the signature; an error
// means the wallet could not be asked. *chain.Client implements it.
type Verifier interface {
	IsValidSignature(ctx context.Context, account common.Address, hash common.Hash, sig []byte) (bool, error)
}

// DefaultSkew is the clock skew Verify allows when Expect.Skew is 0.
const DefaultSkew = time.Minute

// Expect is what the verifier expects of a message.
type Expect struct {
	// Domain is the expected domain (authority), compared exactly. Required.
	Domain string
	// Scheme, when set, must equal the message's scheme; when empty, any (or no) scheme passes.
	Scheme string
	// URI, when set, must equal the message's URI exactly.
	URI string
	// ChainID is the expected chain id. Required.
	ChainID uint64
	// Nonce, when set, must equal the message's nonce.
	Nonce string
	// CheckNonce, when set, is called with the message's nonce after every other check passed;
	// an error refuses the message (wrapped in ErrNonce). Use it to look up and consume a
	// one-time nonce. Nonce or CheckNonce (or both) is required.
	CheckNonce func(nonce string) error
	// Now is the verification time; zero means time.Now().
	Now time.Time
	// Skew is how far the signer's clock may run ahead of the verifier's: issued-at may be up to
	// Skew in the future and not-before up to Skew away. Expiration is strict. 0 means
	// DefaultSkew, a negative value means none.
	Skew time.Duration
	// MaxAge, when positive, refuses messages issued longer ago than this.
	MaxAge time.Duration
	// Wallets, when set, is asked (with the EIP-191 personal_sign hash of the message, see Hash)
	// whether the message's address accepts the signature by EIP-1271, whenever ecrecover does
	// not give that address: how contract wallets (smart accounts, Safes) sign in. Nil verifies
	// externally owned accounts only, and only 65-byte signatures.
	Wallets Verifier
}

// Hash returns the EIP-191 personal_sign hash of a message text:
// keccak256("\x19Ethereum Signed Message:\n" + len(text) + text).
func Hash(text string) common.Hash {
	return common.BytesToHash(accounts.TextHash([]byte(text)))
}

// Sign signs the message text as a wallet's personal_sign does: r || s || v with v in {27, 28}.
// Used by clients and tests; servers only verify.
func Sign(text string, key *ecdsa.PrivateKey) ([]byte, error) {
	return eip712.Sign(Hash(text), key)
}

// Verify parses text, checks it against exp and checks sig, a personal_sign signature of text by
// the message's address. It returns the parsed message, or the first failure, wrapping one of
// this package's sentinel errors. The checks run in the order the package doc gives. It is
// VerifyContext with context.Background().
func Verify(text string, sig []byte, exp Expect) (*Message, error) {
	return VerifyContext(context.Background(), text, sig, exp)
}

// VerifyContext is Verify with a context for Expect.Wallets, the only check that may leave the
// process.
func VerifyContext(ctx context.Context, text string, sig []byte, exp Expect) (*Message, error) {
	if exp.Domain == "" || exp.ChainID == 0 || (exp.Nonce == "" && exp.CheckNonce == nil) {
		return nil, errors.New("siwe: Expect needs Domain, ChainID and Nonce or CheckNonce")
	}
	m, err := Parse(text)
	if err != nil {
		return nil, err
	}
	if m.Domain != exp.Domain {
		return nil, fmt.Errorf("%w: message is for %q, this is %q", ErrDomainMismatch, m.Domain, exp.Domain)
	}
	if exp.Scheme != "" && m.Scheme != exp.Scheme {
		return nil, fmt.Errorf("%w: message is for scheme %q, this is %q", ErrDomainMismatch, m.Scheme, exp.Scheme)
	}
	if exp.URI != "" && m.URI != exp.URI {
		return nil, fmt.Errorf("%w: message is for %q, want %q", ErrURIMismatch, m.URI, exp.URI)
	}
	if m.ChainID != exp.ChainID {
		return nil, fmt.Errorf("%w: message is for chain id %d, this is chain id %d", ErrChainMismatch, m.ChainID, exp.ChainID)
	}
	if err := m.checkTimes(exp); err != nil {
		return nil, err
	}
	if err := checkSignature(ctx, m.Address, Hash(text), sig, exp.Wallets); err != nil {
		return nil, err
	}
	if exp.Nonce != "" && m.Nonce != exp.Nonce {
		return nil, fmt.Errorf("%w: not the nonce this sign-in was given", ErrNonce)
	}
	if exp.CheckNonce != nil {
		if err := exp.CheckNonce(m.Nonce); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrNonce, err)
		}
	}
	return m, nil
}

// checkSignature checks that sig is account's signature of hash: by ecrecover, and when that
// does not give account, by asking wallets (if set) for account's EIP-1271 answer.
func checkSignature(ctx context.Context, account common.Address, hash common.Hash, sig []byte, wallets Verifier) error {
	var refusal error
	signer, err := eip712.Recover(hash, normalizeV(sig))
	switch {
	case err == nil && signer == account:
		return nil
	case err == nil:
		refusal = fmt.Errorf("%w: signed by %s, message names %s", ErrSignerMismatch, signer.Hex(), account.Hex())
	default:
		refusal = fmt.Errorf("%w: %w", ErrBadSignature, err)
	}
	if wallets == nil || len(sig) > MaxSignatureLength {
		return refusal
	}
	ok, err := wallets.IsValidSignature(ctx, account, hash, sig)
	switch {
	case err != nil:
		return fmt.Errorf("%w: %w", ErrWalletCheck, err)
	case !ok && errors.Is(refusal, ErrSignerMismatch):
		return fmt.Errorf("%w, and %s did not accept the signature as a contract wallet (EIP-1271)", refusal, account.Hex())
	case !ok:
		return fmt.Errorf("%w (and %s did not accept it as a contract wallet, EIP-1271)", refusal, account.Hex())
	}
	return nil
}

// normalizeV returns a 65-byte signature whose v is 0 or 1 (as crypto.Sign, several wallets and
// hardware signers return it) with v 27 or 28, the form eip712.Recover takes, and sig itself
// otherwise. The two forms name the same recovery id, so this accepts nothing new: r and s,
// and so the high-s rule, are untouched.
func normalizeV(sig []byte) []byte {
	if len(sig) != eip712.SignatureLength || sig[64] > 1 {
		return sig
	}
	out := make([]byte, len(sig))
	copy(out, sig)
	out[64] += 27
	return out
}

func (m *Message) checkTimes(exp Expect) error {
	now := exp.Now
	if now.IsZero() {
		now = time.Now()
	}
	skew := exp.Skew
	switch {
	case skew == 0:
		skew = DefaultSkew
	case skew < 0:
		skew = 0
	}
	if m.IssuedAt.After(now.Add(skew)) {
		return fmt.Errorf("%w: issued at %s, now is %s (check the device clock)", ErrIssuedInFuture, m.IssuedAt.UTC().Format(time.RFC3339), now.UTC().Format(time.RFC3339))
	}
	if exp.MaxAge > 0 && now.Sub(m.IssuedAt) > exp.MaxAge+skew {
		return fmt.Errorf("%w: issued at %s, older than %v: sign in again", ErrTooOld, m.IssuedAt.UTC().Format(time.RFC3339), exp.MaxAge)
	}
	if !m.ExpirationTime.IsZero() && !now.Before(m.ExpirationTime) {
		return fmt.Errorf("%w: expired at %s: sign in again", ErrExpired, m.ExpirationTime.UTC().Format(time.RFC3339))
	}
	if !m.NotBefore.IsZero() && now.Add(skew).Before(m.NotBefore) {
		return fmt.Errorf("%w: valid from %s", ErrNotYetValid, m.NotBefore.UTC().Format(time.RFC3339))
	}
	return nil
}
