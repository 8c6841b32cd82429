package gwclient

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

func TestSessionsCache(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "sub", "sessions.json")
	s := OpenSessions(path)
	now := time.Date(2026, 12, 4, 12, 0, 0, 0, time.UTC)
	s.now = func() time.Time { return now }
	a, b := common.HexToAddress("0xa"), common.HexToAddress("0xb")
	if _, ok, err := s.Get("https://g.example", a); ok || err != nil {
		t.Fatalf("empty cache: %v %v", ok, err)
	}
	for _, sess := range []Session{
		{Gateway: "https://g.example/", Address: a, Token: "sgs_a", ExpiresAt: now.Add(time.Hour)},
		{Gateway: "https://g.example", Address: b, Token: "sgs_b", ExpiresAt: now.Add(ExpiryMargin - time.Second)},
		{Gateway: "https://other.example", Address: a, Token: "sgs_c", ExpiresAt: now.Add(time.Hour)},
	} {
		if err := s.Put(sess); err != nil {
			t.Fatal(err)
		}
	}
	st, err := os.Stat(path)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("cache file: %v %v", err, st.Mode())
	}
	if got, ok, _ := s.Get("https://g.example", a); !ok || got.Token != "sgs_a" {
		t.Fatalf("a at g: %+v %v (a trailing slash names the same gateway)", got, ok)
	}
	if _, ok, _ := s.Get("https://g.example", b); ok {
		t.Fatal("a session about to expire was handed out")
	}
	if l, _ := s.List("https://g.example"); len(l) != 2 {
		t.Fatalf("list: %+v", l)
	}
	if ok, err := s.Delete("https://g.example", a); !ok || err != nil {
		t.Fatalf("delete: %v %v", ok, err)
	}
	if got, ok, _ := s.Get("https://other.example", a); !ok || got.Token != "sgs_c" {
		t.Fatal("delete removed another gateway's session")
	}
	// Expired sessions are dropped on the next Put.
	now = now.Add(2 * time.Hour)
	_ = s.Put(Session{Gateway: "https://g.example", Address: a, Token: "sgs_new", ExpiresAt: now.Add(time.Hour)})
	if l, _ := s.List(""); len(l) != 1 {
		t.Fatalf("expired sessions kept: %+v", l)
	}
	os.Chmod(path, 0o640)
	if _, _, err := s.Get("https://g.example", a); err == nil || !strings.Contains(err.Error(), "chmod 600") {
		t.Fatalf("group-readable cache: %v", err)
	}
}

func TestStateFileAndFingerprint(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	st := OpenState(filepath.Join(dir, "uploads.json"))
	st.Set("fp1", "https://g.example/v1/tus/1")
	if u, ok := st.Get("fp1"); !ok || u != "https://g.example/v1/tus/1" || st.Err() != nil {
		t.Fatalf("get: %q %v %v", u, ok, st.Err())
	}
	if fi, _ := os.Stat(filepath.Join(dir, "uploads.json")); fi.Mode().Perm() != 0o600 {
		t.Fatalf("state mode %v", fi.Mode())
	}
	st.Delete("fp1")
	if _, ok := OpenState(filepath.Join(dir, "uploads.json")).Get("fp1"); ok {
		t.Fatal("deleted entry survives")
	}
	bad := OpenState(filepath.Join(dir, "uploads.json", "not-a-dir", "x.json"))
	bad.Set("a", "b")
	if bad.Err() == nil {
		t.Fatal("an unwritable state file went unreported")
	}

	file := filepath.Join(dir, "v.mp4")
	os.WriteFile(file, []byte("abc"), 0o644)
	fi, _ := os.Stat(file)
	acct := common.HexToAddress("0xa")
	meta := map[string]string{"title": "A", "policy": `{"model":"free"}`}
	fp := Fingerprint("https://g.example", acct, file, fi, meta)
	if fp != Fingerprint("https://g.example/", acct, file, fi, map[string]string{"policy": `{"model":"free"}`, "title": "A"}) {
		t.Fatal("the fingerprint depends on map order or a trailing slash")
	}
	os.Chtimes(file, time.Now().Add(time.Hour), time.Now().Add(time.Hour))
	fi2, _ := os.Stat(file)
	for name, other := range map[string]string{
		"mtime":   Fingerprint("https://g.example", acct, file, fi2, meta),
		"policy":  Fingerprint("https://g.example", acct, file, fi, map[string]string{"title": "A", "policy": `{"model":"buy"}`}),
		"account": Fingerprint("https://g.example", common.HexToAddress("0xb"), file, fi, meta),
		"gateway": Fingerprint("https://h.example", acct, file, fi, meta),
	} {
		if other == fp {
			t.Errorf("a changed %s keeps the fingerprint", name)
		}
	}
}

// TestRateLimitedRetried: a request answered 429 is sent again, body and all, after the
// Retry-After the gateway names; a problem document is returned as a *Problem.
func TestRateLimitedRetried(t *testing.T) {
	t.Parallel()
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/v1/uploads/u1/registration":
			if calls.Add(1) == 1 {
				w.Header().Set("Retry-After", "1")
				w.Header().Set("Content-Type", "application/problem+json")
				w.WriteHeader(http.StatusTooManyRequests)
				w.Write([]byte(`{"status":429,"code":"rate_limited","detail":"slow down"}`))
				return
			}
			b, _ := io.ReadAll(r.Body)
			if !strings.Contains(string(b), `"signature":"0xabc"`) {
				w.WriteHeader(400)
				return
			}
			w.Write([]byte(`{"content_id":"7","tx":"0x01","block":3}`))
		default:
			w.Header().Set("Content-Type", "application/problem+json")
			w.WriteHeader(http.StatusConflict)
			w.Write([]byte(`{"status":409,"code":"already_registered","detail":"upload u2 is registered as content 9"}`))
		}
	}))
	defer srv.Close()
	c := New(srv.URL, nil)
	start := time.Now()
	got, err := c.Register(context.Background(), "u1", RegisterRequest{Signature: "0xabc"})
	if err != nil || got.ContentID != "7" || calls.Load() != 2 || time.Since(start) < time.Second {
		t.Fatalf("register: %+v %v after %d calls in %v", got, err, calls.Load(), time.Since(start))
	}
	_, err = c.Register(context.Background(), "u2", RegisterRequest{})
	if !IsProblem(err, "already_registered") || !IsStatus(err, 409) || !strings.Contains(err.Error(), "registered as content 9") {
		t.Fatalf("problem: %v", err)
	}
}
