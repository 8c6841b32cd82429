package eip712

import (
	"crypto/ecdsa"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The EIP-712 types ContentRegistry.registerWithSig verifies. A wallet shows the Registration
// with its nested Policy and Payee fields, so the creator sees the price, currency, duration,
// gate and revenue split it signs, not an opaque hash.
const (
	PayeeType        = "Payee(address account,uint16 shareBps)"
	PolicyType       = "Policy(uint8 model,uint256 price,address currency,uint64 duration,bool subscribers,uint8 gateKind,address gateToken,uint256 gateId,uint256 gateAmount,uint16 royaltyBps,Payee[] payees)"
	RegistrationType = "Registration(address creator,bytes32 contentHash,bytes32 infoHash,bytes32 keyCommitment,string metadataURI,Policy policy,uint256 nonce,uint256 deadline)"
)

// Type hashes: each type's encodeType is the type followed by the types it references, sorted
// by name (EIP-712).
var (
	payeeTypeHash        = crypto.Keccak256Hash([]byte(PayeeType))
	policyTypeHash       = crypto.Keccak256Hash([]byte(PolicyType + PayeeType))
	registrationTypeHash = crypto.Keccak256Hash([]byte(RegistrationType + PayeeType + PolicyType))
)

// Model is how access to a content item is obtained besides gates and subscriptions; the
// values are those of ContentRegistry.Model.
type Model uint8

// The access models.
const (
	// ModelFree: everyone has access.
	ModelFree Model = iota
	// ModelBuy: a purchase gives perpetual access at the price.
	ModelBuy
	// ModelRent: a purchase gives Duration seconds of access at the price.
	ModelRent
	// ModelExclusive: not for sale; only the owner, gate holders and (if allowed) channel
	// subscribers have access.
	ModelExclusive
)

// GateKind is the kind of token that gates an item; the values are those of
// ContentRegistry.GateKind.
type GateKind uint8

// The gate kinds.
const (
	// GateNone: no gate.
	GateNone GateKind = iota
	// GateERC20: holders of at least GateAmount of an ERC-20.
	GateERC20
	// GateERC721: holders of at least GateAmount tokens of an ERC-721.
	GateERC721
	// GateERC1155: holders of at least GateAmount of token GateID of an ERC-1155.
	GateERC1155
)

// Payee is one recipient of an item's sales revenue. The zero Account means the current owner
// of the rights token (it follows the token on transfer).
type Payee struct {
	Account  common.Address
	ShareBps uint16
}

// StructHash returns hashStruct(payee).
func (p Payee) StructHash() common.Hash {
	return crypto.Keccak256Hash(payeeTypeHash[:], addressWord(p.Account), uint64Word(uint64(p.ShareBps)))
}

// Policy is an item's access policy, field for field as ContentRegistry.Policy. Nil big
// integers count as zero.
type Policy struct {
	Model       Model
	Price       *big.Int
	Currency    common.Address // zero for the native coin
	Duration    uint64         // seconds, ModelRent only
	Subscribers bool           // the owner's channel subscribers have access
	GateKind    GateKind
	GateToken   common.Address
	GateID      *big.Int
	GateAmount  *big.Int
	RoyaltyBps  uint16
	Payees      []Payee
}

// StructHash returns hashStruct(policy).
func (p Policy) StructHash() common.Hash {
	payees := make([]byte, 0, 32*len(p.Payees))
	for _, pe := range p.Payees {
		h := pe.StructHash()
		payees = append(payees, h[:]...)
	}
	var subscribers uint64
	if p.Subscribers {
		subscribers = 1
	}
	return crypto.Keccak256Hash(
		policyTypeHash[:],
		uint64Word(uint64(p.Model)),
		word(p.Price),
		addressWord(p.Currency),
		uint64Word(p.Duration),
		uint64Word(subscribers),
		uint64Word(uint64(p.GateKind)),
		addressWord(p.GateToken),
		word(p.GateID),
		word(p.GateAmount),
		uint64Word(uint64(p.RoyaltyBps)),
		crypto.Keccak256(payees),
	)
}

// Registration is what a creator signs so that someone else may register content in its name
// with ContentRegistry.registerWithSig. Nonce is the creator's current nonce in the registry
// (ContentRegistry.nonces); Deadline is the last block timestamp at which the signature holds.
type Registration struct {
	Creator       common.Address
	ContentHash   common.Hash
	InfoHash      common.Hash
	KeyCommitment common.Hash
	MetadataURI   string
	Policy        Policy
	Nonce         *big.Int
	Deadline      *big.Int
}

// StructHash returns hashStruct(registration).
func (r Registration) StructHash() common.Hash {
	policy := r.Policy.StructHash()
	return crypto.Keccak256Hash(
		registrationTypeHash[:],
		addressWord(r.Creator),
		r.ContentHash[:],
		r.InfoHash[:],
		r.KeyCommitment[:],
		crypto.Keccak256([]byte(r.MetadataURI)),
		policy[:],
		word(r.Nonce),
		word(r.Deadline),
	)
}

// Digest returns the digest the creator signs, in the registry's domain d.
func (r Registration) Digest(d Domain) common.Hash { return d.Digest(r.StructHash()) }

// Sign signs the registration with the creator's key.
func (r Registration) Sign(d Domain, key *ecdsa.PrivateKey) ([]byte, error) {
	return Sign(r.Digest(d), key)
}

// Signer recovers who signed the registration.
func (r Registration) Signer(d Domain, sig []byte) (common.Address, error) {
	return Recover(r.Digest(d), sig)
}
