package api

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"net/url"
	"path"
	"strings"
	"sync"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/swarmgate/swarmgate/web"
)

// Web app cache lifetimes.
const (
	// webAssetCache is for files under assets/: their names carry a hash of their bytes, so a
	// new build never reuses a name and browsers may keep them for a year without asking.
	webAssetCache = "public, max-age=31536000, immutable"
	// webPageCache is for everything else (index.html, sw.js, icons): revalidated on every
	// load (the ETag makes that a 304), so a new gateway build is picked up at once.
	webPageCache = "no-cache"
	// webGzipMin is the smallest file worth compressing.
	webGzipMin = 256
)

// webFile is one file of the web app, read and compressed once.
type webFile struct {
	body  []byte
	gz    []byte // nil when not worth compressing
	ctype string
	etag  string // strong validator of body; the gzip variant adds "-gz"
	cache string
	// document: a page, an SVG or the Service Worker, which get the Content-Security-Policy.
	document bool
}

// webApp serves the embedded web app (package web): GET and HEAD of / (index.html), /sw.js,
// /assets/… and any other file at the root of the build. It answers from memory: the files are
// read and gzip-compressed on first use.
type webApp struct {
	fsys fs.FS
	csp  string

	once  sync.Once
	files map[string]*webFile
	err   error
}

func newWebApp(fsys fs.FS, publicRPCURL string) *webApp {
	return &webApp{fsys: fsys, csp: webCSP(publicRPCURL)}
}

// webCSP is the Content-Security-Policy of the web app's responses: scripts, styles, workers
// and media from this origin only, no inline script or style, no eval, no framing, no plugins;
// the page may call this gateway and the chain's JSON-RPC endpoint GET /v1/chain recommends
// (Config.PublicRPCURL), nothing else.
func webCSP(publicRPCURL string) string {
	connect := "'self'"
	if u, err := url.Parse(publicRPCURL); publicRPCURL != "" && err == nil && u.Host != "" {
		connect += " " + u.Scheme + "://" + u.Host
	}
	return strings.Join([]string{
		"default-src 'none'",
		"script-src 'self'",
		"style-src 'self'",
		"img-src 'self' data: blob:",
		"media-src 'self' blob:",
		"font-src 'self'",
		"connect-src " + connect,
		"worker-src 'self'",
		"manifest-src 'self'",
		"base-uri 'none'",
		"form-action 'self'",
		"frame-ancestors 'none'",
	}, "; ")
}

// load reads every file of the build once.
func (a *webApp) load() {
	a.once.Do(func() {
		a.files = map[string]*webFile{}
		a.err = fs.WalkDir(a.fsys, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			body, err := fs.ReadFile(a.fsys, p)
			if err != nil {
				return err
			}
			sum := sha256.Sum256(body)
			f := &webFile{body: body, ctype: webContentType(p), etag: hex.EncodeToString(sum[:16]), cache: webPageCache}
			f.document = p == "sw.js" || strings.HasPrefix(f.ctype, "text/html") || strings.HasPrefix(f.ctype, "image/svg+xml")
			if strings.HasPrefix(p, "assets/") {
				f.cache = webAssetCache
			}
			if len(body) >= webGzipMin && webCompressible(f.ctype) {
				var buf bytes.Buffer
				zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
				_, _ = zw.Write(body)
				_ = zw.Close()
				if buf.Len() < len(body)*9/10 {
					f.gz = buf.Bytes()
				}
			}
			a.files[p] = f
			return nil
		})
	})
}

// webContentType names the media type of a built file by its extension.
func webContentType(p string) string {
	switch path.Ext(p) {
	case ".html":
		return "text/html; charset=utf-8"
	case ".js", ".mjs":
		return "text/javascript; charset=utf-8"
	case ".css":
		return "text/css; charset=utf-8"
	case ".json", ".map":
		return "application/json"
	case ".webmanifest":
		return "application/manifest+json"
	case ".svg":
		return "image/svg+xml"
	case ".wasm":
		return "application/wasm"
	case ".txt":
		return "text/plain; charset=utf-8"
	}
	if t := mime.TypeByExtension(path.Ext(p)); t != "" {
		return t
	}
	return "application/octet-stream"
}

func webCompressible(ctype string) bool {
	for _, p := range []string{"text/", "application/json", "application/manifest+json", "image/svg+xml", "application/wasm"} {
		if strings.HasPrefix(ctype, p) {
			return true
		}
	}
	return false
}

// acceptsGzip reports whether an Accept-Encoding header value allows gzip (and does not refuse
// it with q=0).
func acceptsGzip(h string) bool {
	for part := range strings.SplitSeq(h, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if n := strings.ToLower(strings.TrimSpace(name)); n != "gzip" && n != "*" {
			continue
		}
		q := strings.ReplaceAll(strings.ToLower(params), " ", "")
		return !(q == "q=0" || q == "q=0.0" || q == "q=0.00" || q == "q=0.000")
	}
	return false
}

// serve answers GET or HEAD of the app file at the request's path; it reports false (writing
// nothing) when there is no such file, so the caller answers route_not_found.
func (a *webApp) serve(c *gin.Context) (bool, error) {
	if c.Request.Method != http.MethodGet && c.Request.Method != http.MethodHead {
		return false, nil
	}
	p := strings.TrimPrefix(c.Request.URL.Path, "/")
	if p == "" {
		p = "index.html"
	}
	if !fs.ValidPath(p) {
		return false, nil
	}
	a.load()
	if a.err != nil {
		return false, fmt.Errorf("web app: read the embedded build: %w", a.err)
	}
	f, ok := a.files[p]
	if !ok {
		return false, nil
	}
	c.Set(ctxWebApp, true) // the route label of metrics and the access log
	h := c.Writer.Header()
	h.Set("Content-Type", f.ctype)
	h.Set("Cache-Control", f.cache)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	if f.document {
		// The policy governs documents (an SVG opened on its own is one) and workers; on the
		// scripts and styles a page loads it does nothing, so they go without its bytes.
		h.Set("Content-Security-Policy", a.csp)
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("X-Frame-Options", "DENY")
	}
	if p == "sw.js" {
		// The worker answers the page's requests under / (the video element's Range requests).
		h.Set("Service-Worker-Allowed", "/")
	}
	body, etag := f.body, f.etag
	if f.gz != nil {
		h.Add("Vary", "Accept-Encoding")
		if acceptsGzip(c.GetHeader("Accept-Encoding")) {
			body, etag = f.gz, f.etag+"-gz"
			h.Set("Content-Encoding", "gzip")
		}
	}
	h.Set("ETag", `"`+etag+`"`)
	http.ServeContent(c.Writer, c.Request, "", time.Time{}, bytes.NewReader(body))
	return true, nil
}

// ctxWebApp marks a request answered with a file of the web app.
const ctxWebApp = "swarmgate.webapp"

// noRoute answers a request no endpoint matched: a file of the web app when there is one,
// else the route_not_found problem.
func (s *Server) noRoute(c *gin.Context) {
	if s.webApp != nil {
		served, err := s.webApp.serve(c)
		if err != nil {
			s.abort(c, err)
			return
		}
		if served {
			return
		}
	}
	s.abort(c, &wrapped{ErrRouteNotFound, "no endpoint at " + redactPath(c.Request.URL.Path) + "; see /openapi.json"})
}

// defaultWebApp is the embedded build of package web.
func defaultWebApp(cfg Config) *webApp { return newWebApp(web.Dist(), cfg.PublicRPCURL) }
