// Package siwe builds, parses and verifies EIP-4361 Sign-In with Ethereum messages: the text a
// wallet signs (EIP-191 personal_sign) to prove to the gateway that its user controls an address.
//
// Parse follows the EIP's ABNF strictly and never panics (it is fuzzed); String is its exact
// inverse, so parse → format gives back the bytes that were signed. Verify checks, in order, the
// message syntax, the expected domain, URI and chain id, the time window (issued-at not in the
// future beyond a small skew, expiration, not-before), the signature (65 bytes, v 27 or 28, no
// malleable high-s, the same rules as chain/eip712), that the signer is the message's address,
// and last the nonce, so a one-time nonce is consumed only by an otherwise valid sign-in. Each
// failure wraps its own sentinel error, which the gateway maps to a stable error code.
//
// Only externally owned accounts are verified. EIP-1271 contract wallets (smart accounts, Safe)
// would need an eth_call to the wallet's isValidSignature and are out of scope: Verify reports
// their signatures as ErrSignerMismatch or ErrBadSignature.
package siwe
