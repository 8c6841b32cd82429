package eip712

import (
	"crypto/ecdsa"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// AnnouncementType is the EIP-712 type a seeder signs to list itself in a gateway's seeder
// directory. It is signed in the registry's domain (name "Swarmgate", version "1", the chain id,
// verifyingContract = the ContentRegistry address), so an announcement made for one deployment
// cannot be replayed to another chain or registry. No contract verifies it; the gateway does.
const AnnouncementType = "Announcement(address seeder,string endpoint,uint256 pricePerGiB,bytes20[] infoHashes,uint64 timestamp,uint64 expiry)"

var announcementTypeHash = crypto.Keccak256Hash([]byte(AnnouncementType))

// Announcement is a seeder's signed statement: it listens at Endpoint (host:port), charges
// PricePerGiB wei per GiB served, seeds the torrents InfoHashes, and said so at Timestamp (unix
// seconds); the entry should be dropped at Expiry (unix seconds) unless renewed. Seeder is the
// payout address and the signer. A gateway keeps only the newest announcement per seeder, so a
// replayed older one is refused by its Timestamp.
type Announcement struct {
	Seeder      common.Address
	Endpoint    string
	PricePerGiB *big.Int
	InfoHashes  [][20]byte
	Timestamp   uint64
	Expiry      uint64
}

// StructHash returns hashStruct(announcement). A bytes20 value is encoded right-padded to 32
// bytes, and the array as keccak256 of its encoded elements (EIP-712).
func (a Announcement) StructHash() common.Hash {
	hashes := make([]byte, 32*len(a.InfoHashes))
	for i, h := range a.InfoHashes {
		copy(hashes[32*i:], h[:])
	}
	return crypto.Keccak256Hash(
		announcementTypeHash[:],
		addressWord(a.Seeder),
		crypto.Keccak256([]byte(a.Endpoint)),
		word(a.PricePerGiB),
		crypto.Keccak256(hashes),
		uint64Word(a.Timestamp),
		uint64Word(a.Expiry),
	)
}

// Digest returns the digest the seeder signs, in the registry's domain d.
func (a Announcement) Digest(d Domain) common.Hash { return d.Digest(a.StructHash()) }

// Sign signs the announcement with the seeder's payout key.
func (a Announcement) Sign(d Domain, key *ecdsa.PrivateKey) ([]byte, error) {
	return Sign(a.Digest(d), key)
}

// Signer recovers who signed the announcement (Recover's rules: no malleable signatures).
func (a Announcement) Signer(d Domain, sig []byte) (common.Address, error) {
	return Recover(a.Digest(d), sig)
}
