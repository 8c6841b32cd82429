package paywire

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/anacrolix/torrent"
	"github.com/anacrolix/torrent/metainfo"
	pp "github.com/anacrolix/torrent/peer_protocol"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/swarmgate/swarmgate/chain/eip712"
)

// PayerConfig configures a Payer.
type PayerConfig struct {
	// Viewer is the viewer's wallet address: the Viewer of every receipt. Required.
	Viewer common.Address
	// Key signs receipts: a session key under Grant, or the wallet key itself when Grant is nil.
	// Required.
	Key *ecdsa.PrivateKey
	// Grant is the wallet-signed session grant for Key (nil: Key is the wallet key).
	Grant *SignedGrant
	// ChainID and Escrow name the only domain the payer signs in; sellers announcing another are
	// not paid. Required.
	ChainID uint64
	Escrow  common.Address
	// MaxUnverifiedBytes caps the bytes of pieces the client has requested but not yet verified
	// (torrent.ClientConfig.MaxUnverifiedBytes, set by Attach). The payer pays only for verified
	// pieces, so this bounds how far its receipts can lag what sellers sent; keep it well below
	// the sellers' credit windows. Default DefaultMaxUnverifiedBytes.
	MaxUnverifiedBytes int64
	// MaxPricePerGiB is the highest price in wei per 2^30 bytes the payer accepts; sellers asking
	// more are not paid (and will cut the payer off). Required.
	MaxPricePerGiB *big.Int
	// Logger receives the payer's logs (nil: discard). It never gets keys or full signatures.
	Logger *slog.Logger
	// OnEvent, if set, is told of refusals and other notable events. It is called from the
	// payer's goroutines and must not block.
	OnEvent func(PayerEvent)
	// Now returns the current time (nil: time.Now). For tests.
	Now func() time.Time
}

// Validate reports every invalid field at once; it checks the grant's signature.
func (c *PayerConfig) Validate() error {
	var errs []error
	if c.Viewer == (common.Address{}) {
		errs = append(errs, errors.New("viewer address is required"))
	}
	if c.ChainID == 0 {
		errs = append(errs, errors.New("chain id is required"))
	}
	if c.Escrow == (common.Address{}) {
		errs = append(errs, errors.New("escrow contract address is required"))
	}
	if c.MaxUnverifiedBytes < 0 {
		errs = append(errs, errors.New("maximum unverified bytes must not be negative"))
	}
	if c.MaxPricePerGiB == nil || c.MaxPricePerGiB.Sign() < 0 {
		errs = append(errs, errors.New("maximum price per GiB must be set and not negative"))
	}
	switch {
	case c.Key == nil:
		errs = append(errs, errors.New("a signing key is required"))
	case c.Grant == nil:
		if crypto.PubkeyToAddress(c.Key.PublicKey) != c.Viewer {
			errs = append(errs, errors.New("without a session grant the signing key must be the viewer's wallet key"))
		}
	default:
		g := c.Grant.Session
		if g.Viewer != c.Viewer {
			errs = append(errs, errors.New("the session grant is for another viewer"))
		}
		if g.Key != crypto.PubkeyToAddress(c.Key.PublicKey) {
			errs = append(errs, errors.New("the session grant is for another key than the signing key"))
		}
		if g.Limit == nil || g.Limit.Sign() <= 0 {
			errs = append(errs, errors.New("the session grant's limit must be positive"))
		}
		if c.ChainID != 0 && c.Escrow != (common.Address{}) {
			d := eip712.NewDomain(new(big.Int).SetUint64(c.ChainID), c.Escrow)
			if signer, err := g.Signer(d, c.Grant.Signature); err != nil || signer != c.Viewer {
				errs = append(errs, errors.New("the session grant is not signed by the viewer's wallet for this chain and escrow"))
			}
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("paywire payer config: %w", errors.Join(errs...))
	}
	return nil
}

// DefaultMaxUnverifiedBytes is PayerConfig.MaxUnverifiedBytes's default: a quarter of the
// default credit window.
const DefaultMaxUnverifiedBytes = DefaultCreditWindow / 4

// PayerEventKind says what happened.
type PayerEventKind int

// The payer's events.
const (
	// EventPriceRefused: a seller asks more than MaxPricePerGiB; the payer will not pay it.
	EventPriceRefused PayerEventKind = iota + 1
	// EventTermsRefused: a seller announced another chain id or escrow; the payer will not pay it.
	EventTermsRefused
	// EventGrantExhausted: signing would take the session grant past its limit, or the grant
	// expired; the viewer must sign a new grant.
	EventGrantExhausted
	// EventBaselineAdopted: a seller showed a valid receipt of ours newer than our own record (we
	// lost state, or another device of the same wallet paid it); we continue from it.
	EventBaselineAdopted
	// EventBaselineInvalid: a seller's baseline receipt is not ours; it was ignored.
	EventBaselineInvalid
	// EventHelloInvalid: a hello's terms are not signed by the payout address it announces, for
	// this item and this client's peer id: someone announced a payout address that is not
	// theirs (or replayed a hello). The payer will not pay it.
	EventHelloInvalid
	// EventBadPiece: a connection sent, alone, a third piece that failed its hash check (see
	// badPieceLimit). Nothing of those pieces is paid; the payer closes the connection. Pieces
	// that several peers contributed to are not blamed on anyone: the torrent client's smart
	// ban finds the culprit once the piece checks.
	EventBadPiece
)

func (k PayerEventKind) String() string {
	switch k {
	case EventPriceRefused:
		return "price refused"
	case EventTermsRefused:
		return "terms refused"
	case EventGrantExhausted:
		return "grant exhausted"
	case EventBaselineAdopted:
		return "baseline adopted"
	case EventBaselineInvalid:
		return "baseline invalid"
	case EventHelloInvalid:
		return "hello invalid"
	case EventBadPiece:
		return "bad piece"
	}
	return fmt.Sprintf("event(%d)", int(k))
}

// PayerEvent is one notable event on a connection.
type PayerEvent struct {
	Kind     PayerEventKind
	Seeder   common.Address // the seller's payout address, when known
	Peer     string         // the peer's network address
	InfoHash metainfo.Hash
	Err      error // details
}

// PayerStats are the payer's counters since it was created, for metrics.
type PayerStats struct {
	HellosAccepted   uint64
	HellosInvalid    uint64 // hellos whose terms the announced payout address did not sign
	PriceRefusals    uint64
	TermsRefusals    uint64
	InvoicesReceived uint64
	ReceiptsSigned   uint64
	GrantExhausted   uint64
	BaselinesAdopted uint64
	BaselinesInvalid uint64
	ProtocolErrors   uint64
	BytesVerified    uint64 // bytes of hash-verified pieces from sellers we accepted
	BytesSigned      uint64 // bytes covered by receipts we signed (increments)
	PiecesFailed     uint64 // pieces that failed their hash check (none of their bytes is paid)
	BytesTail        uint64 // bytes of unverified pieces paid for on leaving (PayTail)
}

type payerCounters struct {
	hellosAccepted, hellosInvalid, priceRefusals, termsRefusals, invoicesReceived, receiptsSigned, grantExhausted,
	baselinesAdopted, baselinesInvalid, protocolErrors, bytesVerified, bytesSigned, piecesFailed, bytesTail atomic.Uint64
}

// Payer is the viewing side of the protocol. It counts, per seller, the bytes of pieces whose
// hash checked, and answers a seller's invoice with a cumulative receipt for no more than it
// counted (plus the newest receipt of the pair), at the seller's announced price if that is
// within MaxPricePerGiB.
//
// Attach it to a torrent.ClientConfig before creating the client, then Run it.
type Payer struct {
	cfg    PayerConfig
	log    *slog.Logger
	domain eip712.Domain
	stats  payerCounters

	mu       sync.Mutex
	conns    map[*torrent.PeerConn]*pconn
	byPeer   map[*torrent.Peer]*pconn
	torrents map[*torrent.Torrent]*ptorrent
	seeders  map[common.Address]*pseeder
	spent    *big.Int // wei signed under the session key, over all sellers, by this payer
	// refusedIDs are the peer ids of sellers refused (price, terms or hello), until when.
	refusedIDs map[torrent.PeerID]time.Time
	ctx        context.Context
	cancel     context.CancelFunc
	closed     bool
	wg         sync.WaitGroup
}

// NewPayer validates cfg and returns a payer. It starts nothing.
func NewPayer(cfg PayerConfig) (*Payer, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.MaxUnverifiedBytes == 0 {
		cfg.MaxUnverifiedBytes = DefaultMaxUnverifiedBytes
	}
	cfg.MaxPricePerGiB = new(big.Int).Set(cfg.MaxPricePerGiB)
	return &Payer{
		cfg:        cfg,
		log:        cfg.Logger,
		domain:     eip712.NewDomain(new(big.Int).SetUint64(cfg.ChainID), cfg.Escrow),
		conns:      make(map[*torrent.PeerConn]*pconn),
		byPeer:     make(map[*torrent.Peer]*pconn),
		torrents:   make(map[*torrent.Torrent]*ptorrent),
		seeders:    make(map[common.Address]*pseeder),
		spent:      new(big.Int),
		refusedIDs: make(map[torrent.PeerID]time.Time),
	}, nil
}

// Attach installs the payer's callbacks in cc. Call it before torrent.NewClient(cc). Existing
// callbacks are kept and still called. It turns off cc.DropMutuallyCompletePeers, so that a
// completed download stays connected until its last bytes are invoiced and paid; sellers close
// such connections once paid. It lowers cc.MaxUnverifiedBytes to PayerConfig.MaxUnverifiedBytes:
// anacrolix requests up to about a thousand chunks per peer and a seeder serves them in no
// particular order, so without a cap many MiB of half-received pieces (which the payer cannot
// pay for yet) would pile up and sellers would cut the payer off. It sets cc.PeerID (when empty)
// to a fresh random peer id: sellers sign their terms for the payer's peer id, so the payer must
// know it.
func (p *Payer) Attach(cc *torrent.ClientConfig) {
	cc.DropMutuallyCompletePeers = false
	if cc.MaxUnverifiedBytes == 0 || cc.MaxUnverifiedBytes > p.cfg.MaxUnverifiedBytes {
		cc.MaxUnverifiedBytes = p.cfg.MaxUnverifiedBytes
	}
	var id [20]byte
	if cc.PeerID == "" {
		n := copy(id[:], cc.Bep20)
		if _, err := rand.Read(id[n:]); err != nil {
			panic("paywire: no randomness for a peer id: " + err.Error()) // never on supported systems
		}
		cc.PeerID = string(id[:])
	}
	copy(id[:], cc.PeerID)
	cb := &cc.Callbacks
	cb.PeerConnAdded = append(cb.PeerConnAdded, func(pc *torrent.PeerConn) { p.onPeerConnAdded(pc, id) })
	cb.PeerConnReadExtensionMessage = append(cb.PeerConnReadExtensionMessage, p.onExtensionMessage)
	cb.ReceivedUsefulData = append(cb.ReceivedUsefulData, p.onUsefulData)
	cb.ReadExtendedHandshake = then2(cb.ReadExtendedHandshake, p.onExtendedHandshake)
	cb.PeerConnClosed = then1(cb.PeerConnClosed, p.onPeerConnClosed)
	cb.ReadMessage = then2(cb.ReadMessage, p.onReadMessage)
}

// onReadMessage counts the piece data each seller's connections deliver, useful or not (for
// PayTail).
func (p *Payer) onReadMessage(pc *torrent.PeerConn, m *pp.Message) {
	if m.Type != pp.Piece {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if c := p.conns[pc]; c != nil {
		switch {
		case c.seeder != nil:
			c.seeder.received += uint64(len(m.Piece))
		case !c.free && !c.refused:
			c.received += uint64(len(m.Piece))
		}
	}
}

// Run serves connections until ctx is cancelled or Close is called, then waits for the payer's
// goroutines to finish.
func (p *Payer) Run(ctx context.Context) error {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return errors.New("paywire: payer is closed")
	}
	if p.ctx != nil {
		p.mu.Unlock()
		return errors.New("paywire: payer is already running")
	}
	p.ctx, p.cancel = context.WithCancel(ctx)
	runCtx := p.ctx
	for _, t := range p.torrents {
		p.startTorrentLocked(t)
	}
	for _, c := range p.conns {
		p.startConnLocked(c)
	}
	p.mu.Unlock()
	<-runCtx.Done()
	p.wg.Wait()
	return nil
}

// Close stops Run and waits for the payer's goroutines.
func (p *Payer) Close() error {
	p.mu.Lock()
	p.closed = true
	cancel := p.cancel
	p.mu.Unlock()
	if cancel != nil {
		cancel()
	}
	p.wg.Wait()
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, t := range p.torrents {
		t.sub.Close()
	}
	return nil
}

// Stats returns a snapshot of the counters.
func (p *Payer) Stats() PayerStats {
	c := &p.stats
	return PayerStats{
		HellosAccepted: c.hellosAccepted.Load(), HellosInvalid: c.hellosInvalid.Load(), PriceRefusals: c.priceRefusals.Load(),
		TermsRefusals: c.termsRefusals.Load(), InvoicesReceived: c.invoicesReceived.Load(),
		ReceiptsSigned: c.receiptsSigned.Load(), GrantExhausted: c.grantExhausted.Load(),
		BaselinesAdopted: c.baselinesAdopted.Load(), BaselinesInvalid: c.baselinesInvalid.Load(),
		ProtocolErrors: c.protocolErrors.Load(), BytesVerified: c.bytesVerified.Load(),
		BytesSigned: c.bytesSigned.Load(), PiecesFailed: c.piecesFailed.Load(), BytesTail: c.bytesTail.Load(),
	}
}

// Latest returns the newest receipt the payer signed or adopted for seeder, or nil.
func (p *Payer) Latest(seeder common.Address) *SignedReceipt {
	p.mu.Lock()
	defer p.mu.Unlock()
	if s := p.seeders[seeder]; s != nil {
		return s.latest
	}
	return nil
}

// PayTail is called once when the viewer leaves, after it stopped requesting and every
// verified byte is paid: it also pays each seller for the piece data its connections delivered
// that no verified piece accounts for (the tail an honest viewer leaves behind when it stops
// mid-piece: chunks of unfinished pieces, and chunks still in flight when it stopped asking,
// which the seller would otherwise hold against it as debt and give it that much less credit
// next time). Per seller it pays at most MaxUnverifiedBytes, only bytes received from that
// seller (counted as they are read, after its hello was accepted), nothing of a piece that
// failed its hash check, and, as always, never beyond the seller's invoice: the part not
// invoiced yet is paid when the seller's next invoice arrives (sellers invoice at least every
// second while anything is unpaid). The tail is what the seller delivered that no verified
// piece accounts for: chunks of pieces still unverified, and chunks another peer delivered too
// (end game), which the seller served at the viewer's request and would otherwise hold as debt.
// A seller whose data was in a piece that failed its hash check during this viewing gets none.
// It returns the bytes added for payment.
func (p *Payer) PayTail() uint64 {
	// A seller that took part in a piece that failed its hash check gets no tail: the client's
	// own count (ConnStats.PiecesDirtiedBad) says so even where the payer missed the failure
	// as it happened. Reading it takes the client lock, so not under p.mu.
	p.mu.Lock()
	live := make(map[*pconn]*pseeder, len(p.conns))
	for _, c := range p.conns {
		if c.seeder != nil {
			live[c] = c.seeder
		}
	}
	p.mu.Unlock()
	var tainted []*pseeder
	for c, s := range live {
		if st := c.pc.Stats(); st.PiecesDirtiedBad.Int64() > 0 {
			tainted = append(tainted, s)
		}
	}
	p.mu.Lock()
	for _, s := range tainted {
		s.tainted = true
	}
	var total uint64
	var due []*pconn
	for _, s := range p.seeders {
		if s.received <= s.accounted || s.tainted {
			continue
		}
		n := min(s.received-s.accounted, uint64(p.cfg.MaxUnverifiedBytes))
		if n == 0 {
			continue
		}
		s.accounted += n
		s.pending += n
		total += n
		if s.invoicedOn != nil {
			due = append(due, s.invoicedOn)
		}
	}
	for _, t := range p.torrents {
		clear(t.chunks) // paid now, or never: not counted again should they verify
	}
	p.mu.Unlock()
	p.stats.bytesTail.Add(total)
	for _, c := range due {
		c.pay(p.log.With("peer", c.pc.RemoteAddr, "infohash", c.ih.HexString()))
	}
	return total
}

// Acknowledged returns the newest receipt seeder showed it holds (the baseline of its invoice),
// or nil: what it can redeem for sure. Latest may be newer while a receipt is on its way.
func (p *Payer) Acknowledged(seeder common.Address) *SignedReceipt {
	p.mu.Lock()
	defer p.mu.Unlock()
	if s := p.seeders[seeder]; s != nil {
		return s.acked
	}
	return nil
}

// Unacknowledged returns the bytes of receipts this payer signed that their sellers have not
// acknowledged yet (summed over sellers): a viewer that leaves waits for it to be 0, so that
// its last receipts are not lost with its connections. Sellers acknowledge every receipt at
// once (section 7.9a of SPEC.md).
func (p *Payer) Unacknowledged() uint64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	var n uint64
	for _, s := range p.seeders {
		if s.latest == nil || !s.latestOurs {
			continue
		}
		acked := uint64(0)
		if s.acked != nil {
			acked = s.acked.Receipt.Bytes.Uint64()
		}
		n += s.latest.Receipt.Bytes.Uint64() - min(acked, s.latest.Receipt.Bytes.Uint64())
	}
	return n
}

// Unpaid returns the bytes counted for all sellers that no receipt covers yet.
func (p *Payer) Unpaid() uint64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	var n uint64
	for _, s := range p.seeders {
		n += s.pending
	}
	return n
}

// Owed returns the bytes counted for seeder that no receipt covers yet.
func (p *Payer) Owed(seeder common.Address) uint64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	if s := p.seeders[seeder]; s != nil {
		return s.pending
	}
	return 0
}

func (p *Payer) event(e PayerEvent) {
	if p.cfg.OnEvent != nil {
		p.cfg.OnEvent(e)
	}
}

func (p *Payer) startConnLocked(c *pconn) {
	if p.ctx == nil || p.closed || c.started {
		return
	}
	c.started = true
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		c.run(p.ctx)
	}()
}

func (p *Payer) startTorrentLocked(t *ptorrent) {
	if p.ctx == nil || p.closed || t.started {
		return
	}
	t.started = true
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		p.watchPieces(p.ctx, t)
	}()
}

// ptorrent tracks who delivered each chunk of the pieces of one torrent not yet verified.
type ptorrent struct {
	t       *torrent.Torrent
	values  <-chan torrent.PieceStateChange
	sub     interface{ Close() }
	chunks  map[int]map[uint32]chunkFrom // piece → chunk offset → sender; under Payer.mu
	started bool
}

type chunkFrom struct {
	c *pconn
	n uint32
}

// watchPieces credits the senders of a piece's chunks when the piece's hash checks. A chunk
// written again (after a failed check, or a storage error) is attributed to its last sender, so
// every verified byte is counted once, for the peer whose data passed the check. A piece that
// fails its check forgets its senders (nothing of it is paid) and, when one peer sent all of
// it, drops that peer (see EventBadPiece).
//
// The client publishes a piece's state while it marks the piece's hash result in storage
// (Marking), then the result: a piece that leaves Marking incomplete failed its check.
func (p *Payer) watchPieces(ctx context.Context, t *ptorrent) {
	marking := make(map[int]bool) // pieces whose hash result is being marked; bounded by the pieces
	defer func() {
		t.sub.Close()
		p.mu.Lock()
		if p.torrents[t.t] == t {
			delete(p.torrents, t.t)
		}
		p.mu.Unlock()
	}()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.t.Closed():
			return
		case ch, ok := <-t.values:
			if !ok {
				return
			}
			switch {
			case ch.Complete && ch.Ok:
				delete(marking, ch.Index)
				p.credit(t, ch.Index)
			case ch.Marking:
				marking[ch.Index] = true
			case marking[ch.Index] && ch.Ok:
				delete(marking, ch.Index)
				p.failed(t, ch.Index)
			}
		}
	}
}

// payDueLocked wakes the connection that brought the seller's latest invoice when enough newly
// verified bytes are payable on it: an invoice is paid as the pieces it covers verify, not only
// when it arrives, so the unpaid bytes a seller sees are about the bytes still unverified.
// p.mu is held.
func (p *Payer) payDueLocked(s *pseeder) {
	c := s.invoicedOn
	if c == nil {
		return
	}
	base := uint64(0)
	if s.latest != nil {
		base = s.latest.Receipt.Bytes.Uint64()
	}
	if s.invoiced <= base {
		return
	}
	if payable := min(base+s.pending, s.invoiced) - base; payable >= s.payStep || base+s.pending >= s.invoiced {
		c.payDue = true
		signal(c.wake)
	}
}

func (p *Payer) credit(t *ptorrent, piece int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	chunks := t.chunks[piece]
	delete(t.chunks, piece)
	for _, f := range chunks {
		c := f.c
		switch {
		case c.free || c.refused:
		case c.seeder != nil:
			c.seeder.pending += uint64(f.n)
			c.seeder.accounted += uint64(f.n)
			p.stats.bytesVerified.Add(uint64(f.n))
			p.payDueLocked(c.seeder)
		default:
			c.unassigned += uint64(f.n)
		}
	}
}

// badPieceLimit is how many pieces that failed their hash check one connection may send alone
// before the payer drops it. One is not enough: dropping a viewer's only seeder for one
// spurious failure stalls the viewer; a seeder that sends corrupt data fails piece after piece.
const badPieceLimit = 3

// failed handles a piece that left Marking incomplete: if the torrent client counted a bad
// piece for its senders (ConnStats.PiecesDirtiedBad went up), the piece failed its hash check:
// it forgets who sent it (nothing of it is paid) and closes the connection of a peer that sent
// all of badPieceLimit such pieces. Otherwise (a state published without a hash failure) it
// changes nothing. It runs on the payer's goroutine, where reading a connection's stats takes
// the client lock safely.
func (p *Payer) failed(t *ptorrent, piece int) {
	p.mu.Lock()
	senders := map[*pconn]bool{}
	for _, f := range t.chunks[piece] {
		senders[f.c] = true
	}
	p.mu.Unlock()
	var genuine bool
	bad := map[*pconn]int64{}
	for c := range senders {
		st := c.pc.Stats()
		n := st.PiecesDirtiedBad.Int64()
		bad[c] = n
		p.mu.Lock()
		if n > c.lastBad {
			genuine = true
		}
		p.mu.Unlock()
	}
	if !genuine {
		p.log.Debug("piece left marking incomplete without a hash failure", "piece", piece)
		return
	}
	p.stats.piecesFailed.Add(1)
	p.mu.Lock()
	for c, n := range bad {
		c.lastBad = n
	}
	chunks := t.chunks[piece]
	delete(t.chunks, piece)
	var only *pconn
	if len(senders) == 1 {
		for c := range senders {
			only = c
		}
	}
	for _, f := range chunks {
		if s := f.c.seeder; s != nil {
			s.accounted += uint64(f.n) // never paid, not even as a tail
			s.tainted = true
		}
	}
	var ev PayerEvent
	drop := false
	if only != nil {
		only.badPieces++
		drop = only.badPieces == badPieceLimit
		ev = PayerEvent{Kind: EventBadPiece, Peer: fmt.Sprint(only.pc.RemoteAddr), InfoHash: only.ih,
			Err: fmt.Errorf("%d pieces (the last %d) failed their hash check; the peer sent all of them", only.badPieces, piece)}
		if only.seeder != nil {
			ev.Seeder = only.seeder.addr
		}
	}
	p.mu.Unlock()
	switch {
	case only == nil:
		return
	case !drop:
		p.log.Info("a piece from one peer failed its hash check; not paying it", "peer", ev.Peer, "seeder", ev.Seeder, "piece", piece)
		return
	}
	p.log.Warn("a peer sent pieces that failed their hash check; not paying them and dropping the peer", "peer", ev.Peer, "seeder", ev.Seeder, "piece", piece)
	p.event(ev)
	_ = only.pc.Close()
}

// The callbacks below run with the client lock held: they only update state and signal the
// connection's goroutine.

func (p *Payer) onPeerConnAdded(pc *torrent.PeerConn, localID [20]byte) {
	addExtension(pc)
	t := pc.Torrent()
	c := &pconn{p: p, pc: pc, ih: t.InfoHash(), localID: localID, wake: make(chan struct{}, 1), done: make(chan struct{})}
	p.mu.Lock()
	defer p.mu.Unlock()
	pt := p.torrents[t]
	if pt == nil {
		// Subscribing takes no client lock; it must happen before any chunk of this torrent is
		// counted, so that no completion is missed.
		sub := t.SubscribePieceStateChanges()
		pt = &ptorrent{t: t, values: sub.Values, sub: sub, chunks: make(map[int]map[uint32]chunkFrom)}
		p.torrents[t] = pt
		p.startTorrentLocked(pt)
	}
	c.t = pt
	p.conns[pc] = c
	p.byPeer[&pc.Peer] = c
	if until, ok := p.refusedIDs[pc.PeerID]; ok {
		if p.cfg.Now().Before(until) {
			// A seller refused before: its goroutine closes it at once (not here: the client
			// lock is held).
			c.refused, c.dropNow = true, true
			signal(c.wake)
		} else {
			delete(p.refusedIDs, pc.PeerID)
		}
	}
	p.startConnLocked(c)
}

func (p *Payer) onExtendedHandshake(pc *torrent.PeerConn, m *pp.ExtendedHandshakeMessage) {
	p.mu.Lock()
	c := p.conns[pc]
	p.mu.Unlock()
	if c == nil || m.M[ExtensionName] == 0 {
		return
	}
	c.mu.Lock()
	c.supports = true
	c.mu.Unlock()
}

func (p *Payer) onExtensionMessage(ev torrent.PeerConnReadExtensionMessageEvent) {
	if !isOurs(ev) {
		return
	}
	p.mu.Lock()
	c := p.conns[ev.PeerConn]
	p.mu.Unlock()
	if c == nil {
		return
	}
	c.mu.Lock()
	c.inbox.push(ev.Payload)
	c.mu.Unlock()
	signal(c.wake)
}

func (p *Payer) onUsefulData(ev torrent.ReceivedUsefulDataEvent) {
	m := ev.Message
	if m == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	c := p.byPeer[ev.Peer]
	if c == nil {
		return // a web seed, or a connection we do not track
	}
	piece := int(m.Index)
	chunks := c.t.chunks[piece]
	if chunks == nil {
		chunks = make(map[uint32]chunkFrom)
		c.t.chunks[piece] = chunks
	}
	chunks[uint32(m.Begin)] = chunkFrom{c: c, n: uint32(len(m.Piece))}
}

func (p *Payer) onPeerConnClosed(pc *torrent.PeerConn) {
	p.mu.Lock()
	c := p.conns[pc]
	delete(p.conns, pc)
	delete(p.byPeer, &pc.Peer)
	p.mu.Unlock()
	if c == nil {
		return
	}
	c.mu.Lock()
	if !c.closed {
		c.closed = true
		close(c.done)
	}
	c.mu.Unlock()
}

// pseeder is what the payer knows of one seller (payout address), over all connections.
type pseeder struct {
	addr common.Address
	// invoicing serializes invoice handling for the seller.
	invoicing sync.Mutex
	// under Payer.mu:
	latest     *SignedReceipt // newest receipt signed or adopted
	latestOurs bool           // signed by this payer (so it can be re-sent with our grant)
	acked      *SignedReceipt // newest receipt the seller showed as its baseline: it has it
	signedAt   time.Time      // when latest was signed and sent
	pending    uint64         // verified bytes no receipt covers yet
	invoiced   uint64         // Served of the seller's latest invoice: the ceiling of what we pay
	invoicedOn *pconn         // the connection that brought it, where payments go
	payStep    uint64         // pay an open invoice whenever this much more was verified
	received   uint64         // piece data read from its connections (after the hello)
	accounted  uint64         // of which verified, failed, or paid as a tail
	// tainted: data it sent was in a piece that failed its hash check in this viewing; it gets
	// no tail (PayTail), whether or not that failure was seen as it happened.
	tainted bool
}

// pconn is the payer's state for one connection.
type pconn struct {
	p       *Payer
	pc      *torrent.PeerConn
	ih      metainfo.Hash
	localID [20]byte // this client's peer id, which sellers sign their terms for
	t       *ptorrent
	wake    chan struct{}
	done    chan struct{}

	started bool // under Payer.mu

	mu       sync.Mutex
	supports bool
	inbox    inbox
	closed   bool

	// under Payer.mu:
	seeder     *pseeder // set when the seller's hello was accepted
	price      *big.Int
	free       bool
	refused    bool
	unassigned uint64 // verified bytes received before a hello was accepted
	received   uint64 // piece data read before a hello was accepted
	payDue     bool   // an open invoice has enough newly verified bytes to pay
	dropNow    bool   // its peer id is a refused seller's: close it
	badPieces  int    // pieces that failed their hash check that this connection sent alone
	lastBad    int64  // the client's PiecesDirtiedBad of the connection when last looked at

	// owned by the goroutine
	hello     bool
	grantSent bool
}

func (c *pconn) run(ctx context.Context) {
	log := c.p.log.With("peer", c.pc.RemoteAddr, "infohash", c.ih.HexString())
	for {
		select {
		case <-ctx.Done():
			return
		case <-c.done:
			return
		case <-c.wake:
		}
		c.mu.Lock()
		msgs, overflow := c.inbox.take()
		c.mu.Unlock()
		if overflow {
			c.p.stats.protocolErrors.Add(1)
			log.Warn("sg_pay message flood or oversized message; disconnecting")
			_ = c.pc.Close()
			return
		}
		for _, b := range msgs {
			c.handle(log, b)
		}
		c.p.mu.Lock()
		due, dropNow := c.payDue, c.dropNow
		c.payDue = false
		c.p.mu.Unlock()
		if dropNow {
			log.Debug("closing a new connection to a seller we refused")
			_ = c.pc.Close()
			return
		}
		if due {
			c.pay(log)
		}
	}
}

func (c *pconn) handle(log *slog.Logger, b []byte) {
	m, err := Decode(b)
	if err != nil {
		c.p.stats.protocolErrors.Add(1)
		log.Debug("bad sg_pay message", "err", err)
		return
	}
	switch m := m.(type) {
	case *Hello:
		c.onHello(log, m)
	case *Invoice:
		c.onInvoice(log, m)
	case *Payment:
		// The peer pays us: the Seller's business.
	}
}

func (c *pconn) onHello(log *slog.Logger, h *Hello) {
	if c.hello {
		c.p.stats.protocolErrors.Add(1)
		log.Debug("repeated hello ignored")
		return
	}
	c.hello = true
	p := c.p
	ev := PayerEvent{Seeder: h.Payout, Peer: fmt.Sprint(c.pc.RemoteAddr), InfoHash: c.ih}
	signer, sigErr := TermsOf(h, c.ih, c.localID).Signer(p.domain, h.Signature)
	switch {
	case h.ChainID != p.cfg.ChainID || h.Escrow != p.cfg.Escrow:
		p.mu.Lock()
		c.refused = true
		p.mu.Unlock()
		p.stats.termsRefusals.Add(1)
		ev.Kind, ev.Err = EventTermsRefused, fmt.Errorf("seller wants chain %d escrow %s; we pay on chain %d escrow %s", h.ChainID, h.Escrow, p.cfg.ChainID, p.cfg.Escrow)
		log.Warn("seller's terms refused", "seeder", h.Payout, "chain", h.ChainID, "escrow", h.Escrow)
		p.event(ev)
		c.drop(log)
		return
	case sigErr != nil || signer != h.Payout:
		// Someone announces a payout address that is not theirs (or replays a hello made for
		// another connection): paying it would pay the wrong terms to that address and corrupt
		// our receipt baseline for it.
		p.mu.Lock()
		c.refused = true
		p.mu.Unlock()
		p.stats.hellosInvalid.Add(1)
		if sigErr == nil {
			sigErr = fmt.Errorf("terms signed by %s", signer)
		}
		ev.Kind, ev.Err = EventHelloInvalid, fmt.Errorf("hello not signed by its payout address %s for this connection: %w", h.Payout, sigErr)
		log.Warn("seller's hello not signed by its payout address; not paying it", "seeder", h.Payout)
		p.event(ev)
		c.drop(log)
		return
	case h.Free:
		p.mu.Lock()
		c.free = true
		p.mu.Unlock()
		return
	case h.PricePerGiB.Cmp(p.cfg.MaxPricePerGiB) > 0:
		p.mu.Lock()
		c.refused = true
		p.mu.Unlock()
		p.stats.priceRefusals.Add(1)
		ev.Kind, ev.Err = EventPriceRefused, fmt.Errorf("seller asks %s wei/GiB, we pay at most %s", h.PricePerGiB, p.cfg.MaxPricePerGiB)
		log.Info("seller's price refused", "seeder", h.Payout, "price", h.PricePerGiB, "max", p.cfg.MaxPricePerGiB)
		p.event(ev)
		c.drop(log)
		return
	}
	p.mu.Lock()
	s := p.seeders[h.Payout]
	if s == nil {
		s = &pseeder{addr: h.Payout}
		p.seeders[h.Payout] = s
	}
	s.payStep = max(h.CreditWindow/16, 64<<10)
	c.seeder, c.price = s, h.PricePerGiB
	s.pending += c.unassigned
	s.accounted += c.unassigned
	s.received += c.received
	p.stats.bytesVerified.Add(c.unassigned)
	c.unassigned, c.received = 0, 0
	latest, ours := s.latest, s.latestOurs
	p.mu.Unlock()
	p.stats.hellosAccepted.Add(1)

	// Identify ourselves at once (a signature of our receipt key over the connection's
	// challenge), so the seller meters us as a paying viewer rather than holding us to one
	// credit window; with our newest receipt, which the seller may lack.
	sig, err := Identify{Viewer: p.cfg.Viewer, Seeder: h.Payout, Challenge: h.Challenge}.Sign(p.domain, p.cfg.Key)
	if err != nil {
		log.Error("signing identification failed", "err", err)
		return
	}
	pay := &Payment{Grant: p.cfg.Grant, Identify: &Identification{Viewer: p.cfg.Viewer, Signature: sig}}
	if latest != nil && ours {
		pay.Receipt = latest
	}
	c.send(log, pay)
}

// resendAfter is how long after signing a receipt the payer sends it again to a seller whose
// invoice does not name it yet.
const resendAfter = 500 * time.Millisecond

// refusedRetention is how long the payer drops new connections from a peer id whose seller
// it refused; maxRefused bounds how many peer ids it remembers.
const (
	refusedRetention = 10 * time.Minute
	maxRefused       = 4096
)

// drop closes a connection to a seller the payer will not pay, and remembers its peer id for
// refusedRetention: an honest payer takes no data from a seller it refused (anacrolix has no
// way to stop requesting from one connection, so the connection goes), and a redial from the
// same peer is closed as it is added, before the client requests anything.
func (c *pconn) drop(log *slog.Logger) {
	p := c.p
	p.mu.Lock()
	now := p.cfg.Now()
	if len(p.refusedIDs) >= maxRefused {
		for id, until := range p.refusedIDs {
			if !now.Before(until) || len(p.refusedIDs) >= maxRefused {
				delete(p.refusedIDs, id)
			}
		}
	}
	p.refusedIDs[c.pc.PeerID] = now.Add(refusedRetention)
	p.mu.Unlock()
	log.Debug("closing the connection to a seller we do not pay")
	if err := c.pc.Close(); err != nil {
		log.Debug("closing peer connection", "err", err)
	}
}

func (c *pconn) send(log *slog.Logger, pay *Payment) {
	if c.grantSent {
		pay.Grant = nil
	}
	if pay.Grant == nil && pay.Receipt == nil && pay.Identify == nil {
		return
	}
	b, err := Encode(pay)
	if err != nil {
		log.Error("encoding payment failed", "err", err)
		return
	}
	if err := c.pc.WriteExtendedMessage(ExtensionName, b); err != nil {
		log.Debug("sending payment failed", "err", err)
		return
	}
	if pay.Grant != nil {
		c.grantSent = true
	}
}

// verifyBaseline checks that a seller's baseline is a receipt of ours for this seller: signed
// by our wallet, or by the key of a grant our wallet signed.
func (c *pconn) verifyBaseline(s *pseeder, inv *Invoice) error {
	r := inv.Baseline
	if r.Receipt.Viewer != c.p.cfg.Viewer || r.Receipt.Seeder != s.addr {
		return errors.New("baseline names another viewer or seeder")
	}
	if r.Receipt.Bytes == nil || !r.Receipt.Bytes.IsUint64() || r.Receipt.Amount == nil {
		return errors.New("baseline values out of range")
	}
	signer, err := r.Receipt.Signer(c.p.domain, r.Signature)
	if err != nil {
		return err
	}
	if signer == c.p.cfg.Viewer {
		return nil
	}
	if inv.Grant == nil || inv.Grant.Session.Key != signer || inv.Grant.Session.Viewer != c.p.cfg.Viewer {
		return errors.New("baseline is signed by a key without a grant from our wallet")
	}
	if g, err := inv.Grant.Session.Signer(c.p.domain, inv.Grant.Signature); err != nil || g != c.p.cfg.Viewer {
		return errors.New("baseline's grant is not signed by our wallet")
	}
	return nil
}

func sameReceipt(a, b *SignedReceipt) bool {
	return a != nil && b != nil && a.Receipt.Bytes.Cmp(b.Receipt.Bytes) == 0 &&
		a.Receipt.Amount.Cmp(b.Receipt.Amount) == 0 && string(a.Signature) == string(b.Signature)
}

func (c *pconn) onInvoice(log *slog.Logger, inv *Invoice) {
	p := c.p
	p.stats.invoicesReceived.Add(1)
	p.mu.Lock()
	s := c.seeder
	p.mu.Unlock()
	if s == nil {
		// No accepted hello (refused terms, free item, or out of order): nothing to pay.
		return
	}
	s.invoicing.Lock()
	defer s.invoicing.Unlock()

	p.mu.Lock()
	latest := s.latest
	p.mu.Unlock()
	ev := PayerEvent{Seeder: s.addr, Peer: fmt.Sprint(c.pc.RemoteAddr), InfoHash: c.ih}
	if inv.Baseline != nil && !sameReceipt(inv.Baseline, latest) {
		switch err := c.verifyBaseline(s, inv); {
		case err != nil:
			p.stats.baselinesInvalid.Add(1)
			ev.Kind, ev.Err = EventBaselineInvalid, err
			p.event(ev)
			log.Warn("seller's baseline receipt ignored", "seeder", s.addr, "err", err)
		case latest == nil || inv.Baseline.Receipt.Bytes.Cmp(latest.Receipt.Bytes) > 0:
			p.mu.Lock()
			s.latest, s.latestOurs = inv.Baseline, false
			s.acked = inv.Baseline
			p.mu.Unlock()
			latest = inv.Baseline
			p.stats.baselinesAdopted.Add(1)
			ev.Kind = EventBaselineAdopted
			p.event(ev)
			log.Info("resuming from the seller's baseline receipt", "seeder", s.addr, "bytes", inv.Baseline.Receipt.Bytes)
		}
	}
	p.mu.Lock()
	if b := inv.Baseline; b != nil && (s.acked == nil || b.Receipt.Bytes.Cmp(s.acked.Receipt.Bytes) > 0) &&
		(sameReceipt(b, s.latest) || c.verifyBaseline(s, inv) == nil) {
		s.acked = b // the seller holds it (a receipt of ours, checked above or now)
	}
	s.invoiced = inv.Served
	s.invoicedOn = c
	ours := s.latestOurs
	p.mu.Unlock()
	p.mu.Lock()
	signedAt := s.signedAt
	p.mu.Unlock()
	if !c.payLocked(log, s) && latest != nil && ours &&
		(inv.Baseline == nil || inv.Baseline.Receipt.Bytes.Cmp(latest.Receipt.Bytes) < 0) &&
		p.cfg.Now().Sub(signedAt) >= resendAfter {
		// Nothing new to pay, but the seller lacks our newest receipt: send it again. Not when
		// it was just sent: the invoice is then the seller's acknowledgement of the one before.
		c.send(log, &Payment{Grant: p.cfg.Grant, Receipt: latest})
	}
}

// pay signs what is payable now on the seller's latest invoice, if anything.
func (c *pconn) pay(log *slog.Logger) {
	c.p.mu.Lock()
	s := c.seeder
	c.p.mu.Unlock()
	if s == nil {
		return
	}
	s.invoicing.Lock()
	defer s.invoicing.Unlock()
	c.payLocked(log, s)
}

// payLocked signs and sends a receipt for min(what we counted, what the seller invoiced), if
// that exceeds our newest receipt; s.invoicing is held. It reports whether it signed.
func (c *pconn) payLocked(log *slog.Logger, s *pseeder) bool {
	p := c.p
	p.mu.Lock()
	latest, price := s.latest, c.price
	baseBytes, baseAmount := uint64(0), new(big.Int)
	if latest != nil {
		baseBytes, baseAmount = latest.Receipt.Bytes.Uint64(), latest.Receipt.Amount
	}
	target := min(baseBytes+s.pending, s.invoiced)
	p.mu.Unlock()
	if target <= baseBytes {
		return false
	}
	amount, err := NextAmount(baseBytes, baseAmount, target, price)
	if err != nil {
		log.Error("computing amount failed", "err", err)
		return false
	}
	ev := PayerEvent{Seeder: s.addr, Peer: fmt.Sprint(c.pc.RemoteAddr), InfoHash: c.ih}
	inc := new(big.Int).Sub(amount, baseAmount)
	if g := p.cfg.Grant; g != nil {
		p.mu.Lock()
		over := new(big.Int).Add(p.spent, inc).Cmp(EffectiveLimit(g)) > 0
		p.mu.Unlock()
		expired := uint64(max(p.cfg.Now().Unix(), 0)) >= g.Session.Expiry
		if over || expired {
			p.stats.grantExhausted.Add(1)
			ev.Kind, ev.Err = EventGrantExhausted, fmt.Errorf("grant limit %s wei reached or grant expired", g.Session.Limit)
			p.event(ev)
			log.Warn("session grant exhausted; not signing", "seeder", s.addr)
			return false
		}
	}
	r := eip712.Receipt{Viewer: p.cfg.Viewer, Seeder: s.addr, Bytes: new(big.Int).SetUint64(target), Amount: amount}
	sig, err := r.Sign(p.domain, p.cfg.Key)
	if err != nil {
		log.Error("signing receipt failed", "err", err)
		return false
	}
	signed := &SignedReceipt{Receipt: r, Signature: sig}
	p.mu.Lock()
	s.latest, s.latestOurs, s.signedAt = signed, true, p.cfg.Now()
	s.pending -= min(s.pending, target-baseBytes)
	p.spent.Add(p.spent, inc)
	p.mu.Unlock()
	p.stats.receiptsSigned.Add(1)
	p.stats.bytesSigned.Add(target - baseBytes)
	c.send(log, &Payment{Grant: p.cfg.Grant, Receipt: signed})
	return true
}
