// Package paywire is Swarmgate's paid-seeding wire protocol: a BitTorrent extension (BEP 10,
// name "sg_pay") over which a seeder announces its terms, invoices the bytes it served and
// collects signed, cumulative EIP-712 bandwidth receipts from the viewers it serves.
//
// The package has three layers:
//
//   - the codec (Hello, Invoice, Payment, Decode): a fixed, versioned, big-endian binary layout,
//     specified byte by byte in SPEC.md next to this file;
//   - the rules (Cost, NextAmount, Verifier): how an amount follows from bytes and price, and what
//     a seeder checks before it accepts a receipt;
//   - two engines that attach to an anacrolix/torrent Client through its Callbacks: Seller (the
//     seeding side: meters bytes per peer, invoices, verifies and stores receipts, cuts off peers
//     whose unpaid bytes exceed the credit window) and Payer (the viewing side: counts the bytes of
//     hash-verified pieces per seeder and signs receipts for no more than it counted).
//
// Signing and verification use chain/eip712, so a receipt accepted here is one the escrow
// contract redeems. The seeder node supplies the durable ReceiptStore and the chain-backed
// BalanceChecker; the viewer client supplies the session key and the wallet-signed grant.
package paywire
