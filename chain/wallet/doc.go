// Package wallet manages the Ethereum accounts of Swarmgate's users: go-ethereum keystore files
// (Web3 Secret Storage v3, the format geth, clef and wallet exports use) in a keystore directory.
//
// Create and import keys (from a keystore JSON file or a hex private key file), list the
// accounts of a directory, and unlock one with a passphrase read from a file or from the
// SWARMGATE_PASSPHRASE environment variable. An unlocked Key gives signing code its
// *ecdsa.PrivateKey and a *bind.TransactOpts. A raw hex key is accepted only through RawKey,
// which refuses every chain but the dev chain (1337).
//
// Errors name files and addresses, never passphrases or keys; a Key prints as its address.
package wallet
