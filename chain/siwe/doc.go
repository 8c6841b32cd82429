// Package siwe builds, parses and verifies EIP-4361 Sign-In with Ethereum messages: the text a
// wallet signs (EIP-191 personal_sign) to prove to the gateway that its user controls an address.
//
// Parse follows the EIP's ABNF strictly and never panics (it is fuzzed); String is its exact
// inverse, so parse → format gives back the bytes that were signed. What the grammar allows and
// real wallets write is accepted: an empty statement line, an empty request ID, a "Resources:"
// line with no resource. Verify checks, in order, the
// message syntax, the expected domain, URI and chain id, the time window (issued-at not in the
// future beyond a small skew, expiration, not-before), the signature (65 bytes, v 27 or 28 or
// the 0 or 1 that several wallets return, no malleable high-s, the rules of chain/eip712), that
// the signer is the message's address,
// and last the nonce, so a one-time nonce is consumed only by an otherwise valid sign-in. Each
// failure wraps its own sentinel error, which the gateway maps to a stable error code.
//
// Contract wallets (smart accounts, Safes) cannot sign with a key of their own address; they
// answer EIP-1271's isValidSignature(bytes32 hash, bytes signature) with 0x1626ba7e instead.
// When ecrecover does not give the message's address and Expect.Wallets is set, VerifyContext
// asks that address, through Wallets, whether it accepts the signature (up to
// MaxSignatureLength bytes, any format the wallet understands) of the message's EIP-191
// personal_sign hash (Hash): the hash a wallet's personal_sign is about. The package itself
// never touches the network; the gateway passes its chain client (chain.Client.IsValidSignature)
// as the Verifier. A wallet that says no leaves the ecrecover error (ErrSignerMismatch or
// ErrBadSignature); one that cannot be asked gives ErrWalletCheck. Without Wallets only
// externally owned accounts sign in.
package siwe
