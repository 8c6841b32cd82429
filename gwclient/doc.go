// Package gwclient is the creator's side of the gateway's REST API: sign-in (EIP-4361) with a
// session cache kept in a 0600 file, resumable uploads over tus (github.com/eventials/go-tus)
// with their upload URLs kept in a state file so that a stopped upload resumes where it ended,
// the poster, the registration offer and its relay, the catalog, a creator's items with their
// sales and revenue owed, and the chain the gateway is on (GET /v1/chain: chain id, contracts,
// start block, unlock delay, fee and a recommended RPC URL), so a client needs only the
// gateway's URL to find the chain.
//
// It only talks HTTP and keeps local files; signing and the chain stay with the caller. Every
// answer the gateway refuses with is a *Problem (RFC 9457 problem+json) whose Detail says what
// to do, so commands can show it as it is.
package gwclient
