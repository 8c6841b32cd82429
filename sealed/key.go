package sealed

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
)

// KeySize is the size of a content key in bytes.
const KeySize = 32

// Key is a content key: 32 random bytes, one per content item. Its String form is redacted so
// that a key passed to a logger or fmt by mistake is never printed; use Hex to export it on
// purpose.
type Key [KeySize]byte

// GenerateKey returns a new random key from the operating system's random source.
func GenerateKey() (Key, error) {
	var k Key
	if _, err := rand.Read(k[:]); err != nil {
		return Key{}, fmt.Errorf("sealed: generate key: %w", err)
	}
	return k, nil
}

// ParseKey parses a key written as 64 hexadecimal digits, with or without a 0x prefix;
// surrounding white space (a key file's trailing newline) is ignored.
func ParseKey(s string) (Key, error) {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if len(s) != 2*KeySize {
		return Key{}, fmt.Errorf("%w: got %d characters", ErrInvalidKey, len(s))
	}
	var k Key
	if _, err := hex.Decode(k[:], []byte(s)); err != nil {
		return Key{}, fmt.Errorf("%w: not hexadecimal", ErrInvalidKey)
	}
	return k, nil
}

// Hex returns the key as 64 lowercase hexadecimal digits, the form ParseKey reads.
func (k Key) Hex() string { return hex.EncodeToString(k[:]) }

// String returns a redacted placeholder, never the key.
func (k Key) String() string { return "sealed.Key(redacted)" }

// GoString returns a redacted placeholder, never the key, so %#v does not leak it either.
func (k Key) GoString() string { return k.String() }

// Commitment returns keccak256(key), the keyCommitment the content registry stores on-chain so
// that a viewer can check the key a gateway hands out.
func (k Key) Commitment() [32]byte {
	var c [32]byte
	copy(c[:], crypto.Keccak256(k[:]))
	return c
}
