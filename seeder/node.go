package seeder

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/anacrolix/torrent"
	"github.com/anacrolix/torrent/metainfo"
	"github.com/anacrolix/torrent/storage"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"golang.org/x/time/rate"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/wallet"
	"github.com/swarmgate/swarmgate/paywire"
)

// ErrNotRunning means the node has not started (or has stopped) and has no such state yet.
var ErrNotRunning = errors.New("seeder node is not running")

// Deps are the node's optional collaborators.
type Deps struct {
	// Logger receives the node's logs (nil: discard). The payout key never reaches it.
	Logger *slog.Logger
	// TorrentLogger receives anacrolix/torrent's own logs (nil: discard; they are noisy).
	TorrentLogger *slog.Logger
	// Ready, if set, is called once the node serves: BitTorrent and status listeners bound,
	// items added, settlement started.
	Ready func(*Node)
	// Client, if set, adjusts the torrent client configuration (after the seller is attached);
	// ClientStarted, if set, is called with the client right after it starts, before any item
	// is added, and an error stops Run. Tests put the node on an emulated network host with
	// them (internal/netlab).
	Client        func(*torrent.ClientConfig)
	ClientStarted func(*torrent.Client) error
}

// Node is the earning node: it seeds items over BitTorrent with paywire's Seller attached, keeps
// receipts in its database and settles them on-chain. New does no I/O; Run does the work.
type Node struct {
	cfg  Config
	deps Deps
	log  *slog.Logger

	mu       sync.Mutex
	running  bool
	store    *Store
	client   *torrent.Client
	seller   *paywire.Seller
	settler  *Settler
	balances *Balances
	payout   common.Address
	torrents []*torrent.Torrent
	added    map[metainfo.Hash]string // AddTorrent's items and their directories
	status   *statusServer
	chainID  uint64
	join     *gatewayJoin // nil unless Config.Gateway is set

	// gatewayStorage holds the gateway's items, each in DataDir/content/<info hash>/.
	gatewayStorage storage.ClientImpl

	// freeMu guards free on its own: the seller reads it with the torrent client's lock held,
	// and n.mu is held while the client is called.
	freeMu sync.RWMutex
	free   map[metainfo.Hash]bool // items served without receipts
}

// New validates cfg and returns a node. It does no I/O and starts nothing.
func New(cfg Config, deps Deps) (*Node, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if deps.Logger == nil {
		deps.Logger = slog.New(slog.DiscardHandler)
	}
	if deps.TorrentLogger == nil {
		deps.TorrentLogger = slog.New(slog.DiscardHandler)
	}
	cfg = cfg.WithDefaults()
	cfg.PricePerGiB = new(big.Int).Set(cfg.PricePerGiB)
	cfg.MaxUnsettled = new(big.Int).Set(cfg.MaxUnsettled)
	cfg.SettleMaxFee = new(big.Int).Set(cfg.SettleMaxFee)
	free := make(map[metainfo.Hash]bool, len(cfg.FreeItems))
	for _, h := range cfg.FreeItems {
		free[h] = true
	}
	return &Node{cfg: cfg, deps: deps, log: deps.Logger.With("component", "seeder"), free: free}, nil
}

// SetFree says whether item ih is served without receipts (Config.FreeItems are free from the
// start). It may be called at any time, for items the node seeds or will seed. New connections
// follow it at once; when an item stops being free, the connections served free are closed so
// that the peers come back and pay.
func (n *Node) SetFree(ih metainfo.Hash, free bool) {
	n.freeMu.Lock()
	was := n.free[ih]
	if free {
		n.free[ih] = true
	} else {
		delete(n.free, ih)
	}
	n.freeMu.Unlock()
	if was == free {
		return
	}
	n.log.Info("item pricing changed", "infohash", ih.HexString(), "free", free)
	if !free {
		n.mu.Lock()
		seller := n.seller
		n.mu.Unlock()
		if seller != nil {
			seller.EndFree(ih)
		}
	}
}

// IsFree reports whether item ih is served without receipts.
func (n *Node) IsFree(ih metainfo.Hash) bool {
	n.freeMu.RLock()
	defer n.freeMu.RUnlock()
	return n.free[ih]
}

// closers runs cleanups in reverse order of registration.
type closers []func()

func (c *closers) add(f func()) { *c = append(*c, f) }

func (c closers) run() {
	for i := len(c) - 1; i >= 0; i-- {
		c[i]()
	}
}

// Run starts the node and serves until ctx ends, then closes everything in reverse order. It
// returns an error if the node could not start (bad deployment, wrong key, unreachable chain,
// port in use) or a component failed.
func (n *Node) Run(ctx context.Context) (err error) {
	n.mu.Lock()
	if n.running {
		n.mu.Unlock()
		return errors.New("seeder node is already running")
	}
	n.running = true
	n.mu.Unlock()
	var cl closers
	defer func() {
		cl.run()
		n.mu.Lock()
		n.running = false
		n.mu.Unlock()
	}()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// Chain: deployment, connection, contracts.
	dep, err := chain.ReadDeployment(n.cfg.Deployment)
	if err != nil {
		return fmt.Errorf("deployment file: %w", err)
	}
	eth, err := chain.Dial(ctx, n.cfg.RPCURL, dep.ChainID)
	if err != nil {
		return err
	}
	cl.add(eth.Close)
	if err := chain.CheckDeployment(ctx, eth, dep); err != nil {
		return fmt.Errorf("deployment check: %w", err)
	}
	cc := chain.NewClient(eth, dep, chain.Config{Confirmations: n.cfg.Confirmations, Poll: n.cfg.TxPoll, Logger: n.log})

	// Payout key.
	key, err := n.unlock(dep.ChainID)
	if err != nil {
		return err
	}
	opts := key.TransactOpts(dep.ChainID)
	payout := key.Address
	n.log.Info("payout account unlocked", "payout", payout, "chain_id", dep.ChainID)

	// Gateway: its torrents are fetched before anything listens, so a wrong id fails fast.
	var join *gatewayJoin
	var gatewayItems []*metainfo.MetaInfo
	if n.cfg.Gateway != "" {
		join, err = newGatewayJoin(n, key.PrivateKey, payout, dep.ChainID, dep.Registry)
		if err != nil {
			return err
		}
		if gatewayItems, err = join.fetchTorrents(ctx); err != nil {
			return err
		}
		if err := join.verifyTorrents(ctx, cc, gatewayItems); err != nil {
			return err
		}
	}

	// Database.
	st, err := OpenStore(ctx, n.cfg.DataDir, true, n.log)
	if err != nil {
		return err
	}
	cl.add(func() { _ = st.Close() })

	// Selling and settlement. The seller stores receipts through the settler's observer, so a
	// pair that reaches half of MaxUnsettled is redeemed at once.
	bal := NewBalances(cc, BalanceConfig{TTL: n.cfg.BalanceTTL, Logger: n.log})
	sessions := NewSessions(cc, n.cfg.BalanceTTL)
	settler := NewSettler(st, cc, opts, SettleConfig{
		Interval: n.cfg.SettleInterval, Threshold: n.cfg.SettleThreshold, BatchSize: n.cfg.SettleBatch,
		Margin: n.cfg.SettleMargin, ReconcileWait: max(2*n.cfg.SettleInterval, 10*time.Second),
		MaxUnsettled: n.cfg.MaxUnsettled, BumpAfter: n.cfg.SettleBumpAfter, MaxFee: n.cfg.SettleMaxFee, HoldBack: n.cfg.SettleHoldBack,
	}, n.log.With("component", "settlement"), func(viewer common.Address) { bal.Forget(viewer); sessions.Forget(viewer) })
	seller, err := paywire.NewSeller(paywire.SellerConfig{
		Payout: payout, PayoutKey: key.PrivateKey, ChainID: dep.ChainID, Escrow: dep.Escrow, PricePerGiB: n.cfg.PricePerGiB,
		CreditWindow: n.cfg.CreditWindow, Cooldown: n.cfg.Cooldown, RefusePeerIDOnly: n.cfg.RefusePeerIDOnly,
		SettlementWindow: n.cfg.SettleMargin, Free: n.IsFree, MaxUnsettled: n.cfg.MaxUnsettled, Keys: sessions,
		Balance: bal, Store: observedStore{st, settler}, Logger: n.log.With("component", "paywire"),
	})
	if err != nil {
		return fmt.Errorf("seller: %w", err)
	}

	// Reconcile what a previous run left in flight before anything else reaches the chain.
	if _, err := settler.Reconcile(ctx); err != nil {
		return fmt.Errorf("reconcile settlement batches: %w", err)
	}

	// BitTorrent.
	client, storages, err := n.newClient(seller, join)
	if err != nil {
		return err
	}
	cl.add(func() {
		for _, e := range client.Close() {
			n.log.Debug("closing torrent client", "err", e)
		}
		for _, s := range storages {
			_ = s.Close()
		}
	})

	var wg sync.WaitGroup
	cl.add(wg.Wait) // goroutines end before the client closes
	cl.add(cancel)
	wg.Add(1)
	go func() {
		defer wg.Done()
		if err := seller.Run(ctx); err != nil {
			n.log.Error("seller stopped", "err", err)
		}
	}()
	cl.add(func() { _ = seller.Close() })

	torrents, err := n.addItems(ctx, client, &wg)
	if err != nil {
		return err
	}
	if join != nil {
		ts, err := join.start(ctx, client, gatewayItems, torrents)
		if err != nil {
			return err
		}
		for _, t := range ts {
			wg.Add(1)
			go func() {
				defer wg.Done()
				n.fetch(ctx, t)
			}()
		}
		torrents = append(ts, torrents...)
	}

	n.mu.Lock()
	n.store, n.client, n.seller, n.settler, n.balances, n.payout, n.torrents, n.chainID = st, client, seller, settler, bal, payout, torrents, dep.ChainID
	n.join = join
	n.mu.Unlock()
	cl.add(func() {
		n.mu.Lock()
		n.store, n.client, n.seller, n.settler, n.balances, n.torrents, n.status, n.added = nil, nil, nil, nil, nil, nil, nil, nil
		n.join = nil
		n.mu.Unlock()
	})

	var status *statusServer
	if n.cfg.StatusListen != "" {
		status, err = newStatusServer(n, n.cfg.StatusListen)
		if err != nil {
			return err
		}
		n.mu.Lock()
		n.status = status
		n.mu.Unlock()
		wg.Add(1)
		go func() {
			defer wg.Done()
			status.serve(n.log)
		}()
		cl.add(status.close)
	}

	wg.Add(1)
	go func() {
		defer wg.Done()
		_ = settler.Run(ctx)
	}()
	if join != nil {
		wg.Add(1)
		go func() {
			defer wg.Done()
			join.run(ctx)
		}()
		wg.Add(1)
		go func() {
			defer wg.Done()
			join.followPolicies(ctx)
		}()
	}

	n.log.Info("seeder node running", "listen", client.ListenAddrs(), "status", n.StatusAddr(), "items", len(torrents),
		"price_per_gib_wei", n.cfg.PricePerGiB, "credit_window", n.cfg.CreditWindow)
	if n.deps.Ready != nil {
		n.deps.Ready(n)
	}
	<-ctx.Done()
	n.log.Info("seeder node stopping")
	return nil
}

func (n *Node) unlock(chainID uint64) (*wallet.Key, error) {
	if n.cfg.DevKey != "" {
		k, err := wallet.RawKey(chainID, n.cfg.DevKey)
		if err != nil {
			return nil, fmt.Errorf("payout key: %w", err)
		}
		return k, nil
	}
	pass, err := wallet.ReadPassphrase(n.cfg.PassphraseFile)
	if err != nil {
		return nil, fmt.Errorf("payout key: %w", err)
	}
	k, err := wallet.Open(n.cfg.Keystore).Unlock(n.cfg.Payout, pass)
	if err != nil {
		return nil, fmt.Errorf("payout key: %w", err)
	}
	return k, nil
}

// newClient builds the torrent client: file storage in DataDir/content, piece completion in
// DataDir/state, seeding on, the seller attached, TCP only unless uTP is enabled, no DHT unless
// enabled. With a gateway (join not nil), web seed requests go through gatewayTransport, which
// gives them the current passkey. Web seeds are a download source only: paywire sells to peer
// connections, and a web seed is not one.
func (n *Node) newClient(seller *paywire.Seller, join *gatewayJoin) (*torrent.Client, []storage.ClientImplCloser, error) {
	contentDir := filepath.Join(n.cfg.DataDir, "content")
	stateDir := filepath.Join(n.cfg.DataDir, "state")
	for _, d := range []string{contentDir, stateDir} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			return nil, nil, fmt.Errorf("create %s: %w", d, err)
		}
	}
	pc, err := storage.NewDefaultPieceCompletionForDir(stateDir)
	if err != nil {
		return nil, nil, fmt.Errorf("open piece completion in %s: %w", stateDir, err)
	}
	st := storage.NewFileOpts(storage.NewFileClientOpts{ClientBaseDir: contentDir, PieceCompletion: pc, UsePartFiles: falseOpt()})

	tc := torrent.NewDefaultClientConfig()
	tc.Seed = true
	tc.DataDir = contentDir
	tc.DefaultStorage = st
	tc.NoDHT = !n.cfg.DHT
	tc.DisableUTP = !n.cfg.UTP
	tc.DisableIPv6 = false
	tc.Slogger = n.deps.TorrentLogger
	tc.MaxAllocPeerRequestDataPerConn = 1 << 20
	tc.DisableWebseeds = false
	if join != nil {
		tc.WebTransport = &gatewayTransport{base: newHTTPTransport(), prefix: join.webBase, passkey: join.currentPasskey}
		n.gatewayStorage = storage.NewFileOpts(storage.NewFileClientOpts{
			ClientBaseDir: contentDir, TorrentDirMaker: gatewayItemDir, PieceCompletion: sharedCompletion{pc}, UsePartFiles: falseOpt(),
		})
	}
	host, port, err := net.SplitHostPort(n.cfg.Listen)
	if err != nil {
		_ = st.Close()
		return nil, nil, fmt.Errorf("listen address: %w", err)
	}
	p, err := net.LookupPort("tcp", port)
	if err != nil {
		_ = st.Close()
		return nil, nil, fmt.Errorf("listen port: %w", err)
	}
	tc.ListenPort = p
	// anacrolix listens on every network it has enabled with the one host it is given, so an IP
	// literal also chooses the family: 0.0.0.0 is IPv4 on every interface, :: both families,
	// any other address its own family only (anacrolix would otherwise try 0.0.0.0 over tcp6
	// and fail to start).
	switch ip := net.ParseIP(host); {
	case host == "":
	case ip == nil:
		tc.SetListenAddr(n.cfg.Listen)
	case ip.IsUnspecified():
		tc.DisableIPv6 = ip.To4() != nil
	default:
		tc.SetListenAddr(n.cfg.Listen)
		tc.DisableIPv6 = ip.To4() != nil
		tc.DisableIPv4 = ip.To4() == nil
	}
	if n.cfg.MaxUploadRate > 0 {
		// anacrolix waits for a whole block's tokens: the burst (the per-connection request
		// allocation, 1 MiB) is set by NewClient when left 0.
		tc.UploadRateLimiter = rate.NewLimiter(rate.Limit(n.cfg.MaxUploadRate), 0)
	}
	seller.Attach(tc)
	if n.deps.Client != nil {
		n.deps.Client(tc)
	}
	client, err := torrent.NewClient(tc)
	if err != nil {
		_ = st.Close()
		return nil, nil, fmt.Errorf("start BitTorrent on %s: %w", n.cfg.Listen, err)
	}
	if n.deps.ClientStarted != nil {
		if err := n.deps.ClientStarted(client); err != nil {
			client.Close()
			_ = st.Close()
			return nil, nil, fmt.Errorf("start BitTorrent: %w", err)
		}
	}
	return client, []storage.ClientImplCloser{st}, nil
}

// Status getters. They return zero values while the node is not running.

// Payout returns the payout address (zero before Run unlocked the key).
func (n *Node) Payout() common.Address {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.payout
}

// Addr returns the BitTorrent listen address, or "" when not running.
func (n *Node) Addr() string {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.client == nil {
		return ""
	}
	for _, a := range n.client.ListenAddrs() {
		return a.String()
	}
	return ""
}

// StatusAddr returns the status server's address, or "" when it is off or not running.
func (n *Node) StatusAddr() string {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.status == nil {
		return ""
	}
	return n.status.addr()
}

// Client returns the running torrent client, or nil.
func (n *Node) Client() *torrent.Client {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.client
}

// Torrents returns the items being seeded.
func (n *Node) Torrents() []*torrent.Torrent {
	n.mu.Lock()
	defer n.mu.Unlock()
	return append([]*torrent.Torrent(nil), n.torrents...)
}

// SellerStats returns the protocol counters.
func (n *Node) SellerStats() (paywire.SellerStats, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.seller == nil {
		return paywire.SellerStats{}, ErrNotRunning
	}
	return n.seller.Stats(), nil
}

// SettleStats returns the settlement counters.
func (n *Node) SettleStats() (SettleStats, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.settler == nil {
		return SettleStats{}, ErrNotRunning
	}
	return n.settler.Stats(), nil
}

// Settle runs a settlement round now (reconciliation, then what is due) and waits for it.
func (n *Node) Settle(ctx context.Context) error {
	n.mu.Lock()
	s := n.settler
	n.mu.Unlock()
	if s == nil {
		return ErrNotRunning
	}
	return s.Round(ctx)
}

// Earnings reports the node's figures from its database.
func (n *Node) Earnings(ctx context.Context) (*Report, error) {
	n.mu.Lock()
	st, payout := n.store, n.payout
	n.mu.Unlock()
	if st == nil {
		return nil, ErrNotRunning
	}
	return BuildReport(ctx, st, payout, n.cfg.PricePerGiB)
}

// Store returns the node's database while it runs, or nil.
func (n *Node) Store() *Store {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.store
}

// observedStore is the seller's receipt store: the node's database, and the settler told of
// every receipt stored.
type observedStore struct {
	*Store
	settler *Settler
}

func (o observedStore) Save(ctx context.Context, rec paywire.Record) error {
	if err := o.Store.Save(ctx, rec); err != nil {
		return err
	}
	o.settler.Observe(ctx, rec)
	return nil
}

func (o observedStore) SaveBatch(ctx context.Context, recs []paywire.Record) error {
	if err := o.Store.SaveBatch(ctx, recs); err != nil {
		return err
	}
	for _, rec := range recs {
		o.settler.Observe(ctx, rec)
	}
	return nil
}

// ethClientIsBackend is a compile-time check that a dialled node satisfies chain.Backend.
var _ chain.Backend = (*ethclient.Client)(nil)
