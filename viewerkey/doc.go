// Package viewerkey is both ends of content key delivery: the HPKE suite and the context
// binding the gateway seals a content key with, and a small HTTP client a viewer uses to sign
// in to a gateway (EIP-4361), ask for an item's key with a fresh HPKE key pair, open the sealed
// key and check it against the on-chain key commitment.
//
// The suite is RFC 9180 HPKE in base mode with HKDF-SHA256 and AES-256-GCM; the KEM is
// MLKEM768-X25519 (hybrid post-quantum) by default, or DHKEM(X25519). The info string binds the
// sealed key to one content id, chain id and viewer address (see Info), so a sealed key handed
// to one viewer for one item on one chain does not open in any other context.
package viewerkey
