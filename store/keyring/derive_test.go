package keyring

import (
	"bytes"
	"crypto/hkdf"
	"crypto/sha256"
	"testing"
)

func TestDerive(t *testing.T) {
	t.Parallel()
	k1 := bytes.Repeat([]byte{1}, KeySize)
	k2 := bytes.Repeat([]byte{2}, KeySize)
	one, err := New(map[uint32][]byte{1: k1})
	if err != nil {
		t.Fatal(err)
	}
	rotated, err := New(map[uint32][]byte{1: k1, 2: k2})
	if err != nil {
		t.Fatal(err)
	}
	a, err := one.Derive("tracker passkey", 32)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := hkdf.Key(sha256.New, k1, nil, "tracker passkey", 32)
	if !bytes.Equal(a, want) {
		t.Fatalf("Derive is not HKDF-SHA256(master, info)")
	}
	if b, _ := one.Derive("something else", 32); bytes.Equal(a, b) {
		t.Error("another info gives the same secret")
	}
	if c, _ := rotated.Derive("tracker passkey", 32); bytes.Equal(a, c) {
		t.Error("the derived secret does not follow the current master key")
	}
	for _, bad := range []struct {
		info string
		n    int
	}{{"", 32}, {"x", 8}, {"x", 65}} {
		if _, err := one.Derive(bad.info, bad.n); err == nil {
			t.Errorf("Derive(%q, %d) succeeded", bad.info, bad.n)
		}
	}
}
