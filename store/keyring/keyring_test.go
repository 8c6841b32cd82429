package keyring

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func key(b byte) []byte { return bytes.Repeat([]byte{b}, KeySize) }

func TestParse(t *testing.T) {
	t.Parallel()
	hex1 := hex.EncodeToString(key(1))
	hex2 := hex.EncodeToString(key(2))
	tests := []struct {
		name     string
		in       []byte
		current  uint32
		versions int
		wantErr  bool
	}{
		{"raw 32 bytes", append([]byte{0xff}, key(9)[1:]...), 1, 1, false},
		{"hex", []byte(hex1 + "\n"), 1, 1, false},
		{"hex with 0x", []byte("0x" + hex1), 1, 1, false},
		{"versioned", []byte("# master keys\n1:" + hex1 + "\n\n3:" + hex2 + "\n"), 3, 2, false},
		{"empty", []byte(""), 0, 0, true},
		{"short hex", []byte(hex1[:62]), 0, 0, true},
		{"two bare keys", []byte(hex1 + "\n" + hex2), 0, 0, true},
		{"bare and versioned", []byte(hex1 + "\n2:" + hex2), 0, 0, true},
		{"version zero", []byte("0:" + hex1), 0, 0, true},
		{"duplicate version", []byte("1:" + hex1 + "\n1:" + hex2), 0, 0, true},
		{"not hex", []byte(strings.Repeat("zz", 32)), 0, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			k, err := Parse(tt.in)
			if tt.wantErr {
				if !errors.Is(err, ErrBadMasterKey) {
					t.Fatalf("Parse() error = %v, want ErrBadMasterKey", err)
				}
				if strings.Contains(err.Error(), hex1[:16]) || strings.Contains(err.Error(), hex2[:16]) {
					t.Fatalf("error quotes key material: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if k.Current() != tt.current || len(k.Versions()) != tt.versions {
				t.Fatalf("current %d versions %v, want %d and %d versions", k.Current(), k.Versions(), tt.current, tt.versions)
			}
		})
	}
}

func TestSealOpen(t *testing.T) {
	t.Parallel()
	k, err := New(map[uint32][]byte{1: key(1), 2: key(2)})
	if err != nil {
		t.Fatal(err)
	}
	h := [32]byte{7}
	ck := key(42)
	s, err := k.Seal(h, ck)
	if err != nil {
		t.Fatal(err)
	}
	if s.Version != 2 {
		t.Fatalf("sealed under version %d, want current 2", s.Version)
	}
	if bytes.Contains(s.Ciphertext, ck) {
		t.Fatal("ciphertext contains the key")
	}
	got, err := k.Open(h, s)
	if err != nil || !bytes.Equal(got, ck) {
		t.Fatalf("Open = %x, %v", got, err)
	}
	s2, _ := k.Seal(h, ck)
	if bytes.Equal(s.Nonce, s2.Nonce) {
		t.Fatal("two seals used the same nonce")
	}
	tamper := func(f func(*Sealed)) Sealed {
		c := Sealed{Version: s.Version, Nonce: bytes.Clone(s.Nonce), Ciphertext: bytes.Clone(s.Ciphertext)}
		f(&c)
		return c
	}
	bad := []struct {
		name string
		hash [32]byte
		s    Sealed
		want error
	}{
		{"other content hash", [32]byte{8}, s, ErrOpen},
		{"flipped ciphertext", h, tamper(func(c *Sealed) { c.Ciphertext[0] ^= 1 }), ErrOpen},
		{"short nonce", h, tamper(func(c *Sealed) { c.Nonce = c.Nonce[:4] }), ErrOpen},
		{"relabelled version", h, tamper(func(c *Sealed) { c.Version = 1 }), ErrOpen},
		{"unknown version", h, tamper(func(c *Sealed) { c.Version = 9 }), ErrUnknownVersion},
	}
	for _, tt := range bad {
		if _, err := k.Open(tt.hash, tt.s); !errors.Is(err, tt.want) {
			t.Errorf("%s: Open error = %v, want %v", tt.name, err, tt.want)
		}
	}
	if _, err := k.Seal(h, key(1)[:31]); !errors.Is(err, ErrBadContentKey) {
		t.Errorf("31-byte content key: %v", err)
	}
}

func TestNeverPrintsKeys(t *testing.T) {
	t.Parallel()
	k, _ := New(map[uint32][]byte{1: key(0xab)})
	var buf bytes.Buffer
	slog.New(slog.NewTextHandler(&buf, nil)).Info("loaded", "keyring", k)
	out := buf.String() + fmt.Sprintf("%v %+v %#v %s", k, k, k, k)
	if strings.Contains(strings.ToLower(out), "abab") || strings.Contains(out, "\xab\xab") {
		t.Fatalf("key material printed: %s", out)
	}
}

func TestLoadFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	p := filepath.Join(dir, "master.key")
	if err := os.WriteFile(p, []byte(hex.EncodeToString(key(5))), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadFile(p); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadFile(filepath.Join(dir, "missing")); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("missing file: %v", err)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(hex.EncodeToString(key(1))))
	f.Add([]byte("1:" + hex.EncodeToString(key(1)) + "\n2:" + hex.EncodeToString(key(2))))
	f.Add(key(3))
	f.Add([]byte("# comment\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		k, err := Parse(data)
		if err != nil {
			if !errors.Is(err, ErrBadMasterKey) {
				t.Fatalf("error %v is not ErrBadMasterKey", err)
			}
			return
		}
		h := [32]byte{1}
		s, err := k.Seal(h, key(9))
		if err != nil {
			t.Fatal(err)
		}
		if got, err := k.Open(h, s); err != nil || !bytes.Equal(got, key(9)) {
			t.Fatalf("round trip: %x, %v", got, err)
		}
	})
}
