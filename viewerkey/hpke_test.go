package viewerkey

import (
	"bytes"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestSealOpen(t *testing.T) {
	t.Parallel()
	viewer := common.HexToAddress("0x00000000000000000000000000000000000A11CE")
	key := bytes.Repeat([]byte{7}, 32)
	for _, kem := range []string{"", KEMHybrid, KEMX25519} {
		t.Run("kem="+kem, func(t *testing.T) {
			t.Parallel()
			sk, err := GenerateKey(kem)
			if err != nil {
				t.Fatal(err)
			}
			pk, err := ParsePublicKey(kem, sk.PublicKey().Bytes())
			if err != nil {
				t.Fatal(err)
			}
			info := Info("42", 1337, viewer)
			sealed, err := Seal(pk, info, key)
			if err != nil {
				t.Fatal(err)
			}
			got, err := Open(sk, info, sealed)
			if err != nil || !bytes.Equal(got, key) {
				t.Fatalf("Open = %x, %v", got, err)
			}
			other, _ := GenerateKey(kem)
			for name, c := range map[string]struct {
				sk     any
				info   []byte
				sealed []byte
			}{
				"other content": {sk, Info("43", 1337, viewer), sealed},
				"other chain":   {sk, Info("42", 1, viewer), sealed},
				"other viewer":  {sk, Info("42", 1337, common.Address{1}), sealed},
				"other key":     {other, info, sealed},
				"tampered":      {sk, info, append(append([]byte(nil), sealed[:len(sealed)-1]...), sealed[len(sealed)-1]^1)},
				"truncated":     {sk, info, sealed[:10]},
			} {
				k := sk
				if c.sk != any(sk) {
					k = other
				}
				if _, err := Open(k, c.info, c.sealed); !errors.Is(err, ErrOpen) {
					t.Errorf("%s: Open error %v, want ErrOpen", name, err)
				}
			}
		})
	}
}

func TestParsePublicKeyRefusesBadInput(t *testing.T) {
	t.Parallel()
	x, _ := GenerateKey(KEMX25519)
	for name, c := range map[string]struct {
		kem  string
		key  []byte
		want error
	}{
		"unknown kem":       {"P-256", x.PublicKey().Bytes(), ErrUnknownKEM},
		"x25519 for hybrid": {KEMHybrid, x.PublicKey().Bytes(), ErrBadPublicKey},
		"short":             {KEMX25519, []byte{1, 2, 3}, ErrBadPublicKey},
		"empty":             {KEMX25519, nil, ErrBadPublicKey},
		"hybrid wrong size": {KEMHybrid, make([]byte, 1000), ErrBadPublicKey},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			if _, err := ParsePublicKey(c.kem, c.key); !errors.Is(err, c.want) {
				t.Fatalf("error %v, want %v", err, c.want)
			}
		})
	}
}

func TestInfoIsInjective(t *testing.T) {
	t.Parallel()
	a := Info("12", 3, common.Address{})
	b := Info("2", 3, common.Address{})
	if bytes.Equal(a, b) {
		t.Fatal("different content ids give the same info")
	}
}
