package paywire

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/netip"
	"sync"
	"sync/atomic"
	"time"

	"github.com/anacrolix/torrent"
	"github.com/anacrolix/torrent/metainfo"
	pp "github.com/anacrolix/torrent/peer_protocol"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Defaults of SellerConfig.
const (
	DefaultCreditWindow     = 32 << 20
	DefaultInvoiceInterval  = time.Second
	DefaultPollInterval     = 50 * time.Millisecond
	DefaultHotPollInterval  = 2 * time.Millisecond
	DefaultCooldown         = 10 * time.Minute
	DefaultSettlementWindow = 48 * time.Hour
	DefaultMaxGrantLifetime = 30 * 24 * time.Hour
	DefaultDebtRetention    = 24 * time.Hour
	// DefaultMaxUnsettledBytes: a nil SellerConfig.MaxUnsettled is what this many bytes cost at
	// the seller's price.
	DefaultMaxUnsettledBytes = 1 << 30
)

// KeyChecker tells the seller what the escrow records for a viewer's session key: the nonce and
// terms of the grant it recorded, what the key spent, and whether the viewer revoked it. The
// seeder node backs it with the chain (cached for a few seconds, like the BalanceChecker); the
// seller calls it when a grant arrives, before each receipt signed under a grant, and while the
// key is in use. It is optional: without it the seller orders grants by the ones it has seen and
// learns of a revocation only from the escrow's refusals. An error means "not known now": the
// seller then takes no grant and accepts no receipt under it (the peer stays held to one window),
// as for a BalanceChecker error.
type KeyChecker interface {
	Key(ctx context.Context, viewer, key common.Address) (KeyState, error)
}

// IdentifyGrace is how long a seller keeps a connection to a peer that has the whole item open
// for the peer's answer to its priced hello, which carries the peer's newest receipt.
const IdentifyGrace = 5 * time.Second

// SellerConfig configures a Seller. Zero durations and sizes take the defaults above.
type SellerConfig struct {
	// Payout is the seeder's address: receipts must name it. Required.
	Payout common.Address
	// PayoutKey is Payout's private key. It signs the terms of every hello (for that connection),
	// so that no other peer can announce this seller's payout address. Required.
	PayoutKey *ecdsa.PrivateKey
	// ChainID and Escrow name the EIP-712 domain of receipts (the BandwidthEscrow contract).
	// Required.
	ChainID uint64
	Escrow  common.Address
	// PricePerGiB is the price in wei of 2^30 bytes. Required (zero is allowed: receipts are then
	// still collected, for accounting, at no cost).
	PricePerGiB *big.Int
	// CreditWindow is how many unpaid bytes a peer may have before it is disconnected and refused
	// for Cooldown. It is also all a peer that sends no receipts ever gets. Default 32 MiB.
	CreditWindow uint64
	// InvoiceThreshold: an invoice goes out each time another InvoiceThreshold bytes were served
	// to a pair since the last invoice. Default CreditWindow/8; must be below CreditWindow.
	InvoiceThreshold uint64
	// InvoiceInterval: an invoice goes out at least this often while anything is unpaid.
	InvoiceInterval time.Duration
	// PollInterval is how often bytes written to an identified paying peer are read; while its
	// outstanding requests could take it past the window, HotPollInterval is used instead.
	PollInterval    time.Duration
	HotPollInterval time.Duration
	// Cooldown is how long a cut-off peer is refused.
	Cooldown time.Duration
	// RefusePeerIDOnly refuses only the cut-off peer's id, not its IP address. By default both
	// are refused; set it where many viewers share an address (carrier NAT, loopback tests).
	RefusePeerIDOnly bool
	// SettlementWindow is the least time a session grant must have left before it expires; the
	// seeder needs it to settle receipts signed under the grant. Default 48 h.
	SettlementWindow time.Duration
	// MaxGrantLifetime is the latest a session grant may expire, from now: a grant with a later
	// expiry is refused (it would bind the viewer's deposit for longer than the seller is willing
	// to keep its receipts). Default 30 days; must exceed SettlementWindow.
	MaxGrantLifetime time.Duration
	// MaxUnsettled (wei) bounds this seller's money at risk per viewer: it extends no more credit
	// to a viewer whose accepted but unredeemed amount (newest receipt's amount minus what the
	// escrow already paid the pair) plus its unpaid bytes at the price would exceed it. The
	// settlement chore should redeem a pair once it reaches half of it. nil: what
	// DefaultMaxUnsettledBytes cost at PricePerGiB. Must be above 0.
	MaxUnsettled *big.Int
	// DebtRetention is how long the unpaid bytes of a viewer with no open connection are
	// remembered: a viewer that comes back within it resumes with its debt, and gets no new
	// credit window by reconnecting. Default 24 h.
	DebtRetention time.Duration
	// Keys, if set, reports what the escrow recorded for a session key (see KeyChecker).
	Keys KeyChecker
	// Free reports whether an item is served without receipts (nil: nothing is free).
	Free func(metainfo.Hash) bool
	// Balance and Store are required.
	Balance BalanceChecker
	Store   ReceiptStore
	// FlushInterval and FlushReceipts bound the write-behind of accepted receipts: the seller
	// counts a receipt as paid as soon as it checked it, and writes the newest receipt of every
	// pair that got one to Store at least every FlushInterval (default 250 ms), in one batch
	// (BatchReceiptStore), or at once when FlushReceipts pairs (default 64) wait. A crash loses
	// at most the receipts accepted since the last completed flush: the older cumulative receipt
	// stored for the pair is redeemed instead, and the viewer's payer sends its newest receipt
	// again when it next identifies itself. While the store fails, receipts are written before
	// they count, as if there were no write-behind, and count only once stored. FlushReceipts 1
	// turns the write-behind off (every receipt is stored before it counts).
	FlushInterval time.Duration
	FlushReceipts int
	// Logger receives the seller's logs (nil: discard). It never gets keys or full signatures.
	Logger *slog.Logger
	// Now returns the current time (nil: time.Now). For tests.
	Now func() time.Time
}

// Validate reports every invalid field at once.
func (c *SellerConfig) Validate() error {
	var errs []error
	if c.Payout == (common.Address{}) {
		errs = append(errs, errors.New("payout address is required"))
	}
	switch {
	case c.PayoutKey == nil:
		errs = append(errs, errors.New("the payout key is required (it signs the seller's terms)"))
	case crypto.PubkeyToAddress(c.PayoutKey.PublicKey) != c.Payout:
		errs = append(errs, errors.New("the payout key is not the payout address's key"))
	}
	if c.MaxUnsettled != nil && c.MaxUnsettled.Sign() <= 0 {
		errs = append(errs, errors.New("maximum unsettled amount must be above 0 wei"))
	}
	settle, lifetime := c.SettlementWindow, c.MaxGrantLifetime
	if settle == 0 {
		settle = DefaultSettlementWindow
	}
	if lifetime == 0 {
		lifetime = DefaultMaxGrantLifetime
	}
	if lifetime <= settle {
		errs = append(errs, fmt.Errorf("maximum grant lifetime %v must exceed the settlement window %v", lifetime, settle))
	}
	if c.ChainID == 0 {
		errs = append(errs, errors.New("chain id is required"))
	}
	if c.Escrow == (common.Address{}) {
		errs = append(errs, errors.New("escrow contract address is required"))
	}
	if c.PricePerGiB == nil || c.PricePerGiB.Sign() < 0 || c.PricePerGiB.Cmp(maxUint256) > 0 {
		errs = append(errs, errors.New("price per GiB must be set, in [0, 2^256) wei"))
	}
	window := c.CreditWindow
	if window == 0 {
		window = DefaultCreditWindow
	}
	if window < 1<<16 {
		errs = append(errs, fmt.Errorf("credit window %d is below 64 KiB: a paying peer could not be served", window))
	}
	if c.InvoiceThreshold >= window {
		errs = append(errs, fmt.Errorf("invoice threshold %d must be below the credit window %d", c.InvoiceThreshold, window))
	}
	for name, d := range map[string]time.Duration{
		"invoice interval": c.InvoiceInterval, "poll interval": c.PollInterval,
		"hot poll interval": c.HotPollInterval, "cooldown": c.Cooldown, "settlement window": c.SettlementWindow,
		"maximum grant lifetime": c.MaxGrantLifetime, "debt retention": c.DebtRetention,
		"flush interval": c.FlushInterval,
	} {
		if d < 0 {
			errs = append(errs, fmt.Errorf("%s must not be negative", name))
		}
	}
	if c.FlushReceipts < 0 {
		errs = append(errs, errors.New("flush receipts must not be negative"))
	}
	if c.Balance == nil {
		errs = append(errs, errors.New("a balance checker is required"))
	}
	if c.Store == nil {
		errs = append(errs, errors.New("a receipt store is required"))
	}
	if len(errs) > 0 {
		return fmt.Errorf("paywire seller config: %w", errors.Join(errs...))
	}
	return nil
}

func (c SellerConfig) withDefaults() SellerConfig {
	if c.CreditWindow == 0 {
		c.CreditWindow = DefaultCreditWindow
	}
	if c.InvoiceThreshold == 0 {
		c.InvoiceThreshold = c.CreditWindow / 8
	}
	if c.InvoiceInterval == 0 {
		c.InvoiceInterval = DefaultInvoiceInterval
	}
	if c.PollInterval == 0 {
		c.PollInterval = DefaultPollInterval
	}
	if c.HotPollInterval == 0 {
		c.HotPollInterval = DefaultHotPollInterval
	}
	if c.Cooldown == 0 {
		c.Cooldown = DefaultCooldown
	}
	if c.SettlementWindow == 0 {
		c.SettlementWindow = DefaultSettlementWindow
	}
	if c.MaxGrantLifetime == 0 {
		c.MaxGrantLifetime = DefaultMaxGrantLifetime
	}
	if c.DebtRetention == 0 {
		c.DebtRetention = DefaultDebtRetention
	}
	if c.FlushInterval == 0 {
		c.FlushInterval = DefaultFlushInterval
	}
	if c.FlushReceipts == 0 {
		c.FlushReceipts = DefaultFlushReceipts
	}
	if c.MaxUnsettled == nil {
		c.MaxUnsettled = Cost(DefaultMaxUnsettledBytes, c.PricePerGiB)
		if c.MaxUnsettled.Sign() == 0 {
			c.MaxUnsettled.SetInt64(1)
		}
	}
	c.MaxUnsettled = new(big.Int).Set(c.MaxUnsettled)
	if c.Free == nil {
		c.Free = func(metainfo.Hash) bool { return false }
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	c.PricePerGiB = new(big.Int).Set(c.PricePerGiB)
	return c
}

// SellerStats are the seller's counters since it was created, for metrics.
type SellerStats struct {
	PeersAdded       uint64 // connections seen
	HellosSent       uint64
	InvoicesSent     uint64
	ReceiptsAccepted uint64
	ReceiptsRejected uint64 // invalid receipts and grants (the peer was cut off)
	// ReceiptsUnderfunded counts valid receipts for more than the viewer's escrow balance or
	// grant limit covers: stored (the escrow pays what it holds, the rest stays claimable), and
	// the peer cut off.
	ReceiptsUnderfunded uint64
	ReceiptsIgnored     uint64 // duplicate or out-of-order receipts (harmless)
	IdentifyRejected    uint64 // identifications refused (replayed or forged; the peer was cut off)
	CutOffs             uint64 // connections closed for unpaid bytes, bad receipts or protocol errors
	// CreditCutOffs counts cut-offs because MaxUnsettled or the viewer's escrow balance allowed no
	// more credit (also counted in CutOffs).
	CreditCutOffs  uint64
	Refusals       uint64 // connections refused during a cool-down
	ProtocolErrors uint64 // malformed or unexpected sg_pay messages
	StoreErrors    uint64 // Save or Latest failed
	BalanceErrors  uint64 // the balance checker failed
	BytesServed    uint64 // data bytes written to peers of paid items
	BytesPaid      uint64 // bytes covered by accepted receipts (increments)
	PeakUnpaid     uint64 // the largest unpaid byte count a pair reached (to size the window)
}

type sellerCounters struct {
	peersAdded, hellosSent, invoicesSent, receiptsAccepted, receiptsRejected, receiptsUnderfunded, receiptsIgnored,
	identifyRejected, cutOffs, creditCutOffs, refusals, protocolErrors, storeErrors, balanceErrors, bytesServed,
	bytesPaid, peakUnpaid atomic.Uint64
}

// Seller is the seeding side of the protocol (an endpoint in the seeder node). It announces the
// seller's terms to every peer that speaks sg_pay, meters the bytes written to each peer,
// invoices them, checks and durably stores the receipts it gets, and disconnects and refuses a
// peer whose unpaid bytes exceed the credit window. Peers that do not speak sg_pay get at most
// one credit window, enforced on the requests they send.
//
// Attach it to a torrent.ClientConfig before creating the client, then Run it.
type Seller struct {
	cfg      SellerConfig
	log      *slog.Logger
	verifier *Verifier
	hello    Hello // the terms; each connection gets them with its own challenge, signed
	stats    sellerCounters
	wb       *writeBehind

	mu      sync.Mutex
	conns   map[*torrent.PeerConn]*sconn
	pairs   map[common.Address]*pair
	refused map[refusalKey]time.Time
	// unpaidUse remembers, for the cool-down, the request bytes honoured to connections that
	// closed before their peer identified itself, so that reconnecting does not buy a new window.
	unpaidUse map[refusalKey]usage
	ctx       context.Context // set by Run; nil before
	cancel    context.CancelFunc
	closed    bool
	wg        sync.WaitGroup
}

type usage struct {
	bytes uint64
	until time.Time
}

type refusalKey struct {
	peerID torrent.PeerID
	ip     netip.Addr
}

// NewSeller validates cfg and returns a seller. It starts nothing.
func NewSeller(cfg SellerConfig) (*Seller, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	s := &Seller{
		cfg:       cfg,
		log:       cfg.Logger,
		verifier:  NewVerifier(cfg.ChainID, cfg.Escrow, cfg.Payout, cfg.PricePerGiB, cfg.SettlementWindow, cfg.MaxGrantLifetime),
		hello:     Hello{ChainID: cfg.ChainID, Escrow: cfg.Escrow, Payout: cfg.Payout, PricePerGiB: cfg.PricePerGiB, CreditWindow: cfg.CreditWindow},
		conns:     make(map[*torrent.PeerConn]*sconn),
		pairs:     make(map[common.Address]*pair),
		refused:   make(map[refusalKey]time.Time),
		unpaidUse: make(map[refusalKey]usage),
	}
	s.wb = newWriteBehind(cfg.Store, cfg.FlushInterval, cfg.FlushReceipts, cfg.Logger, func() { s.stats.storeErrors.Add(1) })
	s.wb.onStored = s.onStored
	return s, nil
}

// Attach installs the seller's callbacks in cc. Call it before torrent.NewClient(cc). Existing
// callbacks are kept and still called. It turns off cc.DropMutuallyCompletePeers: a viewer that
// completes must stay connected until it has paid for its last bytes; the seller closes such
// connections itself once they are paid.
func (s *Seller) Attach(cc *torrent.ClientConfig) {
	cc.DropMutuallyCompletePeers = false
	cb := &cc.Callbacks
	cb.PeerConnAdded = append(cb.PeerConnAdded, s.onPeerConnAdded)
	cb.PeerConnReadExtensionMessage = append(cb.PeerConnReadExtensionMessage, s.onExtensionMessage)
	cb.ReadExtendedHandshake = then2(cb.ReadExtendedHandshake, s.onExtendedHandshake)
	cb.ReadMessage = then2(cb.ReadMessage, s.onReadMessage)
	cb.PeerConnClosed = then1(cb.PeerConnClosed, s.onPeerConnClosed)
}

// Run serves connections until ctx is cancelled or Close is called, then waits for the
// connections' goroutines to finish.
func (s *Seller) Run(ctx context.Context) error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return errors.New("paywire: seller is closed")
	}
	if s.ctx != nil {
		s.mu.Unlock()
		return errors.New("paywire: seller is already running")
	}
	s.ctx, s.cancel = context.WithCancel(ctx)
	runCtx := s.ctx
	for _, c := range s.conns {
		s.startLocked(c)
	}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		s.wb.run(runCtx)
	}()
	s.mu.Unlock()

	sweep := time.NewTicker(time.Minute)
	defer sweep.Stop()
	for {
		select {
		case <-runCtx.Done():
			s.wg.Wait()
			s.wb.final() // receipts a connection accepted while the writer stopped
			return nil
		case <-sweep.C:
			s.sweepRefusals()
			s.sweepDebts()
		}
	}
}

// Close stops Run, waits for the connections' goroutines and writes the receipts not yet
// stored. Connections stay open; close the torrent client after the seller.
func (s *Seller) Close() error {
	s.mu.Lock()
	s.closed = true
	cancel := s.cancel
	s.mu.Unlock()
	if cancel != nil {
		cancel()
	}
	s.wg.Wait()
	ctx, stop := context.WithTimeout(context.Background(), finalFlushTimeout)
	defer stop()
	return s.wb.flush(ctx)
}

// onStored is told of the records a flush stored: their pairs' connections acknowledge them.
func (s *Seller) onStored(recs []Record) {
	s.mu.Lock()
	defer s.mu.Unlock()
	woke := false
	for i := range recs {
		p := s.pairs[recs[i].Receipt.Receipt.Viewer]
		if p == nil {
			continue
		}
		p.mu.Lock()
		if p.stored == nil || recs[i].Receipt.Receipt.Bytes.Cmp(p.stored.Receipt.Receipt.Bytes) > 0 {
			r := recs[i]
			r.Items = nil
			p.stored = &r
			p.storedSeq++
			woke = true
		}
		p.mu.Unlock()
	}
	if woke {
		for _, c := range s.conns {
			signal(c.wake)
		}
	}
}

// Flush writes the accepted receipts not yet stored (see SellerConfig.FlushInterval) and returns
// once they are, or the store's error.
func (s *Seller) Flush(ctx context.Context) error { return s.wb.flush(ctx) }

// Stats returns a snapshot of the counters.
func (s *Seller) Stats() SellerStats {
	c := &s.stats
	return SellerStats{
		PeersAdded: c.peersAdded.Load(), HellosSent: c.hellosSent.Load(), InvoicesSent: c.invoicesSent.Load(),
		ReceiptsAccepted: c.receiptsAccepted.Load(), ReceiptsRejected: c.receiptsRejected.Load(),
		ReceiptsUnderfunded: c.receiptsUnderfunded.Load(),
		ReceiptsIgnored:     c.receiptsIgnored.Load(), IdentifyRejected: c.identifyRejected.Load(),
		CutOffs: c.cutOffs.Load(), CreditCutOffs: c.creditCutOffs.Load(), Refusals: c.refusals.Load(),
		ProtocolErrors: c.protocolErrors.Load(), StoreErrors: c.storeErrors.Load(),
		BalanceErrors: c.balanceErrors.Load(), BytesServed: c.bytesServed.Load(), BytesPaid: c.bytesPaid.Load(),
		PeakUnpaid: c.peakUnpaid.Load(),
	}
}

// Latest returns the newest receipt the seller holds in memory for viewer, or nil. The seller
// keeps a pair in memory while the viewer has a connection, or owes bytes (for DebtRetention);
// the store has the rest.
func (s *Seller) Latest(viewer common.Address) *Record {
	s.mu.Lock()
	p := s.pairs[viewer]
	s.mu.Unlock()
	if p == nil {
		return nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.latest
}

// Unpaid returns the bytes the seller served viewer that no receipt covers yet, over all of the
// viewer's connections (0 when the seller holds nothing for it in memory).
func (s *Seller) Unpaid(viewer common.Address) uint64 {
	s.mu.Lock()
	p := s.pairs[viewer]
	s.mu.Unlock()
	if p == nil {
		return 0
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.unpaidLocked()
}

// EndFree closes the connections being served item ih free, for when the item stops being
// free (Config.Free now says no): the peers reconnect and are then asked for receipts like
// anyone else. They are not refused for a cool-down, and what they got free is held against no
// credit window. It returns how many connections it closes.
func (s *Seller) EndFree(ih metainfo.Hash) int {
	s.mu.Lock()
	var free []*sconn
	for _, c := range s.conns {
		if c.ih == ih && c.free {
			free = append(free, c)
		}
	}
	s.mu.Unlock()
	for _, c := range free {
		c.mu.Lock()
		if !c.refused {
			c.refused, c.cutReason = true, reasonNoLongerFree
		}
		c.mu.Unlock()
		signal(c.wake)
	}
	return len(free)
}

// Reasons a connection is closed without refusing the peer afterwards.
const (
	reasonCooldown     = "refused during cool-down"
	reasonNoLongerFree = "item is no longer free; the peer may reconnect and pay"
)

// startLocked starts c's goroutine; s.mu is held.
func (s *Seller) startLocked(c *sconn) {
	if s.ctx == nil || s.closed || c.started {
		return
	}
	c.started = true
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		c.run(s.ctx)
	}()
}

func (s *Seller) isRefused(id torrent.PeerID, ip netip.Addr) bool {
	now := s.cfg.Now()
	for _, k := range []refusalKey{{peerID: id}, {ip: ip}} {
		if k.ip == (netip.Addr{}) && k.peerID == (torrent.PeerID{}) {
			continue
		}
		if until, ok := s.refused[k]; ok {
			if now.Before(until) {
				return true
			}
			delete(s.refused, k)
		}
	}
	return false
}

func (s *Seller) refuse(id torrent.PeerID, ip netip.Addr) {
	until := s.cfg.Now().Add(s.cfg.Cooldown)
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, k := range s.keys(id, ip) {
		s.refused[k] = until
	}
}

func (s *Seller) sweepRefusals() {
	now := s.cfg.Now()
	s.mu.Lock()
	defer s.mu.Unlock()
	for k, until := range s.refused {
		if !now.Before(until) {
			delete(s.refused, k)
		}
	}
	for k, u := range s.unpaidUse {
		if !now.Before(u.until) {
			delete(s.unpaidUse, k)
		}
	}
}

// keys returns the keys a peer is known by: its peer id, and its IP unless configured otherwise.
func (s *Seller) keys(id torrent.PeerID, ip netip.Addr) []refusalKey {
	k := []refusalKey{{peerID: id}}
	if !s.cfg.RefusePeerIDOnly && ip.IsValid() {
		k = append(k, refusalKey{ip: ip})
	}
	return k
}

// usedLocked returns the request bytes already honoured to the peer's unidentified connections
// during the cool-down; s.mu is held.
func (s *Seller) usedLocked(id torrent.PeerID, ip netip.Addr) uint64 {
	now := s.cfg.Now()
	var used uint64
	for _, k := range s.keys(id, ip) {
		if u, ok := s.unpaidUse[k]; ok && now.Before(u.until) {
			used = max(used, u.bytes)
		}
	}
	return used
}

func (s *Seller) lookup(pc *torrent.PeerConn) *sconn {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.conns[pc]
}

// The callbacks below run with the client lock held: they only update state and signal the
// connection's goroutine.

func (s *Seller) onPeerConnAdded(pc *torrent.PeerConn) {
	addExtension(pc)
	ih := pc.Torrent().InfoHash()
	c := &sconn{
		s: s, pc: pc, ih: ih, peerID: pc.PeerID, ip: remoteIP(pc),
		free: s.cfg.Free(ih), window: s.cfg.CreditWindow, limit: s.cfg.CreditWindow,
		wake: make(chan struct{}, 1), done: make(chan struct{}),
	}
	if _, err := rand.Read(c.challenge[:]); err != nil {
		panic("paywire: no randomness for a challenge: " + err.Error()) // crypto/rand never fails on supported systems
	}
	s.stats.peersAdded.Add(1)
	s.mu.Lock()
	defer s.mu.Unlock()
	c.requested = s.usedLocked(c.peerID, c.ip)
	if s.isRefused(c.peerID, c.ip) {
		c.refused = true
		c.cutReason = reasonCooldown
		s.stats.refusals.Add(1)
		signal(c.wake)
	}
	s.conns[pc] = c
	s.startLocked(c)
}

func (s *Seller) onExtendedHandshake(pc *torrent.PeerConn, m *pp.ExtendedHandshakeMessage) {
	c := s.lookup(pc)
	if c == nil || m.M[ExtensionName] == 0 {
		return
	}
	c.mu.Lock()
	c.supports = true
	c.mu.Unlock()
	signal(c.wake)
}

func (s *Seller) onExtensionMessage(ev torrent.PeerConnReadExtensionMessageEvent) {
	if !isOurs(ev) {
		return
	}
	c := s.lookup(ev.PeerConn)
	if c == nil {
		return
	}
	c.mu.Lock()
	c.inbox.push(ev.Payload)
	c.mu.Unlock()
	signal(c.wake)
}

// onReadMessage gates requests. A peer that has not identified itself as a paying viewer gets
// requests honoured only up to the credit window: the request that would cross it is dropped
// (turned into a keep-alive before the client handles it) and the connection is cut off, so no
// more than the window is ever written to it. Identified peers are metered on bytes written
// instead; their requests only tell the goroutine when to look closely.
func (s *Seller) onReadMessage(pc *torrent.PeerConn, m *pp.Message) {
	if m.Keepalive || (m.Type != pp.Request && m.Type != pp.Cancel) {
		return
	}
	c := s.lookup(pc)
	if c == nil || c.free {
		return
	}
	n := uint64(m.Length)
	c.mu.Lock()
	defer c.mu.Unlock()
	if m.Type == pp.Cancel {
		if c.identified {
			c.requested -= min(n, c.requested-min(c.requested, c.lastWritten))
		}
		return
	}
	switch {
	case c.refused:
		m.Keepalive = true
	case !c.identified:
		if c.requested+n > c.window {
			m.Keepalive = true
			c.refused = true
			c.cutReason = "credit window used without payment"
			signal(c.wake)
			return
		}
		c.requested += n
	default:
		c.requested += n
		if !c.hot && c.requested-min(c.requested, c.lastWritten)+c.unpaid > c.limit {
			c.hot = true
			signal(c.wake)
		}
	}
}

func (s *Seller) onPeerConnClosed(pc *torrent.PeerConn) {
	s.mu.Lock()
	c := s.conns[pc]
	delete(s.conns, pc)
	s.mu.Unlock()
	if c == nil {
		return
	}
	c.mu.Lock()
	if !c.closed {
		c.closed = true
		close(c.done)
	}
	anonymous, used := !c.identified && !c.free, c.requested
	c.mu.Unlock()
	if anonymous && used > 0 {
		s.mu.Lock()
		until := s.cfg.Now().Add(s.cfg.Cooldown)
		for _, k := range s.keys(c.peerID, c.ip) {
			s.unpaidUse[k] = usage{bytes: max(used, s.unpaidUse[k].bytes), until: until}
		}
		s.mu.Unlock()
	}
}

// pair is the seller's state for one (viewer, seeder) pair, shared by the viewer's connections.
// It outlives them while the viewer owes bytes (for DebtRetention): unpaid bytes are held per
// viewer, over all its connections, peer ids and addresses.
type pair struct {
	viewer common.Address
	// handling serializes loading and receipt processing (which does I/O) for the pair.
	handling sync.Mutex
	loaded   bool

	mu     sync.Mutex
	latest *Record
	// stored is the newest receipt of the pair known stored (invoices name it as their
	// baseline: the payer takes that as the seller's acknowledgement), storedSeq counts its
	// changes. latest runs ahead of it by the write-behind.
	stored      *Record
	storedSeq   uint64
	base        uint64 // bytes of the newest receipt when the pair was loaded
	served      uint64 // bytes served to the viewer since, over all its connections
	items       map[metainfo.Hash]uint64
	invoicedAt  uint64 // served level of the last invoice
	lastInvoice time.Time
	conns       int
	idleSince   time.Time // when its last connection closed (conns == 0)
	// grants holds the newest grant seen for each session key of the viewer.
	grants map[common.Address]*SignedGrant
	// revoked holds the keys the escrow reports revoked.
	revoked map[common.Address]bool
	// grant is the grant the viewer pays under (nil: its wallet signs), and keySpent what its key
	// spent on chain (nil: not known): the grant's limit less that is all the escrow will pay.
	grant    *SignedGrant
	keySpent *big.Int
	// What the escrow holds for the pair (acct, read at acctAt), and what follows from it:
	// ceiling is the most unpaid bytes the seller tolerates now (the credit window, or less
	// where MaxUnsettled leaves less room), cutReason is set when the viewer must get no more
	// credit at all.
	acct       EscrowAccount
	acctAt     time.Time
	refreshing bool
	ceiling    uint64
	cutReason  string
}

func (p *pair) paidLocked() uint64 {
	if p.latest == nil {
		return 0
	}
	return p.latest.Receipt.Receipt.Bytes.Uint64()
}

func (p *pair) unpaidLocked() uint64 {
	total, paid := p.base+p.served, p.paidLocked()
	if paid >= total {
		return 0
	}
	return total - paid
}

// unsettledLocked is what the seller accepted from the viewer and the escrow has not paid yet:
// the newest receipt's amount minus paid[viewer][seeder] (at least 0).
func (p *pair) unsettledLocked() *big.Int {
	u := new(big.Int)
	if p.latest == nil {
		return u
	}
	u.Set(p.latest.Receipt.Receipt.Amount)
	if p.acct.Paid != nil {
		u.Sub(u, p.acct.Paid)
	}
	if u.Sign() < 0 {
		u.SetInt64(0)
	}
	return u
}

// creditLocked recomputes ceiling and cutReason from acct; p.mu is held. What the viewer owes
// the seller is unsettled + cost(unpaid bytes). Unpaid bytes are held to what is left, after the
// unsettled amount, of the least of MaxUnsettled, the viewer's escrow balance and its grant's
// limit less what the key spent: no credit the escrow could not pay, and never more than
// MaxUnsettled at risk. A viewer whose balance or grant no longer covers the unsettled amount
// gets no more credit at all.
func (s *Seller) creditLocked(p *pair) {
	unsettled := p.unsettledLocked()
	p.cutReason = ""
	var covers *big.Int // what the escrow can still pay the pair: nil when not known
	if p.acct.Available != nil {
		covers = new(big.Int).Set(p.acct.Available)
	}
	if p.grant != nil {
		left := EffectiveLimit(p.grant)
		if p.keySpent != nil {
			left.Sub(left, p.keySpent)
		}
		if covers == nil || left.Cmp(covers) < 0 {
			covers = left
		}
	}
	if covers != nil && unsettled.Cmp(covers) > 0 {
		p.cutReason = fmt.Sprintf("escrow balance or grant covers %s wei, less than the %s wei the viewer owes", covers, unsettled)
	}
	p.ceiling = s.cfg.CreditWindow
	if s.cfg.PricePerGiB.Sign() == 0 {
		return
	}
	room := new(big.Int).Set(s.cfg.MaxUnsettled)
	if covers != nil && covers.Cmp(room) < 0 {
		room.Set(covers)
	}
	room.Sub(room, unsettled)
	if room.Sign() <= 0 {
		p.ceiling = 0
		return
	}
	room.Lsh(room, 30).Quo(room, s.cfg.PricePerGiB) // bytes room pays for
	if room.IsUint64() && room.Uint64() < p.ceiling {
		p.ceiling = room.Uint64()
	}
}

// pairFor returns the loaded pair state for viewer.
func (s *Seller) pairFor(ctx context.Context, viewer common.Address) (*pair, error) {
	s.mu.Lock()
	p := s.pairs[viewer]
	if p == nil {
		p = &pair{
			viewer: viewer, items: make(map[metainfo.Hash]uint64), ceiling: s.cfg.CreditWindow,
			grants: make(map[common.Address]*SignedGrant), revoked: make(map[common.Address]bool),
			idleSince: s.cfg.Now(),
		}
		s.pairs[viewer] = p
	}
	s.mu.Unlock()
	p.handling.Lock()
	defer p.handling.Unlock()
	if p.loaded {
		return p, nil
	}
	rec, err := s.cfg.Store.Latest(ctx, viewer, s.cfg.Payout)
	if err != nil {
		s.stats.storeErrors.Add(1)
		return nil, fmt.Errorf("loading the newest receipt of %s: %w", viewer, err)
	}
	stored := rec
	// A receipt accepted on an earlier visit may still wait for the write-behind.
	if q := s.wb.latest(viewer); q != nil && (rec == nil || q.Receipt.Receipt.Bytes.Cmp(rec.Receipt.Receipt.Bytes) > 0) {
		rec = q
	}
	p.mu.Lock()
	if stored != nil && (p.stored == nil || stored.Receipt.Receipt.Bytes.Cmp(p.stored.Receipt.Receipt.Bytes) > 0) {
		p.stored = stored
		p.storedSeq++
	}
	if rec != nil {
		p.latest = rec
		p.base = rec.Receipt.Receipt.Bytes.Uint64()
		if g := rec.Grant; g != nil {
			p.grants[g.Session.Key] = g
			p.grant = g
		}
	}
	p.mu.Unlock()
	p.loaded = true
	return p, nil
}

// releasePair drops a connection from its pair. The pair stays while the viewer owes bytes, so
// that reconnecting does not wipe its debt (sweepDebts forgets it after DebtRetention).
func (s *Seller) releasePair(p *pair) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p.mu.Lock()
	p.conns--
	idle := p.conns == 0
	owes := p.unpaidLocked() > 0
	if idle {
		p.idleSince = s.cfg.Now()
	}
	p.mu.Unlock()
	if idle && !owes && s.pairs[p.viewer] == p {
		delete(s.pairs, p.viewer)
	}
}

// sweepDebts forgets pairs without connections that owe nothing, or whose debt is older than
// DebtRetention.
func (s *Seller) sweepDebts() {
	now := s.cfg.Now()
	s.mu.Lock()
	defer s.mu.Unlock()
	for v, p := range s.pairs {
		p.mu.Lock()
		drop := p.conns == 0 && (p.unpaidLocked() == 0 || now.Sub(p.idleSince) >= s.cfg.DebtRetention)
		p.mu.Unlock()
		if drop {
			delete(s.pairs, v)
		}
	}
}

// refresh reads what the escrow holds for the pair (and the state of its session keys) and
// recomputes the credit it may have.
func (s *Seller) refresh(ctx context.Context, log *slog.Logger, p *pair) {
	acct, err := s.cfg.Balance.Account(ctx, p.viewer, s.cfg.Payout)
	if err != nil {
		s.stats.balanceErrors.Add(1)
		log.Warn("balance check failed", "viewer", p.viewer, "err", err)
	}
	var revoked []common.Address
	if s.cfg.Keys != nil {
		p.mu.Lock()
		keys := make([]common.Address, 0, len(p.grants))
		for k := range p.grants {
			keys = append(keys, k)
		}
		p.mu.Unlock()
		for _, k := range keys {
			ks, err := s.cfg.Keys.Key(ctx, p.viewer, k)
			if err != nil {
				s.stats.balanceErrors.Add(1)
				log.Warn("session key check failed", "viewer", p.viewer, "err", err)
				continue
			}
			if ks.Revoked {
				revoked = append(revoked, k)
			}
			p.mu.Lock()
			if p.grant != nil && p.grant.Session.Key == k && ks.Spent != nil {
				p.keySpent = new(big.Int).Set(ks.Spent)
			}
			p.mu.Unlock()
		}
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.refreshing = false
	for _, k := range revoked {
		p.revoked[k] = true
	}
	if err != nil {
		return
	}
	p.acct, p.acctAt = acct, s.cfg.Now()
	s.creditLocked(p)
}

// refreshSoon starts a refresh of p in the background unless one runs or the last one is
// younger than the invoice interval.
func (c *sconn) refreshSoon(ctx context.Context, log *slog.Logger, p *pair) {
	now := c.s.cfg.Now()
	p.mu.Lock()
	due := !p.refreshing && now.Sub(p.acctAt) >= c.s.cfg.InvoiceInterval
	if due {
		p.refreshing = true
	}
	p.mu.Unlock()
	if !due {
		return
	}
	c.s.mu.Lock()
	defer c.s.mu.Unlock()
	if c.s.ctx == nil || c.s.closed {
		p.mu.Lock()
		p.refreshing = false
		p.mu.Unlock()
		return
	}
	c.s.wg.Add(1)
	go func() {
		defer c.s.wg.Done()
		c.s.refresh(ctx, log, p)
	}()
}

// sconn is the seller's state for one connection.
type sconn struct {
	s         *Seller
	pc        *torrent.PeerConn
	ih        metainfo.Hash
	peerID    torrent.PeerID
	ip        netip.Addr
	free      bool
	window    uint64
	challenge [32]byte
	wake      chan struct{}
	done      chan struct{}

	started bool // under s.mu

	mu          sync.Mutex
	supports    bool
	inbox       inbox
	refused     bool   // drop every request; the goroutine cuts the connection
	cutReason   string // why, when refused
	identified  bool
	requested   uint64 // request bytes honoured (identified: minus cancels)
	lastWritten uint64 // bytes written at the last poll
	unpaid      uint64 // the pair's unpaid bytes at the last poll
	limit       uint64 // the pair's credit ceiling at the last poll (at most window)
	hot         bool
	closed      bool

	// owned by the goroutine
	helloSent bool
	helloAt   time.Time
	ackAt     time.Time // when the last receipt was acknowledged
	ackSeq    uint64    // the pair's storedSeq last acknowledged
	pair      *pair
	grant     *SignedGrant
}

func (c *sconn) run(ctx context.Context) {
	log := c.s.log.With("peer", c.pc.RemoteAddr, "infohash", c.ih.HexString())
	timer := time.NewTimer(c.s.cfg.PollInterval)
	defer timer.Stop()
	defer func() {
		if c.pair != nil {
			c.meter(ctx, log) // a last reading for the accounting
			c.s.releasePair(c.pair)
		}
	}()
	for {
		next, stop := c.step(ctx, log)
		if stop {
			return
		}
		timer.Reset(next)
		select {
		case <-ctx.Done():
			return
		case <-c.done:
			return
		case <-c.wake:
		case <-timer.C:
		}
	}
}

// helloMessage returns the connection's hello: the seller's terms with the connection's
// challenge, signed by the payout key for this item and this peer.
func (c *sconn) helloMessage() ([]byte, error) {
	h := c.s.hello
	h.Free = c.free
	if c.free {
		h.PricePerGiB = new(big.Int)
	}
	h.Challenge = c.challenge
	sig, err := TermsOf(&h, c.ih, c.peerID).Sign(c.s.verifier.Domain(), c.s.cfg.PayoutKey)
	if err != nil {
		return nil, err
	}
	h.Signature = sig
	return Encode(&h)
}

// step does what is due on the connection and returns when to look again.
func (c *sconn) step(ctx context.Context, log *slog.Logger) (time.Duration, bool) {
	c.mu.Lock()
	refused, reason, supports := c.refused, c.cutReason, c.supports
	msgs, overflow := c.inbox.take()
	c.mu.Unlock()
	if refused {
		c.cut(log, reason)
		return 0, true
	}
	if supports && !c.helloSent {
		c.helloSent = true
		c.helloAt = c.s.cfg.Now()
		hello, err := c.helloMessage()
		if err == nil {
			err = c.pc.WriteExtendedMessage(ExtensionName, hello)
		}
		if err != nil {
			log.Debug("sending hello failed", "err", err)
		} else {
			c.s.stats.hellosSent.Add(1)
		}
	}
	if overflow {
		c.s.stats.protocolErrors.Add(1)
		c.cut(log, "sg_pay message flood or oversized message")
		return 0, true
	}
	for _, m := range msgs {
		if err := c.handle(ctx, log, m); err != nil {
			c.cut(log, err.Error())
			return 0, true
		}
	}
	if c.free {
		return time.Hour, false
	}
	if c.pair != nil {
		c.acknowledge(log, c.pair)
	}
	if reason, stop := c.meter(ctx, log); stop {
		if reason != "" {
			c.cut(log, reason)
		}
		return 0, true
	}
	c.mu.Lock()
	hot := c.hot
	c.mu.Unlock()
	if hot {
		return c.s.cfg.HotPollInterval, false
	}
	return c.s.cfg.PollInterval, false
}

// meter reads the bytes written to the peer, charges them to the pair, sends an invoice when one
// is due, and reports whether the connection is done: cut off (with the reason) when the peer is
// over its credit, or closed because it has everything and owes nothing.
func (c *sconn) meter(ctx context.Context, log *slog.Logger) (string, bool) {
	st := c.pc.Stats()
	written := uint64(st.BytesWrittenData.Int64())
	c.mu.Lock()
	delta := written - min(written, c.lastWritten)
	c.lastWritten = max(written, c.lastWritten)
	p := c.pair
	c.mu.Unlock()
	c.s.stats.bytesServed.Add(delta)
	done := c.peerComplete(st)
	if p == nil {
		// A complete peer that was sent a priced hello gets IdentifyGrace to answer it before
		// the connection is closed: the answer may carry a receipt this seller has not stored,
		// one signed just before it restarted.
		if done && (!c.helloSent || c.s.cfg.Now().Sub(c.helloAt) >= IdentifyGrace) {
			return "", c.finish(log)
		}
		return "", false // not identified: the request gate holds it to the window
	}
	now := c.s.cfg.Now()
	p.mu.Lock()
	p.served += delta
	if delta > 0 {
		p.items[c.ih] += delta
	}
	unpaid := p.unpaidLocked()
	total := p.base + p.served
	limit := min(c.window, p.ceiling)
	credit := p.cutReason
	acked := p.latest == nil || (p.stored != nil && p.storedSeq == c.ackSeq &&
		p.stored.Receipt.Receipt.Bytes.Cmp(p.latest.Receipt.Receipt.Bytes) >= 0)
	if credit == "" && c.grant != nil && p.revoked[c.grant.Session.Key] {
		credit = ErrKeyRevoked.Error()
	}
	var inv *Invoice
	if unpaid > 0 && unpaid <= limit && credit == "" &&
		(total-p.invoicedAt >= c.s.cfg.InvoiceThreshold || now.Sub(p.lastInvoice) >= c.s.cfg.InvoiceInterval) {
		p.invoicedAt, p.lastInvoice = total, now
		inv = &Invoice{Served: total}
		if p.stored != nil {
			inv.Baseline, inv.Grant = &p.stored.Receipt, p.stored.Grant
		}
	}
	p.mu.Unlock()

	for peak := c.s.stats.peakUnpaid.Load(); unpaid > peak && !c.s.stats.peakUnpaid.CompareAndSwap(peak, unpaid); {
		peak = c.s.stats.peakUnpaid.Load()
	}
	c.mu.Lock()
	c.unpaid, c.limit = unpaid, limit
	// Look again soon when outstanding requests could take the peer past its credit, or when
	// the link is fast enough that the next regular poll would come after another half invoice
	// threshold: invoices then keep pace with the link.
	c.hot = c.requested-min(c.requested, c.lastWritten)+unpaid > limit || delta >= c.s.cfg.InvoiceThreshold/2
	c.mu.Unlock()
	switch {
	case credit != "":
		c.s.stats.creditCutOffs.Add(1)
		return "no more credit: " + credit, true
	case unpaid > c.window:
		return fmt.Sprintf("unpaid bytes %d exceed the credit window %d", unpaid, c.window), true
	case unpaid > limit:
		c.s.stats.creditCutOffs.Add(1)
		return fmt.Sprintf("unpaid bytes %d exceed the credit the maximum unsettled amount leaves (%d bytes)", unpaid, limit), true
	}
	if inv != nil {
		c.refreshSoon(ctx, log, p)
		if err := c.send(inv); err != nil {
			log.Debug("sending invoice failed", "err", err)
		} else {
			c.s.stats.invoicesSent.Add(1)
		}
	}
	// A complete peer that owes nothing is let go, once the acknowledgement of its last
	// receipt had a poll interval to leave.
	if unpaid == 0 && done && acked && now.Sub(c.ackAt) >= c.s.cfg.PollInterval {
		return "", c.finish(log)
	}
	return "", false
}

func (c *sconn) peerComplete(st torrent.PeerStats) bool {
	t := c.pc.Torrent()
	if t.Info() == nil || !t.Complete().Bool() {
		return false
	}
	return st.RemotePieceCount >= t.NumPieces()
}

// finish closes a connection that has nothing left to do, without refusing the peer.
func (c *sconn) finish(log *slog.Logger) bool {
	log.Debug("peer complete and paid up; closing")
	if err := c.pc.Close(); err != nil {
		log.Debug("closing peer connection", "err", err)
	}
	return true
}

func (c *sconn) send(m Message) error {
	b, err := Encode(m)
	if err != nil {
		return err
	}
	return c.pc.WriteExtendedMessage(ExtensionName, b)
}

// cut disconnects the peer and refuses it for the cool-down, unless the peer was already
// refused or the connection ends because its item stopped being free.
func (c *sconn) cut(log *slog.Logger, reason string) {
	c.mu.Lock()
	quiet := c.refused && (c.cutReason == reasonCooldown || c.cutReason == reasonNoLongerFree)
	c.refused = true
	c.mu.Unlock()
	switch {
	case !quiet:
		c.s.refuse(c.peerID, c.ip)
		c.s.stats.cutOffs.Add(1)
		log.Info("peer cut off", "reason", reason)
	case reason == reasonNoLongerFree:
		log.Info("peer disconnected", "reason", reason)
	}
	if err := c.pc.Close(); err != nil {
		log.Debug("closing peer connection", "err", err)
	}
}

// handle processes one sg_pay message from the peer. An error cuts the peer off.
// handle processes one sg_pay message from the peer. An error cuts the peer off.
func (c *sconn) handle(ctx context.Context, log *slog.Logger, b []byte) error {
	m, err := Decode(b)
	if err != nil {
		c.s.stats.protocolErrors.Add(1)
		return fmt.Errorf("bad sg_pay message: %w", err)
	}
	p, ok := m.(*Payment)
	if !ok {
		// A hello or an invoice: the peer sells too. That is the Payer's business, not ours.
		return nil
	}
	now := c.s.cfg.Now()
	if p.Grant != nil && (c.grant == nil || !sameGrant(c.grant, p.Grant)) {
		if ok, err := c.takeGrant(ctx, log, p.Grant, now); err != nil || !ok {
			return err
		}
	}
	if p.Identify != nil {
		if err := c.identify(ctx, log, p.Identify); err != nil {
			return err
		}
	}
	if p.Receipt == nil {
		return nil
	}
	r := p.Receipt
	if c.pair == nil {
		c.s.stats.receiptsRejected.Add(1)
		return errors.New("receipt refused: the peer has not identified itself (a receipt is not proof of who sends it)")
	}
	if c.pair.viewer != r.Receipt.Viewer {
		c.s.stats.receiptsRejected.Add(1)
		return fmt.Errorf("%w: the connection's viewer changed", ErrGrantViewer)
	}
	return c.accept(ctx, log, c.pair, r, now)
}

// takeGrant checks a grant the peer presents and makes it the connection's. It reports false,
// without an error, when the grant could not be checked (the escrow could not be read): the
// payment is then ignored, and the peer stays held to the window until it sends it again.
func (c *sconn) takeGrant(ctx context.Context, log *slog.Logger, g *SignedGrant, now time.Time) (bool, error) {
	if err := c.s.verifier.CheckGrant(g, now); err != nil {
		c.s.stats.receiptsRejected.Add(1)
		return false, fmt.Errorf("session grant refused: %w", err)
	}
	if c.pair != nil && c.pair.viewer != g.Session.Viewer {
		c.s.stats.receiptsRejected.Add(1)
		return false, fmt.Errorf("%w: the connection's viewer changed", ErrGrantViewer)
	}
	var ks *KeyState
	if c.s.cfg.Keys != nil {
		st, err := c.s.cfg.Keys.Key(ctx, g.Session.Viewer, g.Session.Key)
		if err != nil {
			c.s.stats.balanceErrors.Add(1)
			log.Warn("session key check failed; grant not taken", "viewer", g.Session.Viewer, "err", err)
			return false, nil
		}
		ks = &st
	}
	if err := CheckNonce(g, nil, ks); err != nil {
		c.s.stats.receiptsRejected.Add(1)
		return false, fmt.Errorf("session grant refused: %w", err)
	}
	if c.pair != nil {
		if err := c.s.holdGrant(c.pair, g); err != nil {
			c.s.stats.receiptsRejected.Add(1)
			return false, fmt.Errorf("session grant refused: %w", err)
		}
	}
	c.grant = copyGrant(g)
	return true, nil
}

// holdGrant records g as the newest grant for its key in p, unless p holds a newer one (then
// ErrGrantSuperseded) or one with the same nonce and other terms (ErrGrantConflict).
func (s *Seller) holdGrant(p *pair, g *SignedGrant) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	held := p.grants[g.Session.Key]
	if err := CheckNonce(g, held, nil); err != nil {
		return err
	}
	if held == nil || g.Session.Nonce > held.Session.Nonce {
		held = copyGrant(g)
		p.grants[g.Session.Key] = held
	}
	if p.grant == nil || p.grant.Session.Key != held.Session.Key {
		p.keySpent = nil
	}
	p.grant = held
	return nil
}

// identify checks the peer's identification over this connection's challenge and charges the
// connection to the viewer's pair.
func (c *sconn) identify(ctx context.Context, log *slog.Logger, id *Identification) error {
	if c.pair != nil {
		if c.pair.viewer != id.Viewer {
			c.s.stats.identifyRejected.Add(1)
			return fmt.Errorf("%w: the connection's viewer changed", ErrIdentify)
		}
		return nil // said twice
	}
	if c.grant != nil && c.grant.Session.Viewer != id.Viewer {
		c.s.stats.identifyRejected.Add(1)
		return fmt.Errorf("%w: identification and grant name different viewers", ErrGrantViewer)
	}
	if _, err := c.s.verifier.CheckIdentify(id, c.grant, c.challenge); err != nil {
		c.s.stats.identifyRejected.Add(1)
		return err
	}
	p, err := c.s.pairFor(ctx, id.Viewer)
	if err != nil {
		log.Warn("loading pair state failed", "err", err)
		return nil
	}
	if c.grant != nil {
		if err := c.s.holdGrant(p, c.grant); err != nil {
			c.s.stats.receiptsRejected.Add(1)
			return fmt.Errorf("session grant refused: %w", err)
		}
	}
	c.attach(p)
	// What the escrow holds decides the credit the viewer gets: read it now, so that a viewer
	// that comes back over its limits is cut off before it is served much.
	p.mu.Lock()
	p.refreshing = true
	p.mu.Unlock()
	c.s.refresh(ctx, log, p)
	return nil
}

// accept checks r against the pair's newest receipt and the escrow, counts it as paid and
// queues it for the store (written behind, within SellerConfig.FlushInterval).
func (c *sconn) accept(ctx context.Context, log *slog.Logger, p *pair, r *SignedReceipt, now time.Time) error {
	p.handling.Lock()
	defer p.handling.Unlock()
	p.mu.Lock()
	var prev *SignedReceipt
	if p.latest != nil {
		prev = &p.latest.Receipt
	}
	// The newest grant for the connection's key, which may have come on another connection.
	grant := c.grant
	if grant != nil {
		if held := p.grants[grant.Session.Key]; held != nil && held.Session.Nonce > grant.Session.Nonce {
			grant = held
		}
	}
	p.mu.Unlock()

	acct, err := c.s.cfg.Balance.Account(ctx, r.Receipt.Viewer, c.s.cfg.Payout)
	if err != nil {
		c.s.stats.balanceErrors.Add(1)
		log.Warn("balance check failed; receipt not accepted", "viewer", r.Receipt.Viewer, "err", err)
		return nil
	}
	var ks *KeyState
	if grant != nil && c.s.cfg.Keys != nil {
		st, err := c.s.cfg.Keys.Key(ctx, grant.Session.Viewer, grant.Session.Key)
		if err != nil {
			c.s.stats.balanceErrors.Add(1)
			log.Warn("session key check failed; receipt not accepted", "viewer", r.Receipt.Viewer, "err", err)
			return nil
		}
		ks = &st
	}
	signer, err := c.s.verifier.CheckReceipt(r, grant, prev, acct, now)
	if err == nil && grant != nil && signer == grant.Session.Key && ks != nil {
		// The grant as the escrow sees it: not revoked, not superseded, and its limit less what
		// the key already spent with every seeder.
		if err := CheckNonce(grant, nil, ks); err != nil {
			c.s.stats.receiptsRejected.Add(1)
			return fmt.Errorf("receipt refused: %w", err)
		}
		if ks.Spent != nil {
			owed := new(big.Int).Set(r.Receipt.Amount)
			if acct.Paid != nil {
				owed.Sub(owed, acct.Paid)
			}
			if left := new(big.Int).Sub(EffectiveLimit(grant), ks.Spent); owed.Cmp(left) > 0 {
				err = fmt.Errorf("%w: owes %s wei, the key has %s left", ErrOverLimit, owed, left)
			}
		}
	}
	// A receipt that is valid but for more than the balance or the grant's limit still binds the
	// viewer: the escrow pays what it holds and the rest stays claimable. Keep it, then cut off.
	underfunded := errors.Is(err, ErrInsufficientBalance) || errors.Is(err, ErrOverLimit)
	switch {
	case errors.Is(err, ErrDuplicate) || errors.Is(err, ErrStale):
		c.s.stats.receiptsIgnored.Add(1)
		return nil
	case err != nil && !underfunded:
		c.s.stats.receiptsRejected.Add(1)
		return fmt.Errorf("receipt refused: %w", err)
	}
	rec := Record{Receipt: copyReceipt(r)}
	if signer != r.Receipt.Viewer {
		rec.Grant = copyGrant(grant)
	}
	p.mu.Lock()
	for ih, n := range p.items {
		if n > 0 {
			rec.Items = append(rec.Items, ItemBytes{InfoHash: ih, Bytes: n})
		}
	}
	p.mu.Unlock()
	// Credit follows at once; the record is written behind (SellerConfig.FlushInterval). Only
	// while the store fails is it written first, and then counts only once stored.
	if err := c.s.wb.add(ctx, rec); err != nil {
		log.Error("saving receipt failed; no credit extended", "viewer", r.Receipt.Viewer, "err", err)
		return nil
	}
	newBytes := r.Receipt.Bytes.Uint64()
	p.mu.Lock()
	paid := p.paidLocked()
	p.latest = &rec
	for _, it := range rec.Items {
		p.items[it.InfoHash] -= it.Bytes
		if p.items[it.InfoHash] == 0 {
			delete(p.items, it.InfoHash)
		}
	}
	p.acct, p.acctAt = acct, c.s.cfg.Now()
	p.grant = rec.Grant
	if ks != nil && ks.Spent != nil {
		p.keySpent = new(big.Int).Set(ks.Spent)
	}
	c.s.creditLocked(p)
	p.mu.Unlock()
	if underfunded {
		c.s.stats.receiptsUnderfunded.Add(1)
		return fmt.Errorf("receipt stored, but %w", err)
	}
	c.s.stats.receiptsAccepted.Add(1)
	c.s.stats.bytesPaid.Add(newBytes - min(newBytes, paid))
	log.Debug("receipt accepted", "viewer", r.Receipt.Viewer, "bytes", newBytes, "amount", r.Receipt.Amount)
	return nil
}

// acknowledge sends an invoice as soon as a newer receipt of the pair is stored: its baseline
// tells the payer the receipt is durably the seller's (a leaving viewer waits for that before
// it closes), and its served count lets the payer pay what it verified since. Invoices only
// ever name stored receipts.
func (c *sconn) acknowledge(log *slog.Logger, p *pair) {
	now := c.s.cfg.Now()
	p.mu.Lock()
	if p.stored == nil || p.storedSeq == c.ackSeq {
		p.mu.Unlock()
		return
	}
	c.ackSeq = p.storedSeq
	total := p.base + p.served
	p.invoicedAt, p.lastInvoice = total, now
	inv := &Invoice{Served: total, Baseline: &p.stored.Receipt, Grant: p.stored.Grant}
	p.mu.Unlock()
	c.ackAt = now
	if err := c.send(inv); err != nil {
		log.Debug("sending invoice failed", "err", err)
		return
	}
	c.s.stats.invoicesSent.Add(1)
}

// attach charges the connection to its viewer's pair: from now on the bytes written to it are
// metered against the pair's credit with the pair's payments, and its requests are no longer
// gated.
func (c *sconn) attach(p *pair) {
	if c.pair != nil {
		return
	}
	c.mu.Lock()
	written := c.lastWritten
	c.pair = p
	c.identified = true
	c.mu.Unlock()
	p.mu.Lock()
	p.conns++
	p.served += written
	if written > 0 {
		p.items[c.ih] += written
	}
	p.mu.Unlock()
}

func sameGrant(a, b *SignedGrant) bool {
	return sameTerms(a, b) && string(a.Signature) == string(b.Signature)
}

// copyGrant and copyReceipt copy every signed value exactly (nothing shared with the message
// they came from), for the records the store keeps and the escrow is sent.
func copyGrant(g *SignedGrant) *SignedGrant {
	if g == nil {
		return nil
	}
	c := *g
	c.Session.Limit = new(big.Int).Set(g.Session.Limit)
	c.Signature = append([]byte(nil), g.Signature...)
	return &c
}

func copyReceipt(r *SignedReceipt) SignedReceipt {
	c := *r
	c.Receipt.Bytes = new(big.Int).Set(r.Receipt.Bytes)
	c.Receipt.Amount = new(big.Int).Set(r.Receipt.Amount)
	c.Signature = append([]byte(nil), r.Signature...)
	return c
}
