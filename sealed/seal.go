package sealed

import (
	"context"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"
	"time"

	"github.com/anacrolix/torrent/bencode"
	"github.com/anacrolix/torrent/metainfo"
)

const (
	// DefaultPieceLength is the torrent piece length for files up to 4 GiB of ciphertext: small
	// enough that a seek waits for at most 256 KiB before it can decrypt, large enough that a
	// 4 GiB file has 16384 pieces (a 320 KiB piece list).
	DefaultPieceLength = 256 << 10
	// MaxPieceLength bounds SealOptions.PieceLength.
	MaxPieceLength = 16 << 20
	// maxPieces is the piece count above which the default piece length doubles.
	maxPieces = 16384
	// minPieceLength is the BitTorrent block size; a piece is never smaller.
	minPieceLength = 16 << 10
)

// SealOptions tune Seal. The zero value is the default.
type SealOptions struct {
	// ChunkSize is the sealed chunk size, a power of two from MinChunkSize to MaxChunkSize;
	// 0 means DefaultChunkSize.
	ChunkSize int
	// PieceLength is the torrent piece length, a power of two, a multiple of ChunkSize, from 16 KiB
	// to MaxPieceLength; 0 means ChoosePieceLength.
	PieceLength int64
	// Progress, when set, is called from Seal's goroutine with the plaintext bytes sealed and
	// written so far, after each piece.
	Progress func(done int64)
	// Workers is the number of goroutines that encrypt and hash pieces; 0 means GOMAXPROCS.
	Workers int

	fileID *[FileIDSize]byte // test vectors only: a fixed file id
}

// Result describes sealed content: what the gateway registers and the torrent that carries it.
type Result struct {
	Header        Header
	ContentHash   [32]byte // SHA-256 of the plaintext
	KeyCommitment [32]byte // keccak256(key)
	InfoHash      metainfo.Hash
	Info          metainfo.Info      // v1 single-file info dictionary; Info.Name is Header.Name()
	MetaInfo      *metainfo.MetaInfo // the .torrent, without trackers
	PlainSize     int64
	CipherSize    int64
}

// Magnet returns a magnet link for the torrent (info hash and display name).
func (r *Result) Magnet() (string, error) {
	m, err := r.MetaInfo.MagnetV2()
	if err != nil {
		return "", fmt.Errorf("sealed: magnet: %w", err)
	}
	return m.String(), nil
}

// ChoosePieceLength returns the default piece length for a ciphertext of cipherSize bytes sealed
// with chunkSize: DefaultPieceLength (at least one chunk), doubled until the torrent has at most
// 16384 pieces, at most MaxPieceLength.
func ChoosePieceLength(cipherSize int64, chunkSize int) int64 {
	p := max(int64(DefaultPieceLength), int64(chunkSize))
	for p < MaxPieceLength && (cipherSize+p-1)/p > maxPieces {
		p *= 2
	}
	return p
}

// batch is one torrent piece travelling through the pipeline.
type batch struct {
	index  int64 // piece index
	plain  []byte
	cipher []byte
	sum    [sha1.Size]byte
	sealed chan struct{} // encryption and SHA-1 done
	hashed chan struct{} // SHA-256 of plain done
}

// Seal encrypts size bytes of plaintext from src into dst in one streaming pass. On the way it
// computes the SHA-256 of the plaintext and the SHA-1 piece hashes of the ciphertext, and it
// returns them with the v1 torrent of the ciphertext. The work runs as a pipeline: one goroutine
// reads, one hashes the plaintext, opts.Workers encrypt and hash pieces, and the calling goroutine
// writes in order; memory is bounded by a few pieces whatever size is.
//
// src must yield exactly size bytes (ErrSourceSize otherwise). Cancelling ctx stops the work
// between reads and writes; Seal returns only after all its goroutines have ended. On error,
// dst holds a partial ciphertext the caller must discard.
func Seal(ctx context.Context, dst io.Writer, src io.Reader, size int64, key Key, opts SealOptions) (*Result, error) {
	chunk := opts.ChunkSize
	if chunk == 0 {
		chunk = DefaultChunkSize
	}
	layout, err := NewLayout(size, chunk)
	if err != nil {
		return nil, err
	}
	cipherSize := layout.CipherSize()
	pieceLen := opts.PieceLength
	if pieceLen == 0 {
		pieceLen = ChoosePieceLength(cipherSize, chunk)
	}
	if pieceLen < minPieceLength || pieceLen > MaxPieceLength || pieceLen&(pieceLen-1) != 0 || pieceLen%int64(chunk) != 0 {
		return nil, fmt.Errorf("%w: piece length %d must be a power of two from %d to %d and a multiple of the chunk size %d",
			ErrInvalidOptions, pieceLen, minPieceLength, MaxPieceLength, chunk)
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var fileID [FileIDSize]byte
	if opts.fileID != nil {
		fileID = *opts.fileID
	} else if _, err := rand.Read(fileID[:]); err != nil {
		return nil, fmt.Errorf("sealed: file id: %w", err)
	}
	hdr, fk, err := newHeader(key, layout, fileID)
	if err != nil {
		return nil, err
	}

	s := &sealer{
		layout:   layout,
		hdr:      &hdr,
		aead:     fk,
		pieceLen: pieceLen,
		pieces:   (cipherSize + pieceLen - 1) / pieceLen,
		perPiece: pieceLen / int64(chunk),
	}
	// Enough batches in flight to keep every worker, the hasher and the writer busy, and no more.
	depth := workers + 3
	pool := make(chan *batch, depth)
	for range depth {
		pool <- &batch{
			plain:  make([]byte, 0, s.perPiece*layout.restCap()),
			cipher: make([]byte, 0, pieceLen),
			sealed: make(chan struct{}, 1),
			hashed: make(chan struct{}, 1),
		}
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	fail := func(err error) { cancel(err) }

	work := make(chan *batch, depth)
	hashq := make(chan *batch, depth)
	order := make(chan *batch, depth)
	var wg sync.WaitGroup
	plainHash := sha256.New()

	wg.Go(func() { // reader
		defer close(work)
		defer close(hashq)
		defer close(order)
		for p := range s.pieces {
			var b *batch
			select {
			case b = <-pool:
			case <-ctx.Done():
				return
			}
			b.index = p
			n := s.piecePlainLen(p)
			b.plain = b.plain[:n]
			if _, err := io.ReadFull(src, b.plain); err != nil {
				if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
					fail(fmt.Errorf("%w: source ended before the declared %d bytes", ErrSourceSize, size))
				} else {
					fail(fmt.Errorf("sealed: read plaintext: %w", err))
				}
				return
			}
			if ctx.Err() != nil {
				return
			}
			order <- b
			hashq <- b
			work <- b
		}
		var extra [1]byte
		if n, _ := io.ReadFull(src, extra[:]); n > 0 {
			fail(fmt.Errorf("%w: source has more than the declared %d bytes", ErrSourceSize, size))
		}
	})
	wg.Go(func() { // plaintext hasher, in order
		for b := range hashq {
			if ctx.Err() == nil {
				plainHash.Write(b.plain)
			}
			b.hashed <- struct{}{}
		}
	})
	for range workers {
		wg.Go(func() {
			for b := range work {
				if ctx.Err() == nil {
					s.sealPiece(b)
				}
				b.sealed <- struct{}{}
			}
		})
	}

	pieceHashes := make([]byte, 0, s.pieces*sha1.Size)
	var done int64
	var werr error
	for b := range order { // writer, in order; keeps draining after a failure so nobody blocks
		<-b.sealed
		<-b.hashed
		if werr == nil && ctx.Err() == nil {
			if _, err := dst.Write(b.cipher); err != nil {
				werr = fmt.Errorf("sealed: write ciphertext: %w", err)
				fail(werr)
			} else {
				pieceHashes = append(pieceHashes, b.sum[:]...)
				done += int64(len(b.plain))
				if opts.Progress != nil {
					opts.Progress(done)
				}
			}
		}
		pool <- b
	}
	wg.Wait()
	if err := context.Cause(ctx); err != nil {
		return nil, err
	}
	if done != size || int64(len(pieceHashes)) != s.pieces*sha1.Size {
		return nil, fmt.Errorf("sealed: internal error: sealed %d of %d bytes", done, size)
	}

	res := &Result{
		Header:        hdr,
		KeyCommitment: key.Commitment(),
		PlainSize:     size,
		CipherSize:    cipherSize,
		Info: metainfo.Info{
			PieceLength: pieceLen,
			Pieces:      pieceHashes,
			Name:        hdr.Name(),
			Length:      cipherSize,
		},
	}
	copy(res.ContentHash[:], plainHash.Sum(nil))
	infoBytes, err := bencode.Marshal(res.Info)
	if err != nil {
		return nil, fmt.Errorf("sealed: encode torrent info: %w", err)
	}
	res.MetaInfo = &metainfo.MetaInfo{
		InfoBytes:    infoBytes,
		CreatedBy:    "swarmgate",
		CreationDate: time.Now().Unix(),
	}
	res.InfoHash = res.MetaInfo.HashInfoBytes()
	return res, nil
}

type sealer struct {
	layout   Layout
	hdr      *Header
	aead     *fileKeys
	pieceLen int64
	pieces   int64
	perPiece int64 // chunks per piece
}

// piecePlainLen returns how many plaintext bytes piece p carries.
func (s *sealer) piecePlainLen(p int64) int64 {
	first := p * s.perPiece
	last := min(first+s.perPiece, s.layout.Chunks()) - 1
	off, _ := s.layout.ChunkPlainRange(first)
	lo, ln := s.layout.ChunkPlainRange(last)
	return lo + ln - off
}

// sealPiece encrypts the chunks of one piece into b.cipher and hashes it.
func (s *sealer) sealPiece(b *batch) {
	first := b.index * s.perPiece
	last := min(first+s.perPiece, s.layout.Chunks()) - 1
	final := s.layout.Chunks() - 1
	out := b.cipher[:0]
	if b.index == 0 {
		out = append(out, s.hdr.raw[:]...)
	}
	base, _ := s.layout.ChunkPlainRange(first)
	var nonce [12]byte
	ad := s.hdr.raw[:]
	for i := first; i <= last; i++ {
		off, n := s.layout.ChunkPlainRange(i)
		kind := byte(nonceChunk)
		if i == final {
			kind = nonceFinalChunk
		}
		putNonce(&nonce, kind, i)
		out = s.aead.aead.Seal(out, nonce[:], b.plain[off-base:off-base+n], ad)
	}
	b.cipher = out
	b.sum = sha1.Sum(out)
}
