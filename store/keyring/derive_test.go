package keyring

import (
	"bytes"
	"testing"
)

func TestDerive(t *testing.T) {
	t.Parallel()
	k1, err := New(map[uint32][]byte{1: key(1)})
	if err != nil {
		t.Fatal(err)
	}
	again, _ := New(map[uint32][]byte{1: key(1)})
	rotated, _ := New(map[uint32][]byte{1: key(1), 2: key(2)})
	a, err := k1.Derive("tracker passkey", 32)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := again.Derive("tracker passkey", 32)
	c, _ := k1.Derive("other purpose", 32)
	d, _ := rotated.Derive("tracker passkey", 32)
	switch {
	case len(a) != 32:
		t.Fatalf("derived %d bytes", len(a))
	case !bytes.Equal(a, b):
		t.Error("the same master key and label derive different secrets")
	case bytes.Equal(a, c):
		t.Error("two labels derive the same secret")
	case bytes.Equal(a, d):
		t.Error("rotation to version 2 did not change the derived secret")
	case bytes.Contains(a, key(1)[:16]):
		t.Error("the derived secret contains master key bytes")
	}
	for _, bad := range []struct {
		label string
		n     int
	}{{"", 32}, {"x", 8}, {"x", 65}} {
		if _, err := k1.Derive(bad.label, bad.n); err == nil {
			t.Errorf("Derive(%q, %d) succeeded", bad.label, bad.n)
		}
	}
}
