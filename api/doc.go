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
// Sign-in (signin.go): POST /v1/auth/nonce hands out a single-use nonce, POST /v1/auth/verify
// checks the EIP-4361 message (domain = the public URL's host, URI = the public URL, chain id,
// times, signature, nonce consumed once) and opens a short-lived bearer session. A signature
// that ecrecover does not tie to the message's address is put to that address by EIP-1271
// (contract wallets: smart accounts, Safes) when Deps.Wallets is set (a SignatureVerifier, as
// *chain.Client is). Key issuance
// (keys.go): POST /v1/content/{id}/key checks on-chain entitlement through a bounded cache
// (entitlement.go) and returns the content key sealed with HPKE to the viewer's public key
// (package viewerkey has the suite, the context binding and the viewer's client), the key
// commitment, the torrent and a tracker passkey. Registration (registration.go): GET and POST
// /v1/uploads/{id}/registration give a creator the EIP-712 typed data or the direct
// transaction for a sealed upload, and relay a signed registerWithSig with the gateway's
// relayer. Package indexer fills the catalog from the chain's events. Origin (origin.go):
// RunOrigin hands every registered item whose ciphertext is in this gateway's content store to
// the gateway's own seeder (an Origin, which seeder.Node is), announced to the embedded tracker
// with a passkey of the origin's account; items whose policy is free are served without
// receipts, following policy changes, and the origin's metrics join the gateway's /metrics.
// Web seed (webseed.go): GET and HEAD /v1/webseed/{passkey}/{infohash}/{name} serve a registered
// item's ciphertext from the content store as a BEP 19 web seed (Range requests) to accounts
// with a live seeder directory entry, so third-party seeders get paid items to seed without
// paying the origin, and to viewers with access to the item (webseed_viewer.go: checked
// through the entitlement cache, rate- and concurrency-limited per account), so a browser
// plays without joining the swarm; passkeys are redacted from logged paths.
//
// Web app (webapp.go): GET / and the other files of the embedded build (package web) are
// served to requests no endpoint matches, under a strict Content-Security-Policy.
//
// Uploads (uploads.go, tus.go, uploadmeta.go, metadata.go): a multipart upload or a tus upload
// declares the item's title, description, MIME type, access policy (the registry's Policy, as
// JSON) and, multipart only, a poster (PNG, JPEG or WebP, content-sniffed; PUT
// /v1/uploads/{id}/poster sets or replaces it until registration). All of it is checked before
// any byte is stored, by the registry's own policy rules (ContentRegistry._validatePolicy,
// mirrored field by field; currency and gate token must hold code on the chain), and every bad
// field is named in the problem's "errors". The item's metadata URI is
// <public URL>/v1/metadata/<upload id>.json, known before it has an on-chain id, so the
// registration carries it; it serves ERC-721 metadata JSON (the rights token's tokenURI) with
// the poster from /v1/posters/<upload id>. The registration typed data carries exactly the
// upload's policy; a relayed registration or policy update is accepted from a contract wallet
// by EIP-1271, as the registry's SignatureChecker does. Policy changes (policyupdate.go): GET
// and POST /v1/content/{id}/policy-update, for the rights token's owner. A creator's items,
// sales and revenue owed: GET /v1/creators/{address}/content (creators.go).
//
// Finding the chain (chaininfo.go): GET /v1/chain, public and cacheable, gives what a client
// needs with only the gateway's URL: the chain id, the registry and escrow addresses, the
// deployment's start block, the escrow's unlock delay, the platform fee and the JSON-RPC URL the
// operator recommends (Config.PublicRPCURL). Without Deps.ChainInfo it answers 503
// chain_not_configured.
//
// Every chain collaborator is an explicit, optional field of Deps shaped for its caller
// (Chain, Entitlement, Registry, Policies, Code, Wallets, ChainInfo); the gateway never
// discovers one by asserting another to a wider interface. The gateway command sets them all
// from one *chain.Client.
//
// Content-hash squatting (issue #11 item 7): the stored content key of an upload belongs only
// to the registration made by the account that uploaded it. The registry keeps content hashes
// unique per creator, the indexer links a registration to the sealed upload only when its
// creator is the uploader, and key issuance answers key_not_linked for any other registration
// of the same hashes.
//
// Lifecycle: New builds the server and does no I/O; Run listens until its context ends and
// then shuts down gracefully; Close stops it at once.
package api
