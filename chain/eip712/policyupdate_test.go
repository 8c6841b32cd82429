package eip712

import (
	"encoding/json"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// TestPolicyUpdateMatchesAPITypes checks the hand-written PolicyUpdate hashing, nested Policy and
// Payee[] included, against go-ethereum's generic EIP-712 implementation, fed both by a message
// built here and by the TypedData JSON a wallet signs.
func TestPolicyUpdateMatchesAPITypes(t *testing.T) {
	t.Parallel()
	types := apitypes.Types{
		"EIP712Domain": domainFields,
		"PolicyUpdate": {
			{Name: "contentId", Type: "uint256"}, {Name: "policy", Type: "Policy"},
			{Name: "nonce", Type: "uint256"}, {Name: "deadline", Type: "uint256"},
		},
		"Policy": registrationTypes["Policy"],
		"Payee":  registrationTypes["Payee"],
	}
	cases := map[string]PolicyUpdate{
		"zero": {},
		"free": {ContentID: big.NewInt(1), Policy: Policy{Model: ModelFree}, Nonce: big.NewInt(0), Deadline: big.NewInt(1 << 40)},
		"full": {
			ContentID: new(big.Int).Lsh(big.NewInt(1), 255),
			Policy: Policy{Model: ModelRent, Price: new(big.Int).Lsh(big.NewInt(1), 200), Currency: common.HexToAddress("0x1234"),
				Duration: 1<<63 + 5, Subscribers: true, GateKind: GateERC1155, GateToken: common.HexToAddress("0x77"),
				GateID: big.NewInt(9), GateAmount: big.NewInt(3), RoyaltyBps: 250,
				Payees: []Payee{{Account: common.HexToAddress("0x01"), ShareBps: 7000}, {ShareBps: 3000}}},
			Nonce: big.NewInt(4), Deadline: big.NewInt(1_900_000_000),
		},
	}
	for name, u := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			msg := registrationMessage(Registration{Policy: u.Policy})["policy"]
			want, _, err := apitypes.TypedDataAndHash(apitypes.TypedData{
				Types: types, PrimaryType: "PolicyUpdate", Domain: apiDomain(testDomain),
				Message: apitypes.TypedDataMessage{"contentId": bigString(u.ContentID), "policy": msg, "nonce": bigString(u.Nonce), "deadline": bigString(u.Deadline)},
			})
			if err != nil {
				t.Fatal(err)
			}
			if got := u.Digest(testDomain); got != common.BytesToHash(want) {
				t.Fatalf("digest %s, apitypes says %s", got, hexutil.Encode(want))
			}
			raw, err := json.Marshal(u.TypedData(testDomain))
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
			if common.BytesToHash(h) != u.Digest(testDomain) {
				t.Fatalf("typed-data hash %x, digest %s", h, u.Digest(testDomain))
			}
		})
	}
}

// TestPolicyUpdateSignRecover: a signed update recovers to its signer, and changing any signed
// field, or the domain, changes who it recovers to. A registration with the same policy and
// nonce is a different message (the type hash differs).
func TestPolicyUpdateSignRecover(t *testing.T) {
	t.Parallel()
	key, _ := crypto.GenerateKey()
	owner := crypto.PubkeyToAddress(key.PublicKey)
	u := PolicyUpdate{ContentID: big.NewInt(7), Nonce: big.NewInt(2), Deadline: big.NewInt(1e9),
		Policy: Policy{Model: ModelBuy, Price: big.NewInt(100), Payees: []Payee{{ShareBps: 10000}}}}
	sig, err := u.Sign(testDomain, key)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := u.Signer(testDomain, sig); err != nil || got != owner {
		t.Fatalf("Signer = %s, %v; want %s", got, err, owner)
	}
	mutations := map[string]func(*PolicyUpdate){
		"content":  func(u *PolicyUpdate) { u.ContentID = big.NewInt(8) },
		"nonce":    func(u *PolicyUpdate) { u.Nonce = big.NewInt(3) },
		"deadline": func(u *PolicyUpdate) { u.Deadline = big.NewInt(1e9 + 1) },
		"price":    func(u *PolicyUpdate) { u.Policy.Price = big.NewInt(101) },
		"royalty":  func(u *PolicyUpdate) { u.Policy.RoyaltyBps = 1 },
		"payees":   func(u *PolicyUpdate) { u.Policy.Payees = nil },
		"domain":   func(u *PolicyUpdate) {},
	}
	for name, mutate := range mutations {
		t.Run(name, func(t *testing.T) {
			m := u
			mutate(&m)
			d := testDomain
			if name == "domain" {
				d = NewDomain(big.NewInt(1), testDomain.VerifyingContract)
			}
			if got, err := m.Signer(d, sig); err == nil && got == owner {
				t.Errorf("changing %s still recovers the owner", name)
			}
		})
	}
	reg := Registration{Policy: u.Policy, Nonce: u.Nonce, Deadline: u.Deadline}
	if reg.Digest(testDomain) == u.Digest(testDomain) {
		t.Fatal("a registration and a policy update share a digest")
	}
}
