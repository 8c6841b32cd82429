package viewer

import (
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/netip"
	"net/url"
	"strings"
	"time"

	"github.com/swarmgate/swarmgate/chain"
)

// Defaults of Config.
const (
	// DefaultListen is where the plaintext is served: loopback only, a port the system picks.
	DefaultListen = "127.0.0.1:0"
	// DefaultTorrentListen is the BitTorrent address: every interface, a port the system picks.
	DefaultTorrentListen = ":0"
	// DefaultGrantExpiry is how long the session grant lasts: long enough for seeders to settle
	// what they served (their settlement margin is two hours by default) well after playback.
	DefaultGrantExpiry = 72 * time.Hour
	// DefaultReadahead is how far ahead of the playback position pieces are wanted first.
	DefaultReadahead = 8 << 20
	// DefaultDirectoryPoll is how often the viewer reads the seeder directory again while the
	// item is incomplete, to find seeders that joined after it started and to redial listed
	// seeders it lost.
	DefaultDirectoryPoll = 30 * time.Second
	// DefaultStallTimeout is how long a connection may deliver nothing while the viewer has
	// requests outstanding on it before it is dropped and dialled again.
	DefaultStallTimeout = 20 * time.Second
	// DefaultLinger is how long the viewer waits, once the item is complete, for the seeders'
	// last invoices, so that every verified byte is paid before it closes.
	DefaultLinger = 5 * time.Second
	// DefaultWebseedFallback is how long the download may get nothing from peers before the
	// gateway's web seed is added as a source.
	DefaultWebseedFallback = 20 * time.Second
)

// Config is what a viewer needs to know. The zero value of every optional field is its
// documented default.
type Config struct {
	// Gateway is the gateway's base URL (http or https). Required.
	Gateway string
	// ContentID is the on-chain id of the item (a decimal number from 1). Required.
	ContentID string
	// Serve starts the local HTTP server that serves the plaintext (watch); off for get.
	Serve bool
	// Listen is the local HTTP server's address (default DefaultListen).
	Listen string
	// TorrentListen is the BitTorrent address (default DefaultTorrentListen).
	TorrentListen string
	// DataDir holds the downloaded ciphertext; empty means a temporary directory removed by
	// Close.
	DataDir string
	// MaxPricePerGiB is the highest price in wei per GiB paid to a seeder. Required for paid
	// items (0 accepts only free seeders).
	MaxPricePerGiB *big.Int
	// MaxSpend is the session grant's limit in wei: the most this viewing can cost. Required
	// for paid items.
	MaxSpend *big.Int
	// GrantExpiry is how long the session grant lasts (default DefaultGrantExpiry).
	GrantExpiry time.Duration
	// Readahead is the readahead window of each HTTP reader in bytes (default
	// DefaultReadahead).
	Readahead int64
	// Linger bounds the wait for the last invoices after completion (default DefaultLinger).
	Linger time.Duration
	// Progress is how often progress is reported through Deps.Progress (default 1 s).
	Progress time.Duration
	// WebseedFallback is how long the download may make no progress before the gateway's web
	// seed (GET /v1/webseed/{passkey}/…, open to viewers with access) is added as a source, so
	// an item with no reachable seeder still plays; the gateway serves it free, so peers stay
	// first. 0 means DefaultWebseedFallback; negative never adds it.
	WebseedFallback time.Duration
	// DirectoryPoll is how often the seeder directory is read again while the item is
	// incomplete (default DefaultDirectoryPoll; at least 1 s).
	DirectoryPoll time.Duration
	// StallTimeout is how long a connection may deliver nothing while requests to it are
	// outstanding before it is dropped and redialled (default DefaultStallTimeout; at least 1 s).
	StallTimeout time.Duration
	// Earn charges other viewers for the pieces this one serves them, through paywire's seller
	// paid out to the wallet's account; the receipts are kept in DataDir (required) and settled
	// by the seeder node's settlement chore every SettleInterval (default 10 min) once a pair's
	// amount is worth SettleThreshold times its gas (default 1). Without Earn, pieces are
	// served free.
	Earn            bool
	SellPricePerGiB *big.Int
	SettleInterval  time.Duration
	SettleThreshold float64
}

// Validate reports every bad field at once, in words a user can act on.
func (c *Config) Validate() error {
	var errs []string
	bad := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	if u, err := url.Parse(c.Gateway); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		bad("gateway %q is not an http(s) URL (https://gateway.example.com)", c.Gateway)
	}
	if !chain.ValidContentID(c.ContentID) || c.ContentID == "0" {
		bad("content id %q is not a content id (a whole number from 1, as the catalog lists it)", c.ContentID)
	}
	checkAddr := func(name, addr string) {
		if addr == "" {
			return
		}
		host, port, err := net.SplitHostPort(addr)
		if err != nil {
			bad("%s %q is not host:port", name, addr)
			return
		}
		if host != "" && host != "localhost" {
			if _, err := netip.ParseAddr(host); err != nil {
				bad("%s host %q is not an IP address", name, host)
			}
		}
		if p, err := net.LookupPort("tcp", port); err != nil || p < 0 || p > 65535 {
			bad("%s port %q is not a port number", name, port)
		}
	}
	checkAddr("listen address", c.Listen)
	checkAddr("BitTorrent listen address", c.TorrentListen)
	if c.MaxPricePerGiB != nil && c.MaxPricePerGiB.Sign() < 0 {
		bad("maximum price per GiB must not be negative")
	}
	if c.MaxSpend != nil && c.MaxSpend.Sign() < 0 {
		bad("maximum spend must not be negative")
	}
	if c.GrantExpiry < 0 || (c.GrantExpiry > 0 && c.GrantExpiry < 10*time.Minute) {
		bad("grant expiry %s is too short: seeders need time to settle (give at least 10m)", c.GrantExpiry)
	}
	if c.Earn && c.DataDir == "" {
		bad("earning needs a data directory for its receipts (--data-dir)")
	}
	if c.SellPricePerGiB != nil && c.SellPricePerGiB.Sign() < 0 {
		bad("selling price per GiB must not be negative")
	}
	if c.Readahead < 0 {
		bad("readahead must not be negative")
	}
	if c.Linger < 0 || c.Progress < 0 {
		bad("linger and progress intervals must not be negative")
	}
	if c.DirectoryPoll < 0 || (c.DirectoryPoll > 0 && c.DirectoryPoll < time.Second) {
		bad("directory poll interval %s is too short (give at least 1s)", c.DirectoryPoll)
	}
	if c.StallTimeout < 0 || (c.StallTimeout > 0 && c.StallTimeout < time.Second) {
		bad("stall timeout %s is too short (give at least 1s)", c.StallTimeout)
	}
	if len(errs) > 0 {
		return fmt.Errorf("%w: %s", ErrConfig, strings.Join(errs, "; "))
	}
	return nil
}

// ErrConfig means the configuration is invalid; the message lists every problem.
var ErrConfig = errors.New("invalid viewer configuration")

func (c *Config) withDefaults() {
	if c.Listen == "" {
		c.Listen = DefaultListen
	}
	if c.TorrentListen == "" {
		c.TorrentListen = DefaultTorrentListen
	}
	if c.GrantExpiry == 0 {
		c.GrantExpiry = DefaultGrantExpiry
	}
	if c.Readahead == 0 {
		c.Readahead = DefaultReadahead
	}
	if c.Linger == 0 {
		c.Linger = DefaultLinger
	}
	if c.Progress == 0 {
		c.Progress = time.Second
	}
	if c.DirectoryPoll == 0 {
		c.DirectoryPoll = DefaultDirectoryPoll
	}
	if c.StallTimeout == 0 {
		c.StallTimeout = DefaultStallTimeout
	}
	if c.SettleInterval == 0 {
		c.SettleInterval = 10 * time.Minute
	}
	if c.SettleThreshold == 0 {
		c.SettleThreshold = 1
	}
	if c.SellPricePerGiB == nil {
		c.SellPricePerGiB = new(big.Int)
	}
	if c.MaxPricePerGiB == nil {
		c.MaxPricePerGiB = new(big.Int)
	}
	if c.MaxSpend == nil {
		c.MaxSpend = new(big.Int)
	}
	c.Gateway = strings.TrimRight(c.Gateway, "/")
}
