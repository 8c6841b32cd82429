package paywire

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/swarmgate/swarmgate/chain/eip712"
)

var apiDomainFields = []apitypes.Type{
	{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
	{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"},
}

func apiDomain(d eip712.Domain) apitypes.TypedDataDomain {
	return apitypes.TypedDataDomain{
		Name: d.Name, Version: d.Version, ChainId: (*math.HexOrDecimal256)(d.ChainID),
		VerifyingContract: d.VerifyingContract.Hex(),
	}
}

// TestTermsAndIdentifyMatchAPITypes checks the hand-written hashes of the two wire-only types
// against go-ethereum's generic EIP-712 implementation (what a wallet would sign).
func TestTermsAndIdentifyMatchAPITypes(t *testing.T) {
	t.Parallel()
	d := testDomain()
	terms := Terms{
		Seeder: common.HexToAddress("0x66509F67e01343c03eEDAc52c0441414e8B535bB"), Free: true,
		PricePerGiB: new(big.Int).Lsh(big.NewInt(1), 200), CreditWindow: 32 << 20,
		InfoHash: [20]byte{0xe3, 1, 2}, PeerID: [20]byte([]byte("-PW0200-vectorpeer01")), Challenge: [32]byte{0x44, 31: 0x86},
	}
	id := Identify{Viewer: common.HexToAddress("0x75ec8f1736FAEA5dC061BE5b285f9FF15376B556"), Seeder: terms.Seeder, Challenge: terms.Challenge}
	cases := []struct {
		name   string
		td     apitypes.TypedData
		digest common.Hash
	}{
		{"terms", apitypes.TypedData{
			Types: apitypes.Types{"EIP712Domain": apiDomainFields, "Terms": {
				{Name: "seeder", Type: "address"}, {Name: "free", Type: "bool"}, {Name: "pricePerGiB", Type: "uint256"},
				{Name: "creditWindow", Type: "uint64"}, {Name: "infoHash", Type: "bytes20"}, {Name: "peerId", Type: "bytes20"},
				{Name: "challenge", Type: "bytes32"},
			}},
			PrimaryType: "Terms", Domain: apiDomain(d),
			Message: apitypes.TypedDataMessage{
				"seeder": terms.Seeder.Hex(), "free": true, "pricePerGiB": terms.PricePerGiB.String(),
				"creditWindow": "33554432", "infoHash": hexutil.Encode(terms.InfoHash[:]), "peerId": hexutil.Encode(terms.PeerID[:]),
				"challenge": hexutil.Encode(terms.Challenge[:]),
			},
		}, terms.Digest(d)},
		{"identify", apitypes.TypedData{
			Types: apitypes.Types{"EIP712Domain": apiDomainFields, "Identify": {
				{Name: "viewer", Type: "address"}, {Name: "seeder", Type: "address"}, {Name: "challenge", Type: "bytes32"},
			}},
			PrimaryType: "Identify", Domain: apiDomain(d),
			Message: apitypes.TypedDataMessage{
				"viewer": id.Viewer.Hex(), "seeder": id.Seeder.Hex(), "challenge": hexutil.Encode(id.Challenge[:]),
			},
		}, id.Digest(d)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			want, _, err := apitypes.TypedDataAndHash(c.td)
			if err != nil {
				t.Fatal(err)
			}
			if c.digest != common.BytesToHash(want) {
				t.Fatalf("digest %s, apitypes says %s", c.digest, hexutil.Encode(want))
			}
		})
	}
}

// TestIdentifyIsNotAReceipt: an identification signature never passes as a receipt or a grant
// signature, nor one made for another challenge, seller or domain.
func TestIdentifyIsNotAReceipt(t *testing.T) {
	t.Parallel()
	d := testDomain()
	wallet, seeder := newKey(t), newKey(t)
	id := Identify{Viewer: addr(wallet), Seeder: addr(seeder), Challenge: [32]byte{7}}
	sig, err := id.Sign(d, wallet)
	if err != nil {
		t.Fatal(err)
	}
	v := NewVerifier(testChainID, testEscrow, addr(seeder), testPrice, 0, 0)
	if _, err := v.CheckIdentify(&Identification{Viewer: addr(wallet), Signature: sig}, nil, id.Challenge); err != nil {
		t.Fatalf("own identification refused: %v", err)
	}
	other := NewVerifier(testChainID, testEscrow, addr(newKey(t)), testPrice, 0, 0)
	otherDomain := NewVerifier(testChainID+1, testEscrow, addr(seeder), testPrice, 0, 0)
	for name, check := range map[string]func() error{
		"other challenge": func() error {
			_, err := v.CheckIdentify(&Identification{Viewer: addr(wallet), Signature: sig}, nil, [32]byte{8})
			return err
		},
		"other seller": func() error {
			_, err := other.CheckIdentify(&Identification{Viewer: addr(wallet), Signature: sig}, nil, id.Challenge)
			return err
		},
		"other chain": func() error {
			_, err := otherDomain.CheckIdentify(&Identification{Viewer: addr(wallet), Signature: sig}, nil, id.Challenge)
			return err
		},
	} {
		if err := check(); err == nil {
			t.Errorf("%s: identification accepted", name)
		}
	}
	r := eip712.Receipt{Viewer: addr(wallet), Seeder: addr(seeder), Bytes: new(big.Int), Amount: new(big.Int)}
	if got, err := r.Signer(d, sig); err == nil && got == addr(wallet) {
		t.Error("an identification signature recovers as a receipt of the viewer")
	}
}
