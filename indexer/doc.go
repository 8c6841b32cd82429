// Package indexer is the gateway's chore that keeps the catalog in step with the chain: it
// follows ContentRegistry's ContentRegistered, PolicyUpdated and Transfer events from the
// deployment's start block up to the confirmed head (head minus the confirmation depth), in
// bounded block ranges, and writes each range's catalog changes together with the cursor (last
// block read and its hash) in one database transaction. When the source is a *chain.Client it
// also records the registry's Purchased events (sales counts; one row per transaction and log
// index, so a re-read counts nothing twice).
//
// A registration is linked to the item the gateway sealed from an upload (its content key,
// torrent, title and poster) only when the registering account is the uploader; another
// account's registration of the same hashes (a squatter's copy) becomes a catalog entry of its
// own, with no key (store.UpsertRegistration).
//
// A restart resumes from the cursor. Replaying a range changes nothing (every write sets the
// state the event describes). Before each step the cursor's block hash is compared with the
// chain's; when they differ the chain reorganized below the cursor, and the indexer rewinds
// ReorgDepth blocks and reads forward again. Replaying in order restores every field a
// reorganized event changed as long as a later event (or the replayed one) sets it again; an
// item whose registration vanished entirely stays in the catalog (keys are still only issued
// after the chain says yes). Choose a confirmation depth that makes such reorgs unlikely.
package indexer
