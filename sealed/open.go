package sealed

import (
	"errors"
	"fmt"
	"io"
	"sync"
)

// Reader decrypts sealed content on demand. ReadAt decrypts only the chunks a read touches and
// is safe for concurrent use; Read and Seek keep a cursor (guarded by a mutex) and a one-chunk
// cache so that small sequential reads decrypt each chunk once. No byte of a chunk is returned
// before the chunk's tag has been checked.
type Reader struct {
	ra     io.ReaderAt
	hdr    Header
	layout Layout
	keys   *fileKeys
	bufs   sync.Pool // *[]byte of ChunkSize

	mu     sync.Mutex
	off    int64
	cached int64 // chunk held in cache, -1 for none
	cache  []byte
}

// Open reads and authenticates the header of the sealed content in ra, which holds cipherSize
// bytes. It fails with ErrNotSealed, ErrUnsupported or ErrMalformedHeader for a bad header,
// ErrWrongKey when key is not this content's key, ErrCorrupt when the header was modified and
// ErrSize when cipherSize is not the size the header implies (truncated or extended). Open reads
// nothing but the header.
func Open(ra io.ReaderAt, cipherSize int64, key Key) (*Reader, error) {
	var buf [HeaderSize]byte
	n, err := ra.ReadAt(buf[:], 0)
	if n < HeaderSize {
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("sealed: read header: %w", err)
		}
		if _, perr := ParseHeader(buf[:n]); perr != nil {
			return nil, perr
		}
	}
	hdr, err := ParseHeader(buf[:])
	if err != nil {
		return nil, err
	}
	keys, err := hdr.verify(key)
	if err != nil {
		return nil, err
	}
	if want := hdr.CipherSize(); cipherSize != want {
		return nil, fmt.Errorf("%w: %d bytes, header says %d", ErrSize, cipherSize, want)
	}
	r := &Reader{ra: ra, hdr: hdr, layout: hdr.Layout, keys: keys, cached: -1}
	chunk := hdr.ChunkSize
	r.bufs.New = func() any { b := make([]byte, chunk); return &b }
	return r, nil
}

// Header returns the content's header.
func (r *Reader) Header() Header { return r.hdr }

// Size returns the plaintext size.
func (r *Reader) Size() int64 { return r.layout.PlainSize }

// ReadAt reads len(p) plaintext bytes at offset off. It returns io.EOF when fewer bytes remain,
// and a *ChunkError (errors.Is ErrCorrupt) at the first chunk that fails authentication, with n
// counting only the authenticated bytes before it.
func (r *Reader) ReadAt(p []byte, off int64) (int, error) {
	return r.readAt(p, off, nil)
}

func (r *Reader) readAt(p []byte, off int64, cache *Reader) (int, error) {
	if off < 0 {
		return 0, fmt.Errorf("sealed: read at negative offset %d", off)
	}
	size := r.layout.PlainSize
	if off >= size {
		if len(p) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	want := len(p)
	if rem := size - off; int64(want) > rem {
		want = int(rem)
	}
	done := 0
	for done < want {
		pos := off + int64(done)
		i := r.layout.ChunkOf(pos)
		cOff, cLen := r.layout.ChunkPlainRange(i)
		skip := pos - cOff
		n := int(min(cLen-skip, int64(want-done)))
		switch {
		case cache != nil && cache.cached == i:
			copy(p[done:done+n], cache.cache[skip:skip+int64(n)])
		case skip == 0 && n == int(cLen) && len(p)-done >= n+TagSize:
			// The whole chunk is wanted and p has room for its tag: read the sealed chunk into
			// p and decrypt it in place, with no copy.
			if err := r.openChunkInPlace(p[done:done+n+TagSize], i); err != nil {
				return done, err
			}
		case skip == 0 && n == int(cLen):
			// The whole chunk is wanted: decrypt straight into p.
			if err := r.openChunk(p[done:done], i); err != nil {
				return done, err
			}
		case cache != nil:
			if cache.cache == nil {
				cache.cache = make([]byte, 0, r.layout.ChunkSize)
			}
			cache.cached = -1
			_, sealedLen := r.layout.ChunkCipherRange(i)
			if err := r.openChunkInPlace(cache.cache[:sealedLen], i); err != nil {
				return done, err
			}
			cache.cache = cache.cache[:cLen]
			cache.cached = i
			copy(p[done:done+n], cache.cache[skip:skip+int64(n)])
		default:
			bp := r.bufs.Get().(*[]byte)
			_, sealedLen := r.layout.ChunkCipherRange(i)
			err := r.openChunkInPlace((*bp)[:sealedLen], i)
			if err == nil {
				copy(p[done:done+n], (*bp)[skip:skip+int64(n)])
			}
			r.bufs.Put(bp)
			if err != nil {
				return done, err
			}
		}
		done += n
	}
	if want < len(p) {
		return done, io.EOF
	}
	return done, nil
}

// openChunk decrypts chunk i into dst[:plainLen], which must have the capacity. On failure dst
// holds zeros, never unauthenticated plaintext (crypto/cipher clears it).
func (r *Reader) openChunk(dst []byte, i int64) error {
	_, cLen := r.layout.ChunkCipherRange(i)
	bp := r.bufs.Get().(*[]byte)
	defer r.bufs.Put(bp)
	ct := (*bp)[:cLen]
	if err := r.readChunk(ct, i); err != nil {
		return err
	}
	if _, err := r.keys.aead.Open(dst, r.nonce(i), ct, r.hdr.raw[:]); err != nil {
		return &ChunkError{Chunk: i}
	}
	return nil
}

// openChunkInPlace reads sealed chunk i into buf, which is exactly its ciphertext length, and
// decrypts it in place into buf[:len(buf)-TagSize]. On failure that part holds zeros.
func (r *Reader) openChunkInPlace(buf []byte, i int64) error {
	if err := r.readChunk(buf, i); err != nil {
		return err
	}
	if _, err := r.keys.aead.Open(buf[:0], r.nonce(i), buf, r.hdr.raw[:]); err != nil {
		return &ChunkError{Chunk: i}
	}
	return nil
}

// readChunk reads the ciphertext of chunk i into buf.
func (r *Reader) readChunk(buf []byte, i int64) error {
	cOff, _ := r.layout.ChunkCipherRange(i)
	if n, err := r.ra.ReadAt(buf, cOff); n < len(buf) {
		if err == nil || errors.Is(err, io.EOF) {
			err = fmt.Errorf("%w: chunk %d cut short", ErrSize, i)
		}
		return fmt.Errorf("sealed: read chunk %d: %w", i, err)
	}
	return nil
}

// nonce returns the nonce of chunk i.
func (r *Reader) nonce(i int64) []byte {
	kind := byte(nonceChunk)
	if i == r.layout.Chunks()-1 {
		kind = nonceFinalChunk
	}
	var n [12]byte
	putNonce(&n, kind, i)
	return n[:]
}

// Read reads plaintext at the cursor and advances it.
func (r *Reader) Read(p []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	n, err := r.readAt(p, r.off, r)
	r.off += int64(n)
	return n, err
}

// Seek moves the cursor, as io.Seeker describes; offsets past the end are allowed and read as
// io.EOF.
func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	var abs int64
	switch whence {
	case io.SeekStart:
		abs = offset
	case io.SeekCurrent:
		abs = r.off + offset
	case io.SeekEnd:
		abs = r.layout.PlainSize + offset
	default:
		return 0, fmt.Errorf("sealed: seek: invalid whence %d", whence)
	}
	if abs < 0 {
		return 0, fmt.Errorf("sealed: seek to negative offset %d", abs)
	}
	r.off = abs
	return abs, nil
}

var (
	_ io.ReaderAt   = (*Reader)(nil)
	_ io.ReadSeeker = (*Reader)(nil)
)
