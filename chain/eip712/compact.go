package eip712

import "math/big"

// Compact converts a 65-byte signature r || s || v (v in {27, 28}) into its EIP-2098 compact
// form (r, vs), where vs is s with the top bit set when v is 28. BandwidthEscrow takes receipt
// and grant signatures in this form (64 bytes of calldata instead of 65 padded to 96). It refuses
// what Recover refuses: a wrong length, a bad v, or a high (malleable) s.
func Compact(sig []byte) (r, vs [32]byte, err error) {
	if len(sig) != SignatureLength {
		return r, vs, ErrSignatureLength
	}
	if v := sig[64]; v != 27 && v != 28 {
		return r, vs, ErrSignatureV
	}
	if new(big.Int).SetBytes(sig[32:64]).Cmp(secp256k1HalfN) > 0 {
		return r, vs, ErrMalleable
	}
	copy(r[:], sig[:32])
	copy(vs[:], sig[32:64])
	if sig[64] == 28 {
		vs[0] |= 0x80
	}
	return r, vs, nil
}

// Expand converts an EIP-2098 compact signature (r, vs) back into r || s || v with v in
// {27, 28}.
func Expand(r, vs [32]byte) []byte {
	sig := make([]byte, SignatureLength)
	copy(sig, r[:])
	copy(sig[32:], vs[:])
	sig[32] &= 0x7f
	sig[64] = 27 + vs[0]>>7
	return sig
}
