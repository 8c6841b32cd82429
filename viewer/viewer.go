package viewer

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"sync"
	"time"

	"github.com/anacrolix/torrent"
	"github.com/anacrolix/torrent/storage"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/gwclient"
	"github.com/swarmgate/swarmgate/paywire"
	"github.com/swarmgate/swarmgate/sealed"
	"github.com/swarmgate/swarmgate/viewerkey"
)

var (
	// ErrNotEntitled means the account has no access to the item (see NotEntitledError for
	// why, the price and the command that buys it).
	ErrNotEntitled = errors.New("no access to this item")
	// ErrKeyMismatch means the gateway handed out a key that does not hash to the key
	// commitment the registry records: the gateway is misbehaving, and nothing is decrypted.
	ErrKeyMismatch = errors.New("the gateway's content key does not match the on-chain key commitment (the gateway is misbehaving; nothing was decrypted)")
	// ErrTorrentMismatch means the gateway's torrent is not the one the registry records.
	ErrTorrentMismatch = errors.New("the gateway's torrent does not match the on-chain info hash (the gateway is misbehaving)")
	// ErrEscrowTooLow means the escrow deposit cannot pay the seeders for the item.
	ErrEscrowTooLow = errors.New("escrow balance too low")
	// ErrSpendRequired means a paid item was asked for without a spending limit.
	ErrSpendRequired = errors.New("a paid item needs a spending limit")
	// ErrHashMismatch means the complete plaintext's SHA-256 is not the on-chain content hash.
	ErrHashMismatch = errors.New("the plaintext does not match the on-chain content hash")
	// ErrNotRunning means the viewer has not started (or has stopped).
	ErrNotRunning = errors.New("viewer is not running")
)

// NotEntitledError says why an account may not have an item's key, what the item costs and
// how to buy it.
type NotEntitledError struct {
	ContentID string
	Account   common.Address
	// Reason is the deny reason (chain.DenyReason or the gateway's problem code).
	Reason string
	// Detail is the gateway's explanation, when it refused.
	Detail string
	// Policy is the item's on-chain policy.
	Policy eip712.Policy
}

func (e *NotEntitledError) Error() string {
	msg := fmt.Sprintf("%s has no access to content %s (%s)", e.Account.Hex(), e.ContentID, e.Reason)
	if e.Detail != "" {
		msg += ": " + e.Detail
	}
	switch e.Policy.Model {
	case eip712.ModelBuy, eip712.ModelRent:
		cur := "wei"
		if e.Policy.Currency != (common.Address{}) {
			cur = "base units of token " + e.Policy.Currency.Hex()
		}
		msg += fmt.Sprintf("; it costs %s %s", orZero(e.Policy.Price), cur)
		if e.Policy.Model == eip712.ModelRent {
			msg += fmt.Sprintf(" for %s", time.Duration(e.Policy.Duration)*time.Second)
		}
		msg += fmt.Sprintf("; buy it with 'swarmgate access buy %s'", e.ContentID)
	case eip712.ModelExclusive:
		if e.Policy.Subscribers {
			msg += "; subscribe to the creator's channel with 'swarmgate channel subscribe CREATOR'"
		} else {
			msg += "; the item is not for sale"
		}
	}
	return msg
}

// Unwrap makes errors.Is(err, ErrNotEntitled) hold.
func (e *NotEntitledError) Unwrap() error { return ErrNotEntitled }

func orZero(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}

// Chain is what the viewer reads from the chain (chain.Client).
type Chain interface {
	Content(ctx context.Context, id *big.Int) (chain.Content, error)
	Access(ctx context.Context, id *big.Int, account common.Address) (chain.Access, error)
	EscrowBalance(ctx context.Context, viewer common.Address) (*big.Int, error)
	EscrowDomain() eip712.Domain
	Deployment() chain.Deployment
}

// Deps are the viewer's collaborators.
type Deps struct {
	// Account is the viewer's wallet address. Required.
	Account common.Address
	// Wallet unlocks the wallet key for chainID; it is called only when a key is needed (a
	// sign-in without a cached session, a session grant). Required.
	Wallet func(chainID uint64) (*ecdsa.PrivateKey, error)
	// Chain reads the registry and the escrow. Required.
	Chain Chain
	// Sessions caches the gateway session (nil: sign in every time).
	Sessions *gwclient.Sessions
	// HTTP is the client for the gateway (nil: one with a 2-minute timeout).
	HTTP *http.Client
	// Logger receives the viewer's logs (nil: discard); TorrentLogger anacrolix's.
	Logger, TorrentLogger *slog.Logger
	// Ready, if set, is called once the viewer serves (the key checked, the swarm joined).
	Ready func(*Viewer)
	// Progress, if set, is called every Config.Progress while the viewer runs.
	Progress func(Progress)
	// Client, if set, adjusts the torrent client configuration (after the payer is attached).
	Client func(*torrent.ClientConfig)
	// ClientStarted, if set, is called with the torrent client right after it starts, before
	// the item is added; an error stops Run. Tests put the viewer on an emulated network host
	// with it (internal/netlab).
	ClientStarted func(*torrent.Client) error
}

// Progress is a snapshot of a running viewer.
type Progress struct {
	Bytes, Total int64
	Peers        int
	Rate         float64 // bytes per second since the last snapshot
	Receipts     uint64
	// BytesPaid is the bytes covered by the receipts signed in this run (some may not have
	// reached their seller yet: see Paid and Signed).
	BytesPaid uint64
	// PriceRefusals counts seeders not paid because they ask more than MaxPricePerGiB.
	PriceRefusals uint64
	// Paid is, per seeder, the newest receipt the seeder acknowledged holding (cumulative for
	// the pair): what it can redeem. Signed is the newest receipt signed per seeder, which is
	// ahead of Paid while a receipt is on its way (or was lost with a closed connection).
	Paid     []Paid
	Signed   []Paid
	Complete bool
}

// Paid is what the viewer's receipts to one seeder add up to.
type Paid struct {
	Seeder common.Address
	Bytes  *big.Int
	Amount *big.Int
}

// Result is the outcome of the end-to-end check of the complete plaintext.
type Result struct {
	SHA256   common.Hash
	Expected common.Hash
	OK       bool
}

// Viewer buys nothing: it signs in, gets and checks the key, pays seeders and serves the
// plaintext of one item. New does no I/O; Run does the work.
type Viewer struct {
	cfg  Config
	deps Deps
	log  *slog.Logger

	mu      sync.Mutex
	running bool
	item    chain.Content
	key     sealed.Key
	free    bool
	client  *torrent.Client
	tor     *torrent.Torrent
	payer   *paywire.Payer
	url     string
	// webseedURL is the gateway's web seed of the item, through the relay that adds the
	// current passkey.
	webseedURL string
	seeders    map[common.Address]bool
	// banned are the addresses of peers that sent a piece that failed its hash check: they are
	// not dialled again.
	banned map[string]bool
	stalls *stallWatch // drops connections that deliver nothing
	result *Result
	done   chan struct{} // closed once result is set
}

// New validates cfg and returns a viewer. It does no I/O and starts nothing.
func New(cfg Config, deps Deps) (*Viewer, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	var errs []error
	if deps.Account == (common.Address{}) {
		errs = append(errs, errors.New("viewer: an account is required"))
	}
	if deps.Wallet == nil {
		errs = append(errs, errors.New("viewer: a wallet is required"))
	}
	if deps.Chain == nil {
		errs = append(errs, errors.New("viewer: a chain client is required"))
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	cfg.withDefaults()
	cfg.MaxPricePerGiB, cfg.MaxSpend = new(big.Int).Set(cfg.MaxPricePerGiB), new(big.Int).Set(cfg.MaxSpend)
	if deps.Logger == nil {
		deps.Logger = slog.New(slog.DiscardHandler)
	}
	if deps.TorrentLogger == nil {
		deps.TorrentLogger = slog.New(slog.DiscardHandler)
	}
	if deps.HTTP == nil {
		deps.HTTP = &http.Client{Timeout: 2 * time.Minute}
	}
	return &Viewer{cfg: cfg, deps: deps, log: deps.Logger.With("component", "viewer"), seeders: map[common.Address]bool{}, banned: map[string]bool{}, done: make(chan struct{})}, nil
}

type closers []func()

func (c *closers) add(f func()) { *c = append(*c, f) }

func (c closers) run() {
	for i := len(c) - 1; i >= 0; i-- {
		c[i]()
	}
}

// Run starts the viewer and serves until ctx ends, then closes everything in reverse order. It
// returns an error if the viewer could not start: no access (*NotEntitledError), a key or
// torrent that does not match the chain, an escrow too low, an unreachable gateway or chain.
func (v *Viewer) Run(ctx context.Context) (err error) {
	v.mu.Lock()
	if v.running {
		v.mu.Unlock()
		return errors.New("viewer is already running")
	}
	v.running = true
	v.mu.Unlock()
	var cl closers
	defer func() {
		cl.run()
		v.mu.Lock()
		v.running = false
		v.mu.Unlock()
	}()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	id, _ := new(big.Int).SetString(v.cfg.ContentID, 10)
	item, err := v.deps.Chain.Content(ctx, id)
	if errors.Is(err, chain.ErrUnknownContent) {
		return fmt.Errorf("content %s: %w: no item has this id in the registry; check the id (swarmgate content list)", v.cfg.ContentID, err)
	}
	if err != nil {
		return fmt.Errorf("content %s: read the registry: %w", v.cfg.ContentID, err)
	}
	acc, err := v.deps.Chain.Access(ctx, id, v.deps.Account)
	if err != nil {
		return fmt.Errorf("content %s: read access from the registry: %w", v.cfg.ContentID, err)
	}
	if !acc.Allowed {
		return &NotEntitledError{ContentID: v.cfg.ContentID, Account: v.deps.Account, Reason: string(acc.Reason), Policy: item.Policy}
	}
	free := item.Policy.Model == eip712.ModelFree
	chainID := v.deps.Chain.Deployment().ChainID

	// Key: from the gateway, checked against the chain's commitment before anything else.
	commitment := item.KeyCommitment
	k, err := v.fetchKey(ctx, chainID, commitment, item.Policy)
	if err != nil {
		return err
	}
	var key sealed.Key
	copy(key[:], k.ContentKey)

	// Torrent: from the gateway, checked against the chain's info hash.
	mi, err := v.fetchTorrent(ctx)
	if err != nil {
		return err
	}
	ih := mi.HashInfoBytes()
	if !bytes.Equal(item.InfoHash[:20], ih[:]) {
		return fmt.Errorf("content %s: %w: the gateway's torrent has info hash %s, the registry records %x", v.cfg.ContentID, ErrTorrentMismatch, ih.HexString(), item.InfoHash[:20])
	}
	info, err := mi.UnmarshalInfo()
	if err != nil {
		return fmt.Errorf("content %s: the gateway's torrent does not decode: %w", v.cfg.ContentID, err)
	}
	dir := v.seederDirectory(ctx)

	// Payment: one session grant for a throwaway key, paid through paywire.
	var payer *paywire.Payer
	if !free {
		if payer, err = v.newPayer(ctx, chainID, info.TotalLength(), dir); err != nil {
			return err
		}
		pctx, pcancel := context.WithCancel(context.WithoutCancel(ctx))
		pdone := make(chan struct{})
		go func() {
			defer close(pdone)
			_ = payer.Run(pctx)
		}()
		cl.add(func() { pcancel(); <-pdone; _ = payer.Close() })
	}

	// Selling: other viewers pay this one for the pieces it serves.
	var earn *earner
	if v.cfg.Earn {
		wallet, err := v.deps.Wallet(chainID)
		if err != nil {
			return err
		}
		if earn, err = v.newEarner(ctx, chainID, wallet, free); err != nil {
			return err
		}
		sctx, scancel := context.WithCancel(context.WithoutCancel(ctx))
		sdone := make(chan struct{}, 2)
		go func() { _ = earn.seller.Run(sctx); sdone <- struct{}{} }()
		go func() { _ = earn.settler.Run(sctx); sdone <- struct{}{} }()
		cl.add(func() { scancel(); <-sdone; <-sdone; _ = earn.seller.Close(); _ = earn.store.Close() })
	}

	// BitTorrent.
	dataDir := v.cfg.DataDir
	if dataDir == "" {
		if dataDir, err = os.MkdirTemp("", "swarmgate-viewer-"); err != nil {
			return fmt.Errorf("temporary directory: %w", err)
		}
		cl.add(func() { _ = os.RemoveAll(dataDir) })
	} else if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return fmt.Errorf("data directory: %w", err)
	}
	var seller *paywire.Seller
	if earn != nil {
		seller = earn.seller
	}
	// The tracker relay outlives the client, so that the client's last announce gets through.
	relay, err := startAnnounceRelay(v.cfg.Gateway, k.Response.Passkey, v.deps.HTTP)
	if err != nil {
		return fmt.Errorf("start the tracker relay: %w", err)
	}
	cl.add(relay.close)
	stalls := newStallWatch(v.cfg.StallTimeout, v.log)
	v.mu.Lock()
	v.stalls = stalls
	v.mu.Unlock()
	client, err := v.newClient(dataDir, payer, seller)
	if err != nil {
		return err
	}
	cl.add(func() { client.Close() })
	spec, err := torrent.TorrentSpecFromMetaInfoErr(mi)
	if err != nil {
		return fmt.Errorf("content %s: %w", v.cfg.ContentID, err)
	}
	spec.Trackers = [][]string{{relay.url}}
	// The torrent's own web seeds are never used; the gateway's is added as a fallback (report).
	spec.Webseeds, spec.Sources = nil, nil
	tor, _, err := client.AddTorrentSpec(spec)
	if err != nil {
		return fmt.Errorf("content %s: add the torrent: %w", v.cfg.ContentID, err)
	}
	if payer != nil {
		// On the way out (this runs before the client closes): stop asking for data and give
		// the sellers' last invoices up to Linger, so that every verified byte is paid. Sellers
		// remember a departed viewer's unpaid bytes and give a returning one no new credit.
		cl.add(func() { v.payUp(tor, payer) })
	}
	var acceptable int
	for _, s := range dir {
		if p, ok := new(big.Int).SetString(s.PricePerGiB, 10); ok && p.Cmp(v.cfg.MaxPricePerGiB) <= 0 {
			acceptable++
		}
	}
	if !free && len(dir) > 0 && acceptable == 0 {
		v.log.Warn("every seeder in the gateway's directory asks more than the maximum price; only the tracker's other peers can serve (raise --max-price to pay them)",
			"listed", len(dir), "max_price_per_gib_wei", v.cfg.MaxPricePerGiB)
	}
	v.addPeers(tor, dir)
	tor.DownloadAll()

	// The header must open with the key before anything is served.
	v.mu.Lock()
	v.item, v.key, v.free, v.client, v.tor, v.payer = item, key, free, client, tor, payer
	v.webseedURL = relay.webseedBase(tor.InfoHash().HexString())
	for _, s := range dir {
		v.seeders[common.HexToAddress(s.Address)] = true
	}
	v.mu.Unlock()
	cl.add(func() {
		v.mu.Lock()
		v.client, v.tor, v.payer, v.url, v.webseedURL = nil, nil, nil, "", ""
		v.mu.Unlock()
	})

	var wg sync.WaitGroup
	cl.add(wg.Wait)
	cl.add(cancel)
	if v.cfg.Serve {
		ln, err := net.Listen("tcp", v.cfg.Listen)
		if err != nil {
			return fmt.Errorf("listen on %s: %w (give another --listen)", v.cfg.Listen, err)
		}
		srv := &http.Server{Handler: v.handler(), ReadHeaderTimeout: 10 * time.Second, BaseContext: func(net.Listener) context.Context { return ctx }}
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = srv.Serve(ln)
		}()
		cl.add(func() { _ = srv.Close() })
		v.mu.Lock()
		v.url = "http://" + ln.Addr().String() + "/" + v.fileName()
		v.mu.Unlock()
	}
	wg.Add(5)
	go func() {
		defer wg.Done()
		v.verify(ctx, tor, item.ContentHash)
	}()
	go func() {
		defer wg.Done()
		v.renewPasskey(ctx, relay, chainID, commitment, item.Policy, k)
	}()
	go func() {
		defer wg.Done()
		stalls.run(ctx, tor)
	}()
	go func() {
		defer wg.Done()
		v.discover(ctx, tor)
	}()
	go func() {
		defer wg.Done()
		v.report(ctx)
	}()
	v.log.Info("viewer running", "content", v.cfg.ContentID, "infohash", ih.HexString(), "free", free, "url", v.URL(),
		"seeders_listed", len(dir))
	if v.deps.Ready != nil {
		v.deps.Ready(v)
	}
	<-ctx.Done()
	v.log.Info("viewer stopping")
	return nil
}

// fetchKey signs in (or reuses the cached session) and asks the gateway for the content key,
// sealed to a fresh HPKE key and checked against the on-chain commitment.
func (v *Viewer) fetchKey(ctx context.Context, chainID uint64, commitment common.Hash, policy eip712.Policy) (*viewerkey.Key, error) {
	token, err := v.signIn(ctx, chainID)
	if err != nil {
		return nil, err
	}
	kc := viewerkey.NewClient(v.cfg.Gateway, v.deps.HTTP)
	k, err := kc.FetchKey(ctx, token, v.cfg.ContentID, viewerkey.KeyOptions{Commitment: &commitment})
	var p *viewerkey.ProblemError
	switch {
	case errors.Is(err, viewerkey.ErrCommitment):
		return nil, fmt.Errorf("content %s: %w", v.cfg.ContentID, ErrKeyMismatch)
	case errors.As(err, &p) && p.Status == http.StatusForbidden:
		return nil, &NotEntitledError{ContentID: v.cfg.ContentID, Account: v.deps.Account, Reason: p.Code, Detail: p.Detail, Policy: policy}
	case err != nil:
		return nil, fmt.Errorf("content %s: %w", v.cfg.ContentID, err)
	}
	if len(k.ContentKey) != sealed.KeySize {
		return nil, fmt.Errorf("content %s: %w", v.cfg.ContentID, ErrKeyMismatch)
	}
	return k, nil
}

// Passkey renewal: a fifth of the passkey's lifetime before it expires (at least
// minPasskeyLead), the viewer asks the gateway for the key again, which comes with a new tracker
// passkey, and points the torrent's tracker at it; a failed attempt is retried every
// passkeyRetry. Streaming never depends on it: the peers already known keep serving.
const (
	minPasskeyLead = 10 * time.Second
	passkeyRetry   = 15 * time.Second
)

// renewPasskey keeps the tracker passkey of k valid until ctx ends, handing each new one to the
// relay the torrent announces through. It stops when the gateway says the account's access has
// ended (the passkey never outlives it) or hands out another key.
func (v *Viewer) renewPasskey(ctx context.Context, relay *announceRelay, chainID uint64, commitment common.Hash, policy eip712.Policy, k *viewerkey.Key) {
	expires := k.Response.PasskeyExpiresAt
	if expires.IsZero() {
		return
	}
	issued := time.Now()
	var failed bool
	for {
		wait := passkeyRetry
		if !failed {
			lead := max(expires.Sub(issued)/5, minPasskeyLead)
			wait = max(time.Until(expires)-lead, 0)
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
		nk, err := v.fetchKey(ctx, chainID, commitment, policy)
		if ctx.Err() != nil {
			return
		}
		var ne *NotEntitledError
		switch {
		case errors.As(err, &ne):
			v.log.Warn("the gateway no longer issues this item's key to the account; the tracker passkey is not renewed", "reason", ne.Reason, "passkey_expires", expires)
			return
		case err != nil:
			failed = true
			v.log.Warn("cannot renew the tracker passkey; streaming goes on from the peers already known, retrying", "err", err, "passkey_expires", expires, "retry_in", passkeyRetry)
			continue
		case !bytes.Equal(nk.ContentKey, k.ContentKey):
			v.log.Error("the gateway handed out another content key when the tracker passkey was renewed; not renewing")
			return
		case !nk.Response.PasskeyExpiresAt.After(expires):
			v.log.Info("the tracker passkey cannot be renewed beyond the account's access", "passkey_expires", expires)
			return
		}
		failed, issued, expires = false, time.Now(), nk.Response.PasskeyExpiresAt
		relay.setPasskey(nk.Response.Passkey)
		v.log.Info("renewed the tracker passkey", "passkey_expires", expires)
	}
}

type peerAddr string

func (a peerAddr) String() string { return string(a) }

// signIn returns a bearer token: the cached session when the gateway still honours it, else a
// new EIP-4361 sign-in, cached.
func (v *Viewer) signIn(ctx context.Context, chainID uint64) (string, error) {
	gw := gwclient.New(v.cfg.Gateway, v.deps.HTTP)
	if v.deps.Sessions != nil {
		sess, ok, err := v.deps.Sessions.Get(v.cfg.Gateway, v.deps.Account)
		if err != nil {
			return "", err
		}
		if ok {
			gw.SetToken(sess.Token)
			switch _, err := gw.Session(ctx); {
			case err == nil:
				return sess.Token, nil
			case gwclient.IsStatus(err, http.StatusUnauthorized):
				v.log.Info("the cached session was revoked or expired; signing in again")
			default:
				return "", err
			}
		}
	}
	sess, err := gw.SignIn(ctx, chainID, func(id uint64) (*ecdsa.PrivateKey, error) {
		k, err := v.deps.Wallet(id)
		if err != nil {
			return nil, err
		}
		if crypto.PubkeyToAddress(k.PublicKey) != v.deps.Account {
			return nil, fmt.Errorf("the unlocked key is not %s", v.deps.Account.Hex())
		}
		return k, nil
	})
	if err != nil {
		return "", err
	}
	if v.deps.Sessions != nil {
		if err := v.deps.Sessions.Put(sess); err != nil {
			return "", err
		}
	}
	return sess.Token, nil
}

// newPayer checks the escrow against the seeders' prices, signs one session grant for a fresh
// key and returns the payer.
func (v *Viewer) newPayer(ctx context.Context, chainID uint64, size int64, dir []directoryEntry) (*paywire.Payer, error) {
	if v.cfg.MaxSpend.Sign() == 0 {
		return nil, fmt.Errorf("%w: give --max-spend (the most, in ETH, that the seeders may be paid for this viewing)", ErrSpendRequired)
	}
	bal, err := v.deps.Chain.EscrowBalance(ctx, v.deps.Account)
	if err != nil {
		return nil, fmt.Errorf("read the escrow balance: %w", err)
	}
	// The cheapest acceptable listed seeder prices the whole item; without listed seeders, the
	// maximum price does.
	price := v.cfg.MaxPricePerGiB
	for _, s := range dir {
		if p, ok := new(big.Int).SetString(s.PricePerGiB, 10); ok && p.Cmp(v.cfg.MaxPricePerGiB) <= 0 && p.Cmp(price) < 0 {
			price = p
		}
	}
	need := new(big.Int).Mul(big.NewInt(size), price)
	need.Add(need, big.NewInt(1<<30-1)).Rsh(need, 30)
	if bal.Cmp(need) < 0 {
		return nil, fmt.Errorf("%w: the escrow holds %s wei for %s, and the %d bytes of this item cost up to %s wei at %s wei per GiB; deposit more with 'swarmgate escrow deposit AMOUNT'",
			ErrEscrowTooLow, bal, v.deps.Account.Hex(), size, need, price)
	}
	wallet, err := v.deps.Wallet(chainID)
	if err != nil {
		return nil, err
	}
	sk, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	sess := eip712.Session{Viewer: v.deps.Account, Key: crypto.PubkeyToAddress(sk.PublicKey), Limit: new(big.Int).Set(v.cfg.MaxSpend),
		Expiry: uint64(time.Now().Add(v.cfg.GrantExpiry).Unix())}
	sig, err := sess.Sign(v.deps.Chain.EscrowDomain(), wallet)
	if err != nil {
		return nil, fmt.Errorf("sign the session grant: %w", err)
	}
	return paywire.NewPayer(paywire.PayerConfig{
		Viewer: v.deps.Account, Key: sk, Grant: &paywire.SignedGrant{Session: sess, Signature: sig},
		ChainID: chainID, Escrow: v.deps.Chain.Deployment().Escrow, MaxPricePerGiB: v.cfg.MaxPricePerGiB,
		Logger: v.log.With("component", "paywire"), OnEvent: v.onEvent,
	})
}

func (v *Viewer) onEvent(e paywire.PayerEvent) {
	if e.Kind == paywire.EventBadPiece {
		v.mu.Lock()
		v.banned[e.Peer] = true
		v.mu.Unlock()
		v.log.Warn("a peer sent a piece that failed the hash check: it is not played, not paid, and the peer is dropped",
			"peer", e.Peer, "seeder", e.Seeder, "err", e.Err)
		return
	}
	if e.Seeder != (common.Address{}) {
		v.mu.Lock()
		v.seeders[e.Seeder] = true
		v.mu.Unlock()
	}
	v.log.Warn("payment event", "event", e.Kind.String(), "seeder", e.Seeder, "peer", e.Peer, "err", e.Err)
}

// addPeers dials the directory's seeders that the torrent is not connected to and that the
// payer did not drop for bad pieces. They are trusted: the torrent client would otherwise ban
// a peer's address for one piece that fails its hash check when it sent all of it, and a
// spurious failure would then stall a viewer with one seeder; the payer drops a peer after a
// few such pieces instead.
func (v *Viewer) addPeers(tor *torrent.Torrent, dir []directoryEntry) int {
	connected := map[string]bool{}
	for _, pc := range tor.PeerConns() {
		connected[fmt.Sprint(pc.RemoteAddr)] = true
	}
	var peers []torrent.PeerInfo
	v.mu.Lock()
	for _, s := range dir {
		if s.Endpoint == "" || v.banned[s.Endpoint] || connected[s.Endpoint] {
			continue
		}
		peers = append(peers, torrent.PeerInfo{Addr: peerAddr(s.Endpoint), Source: "directory", Trusted: true})
	}
	v.mu.Unlock()
	if len(peers) > 0 {
		tor.AddPeers(peers)
	}
	return len(peers)
}

// discover reads the seeder directory again every Config.DirectoryPoll until the item is
// complete, and dials seeders that joined since, or that the viewer lost (a dropped or stalled
// connection is redialled this way). The tracker is announced to again at the interval it asks
// for, by the torrent client.
func (v *Viewer) discover(ctx context.Context, tor *torrent.Torrent) {
	t := time.NewTicker(v.cfg.DirectoryPoll)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tor.Complete().On():
			return
		case <-t.C:
		}
		dir := v.seederDirectory(ctx)
		if n := v.addPeers(tor, dir); n > 0 {
			v.log.Info("dialling seeders from the directory", "new", n, "listed", len(dir))
		}
	}
}

// newClient is the torrent client: storage in dataDir, no DHT or webtorrent, the payer attached.
func (v *Viewer) newClient(dataDir string, payer *paywire.Payer, seller *paywire.Seller) (*torrent.Client, error) {
	tc := torrent.NewDefaultClientConfig()
	tc.DataDir = dataDir
	if v.cfg.DataDir == "" {
		// A temporary directory, removed on close: nothing to resume, so piece completion is
		// kept in memory (completed files are still recognised by name). anacrolix's default,
		// a SQLite database, costs O(pieces²) queries per download in v1.61: marking a piece
		// complete reads every piece of the file back until the first incomplete one, one
		// cgo query each (42 % of BenchmarkGet's CPU). The in-memory completion needs no Close.
		tc.DefaultStorage = storage.NewFileOpts(storage.NewFileClientOpts{ClientBaseDir: dataDir})
	}
	tc.Seed = true
	tc.NoDHT = true
	tc.DisableWebtorrent = true
	tc.DisableWebseeds = v.cfg.WebseedFallback < 0 // only the gateway's, added by report
	tc.Slogger = v.deps.TorrentLogger
	host, port, err := net.SplitHostPort(v.cfg.TorrentListen)
	if err != nil {
		return nil, fmt.Errorf("BitTorrent listen address: %w", err)
	}
	p, err := net.LookupPort("tcp", port)
	if err != nil {
		return nil, fmt.Errorf("BitTorrent listen port: %w", err)
	}
	tc.ListenPort = p
	if ip := net.ParseIP(host); ip != nil && !ip.IsUnspecified() {
		tc.SetListenAddr(v.cfg.TorrentListen)
		tc.DisableIPv6 = ip.To4() != nil
		tc.DisableIPv4 = ip.To4() == nil
	}
	if payer != nil {
		payer.Attach(tc)
	}
	if seller != nil {
		seller.Attach(tc)
	}
	v.mu.Lock()
	stalls := v.stalls
	v.mu.Unlock()
	if stalls != nil {
		stalls.attach(tc)
	}
	if v.deps.Client != nil {
		v.deps.Client(tc)
	}
	c, err := torrent.NewClient(tc)
	if err != nil {
		return nil, fmt.Errorf("start BitTorrent on %s: %w", v.cfg.TorrentListen, err)
	}
	if v.deps.ClientStarted != nil {
		if err := v.deps.ClientStarted(c); err != nil {
			c.Close()
			return nil, fmt.Errorf("start BitTorrent: %w", err)
		}
	}
	return c, nil
}

// verify waits for the whole item, decrypts it and checks its SHA-256 against the chain.
func (v *Viewer) verify(ctx context.Context, tor *torrent.Torrent, want common.Hash) {
	select {
	case <-ctx.Done():
		return
	case <-tor.Complete().On():
	}
	r, err := v.NewReader(ctx)
	if err != nil {
		v.log.Error("cannot open the complete item", "err", err)
		return
	}
	defer r.Close()
	h := sha256.New()
	if _, err := io.Copy(h, r); err != nil {
		if ctx.Err() == nil {
			v.log.Error("cannot read the complete item", "err", err)
		}
		return
	}
	res := &Result{Expected: want, OK: bytes.Equal(h.Sum(nil), want[:])}
	copy(res.SHA256[:], h.Sum(nil))
	v.mu.Lock()
	v.result = res
	v.mu.Unlock()
	close(v.done)
	if res.OK {
		v.log.Info("complete: the plaintext matches the on-chain content hash", "sha256", res.SHA256.Hex())
	} else {
		v.log.Error("complete, but the plaintext does not match the on-chain content hash", "sha256", res.SHA256.Hex(), "want", want.Hex())
	}
}

// stallWarning is how long the download may make no progress before the viewer says why it
// may be stuck.
const stallWarning = 30 * time.Second

// report calls Deps.Progress every Config.Progress, and warns when the download stalls.
func (v *Viewer) report(ctx context.Context) {
	t := time.NewTicker(v.cfg.Progress)
	defer t.Stop()
	var last int64
	lastAt, movedAt, warned, webseed := time.Now(), time.Now(), false, false
	fallback := v.cfg.WebseedFallback
	if fallback == 0 {
		fallback = DefaultWebseedFallback
	}
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-t.C:
			p := v.Progress()
			p.Rate = float64(p.Bytes-last) / now.Sub(lastAt).Seconds()
			if p.Bytes != last {
				movedAt, warned = now, false
			}
			last, lastAt = p.Bytes, now
			if !p.Complete && !webseed && fallback > 0 && now.Sub(movedAt) >= fallback {
				webseed = true
				v.addWebseed(now.Sub(movedAt))
			}
			if !p.Complete && !warned && now.Sub(movedAt) >= stallWarning {
				warned = true
				v.log.Warn("no data for a while: no seeder serves this item at an acceptable price, or the escrow cannot pay them; raise --max-price or deposit more with 'swarmgate escrow deposit'",
					"stalled_for", now.Sub(movedAt).Round(time.Second), "peers", p.Peers, "price_refusals", p.PriceRefusals)
			}
			if v.deps.Progress != nil {
				v.deps.Progress(p)
			}
		}
	}
}

// addWebseed adds the gateway's web seed to the torrent: the download got nothing from peers
// for stalled.
func (v *Viewer) addWebseed(stalled time.Duration) {
	v.mu.Lock()
	tor, u := v.tor, v.webseedURL
	v.mu.Unlock()
	if tor == nil || u == "" {
		return
	}
	tor.AddWebSeeds([]string{u})
	v.log.Info("no data from peers: fetching from the gateway's web seed", "stalled_for", stalled.Round(time.Second))
}

// Progress returns a snapshot of the download and the payments.
func (v *Viewer) Progress() Progress {
	v.mu.Lock()
	tor, payer := v.tor, v.payer
	seeders := make([]common.Address, 0, len(v.seeders))
	for a := range v.seeders {
		seeders = append(seeders, a)
	}
	v.mu.Unlock()
	var p Progress
	if tor == nil {
		return p
	}
	p.Bytes, p.Total, p.Peers = tor.BytesCompleted(), tor.Length(), len(tor.PeerConns())
	p.Complete = tor.Complete().Bool()
	if payer != nil {
		st := payer.Stats()
		p.Receipts, p.BytesPaid, p.PriceRefusals = st.ReceiptsSigned, st.BytesSigned, st.PriceRefusals
		for _, a := range seeders {
			if r := payer.Acknowledged(a); r != nil {
				p.Paid = append(p.Paid, Paid{Seeder: a, Bytes: r.Receipt.Bytes, Amount: r.Receipt.Amount})
			}
			if r := payer.Latest(a); r != nil {
				p.Signed = append(p.Signed, Paid{Seeder: a, Bytes: r.Receipt.Bytes, Amount: r.Receipt.Amount})
			}
		}
	}
	return p
}

// URL is the local URL of the plaintext, or "" when not serving.
func (v *Viewer) URL() string {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.url
}

// Item is the item as the registry records it (zero before Run read it).
func (v *Viewer) Item() chain.Content {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.item
}

// Free reports whether the item is free (no payment).
func (v *Viewer) Free() bool {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.free
}

// Payer is the running payer, nil for a free item or when not running.
func (v *Viewer) Payer() *paywire.Payer {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.payer
}

// Torrent is the item's torrent while running.
func (v *Viewer) Torrent() *torrent.Torrent {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.tor
}

// Wait waits until the whole item is in and checked against the on-chain content hash, then,
// for a paid item, up to Config.Linger until every verified byte is covered by a receipt. It
// returns ErrHashMismatch if the plaintext is not the one registered.
func (v *Viewer) Wait(ctx context.Context) (*Result, error) {
	select {
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-v.done:
	}
	v.mu.Lock()
	res, payer := v.result, v.payer
	v.mu.Unlock()
	if payer != nil {
		deadline := time.Now().Add(v.cfg.Linger)
		for time.Now().Before(deadline) {
			if st := payer.Stats(); st.BytesSigned >= st.BytesVerified {
				break
			}
			select {
			case <-ctx.Done():
				return res, ctx.Err()
			case <-time.After(50 * time.Millisecond):
			}
		}
	}
	if !res.OK {
		return res, fmt.Errorf("%w: SHA-256 %s, the registry records %s", ErrHashMismatch, res.SHA256.Hex(), res.Expected.Hex())
	}
	return res, nil
}

// payUp stops requesting data and waits up to Config.Linger until the payer has signed for
// every verified byte, then pays the sellers for the bytes of unfinished pieces they sent
// (paywire.Payer.PayTail), so that leaving mid-stream leaves no debt that would cost this
// account credit next time.
func (v *Viewer) payUp(tor *torrent.Torrent, payer *paywire.Payer) {
	tor.DisallowDataDownload()
	deadline := time.Now().Add(v.cfg.Linger)
	for time.Now().Before(deadline) {
		if st := payer.Stats(); st.BytesSigned >= st.BytesVerified {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	tail := payer.PayTail()
	if tail > 0 {
		v.log.Info("paying the sellers for the bytes of unfinished pieces", "bytes", tail)
	}
	for time.Now().Before(deadline) && payer.Unpaid() > 0 {
		time.Sleep(50 * time.Millisecond)
	}
	// Signed is not delivered: the last receipts are queued on their connections. Wait (within
	// Linger) until every seller acknowledged its newest one (sellers answer each receipt with
	// an invoice naming it), so that closing the client does not lose them.
	for time.Now().Before(deadline) && payer.Unacknowledged() > 0 {
		time.Sleep(20 * time.Millisecond)
	}
	if n := payer.Unpaid(); n > 0 {
		st := payer.Stats()
		v.log.Warn("closing with bytes not yet paid; the sellers will count them against this account next time",
			"unpaid", n, "verified", st.BytesVerified, "signed", st.BytesSigned)
	}
	if n := payer.Unacknowledged(); n > 0 {
		v.log.Warn("closing before the sellers acknowledged the last receipts; they may not have them",
			"unacknowledged_bytes", n)
	}
}

// fileName is the name the plaintext is served under.
func (v *Viewer) fileName() string { return "content-" + v.cfg.ContentID }
