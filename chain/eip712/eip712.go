// Package eip712 hashes, signs and verifies Swarmgate's EIP-712 typed messages exactly as the
// contracts do: bandwidth receipts and session grants (verified by BandwidthEscrow) and gasless
// content registrations and policy updates (verified by ContentRegistry).
//
// Hashes are computed by hand with keccak256 (fast enough for a seeder's hot path) and tested
// against go-ethereum's signer/core/apitypes and against the contracts themselves. Signatures
// are 65 bytes r || s || v with v in {27, 28}, as wallets produce them; signatures with a high s
// (the malleable twin of a valid one) are refused, as OpenZeppelin's ECDSA refuses them.
package eip712

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// SignatureLength is the length of a signature: r (32) || s (32) || v (1).
const SignatureLength = 65

var (
	// ErrSignatureLength means a signature is not 65 bytes long.
	ErrSignatureLength = errors.New("eip712: signature must be 65 bytes (r, s, v)")
	// ErrSignatureV means the recovery byte v is not 27 or 28.
	ErrSignatureV = errors.New("eip712: signature v must be 27 or 28")
	// ErrMalleable means s is in the upper half of the curve order: a malleated signature.
	ErrMalleable = errors.New("eip712: signature s is too high (malleable signature)")
	// ErrInvalidSignature means no public key could be recovered from the signature.
	ErrInvalidSignature = errors.New("eip712: invalid signature")
)

// Domain is the EIP-712 domain of one contract on one chain:
// EIP712Domain(string name,string version,uint256 chainId,address verifyingContract).
type Domain struct {
	Name              string
	Version           string
	ChainID           *big.Int
	VerifyingContract common.Address

	separator common.Hash // cached by NewDomain
}

// Name and Version are the domain name and version of every Swarmgate contract.
const (
	Name    = "Swarmgate"
	Version = "1"
)

// NewDomain returns the Swarmgate domain for the contract at verifyingContract on chainID.
func NewDomain(chainID *big.Int, verifyingContract common.Address) Domain {
	d := Domain{Name: Name, Version: Version, ChainID: new(big.Int).Set(chainID), VerifyingContract: verifyingContract}
	d.separator = d.Separator()
	return d
}

var domainTypeHash = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))

// Separator returns the domain separator, as the contract's _domainSeparatorV4 computes it.
func (d Domain) Separator() common.Hash {
	return crypto.Keccak256Hash(
		domainTypeHash[:],
		crypto.Keccak256([]byte(d.Name)),
		crypto.Keccak256([]byte(d.Version)),
		word(d.ChainID),
		addressWord(d.VerifyingContract),
	)
}

// Digest returns the EIP-712 digest of a message with the given struct hash in domain d:
// keccak256("\x19\x01" || domainSeparator || structHash).
func (d Domain) Digest(structHash common.Hash) common.Hash {
	sep := d.separator
	if sep == (common.Hash{}) {
		sep = d.Separator()
	}
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], structHash[:])
}

// Sign signs digest with key and returns r || s || v with v in {27, 28}.
func Sign(digest common.Hash, key *ecdsa.PrivateKey) ([]byte, error) {
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}

// secp256k1HalfN is half the curve order: a valid s is at most this.
var secp256k1HalfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// Recover returns the address that signed digest. It refuses signatures that OpenZeppelin's
// ECDSA.recover refuses: wrong length, v not 27/28, s in the upper half of the order.
func Recover(digest common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != SignatureLength {
		return common.Address{}, fmt.Errorf("%w: got %d bytes", ErrSignatureLength, len(sig))
	}
	if v := sig[64]; v != 27 && v != 28 {
		return common.Address{}, fmt.Errorf("%w: got %d", ErrSignatureV, v)
	}
	if new(big.Int).SetBytes(sig[32:64]).Cmp(secp256k1HalfN) > 0 {
		return common.Address{}, ErrMalleable
	}
	var plain [SignatureLength]byte
	copy(plain[:], sig)
	plain[64] -= 27
	pub, err := crypto.SigToPub(digest[:], plain[:])
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrInvalidSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// word encodes a non-negative integer as a 32-byte big-endian ABI word.
func word(x *big.Int) []byte {
	var w [32]byte
	if x != nil {
		x.FillBytes(w[:])
	}
	return w[:]
}

func uint64Word(x uint64) []byte {
	return word(new(big.Int).SetUint64(x))
}

func addressWord(a common.Address) []byte {
	var w [32]byte
	copy(w[12:], a[:])
	return w[:]
}
