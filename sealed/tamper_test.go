package sealed

import (
	"bytes"
	"errors"
	"io"
	"testing"
)

// readAllAt reads the whole plaintext through ReadAt.
func readAllAt(r *Reader) ([]byte, error) {
	buf := make([]byte, r.Size())
	n, err := r.ReadAt(buf, 0)
	if err == io.EOF && int64(n) == r.Size() {
		err = nil
	}
	return buf[:n], err
}

// wantChunkError checks that err is a *ChunkError for chunk i that unwraps to ErrCorrupt.
func wantChunkError(t *testing.T, err error, i int64) {
	t.Helper()
	var ce *ChunkError
	if !errors.As(err, &ce) || !errors.Is(err, ErrCorrupt) {
		t.Fatalf("error = %v, want a *ChunkError (ErrCorrupt)", err)
	}
	if ce.Chunk != i {
		t.Fatalf("ChunkError.Chunk = %d, want %d", ce.Chunk, i)
	}
}

func TestTamperDetected(t *testing.T) {
	t.Parallel()
	const chunk = MinChunkSize
	key := testKey(10)
	plain := randBytes(10*chunk+123, 10)
	ct, res := sealBytes(t, plain, key, SealOptions{ChunkSize: chunk})
	other, _ := sealBytes(t, plain, key, SealOptions{ChunkSize: chunk}) // same key, same plaintext
	l := res.Header.Layout
	cr := func(i int64) (int64, int64) { return l.ChunkCipherRange(i) }

	t.Run("header byte flipped", func(t *testing.T) {
		t.Parallel()
		for i := range HeaderSize {
			bad := bytes.Clone(ct)
			bad[i] ^= 0x01
			r, err := Open(bytes.NewReader(bad), int64(len(bad)), key)
			if err == nil {
				_, err = readAllAt(r)
			}
			if err == nil {
				t.Fatalf("flipping header byte %d went unnoticed", i)
			}
			if !errors.Is(err, ErrNotSealed) && !errors.Is(err, ErrUnsupported) && !errors.Is(err, ErrMalformedHeader) &&
				!errors.Is(err, ErrWrongKey) && !errors.Is(err, ErrCorrupt) {
				t.Fatalf("header byte %d: unexpected error %v", i, err)
			}
		}
	})
	// Flips in the authenticated fields that still parse give ErrCorrupt at Open, not later.
	t.Run("plaintext length changed", func(t *testing.T) {
		t.Parallel()
		bad := bytes.Clone(ct)
		bad[19] ^= 0x01
		if _, err := Open(bytes.NewReader(bad), int64(len(bad)), key); !errors.Is(err, ErrCorrupt) {
			t.Fatalf("Open = %v, want ErrCorrupt", err)
		}
	})
	t.Run("chunk byte flipped", func(t *testing.T) {
		t.Parallel()
		for _, i := range []int64{0, 3, l.Chunks() - 1} {
			bad := bytes.Clone(ct)
			off, n := cr(i)
			bad[off+n/2] ^= 0x80
			r, err := Open(bytes.NewReader(bad), int64(len(bad)), key)
			if err != nil {
				t.Fatal(err)
			}
			_, err = readAllAt(r)
			wantChunkError(t, err, i)
			// One byte of the bad chunk: still refused, and the buffer holds no plaintext.
			po, _ := l.ChunkPlainRange(i)
			buf := []byte{0xAA}
			n2, err := r.ReadAt(buf, po)
			wantChunkError(t, err, i)
			if n2 != 0 || buf[0] != 0xAA {
				t.Fatalf("ReadAt of a bad chunk returned %d bytes, buffer %x", n2, buf)
			}
			// A read that starts before the bad chunk returns the good bytes before it.
			if i > 0 {
				buf := make([]byte, 2*chunk)
				n2, err := r.ReadAt(buf, po-10)
				wantChunkError(t, err, i)
				if n2 != 10 || !bytes.Equal(buf[:10], plain[po-10:po]) {
					t.Fatalf("read before bad chunk gave %d bytes", n2)
				}
			}
			// Other chunks still decrypt.
			ok := (i + 1) % l.Chunks()
			oo, on := l.ChunkPlainRange(ok)
			got := make([]byte, on)
			if _, err := r.ReadAt(got, oo); err != nil && err != io.EOF || !bytes.Equal(got, plain[oo:oo+on]) {
				t.Fatalf("good chunk %d unreadable after chunk %d was damaged: %v", ok, i, err)
			}
		}
	})
	t.Run("chunks swapped", func(t *testing.T) {
		t.Parallel()
		bad := bytes.Clone(ct)
		o1, n1 := cr(1)
		o2, n2 := cr(2)
		c1 := bytes.Clone(bad[o1 : o1+n1])
		copy(bad[o1:o1+n1], bad[o2:o2+n2])
		copy(bad[o2:o2+n2], c1)
		r, err := Open(bytes.NewReader(bad), int64(len(bad)), key)
		if err != nil {
			t.Fatal(err)
		}
		_, err = readAllAt(r)
		wantChunkError(t, err, 1)
	})
	t.Run("chunk from another file with the same key", func(t *testing.T) {
		t.Parallel()
		bad := bytes.Clone(ct)
		o, n := cr(2)
		copy(bad[o:o+n], other[o:o+n])
		r, err := Open(bytes.NewReader(bad), int64(len(bad)), key)
		if err != nil {
			t.Fatal(err)
		}
		_, err = readAllAt(r)
		wantChunkError(t, err, 2)
	})
	t.Run("truncated at a chunk boundary", func(t *testing.T) {
		t.Parallel()
		bad := ct[:3*chunk]
		if _, err := Open(bytes.NewReader(bad), int64(len(bad)), key); !errors.Is(err, ErrSize) {
			t.Fatalf("Open = %v, want ErrSize", err)
		}
		// Even when the caller claims the full size, the missing chunks fail, they are not zeros.
		r, err := Open(bytes.NewReader(bad), int64(len(ct)), key)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := readAllAt(r); !errors.Is(err, ErrSize) {
			t.Fatalf("reading past the cut = %v, want ErrSize", err)
		}
	})
	t.Run("truncated mid-chunk", func(t *testing.T) {
		t.Parallel()
		bad := ct[:len(ct)-7]
		if _, err := Open(bytes.NewReader(bad), int64(len(bad)), key); !errors.Is(err, ErrSize) {
			t.Fatalf("Open = %v, want ErrSize", err)
		}
	})
	t.Run("appended data", func(t *testing.T) {
		t.Parallel()
		bad := append(bytes.Clone(ct), 0)
		if _, err := Open(bytes.NewReader(bad), int64(len(bad)), key); !errors.Is(err, ErrSize) {
			t.Fatalf("Open = %v, want ErrSize", err)
		}
	})
	// The nonce binds the final flag: a middle chunk does not open as the last one, and the last
	// chunk does not open as a middle one, so a cut at a chunk boundary fails even if the
	// length in the header were not authenticated.
	t.Run("final flag bound", func(t *testing.T) {
		t.Parallel()
		fk, err := deriveKeys(key, res.Header.FileID)
		if err != nil {
			t.Fatal(err)
		}
		last := l.Chunks() - 1
		tests := []struct {
			chunk int64
			kind  byte
			ok    bool
		}{{1, nonceChunk, true}, {1, nonceFinalChunk, false}, {last, nonceFinalChunk, true}, {last, nonceChunk, false}}
		for _, tt := range tests {
			o, n := cr(tt.chunk)
			var nonce [12]byte
			putNonce(&nonce, tt.kind, tt.chunk)
			_, err := fk.aead.Open(nil, nonce[:], ct[o:o+n], ct[:HeaderSize])
			if (err == nil) != tt.ok {
				t.Errorf("chunk %d opened with kind %d: err = %v, want ok = %v", tt.chunk, tt.kind, err, tt.ok)
			}
		}
	})
}
