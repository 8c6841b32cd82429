package eip712

import (
	"math/big"
)

// TypedField is one member of an EIP-712 struct type.
type TypedField struct {
	Name string `json:"name"`
	Type string `json:"type"`
}

// TypedData is an EIP-712 message in the JSON shape wallets sign with eth_signTypedData_v4
// (and go-ethereum's apitypes.TypedData reads): types, primary type, domain and message.
// Integers wider than 53 bits are decimal strings so no JSON reader loses precision.
type TypedData struct {
	Types       map[string][]TypedField `json:"types"`
	PrimaryType string                  `json:"primaryType"`
	Domain      map[string]any          `json:"domain"`
	Message     map[string]any          `json:"message"`
}

// typedDataTypes are the EIP-712 types of a registration, as wallets want them listed.
var typedDataTypes = map[string][]TypedField{
	"EIP712Domain": {{"name", "string"}, {"version", "string"}, {"chainId", "uint256"}, {"verifyingContract", "address"}},
	"Registration": {{"creator", "address"}, {"contentHash", "bytes32"}, {"infoHash", "bytes32"}, {"keyCommitment", "bytes32"},
		{"metadataURI", "string"}, {"policy", "Policy"}, {"nonce", "uint256"}, {"deadline", "uint256"}},
	"Policy": {{"model", "uint8"}, {"price", "uint256"}, {"currency", "address"}, {"duration", "uint64"}, {"subscribers", "bool"},
		{"gateKind", "uint8"}, {"gateToken", "address"}, {"gateId", "uint256"}, {"gateAmount", "uint256"},
		{"royaltyBps", "uint16"}, {"payees", "Payee[]"}},
	"Payee": {{"account", "address"}, {"shareBps", "uint16"}},
}

func dec(x *big.Int) string {
	if x == nil {
		return "0"
	}
	return x.String()
}

// JSON returns d in typed-data JSON form.
func (d Domain) JSON() map[string]any {
	return map[string]any{"name": d.Name, "version": d.Version, "chainId": dec(d.ChainID), "verifyingContract": d.VerifyingContract.Hex()}
}

// TypedData returns the registration as eth_signTypedData_v4 JSON in domain d. Its EIP-712
// hash equals r.Digest(d), so what a wallet signs from it is what registerWithSig checks.
func (r Registration) TypedData(d Domain) TypedData {
	return TypedData{
		Types:       typedDataTypes,
		PrimaryType: "Registration",
		Domain:      d.JSON(),
		Message: map[string]any{
			"creator": r.Creator.Hex(), "contentHash": r.ContentHash.Hex(), "infoHash": r.InfoHash.Hex(),
			"keyCommitment": r.KeyCommitment.Hex(), "metadataURI": r.MetadataURI, "policy": r.Policy.typedData(),
			"nonce": dec(r.Nonce), "deadline": dec(r.Deadline),
		},
	}
}
