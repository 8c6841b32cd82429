// Package sealed encrypts content for the swarm and decrypts any byte range of it.
//
// Seeders only ever hold ciphertext; a viewer with the content key can decrypt any byte range
// while the torrent is still downloading. The format (FORMAT.md next to this file) is a
// versioned 84-byte header followed by fixed-size chunks, each sealed on its own with
// AES-256-GCM under a per-file subkey derived with HKDF-SHA256 from the content key and a random
// file id. Each chunk's nonce carries its index and a final-chunk flag, and its associated data
// is the whole header, so truncation, reordering, chunks swapped in from another file and header
// changes all fail authentication.
//
// A chunk is ChunkSize bytes of ciphertext (tag included; chunk 0 also holds the header), so
// chunk boundaries fall on multiples of ChunkSize and a torrent piece whose length is a multiple
// of ChunkSize holds whole chunks: a viewer needs exactly the pieces that hold the chunks it
// reads. Layout maps plaintext ranges to chunks, ciphertext ranges and pieces.
//
// Who calls what:
//
//   - The gateway, on upload: GenerateKey, then Seal, which in one streaming pass writes the
//     ciphertext and returns the plaintext SHA-256 (contentHash), keccak256(key)
//     (keyCommitment) and the v1 torrent of the ciphertext (infoHash). The torrent's file name
//     is derived from the random file id, never from the uploaded file's name.
//   - The viewer: ParseKey or the key the gateway sealed to it, Key.Commitment to check it
//     against the chain, Open over the ciphertext as an io.ReaderAt (a file, or an adapter
//     over anacrolix torrent readers, which are io.ReadSeekers: one reader per concurrent
//     request, or Seek+Read under a lock), then ReadAt/Read/Seek;
//     Layout.PlainRangeToPieces maps an HTTP Range request to the pieces to prioritise.
//   - The seeder needs nothing from this package: it serves ciphertext.
//
// The API, in full:
//
//   - Key ([32]byte, redacted when printed), GenerateKey, ParseKey, Key.Hex, Key.Commitment.
//   - Seal(ctx, dst, src, size, key, SealOptions{ChunkSize, PieceLength, Progress, Workers})
//     returns *Result{Header, ContentHash, KeyCommitment, InfoHash, Info, MetaInfo, PlainSize,
//     CipherSize} and Result.Magnet.
//   - Open(ra, cipherSize, key) returns *Reader: ReadAt (concurrent), Read, Seek, Size, Header.
//   - ParseHeader reads a header without a key (fuzzed; what a seeder or indexer may inspect).
//   - Layout{ChunkSize, PlainSize}: Chunks, CipherSize, ChunkOf, ChunkPlainRange,
//     ChunkCipherRange, PlainRangeToCipher, PlainRangeToPieces; and the free functions
//     CipherSize, PlainSize (its inverse) and ChoosePieceLength.
//
// Errors are sentinels (ErrWrongKey, ErrCorrupt, ErrSize, …); a chunk that fails
// authentication is reported as a *ChunkError that unwraps to ErrCorrupt.
package sealed
