package api

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"
	tusd "github.com/tus/tusd/v2/pkg/handler"
)

// CORS for browser clients (Config.CORSOrigins). The /v1 API is called with a bearer token,
// never with cookies, so no response allows credentials. The same lists serve the gin routes
// and tusd (whose own CORS handling answers tus preflights and tus responses), so a tus client
// in a browser (tus-js-client) reads Location, Upload-Offset and the rest.
const (
	corsAllowMethods = "POST, HEAD, PATCH, OPTIONS, GET, DELETE"
	corsMaxAge       = "7200" // seconds; Chromium caps it at 2 h
)

var (
	// corsAllowHeaders are the request headers a page may send: tusd's list (which has
	// Authorization, Content-Type and X-Request-ID) serves every route.
	corsAllowHeaders = tusd.DefaultCorsConfig.AllowHeaders
	// corsExposeHeaders are the response headers a page may read: the tus ones, plus what
	// the gateway's own routes set.
	corsExposeHeaders = tusd.DefaultCorsConfig.ExposeHeaders + ", X-Request-Id, Retry-After, Content-Disposition, WWW-Authenticate"
)

// errBadOrigin explains a malformed CORS origin.
var errBadOrigin = errors.New("not an origin")

// parseOrigin checks one configured CORS origin and returns it the way browsers send it in
// the Origin header: lowercase scheme and host, no default port. "*" stands for any origin.
func parseOrigin(s string) (string, error) {
	if s == "*" {
		return s, nil
	}
	u, err := url.Parse(s)
	switch {
	case err != nil:
		return "", fmt.Errorf("%w: %v", errBadOrigin, err)
	case u.Scheme == "" || u.Opaque != "" || u.Hostname() == "":
		return "", fmt.Errorf("%w: it needs a scheme and a host", errBadOrigin)
	case u.User != nil || u.Path != "" || u.RawQuery != "" || u.ForceQuery || u.Fragment != "":
		return "", fmt.Errorf("%w: an origin has no path (not even a trailing /), query, fragment or user", errBadOrigin)
	}
	scheme, host, port := strings.ToLower(u.Scheme), strings.ToLower(u.Hostname()), u.Port()
	if strings.HasSuffix(u.Host, ":") {
		return "", fmt.Errorf("%w: empty port", errBadOrigin)
	}
	if port != "" {
		if n, err := strconv.Atoi(port); err != nil || n < 1 || n > 65535 {
			return "", fmt.Errorf("%w: port must be 1–65535", errBadOrigin)
		}
		if scheme == "http" && port == "80" || scheme == "https" && port == "443" {
			port = ""
		}
	}
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	if port != "" {
		host += ":" + port
	}
	return scheme + "://" + host, nil
}

// corsPolicy is the validated Config.CORSOrigins; nil means CORS is off.
type corsPolicy struct {
	any     bool
	origins map[string]bool
}

// newCORS builds the policy from validated origins; none gives nil.
func newCORS(origins []string) *corsPolicy {
	if len(origins) == 0 {
		return nil
	}
	p := &corsPolicy{origins: map[string]bool{}}
	for _, o := range origins {
		n, err := parseOrigin(o)
		if err != nil {
			continue // Validate refused it already
		}
		p.any = p.any || n == "*"
		p.origins[n] = true
	}
	return p
}

// allows reports whether a request with this Origin header may read the response.
func (p *corsPolicy) allows(origin string) bool {
	if p == nil || origin == "" {
		return false
	}
	return p.any || p.origins[strings.ToLower(origin)]
}

// tusConfig is tusd's CORS configuration for the policy: off without one. Requests from
// origins the policy refuses reach tusd without their Origin header (see serveTus), so tusd
// serves them as before instead of answering 403.
func (p *corsPolicy) tusConfig() *tusd.CorsConfig {
	if p == nil {
		return &tusd.CorsConfig{Disable: true}
	}
	allow := ".*"
	if !p.any {
		alts := make([]string, 0, len(p.origins))
		for o := range p.origins {
			alts = append(alts, regexp.QuoteMeta(o))
		}
		allow = "(?i)^(?:" + strings.Join(alts, "|") + ")$"
	}
	return &tusd.CorsConfig{
		AllowOrigin:   regexp.MustCompile(allow),
		AllowMethods:  corsAllowMethods,
		AllowHeaders:  corsAllowHeaders,
		MaxAge:        corsMaxAge,
		ExposeHeaders: corsExposeHeaders,
	}
}

// cors is the CORS middleware of the /v1 API. A preflight from an allowed origin is answered
// here (tus preflights by tusd); an actual request from one gets Access-Control-Allow-Origin
// and the exposed headers before the route runs, so errors are readable too. Requests from
// other origins get no CORS headers and are otherwise served as before.
func (s *Server) cors(c *gin.Context) {
	p := s.corsPolicy
	path := c.Request.URL.Path
	if p == nil || !strings.HasPrefix(path, "/v1/") {
		c.Next()
		return
	}
	h := c.Writer.Header()
	if !p.any {
		h.Add("Vary", "Origin")
	}
	origin := c.GetHeader("Origin")
	if !p.allows(origin) {
		c.Next()
		return
	}
	preflight := c.Request.Method == http.MethodOptions && c.GetHeader("Access-Control-Request-Method") != ""
	if preflight && strings.HasPrefix(path, tusBase) && s.tusHTTP != nil {
		s.tusHTTP.ServeHTTP(c.Writer, c.Request)
		c.Abort()
		return
	}
	h.Set("Access-Control-Allow-Origin", corsOriginValue(p, origin))
	if preflight {
		h.Set("Access-Control-Allow-Methods", corsAllowMethods)
		h.Set("Access-Control-Allow-Headers", corsAllowHeaders)
		h.Set("Access-Control-Max-Age", corsMaxAge)
		c.AbortWithStatus(http.StatusNoContent)
		return
	}
	h.Set("Access-Control-Expose-Headers", corsExposeHeaders)
	c.Next()
}

// corsOriginValue is "*" when any origin is allowed, else the request's own origin.
func corsOriginValue(p *corsPolicy, origin string) string {
	if p.any {
		return "*"
	}
	return origin
}

// corsForTus prepares a request for tusd: an origin the policy refuses is removed (tusd would
// answer 403), and for an allowed one the headers cors set are dropped, since tusd sets its
// own.
func (s *Server) corsForTus(w http.ResponseWriter, r *http.Request) {
	if origin := r.Header.Get("Origin"); origin != "" && !s.corsPolicy.allows(origin) {
		r.Header.Del("Origin")
		return
	}
	w.Header().Del("Access-Control-Allow-Origin")
	w.Header().Del("Access-Control-Expose-Headers")
}
