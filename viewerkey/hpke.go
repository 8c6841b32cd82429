package viewerkey

import (
	"crypto/ecdh"
	"crypto/hpke"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// The KEM names a key request may carry.
const (
	// KEMHybrid is MLKEM768-X25519, the default: secure against a future quantum computer as
	// long as either half holds.
	KEMHybrid = "MLKEM768-X25519"
	// KEMX25519 is DHKEM(X25519, HKDF-SHA256), for clients without ML-KEM.
	KEMX25519 = "X25519"
)

// DefaultKEM is the KEM used when a request names none.
const DefaultKEM = KEMHybrid

var (
	// ErrUnknownKEM means a request named a KEM this package does not offer.
	ErrUnknownKEM = errors.New("unknown HPKE KEM")
	// ErrBadPublicKey means an HPKE public key does not decode for its KEM.
	ErrBadPublicKey = errors.New("malformed HPKE public key")
	// ErrOpen means a sealed key does not open: wrong private key, wrong context (content id,
	// chain id, viewer) or tampered data.
	ErrOpen = errors.New("sealed content key does not open")
	// ErrCommitment means an opened key does not hash to the on-chain key commitment: the
	// gateway handed out a key other than the one the creator registered.
	ErrCommitment = errors.New("content key does not match the on-chain key commitment")
)

// KEM returns the HPKE KEM called name; "" is DefaultKEM.
func KEM(name string) (hpke.KEM, error) {
	switch name {
	case "", KEMHybrid:
		return hpke.MLKEM768X25519(), nil
	case KEMX25519:
		return hpke.DHKEM(ecdh.X25519()), nil
	}
	return nil, fmt.Errorf("%w %q: use %q (default) or %q", ErrUnknownKEM, name, KEMHybrid, KEMX25519)
}

// ParsePublicKey decodes an HPKE public key for the KEM called kemName.
func ParsePublicKey(kemName string, b []byte) (hpke.PublicKey, error) {
	kem, err := KEM(kemName)
	if err != nil {
		return nil, err
	}
	pk, err := kem.NewPublicKey(b)
	if err != nil {
		return nil, fmt.Errorf("%w: not a %s public key (%d bytes)", ErrBadPublicKey, kemNameOr(kemName), len(b))
	}
	return pk, nil
}

func kemNameOr(n string) string {
	if n == "" {
		return DefaultKEM
	}
	return n
}

// GenerateKey makes a fresh HPKE key pair for the KEM called kemName; use one per request.
func GenerateKey(kemName string) (hpke.PrivateKey, error) {
	kem, err := KEM(kemName)
	if err != nil {
		return nil, err
	}
	return kem.GenerateKey()
}

// infoLabel starts every info string.
const infoLabel = "swarmgate content key v1"

// Info is the HPKE info string a content key is sealed under:
// "swarmgate content key v1" || 0x00 || chainID (8 bytes, big-endian) || viewer (20 bytes) ||
// contentID (decimal ASCII).
func Info(contentID string, chainID uint64, viewer common.Address) []byte {
	b := make([]byte, 0, len(infoLabel)+1+8+20+len(contentID))
	b = append(b, infoLabel...)
	b = append(b, 0)
	b = binary.BigEndian.AppendUint64(b, chainID)
	b = append(b, viewer[:]...)
	return append(b, contentID...)
}

// Seal seals key to pk for the context info (see Info): the encapsulated key followed by the
// AES-256-GCM ciphertext.
func Seal(pk hpke.PublicKey, info, key []byte) ([]byte, error) {
	out, err := hpke.Seal(pk, hpke.HKDFSHA256(), hpke.AES256GCM(), info, key)
	if err != nil {
		return nil, fmt.Errorf("seal content key: %w", err)
	}
	return out, nil
}

// Open opens what Seal made with the private key and the same info.
func Open(sk hpke.PrivateKey, info, sealed []byte) ([]byte, error) {
	key, err := hpke.Open(sk, hpke.HKDFSHA256(), hpke.AES256GCM(), info, sealed)
	if err != nil {
		return nil, ErrOpen
	}
	return key, nil
}
