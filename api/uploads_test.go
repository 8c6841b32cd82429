package api

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/swarmgate/swarmgate/sealed"
	"github.com/swarmgate/swarmgate/store"
	"github.com/swarmgate/swarmgate/store/keyring"
	"github.com/swarmgate/swarmgate/store/storetest"
)

// liveGateway is a gateway serving on loopback with its background work running.
type liveGateway struct {
	s    *Server
	st   *store.Store
	url  string
	cfg  Config
	stop func()
}

// freeAddr reserves a loopback port for a gateway whose public URL must name it.
func freeAddr(t testing.TB) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	_ = ln.Close()
	return addr
}

// startGateway runs a gateway with a keyring on st; mutate changes the config and deps, and
// before (if set) runs on the built server before Run.
func startGateway(t testing.TB, st *store.Store, mutate func(*Config, *Deps), before func(*Server)) *liveGateway {
	t.Helper()
	keys, err := keyring.Parse([]byte(testMasterKey))
	if err != nil {
		t.Fatal(err)
	}
	addr := freeAddr(t)
	var cfg Config
	s := newServer(t, st, func(c *Config, d *Deps) {
		c.Listen, c.PublicURL = addr, "http://"+addr
		d.Keys = keys
		if mutate != nil {
			mutate(c, d)
		}
		cfg = *c
	})
	if before != nil {
		before(s)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	select {
	case <-s.Ready():
	case err := <-done:
		t.Fatalf("gateway did not start: %v", err)
	}
	var once sync.Once
	stop := func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("gateway Run: %v", err)
			}
		})
	}
	t.Cleanup(stop)
	return &liveGateway{s: s, st: st, url: "http://" + addr, cfg: cfg, stop: stop}
}

// req sends a request to the live gateway; header pairs follow the body.
func (g *liveGateway) req(t testing.TB, method, path string, body io.Reader, header ...string) resp {
	t.Helper()
	r, err := http.NewRequest(method, g.url+path, body)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		r.Header.Set(header[i], header[i+1])
	}
	res, err := http.DefaultClient.Do(r)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return resp{res, b}
}

func randomBytes(t testing.TB, n int) []byte {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return b
}

// multipartBody is an upload form: a title, then data as part field with file name name.
func multipartBody(t testing.TB, field, name string, data []byte) (*bytes.Buffer, string) {
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	if err := w.WriteField("title", "Test video"); err != nil {
		t.Fatal(err)
	}
	fw, err := w.CreateFormFile(field, name)
	if err != nil {
		t.Fatal(err)
	}
	fw.Write(data)
	w.Close()
	return &buf, w.FormDataContentType()
}

// waitUpload polls the upload until it reaches a final state or sealed.
func (g *liveGateway) waitUpload(t testing.TB, token, id string) uploadJSON {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		r := g.req(t, "GET", "/v1/uploads/"+id, nil, "Authorization", "Bearer "+token)
		if r.StatusCode != http.StatusOK {
			t.Fatalf("GET upload: %d %s", r.StatusCode, r.body)
		}
		var u uploadJSON
		if err := json.Unmarshal(r.body, &u); err != nil {
			t.Fatal(err)
		}
		if u.State != store.UploadReceiving && u.State != store.UploadSealing {
			return u
		}
		if time.Now().After(deadline) {
			t.Fatalf("upload %s still %s", id, u.State)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// checkSealed checks everything a sealed upload leaves: the content row, the key (whose
// commitment matches), the ciphertext in ContentDir/<info hash>/<name> that opens to data, and
// no plaintext left in the upload directory.
func (g *liveGateway) checkSealed(t *testing.T, u uploadJSON, data []byte) {
	t.Helper()
	sum := sha256.Sum256(data)
	if u.State != store.UploadSealed || u.ContentHash != "0x"+hex.EncodeToString(sum[:]) || u.BytesSealed != int64(len(data)) || u.BytesReceived != int64(len(data)) {
		t.Fatalf("sealed upload %+v; want content hash of the file %x", u, sum)
	}
	ctx := context.Background()
	item, err := g.st.ContentByHash(ctx, common.Hash(sum))
	if err != nil || hex.EncodeToString(item.InfoHash) != u.InfoHash || item.UploadID == nil || *item.UploadID != u.ID {
		t.Fatalf("content row %+v, %v", item, err)
	}
	key, err := g.st.ContentKey(ctx, g.s.deps.Keys, common.Hash(sum))
	if err != nil || crypto.Keccak256Hash(key) != common.BytesToHash(item.KeyCommitment) {
		t.Fatalf("content key: %v", err)
	}
	dir := filepath.Join(g.cfg.contentDir(), u.InfoHash)
	ents, err := os.ReadDir(dir)
	if err != nil || len(ents) != 1 {
		t.Fatalf("content dir %s: %v %v", dir, ents, err)
	}
	f, err := os.Open(filepath.Join(dir, ents[0].Name()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fi, _ := f.Stat()
	var k sealed.Key
	copy(k[:], key)
	rd, err := sealed.Open(f, fi.Size(), k)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := io.ReadAll(rd)
	if err != nil || !bytes.Equal(plain, data) {
		t.Fatalf("ciphertext does not open to the upload: %v", err)
	}
	if _, err := os.Stat(filepath.Join(g.cfg.uploadDir(), u.ID)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("plaintext still in the upload directory: %v", err)
	}
}

// checkNothingStored checks that a failed or cancelled upload left nothing behind.
func (g *liveGateway) checkNothingStored(t *testing.T, id string) {
	t.Helper()
	var n int64
	if err := g.st.SQL().QueryRow("SELECT COUNT(*) FROM content_items").Scan(&n); err != nil || n != 0 {
		t.Errorf("content rows: %d %v", n, err)
	}
	if err := g.st.SQL().QueryRow("SELECT COUNT(*) FROM content_keys").Scan(&n); err != nil || n != 0 {
		t.Errorf("content keys: %d %v", n, err)
	}
	for _, dir := range []string{g.cfg.contentDir(), filepath.Join(g.cfg.contentDir(), ".sealing")} {
		ents, _ := os.ReadDir(dir)
		for _, e := range ents {
			if e.Name() != ".sealing" {
				t.Errorf("left in %s: %s", dir, e.Name())
			}
		}
	}
	for _, suffix := range []string{"", ".info"} {
		if _, err := os.Stat(filepath.Join(g.cfg.uploadDir(), id+suffix)); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("upload file %s%s left: %v", id, suffix, err)
		}
	}
}

func TestMultipartUpload(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, st *store.Store) {
		g := startGateway(t, st, func(c *Config, _ *Deps) { c.MaxMultipartBytes = 256 << 10 }, nil)
		token := session(t, st, "alice", time.Now().Add(time.Hour))
		if _, err := st.CreateSession(context.Background(), store.HashToken("tok_bob_0123456789abcdef"), bob, time.Now().Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		data := randomBytes(t, 200<<10)
		body, ct := multipartBody(t, "file", `C:\videos\clip "one".mp4`, data)
		r := g.req(t, "POST", "/v1/uploads", body, "Authorization", "Bearer "+token, "Content-Type", ct)
		if r.StatusCode != http.StatusAccepted {
			t.Fatalf("POST /v1/uploads: %d %s", r.StatusCode, r.body)
		}
		var u uploadJSON
		r.decode(t, &u)
		if r.Header.Get("Location") != "/v1/uploads/"+u.ID || u.Size != int64(len(data)) || u.Filename != `clip "one".mp4` {
			t.Fatalf("created %+v, Location %q", u, r.Header.Get("Location"))
		}
		u = g.waitUpload(t, token, u.ID)
		g.checkSealed(t, u, data)

		// Only the creator sees it; the list shows it.
		if r := g.req(t, "GET", "/v1/uploads/"+u.ID, nil, "Authorization", "Bearer tok_bob_0123456789abcdef"); r.StatusCode != 404 || r.problem(t).Code != "not_found" {
			t.Errorf("another creator's GET: %d %s", r.StatusCode, r.body)
		}
		r = g.req(t, "GET", "/v1/uploads", nil, "Authorization", "Bearer "+token)
		var list struct{ Items []uploadJSON }
		r.decode(t, &list)
		if len(list.Items) != 1 || list.Items[0].ID != u.ID {
			t.Errorf("list: %s", r.body)
		}
		// A sealed upload cannot be cancelled through tus (DELETE /v1/uploads/{id} discards it:
		// TestDiscardSealedUpload).
		if r := g.req(t, "DELETE", "/v1/tus/"+u.ID, nil, "Authorization", "Bearer "+token, "Tus-Resumable", "1.0.0"); r.StatusCode != 409 || r.problem(t).Code != "conflict" {
			t.Errorf("tus DELETE sealed: %d %s", r.StatusCode, r.body)
		}

		bad := []struct {
			name   string
			body   func() (io.Reader, string)
			header []string
			status int
			code   string
		}{
			{"no session", func() (io.Reader, string) { return multipartBody(t, "file", "a", []byte("x")) }, nil, 401, "token_missing"},
			{"over the limit", func() (io.Reader, string) { return multipartBody(t, "file", "a", randomBytes(t, 300<<10)) }, []string{"Authorization", "Bearer " + token}, 413, "upload_too_large"},
			{"over the limit, no length", func() (io.Reader, string) {
				b, ct := multipartBody(t, "file", "a", randomBytes(t, 300<<10))
				return io.MultiReader(b), ct // hides the length: the limit applies while reading
			}, []string{"Authorization", "Bearer " + token}, 413, "upload_too_large"},
			{"wrong part", func() (io.Reader, string) { return multipartBody(t, "video", "a", []byte("x")) }, []string{"Authorization", "Bearer " + token}, 422, "invalid_upload"},
			{"empty file", func() (io.Reader, string) { return multipartBody(t, "file", "a", nil) }, []string{"Authorization", "Bearer " + token}, 400, "invalid_parameter"},
			{"not multipart", func() (io.Reader, string) { return strings.NewReader("hello"), "text/plain" }, []string{"Authorization", "Bearer " + token}, 400, "invalid_parameter"},
		}
		for _, b := range bad {
			t.Run(b.name, func(t *testing.T) {
				body, ct := b.body()
				r := g.req(t, "POST", "/v1/uploads", body, append([]string{"Content-Type", ct}, b.header...)...)
				if r.StatusCode != b.status || r.problem(t).Code != b.code {
					t.Fatalf("%d %s, want %d %s", r.StatusCode, r.body, b.status, b.code)
				}
			})
		}
		ents, _ := os.ReadDir(g.cfg.uploadDir())
		for _, e := range ents {
			if e.Name() != gatewayIDFile {
				t.Errorf("refused uploads left %s", e.Name())
			}
		}
	})
}

// tusCreate starts a tus upload of size bytes and returns its id.
func (g *liveGateway) tusCreate(t testing.TB, token string, size int64) (string, resp) {
	t.Helper()
	r := g.req(t, "POST", "/v1/tus/", nil, "Authorization", "Bearer "+token, "Tus-Resumable", "1.0.0",
		"Upload-Length", strconv.FormatInt(size, 10), "Upload-Metadata", "filename "+b64("movie.mkv")+",title "+b64("A movie"))
	if r.StatusCode != http.StatusCreated {
		return "", r
	}
	loc := r.Header.Get("Location")
	if !strings.HasPrefix(loc, g.url+"/v1/tus/") {
		t.Fatalf("Location %q", loc)
	}
	return strings.TrimPrefix(loc, g.url+"/v1/tus/"), r
}

func b64(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }

// storeFor is a fresh SQLite store, for tests whose subject is not the database.
func storeFor(t testing.TB) *store.Store { return storetest.Open(t, storetest.Backends[0]) }

func (g *liveGateway) tusPatch(t testing.TB, token, id string, offset int64, body io.Reader) resp {
	return g.req(t, "PATCH", "/v1/tus/"+id, body, "Authorization", "Bearer "+token, "Tus-Resumable", "1.0.0",
		"Content-Type", "application/offset+octet-stream", "Upload-Offset", strconv.FormatInt(offset, 10))
}

func (g *liveGateway) tusOffset(t testing.TB, token, id string) int64 {
	t.Helper()
	r := g.req(t, "HEAD", "/v1/tus/"+id, nil, "Authorization", "Bearer "+token, "Tus-Resumable", "1.0.0")
	if r.StatusCode != http.StatusOK {
		t.Fatalf("HEAD: %d", r.StatusCode)
	}
	n, err := strconv.ParseInt(r.Header.Get("Upload-Offset"), 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// failingReader yields n bytes of data and then fails, like a dropped connection.
type failingReader struct {
	data []byte
	n    int
}

func (f *failingReader) Read(p []byte) (int, error) {
	if f.n <= 0 {
		return 0, errors.New("connection dropped")
	}
	k := copy(p, f.data[:min(len(f.data), f.n)])
	f.data, f.n = f.data[k:], f.n-k
	return k, nil
}

func TestTusUploadResumes(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, st *store.Store) {
		g := startGateway(t, st, func(c *Config, _ *Deps) { c.MaxUploadBytes, c.MaxMultipartBytes = 8<<20, 1<<20 }, nil)
		token := session(t, st, "alice", time.Now().Add(time.Hour))
		data := randomBytes(t, 3<<20)
		id, r := g.tusCreate(t, token, int64(len(data)))
		if id == "" {
			t.Fatalf("create: %d %s", r.StatusCode, r.body)
		}

		// The first PATCH drops after 1 MiB (the client gives up mid-body).
		req, _ := http.NewRequest("PATCH", g.url+"/v1/tus/"+id, &failingReader{data: data, n: 1 << 20})
		req.Header.Set("Authorization", "Bearer "+token)
		req.Header.Set("Tus-Resumable", "1.0.0")
		req.Header.Set("Content-Type", "application/offset+octet-stream")
		req.Header.Set("Upload-Offset", "0")
		req.ContentLength = int64(len(data))
		if res, err := http.DefaultClient.Do(req); err == nil {
			res.Body.Close()
			t.Fatalf("interrupted PATCH succeeded: %d", res.StatusCode)
		}
		// tusd keeps what arrived; the offset becomes visible once the request is wound down.
		var off int64
		deadline := time.Now().Add(10 * time.Second)
		for off = g.tusOffset(t, token, id); off == 0 && time.Now().Before(deadline); off = g.tusOffset(t, token, id) {
			time.Sleep(20 * time.Millisecond)
		}
		if off <= 0 || off > 1<<20 {
			t.Fatalf("offset after the drop: %d", off)
		}
		u := g.waitUploadState(t, token, id, store.UploadReceiving)
		if u.BytesReceived != off {
			t.Errorf("bytes_received %d, offset %d", u.BytesReceived, off)
		}

		// A PATCH at the wrong offset is a conflict and changes nothing.
		if r := g.tusPatch(t, token, id, off+1, bytes.NewReader(data[off+1:])); r.StatusCode != http.StatusConflict {
			t.Fatalf("wrong offset: %d %s", r.StatusCode, r.body)
		}
		if got := g.tusOffset(t, token, id); got != off {
			t.Fatalf("offset moved to %d after a refused PATCH", got)
		}
		// Resume at the right offset.
		if r := g.tusPatch(t, token, id, off, bytes.NewReader(data[off:])); r.StatusCode != http.StatusNoContent {
			t.Fatalf("resume: %d %s", r.StatusCode, r.body)
		}
		u = g.waitUpload(t, token, id)
		g.checkSealed(t, u, data)
		if u.Filename != "movie.mkv" {
			t.Errorf("filename %q", u.Filename)
		}
		// HEAD on a sealed upload reports it complete; PATCH is a conflict.
		if got := g.tusOffset(t, token, id); got != int64(len(data)) {
			t.Errorf("HEAD after sealing: offset %d", got)
		}
		if r := g.tusPatch(t, token, id, int64(len(data)), bytes.NewReader(nil)); r.StatusCode != http.StatusConflict {
			t.Errorf("PATCH after sealing: %d", r.StatusCode)
		}

		// Bad input.
		if _, r := g.tusCreate(t, token, 9<<20); r.StatusCode != http.StatusRequestEntityTooLarge {
			t.Errorf("over the limit: %d %s", r.StatusCode, r.body)
		}
		if _, r := g.tusCreate(t, "no-such-token-0123456789", 10); r.StatusCode != http.StatusUnauthorized || r.problem(t).Code != "token_invalid" {
			t.Errorf("bad token: %d %s", r.StatusCode, r.body)
		}
		if r := g.req(t, "POST", "/v1/tus/", nil, "Tus-Resumable", "1.0.0", "Upload-Length", "10"); r.StatusCode != http.StatusUnauthorized {
			t.Errorf("no session: %d", r.StatusCode)
		}
		if r := g.req(t, "POST", "/v1/tus/", nil, "Authorization", "Bearer "+token, "Tus-Resumable", "1.0.0", "Upload-Defer-Length", "1"); r.StatusCode != http.StatusNotImplemented {
			t.Errorf("deferred length: %d %s", r.StatusCode, r.body)
		}
		unknown := strings.Repeat("ab", 16)
		if r := g.tusPatch(t, token, unknown, 0, strings.NewReader("x")); r.StatusCode != http.StatusNotFound || r.problem(t).Code != "not_found" {
			t.Errorf("unknown upload: %d %s", r.StatusCode, r.body)
		}
		if r := g.req(t, "GET", "/v1/uploads/"+unknown, nil, "Authorization", "Bearer "+token); r.StatusCode != http.StatusNotFound {
			t.Errorf("unknown upload GET: %d", r.StatusCode)
		}
		if r := g.req(t, "GET", "/v1/uploads/nothex", nil, "Authorization", "Bearer "+token); r.StatusCode != http.StatusBadRequest {
			t.Errorf("malformed id: %d", r.StatusCode)
		}
	})
}

// waitUploadState polls until the upload's bytes_received settles in state want.
func (g *liveGateway) waitUploadState(t *testing.T, token, id string, want store.UploadState) uploadJSON {
	t.Helper()
	var u uploadJSON
	for range 100 {
		r := g.req(t, "GET", "/v1/uploads/"+id, nil, "Authorization", "Bearer "+token)
		r.decode(t, &u)
		if u.State == want && u.BytesReceived > 0 {
			return u
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("upload %s: %+v, want %s", id, u, want)
	return u
}

func TestCancelUpload(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, st *store.Store) {
		release := make(chan struct{})
		reached := make(chan string, 1)
		g := startGateway(t, st, nil, func(s *Server) {
			s.sealer.beforeCommit = func(ctx context.Context, id string) {
				reached <- id
				select {
				case <-release:
				case <-ctx.Done():
				}
			}
		})
		token := session(t, st, "alice", time.Now().Add(time.Hour))
		data := randomBytes(t, 1<<20)

		t.Run("while receiving", func(t *testing.T) {
			id, r := g.tusCreate(t, token, int64(len(data)))
			if id == "" {
				t.Fatalf("create: %d %s", r.StatusCode, r.body)
			}
			if r := g.tusPatch(t, token, id, 0, bytes.NewReader(data[:300<<10])); r.StatusCode != http.StatusNoContent {
				t.Fatalf("PATCH: %d %s", r.StatusCode, r.body)
			}
			if r := g.req(t, "DELETE", "/v1/uploads/"+id, nil, "Authorization", "Bearer "+token); r.StatusCode != http.StatusNoContent {
				t.Fatalf("DELETE: %d %s", r.StatusCode, r.body)
			}
			u := g.waitUpload(t, token, id)
			if u.State != store.UploadCancelled {
				t.Fatalf("state %s", u.State)
			}
			if r := g.tusPatch(t, token, id, 300<<10, bytes.NewReader(data[300<<10:])); r.StatusCode != http.StatusNotFound {
				t.Errorf("PATCH after cancel: %d %s", r.StatusCode, r.body)
			}
			g.checkNothingStored(t, id)
		})
		t.Run("while sealing", func(t *testing.T) {
			id, r := g.tusCreate(t, token, int64(len(data)))
			if id == "" {
				t.Fatalf("create: %d %s", r.StatusCode, r.body)
			}
			if r := g.tusPatch(t, token, id, 0, bytes.NewReader(data)); r.StatusCode != http.StatusNoContent {
				t.Fatalf("PATCH: %d %s", r.StatusCode, r.body)
			}
			<-reached // the ciphertext is in the content store, not yet committed
			if r := g.req(t, "DELETE", "/v1/tus/"+id, nil, "Authorization", "Bearer "+token, "Tus-Resumable", "1.0.0"); r.StatusCode != http.StatusNoContent {
				t.Fatalf("DELETE: %d %s", r.StatusCode, r.body)
			}
			u := g.waitUpload(t, token, id)
			if u.State != store.UploadCancelled {
				t.Fatalf("state %s", u.State)
			}
			// The job winds down asynchronously; wait for its files to go.
			deadline := time.Now().Add(5 * time.Second)
			for g.s.sealer.isRunning(id) && time.Now().Before(deadline) {
				time.Sleep(10 * time.Millisecond)
			}
			g.checkNothingStored(t, id)
		})
		close(release)
	})
}

func TestSealQueueFull(t *testing.T) {
	t.Parallel()
	st := storeFor(t)
	release := make(chan struct{})
	g := startGateway(t, st, func(c *Config, _ *Deps) { c.SealWorkers, c.SealQueue = 1, 1 }, func(s *Server) {
		s.sealer.beforeCommit = func(ctx context.Context, _ string) {
			select {
			case <-release:
			case <-ctx.Done():
			}
		}
	})
	defer close(release)
	token := session(t, st, "alice", time.Now().Add(time.Hour))
	post := func() resp {
		body, ct := multipartBody(t, "file", "a.bin", randomBytes(t, 10<<10))
		return g.req(t, "POST", "/v1/uploads", body, "Authorization", "Bearer "+token, "Content-Type", ct)
	}
	if r := post(); r.StatusCode != http.StatusAccepted { // taken by the worker
		t.Fatalf("first: %d %s", r.StatusCode, r.body)
	}
	deadline := time.Now().Add(5 * time.Second)
	for g.s.sealer.queued() != 0 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	if r := post(); r.StatusCode != http.StatusAccepted { // waits in the queue
		t.Fatalf("second: %d %s", r.StatusCode, r.body)
	}
	if r := post(); r.StatusCode != http.StatusServiceUnavailable || r.problem(t).Code != "busy" {
		t.Fatalf("third: %d %s", r.StatusCode, r.body)
	}
	if _, r := g.tusCreate(t, token, 10); r.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("tus while full: %d %s", r.StatusCode, r.body)
	}
}

func TestSealingResumesAfterRestart(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		dir := t.TempDir()
		data := randomBytes(t, 100<<10)
		// What a run that stopped mid-sealing leaves: two uploads in sealing, one with its
		// plaintext, one without; and a multipart upload caught in receiving. Another gateway
		// on the same database has an upload in each state, its files in its own directory.
		for _, u := range []struct {
			id, gateway string
			state       store.UploadState
			file        bool
		}{
			{strings.Repeat("1", 32), "", store.UploadSealing, true}, {strings.Repeat("2", 32), "", store.UploadSealing, false},
			{strings.Repeat("3", 32), "", store.UploadReceiving, true},
			{strings.Repeat("4", 32), strings.Repeat("a", 32), store.UploadSealing, false}, {strings.Repeat("5", 32), strings.Repeat("a", 32), store.UploadReceiving, false},
		} {
			if _, err := st.CreateUpload(ctx, store.NewUpload{ID: u.id, Creator: alice, Size: int64(len(data)), GatewayID: u.gateway}); err != nil {
				t.Fatal(err)
			}
			if u.state == store.UploadSealing {
				if err := st.SetUploadReceived(ctx, u.id, int64(len(data))); err != nil {
					t.Fatal(err)
				}
				if err := st.SetUploadState(ctx, u.id, store.UploadReceiving, store.UploadSealing, "", nil); err != nil {
					t.Fatal(err)
				}
			}
			if u.file {
				os.MkdirAll(filepath.Join(dir, "uploads"), 0o700)
				if err := os.WriteFile(filepath.Join(dir, "uploads", u.id), data, 0o600); err != nil {
					t.Fatal(err)
				}
			}
		}
		g := startGateway(t, st, func(c *Config, _ *Deps) { c.DataDir = dir }, nil)
		token := session(t, st, "alice", time.Now().Add(time.Hour))
		g.checkSealed(t, g.waitUpload(t, token, strings.Repeat("1", 32)), data)
		for _, id := range []string{strings.Repeat("2", 32), strings.Repeat("3", 32)} {
			if u := g.waitUpload(t, token, id); u.State != store.UploadFailed || u.Error == "" {
				t.Errorf("upload %s: %+v, want failed with a reason", id, u)
			}
			if _, err := os.Stat(filepath.Join(dir, "uploads", id)); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("failed upload %s kept its file", id)
			}
		}
		for id, want := range map[string]store.UploadState{strings.Repeat("4", 32): store.UploadSealing, strings.Repeat("5", 32): store.UploadReceiving} {
			if u, err := st.Upload(ctx, id); err != nil || u.State != want {
				t.Errorf("another gateway's upload %s: %+v, %v; want it left %s", id, u, err, want)
			}
		}
		// This gateway named its upload directory, and new uploads carry the name.
		idFile, err := os.ReadFile(filepath.Join(dir, "uploads", gatewayIDFile))
		if err != nil {
			t.Fatal(err)
		}
		body, ct := multipartBody(t, "file", "new.mp4", data)
		r := g.req(t, "POST", "/v1/uploads", body, "Authorization", "Bearer "+token, "Content-Type", ct)
		var created uploadJSON
		r.decode(t, &created)
		if u, err := st.Upload(ctx, created.ID); err != nil || u.GatewayID == nil || *u.GatewayID != strings.TrimSpace(string(idFile)) {
			t.Errorf("new upload %+v (%v) does not carry the gateway id %q", u, err, idFile)
		}
	})
}

// TestGatewayIDOfUploadDirectory: the id is made once and read back; a damaged file is an error
// that says what to do.
func TestGatewayIDOfUploadDirectory(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	a, err := loadGatewayID(dir)
	if err != nil || !validUploadID(a) {
		t.Fatalf("first id %q, %v", a, err)
	}
	if b, err := loadGatewayID(dir); err != nil || b != a {
		t.Fatalf("second read %q, %v; want %q", b, err, a)
	}
	if err := os.WriteFile(filepath.Join(dir, gatewayIDFile), []byte("short"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := loadGatewayID(dir); err == nil || !strings.Contains(err.Error(), "remove it") {
		t.Fatalf("damaged id file: %v", err)
	}
}

func TestUploadsOffWithoutKeys(t *testing.T) {
	t.Parallel()
	st := storeFor(t)
	h := newServer(t, st, nil).Handler()
	token := session(t, st, "alice", time.Now().Add(time.Hour))
	body, ct := multipartBody(t, "file", "a", []byte("x"))
	r := do(h, "POST", "/v1/uploads", body.Bytes(), "Authorization", "Bearer "+token, "Content-Type", ct)
	if r.StatusCode != http.StatusServiceUnavailable || r.problem(t).Code != "unavailable" {
		t.Fatalf("%d %s", r.StatusCode, r.body)
	}
}

func TestCleanFilename(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"movie.mkv":              "movie.mkv",
		`C:\a\b.mp4`:             "b.mp4",
		"../../etc/passwd":       "passwd",
		"a\x00b\nc":              "abc",
		"":                       "",
		"/":                      "",
		strings.Repeat("é", 200): strings.Repeat("é", 127),
		"bad\xffutf8":            "badutf8",
	} {
		if got := cleanFilename(in); got != want {
			t.Errorf("cleanFilename(%q) = %q, want %q", in, got, want)
		}
	}
}

// slowMultipart streams a multipart body with data as part "file", chunk bytes every pause,
// without a Content-Length (as a browser streaming a large form may). It stops at the first
// write error (the server answered and the client closed the body).
func slowMultipart(data []byte, chunk int, pause time.Duration) (io.ReadCloser, string) {
	pr, pw := io.Pipe()
	w := multipart.NewWriter(pw)
	go func() {
		_ = w.WriteField("title", "Slow")
		fw, err := w.CreateFormFile("file", "slow.mp4")
		for len(data) > 0 && err == nil {
			k := min(chunk, len(data))
			_, err = fw.Write(data[:k])
			data = data[k:]
			time.Sleep(pause)
		}
		if err == nil {
			err = w.Close()
		}
		pw.CloseWithError(err)
	}()
	return pr, w.FormDataContentType()
}

// postAsync sends a POST in the background; its status and body arrive on the channel.
func (g *liveGateway) postAsync(token string, body io.ReadCloser, ct string) <-chan resp {
	out := make(chan resp, 1)
	go func() {
		req, _ := http.NewRequest("POST", g.url+"/v1/uploads", body)
		req.Header.Set("Authorization", "Bearer "+token)
		req.Header.Set("Content-Type", ct)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			out <- resp{Response: &http.Response{StatusCode: 0}, body: []byte(err.Error())}
			return
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		out <- resp{res, b}
	}()
	return out
}

// waitReceiving polls the creator's uploads until one is receiving with more than after bytes
// received, and returns it.
func (g *liveGateway) waitReceiving(t *testing.T, token string, after int64) uploadJSON {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		var list struct{ Items []uploadJSON }
		g.req(t, "GET", "/v1/uploads", nil, "Authorization", "Bearer "+token).decode(t, &list)
		for _, u := range list.Items {
			if u.State == store.UploadReceiving && u.BytesReceived > after {
				return u
			}
		}
		time.Sleep(25 * time.Millisecond)
	}
	t.Fatalf("no upload receiving with more than %d bytes received", after)
	return uploadJSON{}
}

// TestMultipartProgress sends a multipart upload slowly and watches its bytes_received grow
// while it arrives; a second one is cancelled while it arrives, which ends its request.
func TestMultipartProgress(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, st *store.Store) {
		g := startGateway(t, st, func(c *Config, _ *Deps) { c.MaxMultipartBytes = 8 << 20 }, nil)
		token := session(t, st, "alice", time.Now().Add(time.Hour))

		t.Run("cancelled while it arrives", func(t *testing.T) {
			body, ct := slowMultipart(randomBytes(t, 8<<20), 32<<10, 50*time.Millisecond)
			done := g.postAsync(token, body, ct)
			u := g.waitReceiving(t, token, 0)
			if r := g.req(t, "DELETE", "/v1/uploads/"+u.ID, nil, "Authorization", "Bearer "+token); r.StatusCode != http.StatusNoContent {
				t.Fatalf("DELETE: %d %s", r.StatusCode, r.body)
			}
			select {
			case r := <-done:
				if r.StatusCode != http.StatusConflict || r.problem(t).Code != "conflict" || !strings.Contains(r.problem(t).Detail, "cancelled") {
					t.Fatalf("POST after cancel: %d %s", r.StatusCode, r.body)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("the POST went on after the upload was cancelled")
			}
			if got := g.waitUpload(t, token, u.ID); got.State != store.UploadCancelled {
				t.Errorf("state %s", got.State)
			}
			g.checkNothingStored(t, u.ID)
		})

		t.Run("progress", func(t *testing.T) {
			data := randomBytes(t, 1<<20)
			body, ct := slowMultipart(data, 32<<10, 50*time.Millisecond) // about 1.6 s
			done := g.postAsync(token, body, ct)
			u := g.waitReceiving(t, token, 0)
			if u.BytesReceived >= int64(len(data)) || u.Size != 8<<20 || u.Filename != "slow.mp4" {
				t.Errorf("while arriving: %+v; want part of the file received, size bounded by the multipart limit", u)
			}
			later := g.waitReceiving(t, token, u.BytesReceived)
			if later.ID != u.ID {
				t.Errorf("progress of another upload: %+v", later)
			}
			r := <-done
			if r.StatusCode != http.StatusAccepted {
				t.Fatalf("POST: %d %s", r.StatusCode, r.body)
			}
			sealed := g.waitUpload(t, token, u.ID)
			if sealed.Size != int64(len(data)) {
				t.Errorf("size %d once received, want %d", sealed.Size, len(data))
			}
			g.checkSealed(t, sealed, data)
		})
	})
}
