package seeder

import (
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/netip"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/anacrolix/torrent/metainfo"
	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/paywire"
)

// ErrConfig means the node's configuration is invalid; the message names every bad field.
var ErrConfig = errors.New("invalid seeder configuration")

// Config is the seeder node's configuration. DefaultConfig gives the defaults; Validate reports
// every bad field at once.
type Config struct {
	// DataDir holds the database (seeder.db), downloaded content (content/) and torrent state.
	DataDir string
	// Listen is the BitTorrent TCP address (host:port; port 0 picks one).
	Listen string
	// StatusListen is the status HTTP address (GET /status, GET /metrics); "" turns it off.
	// Keep it on loopback: it reports earnings.
	StatusListen string

	// Keystore is the directory of the payout account's keystore file; Payout picks the account
	// (zero: the only one). The passphrase comes from PassphraseFile, or SWARMGATE_PASSPHRASE.
	Keystore       string
	Payout         common.Address
	PassphraseFile string
	// DevKey is a raw hex private key, accepted on the dev chain (chain id 1337) only, instead of
	// a keystore. Never logged.
	DevKey string

	// RPCURL reaches the chain; Deployment is the deployment file (chain.ReadDeployment).
	RPCURL     string
	Deployment string

	// PricePerGiB is the price in wei of 2^30 bytes.
	PricePerGiB *big.Int
	// CreditWindow is how many unpaid bytes a peer may owe before it is cut off.
	CreditWindow uint64
	// MaxUploadRate caps what the node sends to all peers together, in bytes per second (0: no
	// cap). A gateway's origin seeder uses it to stay a seeder of last resort: peers then get
	// most pieces from faster seeders and other viewers (BENCHMARKS.md, "Swarm").
	MaxUploadRate uint64
	// FreeItems are info hashes served without receipts.
	FreeItems []metainfo.Hash
	// Items to seed: .torrent files, magnet links, or directories written by
	// `swarmgate content seal`.
	Items []string
	// AllowNoItems lets the node start with no Items: they are given to the running node with
	// AddTorrent (the gateway's origin seeder does this).
	AllowNoItems bool
	// MaxItems is the most items the node seeds at once, Items and AddTorrent together (0:
	// DefaultMaxItems).
	MaxItems int
	// Gateway is the base URL of a gateway (https://gateway.example.com) to join: the node
	// fetches the torrents of Contents from its catalog, lists itself in its seeder directory
	// (renewed at half of AnnounceTTL) and fetches the ciphertext from the swarm and the
	// gateway's web seed. "" joins no gateway.
	Gateway string
	// Contents are on-chain content ids (decimal) of the gateway's items to seed.
	Contents []string
	// PublicAddr is the host:port viewers reach the node's BitTorrent listener at, as announced
	// to the gateway; required with Gateway.
	PublicAddr string
	// AnnounceTTL is how long an announcement asks to stay listed (0: DefaultAnnounceTTL); the
	// node renews it at half its lifetime. The gateway may list it for less.
	AnnounceTTL time.Duration
	// PolicyInterval is how often the policies of Contents are read from the registry (0:
	// one minute): items whose policy is free are served without receipts, as the origin does.
	PolicyInterval time.Duration
	// Peers are host:port addresses of peers to fetch missing content from (besides trackers).
	Peers []string
	// DHT turns the BitTorrent DHT on; UTP turns uTP on (TCP only by default).
	DHT bool
	UTP bool

	// SettleInterval is the time between settlement rounds.
	SettleInterval time.Duration
	// SettleThreshold: redeem a pair once its unredeemed amount is this many times the gas cost.
	SettleThreshold float64
	// SettleBatch is the most receipts in one redeem transaction.
	SettleBatch int
	// SettleMargin: redeem whatever the gas when a viewer's withdrawal unlocks or grant expires
	// within this margin. It is also the least time a session grant must have left when it is
	// accepted (the seller's settlement window), so it must exceed SettleInterval.
	SettleMargin time.Duration
	// MaxUnsettled is the most wei a viewer may owe this node unredeemed: the node's money at
	// risk per viewer, whatever the viewer's balance and however many other seeders it pays.
	// The settlement chore redeems a pair as soon as its unredeemed amount reaches half of it,
	// whatever the gas, and the seller (paywire.SellerConfig.MaxUnsettled) extends no credit
	// past it. nil: what DefaultMaxUnsettledBytes cost at PricePerGiB (at least 1 wei).
	MaxUnsettled *big.Int
	// SettleBumpAfter is how long a redeem transaction may stay unmined before it is replaced
	// (same nonce) at a fee at least 12.5% higher (0: DefaultSettleBumpAfter).
	SettleBumpAfter time.Duration
	// SettleMaxFee caps the fee per gas, in wei, of every redeem transaction and its replacements
	// (nil: DefaultSettleMaxFee).
	SettleMaxFee *big.Int
	// SettleHoldBack bounds how long an unmined redeem batch holds other redemptions back (0:
	// DefaultSettleHoldBack): past it, pairs that must be redeemed before a deadline (a
	// withdrawal that unlocks, a grant that expires or is revoked, MaxUnsettled) go out in a new
	// batch with the next nonce. It must be below SettleMargin; the default is at most half of it.
	SettleHoldBack time.Duration

	// Cooldown is how long a cut-off peer is refused (0: paywire's default).
	Cooldown time.Duration
	// RefusePeerIDOnly refuses cut-off peers by peer id only, not by IP address.
	RefusePeerIDOnly bool
	// BalanceTTL is how long an escrow balance read is used (0: 2 s).
	BalanceTTL time.Duration
	// Confirmations is how far behind the head chain reads are taken (0 on a dev chain).
	Confirmations uint64
	// TxPoll is how often a sent transaction's receipt is polled (0: chain.DefaultPoll).
	TxPoll time.Duration
}

// Defaults.
const (
	DefaultListen          = "0.0.0.0:42069"
	DefaultStatusListen    = "127.0.0.1:42070"
	DefaultSettleInterval  = 10 * time.Minute
	DefaultSettleThreshold = 10.0
	DefaultSettleBatch     = 50
	DefaultSettleMargin    = 24 * time.Hour
	DefaultMaxItems        = 100_000
	DefaultSettleBumpAfter = 3 * time.Minute
	DefaultSettleHoldBack  = 15 * time.Minute
)

// DefaultMaxUnsettledBytes sets the default money at risk per viewer: what 1 GiB costs at the
// node's price (32 credit windows of the default 32 MiB; 0.0001 ether at the default price),
// redeemed every 512 MiB. It is paywire's default too.
const DefaultMaxUnsettledBytes = 1 << 30

// DefaultSettleMaxFee is the default cap on a redeem transaction's fee per gas: 200 gwei.
var DefaultSettleMaxFee = big.NewInt(200_000_000_000)

// DefaultPricePerGiB is the default price: 0.0001 ether per GiB.
var DefaultPricePerGiB = big.NewInt(100_000_000_000_000)

// DefaultConfig returns the defaults; DataDir, the payout key, RPCURL, Deployment and Items must
// still be set.
func DefaultConfig() Config {
	return Config{
		Listen: DefaultListen, StatusListen: DefaultStatusListen,
		PricePerGiB: new(big.Int).Set(DefaultPricePerGiB), CreditWindow: 32 << 20, AnnounceTTL: DefaultAnnounceTTL,
		SettleInterval: DefaultSettleInterval, SettleThreshold: DefaultSettleThreshold,
		SettleBatch: DefaultSettleBatch, SettleMargin: DefaultSettleMargin,
		SettleBumpAfter: DefaultSettleBumpAfter,
		SettleMaxFee:    new(big.Int).Set(DefaultSettleMaxFee), SettleHoldBack: DefaultSettleHoldBack,
	}
}

// WithDefaults returns c with the nil or zero settlement bounds (MaxUnsettled, SettleBumpAfter,
// SettleMaxFee, SettleHoldBack) set to their defaults.
func (c Config) WithDefaults() Config {
	if c.MaxUnsettled == nil {
		c.MaxUnsettled = big.NewInt(1)
		if c.PricePerGiB != nil && c.PricePerGiB.Sign() > 0 {
			c.MaxUnsettled = paywire.Cost(DefaultMaxUnsettledBytes, c.PricePerGiB)
		}
	}
	if c.SettleBumpAfter == 0 {
		c.SettleBumpAfter = DefaultSettleBumpAfter
	}
	if c.SettleMaxFee == nil {
		c.SettleMaxFee = new(big.Int).Set(DefaultSettleMaxFee)
	}
	if c.SettleHoldBack == 0 {
		c.SettleHoldBack = DefaultSettleHoldBack
		if c.SettleMargin > 0 {
			c.SettleHoldBack = min(c.SettleHoldBack, c.SettleMargin/2)
		}
	}
	return c
}

var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// Validate reports every invalid field at once, naming each. It reads nothing but checks that
// named files exist.
func (c *Config) Validate() error {
	var errs []string
	bad := func(field, format string, args ...any) {
		errs = append(errs, field+": "+fmt.Sprintf(format, args...))
	}
	if c.DataDir == "" {
		bad("data-dir", "is required: a directory for the database and downloaded content")
	}
	checkAddr := func(field, addr string, allowEmpty bool) {
		if addr == "" {
			if !allowEmpty {
				bad(field, "is required (host:port)")
			}
			return
		}
		host, port, err := net.SplitHostPort(addr)
		if err != nil {
			bad(field, "%q is not host:port", addr)
			return
		}
		if host != "" {
			if _, err := netip.ParseAddr(host); err != nil && host != "localhost" {
				bad(field, "host %q is not an IP address", host)
			}
		}
		if p, err := net.LookupPort("tcp", port); err != nil || p < 0 || p > 65535 {
			bad(field, "port %q is not a port number", port)
		}
	}
	checkAddr("listen", c.Listen, false)
	checkAddr("status-listen", c.StatusListen, true)
	switch {
	case c.DevKey != "" && c.Keystore != "":
		bad("dev-key", "give either a keystore or a dev key, not both")
	case c.DevKey == "" && c.Keystore == "":
		bad("keystore", "is required: the directory holding the payout account's keystore file")
	case c.Keystore != "":
		if st, err := os.Stat(c.Keystore); err != nil || !st.IsDir() {
			bad("keystore", "%s is not a directory", c.Keystore)
		}
		if c.PassphraseFile != "" {
			if _, err := os.Stat(c.PassphraseFile); err != nil {
				bad("passphrase-file", "%s cannot be read", c.PassphraseFile)
			}
		}
	}
	if c.RPCURL == "" {
		bad("rpc-url", "is required: the JSON-RPC URL of the chain")
	} else if !strings.Contains(c.RPCURL, "://") && !strings.HasSuffix(c.RPCURL, ".ipc") {
		bad("rpc-url", "%q is not a URL (http://, https://, ws://, wss://) or an IPC path", c.RPCURL)
	}
	if c.Deployment == "" {
		bad("deployment", "is required: the deployment file written by 'swarmgate contracts deploy'")
	} else if _, err := os.Stat(c.Deployment); err != nil {
		bad("deployment", "%s cannot be read", c.Deployment)
	}
	if c.PricePerGiB == nil || c.PricePerGiB.Sign() < 0 || c.PricePerGiB.Cmp(maxUint256) > 0 {
		bad("price-per-gib", "must be a whole number of wei from 0 to 2^256-1")
	}
	if c.CreditWindow < 1<<16 {
		bad("credit-window", "%d bytes is below 64 KiB: a paying peer could not be served", c.CreditWindow)
	}
	if c.MaxUploadRate > 0 && c.MaxUploadRate < minUploadRate {
		bad("max-upload-rate", "%d bytes per second is below %d (one 16 KiB block per second): peers would time out; give 0 for no cap", c.MaxUploadRate, minUploadRate)
	}
	if c.MaxItems < 0 {
		bad("max-items", "must not be negative")
	}
	if len(c.Items) == 0 && len(c.Contents) == 0 && !c.AllowNoItems {
		bad("item", "give at least one item to seed (.torrent file, magnet link or sealed directory), or --gateway with --content")
	}
	for _, it := range c.Items {
		if _, err := parseItem(it); err != nil {
			bad("item", "%v", err)
		}
	}
	for _, p := range c.Peers {
		if _, _, err := net.SplitHostPort(p); err != nil {
			bad("peer", "%q is not host:port", p)
		}
	}
	c.validateGateway(bad)
	if c.SettleInterval <= 0 {
		bad("settle-interval", "must be positive")
	}
	if c.SettleThreshold < 0 {
		bad("settle-threshold", "must not be negative")
	}
	if c.SettleBatch < 1 || c.SettleBatch > 500 {
		bad("settle-batch", "%d must be from 1 to 500 receipts", c.SettleBatch)
	}
	if c.SettleMargin <= c.SettleInterval {
		bad("settle-margin", "%v must exceed the settlement interval %v, or deadlines could pass between rounds", c.SettleMargin, c.SettleInterval)
	}
	c.validateSettlementBounds(bad)
	if c.Cooldown < 0 {
		bad("cooldown", "must not be negative")
	}
	if c.BalanceTTL < 0 {
		bad("balance-ttl", "must not be negative")
	}
	if c.TxPoll < 0 {
		bad("tx-poll", "must not be negative")
	}
	if len(errs) > 0 {
		return fmt.Errorf("%w:\n  %s", ErrConfig, strings.Join(errs, "\n  "))
	}
	return nil
}

// validateSettlementBounds checks MaxUnsettled, SettleBumpAfter, SettleMaxFee and
// SettleHoldBack (nil and zero take the defaults).
func (c *Config) validateSettlementBounds(bad func(field, format string, args ...any)) {
	cc := c.WithDefaults()
	if cc.MaxUnsettled.Sign() <= 0 || cc.MaxUnsettled.Cmp(maxUint256) > 0 {
		bad("max-unsettled", "must be a positive amount (wei, or ether with a decimal point such as 0.001)")
	} else if c.PricePerGiB != nil && c.PricePerGiB.Sign() >= 0 {
		// Redeemed at half, the bound must leave room for a credit window of unpaid bytes, or an
		// honest viewer would be cut off before its receipt could be redeemed.
		window := paywire.Cost(c.CreditWindow, c.PricePerGiB)
		if need := new(big.Int).Lsh(window, 1); cc.MaxUnsettled.Cmp(need) < 0 {
			bad("max-unsettled", "%s wei is less than twice what the credit window is worth at the price (%s wei); raise it or lower --credit-window", cc.MaxUnsettled, need)
		}
	}
	if cc.SettleBumpAfter < 0 {
		bad("settle-bump-after", "must not be negative")
	}
	if cc.SettleMaxFee.Sign() <= 0 || cc.SettleMaxFee.Cmp(maxUint256) > 0 {
		bad("settle-max-fee", "must be a positive fee per gas (wei, or with a unit: 200gwei)")
	}
	if cc.SettleHoldBack < 0 {
		bad("settle-hold-back", "must not be negative")
	} else if cc.SettleHoldBack >= c.SettleMargin {
		bad("settle-hold-back", "%v must be below the settlement margin %v, or a stuck batch could hold a redemption past its deadline", cc.SettleHoldBack, c.SettleMargin)
	}
}

// ParseAmount reads an amount of ether as the amount flags take it: a whole number is wei
// ("1000000000000000"); a number with a decimal point is ether ("0.001"); a unit may follow,
// with or without a space: wei, gwei, eth or ether ("5 gwei", "0.001eth"). It refuses negative
// amounts, amounts finer than one wei and amounts above 2^256-1.
func ParseAmount(s string) (*big.Int, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	decimals := -1 // unknown until the unit or the decimal point says
	for _, u := range []struct {
		suffix   string
		decimals int
	}{{"gwei", 9}, {"wei", 0}, {"ether", 18}, {"eth", 18}} {
		if strings.HasSuffix(t, u.suffix) {
			t, decimals = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.decimals
			break
		}
	}
	whole, frac, hasPoint := strings.Cut(t, ".")
	if decimals < 0 {
		decimals = 0
		if hasPoint {
			decimals = 18
		}
	}
	digits := func(d string) bool {
		for _, r := range d {
			if r < '0' || r > '9' {
				return false
			}
		}
		return true
	}
	switch {
	case t == "" || (whole == "" && frac == "") || !digits(whole) || !digits(frac) || (hasPoint && frac == "" && whole == ""):
		return nil, fmt.Errorf("amount %q is not a number of wei (1000), of ether (0.001) or with a unit (5gwei, 0.001eth)", s)
	case len(frac) > decimals:
		return nil, fmt.Errorf("amount %q is more precise than one wei", s)
	case len(whole)+decimals > 100:
		return nil, fmt.Errorf("amount %q is too large", s)
	}
	v, _ := new(big.Int).SetString("0"+whole+frac+strings.Repeat("0", decimals-len(frac)), 10)
	if v.Cmp(maxUint256) > 0 {
		return nil, fmt.Errorf("amount %q is above 2^256-1 wei", s)
	}
	return v, nil
}

// minUploadRate is the least MaxUploadRate other than 0: one BitTorrent block per second.
const minUploadRate = 16 << 10

// Announcement lifetime bounds.
const (
	minAnnounceTTL = time.Minute
	maxAnnounceTTL = 7 * 24 * time.Hour
	// policy reads: at least every day, at most every second
	minPolicyInterval = time.Second
	maxPolicyInterval = 24 * time.Hour
)

// validateGateway checks Gateway, Contents, PublicAddr and AnnounceTTL.
func (c *Config) validateGateway(bad func(field, format string, args ...any)) {
	if c.Gateway == "" {
		if len(c.Contents) > 0 {
			bad("content", "needs --gateway: the gateway whose catalog holds the content ids")
		}
		return
	}
	u, err := url.Parse(c.Gateway)
	switch {
	case err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil:
		bad("gateway", "%q is not an http:// or https:// URL of a gateway (such as https://gateway.example.com)", c.Gateway)
	case u.RawQuery != "" || u.Fragment != "" || u.ForceQuery:
		bad("gateway", "%q must be the gateway's base URL, without a query or fragment", c.Gateway)
	}
	seen := map[string]bool{}
	for _, id := range c.Contents {
		switch {
		case !chain.ValidContentID(id):
			bad("content", "%q is not a content id (the item's on-chain id: a decimal number without leading zeros)", id)
		case seen[id]:
			bad("content", "%s is given twice", id)
		}
		seen[id] = true
	}
	if len(c.Contents) > maxAnnouncedHashes {
		bad("content", "%d content ids is more than one announcement may list (%d)", len(c.Contents), maxAnnouncedHashes)
	}
	if c.PublicAddr == "" {
		bad("public-addr", "is required with --gateway: the host:port viewers reach this node's BitTorrent listener at")
	} else if !validPublicAddr(c.PublicAddr) {
		bad("public-addr", "%q is not host:port with a DNS name or IP address and a port from 1 to 65535", c.PublicAddr)
	}
	if c.AnnounceTTL != 0 && (c.AnnounceTTL < minAnnounceTTL || c.AnnounceTTL > maxAnnounceTTL) {
		bad("announce-ttl", "%v must be from %v to %v", c.AnnounceTTL, minAnnounceTTL, maxAnnounceTTL)
	}
	if c.PolicyInterval != 0 && (c.PolicyInterval < minPolicyInterval || c.PolicyInterval > maxPolicyInterval) {
		bad("policy-interval", "%v must be from %v to %v", c.PolicyInterval, minPolicyInterval, maxPolicyInterval)
	}
}

// validPublicAddr accepts what the gateway accepts as an announced endpoint: host:port with an
// IP address or DNS name and a port from 1 to 65535.
func validPublicAddr(ep string) bool {
	if len(ep) > 255 {
		return false
	}
	host, port, err := net.SplitHostPort(ep)
	if err != nil || host == "" {
		return false
	}
	if p, err := strconv.Atoi(port); err != nil || p < 1 || p > 65535 || strconv.Itoa(p) != port {
		return false
	}
	if net.ParseIP(host) != nil {
		return true
	}
	for _, label := range strings.Split(host, ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for i := 0; i < len(label); i++ {
			ch := label[i]
			if !(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || ch == '-') {
				return false
			}
		}
	}
	return true
}

// itemKind says what an item argument is.
type itemKind int

const (
	itemTorrentFile itemKind = iota + 1
	itemMagnet
	itemSealedDir
)

type itemSpec struct {
	kind itemKind
	arg  string
}

// parseItem classifies an item argument, checking that a file or directory exists.
func parseItem(arg string) (itemSpec, error) {
	if strings.HasPrefix(arg, "magnet:") {
		if _, err := metainfo.ParseMagnetUri(arg); err != nil {
			return itemSpec{}, fmt.Errorf("magnet link %q does not parse: %v", arg, err)
		}
		return itemSpec{itemMagnet, arg}, nil
	}
	st, err := os.Stat(arg)
	if err != nil {
		return itemSpec{}, fmt.Errorf("%s: no such file or directory (give a .torrent file, a magnet link or a sealed directory)", arg)
	}
	if st.IsDir() {
		m, _ := filepath.Glob(filepath.Join(arg, "*.json"))
		if len(m) == 0 {
			return itemSpec{}, fmt.Errorf("%s holds no sealed item (no NAME.json written by 'swarmgate content seal')", arg)
		}
		return itemSpec{itemSealedDir, arg}, nil
	}
	if !strings.HasSuffix(arg, ".torrent") {
		return itemSpec{}, fmt.Errorf("%s is neither a .torrent file nor a directory", arg)
	}
	return itemSpec{itemTorrentFile, arg}, nil
}
