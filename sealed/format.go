package sealed

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/binary"
	"fmt"
	"math/bits"
)

// Format constants. FORMAT.md is the normative description.
const (
	// Magic starts every sealed file.
	Magic = "SWGSEAL\n"
	// Version is the format version this package writes and reads.
	Version = 1
	// AlgAES256GCM is the only algorithm of version 1: AES-256-GCM under a per-file subkey
	// derived with HKDF-SHA256 from the content key and the file id.
	AlgAES256GCM = 1

	// HeaderSize is the size of the header in bytes.
	HeaderSize = 84
	// TagSize is the AEAD tag added to every chunk.
	TagSize = 16
	// FileIDSize is the size of the random file id in the header.
	FileIDSize = 32

	// DefaultChunkSize is the sealed chunk size used when SealOptions.ChunkSize is 0.
	DefaultChunkSize = 64 << 10
	// MinChunkSize and MaxChunkSize bound the chunk size (a power of two).
	MinChunkSize = 4 << 10
	MaxChunkSize = 16 << 20

	// MaxPlainSize is the largest plaintext a sealed file may carry (1 PiB).
	MaxPlainSize = 1 << 50

	keyCheckSize = 16
	offKeyCheck  = 52
	offTag       = 68

	nonceChunk      = 0
	nonceFinalChunk = 1
	nonceHeader     = 2

	infoChunkKey = "swarmgate sealed v1 aes-256-gcm chunk key"
	infoKeyCheck = "swarmgate sealed v1 key check"
)

// Header is the parsed, public part of a sealed file's header. Nothing in it is secret: seeders
// see it.
type Header struct {
	Version   int
	Algorithm int
	Layout
	FileID [FileIDSize]byte

	raw [HeaderSize]byte // the exact bytes, which every chunk authenticates
}

// Bytes returns the header's encoded form (HeaderSize bytes).
func (h *Header) Bytes() []byte { b := h.raw; return b[:] }

// Name returns the file name derived from the file id that the torrent carries, so that the
// creator's original file name never leaves the gateway.
func (h *Header) Name() string { return fmt.Sprintf("%x.sealed", h.FileID[:16]) }

// ParseHeader decodes and checks the structure of a header: magic, version, algorithm, chunk
// size, flags and plaintext length. It cannot check authenticity; Open does, with the key.
func ParseHeader(b []byte) (Header, error) {
	if len(b) < HeaderSize {
		if len(b) < len(Magic) || string(b[:len(Magic)]) != Magic {
			return Header{}, fmt.Errorf("%w: %d bytes, shorter than a header", ErrNotSealed, len(b))
		}
		return Header{}, fmt.Errorf("%w: header cut short at %d of %d bytes", ErrMalformedHeader, len(b), HeaderSize)
	}
	if string(b[:len(Magic)]) != Magic {
		return Header{}, ErrNotSealed
	}
	var h Header
	copy(h.raw[:], b[:HeaderSize])
	h.Version = int(b[8])
	h.Algorithm = int(b[9])
	if h.Version != Version {
		return Header{}, fmt.Errorf("%w: version %d (this build reads %d)", ErrUnsupported, h.Version, Version)
	}
	if h.Algorithm != AlgAES256GCM {
		return Header{}, fmt.Errorf("%w: algorithm %d", ErrUnsupported, h.Algorithm)
	}
	shift := int(b[10])
	if shift < bits.TrailingZeros(MinChunkSize) || shift > bits.TrailingZeros(MaxChunkSize) {
		return Header{}, fmt.Errorf("%w: chunk size 2^%d out of range", ErrMalformedHeader, shift)
	}
	if b[11] != 0 {
		return Header{}, fmt.Errorf("%w: unknown flags %#02x", ErrMalformedHeader, b[11])
	}
	plain := binary.BigEndian.Uint64(b[12:20])
	if plain > MaxPlainSize {
		return Header{}, fmt.Errorf("%w: plaintext length %d above the maximum", ErrMalformedHeader, plain)
	}
	h.Layout = Layout{ChunkSize: 1 << shift, PlainSize: int64(plain)}
	copy(h.FileID[:], b[20:52])
	return h, nil
}

// newHeader builds the header for a new file and seals its key check and tag.
func newHeader(key Key, layout Layout, fileID [FileIDSize]byte) (Header, *fileKeys, error) {
	h := Header{Version: Version, Algorithm: AlgAES256GCM, Layout: layout, FileID: fileID}
	b := h.raw[:]
	copy(b, Magic)
	b[8] = Version
	b[9] = AlgAES256GCM
	b[10] = byte(bits.TrailingZeros(uint(layout.ChunkSize)))
	b[11] = 0
	binary.BigEndian.PutUint64(b[12:20], uint64(layout.PlainSize))
	copy(b[20:52], fileID[:])
	fk, err := deriveKeys(key, fileID)
	if err != nil {
		return Header{}, nil, err
	}
	copy(b[offKeyCheck:offTag], fk.check[:])
	var nonce [12]byte
	putNonce(&nonce, nonceHeader, 0)
	fk.aead.Seal(b[offTag:offTag], nonce[:], nil, b[:offTag])
	return h, fk, nil
}

// fileKeys holds what one file needs from the content key.
type fileKeys struct {
	aead  cipher.AEAD
	check [keyCheckSize]byte
}

func deriveKeys(key Key, fileID [FileIDSize]byte) (*fileKeys, error) {
	sub, err := hkdf.Key(sha256.New, key[:], fileID[:], infoChunkKey, 32)
	if err != nil {
		return nil, fmt.Errorf("sealed: derive file key: %w", err)
	}
	chk, err := hkdf.Key(sha256.New, key[:], fileID[:], infoKeyCheck, keyCheckSize)
	if err != nil {
		return nil, fmt.Errorf("sealed: derive key check: %w", err)
	}
	block, err := aes.NewCipher(sub)
	if err != nil {
		return nil, fmt.Errorf("sealed: %w", err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, fmt.Errorf("sealed: %w", err)
	}
	fk := &fileKeys{aead: aead}
	copy(fk.check[:], chk)
	return fk, nil
}

// verify checks the key check and the header tag.
func (h *Header) verify(key Key) (*fileKeys, error) {
	fk, err := deriveKeys(key, h.FileID)
	if err != nil {
		return nil, err
	}
	if subtle.ConstantTimeCompare(fk.check[:], h.raw[offKeyCheck:offTag]) != 1 {
		return nil, ErrWrongKey
	}
	var nonce [12]byte
	putNonce(&nonce, nonceHeader, 0)
	if _, err := fk.aead.Open(nil, nonce[:], h.raw[offTag:], h.raw[:offTag]); err != nil {
		return nil, fmt.Errorf("%w: header", ErrCorrupt)
	}
	return fk, nil
}

// putNonce writes the 12-byte nonce: kind, three zero bytes, the chunk index big-endian.
func putNonce(n *[12]byte, kind byte, index int64) {
	n[0] = kind
	n[1], n[2], n[3] = 0, 0, 0
	binary.BigEndian.PutUint64(n[4:], uint64(index))
}

// Layout is the geometry of a sealed file: how plaintext bytes map to chunks and ciphertext
// bytes. ChunkSize is the size of a sealed chunk in the ciphertext, tag included (a power of
// two); chunk 0 also holds the header, so every chunk starts at a multiple of ChunkSize in the
// ciphertext and a torrent piece of a multiple of ChunkSize holds whole chunks only.
type Layout struct {
	ChunkSize int   // sealed chunk size in bytes, a power of two
	PlainSize int64 // plaintext length in bytes
}

// NewLayout checks the parameters and returns the layout of a plainSize-byte file.
func NewLayout(plainSize int64, chunkSize int) (Layout, error) {
	if chunkSize < MinChunkSize || chunkSize > MaxChunkSize || chunkSize&(chunkSize-1) != 0 {
		return Layout{}, fmt.Errorf("%w: chunk size %d must be a power of two from %d to %d", ErrInvalidOptions, chunkSize, MinChunkSize, MaxChunkSize)
	}
	if plainSize < 0 || plainSize > MaxPlainSize {
		return Layout{}, fmt.Errorf("%w: plaintext size %d out of range 0..%d", ErrInvalidOptions, plainSize, int64(MaxPlainSize))
	}
	return Layout{ChunkSize: chunkSize, PlainSize: plainSize}, nil
}

// firstCap is the plaintext capacity of chunk 0, restCap that of every other chunk.
func (l Layout) firstCap() int64 { return int64(l.ChunkSize) - HeaderSize - TagSize }
func (l Layout) restCap() int64  { return int64(l.ChunkSize) - TagSize }

// Chunks returns the number of chunks; an empty plaintext still has one (empty, final) chunk.
func (l Layout) Chunks() int64 {
	if l.PlainSize <= l.firstCap() {
		return 1
	}
	rest := l.restCap()
	return 1 + (l.PlainSize-l.firstCap()+rest-1)/rest
}

// CipherSize returns the ciphertext length: header, plaintext and one tag per chunk.
func (l Layout) CipherSize() int64 { return HeaderSize + l.PlainSize + TagSize*l.Chunks() }

// ChunkOf returns the index of the chunk that holds plaintext offset off.
func (l Layout) ChunkOf(off int64) int64 {
	if off < l.firstCap() {
		return 0
	}
	return 1 + (off-l.firstCap())/l.restCap()
}

// ChunkPlainRange returns the plaintext offset and length of chunk i.
func (l Layout) ChunkPlainRange(i int64) (off, n int64) {
	if i == 0 {
		return 0, min(l.PlainSize, l.firstCap())
	}
	off = l.firstCap() + (i-1)*l.restCap()
	return off, max(0, min(l.PlainSize-off, l.restCap()))
}

// ChunkCipherRange returns the ciphertext offset and length of sealed chunk i (its plaintext
// length plus the tag; chunk 0 starts after the header).
func (l Layout) ChunkCipherRange(i int64) (off, n int64) {
	_, pn := l.ChunkPlainRange(i)
	off = i * int64(l.ChunkSize)
	if i == 0 {
		off = HeaderSize
	}
	return off, pn + TagSize
}

// PlainRangeToCipher returns the ciphertext range [off, off+n) that holds every chunk needed to
// decrypt plaintext bytes [plainOff, plainOff+plainN), clipped to the plaintext. An empty range
// maps to an empty range. Opening also needs the header, ciphertext bytes [0, HeaderSize).
func (l Layout) PlainRangeToCipher(plainOff, plainN int64) (off, n int64) {
	plainOff = max(0, min(plainOff, l.PlainSize))
	end := min(l.PlainSize, plainOff+max(0, plainN))
	if end <= plainOff {
		return 0, 0
	}
	first, last := l.ChunkOf(plainOff), l.ChunkOf(end-1)
	off, _ = l.ChunkCipherRange(first)
	lo, ln := l.ChunkCipherRange(last)
	return off, lo + ln - off
}

// PlainRangeToPieces returns the torrent pieces [first, end) that hold every chunk needed to
// decrypt plaintext bytes [plainOff, plainOff+plainN). pieceLength is the torrent's piece
// length. An empty range gives first == end.
func (l Layout) PlainRangeToPieces(plainOff, plainN, pieceLength int64) (first, end int) {
	off, n := l.PlainRangeToCipher(plainOff, plainN)
	if n == 0 || pieceLength <= 0 {
		return 0, 0
	}
	return int(off / pieceLength), int((off + n + pieceLength - 1) / pieceLength)
}

// CipherSize returns the ciphertext length of a plainSize-byte plaintext sealed with chunkSize
// (0 means DefaultChunkSize). It returns -1 when the parameters are out of range.
func CipherSize(plainSize int64, chunkSize int) int64 {
	if chunkSize == 0 {
		chunkSize = DefaultChunkSize
	}
	l, err := NewLayout(plainSize, chunkSize)
	if err != nil {
		return -1
	}
	return l.CipherSize()
}

// PlainSize returns the plaintext length of a cipherSize-byte sealed file with chunkSize (0 means
// DefaultChunkSize), the inverse of CipherSize. It fails with ErrSize when no plaintext length
// gives that ciphertext length.
func PlainSize(cipherSize int64, chunkSize int) (int64, error) {
	if chunkSize == 0 {
		chunkSize = DefaultChunkSize
	}
	if _, err := NewLayout(0, chunkSize); err != nil {
		return 0, err
	}
	if cipherSize < HeaderSize+TagSize {
		return 0, fmt.Errorf("%w: %d bytes is shorter than an empty sealed file", ErrSize, cipherSize)
	}
	c := int64(chunkSize)
	n := (cipherSize + c - 1) / c
	plain := cipherSize - HeaderSize - TagSize*n
	l := Layout{ChunkSize: chunkSize, PlainSize: plain}
	if plain < 0 || plain > MaxPlainSize || l.CipherSize() != cipherSize {
		return 0, fmt.Errorf("%w: no plaintext length seals to %d bytes with %d-byte chunks", ErrSize, cipherSize, chunkSize)
	}
	return plain, nil
}
