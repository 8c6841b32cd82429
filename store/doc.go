// Package store is the gateway's data access: gorm models that mirror the schema owned by
// package migrations (gorm never creates or alters tables) and the repository methods the
// gateway's handlers and chores call — sign-in nonces, bearer sessions, uploads, the content
// catalog indexed from the chain, encrypted content keys, the seeder directory, the indexer
// cursor and day counters, uploads' declared metadata, policy and poster, and indexed sales.
// Several catalog rows may share a content hash (registrations by different accounts); at most
// one of them is the row sealed from an upload here, and only a registration by that upload's
// creator completes it.
//
// One Store works on SQLite (pure Go, the embedded default, under the data directory) or
// PostgreSQL (production; many gateways on one database), chosen by the DSN. Addresses are
// kept as lowercase 0x-prefixed hex, on-chain ids and token amounts as decimal strings, hashes
// as raw bytes, times in UTC with microsecond precision (what PostgreSQL keeps).
//
// Content keys are stored sealed under the operator's master key; see package
// store/keyring.
package store
