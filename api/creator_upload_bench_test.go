package api

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/swarmgate/swarmgate/gwclient"
	"github.com/swarmgate/swarmgate/store"
)

// benchCreatorUploadSize is the file size of BenchmarkCreatorUpload: 256 MiB, or
// SWARMGATE_BENCH_CREATOR_UPLOAD_BYTES.
func benchCreatorUploadSize(b *testing.B) int64 {
	if v := os.Getenv("SWARMGATE_BENCH_CREATOR_UPLOAD_BYTES"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n <= 0 {
			b.Fatalf("SWARMGATE_BENCH_CREATOR_UPLOAD_BYTES=%q is not a positive number", v)
		}
		return n
	}
	return 256 << 20
}

// waitSealedAndClear waits (untimed) until upload id is sealed, then removes the ciphertext and
// the content rows, so the next iteration starts from the same state and no sealing runs
// during the timed part.
func (g *liveGateway) waitSealedAndClear(b *testing.B, id string) {
	b.Helper()
	b.StopTimer()
	defer b.StartTimer()
	for {
		u, err := g.st.Upload(context.Background(), id)
		if err != nil {
			b.Fatal(err)
		}
		if u.State == store.UploadSealed {
			break
		}
		if u.State != store.UploadSealing && u.State != store.UploadReceiving {
			b.Fatalf("upload %s: %s", u.State, u.Error)
		}
		time.Sleep(5 * time.Millisecond)
	}
	os.RemoveAll(g.cfg.contentDir())
	os.MkdirAll(filepath.Join(g.cfg.contentDir(), ".sealing"), 0o700)
	g.st.SQL().Exec("DELETE FROM content_keys")
	g.st.SQL().Exec("DELETE FROM content_items")
}

// BenchmarkCreatorUpload measures a creator's upload of a 256 MiB file from disk to an
// in-process gateway on loopback, until the gateway holds every byte (its answer to the last
// request; sealing, which starts then, is waited for outside the timer): through gwclient's
// resumable tus client (go-tus, the CLI's client) in the CLI's default 4 MiB chunks and in
// 64 MiB chunks, against the baseline a user without the CLI would write: one multipart
// POST /v1/uploads with net/http, Content-Length set, the file streamed from disk. The
// gateway's multipart limit (64 MiB by default) is raised to the file size for the baseline.
//
//	go test -run '^$' -bench BenchmarkCreatorUpload -benchtime 3x -count 3 ./api/
func BenchmarkCreatorUpload(b *testing.B) {
	size := benchCreatorUploadSize(b)
	st := storeFor(b)
	g := startGateway(b, st, func(c *Config, _ *Deps) {
		c.MaxUploadBytes, c.MaxMultipartBytes, c.SealWorkers = size, size, 1
		c.RateIP, c.BurstIP, c.RateSession, c.BurstSession = 0, 0, 0, 0
	}, nil)
	token := session(b, st, "alice", time.Now().Add(24*time.Hour))
	file := filepath.Join(b.TempDir(), "movie.mkv")
	f, err := os.Create(file)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := io.Copy(f, newPattern(b, size)); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}

	tusRun := func(chunk int64) func(b *testing.B) {
		return func(b *testing.B) {
			gw := gwclient.New(g.url, nil)
			gw.SetToken(token)
			state := gwclient.OpenState(filepath.Join(b.TempDir(), "uploads.json"))
			b.SetBytes(size)
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				f, err := os.Open(file)
				if err != nil {
					b.Fatal(err)
				}
				res, err := gw.TusUpload(context.Background(), gwclient.TusOptions{File: f, Size: size, State: state,
					Metadata:    map[string]string{"filename": "movie.mkv", "title": "A movie"},
					Fingerprint: fmt.Sprintf("bench-%d-%d-%d", chunk, i, time.Now().UnixNano()), ChunkSize: chunk})
				f.Close()
				if err != nil {
					b.Fatal(err)
				}
				g.waitSealedAndClear(b, res.ID)
			}
		}
	}
	b.Run("gwclient_tus_4MiB_chunks", tusRun(gwclient.DefaultChunkSize))
	b.Run("gwclient_tus_64MiB_chunks", tusRun(64<<20))

	// What the disk adds: the file copied into the gateway's upload directory, with and without
	// an fsync (the multipart handler syncs the file before it answers; tusd's file store does
	// not sync a PATCH).
	for _, sync := range []bool{false, true} {
		b.Run(fmt.Sprintf("reference_copy_to_upload_dir_fsync=%v", sync), func(b *testing.B) {
			b.SetBytes(size)
			for b.Loop() {
				src, err := os.Open(file)
				if err != nil {
					b.Fatal(err)
				}
				dst, err := os.Create(filepath.Join(g.cfg.uploadDir(), "reference-copy"))
				if err != nil {
					b.Fatal(err)
				}
				if _, err := io.Copy(dst, src); err != nil {
					b.Fatal(err)
				}
				if sync {
					if err := dst.Sync(); err != nil {
						b.Fatal(err)
					}
				}
				src.Close()
				dst.Close()
				b.StopTimer()
				os.Remove(dst.Name())
				b.StartTimer()
			}
		})
	}

	b.Run("multipart_post_baseline", func(b *testing.B) {
		b.SetBytes(size)
		for b.Loop() {
			var head, tail bytes.Buffer
			mw := multipart.NewWriter(&head)
			if err := mw.WriteField("title", "A movie"); err != nil {
				b.Fatal(err)
			}
			if _, err := mw.CreateFormFile("file", "movie.mkv"); err != nil {
				b.Fatal(err)
			}
			// The closing boundary (CRLF, --boundary--), from a writer with the same boundary.
			tw := multipart.NewWriter(&tail)
			if err := tw.SetBoundary(mw.Boundary()); err != nil {
				b.Fatal(err)
			}
			if err := tw.Close(); err != nil {
				b.Fatal(err)
			}
			f, err := os.Open(file)
			if err != nil {
				b.Fatal(err)
			}
			req, err := http.NewRequest("POST", g.url+"/v1/uploads", io.MultiReader(&head, f, &tail))
			if err != nil {
				b.Fatal(err)
			}
			req.ContentLength = int64(head.Len()) + size + int64(tail.Len())
			req.Header.Set("Content-Type", mw.FormDataContentType())
			req.Header.Set("Authorization", "Bearer "+token)
			res, err := http.DefaultClient.Do(req)
			f.Close()
			if err != nil {
				b.Fatal(err)
			}
			body, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if res.StatusCode != http.StatusAccepted {
				b.Fatalf("POST /v1/uploads: %d %s", res.StatusCode, body)
			}
			var out struct {
				ID   string `json:"id"`
				Size int64  `json:"size"`
			}
			if err := json.Unmarshal(body, &out); err != nil || out.ID == "" {
				b.Fatalf("POST /v1/uploads answered %s (%v)", body, err)
			}
			g.waitSealedAndClear(b, out.ID)
		}
	})
}
