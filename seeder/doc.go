// Package seeder is Swarmgate's earning node. It seeds encrypted items over BitTorrent
// (anacrolix/torrent) with paywire's Seller attached, so that viewers pay with signed bandwidth
// receipts; it keeps those receipts durably and settles them on the BandwidthEscrow contract.
//
// The parts, wired together by Node (New does no I/O; Run starts everything and closes it in
// reverse order when its context ends):
//
//   - Store: the node's SQLite database (gorm over the pure-Go driver, WAL, synchronous=FULL,
//     schema from migrations/seeder with goose). It is paywire's ReceiptStore: the newest receipt
//     of each (viewer, seeder) pair, the newest grant of each (viewer, session key), per-item byte
//     counts, and settlement state (paid on chain, batches with every transaction signed for
//     them, outcomes, gas). A Save that returned survives a crash. Every signed value is stored
//     and returned exactly as signed (a grant's uint256 limit, uint64 expiry and nonce as decimal
//     text), so what settlement sends the escrow still carries the viewer's signature. A grant
//     replaces the stored one of its key only with a higher nonce: an older grant (lower nonce, or
//     the same nonce with other terms) never does, whichever seeder's receipt brings it.
//
//   - Balances: paywire's BalanceChecker backed by the escrow (balance and paid), cached for a
//     short TTL, bounded, with timeouts and retries. An unreadable chain means no credit.
//
//   - Settler: the settlement chore. Each round it first reconciles batches a previous run left
//     in flight (a batch is recorded before its transaction is signed, and the signed
//     transaction before it is sent; a batch found mined is recorded from the escrow's per-receipt
//     events, the same outcomes and skip reasons the live path records), then redeems, in
//     batches of at most one receipt per viewer and each pair at most once a round, the pairs
//     whose unredeemed amount is worth the gas at the current gas price, and always (forced) the
//     pairs whose viewer's withdrawal unlocks or whose grant expires within the margin, and those
//     whose unredeemed amount reached half of MaxUnsettled (the money at risk per viewer; the
//     seller extends no credit past it, so a seller's loss to a viewer that empties its balance
//     is at most MaxUnsettled plus one credit window). A grant's expiry is its effective one: the
//     escrow's recorded grant for the key when it is the same or newer, capped to the deadline a
//     revocation of the key set. A skipped receipt waits RetrySkipped unless forced; a grant that
//     has expired forces nothing.
//
//     Settlement never stalls behind one transaction: a redeem transaction left unmined for
//     BumpAfter is replaced (same nonce) at a fee 12.5% higher at least, never above MaxFee, and
//     any of a batch's transactions may be the one mined; an open batch holds the others back for
//     at most HoldBack, after which forced pairs go out in a new batch with the next nonce; and a
//     mined batch whose escrow log does not decode is recorded from the chain's paid totals
//     (outcome "unknown") and passed over. Logs that describe another batch (a deployment naming
//     another escrow) still leave the batch open.
//
//   - the status endpoint: GET /status (JSON; with a gateway, its listing: until when, renewals
//     and their failures) and GET /metrics (Prometheus) on a local address.
//
// Items come from the configuration (.torrent files, magnet links, sealed directories), from a
// gateway's catalog, or, while the node runs, from AddTorrent, which seeds a directory in place:
// the gateway runs a Node as the origin seeder of every item it registers
// (cmd/swarmgate/gateway_origin.go).
//
// Joining a gateway (Config.Gateway, Contents, PublicAddr, AnnounceTTL; gateway.go): at start the
// node fetches GET /v1/content/{id}/torrent for each content id (a 404 stops it, naming the id),
// refuses a torrent whose info hash is not the one the ContentRegistry records for that id (the
// gateway is trusted for bytes, the chain for identity), and stores each item in
// DataDir/content/<info hash>/. It then signs an eip712.Announcement with
// the payout key in the registry's domain (chain id, ContentRegistry address: what the gateway
// verifies with) listing every item it seeds, its PublicAddr and price, and posts it to
// POST /v1/seeders/announce. The answer's passkey admits it to the gateway's tracker (the
// items' only tracker, announce_url) and to the gateway's BEP 19 web seed,
// {gateway}/v1/webseed/{passkey}/{info hash}/, which serves the ciphertext to directory
// seeders only. The announcement is renewed at half its lifetime; the new passkey replaces the
// trackers, and the web seed requests carry it from then on (anacrolix/torrent cannot remove a
// web seed, so each item has one web seed URL with a placeholder the node's HTTP transport
// replaces by the current passkey; this also keeps the passkey out of the torrent client's logs).
// Every gateway request has a timeout and is retried with backoff on network errors, 5xx and
// 429; a 4xx is reported at once. A failed renewal is logged and retried until it succeeds. Web
// seeds are a download source only: paywire meters peer connections, and a web seed is not one.
//
// `swarmgate seeder run|earnings|withdraw` (cmd/swarmgate/seeder.go) is the command line, and
// internal/testnet runs nodes against a dev chain for end-to-end tests.
package seeder
