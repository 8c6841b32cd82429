package seeder

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/anacrolix/torrent/bencode"
	"github.com/anacrolix/torrent/metainfo"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/swarmgate/swarmgate/chain/eip712"
)

// fastClient is a gateway client with short waits, for tests.
func fastClient(base string) *gatewayClient {
	g := newGatewayClient(base, slog.New(slog.DiscardHandler))
	g.timeout, g.attempts, g.backoff, g.maxWait = 2*time.Second, 3, 10*time.Millisecond, 20*time.Millisecond
	return g
}

func writeProblem(w http.ResponseWriter, status int, code, detail string) {
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"status": status, "code": code, "detail": detail})
}

func testTorrent(t *testing.T) []byte {
	t.Helper()
	info := metainfo.Info{Name: "clip.sealed", PieceLength: 1 << 14, Length: 1 << 14, Pieces: make([]byte, 20)}
	ib, err := bencode.Marshal(info)
	if err != nil {
		t.Fatal(err)
	}
	b, err := bencode.Marshal(metainfo.MetaInfo{InfoBytes: ib, Announce: "http://gateway.invalid/announce"})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestGatewayClientErrors: each way a gateway request fails gives its own error, and only
// transient failures are retried.
func TestGatewayClientErrors(t *testing.T) {
	t.Parallel()
	tor := testTorrent(t)
	cases := []struct {
		name     string
		handler  func(n int64, w http.ResponseWriter, r *http.Request)
		want     error  // nil: success
		contains string // in the error
		calls    int64
	}{
		{"ok", func(_ int64, w http.ResponseWriter, _ *http.Request) { _, _ = w.Write(tor) }, nil, "", 1},
		{"not found", func(_ int64, w http.ResponseWriter, _ *http.Request) {
			writeProblem(w, 404, "not_found", "no torrent for content item 7 here")
		}, ErrContentNotFound, "content id 7", 1},
		{"bad request", func(_ int64, w http.ResponseWriter, _ *http.Request) {
			writeProblem(w, 400, "invalid_request", "content id must be decimal")
		}, ErrGatewayRefused, "HTTP 400 invalid_request: content id must be decimal", 1},
		{"500 then ok", func(n int64, w http.ResponseWriter, _ *http.Request) {
			if n < 3 {
				writeProblem(w, 500, "internal", "")
				return
			}
			_, _ = w.Write(tor)
		}, nil, "", 3},
		{"always 503", func(_ int64, w http.ResponseWriter, _ *http.Request) {
			writeProblem(w, 503, "unavailable", "database down")
		}, ErrGatewayUnavailable, "HTTP 503 unavailable: database down", 3},
		{"429 retried", func(n int64, w http.ResponseWriter, _ *http.Request) {
			if n == 1 {
				writeProblem(w, 429, "rate_limited", "")
				return
			}
			_, _ = w.Write(tor)
		}, nil, "", 2},
		{"timeout", func(_ int64, w http.ResponseWriter, r *http.Request) {
			<-r.Context().Done()
		}, ErrGatewayUnavailable, "no answer within", 3},
		{"not a torrent", func(_ int64, w http.ResponseWriter, _ *http.Request) {
			_, _ = io.WriteString(w, "<html>hello</html>")
		}, nil, "not a .torrent file", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			var calls atomic.Int64
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				n := calls.Add(1)
				if r.Method != http.MethodGet || r.URL.Path != "/prefix/v1/content/7/torrent" {
					http.Error(w, "wrong request "+r.Method+" "+r.URL.Path, http.StatusTeapot)
					return
				}
				c.handler(n, w, r)
			}))
			t.Cleanup(srv.Close)
			g := fastClient(srv.URL + "/prefix/")
			if c.name == "timeout" {
				g.timeout = 100 * time.Millisecond
			}
			mi, err := g.torrent(t.Context(), "7")
			switch {
			case c.want == nil && c.contains == "":
				if err != nil || mi == nil {
					t.Fatalf("torrent: %v", err)
				}
				if info, _ := mi.UnmarshalInfo(); info.Name != "clip.sealed" {
					t.Fatalf("torrent name %q", info.Name)
				}
			case err == nil:
				t.Fatal("torrent: no error")
			case c.want != nil && !errors.Is(err, c.want):
				t.Fatalf("torrent: %v, want %v", err, c.want)
			case !strings.Contains(err.Error(), c.contains):
				t.Fatalf("torrent: %v, want it to say %q", err, c.contains)
			}
			if got := calls.Load(); got != c.calls {
				t.Fatalf("%d requests, want %d", got, c.calls)
			}
		})
	}
}

// TestGatewayClientAnswerTooLarge: an answer beyond the bound is an error, not retried.
func TestGatewayClientAnswerTooLarge(t *testing.T) {
	t.Parallel()
	var calls atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		calls.Add(1)
		_, _ = w.Write(make([]byte, 101))
	}))
	t.Cleanup(srv.Close)
	_, err := fastClient(srv.URL).do(t.Context(), "get", http.MethodGet, "/x", nil, 100)
	if err == nil || !strings.Contains(err.Error(), "exceeds 100 bytes") || calls.Load() != 1 {
		t.Fatalf("do: %v after %d requests, want one request and an error saying the answer is too large", err, calls.Load())
	}
	if b, err := fastClient(srv.URL).do(t.Context(), "get", http.MethodGet, "/x", nil, 101); err != nil || len(b) != 101 {
		t.Fatalf("do at the bound: %d bytes, %v", len(b), err)
	}
}

// TestGatewayClientCancelled: a cancelled context ends the retries at once.
func TestGatewayClientCancelled(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { writeProblem(w, 500, "internal", "") }))
	t.Cleanup(srv.Close)
	g := fastClient(srv.URL)
	g.attempts, g.backoff = 100, time.Hour
	ctx, cancel := context.WithTimeout(t.Context(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	if _, err := g.torrent(ctx, "7"); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("torrent: %v, want the context's error", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("took %v after the context ended", d)
	}
}

func testJoin(t *testing.T, gateway string) (*gatewayJoin, common.Address) {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	payout := crypto.PubkeyToAddress(key.PublicKey)
	cfg := DefaultConfig()
	cfg.Gateway, cfg.PublicAddr, cfg.AnnounceTTL, cfg.PricePerGiB = gateway, "seeder.example.com:6881", 10*time.Minute, big.NewInt(12345)
	n := &Node{cfg: cfg, log: slog.New(slog.DiscardHandler)}
	j, err := newGatewayJoin(n, key, payout, 1337, common.HexToAddress("0x00000000000000000000000000000000000000aa"))
	if err != nil {
		t.Fatal(err)
	}
	j.gc = fastClient(gateway)
	return j, payout
}

// TestGatewayAnnouncementSigned: the announcement posted is signed by the payout key in the
// registry's domain over exactly the fields sent, and each attempt signs a newer timestamp.
func TestGatewayAnnouncementSigned(t *testing.T) {
	t.Parallel()
	var (
		mu  sync.Mutex
		got []announceRequest
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		if r.Method != http.MethodPost || r.URL.Path != "/v1/seeders/announce" || r.Header.Get("Content-Type") != "application/json" {
			http.Error(w, "wrong request", http.StatusTeapot)
			return
		}
		var in announceRequest
		dec := json.NewDecoder(r.Body)
		dec.DisallowUnknownFields()
		if err := dec.Decode(&in); err != nil {
			http.Error(w, err.Error(), http.StatusTeapot)
			return
		}
		got = append(got, in)
		if len(got) == 1 {
			writeProblem(w, 502, "bad_gateway", "")
			return
		}
		_ = json.NewEncoder(w).Encode(map[string]any{"passkey": "pk-1", "announce_url": "http://gw/announce/pk-1",
			"expires_at": time.Now().Add(time.Minute), "passkey_expires_at": time.Now().Add(time.Minute), "seeder": in.Seeder})
	}))
	t.Cleanup(srv.Close)
	j, payout := testJoin(t, srv.URL)
	ih := metainfo.Hash{1, 2, 3}
	j.now = func() time.Time { return time.Unix(1_800_000_000, 0) }
	a, err := j.gc.announce(t.Context(), func() (announceRequest, error) { return j.sign([]metainfo.Hash{ih}) })
	if err != nil {
		t.Fatal(err)
	}
	if a.Passkey != "pk-1" || a.AnnounceURL != "http://gw/announce/pk-1" {
		t.Fatalf("answer %+v", a)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(got) != 2 {
		t.Fatalf("%d announcements posted, want 2 (one retried)", len(got))
	}
	if got[1].Timestamp <= got[0].Timestamp {
		t.Fatalf("retry signed timestamp %d, not after %d", got[1].Timestamp, got[0].Timestamp)
	}
	for _, in := range got {
		sig, err := hexutil.Decode(in.Signature)
		if err != nil || len(sig) != eip712.SignatureLength {
			t.Fatalf("signature %q", in.Signature)
		}
		price, _ := new(big.Int).SetString(in.PricePerGiB, 10)
		var h [20]byte
		if b, err := hexutil.Decode("0x" + in.InfoHashes[0]); err != nil || len(in.InfoHashes) != 1 {
			t.Fatalf("info hashes %v", in.InfoHashes)
		} else {
			copy(h[:], b)
		}
		msg := eip712.Announcement{Seeder: common.HexToAddress(in.Seeder), Endpoint: in.Endpoint, PricePerGiB: price,
			InfoHashes: [][20]byte{h}, Timestamp: in.Timestamp, Expiry: in.Expiry}
		dom := eip712.NewDomain(big.NewInt(1337), common.HexToAddress("0x00000000000000000000000000000000000000aa"))
		signer, err := msg.Signer(dom, sig)
		if err != nil || signer != payout {
			t.Fatalf("signer %s (err %v), want payout %s", signer, err, payout)
		}
		if msg.Seeder != payout || in.Endpoint != "seeder.example.com:6881" || in.PricePerGiB != "12345" || h != ih {
			t.Fatalf("announcement %+v", in)
		}
		if in.Expiry-in.Timestamp != 600 || in.Timestamp < 1_800_000_000 {
			t.Fatalf("timestamp %d expiry %d, want a 10 minute lifetime from now", in.Timestamp, in.Expiry)
		}
		// Another registry's domain does not recover the payout.
		other := eip712.NewDomain(big.NewInt(1337), common.HexToAddress("0x00000000000000000000000000000000000000bb"))
		if s, _ := msg.Signer(other, sig); s == payout {
			t.Fatal("the signature verifies in another registry's domain")
		}
	}
}

// TestGatewayAnnounceRefused: a 4xx answer is not retried and its detail reaches the error;
// malformed answers are errors.
func TestGatewayAnnounceRefused(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, body string
		status     int
		want       string
	}{
		{"bad signature", `{"code":"bad_signature","detail":"the signature is not the seeder's"}`, 401, "HTTP 401 bad_signature: the signature is not the seeder's"},
		{"bad request", `{"code":"invalid_request","detail":"endpoint must be host:port"}`, 400, "HTTP 400 invalid_request: endpoint must be host:port"},
		{"no passkey", `{"announce_url":"http://gw/announce/x","expires_at":"2030-01-01T00:00:00Z"}`, 200, "lacks passkey"},
		{"slash in passkey", `{"passkey":"a/b","announce_url":"http://gw/announce/x","expires_at":"2030-01-01T00:00:00Z"}`, 200, "malformed passkey"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			var calls atomic.Int64
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
				calls.Add(1)
				w.WriteHeader(c.status)
				_, _ = io.WriteString(w, c.body)
			}))
			t.Cleanup(srv.Close)
			j, _ := testJoin(t, srv.URL)
			err := j.announceOnce(t.Context(), nil)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("announce: %v, want it to say %q", err, c.want)
			}
			if c.status >= 400 && !errors.Is(err, ErrGatewayRefused) {
				t.Fatalf("announce: %v, want ErrGatewayRefused", err)
			}
			if calls.Load() != 1 {
				t.Fatalf("%d requests, want 1", calls.Load())
			}
			if j.currentPasskey() != "" {
				t.Fatal("a passkey was taken from a failed announcement")
			}
		})
	}
}

// TestGatewayAnnounceStale: an answer that the gateway holds a newer or same-second
// announcement is retried a second later with a newer timestamp, a few times, then reported.
func TestGatewayAnnounceStale(t *testing.T) {
	t.Parallel()
	var calls atomic.Int64
	var last atomic.Uint64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var in announceRequest
		_ = json.NewDecoder(r.Body).Decode(&in)
		if prev := last.Swap(in.Timestamp); in.Timestamp <= prev {
			t.Errorf("attempt %d signed timestamp %d, not after %d", calls.Load()+1, in.Timestamp, prev)
		}
		if calls.Add(1) == 1 {
			writeProblem(w, 409, "stale_announcement", "sign a new one with the current time")
			return
		}
		_ = json.NewEncoder(w).Encode(map[string]any{"passkey": "pk", "announce_url": "http://gw/announce/pk", "expires_at": time.Now().Add(time.Hour)})
	}))
	t.Cleanup(srv.Close)
	j, _ := testJoin(t, srv.URL)
	if err := j.announceOnce(t.Context(), nil); err != nil || j.currentPasskey() != "pk" || calls.Load() != 2 {
		t.Fatalf("announce: %v after %d requests, passkey %q", err, calls.Load(), j.currentPasskey())
	}

	always := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		writeProblem(w, 409, "stale_announcement", "timestamp is more than 5m0s away from the gateway's clock")
	}))
	t.Cleanup(always.Close)
	j, _ = testJoin(t, always.URL)
	err := j.announceOnce(t.Context(), nil)
	if !errors.Is(err, ErrGatewayRefused) || !strings.Contains(err.Error(), "away from the gateway's clock") {
		t.Fatalf("announce: %v, want ErrGatewayRefused with the gateway's reason", err)
	}
}

// TestGatewayTransportPasskey: web seed requests to the gateway carry the current passkey in
// place of the placeholder; none is sent before there is one; other requests pass untouched.
func TestGatewayTransportPasskey(t *testing.T) {
	t.Parallel()
	var (
		mu    sync.Mutex
		paths []string
	)
	last := func() string {
		mu.Lock()
		defer mu.Unlock()
		if len(paths) == 0 {
			return ""
		}
		return paths[len(paths)-1]
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		paths = append(paths, r.URL.EscapedPath())
	}))
	t.Cleanup(srv.Close)
	j, _ := testJoin(t, srv.URL+"/gw")
	tr := &gatewayTransport{base: http.DefaultTransport, prefix: j.webBase, passkey: j.currentPasskey}
	ih := metainfo.Hash{0xab}
	get := func(u string) error {
		req, err := http.NewRequestWithContext(t.Context(), http.MethodGet, u, nil)
		if err != nil {
			t.Fatal(err)
		}
		resp, err := tr.RoundTrip(req)
		if err == nil {
			resp.Body.Close()
		}
		return err
	}
	ws := j.webseedURL(ih)
	if want := srv.URL + "/gw/v1/webseed/passkey/" + ih.HexString() + "/"; ws != want {
		t.Fatalf("web seed URL %s, want %s", ws, want)
	}
	if err := get(ws + "clip.sealed"); err == nil || !strings.Contains(err.Error(), "no gateway passkey yet") {
		t.Fatalf("request before a passkey: %v", err)
	}
	if p := last(); p != "" {
		t.Fatalf("a request reached the gateway without a passkey: %s", p)
	}
	for _, pk := range []string{"first-Key_1", "second-Key_2"} {
		j.mu.Lock()
		j.passkey = pk
		j.mu.Unlock()
		if err := get(ws + url.PathEscape("my clip #1.sealed")); err != nil {
			t.Fatal(err)
		}
		want := "/gw/v1/webseed/" + pk + "/" + ih.HexString() + "/my%20clip%20%231.sealed"
		if got := last(); got != want {
			t.Fatalf("path %s, want %s", got, want)
		}
	}
	if err := get(srv.URL + "/gw/v1/content/7"); err != nil || last() != "/gw/v1/content/7" {
		t.Fatalf("other request: %v, path %s", err, last())
	}
}

// TestGatewayRenewRetries: the renewal chore renews at half the listing's lifetime, and a
// renewal that fails (the gateway answers 503) is retried with backoff until it succeeds.
func TestGatewayRenewRetries(t *testing.T) {
	t.Parallel()
	var calls atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		if calls.Add(1) <= 4 {
			writeProblem(w, 503, "unavailable", "database down")
			return
		}
		_ = json.NewEncoder(w).Encode(map[string]any{"passkey": "pk1", "announce_url": "http://gw/announce/pk1", "expires_at": time.Now().Add(time.Hour)})
	}))
	t.Cleanup(srv.Close)
	j, _ := testJoin(t, srv.URL)
	j.passkey, j.expires = "pk0", time.Now().Add(3*time.Second) // renewal due in minRenew
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan struct{})
	go func() { defer close(done); j.run(ctx) }()
	deadline := time.Now().Add(20 * time.Second)
	for j.currentPasskey() != "pk1" {
		if time.Now().After(deadline) {
			t.Fatalf("passkey %q after %d requests, want the renewed one", j.currentPasskey(), calls.Load())
		}
		time.Sleep(10 * time.Millisecond)
	}
	if n := calls.Load(); n != 5 {
		t.Fatalf("%d requests, want 5 (3 attempts, a retry after backoff: 1 more failure, then success)", n)
	}
	cancel()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("the renewal chore did not stop with its context")
	}
	st := j.status()
	if time.Until(st.ListedUntil) < 59*time.Minute || st.Announcements != 1 || st.RenewalErrors != 1 || st.LastError != "" {
		t.Fatalf("status %+v, want listed for the renewed hour after one failed renewal", st)
	}
}
