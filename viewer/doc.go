// Package viewer is Swarmgate's viewing side as a component: given a gateway, the viewer's
// wallet, a chain client and a content id, a Viewer
//
//   - reads the item from the registry (info hash, key commitment, content hash, policy) and the
//     account's access, refusing with a NotEntitledError (the deny reason, the price and the
//     command that buys it) when there is none;
//   - signs in to the gateway (EIP-4361, the session cached in gwclient's 0600 file and reused
//     until it expires) and fetches the content key sealed to a fresh HPKE key (viewerkey); a key
//     whose keccak256 is not the on-chain key commitment is refused (ErrKeyMismatch: the gateway
//     is misbehaving) before anything is decrypted;
//   - fetches the .torrent from the gateway and refuses it unless its info hash is the one the
//     registry records;
//   - for a paid item, checks that the escrow can pay for the item at the seeders' prices,
//     signs one session grant (limit Config.MaxSpend, nonce 0, expiry Config.GrantExpiry) for a
//     throwaway key and pays the seeders through paywire.Payer, up to Config.MaxPricePerGiB;
//     a free item needs no deposit, grant or receipts;
//   - joins the swarm through the gateway's tracker (with the passkey the key answer carries)
//     and the gateway's seeder directory; when no peer has sent anything for
//     Config.WebseedFallback, it also fetches from the gateway's web seed, which serves viewers
//     with access (free to the viewer: peers come first);
//   - serves the plaintext on a local HTTP server with Range support (http.ServeContent over a
//     PlainReader: sealed's random-access decryption over a torrent Reader whose readahead
//     follows the read position, so a seek far ahead is answered without waiting for the pieces
//     before it);
//   - once the item is complete, checks the plaintext's SHA-256 against the on-chain content
//     hash (Wait);
//   - serves the pieces it has to other viewers: free, or with Config.Earn through paywire's
//     seller paid out to the viewer's own account, its receipts kept in the seeder node's store
//     in Config.DataDir and settled by the seeder node's settlement chore;
//   - on the way out, stops requesting data and waits (Config.Linger) until every verified byte
//     is paid, since sellers hold a departed viewer's unpaid bytes against it.
//
// New does no I/O; Run does the work and closes everything in reverse order when its context
// ends. The commands `swarmgate watch` and `swarmgate get` (cmd/swarmgate) are thin wrappers.
package viewer
