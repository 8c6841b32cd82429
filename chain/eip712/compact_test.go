package eip712

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestCompactRoundTrip(t *testing.T) {
	t.Parallel()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	want := crypto.PubkeyToAddress(key.PublicKey)
	sawV := map[byte]bool{}
	for i := range 16 {
		r := Receipt{Viewer: want, Seeder: common.Address{1}, Bytes: big.NewInt(int64(i)), Amount: big.NewInt(int64(i) * 7)}
		sig, err := r.Sign(testDomain, key)
		if err != nil {
			t.Fatal(err)
		}
		sawV[sig[64]] = true
		cr, cvs, err := Compact(sig)
		if err != nil {
			t.Fatal(err)
		}
		if (cvs[0]>>7 == 1) != (sig[64] == 28) {
			t.Fatalf("top bit of vs %x does not encode v %d", cvs[0], sig[64])
		}
		back := Expand(cr, cvs)
		if !bytes.Equal(back, sig) {
			t.Fatalf("Expand(Compact(sig)) = %x, want %x", back, sig)
		}
		got, err := r.Signer(testDomain, back)
		if err != nil || got != want {
			t.Fatalf("signer %v, %v; want %v", got, err, want)
		}
	}
	if len(sawV) != 2 {
		t.Logf("only saw v values %v in 16 signatures", sawV)
	}
}

func TestCompactRefuses(t *testing.T) {
	t.Parallel()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	sig, err := Sign(common.Hash{1}, key)
	if err != nil {
		t.Fatal(err)
	}
	badV := bytes.Clone(sig)
	badV[64] = 1
	high := bytes.Clone(sig)
	s := new(big.Int).SetBytes(sig[32:64])
	new(big.Int).Sub(crypto.S256().Params().N, s).FillBytes(high[32:64])
	high[64] = 55 - high[64] // 27 <-> 28: the malleated twin
	cases := []struct {
		name string
		sig  []byte
		want error
	}{
		{"short", sig[:64], ErrSignatureLength},
		{"bad v", badV, ErrSignatureV},
		{"high s", high, ErrMalleable},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			if _, _, err := Compact(c.sig); !errors.Is(err, c.want) {
				t.Fatalf("Compact: %v, want %v", err, c.want)
			}
		})
	}
}

// FuzzCompact: whatever Compact accepts, Expand turns back into the same 65 bytes.
func FuzzCompact(f *testing.F) {
	key, err := crypto.GenerateKey()
	if err != nil {
		f.Fatal(err)
	}
	sig, err := Sign(common.Hash{7}, key)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(sig)
	f.Add(make([]byte, 65))
	f.Fuzz(func(t *testing.T, sig []byte) {
		r, vs, err := Compact(sig)
		if err != nil {
			return
		}
		if back := Expand(r, vs); !bytes.Equal(back, sig) {
			t.Fatalf("Expand(Compact(%x)) = %x", sig, back)
		}
	})
}
