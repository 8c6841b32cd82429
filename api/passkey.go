package api

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

var (
	// ErrPasskeyInvalid means a tracker passkey is malformed or was not issued by this platform.
	ErrPasskeyInvalid = errors.New("tracker passkey is not valid")
	// ErrPasskeyExpired means a tracker passkey was valid but has expired: ask for a new one.
	ErrPasskeyExpired = errors.New("tracker passkey has expired")
)

// Passkeys issues and checks the passkeys that admit a peer to the embedded tracker (as private
// trackers do: the passkey is part of the announce URL). A passkey names the account it was
// issued to and when it expires, and is authenticated with HMAC-SHA256 under a secret every
// gateway of a deployment shares, so any gateway checks what another issued, with no database
// lookup on the announce path.
//
// Layout before base64url (no padding): address (20) || expiry unix seconds (8, big-endian) ||
// HMAC-SHA256(secret, "swarmgate tracker passkey v1" || address || expiry)[:16].
type Passkeys struct {
	secret []byte
}

const passkeyLen = 20 + 8 + 16

var passkeyDomain = []byte("swarmgate tracker passkey v1")

// NewPasskeys returns a passkey issuer over secret (at least 32 bytes; derive it from the
// operator's master key, never use the master key itself).
func NewPasskeys(secret []byte) (*Passkeys, error) {
	if len(secret) < 32 {
		return nil, errors.New("tracker passkey secret must be at least 32 bytes")
	}
	return &Passkeys{secret: append([]byte(nil), secret...)}, nil
}

// Issue returns a passkey for account valid until expiry.
func (p *Passkeys) Issue(account common.Address, expiry time.Time) string {
	var b [passkeyLen]byte
	copy(b[:20], account[:])
	binary.BigEndian.PutUint64(b[20:28], uint64(expiry.Unix()))
	copy(b[28:], p.mac(b[:28]))
	return base64.RawURLEncoding.EncodeToString(b[:])
}

// Verify checks a passkey at time now and returns the account it was issued to.
func (p *Passkeys) Verify(passkey string, now time.Time) (common.Address, error) {
	b, err := base64.RawURLEncoding.DecodeString(passkey)
	if err != nil || len(b) != passkeyLen {
		return common.Address{}, ErrPasskeyInvalid
	}
	if !hmac.Equal(b[28:], p.mac(b[:28])) {
		return common.Address{}, ErrPasskeyInvalid
	}
	if expiry := int64(binary.BigEndian.Uint64(b[20:28])); now.Unix() >= expiry {
		return common.BytesToAddress(b[:20]), ErrPasskeyExpired
	}
	return common.BytesToAddress(b[:20]), nil
}

func (p *Passkeys) mac(body []byte) []byte {
	m := hmac.New(sha256.New, p.secret)
	m.Write(passkeyDomain)
	m.Write(body)
	return m.Sum(nil)[:16]
}
