package eip712

import (
	"encoding/json"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// TestTypedDataHashesLikeDigest checks that the JSON a wallet signs hashes, through
// go-ethereum's independent EIP-712 implementation, to the digest the contract checks.
func TestTypedDataHashesLikeDigest(t *testing.T) {
	t.Parallel()
	d := NewDomain(big.NewInt(1337), common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"))
	cases := map[string]Registration{
		"zero": {},
		"full": {
			Creator: common.HexToAddress("0x00000000000000000000000000000000000A11CE"), ContentHash: common.HexToHash("0x01"),
			InfoHash: common.HexToHash("0xabcdef"), KeyCommitment: common.HexToHash("0x99"), MetadataURI: "ipfs://x/é",
			Policy: Policy{Model: ModelRent, Price: new(big.Int).Lsh(big.NewInt(1), 200), Currency: common.HexToAddress("0x1234"),
				Duration: 1<<63 + 5, Subscribers: true, GateKind: GateERC1155, GateToken: common.HexToAddress("0x77"),
				GateID: big.NewInt(9), GateAmount: big.NewInt(3), RoyaltyBps: 250,
				Payees: []Payee{{Account: common.HexToAddress("0x01"), ShareBps: 7000}, {ShareBps: 3000}}},
			Nonce: big.NewInt(4), Deadline: big.NewInt(1_900_000_000),
		},
	}
	for name, r := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			raw, err := json.Marshal(r.TypedData(d))
			if err != nil {
				t.Fatal(err)
			}
			var td apitypes.TypedData
			if err := json.Unmarshal(raw, &td); err != nil {
				t.Fatal(err)
			}
			h, _, err := apitypes.TypedDataAndHash(td)
			if err != nil {
				t.Fatalf("apitypes refuses the typed data: %v\n%s", err, raw)
			}
			if got, want := common.BytesToHash(h), r.Digest(d); got != want {
				t.Fatalf("typed-data hash %s, digest %s", got, want)
			}
		})
	}
}
