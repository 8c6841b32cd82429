package eip712

import (
	"crypto/ecdsa"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ReceiptType and SessionType are the EIP-712 type strings BandwidthEscrow verifies.
const (
	ReceiptType = "Receipt(address viewer,address seeder,uint256 bytes,uint256 amount)"
	SessionType = "Session(address viewer,address key,uint256 limit,uint64 expiry,uint64 nonce)"
)

var (
	receiptTypeHash = crypto.Keccak256Hash([]byte(ReceiptType))
	sessionTypeHash = crypto.Keccak256Hash([]byte(SessionType))
)

// Receipt acknowledges that Viewer received Bytes bytes from Seeder and owes Amount (in wei)
// for them. Both values are cumulative over every item and session of the pair: a newer receipt
// replaces an older one, and the escrow pays Amount minus what it already paid the pair.
type Receipt struct {
	Viewer common.Address
	Seeder common.Address
	Bytes  *big.Int
	Amount *big.Int
}

// StructHash returns hashStruct(receipt).
func (r Receipt) StructHash() common.Hash {
	return crypto.Keccak256Hash(receiptTypeHash[:], addressWord(r.Viewer), addressWord(r.Seeder), word(r.Bytes), word(r.Amount))
}

// Digest returns the digest a receipt's signer signs, in the escrow's domain d.
func (r Receipt) Digest(d Domain) common.Hash { return d.Digest(r.StructHash()) }

// Sign signs the receipt with key (the viewer's wallet, or a session key under a grant).
func (r Receipt) Sign(d Domain, key *ecdsa.PrivateKey) ([]byte, error) { return Sign(r.Digest(d), key) }

// Signer recovers who signed the receipt.
func (r Receipt) Signer(d Domain, sig []byte) (common.Address, error) {
	return Recover(r.Digest(d), sig)
}

// Session is a grant, signed by Viewer's wallet, that lets Key sign receipts for Viewer, up to
// Limit wei in total over all seeders, until Expiry (unix seconds). Expiry is also the seeders'
// deadline to redeem receipts signed under the grant. Nonce orders the grants of one key: the
// escrow records a grant only when its nonce is above the one it recorded for the key, so an
// older grant can never replace a newer one (a wallet tightens or extends a key's terms by
// signing the next nonce).
type Session struct {
	Viewer common.Address
	Key    common.Address
	Limit  *big.Int
	Expiry uint64
	Nonce  uint64
}

// StructHash returns hashStruct(session).
func (s Session) StructHash() common.Hash {
	return crypto.Keccak256Hash(sessionTypeHash[:], addressWord(s.Viewer), addressWord(s.Key), word(s.Limit), uint64Word(s.Expiry), uint64Word(s.Nonce))
}

// Digest returns the digest the viewer's wallet signs, in the escrow's domain d.
func (s Session) Digest(d Domain) common.Hash { return d.Digest(s.StructHash()) }

// Sign signs the grant with the viewer's wallet key.
func (s Session) Sign(d Domain, key *ecdsa.PrivateKey) ([]byte, error) { return Sign(s.Digest(d), key) }

// Signer recovers who signed the grant.
func (s Session) Signer(d Domain, sig []byte) (common.Address, error) {
	return Recover(s.Digest(d), sig)
}
