package api

import (
	"bytes"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/swarmgate/swarmgate/store"
)

func TestCorsConfigValidation(t *testing.T) {
	t.Parallel()
	good := map[string]string{
		"*":                           "*",
		"https://app.example.com":     "https://app.example.com",
		"HTTPS://App.Example.COM":     "https://app.example.com",
		"https://app.example.com:443": "https://app.example.com",
		"http://localhost:5173":       "http://localhost:5173",
		"http://127.0.0.1:80":         "http://127.0.0.1",
		"http://[::1]:8080":           "http://[::1]:8080",
		"chrome-extension://abcdef":   "chrome-extension://abcdef",
	}
	for in, want := range good {
		got, err := parseOrigin(in)
		if err != nil || got != want {
			t.Errorf("parseOrigin(%q) = %q, %v; want %q", in, got, err, want)
		}
		cfg := testConfig(t)
		cfg.CORSOrigins = []string{in}
		if err := cfg.Validate(); err != nil {
			t.Errorf("origin %q refused: %v", in, err)
		}
	}
	for _, bad := range []string{"", "app.example.com", "https://app.example.com/", "https://app.example.com/path",
		"https://app.example.com?x=1", "https://app.example.com?", "https://app.example.com#top", "https://user@app.example.com",
		"https://app.example.com:", "https://app.example.com:0", "https://app.example.com:99999", "https://app.example.com:x",
		"https://", "mailto:someone@example.com", "**"} {
		cfg := testConfig(t)
		cfg.CORSOrigins = []string{"https://ok.example.com", bad}
		err := cfg.Validate()
		var ce *ConfigError
		if !errors.As(err, &ce) || len(ce.Problems) != 1 || !strings.Contains(ce.Problems[0], "CORS origin "+strconv.Quote(bad)) ||
			!strings.Contains(ce.Problems[0], "scheme://host[:port]") {
			t.Errorf("origin %q: %v", bad, err)
		}
	}
	cfg := testConfig(t)
	cfg.CORSOrigins = []string{"*", "https://app.example.com"}
	if err := cfg.Validate(); err == nil || !strings.Contains(err.Error(), "give it alone") {
		t.Errorf("* with others: %v", err)
	}
}

// corsHeaders returns the response's Access-Control-* headers.
func corsHeaders(h http.Header) http.Header {
	out := http.Header{}
	for k, v := range h {
		if strings.HasPrefix(k, "Access-Control-") {
			out[k] = v
		}
	}
	return out
}

func TestCorsPreflight(t *testing.T) {
	t.Parallel()
	const allowed, refused = "https://app.example.com", "https://evil.example.net"
	st := storeFor(t)
	g := startGateway(t, st, func(c *Config, _ *Deps) {
		c.CORSOrigins = []string{"http://localhost:5173", "HTTPS://APP.example.com:443"}
	}, nil)
	token := session(t, st, "alice", time.Now().Add(time.Hour))
	id, r := g.tusCreate(t, token, 10)
	if id == "" {
		t.Fatalf("tus create: %d %s", r.StatusCode, r.body)
	}
	preflight := func(path, method, origin string) resp {
		return g.req(t, "OPTIONS", path, nil, "Origin", origin, "Access-Control-Request-Method", method,
			"Access-Control-Request-Headers", "authorization, content-type, tus-resumable, upload-offset")
	}
	for _, tc := range []struct{ path, method string }{
		{"/v1/auth/nonce", "POST"},
		{"/v1/uploads", "POST"},
		{"/v1/uploads/" + id, "DELETE"},
		{"/v1/tus/", "POST"},
		{"/v1/tus/" + id, "PATCH"},
	} {
		t.Run(tc.method+" "+tc.path, func(t *testing.T) {
			r := preflight(tc.path, tc.method, allowed)
			if r.StatusCode != http.StatusNoContent && r.StatusCode != http.StatusOK {
				t.Fatalf("allowed preflight: %d %s", r.StatusCode, r.body)
			}
			h := r.Header
			if h.Get("Access-Control-Allow-Origin") != allowed || h.Get("Access-Control-Allow-Credentials") != "" ||
				!strings.Contains(h.Get("Access-Control-Allow-Methods"), tc.method) || h.Get("Access-Control-Max-Age") == "" {
				t.Errorf("allowed preflight headers: %v", corsHeaders(h))
			}
			for _, want := range []string{"Authorization", "Content-Type", "Tus-Resumable", "Upload-Offset"} {
				if !strings.Contains(h.Get("Access-Control-Allow-Headers"), want) {
					t.Errorf("preflight does not allow %s: %q", want, h.Get("Access-Control-Allow-Headers"))
				}
			}
			if !strings.Contains(h.Get("Vary"), "Origin") {
				t.Errorf("Vary %q", h.Values("Vary"))
			}
			// A refused origin gets no CORS headers: the OPTIONS request is served as any
			// other OPTIONS request (no such method, 405).
			r = preflight(tc.path, tc.method, refused)
			if got := corsHeaders(r.Header); len(got) != 0 {
				t.Errorf("refused preflight got CORS headers %v", got)
			}
			if r.StatusCode != http.StatusMethodNotAllowed || r.problem(t).Code != "method_not_allowed" {
				t.Errorf("refused preflight: %d %s", r.StatusCode, r.body)
			}
		})
	}

	// Actual requests: an allowed origin may read the response, errors included.
	r = g.req(t, "GET", "/v1/uploads", nil, "Origin", allowed)
	if r.StatusCode != http.StatusUnauthorized || r.Header.Get("Access-Control-Allow-Origin") != allowed ||
		!strings.Contains(r.Header.Get("Access-Control-Expose-Headers"), "X-Request-Id") {
		t.Errorf("401 from an allowed origin: %d %v", r.StatusCode, corsHeaders(r.Header))
	}
	r = g.req(t, "GET", "/v1/uploads", nil, "Origin", "http://localhost:5173", "Authorization", "Bearer "+token)
	if r.StatusCode != http.StatusOK || r.Header.Get("Access-Control-Allow-Origin") != "http://localhost:5173" {
		t.Errorf("GET from the second allowed origin: %d %v", r.StatusCode, corsHeaders(r.Header))
	}
	r = g.req(t, "GET", "/v1/uploads", nil, "Origin", refused, "Authorization", "Bearer "+token)
	if r.StatusCode != http.StatusOK || len(corsHeaders(r.Header)) != 0 {
		t.Errorf("GET from a refused origin: %d %v", r.StatusCode, corsHeaders(r.Header))
	}
	// Only the /v1 API takes part.
	if r := g.req(t, "GET", "/healthz", nil, "Origin", allowed); len(corsHeaders(r.Header)) != 0 {
		t.Errorf("/healthz got CORS headers %v", corsHeaders(r.Header))
	}
}

// TestCorsTus runs a tus upload as a browser would, through tusd's own CORS handling: the
// creation and the PATCHes expose the tus headers to an allowed origin, once each; a refused
// origin's upload is served as before, without CORS headers (tusd alone would answer 403).
func TestCorsTus(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, st *store.Store) {
		const allowed, refused = "https://app.example.com", "https://evil.example.net"
		g := startGateway(t, st, func(c *Config, _ *Deps) { c.CORSOrigins = []string{allowed} }, nil)
		token := session(t, st, "alice", time.Now().Add(time.Hour))
		data := randomBytes(t, 64<<10)
		for _, origin := range []string{allowed, refused} {
			r := g.req(t, "POST", "/v1/tus/", nil, "Origin", origin, "Authorization", "Bearer "+token, "Tus-Resumable", "1.0.0",
				"Upload-Length", strconv.Itoa(len(data)), "Upload-Metadata", "filename "+b64("clip.mp4")+",title "+b64("Clip"))
			if r.StatusCode != http.StatusCreated {
				t.Fatalf("%s: create: %d %s", origin, r.StatusCode, r.body)
			}
			checkTusCors(t, "create", origin == allowed, origin, r.Header)
			id := strings.TrimPrefix(r.Header.Get("Location"), g.url+"/v1/tus/")
			patch := func(off int, chunk []byte) resp {
				return g.req(t, "PATCH", "/v1/tus/"+id, bytes.NewReader(chunk), "Origin", origin, "Authorization", "Bearer "+token,
					"Tus-Resumable", "1.0.0", "Content-Type", "application/offset+octet-stream", "Upload-Offset", strconv.Itoa(off))
			}
			if r := patch(0, data[:20<<10]); r.StatusCode != http.StatusNoContent || r.Header.Get("Upload-Offset") != strconv.Itoa(20<<10) {
				t.Fatalf("%s: PATCH: %d %s", origin, r.StatusCode, r.body)
			} else {
				checkTusCors(t, "PATCH", origin == allowed, origin, r.Header)
			}
			// A refused PATCH (wrong offset) answered by tusd is readable too.
			if r := patch(1, data[1:]); r.StatusCode != http.StatusConflict {
				t.Fatalf("%s: PATCH at the wrong offset: %d %s", origin, r.StatusCode, r.body)
			} else {
				checkTusCors(t, "PATCH at the wrong offset", origin == allowed, origin, r.Header)
			}
			if r := patch(20<<10, data[20<<10:]); r.StatusCode != http.StatusNoContent {
				t.Fatalf("%s: last PATCH: %d %s", origin, r.StatusCode, r.body)
			}
			u := g.waitUpload(t, token, id)
			if u.State != store.UploadSealed {
				t.Fatalf("%s: upload %+v", origin, u)
			}
			// HEAD on a sealed upload is answered by the gateway, not tusd: same headers.
			r = g.req(t, "HEAD", "/v1/tus/"+id, nil, "Origin", origin, "Authorization", "Bearer "+token, "Tus-Resumable", "1.0.0")
			if r.StatusCode != http.StatusOK {
				t.Fatalf("%s: HEAD: %d", origin, r.StatusCode)
			}
			checkTusCors(t, "HEAD after sealing", origin == allowed, origin, r.Header)
			data = randomBytes(t, 64<<10) // the same bytes again would be a duplicate
		}
	})
}

// checkTusCors checks a tus response's CORS headers: for an allowed origin, the origin and
// one Expose-Headers value naming what tus-js-client reads; otherwise none.
func checkTusCors(t *testing.T, what string, allowed bool, origin string, h http.Header) {
	t.Helper()
	if !allowed {
		if got := corsHeaders(h); len(got) != 0 {
			t.Errorf("%s from a refused origin: CORS headers %v", what, got)
		}
		return
	}
	if h.Get("Access-Control-Allow-Origin") != origin || len(h.Values("Access-Control-Allow-Origin")) != 1 {
		t.Errorf("%s: Allow-Origin %q", what, h.Values("Access-Control-Allow-Origin"))
	}
	expose := h.Values("Access-Control-Expose-Headers")
	if len(expose) != 1 {
		t.Fatalf("%s: Expose-Headers %q, want one value", what, expose)
	}
	for _, want := range []string{"Location", "Upload-Offset", "Upload-Length", "Tus-Resumable", "X-Request-Id"} {
		if !strings.Contains(expose[0], want) {
			t.Errorf("%s: %s not exposed: %q", what, want, expose[0])
		}
	}
}

func TestCorsOffAndAnyOrigin(t *testing.T) {
	t.Parallel()
	st := storeFor(t)
	off := newServer(t, st, nil).Handler()
	any := newServer(t, st, func(c *Config, _ *Deps) { c.CORSOrigins = []string{"*"} }).Handler()
	hdr := []string{"Origin", "https://anyone.example", "Access-Control-Request-Method", "POST"}
	if r := do(off, "OPTIONS", "/v1/auth/nonce", nil, hdr...); r.StatusCode != http.StatusMethodNotAllowed || len(corsHeaders(r.Header)) != 0 || r.Header.Get("Vary") != "" {
		t.Errorf("CORS off, preflight: %d %v", r.StatusCode, r.Header)
	}
	if r := do(off, "GET", "/v1/content", nil, "Origin", "https://anyone.example"); r.StatusCode != http.StatusOK || len(corsHeaders(r.Header)) != 0 {
		t.Errorf("CORS off, GET: %d %v", r.StatusCode, corsHeaders(r.Header))
	}
	if r := do(any, "OPTIONS", "/v1/auth/nonce", nil, hdr...); r.StatusCode != http.StatusNoContent || r.Header.Get("Access-Control-Allow-Origin") != "*" {
		t.Errorf("any origin, preflight: %d %v", r.StatusCode, corsHeaders(r.Header))
	}
	if r := do(any, "GET", "/v1/content", nil, "Origin", "https://anyone.example"); r.StatusCode != http.StatusOK || r.Header.Get("Access-Control-Allow-Origin") != "*" {
		t.Errorf("any origin, GET: %d %v", r.StatusCode, corsHeaders(r.Header))
	}
	// OPTIONS without Access-Control-Request-Method is not a preflight.
	if r := do(any, "OPTIONS", "/v1/content", nil, "Origin", "https://anyone.example"); r.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("plain OPTIONS: %d", r.StatusCode)
	}
}
