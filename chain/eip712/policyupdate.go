package eip712

import (
	"crypto/ecdsa"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// PolicyUpdateType is the EIP-712 type ContentRegistry.updatePolicyWithSig verifies: the
// current owner of an item's rights token signs it so that someone else (the gateway) may change
// the item's policy for it, without gas. It references Policy and Payee, as Registration does.
const PolicyUpdateType = "PolicyUpdate(uint256 contentId,Policy policy,uint256 nonce,uint256 deadline)"

var policyUpdateTypeHash = crypto.Keccak256Hash([]byte(PolicyUpdateType + PayeeType + PolicyType))

// PolicyUpdate is what an item's owner signs so that someone else may replace the item's policy
// with ContentRegistry.updatePolicyWithSig. Nonce is the owner's current nonce in the registry
// (ContentRegistry.nonces, shared with registrations); Deadline is the last block timestamp at
// which the signature holds. The contract checks the signature against the owner at the time
// it runs, so a signature stops working when the rights token changes hands.
type PolicyUpdate struct {
	ContentID *big.Int
	Policy    Policy
	Nonce     *big.Int
	Deadline  *big.Int
}

// StructHash returns hashStruct(update).
func (u PolicyUpdate) StructHash() common.Hash {
	policy := u.Policy.StructHash()
	return crypto.Keccak256Hash(policyUpdateTypeHash[:], word(u.ContentID), policy[:], word(u.Nonce), word(u.Deadline))
}

// Digest returns the digest the owner signs, in the registry's domain d.
func (u PolicyUpdate) Digest(d Domain) common.Hash { return d.Digest(u.StructHash()) }

// Sign signs the update with the owner's key.
func (u PolicyUpdate) Sign(d Domain, key *ecdsa.PrivateKey) ([]byte, error) {
	return Sign(u.Digest(d), key)
}

// Signer recovers who signed the update.
func (u PolicyUpdate) Signer(d Domain, sig []byte) (common.Address, error) {
	return Recover(u.Digest(d), sig)
}

// policyUpdateTypes are the EIP-712 types of a policy update, as wallets want them listed.
var policyUpdateTypes = map[string][]TypedField{
	"EIP712Domain": typedDataTypes["EIP712Domain"],
	"PolicyUpdate": {{"contentId", "uint256"}, {"policy", "Policy"}, {"nonce", "uint256"}, {"deadline", "uint256"}},
	"Policy":       typedDataTypes["Policy"],
	"Payee":        typedDataTypes["Payee"],
}

// TypedData returns the update as eth_signTypedData_v4 JSON in domain d. Its EIP-712 hash
// equals u.Digest(d), so what a wallet signs from it is what updatePolicyWithSig checks.
func (u PolicyUpdate) TypedData(d Domain) TypedData {
	return TypedData{
		Types:       policyUpdateTypes,
		PrimaryType: "PolicyUpdate",
		Domain:      d.JSON(),
		Message: map[string]any{
			"contentId": dec(u.ContentID), "policy": u.Policy.typedData(), "nonce": dec(u.Nonce), "deadline": dec(u.Deadline),
		},
	}
}

// typedData returns the policy as the message member of typed-data JSON.
func (p Policy) typedData() map[string]any {
	payees := make([]any, len(p.Payees))
	for i, pe := range p.Payees {
		payees[i] = map[string]any{"account": pe.Account.Hex(), "shareBps": strconv.FormatUint(uint64(pe.ShareBps), 10)}
	}
	return map[string]any{
		"model": strconv.FormatUint(uint64(p.Model), 10), "price": dec(p.Price), "currency": p.Currency.Hex(),
		"duration": strconv.FormatUint(p.Duration, 10), "subscribers": p.Subscribers,
		"gateKind": strconv.FormatUint(uint64(p.GateKind), 10), "gateToken": p.GateToken.Hex(),
		"gateId": dec(p.GateID), "gateAmount": dec(p.GateAmount),
		"royaltyBps": strconv.FormatUint(uint64(p.RoyaltyBps), 10), "payees": payees,
	}
}
