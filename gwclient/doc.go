// Package gwclient is the creator's side of the gateway's REST API: sign-in (EIP-4361) with a
// session cache kept in a 0600 file, resumable uploads over tus (github.com/eventials/go-tus)
// with their upload URLs kept in a state file so that a stopped upload resumes where it ended,
// the poster, the registration offer and its relay, and the catalog.
//
// It only talks HTTP and keeps local files; signing and the chain stay with the caller. Every
// answer the gateway refuses with is a *Problem (RFC 9457 problem+json) whose Detail says what
// to do, so commands can show it as it is.
package gwclient
