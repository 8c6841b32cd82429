package keyring

import (
	"crypto/hkdf"
	"crypto/sha256"
	"errors"
	"fmt"
)

// Derive returns n bytes derived from the current master key with HKDF-SHA256 (no salt, the
// given info), for secrets the gateways of one deployment must share without storing them,
// such as the tracker passkey secret (info "tracker passkey"). A different info gives an
// independent secret; the master key itself is never handed out. Rotating the master key
// changes every derived secret.
func (k *Keyring) Derive(info string, n int) ([]byte, error) {
	if info == "" || n < 16 || n > 64 {
		return nil, errors.New("keyring: derive needs a purpose (info) and 16 to 64 bytes")
	}
	out, err := hkdf.Key(sha256.New, k.derive, nil, info, n)
	if err != nil {
		return nil, fmt.Errorf("keyring: derive: %w", err)
	}
	return out, nil
}
