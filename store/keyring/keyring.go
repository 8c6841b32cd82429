// Package keyring seals content keys at rest (envelope encryption). Each 32-byte content key is
// encrypted with AES-256-GCM under a master key the operator supplies; the content hash and
// the master key's version are the associated data, so a sealed key cannot be moved to another
// item or passed off under another version. Several master keys can be loaded at once, each
// with a version: new keys are sealed under the highest version, older ones still open, and
// store.RewrapContentKeys moves them to the current version so an old master key can be
// retired.
//
// The master key file holds either the 32 raw bytes, or text: one hex key (version 1), or one
// "VERSION:HEX" line per key (blank lines and lines starting with # are ignored). Keys are
// never logged or printed: a Keyring formats as its versions only.
package keyring

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"slices"
	"strconv"
	"strings"
)

// KeySize is the size of a master key and of a content key.
const KeySize = 32

// ErrBadMasterKey is returned when master key material does not parse.
var ErrBadMasterKey = errors.New("bad master key")

// ErrUnknownVersion is returned when a sealed key names a master key version not loaded.
var ErrUnknownVersion = errors.New("unknown master key version")

// ErrOpen is returned when a sealed key fails authentication: wrong master key, wrong content
// hash, or tampered data.
var ErrOpen = errors.New("sealed content key does not open")

// ErrBadContentKey is returned when a content key to seal is not 32 bytes.
var ErrBadContentKey = errors.New("content key must be 32 bytes")

// aadLabel starts the associated data of every sealed key.
const aadLabel = "swarmgate/content-key/v1"

// Sealed is a content key sealed under one master key version.
type Sealed struct {
	Version    uint32
	Nonce      []byte
	Ciphertext []byte
}

// Keyring holds the loaded master keys. It is safe for concurrent use.
type Keyring struct {
	aeads   map[uint32]cipher.AEAD
	current uint32
	derive  []byte // the current master key, for Derive
}

// New builds a keyring from master keys by version; the highest version seals.
func New(keys map[uint32][]byte) (*Keyring, error) {
	if len(keys) == 0 {
		return nil, fmt.Errorf("%w: no key given", ErrBadMasterKey)
	}
	k := &Keyring{aeads: make(map[uint32]cipher.AEAD, len(keys))}
	for v, key := range keys {
		if v == 0 {
			return nil, fmt.Errorf("%w: versions start at 1", ErrBadMasterKey)
		}
		if len(key) != KeySize {
			return nil, fmt.Errorf("%w: version %d is %d bytes, want %d", ErrBadMasterKey, v, len(key), KeySize)
		}
		block, err := aes.NewCipher(key)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrBadMasterKey, err)
		}
		aead, err := cipher.NewGCM(block)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrBadMasterKey, err)
		}
		k.aeads[v] = aead
		k.current = max(k.current, v)
	}
	k.derive = append([]byte(nil), keys[k.current]...)
	return k, nil
}

// Parse reads master key material in the file format described in the package comment.
// Errors never quote the material.
func Parse(data []byte) (*Keyring, error) {
	if len(data) == KeySize && !isText(data) {
		return New(map[uint32][]byte{1: bytes.Clone(data)})
	}
	keys := map[uint32][]byte{}
	var bare [][]byte
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		ver, hexKey, versioned := strings.Cut(line, ":")
		if !versioned {
			hexKey = line
		}
		key, err := hex.DecodeString(strings.TrimPrefix(strings.TrimSpace(hexKey), "0x"))
		if err != nil || len(key) != KeySize {
			return nil, fmt.Errorf("%w: line %d is not %d bytes of hex (64 hex digits)", ErrBadMasterKey, i+1, KeySize)
		}
		if !versioned {
			bare = append(bare, key)
			continue
		}
		v, err := strconv.ParseUint(strings.TrimSpace(ver), 10, 32)
		if err != nil || v == 0 {
			return nil, fmt.Errorf("%w: line %d: version must be a number from 1", ErrBadMasterKey, i+1)
		}
		if _, dup := keys[uint32(v)]; dup {
			return nil, fmt.Errorf("%w: line %d: version %d appears twice", ErrBadMasterKey, i+1, v)
		}
		keys[uint32(v)] = key
	}
	switch {
	case len(bare) == 1 && len(keys) == 0:
		keys[1] = bare[0]
	case len(bare) > 0:
		return nil, fmt.Errorf("%w: with more than one key, write each as VERSION:HEX", ErrBadMasterKey)
	case len(keys) == 0:
		return nil, fmt.Errorf("%w: no key found; write 64 hex digits (openssl rand -hex 32)", ErrBadMasterKey)
	}
	return New(keys)
}

func isText(b []byte) bool {
	for _, c := range b {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == 'x' || c == ':' || c == '#' || c == ' ' || c == '\n' || c == '\r' || c == '\t') {
			return false
		}
	}
	return true
}

// LoadFile reads master key material from path. The file should be readable by the gateway's
// user only.
func LoadFile(path string) (*Keyring, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read master key file: %w", err)
	}
	k, err := Parse(data)
	clear(data)
	if err != nil {
		return nil, fmt.Errorf("master key file %s: %w", path, err)
	}
	return k, nil
}

// Current is the version new keys are sealed under.
func (k *Keyring) Current() uint32 { return k.current }

// Versions lists the loaded versions, ascending.
func (k *Keyring) Versions() []uint32 {
	vs := make([]uint32, 0, len(k.aeads))
	for v := range k.aeads {
		vs = append(vs, v)
	}
	slices.Sort(vs)
	return vs
}

func aad(version uint32, contentHash [32]byte) []byte {
	b := make([]byte, 0, len(aadLabel)+4+32)
	b = append(b, aadLabel...)
	b = binary.BigEndian.AppendUint32(b, version)
	return append(b, contentHash[:]...)
}

// Seal encrypts a content key for the item with contentHash under the current master key.
func (k *Keyring) Seal(contentHash [32]byte, contentKey []byte) (Sealed, error) {
	if len(contentKey) != KeySize {
		return Sealed{}, ErrBadContentKey
	}
	aead := k.aeads[k.current]
	nonce := make([]byte, aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return Sealed{}, fmt.Errorf("seal content key: %w", err)
	}
	ct := aead.Seal(nil, nonce, contentKey, aad(k.current, contentHash))
	return Sealed{Version: k.current, Nonce: nonce, Ciphertext: ct}, nil
}

// Open decrypts a sealed content key of the item with contentHash.
func (k *Keyring) Open(contentHash [32]byte, s Sealed) ([]byte, error) {
	aead, ok := k.aeads[s.Version]
	if !ok {
		return nil, fmt.Errorf("%w %d: load that master key too (VERSION:HEX lines)", ErrUnknownVersion, s.Version)
	}
	if len(s.Nonce) != aead.NonceSize() {
		return nil, ErrOpen
	}
	key, err := aead.Open(nil, s.Nonce, s.Ciphertext, aad(s.Version, contentHash))
	if err != nil || len(key) != KeySize {
		return nil, ErrOpen
	}
	return key, nil
}

// String names the loaded versions, never the keys.
func (k *Keyring) String() string {
	return fmt.Sprintf("keyring(versions %v, current %d)", k.Versions(), k.current)
}

// GoString is String, so %#v cannot print key material either.
func (k *Keyring) GoString() string { return k.String() }

// LogValue makes slog print the versions only.
func (k *Keyring) LogValue() slog.Value { return slog.StringValue(k.String()) }
