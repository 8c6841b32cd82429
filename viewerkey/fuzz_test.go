package viewerkey

import (
	"bytes"
	"testing"
)

// FuzzParsePublicKey: any bytes under any KEM name either decode to a key that seals and opens
// with its own serialization, or are refused with an error; nothing panics.
func FuzzParsePublicKey(f *testing.F) {
	x, _ := GenerateKey(KEMX25519)
	h, _ := GenerateKey(KEMHybrid)
	f.Add(KEMX25519, x.PublicKey().Bytes())
	f.Add(KEMHybrid, h.PublicKey().Bytes())
	f.Add("", []byte{1, 2, 3})
	f.Add("P-256", []byte{})
	f.Fuzz(func(t *testing.T, kem string, b []byte) {
		pk, err := ParsePublicKey(kem, b)
		if err != nil {
			return
		}
		if !bytes.Equal(pk.Bytes(), b) {
			t.Fatalf("key serializes differently from its input")
		}
		if _, err := Seal(pk, Info("1", 1, [20]byte{}), make([]byte, 32)); err != nil {
			t.Fatalf("a parsed key does not seal: %v", err)
		}
	})
}
