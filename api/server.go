package api

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	trackerServer "github.com/anacrolix/torrent/tracker/server"

	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/store"
	"github.com/swarmgate/swarmgate/store/keyring"
)

// Deps are the gateway's collaborators, opened by the caller (who also closes them).
type Deps struct {
	// Store is the gateway database, migrated. Required.
	Store *store.Store
	// Keys seals and opens content keys; required by uploads and key issuance.
	Keys *keyring.Keyring
	// Chain reports the chain head for /healthz; nil reports the chain as not configured.
	Chain ChainStatus
	// Wallets asks contract wallets (EIP-1271 isValidSignature; *chain.Client) whether they
	// signed a sign-in message, a registration or a policy update; nil lets only externally
	// owned accounts sign.
	Wallets SignatureVerifier
	// Entitlement answers hasAccess for key issuance (cached by the server); nil makes key
	// issuance unavailable.
	Entitlement Entitlement
	// Registry builds and relays registrations; nil makes registration unavailable.
	Registry Registry
	// Policies reads owners, policies and revenue owed, and builds and relays policy updates
	// (*chain.Client); nil turns policy changes off (503) and leaves revenue owed out of a
	// creator's listing.
	Policies PolicyUpdater
	// Code reads contract code (the backend of *chain.Client), to check that a policy's
	// currency and gate token are contracts before an upload is stored; nil leaves the check to
	// the registry at registration.
	Code CodeReader
	// ChainInfo answers GET /v1/chain (chain id, contracts, start block, unlock delay, fee;
	// *chain.Client); nil answers 503 chain_not_configured.
	ChainInfo ChainInfo
	// Relayer signs relayed registerWithSig transactions (the gateway pays their gas); nil
	// leaves only the direct register transaction to creators.
	Relayer *bind.TransactOpts
	// Passkeys issues tracker passkeys with content keys; nil derives them from Keys
	// (label "tracker passkey").
	Passkeys *Passkeys
	// AnnounceDomain is the EIP-712 domain seeder announcements are signed in: the registry's
	// (chain.Client.RegistryDomain). Nil turns POST /v1/seeders/announce off (503).
	AnnounceDomain *eip712.Domain
	// Logger receives the access log and errors; nil discards.
	Logger *slog.Logger
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

// ErrMissingDependency is returned by New when a required dependency is nil.
var ErrMissingDependency = errors.New("missing dependency")

// Server is the gateway's HTTP endpoint.
type Server struct {
	cfg      Config
	deps     Deps
	log      *slog.Logger
	now      func() time.Time
	engine   *gin.Engine
	metrics  *metrics
	ipLimit  *limiters
	sessLimt *limiters
	// gwkeys: sign-in and registration limits, entitlement cache, passkeys.
	authLimit *limiters
	regLimit  *limiters
	access    *entitlementCache
	passkeys  *Passkeys
	// items caches what key issuance reads about registered items; issued counts issued
	// keys until the flush chore writes them.
	items  *keyCache
	issued *issuanceCounter
	// keyWork admits key requests (session lookup, HPKE seal) a few at a time, in order of
	// arrival; see admitKeyIssuance.
	keyWork chan struct{}
	// corsPolicy is Config.CORSOrigins (nil: no CORS headers).
	corsPolicy *corsPolicy
	// chainCache keeps the answer of GET /v1/chain for a while.
	chainCache chainInfoCache
	// claims keeps a relayed registration and a discard of the same upload apart.
	claims uploadClaims
	// beforeRelay, when set (tests), runs while a registration is claimed for relaying, just
	// before it is sent.
	beforeRelay func(ctx context.Context, uploadID string)

	// Uploads, sealing, seeder directory and tracker (nil without Deps.Keys).
	sealer       *sealer
	tusHTTP      http.Handler
	announce     *trackerServer.AnnounceHandler
	swarm        *swarmTracker
	known        knownHashes
	swarmMetrics *swarmMetrics
	webseedFiles webseedFiles
	// webseedViewers bounds entitled viewers' use of the web seed (api/webseed_viewer.go).
	webseedViewers webseedViewers
	// webApp serves the embedded web app at / (api/webapp.go).
	webApp *webApp

	mu      sync.Mutex
	httpSrv *http.Server
	addr    net.Addr
	ready   chan struct{}
	closed  bool
}

var ginMode sync.Once

// New builds the server: routes, middleware, metrics. It does no I/O and starts nothing.
func New(cfg Config, deps Deps) (*Server, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if deps.Store == nil {
		return nil, fmt.Errorf("%w: the gateway needs a store", ErrMissingDependency)
	}
	ginMode.Do(func() { gin.SetMode(gin.ReleaseMode) })
	s := &Server{
		cfg: cfg, deps: deps, log: deps.Logger, now: deps.Now,
		metrics:    newMetrics(),
		ipLimit:    newLimiters(cfg.RateIP, cfg.BurstIP, cfg.RateKeys),
		sessLimt:   newLimiters(cfg.RateSession, cfg.BurstSession, cfg.RateKeys),
		issued:     newIssuanceCounter(),
		keyWork:    make(chan struct{}, keyIssuanceSlots()),
		ready:      make(chan struct{}),
		corsPolicy: newCORS(cfg.CORSOrigins),
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	s.log = s.log.With("component", "gateway")
	if s.now == nil {
		s.now = time.Now
	}
	if err := s.initKeys(); err != nil {
		return nil, err
	}
	e := gin.New()
	e.HandleMethodNotAllowed = true
	e.RedirectTrailingSlash = false
	e.RedirectFixedPath = false
	e.ContextWithFallback = true
	if err := e.SetTrustedProxies(cfg.TrustedProxies); err != nil {
		return nil, fmt.Errorf("%w: trusted proxies: %v", ErrInvalidConfig, err)
	}
	e.Use(s.requestIDs, s.accessLog, s.recoverPanics, s.metrics.observe, s.cors, s.limitIP, s.limitBody)
	s.webApp = defaultWebApp(cfg)
	e.NoRoute(s.noRoute) // the web app's files, else route_not_found (api/webapp.go)
	e.NoMethod(func(c *gin.Context) {
		s.abort(c, &wrapped{ErrMethodNotAllowed, c.Request.Method + " is not allowed on " + redactPath(c.Request.URL.Path) + "; see /openapi.json"})
	})
	if err := s.newSwarm(); err != nil {
		return nil, err
	}
	s.routes(e)
	s.engine = e
	return s, nil
}

// routes registers every endpoint. Each one is described in openapi.json; a test keeps the
// two in step.
func (s *Server) routes(e *gin.Engine) {
	e.GET("/healthz", s.health)
	e.GET("/metrics", gin.WrapH(promhttp.HandlerFor(s.metrics.reg, promhttp.HandlerOpts{})))
	e.GET("/openapi.json", s.openAPI)

	v1 := e.Group("/v1")
	v1.GET("/chain", s.chainInfo)
	v1.GET("/content", s.listContent)
	v1.GET("/content/:id", s.getContent)
	v1.GET("/content/:id/torrent", s.getTorrent)
	v1.GET("/content/:id/seeders", s.listSeeders)
	v1.POST("/auth/nonce", s.limitAuth, s.authNonce)
	v1.POST("/auth/verify", s.limitAuth, s.authVerify)

	authed := v1.Group("", s.requireSession, s.limitSession)
	authed.GET("/session", s.getSession)
	authed.DELETE("/session", s.deleteSession)
	v1.POST("/content/:id/key", s.admitKeyIssuance, s.requireSession, s.limitSession, s.issueKey)
	authed.GET("/uploads/:id/registration", s.getRegistration)
	authed.POST("/uploads/:id/registration", s.limitRegister, s.postRegistration)
	authed.GET("/content/:id/policy-update", s.getPolicyUpdate)
	authed.POST("/content/:id/policy-update", s.limitRegister, s.postPolicyUpdate)
	v1.GET("/creators/:address/content", s.creatorContent)

	s.swarmRoutes(e, v1, authed)
}

// Handler is the server's http.Handler, for tests and for embedding.
func (s *Server) Handler() http.Handler { return s.engine }

// Run listens on Config.Listen and serves until ctx ends, then shuts down gracefully, waiting
// at most Config.ShutdownTimeout for requests in flight.
func (s *Server) Run(ctx context.Context) error {
	s.mu.Lock()
	if s.closed || s.httpSrv != nil {
		s.mu.Unlock()
		return errors.New("gateway: Run called twice or after Close")
	}
	srv := &http.Server{
		Handler:           s.engine,
		ReadHeaderTimeout: s.cfg.ReadHeaderTimeout,
		ReadTimeout:       s.cfg.ReadTimeout,
		WriteTimeout:      s.cfg.WriteTimeout,
		IdleTimeout:       s.cfg.IdleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	s.httpSrv = srv
	s.mu.Unlock()

	stopBackground, err := s.startBackground(ctx)
	if err != nil {
		return err
	}
	defer stopBackground()

	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", s.cfg.Listen)
	if err != nil {
		return fmt.Errorf("listen on %s: %w (is another process using the port?)", s.cfg.Listen, err)
	}
	s.mu.Lock()
	s.addr = ln.Addr()
	close(s.ready)
	s.mu.Unlock()
	s.log.Info("gateway listening", "addr", ln.Addr().String(), "public_url", s.cfg.PublicURL)

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		if errors.Is(err, http.ErrServerClosed) {
			return nil
		}
		return fmt.Errorf("serve http: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.cfg.ShutdownTimeout)
	defer cancel()
	s.log.Info("gateway shutting down", "timeout", s.cfg.ShutdownTimeout)
	if err := srv.Shutdown(sctx); err != nil {
		_ = srv.Close()
		<-errc
		return fmt.Errorf("graceful shutdown: %w", err)
	}
	<-errc
	return nil
}

// Ready is closed once Run is listening.
func (s *Server) Ready() <-chan struct{} { return s.ready }

// Addr is the address Run listens on, or nil before it does.
func (s *Server) Addr() net.Addr {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.addr
}

// Close stops the server at once, dropping requests in flight, and writes the issued-key day
// counter if anything counted is not written yet (Run writes it when it returns; a server used
// only through Handler relies on Close). The dependencies stay open: the caller owns them and
// closes them after Close.
func (s *Server) Close() error {
	s.mu.Lock()
	s.closed = true
	var err error
	if s.httpSrv != nil {
		err = s.httpSrv.Close()
	}
	s.mu.Unlock()
	s.finalFlush(context.Background())
	return err
}

// recordKeyIssuance counts one issued content key: the Prometheus counter at once, the day
// counter in memory (the flush chore writes it every Config.IssuanceFlushInterval and at
// shutdown), and (only with the audit log on) an audit row naming viewer and item, written
// before the key is handed out.
func (s *Server) recordKeyIssuance(ctx context.Context, contentID string, viewer common.Address) error {
	if s.cfg.AuditLog {
		if err := s.deps.Store.RecordKeyIssuance(ctx, contentID, viewer); err != nil {
			return err
		}
	}
	s.metrics.keysIssued.Inc()
	s.issued.add(s.now(), 1)
	return nil
}

// counterKeysIssued is the day counter of issued content keys.
const counterKeysIssued = "keys_issued"

// --- middleware ---

const (
	headerRequestID = "X-Request-Id"
	ctxRequestID    = "swarmgate.request_id"
	ctxSession      = "swarmgate.session"
)

// validRequestID accepts what proxies and clients commonly send: 1–64 characters of
// letters, digits and -_.:
func validRequestID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == ':') {
			return false
		}
	}
	return true
}

func newRequestID() string {
	var b [12]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

func (s *Server) requestIDs(c *gin.Context) {
	id := c.GetHeader(headerRequestID)
	if !validRequestID(id) {
		id = newRequestID()
	}
	c.Set(ctxRequestID, id)
	c.Header(headerRequestID, id)
	c.Next()
}

func requestID(c *gin.Context) string { return c.GetString(ctxRequestID) }

// credentialPaths are path prefixes whose next segment is a credential (a tracker passkey).
var credentialPaths = []string{"/announce/", "/v1/webseed/"}

// redactPath hides the passkey segment of tracker and web seed paths, matched or not, for
// logs and error details.
func redactPath(p string) string {
	for _, prefix := range credentialPaths {
		if rest, ok := strings.CutPrefix(p, prefix); ok {
			if _, after, found := strings.Cut(rest, "/"); found {
				return prefix + "REDACTED/" + after
			}
			return prefix + "REDACTED"
		}
	}
	return p
}

// accessLog writes one line per request: never the query string or any header value.
func (s *Server) accessLog(c *gin.Context) {
	start := time.Now()
	c.Next()
	status := c.Writer.Status()
	level := slog.LevelInfo
	switch {
	case status >= 500:
		level = slog.LevelError
	case c.FullPath() == "/healthz" || c.FullPath() == "/metrics":
		level = slog.LevelDebug
	}
	if !s.log.Enabled(c.Request.Context(), level) {
		return
	}
	attrs := []slog.Attr{
		slog.String("request_id", requestID(c)),
		slog.String("method", c.Request.Method),
		slog.String("route", routeLabel(c)),
		slog.String("path", redactPath(c.Request.URL.Path)),
		slog.Int("status", status),
		slog.Int("bytes", max(c.Writer.Size(), 0)),
		slog.Duration("duration", time.Since(start)),
		slog.String("client_ip", c.ClientIP()),
	}
	if sess, ok := c.Get(ctxSession); ok {
		attrs = append(attrs, slog.Int64("session", sess.(store.Session).ID))
	}
	s.log.LogAttrs(c.Request.Context(), level, "request", attrs...)
}

// recoverPanics turns a panic into a 500 problem; the panic value is logged, never sent.
func (s *Server) recoverPanics(c *gin.Context) {
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.log.ErrorContext(c.Request.Context(), "handler panicked", "request_id", requestID(c), "route", routeLabel(c), "panic", fmt.Sprint(v))
			if !c.Writer.Written() {
				s.abort(c, errors.New("panic"))
			} else {
				c.Abort()
			}
		}
	}()
	c.Next()
}

func (s *Server) limitIP(c *gin.Context) {
	if ok, wait := s.ipLimit.allow(c.ClientIP(), s.now()); !ok {
		s.rateLimited(c, "ip", wait)
		return
	}
	c.Next()
}

func (s *Server) limitSession(c *gin.Context) {
	sess := c.MustGet(ctxSession).(store.Session)
	if ok, wait := s.sessLimt.allow(strconv.FormatInt(sess.ID, 10), s.now()); !ok {
		s.rateLimited(c, "session", wait)
		return
	}
	c.Next()
}

func (s *Server) rateLimited(c *gin.Context, which string, wait time.Duration) {
	s.metrics.rateLimits.WithLabelValues(which).Inc()
	secs := int64(math.Ceil(wait.Seconds()))
	if secs < 1 {
		secs = 1
	}
	c.Header("Retry-After", strconv.FormatInt(secs, 10))
	s.abort(c, &wrapped{ErrRateLimited, fmt.Sprintf("too many requests from this %s; retry after %d s", map[string]string{"ip": "address", "session": "session", "auth": "address's sign-ins", "register": "account's registrations"}[which], secs)})
}

// limitBody refuses a declared body over the limit at once and caps undeclared ones.
func (s *Server) limitBody(c *gin.Context) {
	if bodyLimitExempt(c.FullPath()) {
		c.Next() // the upload handlers apply the upload limits
		return
	}
	limit := s.cfg.MaxBodyBytes
	if c.Request.ContentLength > limit {
		s.abort(c, bodyTooLarge(limit))
		return
	}
	if c.Request.Body != nil && c.Request.Body != http.NoBody {
		c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, limit)
	}
	c.Next()
}

// problemRender writes a Problem as application/problem+json.
type problemRender struct{ p Problem }

func (r problemRender) Render(w http.ResponseWriter) error {
	r.WriteContentType(w)
	return json.NewEncoder(w).Encode(r.p)
}

func (r problemRender) WriteContentType(w http.ResponseWriter) {
	w.Header().Set("Content-Type", ProblemContentType)
}
