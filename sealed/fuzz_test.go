package sealed

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParseHeader: any input either fails with one of the header errors or parses into a
// header whose fields are in range and whose bytes are the input's first HeaderSize bytes.
func FuzzParseHeader(f *testing.F) {
	for _, name := range []string{"empty.sealed", "short.sealed", "three-chunks.sealed"} {
		b, err := os.ReadFile(filepath.Join(vectorDir, name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b[:HeaderSize])
	}
	f.Add([]byte(Magic))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		h, err := ParseHeader(b)
		if err != nil {
			if !errors.Is(err, ErrNotSealed) && !errors.Is(err, ErrUnsupported) && !errors.Is(err, ErrMalformedHeader) {
				t.Fatalf("unexpected error class: %v", err)
			}
			return
		}
		if h.ChunkSize < MinChunkSize || h.ChunkSize > MaxChunkSize || h.ChunkSize&(h.ChunkSize-1) != 0 ||
			h.PlainSize < 0 || h.PlainSize > MaxPlainSize || h.Version != Version {
			t.Fatalf("parsed an out-of-range header: %+v", h)
		}
		if !bytes.Equal(h.Bytes(), b[:HeaderSize]) {
			t.Fatal("header bytes differ from the input")
		}
		// The layout of any parsed header is consistent.
		if got, err := PlainSize(h.CipherSize(), h.ChunkSize); err != nil || got != h.PlainSize {
			t.Fatalf("PlainSize(CipherSize(%d)) = %d, %v", h.PlainSize, got, err)
		}
	})
}

// FuzzReader: a mutated sealed file either fails to open, fails to read with a sealed error,
// or reads back exactly the original plaintext; it never yields other bytes. off and n drive a
// ReadAt as well as a full read.
func FuzzReader(f *testing.F) {
	key, err := ParseKey(string(mustRead(f, "three-chunks.key")))
	if err != nil {
		f.Fatal(err)
	}
	plain := mustRead(f, "three-chunks.plain")
	ct := mustRead(f, "three-chunks.sealed")
	f.Add(ct, int64(0), int64(len(plain)))
	f.Add(ct, int64(4000), int64(500))
	f.Add(ct[:len(ct)-1], int64(9000), int64(5000))
	short := bytes.Clone(ct)
	short[5000] ^= 1
	f.Add(short, int64(4900), int64(200))
	f.Fuzz(func(t *testing.T, data []byte, off, n int64) {
		r, err := Open(bytes.NewReader(data), int64(len(data)), key)
		if err != nil {
			if !errors.Is(err, ErrNotSealed) && !errors.Is(err, ErrUnsupported) && !errors.Is(err, ErrMalformedHeader) &&
				!errors.Is(err, ErrWrongKey) && !errors.Is(err, ErrCorrupt) && !errors.Is(err, ErrSize) {
				t.Fatalf("Open: unexpected error class: %v", err)
			}
			return
		}
		// It opened, so the header is the original one (same key, same length).
		if r.Size() != int64(len(plain)) {
			t.Fatalf("opened with size %d, want %d", r.Size(), len(plain))
		}
		n = min(max(n, 0), 1<<16)
		buf := make([]byte, n)
		got, err := r.ReadAt(buf, off)
		if err != nil && err != io.EOF && !errors.Is(err, ErrCorrupt) && !(off < 0) {
			t.Fatalf("ReadAt: unexpected error: %v", err)
		}
		if off >= 0 && off < int64(len(plain)) && !bytes.Equal(buf[:got], plain[off:off+int64(got)]) {
			t.Fatal("ReadAt returned bytes that are not the plaintext")
		}
		all, err := io.ReadAll(r)
		if err == nil && !bytes.Equal(all, plain) {
			t.Fatal("a modified file read back different plaintext without an error")
		}
		if err != nil && !bytes.Equal(all, plain[:len(all)]) {
			t.Fatal("bytes before the error are not the plaintext")
		}
	})
}

func mustRead(f *testing.F, name string) []byte {
	f.Helper()
	b, err := os.ReadFile(filepath.Join(vectorDir, name))
	if err != nil {
		f.Fatal(err)
	}
	return b
}

// FuzzLayout: for any geometry, CipherSize and PlainSize are inverse, and the ciphertext range
// PlainRangeToCipher gives covers exactly the chunks that hold the plaintext range.
func FuzzLayout(f *testing.F) {
	f.Add(int64(0), uint8(16), int64(0), int64(1))
	f.Add(int64(1<<20), uint8(16), int64(65451), int64(2))
	f.Add(int64(10_000), uint8(12), int64(4000), int64(5000))
	f.Add(int64(MaxPlainSize), uint8(24), int64(1<<40), int64(1<<30))
	f.Fuzz(func(t *testing.T, plain int64, shift uint8, off, n int64) {
		l, err := NewLayout(plain, 1<<(shift%32))
		if err != nil {
			return
		}
		cs := l.CipherSize()
		if back, err := PlainSize(cs, l.ChunkSize); err != nil || back != plain {
			t.Fatalf("PlainSize(CipherSize(%d)) = %d, %v", plain, back, err)
		}
		if p2, err := PlainSize(cs+1, l.ChunkSize); err == nil && CipherSize(p2, l.ChunkSize) != cs+1 {
			t.Fatalf("PlainSize accepted %d without a plaintext that seals to it", cs+1)
		}
		co, cn := l.PlainRangeToCipher(off, n)
		if co < 0 || cn < 0 || co+cn > cs {
			t.Fatalf("PlainRangeToCipher(%d, %d) = %d, %d outside [0, %d)", off, n, co, cn, cs)
		}
		if cn == 0 {
			return
		}
		if co != HeaderSize && co%int64(l.ChunkSize) != 0 {
			t.Fatalf("range starts at %d, not at a chunk", co)
		}
		a := max(off, 0)
		first, last := l.ChunkOf(a), l.ChunkOf(min(plain, a+n)-1)
		fo, _ := l.ChunkCipherRange(first)
		lo, ln := l.ChunkCipherRange(last)
		if co != fo || co+cn != lo+ln {
			t.Fatalf("range %d+%d, chunks %d..%d span %d..%d", co, cn, first, last, fo, lo+ln)
		}
	})
}
