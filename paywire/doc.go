// Package paywire is Swarmgate's paid-seeding wire protocol: a BitTorrent extension (BEP 10,
// name "sg_pay") over which a seeder announces its terms, invoices the bytes it served and
// collects signed, cumulative EIP-712 bandwidth receipts from the viewers it serves.
//
// The package has three layers:
//
//   - the codec (Hello, Invoice, Payment, Decode): a fixed, versioned (2), big-endian binary
//     layout, specified byte by byte in SPEC.md next to this file;
//   - the rules (Cost, NextAmount, Verifier, CheckNonce, Terms, Identify): how an amount follows
//     from bytes and price, what a seeder checks before it accepts a grant, an identification or
//     a receipt, and the two wire-only signatures (a seller's terms, signed by its payout key
//     for one connection; a payer's identification over the seller's per-connection challenge);
//   - two engines that attach to an anacrolix/torrent Client through its Callbacks: Seller (the
//     seeding side: meters bytes per peer, invoices, verifies and stores receipts, cuts off peers
//     whose unpaid bytes exceed its credit, held per viewer across connections and bounded by
//     what the escrow can pay and by MaxUnsettled) and Payer (the viewing side: counts the bytes of
//     hash-verified pieces per seeder and signs receipts for no more than it counted).
//
// Signing and verification use chain/eip712, so a receipt accepted here is one the escrow
// contract redeems. The seeder node supplies the payout key, the durable ReceiptStore, the
// chain-backed BalanceChecker and (optionally) KeyChecker; the viewer client supplies the session
// key and the wallet-signed grant.
package paywire
