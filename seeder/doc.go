// Package seeder is Swarmgate's earning node. It seeds encrypted items over BitTorrent
// (anacrolix/torrent) with paywire's Seller attached, so that viewers pay with signed bandwidth
// receipts; it keeps those receipts durably and settles them on the BandwidthEscrow contract.
//
// The parts, wired together by Node (New does no I/O; Run starts everything and closes it in
// reverse order when its context ends):
//
//   - Store: the node's SQLite database (gorm over the pure-Go driver, WAL, synchronous=FULL,
//     schema from migrations/seeder with goose). It is paywire's ReceiptStore: the newest receipt
//     of each (viewer, seeder) pair with its grant, per-item byte counts, and settlement state
//     (paid on chain, batches with their transactions, outcomes, gas). A Save that returned
//     survives a crash.
//   - Balances: paywire's BalanceChecker backed by the escrow (balance and paid), cached for a
//     short TTL, bounded, with timeouts and retries. An unreadable chain means no credit.
//   - Settler: the settlement chore. Each round it first reconciles batches a previous run left
//     in flight (a batch is recorded before its transaction is signed, and the signed
//     transaction before it is sent), then redeems, in batches of at most one receipt per viewer,
//     the pairs whose unredeemed amount is worth the gas at the current gas price, and always the
//     pairs whose viewer's withdrawal unlocks or whose grant expires within the margin.
//   - the status endpoint: GET /status (JSON) and GET /metrics (Prometheus) on a local address.
//
// Items come from the configuration (.torrent files, magnet links, sealed directories) or, while
// the node runs, from AddTorrent, which seeds a directory in place: the gateway runs a Node as
// the origin seeder of every item it registers (cmd/swarmgate/gateway_origin.go).
//
// `swarmgate seeder run|earnings|withdraw` (cmd/swarmgate/seeder.go) is the command line, and
// internal/testnet runs nodes against a dev chain for end-to-end tests.
package seeder
