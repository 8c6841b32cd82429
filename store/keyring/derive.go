package keyring

import (
	"crypto/hkdf"
	"crypto/sha256"
	"errors"
	"fmt"
)

// deriveSalt separates Derive's outputs from any other use of the master key.
const deriveSalt = "swarmgate/keyring/derive/v1"

func extract(master []byte) ([]byte, error) {
	return hkdf.Extract(sha256.New, master, []byte(deriveSalt))
}

// Derive returns n bytes (16–64) of secret derived with HKDF-SHA256 from the current master
// key for the purpose named by label (for example "tracker passkey"), so other secrets the
// gateway needs never reuse the master key itself. Every gateway with the same key file
// derives the same bytes; rotating to a new master key version changes them.
func (k *Keyring) Derive(label string, n int) ([]byte, error) {
	if label == "" {
		return nil, errors.New("keyring: derive needs a label")
	}
	if n < 16 || n > 64 {
		return nil, fmt.Errorf("keyring: derive %d bytes: want 16–64", n)
	}
	return hkdf.Expand(sha256.New, k.prks[k.current], label, n)
}
