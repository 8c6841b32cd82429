package sealed

import (
	"errors"
	"fmt"
)

// ErrNotSealed means the input does not start with the sealed-content magic: it is not sealed
// content at all, or its first bytes were lost.
var ErrNotSealed = errors.New("sealed: not sealed content (bad magic)")

// ErrUnsupported means the header names a format version or algorithm this implementation does
// not know; a newer release may read it.
var ErrUnsupported = errors.New("sealed: unsupported format version or algorithm")

// ErrMalformedHeader means the header has the right magic and version but a field outside its
// allowed range (chunk size, flags, plaintext length).
var ErrMalformedHeader = errors.New("sealed: malformed header")

// ErrWrongKey means the key does not belong to this sealed content: the header's key check does
// not match the key given.
var ErrWrongKey = errors.New("sealed: wrong key for this content")

// ErrCorrupt means authentication failed: the header or a chunk was modified, reordered, swapped
// in from another file, or damaged. No plaintext of the failing part is returned.
var ErrCorrupt = errors.New("sealed: authentication failed (content modified or corrupted)")

// ErrSize means the ciphertext is not as long as its header says: it was truncated or has
// trailing data.
var ErrSize = errors.New("sealed: ciphertext size does not match its header (truncated or extended)")

// ErrSourceSize means the plaintext handed to Seal was shorter or longer than the size declared.
var ErrSourceSize = errors.New("sealed: plaintext size differs from the declared size")

// ErrInvalidOptions means SealOptions or a layout parameter is out of range.
var ErrInvalidOptions = errors.New("sealed: invalid options")

// ErrInvalidKey means a key could not be parsed: it must be 64 hexadecimal digits (32 bytes).
var ErrInvalidKey = errors.New("sealed: invalid key (want 64 hex digits)")

// ChunkError reports that one chunk failed authentication. It unwraps to ErrCorrupt, so
// errors.Is(err, ErrCorrupt) holds; errors.As gives the chunk index, which a streaming client
// can map back to a torrent piece (Layout.ChunkCipherRange) to fetch it again from another peer.
type ChunkError struct {
	Chunk int64 // index of the chunk that failed, from 0
}

func (e *ChunkError) Error() string {
	return fmt.Sprintf("sealed: chunk %d failed authentication (content modified or corrupted)", e.Chunk)
}

// Unwrap returns ErrCorrupt.
func (e *ChunkError) Unwrap() error { return ErrCorrupt }
