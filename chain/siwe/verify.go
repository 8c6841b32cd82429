package siwe

import (
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
	// ErrBadSignature means the signature is malformed: wrong length, v not 27/28, a malleable
	// high-s value, or no key recoverable from it.
	ErrBadSignature = errors.New("siwe: invalid signature")
	// ErrSignerMismatch means the signature is valid but made by another address than the
	// message's.
	ErrSignerMismatch = errors.New("siwe: signer is not the message's address")
)

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
// this package's sentinel errors. The checks run in the order the package doc gives.
func Verify(text string, sig []byte, exp Expect) (*Message, error) {
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
	signer, err := eip712.Recover(Hash(text), sig)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadSignature, err)
	}
	if signer != m.Address {
		return nil, fmt.Errorf("%w: signed by %s, message names %s", ErrSignerMismatch, signer.Hex(), m.Address.Hex())
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
