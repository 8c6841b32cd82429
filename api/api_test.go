package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/swarmgate/swarmgate/internal/testnet"
	"github.com/swarmgate/swarmgate/store"
	"github.com/swarmgate/swarmgate/store/storetest"
)

func TestCatalog(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, st *store.Store) {
		seedCatalog(t, st, 7)
		h := newServer(t, st, nil).Handler()

		// Page through everything, three at a time.
		var ids []string
		next := "/v1/content?limit=3"
		for next != "" {
			r := do(h, "GET", next, nil)
			if r.StatusCode != http.StatusOK {
				t.Fatalf("GET %s: %d %s", next, r.StatusCode, r.body)
			}
			var page contentPageJSON
			r.decode(t, &page)
			for _, it := range page.Items {
				ids = append(ids, it.ID)
			}
			next = ""
			if page.NextCursor != "" {
				next = "/v1/content?limit=3&cursor=" + page.NextCursor
			}
		}
		if got := strings.Join(ids, ","); got != "7,6,5,4,3,2,1" {
			t.Fatalf("paged ids %s", got)
		}
		filters := map[string]string{
			"/v1/content?creator=" + strings.ToUpper(bob.Hex()[2:]):             "",
			"/v1/content?creator=" + bob.Hex():                                  "6,4,2",
			"/v1/content?owner=" + strings.ToLower(alice.Hex()) + "&policy=buy": "7,1",
			"/v1/content?q=video%205":                                           "6",
			"/v1/content?policy=token_gated":                                    "",
		}
		for target, want := range filters {
			r := do(h, "GET", target, nil)
			if want == "" && r.StatusCode == http.StatusBadRequest {
				continue // the first entry: an address without 0x is refused, checked below
			}
			var page contentPageJSON
			r.decode(t, &page)
			var got []string
			for _, it := range page.Items {
				got = append(got, it.ID)
			}
			if strings.Join(got, ",") != want {
				t.Errorf("GET %s: ids %v, want %s", target, got, want)
			}
		}

		r := do(h, "GET", "/v1/content/1", nil)
		var item contentJSON
		r.decode(t, &item)
		if r.StatusCode != 200 || item.ID != "1" || item.Title != "Video 0" || item.Creator != store.Addr(alice) ||
			item.Policy.Kind != store.PolicyBuy || item.PlaintextSize != 1000 || !strings.HasPrefix(item.Magnet, "magnet:?xt=urn:btih:"+item.InfoHash) ||
			item.ContentHash != hashN(0).Hex() || item.Block != 100 {
			t.Fatalf("GET /v1/content/1: %d %+v", r.StatusCode, item)
		}

		r = do(h, "GET", "/v1/content/1/torrent", nil)
		if r.StatusCode != 200 || r.Header.Get("Content-Type") != "application/x-bittorrent" || string(r.body) != "d8:announce0:e" {
			t.Fatalf("torrent: %d %q %q", r.StatusCode, r.Header.Get("Content-Type"), r.body)
		}

		r = do(h, "GET", "/v1/content/1/seeders", nil)
		var seeders struct{ Items []seederJSON }
		r.decode(t, &seeders)
		if r.StatusCode != 200 || len(seeders.Items) != 1 || seeders.Items[0].Address != store.Addr(bob) || seeders.Items[0].Signature != "0xaabb" {
			t.Fatalf("seeders: %d %s", r.StatusCode, r.body)
		}
		r = do(h, "GET", "/v1/content/2/seeders", nil)
		r.decode(t, &seeders)
		if r.StatusCode != 200 || len(seeders.Items) != 0 || !bytes.Contains(r.body, []byte(`"items":[]`)) {
			t.Fatalf("seeders of an item nobody seeds: %d %s", r.StatusCode, r.body)
		}
	})
}

// TestBadInput sends malformed input to every endpoint: each must get a 4xx problem with a
// stable code.
func TestBadInput(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, st *store.Store) {
		seedCatalog(t, st, 2)
		valid := session(t, st, "valid", time.Now().Add(time.Hour))
		revoked := session(t, st, "revoked", time.Now().Add(time.Hour))
		if err := st.RevokeSession(context.Background(), store.HashToken(revoked)); err != nil {
			t.Fatal(err)
		}
		expiring := session(t, st, "expiring", time.Now().Add(time.Hour))
		h := newServer(t, st, nil).Handler()
		// A second server whose clock is two hours ahead sees that session as expired.
		later := newServer(t, st, func(_ *Config, d *Deps) { d.Now = func() time.Time { return time.Now().Add(2 * time.Hour) } }).Handler()

		big := bytes.Repeat([]byte("x"), 2<<20)
		tests := []struct {
			name   string
			h      http.Handler
			method string
			target string
			body   []byte
			header []string
			status int
			code   string
		}{
			{"limit not a number", h, "GET", "/v1/content?limit=ten", nil, nil, 400, "invalid_parameter"},
			{"limit zero", h, "GET", "/v1/content?limit=0", nil, nil, 400, "invalid_parameter"},
			{"limit too big", h, "GET", "/v1/content?limit=101", nil, nil, 400, "invalid_parameter"},
			{"limit twice", h, "GET", "/v1/content?limit=1&limit=2", nil, nil, 400, "invalid_parameter"},
			{"bad cursor", h, "GET", "/v1/content?cursor=%21%21", nil, nil, 400, "invalid_parameter"},
			{"creator not an address", h, "GET", "/v1/content?creator=alice", nil, nil, 400, "invalid_parameter"},
			{"creator without 0x", h, "GET", "/v1/content?creator=" + strings.Repeat("a", 42), nil, nil, 400, "invalid_parameter"},
			{"owner not hex", h, "GET", "/v1/content?owner=0x" + strings.Repeat("z", 40), nil, nil, 400, "invalid_parameter"},
			{"unknown policy", h, "GET", "/v1/content?policy=lease", nil, nil, 400, "invalid_parameter"},
			{"empty search", h, "GET", "/v1/content?q=", nil, nil, 400, "invalid_parameter"},
			{"search too long", h, "GET", "/v1/content?q=" + strings.Repeat("a", 101), nil, nil, 400, "invalid_parameter"},
			{"unknown parameter", h, "GET", "/v1/content?sort=asc", nil, nil, 400, "invalid_parameter"},
			{"malformed query", h, "GET", "/v1/content?limit=%zz", nil, nil, 400, "invalid_parameter"},
			{"id with leading zero", h, "GET", "/v1/content/01", nil, nil, 400, "invalid_parameter"},
			{"id not a number", h, "GET", "/v1/content/abc", nil, nil, 400, "invalid_parameter"},
			{"id too long", h, "GET", "/v1/content/" + strings.Repeat("9", 79), nil, nil, 400, "invalid_parameter"},
			{"item with query", h, "GET", "/v1/content/1?x=1", nil, nil, 400, "invalid_parameter"},
			{"unknown id", h, "GET", "/v1/content/999", nil, nil, 404, "not_found"},
			{"torrent bad id", h, "GET", "/v1/content/-1/torrent", nil, nil, 400, "invalid_parameter"},
			{"torrent unknown id", h, "GET", "/v1/content/999/torrent", nil, nil, 404, "not_found"},
			{"torrent sealed elsewhere", h, "GET", "/v1/content/2/torrent", nil, nil, 404, "not_found"},
			{"seeders bad id", h, "GET", "/v1/content/x/seeders", nil, nil, 400, "invalid_parameter"},
			{"seeders unknown id", h, "GET", "/v1/content/999/seeders", nil, nil, 404, "not_found"},
			{"seeders bad limit", h, "GET", "/v1/content/1/seeders?limit=-3", nil, nil, 400, "invalid_parameter"},
			{"seeders unknown parameter", h, "GET", "/v1/content/1/seeders?all=1", nil, nil, 400, "invalid_parameter"},
			{"unknown route", h, "GET", "/v1/nope", nil, nil, 404, "route_not_found"},
			{"trailing slash", h, "GET", "/v1/content/", nil, nil, 404, "route_not_found"},
			{"wrong method", h, "POST", "/v1/content", []byte("{}"), nil, 405, "method_not_allowed"},
			{"session without token", h, "GET", "/v1/session", nil, nil, 401, "token_missing"},
			{"session basic auth", h, "GET", "/v1/session", nil, []string{"Authorization", "Basic YTpi"}, 401, "token_invalid"},
			{"session short token", h, "GET", "/v1/session", nil, []string{"Authorization", "Bearer abc"}, 401, "token_invalid"},
			{"session token bad characters", h, "GET", "/v1/session", nil, []string{"Authorization", "Bearer " + strings.Repeat("é", 10)}, 401, "token_invalid"},
			{"session unknown token", h, "GET", "/v1/session", nil, []string{"Authorization", "Bearer tok_unknown_0123456789abcdef"}, 401, "token_invalid"},
			{"session revoked", h, "GET", "/v1/session", nil, []string{"Authorization", "Bearer " + revoked}, 401, "token_revoked"},
			{"session expired", later, "GET", "/v1/session", nil, []string{"Authorization", "Bearer " + expiring}, 401, "token_expired"},
			{"sign out expired", later, "DELETE", "/v1/session", nil, []string{"Authorization", "Bearer " + expiring}, 401, "token_expired"},
			{"sign out without token", h, "DELETE", "/v1/session", nil, nil, 401, "token_missing"},
			{"oversized body", h, "DELETE", "/v1/session", big, []string{"Authorization", "Bearer " + valid}, 413, "body_too_large"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				r := do(tt.h, tt.method, tt.target, tt.body, tt.header...)
				if r.StatusCode != tt.status {
					t.Fatalf("%s %s: status %d, want %d; body %s", tt.method, tt.target, r.StatusCode, tt.status, r.body)
				}
				if p := r.problem(t); p.Code != tt.code {
					t.Fatalf("code %q, want %q (%s)", p.Code, tt.code, p.Detail)
				}
				if tt.status == 401 && r.Header.Get("WWW-Authenticate") == "" {
					t.Error("401 without WWW-Authenticate")
				}
			})
		}
		// The valid session survived the oversized request.
		if r := do(h, "GET", "/v1/session", nil, "Authorization", "Bearer "+valid); r.StatusCode != 200 {
			t.Fatalf("valid session after bad requests: %d %s", r.StatusCode, r.body)
		}
	})
}

func TestSessionEndpoints(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, st *store.Store) {
		token := session(t, st, "s", time.Now().Add(time.Hour))
		h := newServer(t, st, nil).Handler()
		auth := []string{"Authorization", "Bearer " + token}
		r := do(h, "GET", "/v1/session", nil, auth...)
		var got sessionJSON
		r.decode(t, &got)
		if r.StatusCode != 200 || got.Address != store.Addr(alice) || r.Header.Get("Cache-Control") != "no-store" {
			t.Fatalf("GET /v1/session: %d %s", r.StatusCode, r.body)
		}
		if r := do(h, "DELETE", "/v1/session", nil, auth...); r.StatusCode != http.StatusNoContent {
			t.Fatalf("DELETE /v1/session: %d %s", r.StatusCode, r.body)
		}
		r = do(h, "GET", "/v1/session", nil, auth...)
		if p := r.problem(t); p.Code != "token_revoked" {
			t.Fatalf("after sign-out: %+v", p)
		}
	})
}

func TestRateLimits(t *testing.T) {
	t.Parallel()
	st := storetest.Open(t, storetest.Backends[0])
	token := session(t, st, "rl", time.Now().Add(time.Hour))
	now := time.Now()
	clock := func() time.Time { return now } // frozen: no refill during the test
	s := newServer(t, st, func(c *Config, d *Deps) {
		c.RateIP, c.BurstIP = 1, 3
		c.RateSession, c.BurstSession = 0.5, 2
		d.Now = clock
	})
	h := s.Handler()
	for i := range 3 {
		if r := do(h, "GET", "/v1/content", nil, "RemoteAddr", "192.0.2.1:1000"); r.StatusCode != 200 {
			t.Fatalf("request %d within burst: %d", i, r.StatusCode)
		}
	}
	r := do(h, "GET", "/v1/content", nil, "RemoteAddr", "192.0.2.1:1001")
	if r.StatusCode != http.StatusTooManyRequests || r.problem(t).Code != "rate_limited" || r.Header.Get("Retry-After") != "1" {
		t.Fatalf("over the IP limit: %d Retry-After %q %s", r.StatusCode, r.Header.Get("Retry-After"), r.body)
	}
	// X-Forwarded-For is not trusted without trusted proxies: it cannot dodge the limit.
	if r := do(h, "GET", "/v1/content", nil, "RemoteAddr", "192.0.2.1:1002", "X-Forwarded-For", "203.0.113.9"); r.StatusCode != 429 {
		t.Fatalf("spoofed X-Forwarded-For got %d", r.StatusCode)
	}
	if r := do(h, "GET", "/v1/content", nil, "RemoteAddr", "192.0.2.2:1000"); r.StatusCode != 200 {
		t.Fatalf("another IP: %d", r.StatusCode)
	}
	// The session limit applies across IPs.
	auth := []string{"Authorization", "Bearer " + token}
	for i, ip := range []string{"198.51.100.1:1", "198.51.100.2:1"} {
		if r := do(h, "GET", "/v1/session", nil, append(auth, "RemoteAddr", ip)...); r.StatusCode != 200 {
			t.Fatalf("session request %d: %d", i, r.StatusCode)
		}
	}
	r = do(h, "GET", "/v1/session", nil, append(auth, "RemoteAddr", "198.51.100.3:1")...)
	if r.StatusCode != 429 || r.Header.Get("Retry-After") != "2" {
		t.Fatalf("over the session limit: %d Retry-After %q", r.StatusCode, r.Header.Get("Retry-After"))
	}
}

func TestLimiterMemoryIsBounded(t *testing.T) {
	t.Parallel()
	l := newLimiters(1, 1, 100)
	now := time.Now()
	for i := range 1000 {
		l.allow(strings.Repeat("k", i%7)+string(rune('a'+i%26))+time.Duration(i).String(), now)
	}
	if n := l.size(); n != 100 {
		t.Fatalf("%d keys held, want the cap 100", n)
	}
	l.allow("late", now.Add(time.Hour))
	if n := l.size(); n != 1 {
		t.Fatalf("%d keys held after every other key went idle, want 1", n)
	}
	if ok, _ := newLimiters(0, 0, 0).allow("x", now); !ok {
		t.Fatal("a zero rate must mean no limit")
	}
}

func TestRequestIDs(t *testing.T) {
	t.Parallel()
	st := storetest.Open(t, storetest.Backends[0])
	h := newServer(t, st, nil).Handler()
	if r := do(h, "GET", "/healthz", nil, headerRequestID, "lb-1234.abc"); r.Header.Get(headerRequestID) != "lb-1234.abc" {
		t.Fatalf("sane incoming id not echoed: %q", r.Header.Get(headerRequestID))
	}
	for _, bad := range []string{"", strings.Repeat("a", 65), "id with spaces", "<script>"} {
		r := do(h, "GET", "/v1/content/999", nil, headerRequestID, bad)
		got := r.Header.Get(headerRequestID)
		if got == bad || !validRequestID(got) {
			t.Errorf("incoming %q: response id %q", bad, got)
		}
		if p := r.problem(t); p.Instance != got {
			t.Errorf("problem instance %q, header %q", p.Instance, got)
		}
	}
}

func TestPanicBecomesProblem(t *testing.T) {
	t.Parallel()
	st := storetest.Open(t, storetest.Backends[0])
	var logs syncBuffer
	s := newServer(t, st, func(_ *Config, d *Deps) { d.Logger = slog.New(slog.NewTextHandler(&logs, nil)) })
	s.engine.GET("/test/panic", func(*gin.Context) { panic("secret internal state 0xdeadbeef") })
	r := do(s.Handler(), "GET", "/test/panic", nil)
	if r.StatusCode != 500 || r.problem(t).Code != "internal" || bytes.Contains(r.body, []byte("deadbeef")) {
		t.Fatalf("panic: %d %s", r.StatusCode, r.body)
	}
	if !strings.Contains(logs.String(), "handler panicked") {
		t.Fatalf("panic not logged: %s", logs.String())
	}
}

func TestAccessLogKeepsSecretsOut(t *testing.T) {
	t.Parallel()
	st := storetest.Open(t, storetest.Backends[0])
	token := session(t, st, "log", time.Now().Add(time.Hour))
	var logs syncBuffer
	h := newServer(t, st, func(_ *Config, d *Deps) { d.Logger = slog.New(slog.NewJSONHandler(&logs, nil)) }).Handler()
	do(h, "GET", "/v1/session", nil, "Authorization", "Bearer "+token)
	do(h, "GET", "/v1/content?q=private-search-words", nil)
	out := logs.String()
	for _, secret := range []string{token, "private-search-words", "Bearer"} {
		if strings.Contains(out, secret) {
			t.Errorf("access log contains %q:\n%s", secret, out)
		}
	}
	if strings.Count(out, `"msg":"request"`) != 2 || !strings.Contains(out, `"route":"/v1/session"`) || !strings.Contains(out, `"session":`) {
		t.Errorf("access log lacks the expected lines:\n%s", out)
	}
}

func TestHealth(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, st *store.Store) {
		tests := []struct {
			name   string
			chain  ChainStatus
			status int
			chainS string
		}{
			{"no chain", nil, 200, "not_configured"},
			{"chain up", fakeChain{head: 42}, 200, "ok"},
			{"chain down", fakeChain{err: errors.New("dial tcp 10.0.0.1:8545: connection refused")}, 503, "down"},
		}
		for _, tt := range tests {
			h := newServer(t, st, func(_ *Config, d *Deps) { d.Chain = tt.chain }).Handler()
			r := do(h, "GET", "/healthz", nil)
			var got healthJSON
			r.decode(t, &got)
			if r.StatusCode != tt.status || got.Components["database"].Status != "ok" || got.Components["chain"].Status != tt.chainS {
				t.Errorf("%s: %d %s", tt.name, r.StatusCode, r.body)
			}
			if bytes.Contains(r.body, []byte("10.0.0.1")) {
				t.Errorf("%s: health leaks internals: %s", tt.name, r.body)
			}
			if tt.chainS == "ok" && (got.Components["chain"].Head == nil || *got.Components["chain"].Head != 42) {
				t.Errorf("%s: head not reported: %s", tt.name, r.body)
			}
		}
	})
	// A closed database is reported down.
	st := storetest.Open(t, storetest.Backends[0])
	h := newServer(t, st, nil).Handler()
	st.Close()
	r := do(h, "GET", "/healthz", nil)
	var got healthJSON
	r.decode(t, &got)
	if r.StatusCode != 503 || got.Components["database"].Status != "down" {
		t.Fatalf("closed database: %d %s", r.StatusCode, r.body)
	}
}

func TestMetrics(t *testing.T) {
	t.Parallel()
	st := storetest.Open(t, storetest.Backends[0])
	s := newServer(t, st, nil)
	h := s.Handler()
	do(h, "GET", "/v1/content", nil)
	do(h, "GET", "/v1/content/77", nil)
	do(h, "GET", "/no/such/thing", nil)
	if err := s.recordKeyIssuance(context.Background(), "1", alice); err != nil {
		t.Fatal(err)
	}
	r := do(h, "GET", "/metrics", nil)
	for _, want := range []string{
		`swarmgate_http_requests_total{method="GET",route="/v1/content",status="200"} 1`,
		`swarmgate_http_requests_total{method="GET",route="/v1/content/:id",status="404"} 1`,
		`swarmgate_http_requests_total{method="GET",route="unmatched",status="404"} 1`,
		`swarmgate_http_request_duration_seconds_bucket{method="GET",route="/v1/content",le="+Inf"} 1`,
		`swarmgate_gateway_keys_issued_total 1`,
	} {
		if !bytes.Contains(r.body, []byte(want)) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}

func TestRecordKeyIssuance(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		for _, audit := range []bool{false, true} {
			s := newServer(t, st, func(c *Config, _ *Deps) { c.AuditLog = audit })
			if err := s.recordKeyIssuance(ctx, "5", bob); err != nil {
				t.Fatal(err)
			}
			if err := s.issued.flush(ctx, st, counterKeysIssued); err != nil {
				t.Fatal(err)
			}
		}
		cs, err := st.Counters(ctx, counterKeysIssued, time.Now(), time.Now())
		if err != nil || len(cs) != 1 || cs[0].Value != 2 {
			t.Fatalf("day counter %+v, %v; want 2", cs, err)
		}
	})
}

// TestOpenAPIMatchesRoutes fails when a registered route is undocumented or a documented
// route is not registered.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	t.Parallel()
	st := storetest.Open(t, storetest.Backends[0])
	s := newServer(t, st, nil)
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	r := do(s.Handler(), "GET", "/openapi.json", nil)
	if err := json.Unmarshal(r.body, &doc); err != nil || !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Fatalf("/openapi.json: %v %q", err, doc.OpenAPI)
	}
	documented := map[string]bool{}
	for path, ops := range doc.Paths {
		for method := range ops {
			if method != "parameters" {
				documented[strings.ToUpper(method)+" "+path] = true
			}
		}
	}
	registered := map[string]bool{}
	for _, rt := range s.engine.Routes() {
		parts := strings.Split(rt.Path, "/")
		for i, p := range parts {
			if strings.HasPrefix(p, ":") {
				parts[i] = "{" + p[1:] + "}"
			}
		}
		registered[rt.Method+" "+strings.Join(parts, "/")] = true
	}
	for k := range registered {
		if !documented[k] {
			t.Errorf("route %s is not in openapi.json", k)
		}
	}
	for k := range documented {
		if !registered[k] {
			t.Errorf("openapi.json documents %s, which is not registered", k)
		}
	}
}

func TestRunAndShutdown(t *testing.T) {
	t.Parallel()
	st := storetest.Open(t, storetest.Backends[0])
	s := newServer(t, st, func(c *Config, _ *Deps) { c.Listen = "127.0.0.1:0"; c.ShutdownTimeout = 5 * time.Second })
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	select {
	case <-s.Ready():
	case err := <-done:
		t.Fatalf("Run returned early: %v", err)
	}
	res, err := http.Get("http://" + s.Addr().String() + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 200 {
		t.Fatalf("healthz over TCP: %d", res.StatusCode)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Run after cancel: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return after its context ended")
	}
	if err := s.Run(context.Background()); err == nil {
		t.Fatal("second Run succeeded")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestRunReportsBusyPort(t *testing.T) {
	t.Parallel()
	st := storetest.Open(t, storetest.Backends[0])
	a := newServer(t, st, func(c *Config, _ *Deps) { c.Listen = "127.0.0.1:0" })
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go a.Run(ctx)
	<-a.Ready()
	b := newServer(t, st, func(c *Config, _ *Deps) { c.Listen = a.Addr().String() })
	if err := b.Run(ctx); err == nil || !strings.Contains(err.Error(), "listen on") {
		t.Fatalf("Run on a busy port: %v", err)
	}
}

func TestNewRefusesBadInput(t *testing.T) {
	t.Parallel()
	if _, err := New(testConfig(t), Deps{}); !errors.Is(err, ErrMissingDependency) {
		t.Fatalf("no store: %v", err)
	}
	cfg := testConfig(t)
	cfg.Listen = "nowhere"
	if _, err := New(cfg, Deps{}); !errors.Is(err, ErrInvalidConfig) {
		t.Fatalf("bad config: %v", err)
	}
}

func TestConfigValidate(t *testing.T) {
	t.Parallel()
	if err := testConfig(t).Validate(); err != nil {
		t.Fatalf("test config invalid: %v", err)
	}
	bad := Config{
		Listen: "localhost", PublicURL: "gateway.example.com", DatabaseDSN: "mysql://x", MasterKeyFile: "a", MasterKey: "b",
		MaxUploadBytes: -1, MaxBodyBytes: 0, ConfirmationDepth: 5000, RateIP: -1, RateSession: 1, BurstSession: 0, RateKeys: 0,
		TrustedProxies: []string{"10.0.0.0/33"}, ReadTimeout: -time.Second,
	}
	err := bad.Validate()
	var ce *ConfigError
	if !errors.As(err, &ce) || !errors.Is(err, ErrInvalidConfig) {
		t.Fatalf("Validate() = %v", err)
	}
	for _, want := range []string{"listen address", "public URL", "database DSN", "data directory", "both a master key file and a master key",
		"upload size limit", "request body limit", "confirmation depth", "per-IP rate limit", "per-session burst", "rate limiter memory",
		"trusted proxy", "read-header timeout", "read timeout", "write timeout", "idle timeout", "shutdown timeout"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("Validate() does not mention %q:\n%v", want, err)
		}
	}
	noKey := testConfig(t)
	noKey.MasterKey = ""
	if err := noKey.Validate(); err == nil || !strings.Contains(err.Error(), "no master key") {
		t.Fatalf("no master key: %v", err)
	}
}

// syncBuffer is testnet.SyncBuffer: safe to write from a running command and read from the test.
type syncBuffer = testnet.SyncBuffer
