package sealed

import (
	"bytes"
	"context"
	"crypto/sha1"
	"crypto/sha256"
	"io"
	"math/rand/v2"
	"testing"
	"time"
)

const benchSize = 64 << 20

// singlePassLimit is the baseline Seal is measured against: the same AES-256-GCM sealing,
// plaintext SHA-256 and ciphertext SHA-1 piece hashing over the same bytes, on one goroutine,
// with no pipeline, no reader and no writer.
func singlePassLimit(fk *fileKeys, l Layout, pieceLen int64, plain, out []byte, hdr []byte) {
	h := sha256.New()
	h.Write(plain)
	var nonce [12]byte
	out = append(out[:0], hdr...)
	for i := range l.Chunks() {
		off, n := l.ChunkPlainRange(i)
		putNonce(&nonce, nonceChunk, i)
		out = fk.aead.Seal(out, nonce[:], plain[off:off+n], hdr)
	}
	for p := int64(0); p < int64(len(out)); p += pieceLen {
		sha1.Sum(out[p:min(p+pieceLen, int64(len(out)))])
	}
	h.Sum(nil)
}

// BenchmarkSeal times Seal (pipelined, all cores) and the single-pass limit on one core,
// interleaved in the same run, and reports both throughputs and their ratio.
func BenchmarkSeal(b *testing.B) {
	plain := randBytes(benchSize, 1)
	key := testKey(1)
	l := Layout{ChunkSize: DefaultChunkSize, PlainSize: benchSize}
	hdr, fk, err := newHeader(key, l, [FileIDSize]byte{})
	if err != nil {
		b.Fatal(err)
	}
	out := make([]byte, 0, l.CipherSize())
	var tSeal, tLimit time.Duration
	b.SetBytes(benchSize)
	b.ResetTimer()
	for b.Loop() {
		t0 := time.Now()
		singlePassLimit(fk, l, DefaultPieceLength, plain, out, hdr.raw[:])
		t1 := time.Now()
		if _, err := Seal(context.Background(), io.Discard, bytes.NewReader(plain), benchSize, key, SealOptions{}); err != nil {
			b.Fatal(err)
		}
		tLimit += t1.Sub(t0)
		tSeal += time.Since(t1)
	}
	n := float64(b.N) * benchSize / 1e6
	b.ReportMetric(n/tSeal.Seconds(), "seal-MB/s")
	b.ReportMetric(n/tLimit.Seconds(), "limit-MB/s")
	b.ReportMetric(tLimit.Seconds()/tSeal.Seconds(), "ratio")
}

// BenchmarkReadAt times random reads through Reader.ReadAt against opening the same chunks
// with the raw AEAD from memory, interleaved in the same run. "aligned" reads one whole chunk's
// plaintext (65520 bytes at a chunk start); "unaligned" reads 64 KiB at a random offset, which
// touches two chunks; "unaligned-1MiB" reads 1 MiB at a random offset.
func BenchmarkReadAt(b *testing.B) {
	plain := randBytes(benchSize, 2)
	key := testKey(2)
	var buf bytes.Buffer
	res, err := Seal(context.Background(), &buf, bytes.NewReader(plain), benchSize, key, SealOptions{})
	if err != nil {
		b.Fatal(err)
	}
	ct := buf.Bytes()
	r, err := Open(bytes.NewReader(ct), int64(len(ct)), key)
	if err != nil {
		b.Fatal(err)
	}
	l := res.Header.Layout
	for _, mode := range []string{"aligned", "unaligned", "unaligned-1MiB"} {
		b.Run(mode, func(b *testing.B) {
			rng := rand.New(rand.NewPCG(3, 3))
			dst := make([]byte, 1<<20)
			raw := make([]byte, 0, DefaultChunkSize)
			var nonce [12]byte
			var tRead, tRaw time.Duration
			var bytesRead, iter int64
			for b.Loop() {
				var off int64
				n := 64 << 10
				if mode == "unaligned-1MiB" {
					n = 1 << 20
				}
				if mode == "aligned" {
					i := 1 + rng.Int64N(l.Chunks()-2)
					off, _ = l.ChunkPlainRange(i)
					n = int(l.restCap())
				} else {
					off = rng.Int64N(benchSize - int64(n))
				}
				readAt := func() {
					if _, err := r.ReadAt(dst[:n], off); err != nil {
						b.Fatal(err)
					}
				}
				rawOpen := func() {
					for i := l.ChunkOf(off); i <= l.ChunkOf(off+int64(n)-1); i++ {
						co, cn := l.ChunkCipherRange(i)
						kind := byte(nonceChunk)
						if i == l.Chunks()-1 {
							kind = nonceFinalChunk
						}
						putNonce(&nonce, kind, i)
						if _, err := r.keys.aead.Open(raw[:0], nonce[:], ct[co:co+cn], r.hdr.raw[:]); err != nil {
							b.Fatal(err)
						}
					}
				}
				// Alternate which runs first, so neither always finds the bytes in cache.
				first, second, tFirst, tSecond := readAt, rawOpen, &tRead, &tRaw
				if iter%2 == 1 {
					first, second, tFirst, tSecond = rawOpen, readAt, &tRaw, &tRead
				}
				iter++
				t0 := time.Now()
				first()
				t1 := time.Now()
				second()
				*tSecond += time.Since(t1)
				*tFirst += t1.Sub(t0)
				bytesRead += int64(n)
			}
			b.ReportMetric(float64(bytesRead)/1e6/tRead.Seconds(), "readat-MB/s")
			b.ReportMetric(float64(bytesRead)/1e6/tRaw.Seconds(), "raw-MB/s")
			b.ReportMetric(tRaw.Seconds()/tRead.Seconds(), "ratio")
		})
	}
}
