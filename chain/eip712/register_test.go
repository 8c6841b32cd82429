package eip712

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

var registrationTypes = apitypes.Types{
	"EIP712Domain": domainFields,
	"Registration": {
		{Name: "creator", Type: "address"},
		{Name: "contentHash", Type: "bytes32"},
		{Name: "infoHash", Type: "bytes32"},
		{Name: "keyCommitment", Type: "bytes32"},
		{Name: "metadataURI", Type: "string"},
		{Name: "policy", Type: "Policy"},
		{Name: "nonce", Type: "uint256"},
		{Name: "deadline", Type: "uint256"},
	},
	"Policy": {
		{Name: "model", Type: "uint8"},
		{Name: "price", Type: "uint256"},
		{Name: "currency", Type: "address"},
		{Name: "duration", Type: "uint64"},
		{Name: "subscribers", Type: "bool"},
		{Name: "gateKind", Type: "uint8"},
		{Name: "gateToken", Type: "address"},
		{Name: "gateId", Type: "uint256"},
		{Name: "gateAmount", Type: "uint256"},
		{Name: "royaltyBps", Type: "uint16"},
		{Name: "payees", Type: "Payee[]"},
	},
	"Payee": {
		{Name: "account", Type: "address"},
		{Name: "shareBps", Type: "uint16"},
	},
}

func bigString(x *big.Int) string {
	if x == nil {
		return "0"
	}
	return x.String()
}

func registrationMessage(r Registration) apitypes.TypedDataMessage {
	payees := make([]interface{}, len(r.Policy.Payees))
	for i, p := range r.Policy.Payees {
		payees[i] = map[string]interface{}{"account": p.Account.Hex(), "shareBps": big.NewInt(int64(p.ShareBps)).String()}
	}
	p := r.Policy
	return apitypes.TypedDataMessage{
		"creator":       r.Creator.Hex(),
		"contentHash":   r.ContentHash.Hex(),
		"infoHash":      r.InfoHash.Hex(),
		"keyCommitment": r.KeyCommitment.Hex(),
		"metadataURI":   r.MetadataURI,
		"nonce":         bigString(r.Nonce),
		"deadline":      bigString(r.Deadline),
		"policy": map[string]interface{}{
			"model":       big.NewInt(int64(p.Model)).String(),
			"price":       bigString(p.Price),
			"currency":    p.Currency.Hex(),
			"duration":    new(big.Int).SetUint64(p.Duration).String(),
			"subscribers": p.Subscribers,
			"gateKind":    big.NewInt(int64(p.GateKind)).String(),
			"gateToken":   p.GateToken.Hex(),
			"gateId":      bigString(p.GateID),
			"gateAmount":  bigString(p.GateAmount),
			"royaltyBps":  big.NewInt(int64(p.RoyaltyBps)).String(),
			"payees":      payees,
		},
	}
}

// TestRegistrationMatchesAPITypes checks the hand-written Registration hashing, nested Policy
// and Payee[] included, against go-ethereum's generic EIP-712 implementation.
func TestRegistrationMatchesAPITypes(t *testing.T) {
	t.Parallel()
	creator := common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	base := Registration{
		Creator:       creator,
		ContentHash:   crypto.Keccak256Hash([]byte("plaintext")),
		InfoHash:      common.BytesToHash(append(common.FromHex("0x0102030405060708090a0b0c0d0e0f1011121314"), make([]byte, 12)...)),
		KeyCommitment: crypto.Keccak256Hash([]byte("key")),
		MetadataURI:   "ipfs://bafy/meta.json",
		Nonce:         big.NewInt(3),
		Deadline:      big.NewInt(1 << 40),
	}
	cases := []struct {
		name   string
		policy Policy
	}{
		{"free, nil integers", Policy{Model: ModelFree}},
		{"rent with split", Policy{
			Model: ModelRent, Price: big.NewInt(1e18), Duration: 7 * 86400, Subscribers: true, RoyaltyBps: 500,
			Payees: []Payee{{Account: common.Address{}, ShareBps: 7000}, {Account: common.HexToAddress("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"), ShareBps: 3000}},
		}},
		{"gated erc1155 priced in erc20", Policy{
			Model: ModelBuy, Price: new(big.Int).Lsh(big.NewInt(1), 255), Currency: common.Address{0xaa},
			GateKind: GateERC1155, GateToken: common.Address{0xbb}, GateID: big.NewInt(42), GateAmount: big.NewInt(2),
			RoyaltyBps: 1000, Payees: []Payee{{Account: creator, ShareBps: 10000}},
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			r := base
			r.Policy = c.policy
			want, _, err := apitypes.TypedDataAndHash(apitypes.TypedData{
				Types:       registrationTypes,
				PrimaryType: "Registration",
				Domain:      apiDomain(testDomain),
				Message:     registrationMessage(r),
			})
			if err != nil {
				t.Fatal(err)
			}
			if got := r.Digest(testDomain); got != common.BytesToHash(want) {
				t.Fatalf("digest %s, apitypes says %s", got, hexutil.Encode(want))
			}
		})
	}
}

// TestRegistrationSignRecover checks that a signed registration recovers to its creator and that
// changing any signed field (the nested policy and payees included) changes the signer.
func TestRegistrationSignRecover(t *testing.T) {
	t.Parallel()
	key, _ := crypto.GenerateKey()
	creator := crypto.PubkeyToAddress(key.PublicKey)
	r := Registration{
		Creator: creator, ContentHash: common.Hash{1}, InfoHash: common.Hash{2}, KeyCommitment: common.Hash{3},
		MetadataURI: "https://example.org/m.json", Nonce: big.NewInt(0), Deadline: big.NewInt(1e9),
		Policy: Policy{Model: ModelBuy, Price: big.NewInt(100), Payees: []Payee{{ShareBps: 10000}}},
	}
	sig, err := r.Sign(testDomain, key)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := r.Signer(testDomain, sig); err != nil || got != creator {
		t.Fatalf("Signer = %s, %v; want %s", got, err, creator)
	}
	mutations := map[string]func(*Registration){
		"nonce":     func(r *Registration) { r.Nonce = big.NewInt(1) },
		"deadline":  func(r *Registration) { r.Deadline = big.NewInt(1e9 + 1) },
		"uri":       func(r *Registration) { r.MetadataURI += "x" },
		"price":     func(r *Registration) { r.Policy.Price = big.NewInt(101) },
		"payee":     func(r *Registration) { r.Policy.Payees = []Payee{{Account: common.Address{1}, ShareBps: 10000}} },
		"no payees": func(r *Registration) { r.Policy.Payees = nil },
		"subs":      func(r *Registration) { r.Policy.Subscribers = true },
		"domain":    func(r *Registration) {},
	}
	for name, mutate := range mutations {
		t.Run(name, func(t *testing.T) {
			m := r
			m.Policy.Payees = append([]Payee(nil), r.Policy.Payees...)
			mutate(&m)
			d := testDomain
			if name == "domain" {
				d = NewDomain(big.NewInt(1), testDomain.VerifyingContract)
			}
			if got, err := m.Signer(d, sig); err == nil && got == creator {
				t.Errorf("changing %s still recovers the creator", name)
			}
		})
	}
}
