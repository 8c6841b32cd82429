package api

import (
	"bufio"
	"context"
	"crypto/rand"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/anacrolix/torrent/metainfo"
	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/sealed"
	"github.com/swarmgate/swarmgate/store"
)

// benchUploadSize is the file size of BenchmarkUpload: 1 GiB, or SWARMGATE_BENCH_UPLOAD_BYTES.
func benchUploadSize(b *testing.B) int64 {
	if v := os.Getenv("SWARMGATE_BENCH_UPLOAD_BYTES"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n <= 0 {
			b.Fatalf("SWARMGATE_BENCH_UPLOAD_BYTES=%q is not a positive number", v)
		}
		return n
	}
	return 1 << 30
}

// patternReader yields size bytes repeating a 1 MiB random block (AES and SHA cost do not
// depend on the bytes, and generating 1 GiB of randomness would dominate the run).
type patternReader struct {
	block []byte
	left  int64
	off   int
}

func newPattern(b *testing.B, size int64) *patternReader {
	block := make([]byte, 1<<20)
	if _, err := rand.Read(block); err != nil {
		b.Fatal(err)
	}
	return &patternReader{block: block, left: size}
}

func (p *patternReader) Read(buf []byte) (int, error) {
	if p.left == 0 {
		return 0, io.EOF
	}
	n := copy(buf[:min(int64(len(buf)), p.left)], p.block[p.off:])
	p.off = (p.off + n) % len(p.block)
	p.left -= int64(n)
	return n, nil
}

// tusSealed uploads size pattern bytes with tus in 64 MiB PATCHes and waits until the upload
// is sealed; it returns the upload id.
func (g *liveGateway) tusSealed(b *testing.B, token string, size int64) string {
	b.Helper()
	id, r := g.tusCreate(b, token, size)
	if id == "" {
		b.Fatalf("create: %d %s", r.StatusCode, r.body)
	}
	src := newPattern(b, size)
	const chunk = 64 << 20
	for off := int64(0); off < size; off += chunk {
		n := min(chunk, size-off)
		req, _ := http.NewRequest("PATCH", g.url+"/v1/tus/"+id, io.LimitReader(src, n))
		req.ContentLength = n
		req.Header.Set("Authorization", "Bearer "+token)
		req.Header.Set("Tus-Resumable", "1.0.0")
		req.Header.Set("Content-Type", "application/offset+octet-stream")
		req.Header.Set("Upload-Offset", strconv.FormatInt(off, 10))
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			b.Fatal(err)
		}
		io.Copy(io.Discard, res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusNoContent {
			b.Fatalf("PATCH at %d: %d", off, res.StatusCode)
		}
	}
	for {
		u, err := g.st.Upload(context.Background(), id)
		if err != nil {
			b.Fatal(err)
		}
		if u.State == store.UploadSealed {
			return id
		}
		if u.State != store.UploadSealing && u.State != store.UploadReceiving {
			b.Fatalf("upload %s: %s", u.State, u.Error)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// BenchmarkUpload measures upload → sealed through the gateway (tus over loopback HTTP in
// 64 MiB PATCHes, then the sealing worker: ciphertext in the content store, torrent, key and
// rows committed) against the same bytes written to disk and sealed with sealed.Seal alone.
// tus-to-seeded goes on: the upload is registered (relayed on a dev chain), indexed, and
// seeded by the gateway's origin (every piece hashed and verified).
func BenchmarkUpload(b *testing.B) {
	size := benchUploadSize(b)
	b.Run("tus-to-seeded", func(b *testing.B) {
		o := newOriginStack(b, storeFor(b), 50*time.Millisecond)
		creator := o.env.Accounts[1].Key
		token := o.signIn(creator)
		b.SetBytes(size)
		b.ResetTimer()
		for b.Loop() {
			id := o.g.tusSealed(b, token, size)
			o.register(token, id, creator)
			o.sync()
			u, err := o.st.Upload(context.Background(), id)
			if err != nil || u.ContentHash == nil {
				b.Fatalf("upload %s: %v", id, err)
			}
			item, err := o.st.ContentByHash(context.Background(), common.BytesToHash(u.ContentHash))
			if err != nil {
				b.Fatal(err)
			}
			o.waitSeeded(b, metainfo.Hash(item.InfoHash), 10*time.Minute)
		}
	})
	b.Run("tus-to-sealed", func(b *testing.B) {
		st := storeFor(b)
		g := startGateway(b, st, func(c *Config, _ *Deps) {
			c.MaxUploadBytes, c.MaxMultipartBytes, c.SealWorkers = size, min(size, 1<<20), 1
		}, nil)
		token := session(b, st, "alice", time.Now().Add(time.Hour))
		b.SetBytes(size)
		b.ResetTimer()
		for b.Loop() {
			g.tusSealed(b, token, size)
			b.StopTimer()
			os.RemoveAll(g.cfg.contentDir()) // keep the disk from filling over iterations
			os.MkdirAll(filepath.Join(g.cfg.contentDir(), ".sealing"), 0o700)
			st.SQL().Exec("DELETE FROM content_keys")
			st.SQL().Exec("DELETE FROM content_items")
			b.StartTimer()
		}
	})
	b.Run("write-and-seal-baseline", func(b *testing.B) {
		dir := b.TempDir()
		b.SetBytes(size)
		for b.Loop() {
			plain := filepath.Join(dir, "plain")
			f, err := os.Create(plain)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := io.Copy(f, newPattern(b, size)); err != nil {
				b.Fatal(err)
			}
			if err := f.Sync(); err != nil {
				b.Fatal(err)
			}
			if _, err := f.Seek(0, io.SeekStart); err != nil {
				b.Fatal(err)
			}
			out, err := os.Create(filepath.Join(dir, "cipher"))
			if err != nil {
				b.Fatal(err)
			}
			key, _ := sealed.GenerateKey()
			w := bufio.NewWriterSize(out, 1<<20)
			if _, err := sealed.Seal(context.Background(), w, f, size, key, sealed.SealOptions{}); err != nil {
				b.Fatal(err)
			}
			if err := w.Flush(); err != nil {
				b.Fatal(err)
			}
			if err := out.Sync(); err != nil {
				b.Fatal(err)
			}
			out.Close()
			f.Close()
		}
	})
}
