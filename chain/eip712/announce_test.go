package eip712

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// TestAnnouncementMatchesAPITypes checks the hand-written hash against go-ethereum's generic
// EIP-712 implementation (what wallets sign), for no, one and several info hashes.
func TestAnnouncementMatchesAPITypes(t *testing.T) {
	t.Parallel()
	var h1, h2 [20]byte
	for i := range h1 {
		h1[i], h2[i] = byte(i+1), byte(0xf0-i)
	}
	for _, c := range []struct {
		name   string
		hashes [][20]byte
	}{{"none", nil}, {"one", [][20]byte{h1}}, {"two", [][20]byte{h1, h2}}} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			a := Announcement{
				Seeder: common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"), Endpoint: "198.51.100.7:6881",
				PricePerGiB: big.NewInt(1_000_000_000_000), InfoHashes: c.hashes, Timestamp: 1_700_000_000, Expiry: 1_700_003_600,
			}
			list := make([]any, len(c.hashes))
			for i, h := range c.hashes {
				list[i] = hexutil.Encode(h[:])
			}
			td := apitypes.TypedData{
				Types: apitypes.Types{"EIP712Domain": domainFields, "Announcement": {
					{Name: "seeder", Type: "address"}, {Name: "endpoint", Type: "string"},
					{Name: "pricePerGiB", Type: "uint256"}, {Name: "infoHashes", Type: "bytes20[]"},
					{Name: "timestamp", Type: "uint64"}, {Name: "expiry", Type: "uint64"},
				}},
				PrimaryType: "Announcement",
				Domain:      apiDomain(testDomain),
				Message: apitypes.TypedDataMessage{
					"seeder": a.Seeder.Hex(), "endpoint": a.Endpoint, "pricePerGiB": a.PricePerGiB.String(),
					"infoHashes": list, "timestamp": "1700000000", "expiry": "1700003600",
				},
			}
			want, _, err := apitypes.TypedDataAndHash(td)
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Digest(testDomain); got != common.BytesToHash(want) {
				t.Fatalf("digest %s, apitypes says %s", got, hexutil.Encode(want))
			}
		})
	}
}

func TestAnnouncementSignRecover(t *testing.T) {
	t.Parallel()
	key, _ := crypto.GenerateKey()
	signer := crypto.PubkeyToAddress(key.PublicKey)
	a := Announcement{Seeder: signer, Endpoint: "seeder.example:6881", PricePerGiB: big.NewInt(5), InfoHashes: [][20]byte{{1}}, Timestamp: 10, Expiry: 20}
	sig, err := a.Sign(testDomain, key)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := a.Signer(testDomain, sig); err != nil || got != signer {
		t.Fatalf("Signer = %s, %v; want %s", got, err, signer)
	}
	changed := a
	changed.InfoHashes = [][20]byte{{2}}
	for name, c := range map[string]struct {
		d Domain
		a Announcement
	}{
		"other chain":     {NewDomain(big.NewInt(1), testDomain.VerifyingContract), a},
		"other registry":  {NewDomain(testDomain.ChainID, common.Address{9}), a},
		"other info hash": {testDomain, changed},
	} {
		if got, err := c.a.Signer(c.d, sig); err == nil && got == signer {
			t.Errorf("%s: signature still recovers to the seeder", name)
		}
	}
}
