package paywire

import (
	"crypto/ecdsa"
	"encoding/binary"
	"math/big"

	"github.com/anacrolix/torrent/metainfo"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/swarmgate/swarmgate/chain/eip712"
)

// The EIP-712 types of the two signatures that exist only on the wire. Both are signed in the
// escrow's domain, like receipts and grants, but no contract verifies them; their type names
// differ from Receipt and Session, so neither can ever be taken for a receipt or a grant (nor a
// receipt or grant for one of them).
const (
	// TermsType is what a seller's payout key signs in each hello: its terms, bound to the
	// item, the payer's peer id and the connection's challenge.
	TermsType = "Terms(address seeder,bool free,uint256 pricePerGiB,uint64 creditWindow,bytes20 infoHash,bytes20 peerId,bytes32 challenge)"
	// IdentifyType is what a payer's receipt-signing key (its wallet, or the session key of its
	// grant) signs to identify itself on a connection.
	IdentifyType = "Identify(address viewer,address seeder,bytes32 challenge)"
)

var (
	termsTypeHash    = crypto.Keccak256Hash([]byte(TermsType))
	identifyTypeHash = crypto.Keccak256Hash([]byte(IdentifyType))
)

// Terms are what a seller's hello promises one peer on one connection.
type Terms struct {
	Seeder       common.Address
	Free         bool
	PricePerGiB  *big.Int
	CreditWindow uint64
	InfoHash     metainfo.Hash
	// PeerID is the peer id of the payer the hello is sent to, as the seller saw it in the
	// BitTorrent handshake.
	PeerID    [20]byte
	Challenge [32]byte
}

// TermsOf returns the terms h announces for item ih to the peer peerID.
func TermsOf(h *Hello, ih metainfo.Hash, peerID [20]byte) Terms {
	return Terms{
		Seeder: h.Payout, Free: h.Free, PricePerGiB: h.PricePerGiB, CreditWindow: h.CreditWindow,
		InfoHash: ih, PeerID: peerID, Challenge: h.Challenge,
	}
}

// Digest returns the EIP-712 digest of t in domain d.
func (t Terms) Digest(d eip712.Domain) common.Hash {
	var free, price, window, ih, peer [32]byte
	if t.Free {
		free[31] = 1
	}
	if t.PricePerGiB != nil {
		t.PricePerGiB.FillBytes(price[:]) // callers keep it below 2^256
	}
	binary.BigEndian.PutUint64(window[24:], t.CreditWindow)
	copy(ih[:], t.InfoHash[:]) // bytesN: right-padded
	copy(peer[:], t.PeerID[:])
	return d.Digest(crypto.Keccak256Hash(termsTypeHash[:], common.LeftPadBytes(t.Seeder[:], 32),
		free[:], price[:], window[:], ih[:], peer[:], t.Challenge[:]))
}

// Sign signs t with the seller's payout key.
func (t Terms) Sign(d eip712.Domain, key *ecdsa.PrivateKey) ([]byte, error) {
	return eip712.Sign(t.Digest(d), key)
}

// Signer recovers who signed t (eip712.Recover's rules: no malleable signatures).
func (t Terms) Signer(d eip712.Domain, sig []byte) (common.Address, error) {
	return eip712.Recover(t.Digest(d), sig)
}

// Identify is what a payer signs to show that it holds a receipt-signing key of Viewer on the
// connection whose hello carried Challenge.
type Identify struct {
	Viewer    common.Address
	Seeder    common.Address
	Challenge [32]byte
}

// Digest returns the EIP-712 digest of i in domain d.
func (i Identify) Digest(d eip712.Domain) common.Hash {
	return d.Digest(crypto.Keccak256Hash(identifyTypeHash[:], common.LeftPadBytes(i.Viewer[:], 32),
		common.LeftPadBytes(i.Seeder[:], 32), i.Challenge[:]))
}

// Sign signs i with the payer's receipt-signing key.
func (i Identify) Sign(d eip712.Domain, key *ecdsa.PrivateKey) ([]byte, error) {
	return eip712.Sign(i.Digest(d), key)
}

// Signer recovers who signed i.
func (i Identify) Signer(d eip712.Domain, sig []byte) (common.Address, error) {
	return eip712.Recover(i.Digest(d), sig)
}
