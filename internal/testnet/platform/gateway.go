package platform

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/api"
	"github.com/swarmgate/swarmgate/chain/chaintest"
	"github.com/swarmgate/swarmgate/indexer"
	"github.com/swarmgate/swarmgate/internal/testnet"
	"github.com/swarmgate/swarmgate/seeder"
	"github.com/swarmgate/swarmgate/store"
	"github.com/swarmgate/swarmgate/store/keyring"
)

// GatewayConfig shapes the network's gateway (Config.Gateway). The zero value is a gateway on
// SQLite in its data directory, with the origin seeder at the network's price.
type GatewayConfig struct {
	// DatabaseDSN is the gateway database (a PostgreSQL URL, e.g. storetest.PostgresDSN); empty
	// means SQLite in the gateway's data directory.
	DatabaseDSN string
	// NoOrigin turns the origin seeder off.
	NoOrigin bool
	// OriginPricePerGiB is the origin seeder's price in wei per GiB (default the network's
	// PricePerGiB).
	OriginPricePerGiB *big.Int
	// OriginPoll is how often the origin chore looks for newly registered items (default 200 ms).
	OriginPoll time.Duration
	// API adjusts the gateway's configuration before it starts (each start).
	API func(cfg *api.Config)
	// Origin adjusts the origin seeder's configuration before it starts; OriginDeps its
	// dependencies (netlab puts its torrent client on an emulated host through them).
	Origin     func(cfg *seeder.Config)
	OriginDeps func(deps *seeder.Deps)
}

// Gateway is the network's gateway, run as `swarmgate gateway run` runs it: the api server on a
// migrated database with a keyring, the chain indexer, relayed (gasless) registration from a
// funded relayer account, the embedded tracker and web seed, and the origin seeder (a
// seeder.Node with its own funded payout account) fed by the origin chore. It listens on
// loopback; Stop and Start keep its data directory and database.
type Gateway struct {
	n *Network
	// URL is the gateway's base URL (http://127.0.0.1:PORT).
	URL string
	// DataDir holds the SQLite database, the content store (DataDir/content), the uploads and the
	// origin's data (DataDir/origin).
	DataDir string
	// Relayer pays the gas of relayed registrations; Origin is the origin seeder's payout
	// account. Both are funded with 1 ether.
	RelayerKey *ecdsa.PrivateKey
	Relayer    common.Address
	OriginKey  *ecdsa.PrivateKey
	Origin     common.Address
	// Config is what the next Start uses; OriginConfig the origin seeder's.
	Config       api.Config
	OriginConfig seeder.Config

	gcfg GatewayConfig

	mu     sync.Mutex
	store  *store.Store
	server *api.Server
	origin *seeder.Node
	cancel context.CancelFunc
	done   chan error
}

// AddGateway creates the network's gateway (stopped): funded relayer and origin accounts, a
// data directory, a master key, and its configuration. New calls it.
func (n *Network) AddGateway(gc GatewayConfig) *Gateway {
	t := n.T()
	t.Helper()
	if n.Gateway != nil {
		t.Fatal("the network already has a gateway")
	}
	dir := t.TempDir()
	g := &Gateway{n: n, DataDir: filepath.Join(dir, "gw"), gcfg: gc}
	g.RelayerKey, g.Relayer = chaintest.NewKey(t)
	g.OriginKey, g.Origin = chaintest.NewKey(t)
	n.Fund(g.Relayer, big.NewInt(1e18))
	n.Fund(g.Origin, big.NewInt(1e18))
	var mk [32]byte
	if _, err := rand.Read(mk[:]); err != nil {
		t.Fatal(err)
	}
	addr := testnet.FreeAddr(t)
	g.URL = "http://" + addr
	cfg := api.DefaultConfig()
	cfg.Listen, cfg.PublicURL, cfg.DataDir = addr, g.URL, g.DataDir
	cfg.DatabaseDSN, cfg.MasterKey, cfg.ContentDir = gc.DatabaseDSN, hex.EncodeToString(mk[:]), filepath.Join(g.DataDir, "content")
	cfg.ChainID, cfg.PublicRPCURL = n.Deployment().ChainID, n.RPCURL()
	cfg.RateIP, cfg.RateSession, cfg.RateAuth, cfg.RateRegister = 0, 0, 0, 0
	cfg.ShutdownTimeout = 5 * time.Second
	g.Config = cfg

	ks, passFile := testnet.WriteKeystore(t, filepath.Join(dir, "origin-account"), g.OriginKey)
	oc := seeder.DefaultConfig()
	oc.DataDir, oc.Listen, oc.StatusListen, oc.AllowNoItems = filepath.Join(g.DataDir, "origin"), "127.0.0.1:0", "", true
	oc.Keystore, oc.PassphraseFile, oc.RPCURL, oc.Deployment = ks, passFile, n.RPCURL(), n.DeploymentFile
	oc.PricePerGiB = new(big.Int).Set(n.Config().PricePerGiB)
	if gc.OriginPricePerGiB != nil {
		oc.PricePerGiB = new(big.Int).Set(gc.OriginPricePerGiB)
	}
	oc.TxPoll, oc.BalanceTTL, oc.RefusePeerIDOnly = chaintest.Poll, 200*time.Millisecond, true
	oc.SettleInterval, oc.SettleThreshold, oc.SettleMargin = time.Hour, 0, 2*time.Hour
	g.OriginConfig = oc
	n.Gateway = g
	t.Cleanup(g.Stop)
	return g
}

// Start opens the database (migrating it) and starts the server, the indexer and, unless
// NoOrigin, the origin seeder and its chore; it returns once the gateway serves and the origin
// listens.
func (g *Gateway) Start() {
	t := g.n.T()
	t.Helper()
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.server != nil {
		t.Fatal("the gateway is already running")
	}
	cfg, oc := g.Config, g.OriginConfig
	if g.gcfg.API != nil {
		g.gcfg.API(&cfg)
	}
	if g.gcfg.Origin != nil {
		g.gcfg.Origin(&oc)
	}
	log := g.n.Logger().With("part", "gateway")
	ctx := context.Background()
	keys, err := keyring.Parse([]byte(cfg.MasterKey))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(cfg.ContentDir, 0o700); err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(ctx, store.Config{DSN: cfg.DatabaseDSN, DataDir: cfg.DataDir, Logger: log})
	if err != nil {
		t.Fatalf("gateway store: %v", err)
	}
	if _, err := st.Migrate(ctx); err != nil {
		_ = st.Close()
		t.Fatalf("gateway migrations: %v", err)
	}
	cc := g.n.Chain.Client
	announce := cc.RegistryDomain()
	deps := api.Deps{Store: st, Keys: keys, Logger: log, Chain: cc, Entitlement: cc, Registry: cc,
		Relayer: chaintest.TransactOpts(g.RelayerKey), Policies: cc, Code: cc.Backend(), ChainInfo: cc, Wallets: cc,
		AnnounceDomain: &announce}
	srv, err := api.New(cfg, deps)
	if err != nil {
		_ = st.Close()
		t.Fatalf("gateway: %v", err)
	}
	ix := indexer.New(cc, st, indexer.Config{StartBlock: g.n.Deployment().StartBlock, Poll: 50 * time.Millisecond, Logger: log})

	runCtx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	var node *seeder.Node
	nodeReady := make(chan struct{})
	if !g.gcfg.NoOrigin {
		deps := seeder.Deps{Logger: log.With("component", "origin"), Ready: func(*seeder.Node) { close(nodeReady) }}
		if g.gcfg.OriginDeps != nil {
			g.gcfg.OriginDeps(&deps)
		}
		node, err = seeder.New(oc, deps)
		if err != nil {
			cancel()
			_ = st.Close()
			t.Fatalf("origin seeder: %v", err)
		}
	}
	poll := g.gcfg.OriginPoll
	if poll == 0 {
		poll = 200 * time.Millisecond
	}
	// Shutdown runs in reverse order of start, as `gateway run` does: the origin chore, the
	// origin node, then the server and the indexer, then the store.
	go func() {
		srvCtx, stopSrv := context.WithCancel(context.Background())
		ixDone := make(chan error, 1)
		go func() { ixDone <- ix.Run(srvCtx) }()
		srvDone := make(chan error, 1)
		go func() { srvDone <- srv.Run(srvCtx) }()
		var originErr error
		if node != nil {
			originErr = runOrigin(runCtx, srv, node, nodeReady, poll)
		} else {
			<-runCtx.Done()
		}
		stopSrv()
		err := errors.Join(originErr, <-srvDone, <-ixDone)
		_ = srv.Close()
		err = errors.Join(err, st.Close())
		done <- err
	}()
	select {
	case <-srv.Ready():
	case err := <-done:
		cancel()
		t.Fatalf("gateway did not start: %v", err)
	case <-time.After(time.Minute):
		cancel()
		t.Fatal("gateway did not start within a minute")
	}
	if node != nil {
		select {
		case <-nodeReady:
		case err := <-done:
			cancel()
			t.Fatalf("origin seeder did not start: %v", err)
		case <-time.After(time.Minute):
			cancel()
			t.Fatal("origin seeder did not start within a minute")
		}
	}
	g.store, g.server, g.origin, g.cancel, g.done = st, srv, node, cancel, done
}

// runOrigin runs the origin node and, once it serves, the gateway's origin chore, until ctx
// ends; the chore stops before the node.
func runOrigin(ctx context.Context, srv *api.Server, node *seeder.Node, ready <-chan struct{}, poll time.Duration) error {
	nodeCtx, stopNode := context.WithCancel(context.Background())
	defer stopNode()
	nodeDone := make(chan error, 1)
	go func() { nodeDone <- node.Run(nodeCtx) }()
	select {
	case <-ready:
	case err := <-nodeDone:
		return fmt.Errorf("origin seeder: %w", err)
	case <-ctx.Done():
		stopNode()
		<-nodeDone
		return nil
	}
	choreCtx, stopChore := context.WithCancel(ctx)
	defer stopChore()
	choreDone := make(chan error, 1)
	go func() {
		choreDone <- srv.RunOrigin(choreCtx, node, api.OriginConfig{Account: node.Payout(), Poll: poll})
	}()
	var nodeErr error
	select {
	case <-ctx.Done():
	case nodeErr = <-nodeDone:
		nodeDone <- nodeErr
		if nodeErr == nil {
			nodeErr = errors.New("origin seeder stopped")
		}
	}
	stopChore()
	choreErr := <-choreDone
	stopNode()
	if err := <-nodeDone; nodeErr == nil {
		nodeErr = err
	}
	return errors.Join(choreErr, nodeErr)
}

// Stop stops the gateway (if running) and waits for it to close everything.
func (g *Gateway) Stop() {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.server == nil {
		return
	}
	g.cancel()
	select {
	case err := <-g.done:
		if err != nil {
			g.n.T().Errorf("gateway: %v", err)
		}
	case <-time.After(time.Minute):
		g.n.T().Error("gateway did not stop within a minute")
	}
	g.store, g.server, g.origin, g.cancel, g.done = nil, nil, nil, nil, nil
}

// Store is the running gateway's database, or nil.
func (g *Gateway) Store() *store.Store {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.store
}

// Server is the running api server, or nil.
func (g *Gateway) Server() *api.Server {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.server
}

// OriginNode is the running origin seeder, or nil.
func (g *Gateway) OriginNode() *seeder.Node {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.origin
}
