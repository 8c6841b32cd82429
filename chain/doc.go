// Package chain is Swarmgate's only door to the Ethereum chain. It wraps the generated contract
// bindings in interfaces shaped for their callers (registry reads and writes, entitlement,
// purchases and subscriptions at the terms the buyer states, ERC-20 approvals, owner-signed
// policy updates relayed without gas, escrow deposit, redeem, session-key revocation and
// withdraw, event watching, ERC-1271 signature checks of contract wallets for sign-in) and reads
// and writes the deployment file that tells every command where the contracts live.
//
// Subpackages: eip712 (typed-data hashing and signatures that match the contracts), siwe
// (EIP-4361 Sign-In with Ethereum), wallet (keystore files), devchain (an in-process dev node).
package chain
