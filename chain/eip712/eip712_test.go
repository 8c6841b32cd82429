package eip712

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

var testDomain = NewDomain(big.NewInt(1337), common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"))

func apiDomain(d Domain) apitypes.TypedDataDomain {
	return apitypes.TypedDataDomain{
		Name:              d.Name,
		Version:           d.Version,
		ChainId:           (*math.HexOrDecimal256)(d.ChainID),
		VerifyingContract: d.VerifyingContract.Hex(),
	}
}

var domainFields = []apitypes.Type{
	{Name: "name", Type: "string"},
	{Name: "version", Type: "string"},
	{Name: "chainId", Type: "uint256"},
	{Name: "verifyingContract", Type: "address"},
}

// TestMatchesAPITypes checks the hand-written hashing against go-ethereum's generic EIP-712
// implementation, which wallets' behaviour is tested against.
func TestMatchesAPITypes(t *testing.T) {
	t.Parallel()
	r := Receipt{
		Viewer: common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"),
		Seeder: common.HexToAddress("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"),
		Bytes:  big.NewInt(123456789),
		Amount: new(big.Int).Lsh(big.NewInt(1), 200),
	}
	s := Session{Viewer: r.Viewer, Key: r.Seeder, Limit: big.NewInt(1e18), Expiry: 1<<40 + 7, Nonce: 3}
	cases := []struct {
		name string
		got  common.Hash
		td   apitypes.TypedData
	}{
		{"receipt", r.Digest(testDomain), apitypes.TypedData{
			Types: apitypes.Types{"EIP712Domain": domainFields, "Receipt": {
				{Name: "viewer", Type: "address"}, {Name: "seeder", Type: "address"},
				{Name: "bytes", Type: "uint256"}, {Name: "amount", Type: "uint256"},
			}},
			PrimaryType: "Receipt",
			Domain:      apiDomain(testDomain),
			Message: apitypes.TypedDataMessage{
				"viewer": r.Viewer.Hex(), "seeder": r.Seeder.Hex(),
				"bytes": r.Bytes.String(), "amount": r.Amount.String(),
			},
		}},
		{"session", s.Digest(testDomain), apitypes.TypedData{
			Types: apitypes.Types{"EIP712Domain": domainFields, "Session": {
				{Name: "viewer", Type: "address"}, {Name: "key", Type: "address"},
				{Name: "limit", Type: "uint256"}, {Name: "expiry", Type: "uint64"},
				{Name: "nonce", Type: "uint64"},
			}},
			PrimaryType: "Session",
			Domain:      apiDomain(testDomain),
			Message: apitypes.TypedDataMessage{
				"viewer": s.Viewer.Hex(), "key": s.Key.Hex(),
				"limit": s.Limit.String(), "expiry": new(big.Int).SetUint64(s.Expiry).String(),
				"nonce": new(big.Int).SetUint64(s.Nonce).String(),
			},
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			want, _, err := apitypes.TypedDataAndHash(c.td)
			if err != nil {
				t.Fatal(err)
			}
			if c.got != common.BytesToHash(want) {
				t.Fatalf("digest %s, apitypes says %s", c.got, hexutil.Encode(want))
			}
		})
	}
}

func TestSignRecover(t *testing.T) {
	t.Parallel()
	key, _ := crypto.GenerateKey()
	signer := crypto.PubkeyToAddress(key.PublicKey)
	r := Receipt{Viewer: signer, Seeder: common.Address{1}, Bytes: big.NewInt(1 << 20), Amount: big.NewInt(1000)}
	sig, err := r.Sign(testDomain, key)
	if err != nil {
		t.Fatal(err)
	}
	if v := sig[64]; v != 27 && v != 28 {
		t.Fatalf("v = %d, want 27 or 28", v)
	}
	got, err := r.Signer(testDomain, sig)
	if err != nil || got != signer {
		t.Fatalf("Signer = %s, %v; want %s", got, err, signer)
	}

	// Another chain, another contract, another amount: another signer (or an error).
	other := []struct {
		name string
		d    Domain
		r    Receipt
	}{
		{"other chain", NewDomain(big.NewInt(1), testDomain.VerifyingContract), r},
		{"other contract", NewDomain(testDomain.ChainID, common.Address{9}), r},
		{"other amount", testDomain, Receipt{r.Viewer, r.Seeder, r.Bytes, big.NewInt(1001)}},
	}
	for _, o := range other {
		if got, err := o.r.Signer(o.d, sig); err == nil && got == signer {
			t.Errorf("%s: signature still recovers to the signer", o.name)
		}
	}

	// The malleated twin (s' = n - s, v flipped) recovers the same key in geth, and must be refused.
	n := crypto.S256().Params().N
	twin := append([]byte(nil), sig...)
	new(big.Int).Sub(n, new(big.Int).SetBytes(sig[32:64])).FillBytes(twin[32:64])
	twin[64] = 27 + 28 - sig[64]
	if _, err := r.Signer(testDomain, twin); !errors.Is(err, ErrMalleable) {
		t.Errorf("malleated signature: err = %v, want ErrMalleable", err)
	}

	bad := []struct {
		name string
		sig  []byte
		want error
	}{
		{"short", sig[:64], ErrSignatureLength},
		{"v=0", append(append([]byte(nil), sig[:64]...), sig[64]-27), ErrSignatureV},
		{"zero", make([]byte, 65), ErrSignatureV},
	}
	for _, b := range bad {
		if _, err := r.Signer(testDomain, b.sig); !errors.Is(err, b.want) {
			t.Errorf("%s: err = %v, want %v", b.name, err, b.want)
		}
	}
}

func BenchmarkReceiptVerify(b *testing.B) {
	key, _ := crypto.GenerateKey()
	r := Receipt{Viewer: crypto.PubkeyToAddress(key.PublicKey), Seeder: common.Address{1}, Bytes: big.NewInt(1 << 30), Amount: big.NewInt(1e15)}
	sig, _ := r.Sign(testDomain, key)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Signer(testDomain, sig); err != nil {
			b.Fatal(err)
		}
	}
}
