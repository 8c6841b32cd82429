package api

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// Config is the gateway's configuration. DefaultConfig gives working values for everything
// but the data directory and the master key.
type Config struct {
	// Listen is the TCP address the HTTP server binds, host:port.
	Listen string
	// PublicURL is the URL clients reach this gateway at (it appears in SIWE messages and
	// links); http(s)://host[:port][/path].
	PublicURL string
	// DatabaseDSN is a postgres:// URL or an SQLite path; empty means SQLite in DataDir.
	DatabaseDSN string
	// DataDir holds the SQLite database and, by default, the content store.
	DataDir string
	// MasterKeyFile holds the master key that seals content keys at rest (see package
	// store/keyring). MasterKey is the same material given directly (hex); exactly one is set.
	MasterKeyFile string
	MasterKey     string
	// ContentDir holds ciphertext and torrents; empty means DataDir/content.
	ContentDir string
	// MaxUploadBytes caps one uploaded file.
	MaxUploadBytes int64
	// MaxBodyBytes caps every other request body.
	MaxBodyBytes int64
	// ConfirmationDepth is how many blocks below the head the gateway reads entitlement and
	// indexes events at (0 on a dev chain).
	ConfirmationDepth uint64
	// RateIP and RateSession are sustained requests per second per client IP and per bearer
	// session, with bursts BurstIP and BurstSession; a rate of 0 turns that limit off.
	RateIP       float64
	BurstIP      int
	RateSession  float64
	BurstSession int
	// RateKeys caps how many clients the rate limiters remember (least recently seen go first).
	RateKeys int
	// TrustedProxies are the proxies (IPs or CIDRs) whose X-Forwarded-For is believed when
	// working out a client's IP; empty means the TCP peer is the client.
	TrustedProxies []string
	// CORSOrigins are the web origins (scheme://host[:port], as a browser sends them in the
	// Origin header, or * for any) whose pages may call the /v1 API, tus included; empty
	// sends no CORS headers at all. No response allows credentials: the API takes bearer
	// tokens, never cookies.
	CORSOrigins []string
	// Server timeouts, and how long a graceful shutdown waits for requests in flight.
	ReadHeaderTimeout time.Duration
	ReadTimeout       time.Duration
	WriteTimeout      time.Duration
	IdleTimeout       time.Duration
	ShutdownTimeout   time.Duration
	// AuditLog records each key issuance (content, viewer, time). Off by default: the gateway
	// counts issuances and keeps no viewing history.
	AuditLog bool

	// PublicRPCURL is the JSON-RPC endpoint GET /v1/chain recommends to clients (http(s) or
	// ws(s), no user:password); empty recommends none.
	PublicRPCURL string
	// ChainID is the chain sessions, sealed keys and registrations are bound to (the
	// deployment's); 0 leaves sign-in, key issuance and registration unavailable.
	ChainID uint64
	// SessionTTL is how long a bearer session from sign-in lasts; NonceTTL how long a sign-in
	// nonce may wait for its signature.
	SessionTTL time.Duration
	NonceTTL   time.Duration
	// RateAuth and BurstAuth limit sign-in requests (nonce and verify) per client IP, on top of
	// the general per-IP limit; 0 turns the limit off.
	RateAuth  float64
	BurstAuth int
	// RateRegister and BurstRegister limit relayed registrations per creator address (the
	// gateway pays their gas); 0 turns the limit off.
	RateRegister  float64
	BurstRegister int
	// PasskeyTTL caps the lifetime of a tracker passkey issued with a content key (it never
	// outlives the viewer's access).
	PasskeyTTL time.Duration
	// AccessCacheSize bounds the entitlement cache (entries); AccessYesTTL is how long a
	// perpetual "yes" is kept (a time-limited yes is kept until it ends, at most this long
	// when shorter), AccessNoTTL how long a "no" is kept (a few seconds at most, so a viewer
	// who just paid is served within a block).
	AccessCacheSize int
	AccessYesTTL    time.Duration
	AccessNoTTL     time.Duration
	// KeyCacheSize bounds the cache of what key issuance reads about a registered item (its
	// hashes, key commitment and envelope-sealed content key, none of which change once it is
	// registered), so a key request reads only the session from the database; 0 turns the
	// cache off. KeyCacheTTL is the longest an item is kept.
	KeyCacheSize int
	KeyCacheTTL  time.Duration
	// IssuanceFlushInterval is how often the issued-key day counter is written to the
	// database (it is counted in memory in between, and written once more at shutdown).
	IssuanceFlushInterval time.Duration
	// UploadDir holds uploads while they arrive (tus files and their .info) and until they are
	// sealed; empty means DataDir/uploads.
	UploadDir string
	// MaxMultipartBytes caps a file sent in one multipart request (POST /v1/uploads); larger
	// files go through tus (/v1/tus/), capped by MaxUploadBytes.
	MaxMultipartBytes int64
	// UploadExpiry is how long an unfinished upload is kept before it is cancelled and its
	// bytes deleted.
	UploadExpiry time.Duration
	// SealWorkers is how many uploads are sealed at once; SealQueue is how many finished
	// uploads may wait for a worker before new uploads are refused with 503.
	SealWorkers int
	SealQueue   int
	// SeederTTL is the longest a seeder directory entry lives without a new announcement (an
	// announcement's own expiry is capped to it); the tracker passkey handed to the seeder
	// expires with the entry.
	SeederTTL time.Duration
	// TrackerInterval is the announce interval the embedded tracker asks clients for; a peer
	// that has not announced for two intervals is forgotten. TrackerMaxPeers caps the peers
	// kept per torrent.
	TrackerInterval time.Duration
	TrackerMaxPeers int
}

// contentDir is where sealed ciphertext lives: ContentDir or DataDir/content.
func (c Config) contentDir() string {
	if c.ContentDir != "" {
		return c.ContentDir
	}
	return filepath.Join(c.DataDir, "content")
}

// uploadDir is where uploads arrive: UploadDir or DataDir/uploads.
func (c Config) uploadDir() string {
	if c.UploadDir != "" {
		return c.UploadDir
	}
	return filepath.Join(c.DataDir, "uploads")
}

// DefaultConfig returns the documented defaults.
func DefaultConfig() Config {
	return Config{
		Listen:                "127.0.0.1:8080",
		PublicURL:             "http://127.0.0.1:8080",
		MaxUploadBytes:        20 << 30,
		MaxBodyBytes:          1 << 20,
		RateIP:                20,
		BurstIP:               40,
		RateSession:           10,
		BurstSession:          20,
		RateKeys:              100_000,
		ReadHeaderTimeout:     10 * time.Second,
		ReadTimeout:           60 * time.Second,
		WriteTimeout:          60 * time.Second,
		IdleTimeout:           120 * time.Second,
		ShutdownTimeout:       20 * time.Second,
		SessionTTL:            time.Hour,
		NonceTTL:              5 * time.Minute,
		RateAuth:              1,
		BurstAuth:             10,
		RateRegister:          0.1,
		BurstRegister:         3,
		PasskeyTTL:            24 * time.Hour,
		AccessCacheSize:       100_000,
		AccessYesTTL:          5 * time.Minute,
		AccessNoTTL:           2 * time.Second,
		KeyCacheSize:          10_000,
		KeyCacheTTL:           10 * time.Minute,
		IssuanceFlushInterval: 10 * time.Second,
		MaxMultipartBytes:     64 << 20,
		UploadExpiry:          24 * time.Hour,
		SealWorkers:           2,
		SealQueue:             32,
		SeederTTL:             time.Hour,
		TrackerInterval:       5 * time.Minute,
		TrackerMaxPeers:       500,
	}
}

// ErrInvalidConfig is returned by Validate; the error lists every problem found.
var ErrInvalidConfig = errors.New("invalid gateway configuration")

// ConfigError lists every problem Validate found, each naming the setting and what to do.
type ConfigError struct {
	Problems []string
}

func (e *ConfigError) Error() string {
	return ErrInvalidConfig.Error() + ":\n  - " + strings.Join(e.Problems, "\n  - ")
}

// Unwrap makes errors.Is(err, ErrInvalidConfig) true.
func (e *ConfigError) Unwrap() error { return ErrInvalidConfig }

// Validate checks every field without touching the network or the disk and reports all
// problems at once.
func (c Config) Validate() error {
	var p []string
	add := func(format string, args ...any) { p = append(p, fmt.Sprintf(format, args...)) }

	if _, port, err := net.SplitHostPort(c.Listen); err != nil || port == "" {
		add("listen address %q is not host:port; use for example 127.0.0.1:8080 or :8080", c.Listen)
	}
	if u, err := url.Parse(c.PublicURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
		add("public URL %q must be an absolute http:// or https:// URL without query, such as https://gateway.example.com", c.PublicURL)
	}
	if c.PublicRPCURL != "" {
		if u, err := url.Parse(c.PublicRPCURL); err != nil || !slices.Contains([]string{"http", "https", "ws", "wss"}, u.Scheme) || u.Host == "" || u.Fragment != "" {
			add("public RPC URL %q must be an absolute http(s):// or ws(s):// URL, such as https://rpc.example.com", c.PublicRPCURL)
		} else if u.User != nil {
			add("public RPC URL must not carry user:password: every client is given it")
		}
	}
	dsn := strings.TrimSpace(c.DatabaseDSN)
	isPG := strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
	if strings.Contains(dsn, "://") && !isPG {
		add("database DSN must be a postgres:// URL or an SQLite file path")
	}
	if c.DataDir == "" && (dsn == "" || c.ContentDir == "") {
		add("data directory is empty; set it (it holds the SQLite database and the content store) or give both a database DSN and a content directory")
	}
	switch {
	case c.MasterKeyFile == "" && c.MasterKey == "":
		add("no master key: set the master key file (32 random bytes or 64 hex digits, e.g. `openssl rand -hex 32 > master.key`) or the master key itself")
	case c.MasterKeyFile != "" && c.MasterKey != "":
		add("both a master key file and a master key are set; keep one")
	}
	if c.MaxUploadBytes <= 0 {
		add("upload size limit must be positive (bytes), got %d", c.MaxUploadBytes)
	}
	if c.DataDir == "" && c.UploadDir == "" && dsn != "" && c.ContentDir != "" {
		add("upload directory is empty; set it or the data directory (it holds uploads until they are sealed)")
	}
	if c.MaxMultipartBytes <= 0 || c.MaxMultipartBytes > c.MaxUploadBytes && c.MaxUploadBytes > 0 {
		add("multipart upload limit must be positive and at most the upload size limit (%d), got %d", c.MaxUploadBytes, c.MaxMultipartBytes)
	}
	if c.UploadExpiry < time.Minute {
		add("upload expiry must be at least 1m (an unfinished upload is kept this long), got %s", c.UploadExpiry)
	}
	if c.SealWorkers < 1 || c.SealWorkers > 256 {
		add("seal workers must be between 1 and 256, got %d", c.SealWorkers)
	}
	if c.SealQueue < 1 || c.SealQueue > 100_000 {
		add("seal queue must hold between 1 and 100000 uploads, got %d", c.SealQueue)
	}
	if c.SeederTTL < time.Minute || c.SeederTTL > 7*24*time.Hour {
		add("seeder entry lifetime must be between 1m and 168h, got %s", c.SeederTTL)
	}
	if c.TrackerInterval < time.Second || c.TrackerInterval > 2*time.Hour {
		add("tracker announce interval must be between 1s and 2h, got %s", c.TrackerInterval)
	}
	if c.TrackerMaxPeers < 1 || c.TrackerMaxPeers > 100_000 {
		add("tracker peers per torrent must be between 1 and 100000, got %d", c.TrackerMaxPeers)
	}
	if c.MaxBodyBytes <= 0 || c.MaxBodyBytes > 64<<20 {
		add("request body limit must be between 1 byte and 64 MiB, got %d", c.MaxBodyBytes)
	}
	if c.ConfirmationDepth > 1000 {
		add("confirmation depth %d is more than 1000 blocks; use 0 on a dev chain and a few to a few dozen in production", c.ConfirmationDepth)
	}
	for _, r := range []struct {
		name  string
		rate  float64
		burst int
	}{{"per-IP", c.RateIP, c.BurstIP}, {"per-session", c.RateSession, c.BurstSession}} {
		if r.rate < 0 {
			add("%s rate limit must be 0 (off) or a positive number of requests per second, got %g", r.name, r.rate)
		}
		if r.rate > 0 && r.burst < 1 {
			add("%s burst must be at least 1 when its rate limit is on, got %d", r.name, r.burst)
		}
	}
	if (c.RateIP > 0 || c.RateSession > 0) && (c.RateKeys < 1 || c.RateKeys > 10_000_000) {
		add("rate limiter memory must hold between 1 and 10000000 clients, got %d", c.RateKeys)
	}
	for _, tp := range c.TrustedProxies {
		if _, err := netip.ParsePrefix(tp); err != nil {
			if _, err := netip.ParseAddr(tp); err != nil {
				add("trusted proxy %q is neither an IP address nor a CIDR prefix", tp)
			}
		}
	}
	for _, o := range c.CORSOrigins {
		if _, err := parseOrigin(o); err != nil {
			add("CORS origin %q is %v; write scheme://host[:port] such as https://app.example.com, or * for any origin", o, err)
		}
	}
	if len(c.CORSOrigins) > 1 && slices.Contains(c.CORSOrigins, "*") {
		add("CORS origin * allows every origin; give it alone or list the origins instead")
	}
	for _, d := range []struct {
		name string
		v    time.Duration
	}{{"read-header timeout", c.ReadHeaderTimeout}, {"read timeout", c.ReadTimeout}, {"write timeout", c.WriteTimeout},
		{"idle timeout", c.IdleTimeout}, {"shutdown timeout", c.ShutdownTimeout}} {
		if d.v <= 0 {
			add("%s must be positive, such as 30s, got %s", d.name, d.v)
		}
	}
	if c.SessionTTL < time.Minute || c.SessionTTL > 30*24*time.Hour {
		add("session lifetime must be between 1m and 720h, such as 1h, got %s", c.SessionTTL)
	}
	if c.NonceTTL < 10*time.Second || c.NonceTTL > time.Hour {
		add("sign-in nonce lifetime must be between 10s and 1h, such as 5m, got %s", c.NonceTTL)
	}
	for _, r := range []struct {
		name  string
		rate  float64
		burst int
	}{{"sign-in", c.RateAuth, c.BurstAuth}, {"registration", c.RateRegister, c.BurstRegister}} {
		if r.rate < 0 {
			add("%s rate limit must be 0 (off) or a positive number of requests per second, got %g", r.name, r.rate)
		}
		if r.rate > 0 && r.burst < 1 {
			add("%s burst must be at least 1 when its rate limit is on, got %d", r.name, r.burst)
		}
	}
	if c.PasskeyTTL < time.Minute || c.PasskeyTTL > 30*24*time.Hour {
		add("tracker passkey lifetime must be between 1m and 720h, such as 24h, got %s", c.PasskeyTTL)
	}
	if c.AccessCacheSize < 1 || c.AccessCacheSize > 10_000_000 {
		add("entitlement cache must hold between 1 and 10000000 answers, got %d", c.AccessCacheSize)
	}
	if c.AccessYesTTL < 0 || c.AccessYesTTL > 24*time.Hour {
		add("entitlement yes-cache lifetime must be between 0 and 24h, such as 5m, got %s", c.AccessYesTTL)
	}
	if c.AccessNoTTL < 0 || c.AccessNoTTL > 10*time.Second {
		add("entitlement no-cache lifetime must be between 0 and 10s (a viewer who just paid must be served within a block), got %s", c.AccessNoTTL)
	}
	if c.KeyCacheSize < 0 || c.KeyCacheSize > 10_000_000 {
		add("key cache must hold between 0 (off) and 10000000 items, got %d", c.KeyCacheSize)
	}
	if c.KeyCacheSize > 0 && (c.KeyCacheTTL < time.Second || c.KeyCacheTTL > 24*time.Hour) {
		add("key cache lifetime must be between 1s and 24h, such as 10m, got %s", c.KeyCacheTTL)
	}
	if c.IssuanceFlushInterval < 100*time.Millisecond || c.IssuanceFlushInterval > 10*time.Minute {
		add("issuance counter flush interval must be between 100ms and 10m, such as 10s, got %s", c.IssuanceFlushInterval)
	}
	if len(p) > 0 {
		return &ConfigError{Problems: p}
	}
	return nil
}
