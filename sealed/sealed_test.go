package sealed

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

// testKey returns a fixed key derived from seed.
func testKey(seed byte) Key {
	var k Key
	for i := range k {
		k[i] = seed + byte(i)
	}
	return k
}

// randBytes returns n pseudo-random bytes from a seeded generator.
func randBytes(n int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// sealBytes seals plain and returns the ciphertext and the result.
func sealBytes(t testing.TB, plain []byte, key Key, opts SealOptions) ([]byte, *Result) {
	t.Helper()
	var buf bytes.Buffer
	res, err := Seal(context.Background(), &buf, bytes.NewReader(plain), int64(len(plain)), key, opts)
	if err != nil {
		t.Fatalf("Seal(%d bytes): %v", len(plain), err)
	}
	return buf.Bytes(), res
}

func TestLayoutInverse(t *testing.T) {
	t.Parallel()
	for _, chunk := range []int{MinChunkSize, DefaultChunkSize, 1 << 20} {
		l := Layout{ChunkSize: chunk}
		sizes := []int64{0, 1, l.firstCap() - 1, l.firstCap(), l.firstCap() + 1,
			l.firstCap() + l.restCap(), l.firstCap() + l.restCap() + 1, 10*int64(chunk) + 7, MaxPlainSize}
		for _, plain := range sizes {
			t.Run(fmt.Sprintf("chunk%d/plain%d", chunk, plain), func(t *testing.T) {
				l := Layout{ChunkSize: chunk, PlainSize: plain}
				cs := CipherSize(plain, chunk)
				if cs != l.CipherSize() {
					t.Fatalf("CipherSize = %d, Layout.CipherSize = %d", cs, l.CipherSize())
				}
				back, err := PlainSize(cs, chunk)
				if err != nil || back != plain {
					t.Fatalf("PlainSize(%d) = %d, %v; want %d", cs, back, err, plain)
				}
				// Every chunk but the last is full, starts where the previous ended, and its
				// ciphertext ends on a multiple of the chunk size.
				n := l.Chunks()
				var next int64
				for _, i := range []int64{0, 1, n - 2, n - 1} {
					if i < 0 || i >= n {
						continue
					}
					off, pn := l.ChunkPlainRange(i)
					if i == 0 && off != 0 || i == 1 && off != l.firstCap() {
						t.Fatalf("chunk %d starts at plaintext %d", i, off)
					}
					if l.ChunkOf(off) != i && pn > 0 {
						t.Fatalf("ChunkOf(%d) = %d, want %d", off, l.ChunkOf(off), i)
					}
					co, cn := l.ChunkCipherRange(i)
					if i < n-1 && (co+cn)%int64(chunk) != 0 {
						t.Fatalf("chunk %d ciphertext ends at %d, not on a chunk boundary", i, co+cn)
					}
					if i == n-1 && co+cn != cs {
						t.Fatalf("last chunk ends at %d, ciphertext is %d", co+cn, cs)
					}
					if i > 0 && pn == 0 {
						t.Fatalf("chunk %d is empty", i)
					}
					next = off + pn
				}
				if next != plain {
					t.Fatalf("chunks end at %d, plaintext is %d", next, plain)
				}
			})
		}
	}
}

func TestPlainSizeRejectsImpossibleSizes(t *testing.T) {
	t.Parallel()
	for _, cs := range []int64{0, HeaderSize + TagSize - 1, DefaultChunkSize + 1, DefaultChunkSize + TagSize} {
		if _, err := PlainSize(cs, DefaultChunkSize); !errors.Is(err, ErrSize) {
			t.Errorf("PlainSize(%d) error = %v, want ErrSize", cs, err)
		}
	}
	if _, err := PlainSize(1000, 3000); !errors.Is(err, ErrInvalidOptions) {
		t.Errorf("PlainSize with chunk 3000: %v, want ErrInvalidOptions", err)
	}
	if got := CipherSize(-1, 0); got != -1 {
		t.Errorf("CipherSize(-1) = %d, want -1", got)
	}
}

func TestPlainRangeMapping(t *testing.T) {
	t.Parallel()
	l := Layout{ChunkSize: DefaultChunkSize, PlainSize: 1 << 20}
	piece := int64(256 << 10)
	tests := []struct {
		name             string
		off, n           int64
		wantOff, wantN   int64
		wantFirst, wantE int
	}{
		{"first byte", 0, 1, HeaderSize, l.firstCap() + TagSize, 0, 1},
		{"last byte of chunk 0", l.firstCap() - 1, 1, HeaderSize, l.firstCap() + TagSize, 0, 1},
		{"first byte of chunk 1", l.firstCap(), 1, DefaultChunkSize, DefaultChunkSize, 0, 1},
		{"chunks 3 and 4 cross piece 0/1", l.firstCap() + 2*l.restCap() + 5, l.restCap(), 3 * DefaultChunkSize, 2 * DefaultChunkSize, 0, 2},
		{"empty", 100, 0, 0, 0, 0, 0},
		{"past the end", 2 << 20, 10, 0, 0, 0, 0},
		{"clipped at the end", (1 << 20) - 10, 100, 16 * DefaultChunkSize, l.CipherSize() - 16*DefaultChunkSize, 4, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			off, n := l.PlainRangeToCipher(tt.off, tt.n)
			if off != tt.wantOff || n != tt.wantN {
				t.Errorf("PlainRangeToCipher(%d, %d) = %d, %d; want %d, %d", tt.off, tt.n, off, n, tt.wantOff, tt.wantN)
			}
			f, e := l.PlainRangeToPieces(tt.off, tt.n, piece)
			if f != tt.wantFirst || e != tt.wantE {
				t.Errorf("PlainRangeToPieces(%d, %d) = %d, %d; want %d, %d", tt.off, tt.n, f, e, tt.wantFirst, tt.wantE)
			}
		})
	}
}

func TestRoundTrip(t *testing.T) {
	t.Parallel()
	key := testKey(1)
	l := Layout{ChunkSize: DefaultChunkSize}
	sizes := []int{0, 1, int(l.firstCap()) - 1, int(l.firstCap()), int(l.firstCap()) + 1,
		int(l.firstCap() + l.restCap()), DefaultChunkSize - 1, DefaultChunkSize, DefaultChunkSize + 1,
		5<<20 + 3}
	r := rand.New(rand.NewPCG(7, 7))
	for range 4 {
		sizes = append(sizes, r.IntN(3<<20))
	}
	for _, chunk := range []int{MinChunkSize, DefaultChunkSize} {
		for _, size := range sizes {
			t.Run(fmt.Sprintf("chunk%d/size%d", chunk, size), func(t *testing.T) {
				t.Parallel()
				plain := randBytes(size, uint64(size))
				ct, res := sealBytes(t, plain, key, SealOptions{ChunkSize: chunk})
				if int64(len(ct)) != res.CipherSize || res.CipherSize != CipherSize(int64(size), chunk) {
					t.Fatalf("ciphertext %d bytes, Result.CipherSize %d, CipherSize() %d", len(ct), res.CipherSize, CipherSize(int64(size), chunk))
				}
				if res.ContentHash != sha256.Sum256(plain) {
					t.Fatal("ContentHash is not the plaintext's SHA-256")
				}
				if !bytes.Equal(res.KeyCommitment[:], crypto.Keccak256(key[:])) {
					t.Fatal("KeyCommitment is not keccak256(key)")
				}
				if res.Info.Length != res.CipherSize || res.Info.Name != res.Header.Name() || res.InfoHash != res.MetaInfo.HashInfoBytes() {
					t.Fatalf("torrent info inconsistent: %+v", res.Info)
				}
				if size > 0 && bytes.Contains(ct, plain[:min(size, 64)]) && size >= 16 {
					t.Fatal("ciphertext contains plaintext")
				}
				rd, err := Open(bytes.NewReader(ct), int64(len(ct)), key)
				if err != nil {
					t.Fatal(err)
				}
				if rd.Size() != int64(size) {
					t.Fatalf("Size = %d, want %d", rd.Size(), size)
				}
				got, err := io.ReadAll(rd)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got, plain) {
					t.Fatal("ReadAll differs from the plaintext")
				}
				for range 50 {
					off := r2(size + 10)
					n := r2(3 * chunk)
					buf := make([]byte, n)
					got, err := rd.ReadAt(buf, int64(off))
					wantN := max(0, min(n, size-off))
					if got != wantN {
						t.Fatalf("ReadAt(%d bytes at %d) = %d, %v; want %d", n, off, got, err, wantN)
					}
					if wantN < n && err != io.EOF {
						t.Fatalf("ReadAt(%d at %d) short read error = %v, want io.EOF", n, off, err)
					}
					if wantN == n && err != nil {
						t.Fatalf("ReadAt(%d at %d): %v", n, off, err)
					}
					if !bytes.Equal(buf[:got], plain[min(off, size):min(off, size)+got]) {
						t.Fatalf("ReadAt(%d at %d) returned wrong bytes", n, off)
					}
				}
			})
		}
	}
}

// r2 returns a random int in [0, n).
func r2(n int) int {
	if n <= 0 {
		return 0
	}
	return rand.IntN(n)
}

func TestSeekAndSmallReads(t *testing.T) {
	t.Parallel()
	plain := randBytes(300_000, 3)
	key := testKey(2)
	ct, _ := sealBytes(t, plain, key, SealOptions{})
	rd, err := Open(bytes.NewReader(ct), int64(len(ct)), key)
	if err != nil {
		t.Fatal(err)
	}
	// Reads of an odd small size across chunk boundaries, through the chunk cache.
	var got []byte
	buf := make([]byte, 1000)
	for {
		n, err := rd.Read(buf)
		got = append(got, buf[:n]...)
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(got, plain) {
		t.Fatal("small reads differ from the plaintext")
	}
	tests := []struct {
		name   string
		off    int64
		whence int
		want   int64
	}{
		{"start", 70_000, io.SeekStart, 70_000},
		{"current", -10, io.SeekCurrent, 69_995},
		{"end", -10, io.SeekEnd, 299_990},
	}
	for _, tt := range tests {
		pos, err := rd.Seek(tt.off, tt.whence)
		if err != nil || pos != tt.want {
			t.Fatalf("%s: Seek = %d, %v; want %d", tt.name, pos, err, tt.want)
		}
		n, err := io.ReadFull(rd, buf[:5])
		if err != nil || !bytes.Equal(buf[:n], plain[pos:pos+5]) {
			t.Fatalf("%s: read after seek: %v", tt.name, err)
		}
	}
	if _, err := rd.Seek(-1, io.SeekStart); err == nil {
		t.Error("Seek to -1 succeeded")
	}
	if _, err := rd.Seek(0, 7); err == nil {
		t.Error("Seek with whence 7 succeeded")
	}
	if pos, err := rd.Seek(10, io.SeekEnd); err != nil || pos != 300_010 {
		t.Fatalf("Seek past the end = %d, %v", pos, err)
	}
	if n, err := rd.Read(buf); n != 0 || err != io.EOF {
		t.Fatalf("Read past the end = %d, %v; want 0, EOF", n, err)
	}
	if _, err := rd.ReadAt(buf, -1); err == nil {
		t.Error("ReadAt at -1 succeeded")
	}
}

func TestConcurrentReadAt(t *testing.T) {
	t.Parallel()
	plain := randBytes(2<<20, 9)
	key := testKey(3)
	ct, _ := sealBytes(t, plain, key, SealOptions{})
	rd, err := Open(bytes.NewReader(ct), int64(len(ct)), key)
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 8)
	for g := range 8 {
		go func() {
			r := rand.New(rand.NewPCG(uint64(g), 1))
			for range 200 {
				off := r.IntN(len(plain))
				buf := make([]byte, r.IntN(200_000))
				n, err := rd.ReadAt(buf, int64(off))
				if err != nil && err != io.EOF {
					errs <- err
					return
				}
				if !bytes.Equal(buf[:n], plain[off:off+n]) {
					errs <- fmt.Errorf("goroutine %d: wrong bytes at %d", g, off)
					return
				}
			}
			errs <- nil
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
}

func TestOpenErrors(t *testing.T) {
	t.Parallel()
	key := testKey(4)
	ct, _ := sealBytes(t, randBytes(1000, 4), key, SealOptions{})
	tests := []struct {
		name string
		data []byte
		size int64
		key  Key
		want error
	}{
		{"wrong key", ct, int64(len(ct)), testKey(5), ErrWrongKey},
		{"empty input", nil, 0, key, ErrNotSealed},
		{"not sealed", bytes.Repeat([]byte("x"), 200), 200, key, ErrNotSealed},
		{"header cut short", ct[:40], 40, key, ErrMalformedHeader},
		{"wrong size given", ct, int64(len(ct)) + 1, key, ErrSize},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := Open(bytes.NewReader(tt.data), tt.size, tt.key)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Open: %v, want %v", err, tt.want)
			}
		})
	}
}

func TestParseHeaderErrors(t *testing.T) {
	t.Parallel()
	ct, _ := sealBytes(t, nil, testKey(6), SealOptions{})
	hdr := ct[:HeaderSize]
	mod := func(i int, v byte) []byte { b := bytes.Clone(hdr); b[i] = v; return b }
	tests := []struct {
		name string
		b    []byte
		want error
	}{
		{"bad magic", mod(0, 'X'), ErrNotSealed},
		{"version 2", mod(8, 2), ErrUnsupported},
		{"algorithm 9", mod(9, 9), ErrUnsupported},
		{"chunk size 2^11", mod(10, 11), ErrMalformedHeader},
		{"chunk size 2^25", mod(10, 25), ErrMalformedHeader},
		{"flags", mod(11, 1), ErrMalformedHeader},
		{"plaintext too long", mod(12, 0xff), ErrMalformedHeader},
		{"short", hdr[:50], ErrMalformedHeader},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if _, err := ParseHeader(tt.b); !errors.Is(err, tt.want) {
				t.Fatalf("ParseHeader: %v, want %v", err, tt.want)
			}
		})
	}
	h, err := ParseHeader(hdr)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(h.Bytes(), hdr) || h.ChunkSize != DefaultChunkSize || h.PlainSize != 0 {
		t.Fatalf("ParseHeader gave %+v", h)
	}
}

func TestKeys(t *testing.T) {
	t.Parallel()
	k, err := GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	k2, _ := GenerateKey()
	if k == k2 || k == (Key{}) {
		t.Fatal("GenerateKey returned a repeated or zero key")
	}
	for _, s := range []string{k.Hex(), "0x" + k.Hex(), "  " + k.Hex() + "\n"} {
		got, err := ParseKey(s)
		if err != nil || got != k {
			t.Fatalf("ParseKey(%q) = %v", s, err)
		}
	}
	for _, s := range []string{"", "abc", k.Hex()[:62] + "zz", k.Hex() + "00"} {
		if _, err := ParseKey(s); !errors.Is(err, ErrInvalidKey) {
			t.Errorf("ParseKey(%q) = %v, want ErrInvalidKey", s, err)
		}
	}
	for _, s := range []string{fmt.Sprint(k), fmt.Sprintf("%v %s %#v", k, k, k)} {
		if bytes.Contains([]byte(s), []byte(k.Hex()[:16])) {
			t.Fatalf("formatting a key leaked it: %s", s)
		}
	}
	c := k.Commitment()
	if !bytes.Equal(c[:], crypto.Keccak256(k[:])) {
		t.Fatal("Commitment is not keccak256")
	}
}

// TestSealedFilesDiffer: two seals of the same plaintext with the same key share nothing, so
// nonces never repeat across files.
func TestSealedFilesDiffer(t *testing.T) {
	t.Parallel()
	plain := randBytes(100_000, 5)
	a, ra := sealBytes(t, plain, testKey(7), SealOptions{})
	b, rb := sealBytes(t, plain, testKey(7), SealOptions{})
	if ra.Header.FileID == rb.Header.FileID || ra.InfoHash == rb.InfoHash || ra.Info.Name == rb.Info.Name {
		t.Fatal("two seals share a file id, info hash or name")
	}
	if bytes.Equal(a[HeaderSize:HeaderSize+64], b[HeaderSize:HeaderSize+64]) {
		t.Fatal("two seals of the same plaintext give the same ciphertext")
	}
	if ra.ContentHash != rb.ContentHash {
		t.Fatal("content hash depends on the seal")
	}
}
