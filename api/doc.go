// Package api is the Swarmgate gateway's HTTP endpoint (gin): the catalog of content indexed
// from the chain, bearer sessions, the seeder directory, health and Prometheus metrics, and an
// OpenAPI 3 description of all of it at /openapi.json. Sign-in with Ethereum, uploads, key
// issuance and the tracker plug into the same server.
//
// Every error leaves as an RFC 9457 problem+json document with a stable "code" (see
// problems.go, the one place errors become HTTP statuses); every response carries the request
// id in X-Request-Id. The chain is reached only through the small interfaces in chain.go,
// which package chain implements; the database through package store.
//
// Lifecycle: New builds the server and does no I/O; Run listens until its context ends and
// then shuts down gracefully; Close stops it at once.
package api
