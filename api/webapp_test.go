package api

import (
	"bytes"
	"compress/gzip"
	"io"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/swarmgate/swarmgate/store/storetest"
)

// TestWebAppServesEmbeddedBuild: the gateway answers / with the embedded build's index.html,
// under the strict Content-Security-Policy, revalidated on every load.
func TestWebAppServesEmbeddedBuild(t *testing.T) {
	t.Parallel()
	st := storetest.Open(t, storetest.Backends[0])
	s := newServer(t, st, func(c *Config, _ *Deps) { c.PublicRPCURL = "http://127.0.0.1:8545" })
	r := do(s.Handler(), "GET", "/", nil)
	if r.StatusCode != 200 || !bytes.Contains(r.body, []byte("<html")) {
		t.Fatalf("GET /: %d %.200s", r.StatusCode, r.body)
	}
	if ct := r.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	if cc := r.Header.Get("Cache-Control"); cc != "no-cache" {
		t.Errorf("Cache-Control of the page %q, want no-cache", cc)
	}
	csp := r.Header.Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'none'", "script-src 'self'", "connect-src 'self' http://127.0.0.1:8545", "frame-ancestors 'none'", "worker-src 'self'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("CSP %q lacks %q", csp, want)
		}
	}
	if strings.Contains(csp, "unsafe") {
		t.Errorf("CSP allows unsafe sources: %q", csp)
	}
	if r.Header.Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("no nosniff")
	}
}

// TestWebApp checks caching, compression, revalidation and the Service Worker header on a
// build with the shape the web app's build produces.
func TestWebApp(t *testing.T) {
	t.Parallel()
	big := strings.Repeat("console.log('swarmgate');\n", 200)
	app := newWebApp(fstest.MapFS{
		"index.html":            {Data: []byte("<!doctype html><title>x</title>")},
		"sw.js":                 {Data: []byte(big)},
		"assets/index-Ab12.js":  {Data: []byte(big)},
		"assets/index-Cd34.css": {Data: []byte("body{}")},
		"assets/poster.png":     {Data: []byte("\x89PNG....")},
		"favicon.svg":           {Data: []byte("<svg/>")},
	}, "")
	st := storetest.Open(t, storetest.Backends[0])
	s := newServer(t, st, nil)
	s.webApp = app
	h := s.Handler()

	for _, tc := range []struct {
		path, ctype, cache string
		gzip               bool
	}{
		{"/", "text/html; charset=utf-8", webPageCache, false},
		{"/index.html", "text/html; charset=utf-8", webPageCache, false},
		{"/sw.js", "text/javascript; charset=utf-8", webPageCache, true},
		{"/assets/index-Ab12.js", "text/javascript; charset=utf-8", webAssetCache, true},
		{"/assets/index-Cd34.css", "text/css; charset=utf-8", webAssetCache, false},
		{"/assets/poster.png", "image/png", webAssetCache, false},
		{"/favicon.svg", "image/svg+xml", webPageCache, false},
	} {
		t.Run(tc.path, func(t *testing.T) {
			r := do(h, "GET", tc.path, nil, "Accept-Encoding", "gzip, br")
			if r.StatusCode != 200 {
				t.Fatalf("status %d: %s", r.StatusCode, r.body)
			}
			if got := r.Header.Get("Content-Type"); got != tc.ctype {
				t.Errorf("Content-Type %q, want %q", got, tc.ctype)
			}
			if got := r.Header.Get("Cache-Control"); got != tc.cache {
				t.Errorf("Cache-Control %q, want %q", got, tc.cache)
			}
			body := r.body
			if tc.gzip {
				if r.Header.Get("Content-Encoding") != "gzip" || r.Header.Get("Vary") != "Accept-Encoding" {
					t.Fatalf("not compressed: %v", r.Header)
				}
				zr, err := gzip.NewReader(bytes.NewReader(r.body))
				if err != nil {
					t.Fatal(err)
				}
				if body, err = io.ReadAll(zr); err != nil {
					t.Fatal(err)
				}
				if string(body) != big {
					t.Fatalf("gzip body differs")
				}
				// Without gzip in Accept-Encoding (or refused with q=0): the plain bytes.
				for _, ae := range []string{"", "identity", "gzip;q=0"} {
					p := do(h, "GET", tc.path, nil, "Accept-Encoding", ae)
					if p.Header.Get("Content-Encoding") != "" || string(p.body) != big {
						t.Errorf("Accept-Encoding %q: encoding %q, %d bytes", ae, p.Header.Get("Content-Encoding"), len(p.body))
					}
					if p.Header.Get("ETag") == r.Header.Get("ETag") {
						t.Errorf("the gzip and plain variants share an ETag")
					}
				}
			} else if r.Header.Get("Content-Encoding") != "" {
				t.Errorf("small or binary file compressed")
			}
			etag := r.Header.Get("ETag")
			if etag == "" {
				t.Fatal("no ETag")
			}
			if nm := do(h, "GET", tc.path, nil, "Accept-Encoding", "gzip", "If-None-Match", etag); nm.StatusCode != 304 {
				t.Errorf("revalidation with the ETag: %d, want 304", nm.StatusCode)
			}
			if hd := do(h, "HEAD", tc.path, nil); hd.StatusCode != 200 || len(hd.body) != 0 {
				t.Errorf("HEAD: %d, %d bytes", hd.StatusCode, len(hd.body))
			}
		})
	}
	if r := do(h, "GET", "/sw.js", nil); r.Header.Get("Service-Worker-Allowed") != "/" {
		t.Errorf("sw.js without Service-Worker-Allowed: /")
	}
	// The policy goes with documents and the worker, not with every script and style.
	for path, want := range map[string]bool{"/": true, "/sw.js": true, "/favicon.svg": true, "/assets/index-Ab12.js": false, "/assets/index-Cd34.css": false} {
		if got := do(h, "GET", path, nil).Header.Get("Content-Security-Policy") != ""; got != want {
			t.Errorf("%s has a Content-Security-Policy: %v, want %v", path, got, want)
		}
	}
	if r := do(h, "GET", "/assets/index-Ab12.js", nil, "Range", "bytes=0-9"); r.StatusCode != 206 || string(r.body) != big[:10] {
		t.Errorf("Range on an asset: %d %q", r.StatusCode, r.body)
	}
	// Metrics name the web app's files as one route, apart from unmatched paths.
	do(h, "GET", "/nope", nil)
	if got := metricValue(t, h, `swarmgate_http_requests_total{method="GET",route="webapp",status="200"}`); got < 10 {
		t.Errorf("web app requests counted under route webapp: %v", got)
	}
	if got := metricValue(t, h, `swarmgate_http_requests_total{method="GET",route="unmatched",status="404"}`); got != 1 {
		t.Errorf("unmatched requests: %v, want 1", got)
	}
}

// TestWebAppUnknownPaths: what is not a file of the build (or not GET/HEAD) is the API's
// route_not_found problem, with no file system path escaping the embedded build.
func TestWebAppUnknownPaths(t *testing.T) {
	t.Parallel()
	st := storetest.Open(t, storetest.Backends[0])
	s := newServer(t, st, nil)
	s.webApp = newWebApp(fstest.MapFS{"index.html": {Data: []byte("<!doctype html>")}, "assets/a.js": {Data: []byte("1")}}, "")
	for _, tc := range []struct{ method, path string }{
		{"GET", "/nope.js"},
		{"GET", "/assets/"},
		{"GET", "/assets"},
		{"GET", "/assets/../index.html"},
		{"GET", "/%2e%2e/go.mod"},
		{"GET", "//index.html"},
		{"GET", "/index.html/"},
		{"POST", "/"},
		{"DELETE", "/assets/a.js"},
		{"GET", "/v1/nope"},
	} {
		t.Run(tc.method+" "+tc.path, func(t *testing.T) {
			r := do(s.Handler(), tc.method, tc.path, nil)
			if p := r.problem(t); p.Code != "route_not_found" {
				t.Errorf("code %q, want route_not_found", p.Code)
			}
		})
	}
}

func TestWebCSPIgnoresBadRPCURL(t *testing.T) {
	t.Parallel()
	for rpc, want := range map[string]string{
		"":                            "connect-src 'self';",
		"https://rpc.example.com/key": "connect-src 'self' https://rpc.example.com;",
		"wss://rpc.example.com:8546":  "connect-src 'self' wss://rpc.example.com:8546;",
		"not a url":                   "connect-src 'self';",
	} {
		if csp := webCSP(rpc); !strings.Contains(csp, want) {
			t.Errorf("webCSP(%q) = %q, want %q in it", rpc, csp, want)
		}
	}
}
