package devchain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/event"
	gethlog "github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/swarmgate/swarmgate/chain"
)

// ChainID is the chain id of the dev chain (the same as geth --dev and the simulated backend).
const ChainID uint64 = 1337

// Defaults and limits of Config.
const (
	// DefaultAccounts is how many funded dev accounts a chain has when Config.Accounts is 0.
	DefaultAccounts = 10
	// MaxAccounts bounds Config.Accounts: the genesis allocation is built in memory.
	MaxAccounts = 1000
)

// AccountBalance is the genesis balance of every dev account: one million ether.
var AccountBalance = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))

var (
	// ErrConfig means the configuration is invalid; the message lists every bad field.
	ErrConfig = errors.New("devchain: invalid configuration")
	// ErrPortInUse means the HTTP port is taken by another process.
	ErrPortInUse = errors.New("devchain: HTTP port already in use")
	// ErrDataDir means the data directory cannot be used: locked by another node, unreadable, or
	// holding a chain with a different genesis (for example created with another account count).
	ErrDataDir = errors.New("devchain: data directory unusable")
	// ErrNotStarted means a method that needs a running chain was called before Start or after
	// Close.
	ErrNotStarted = errors.New("devchain: chain not started")
	// ErrAlreadyStarted means Start was called twice.
	ErrAlreadyStarted = errors.New("devchain: chain already started")
)

// Config configures a dev chain. The zero value is valid: an in-memory chain with
// DefaultAccounts accounts on a random port, logging nothing.
type Config struct {
	// DataDir keeps the chain on disk so it survives a restart; "" keeps it in memory.
	DataDir string
	// HTTPHost is the IP address JSON-RPC listens on: 127.0.0.1 when empty. Anything else
	// (0.0.0.0 in a container) exposes the public dev keys' chain to that network.
	HTTPHost string
	// HTTPPort is the JSON-RPC port; 0 picks a free port (see Chain.RPCURL).
	HTTPPort int
	// HTTPCors lists the web origins (scheme://host:port, or * for any) whose pages may call
	// JSON-RPC from a browser, such as a --dev gateway's own web app; empty allows none.
	HTTPCors []string
	// Accounts is the number of funded dev accounts, 0 for DefaultAccounts. A data directory
	// remembers its genesis: reopen it with the same number.
	Accounts int
	// Logger receives the chain's own messages; nil discards them.
	Logger *slog.Logger
	// GethLogs forwards go-ethereum's internal logs to Logger. go-ethereum logs through one
	// process-wide logger, so this affects every node in the process; off, geth stays silent.
	GethLogs bool
}

// Validate reports every invalid field at once.
func (c Config) Validate() error {
	var errs []error
	if c.HTTPHost != "" && net.ParseIP(c.HTTPHost) == nil {
		errs = append(errs, fmt.Errorf("HTTP host %q is not an IP address (use 127.0.0.1, or 0.0.0.0 for every interface)", c.HTTPHost))
	}
	if c.HTTPPort < 0 || c.HTTPPort > 65535 {
		errs = append(errs, fmt.Errorf("HTTP port %d is out of range: use 0 (any free port) to 65535", c.HTTPPort))
	}
	if c.Accounts < 0 || c.Accounts > MaxAccounts {
		errs = append(errs, fmt.Errorf("accounts %d is out of range: use 0 (default %d) to %d", c.Accounts, DefaultAccounts, MaxAccounts))
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("%w: %w", ErrConfig, err)
	}
	return nil
}

// Account is a funded dev account. Its key is public knowledge (see DevKey).
type Account struct {
	Address common.Address
	Key     *ecdsa.PrivateKey
}

// KeyHex returns the private key as 0x-prefixed hex, for printing the public dev keys.
func (a Account) KeyHex() string {
	return "0x" + common.Bytes2Hex(crypto.FromECDSA(a.Key))
}

// DevKey returns the i-th dev key: the secp256k1 key keccak256("swarmgate-dev-" + i), rehashed
// in the (astronomically unlikely) case that the hash is not a valid key. The same i gives the
// same key on every machine; the keys are public and must never guard real value.
func DevKey(i int) *ecdsa.PrivateKey {
	seed := crypto.Keccak256([]byte("swarmgate-dev-" + strconv.Itoa(i)))
	for {
		key, err := crypto.ToECDSA(seed)
		if err == nil {
			return key
		}
		seed = crypto.Keccak256(seed)
	}
}

// DevAccounts returns the first n dev accounts (n ≥ 0).
func DevAccounts(n int) []Account {
	accounts := make([]Account, n)
	for i := range accounts {
		key := DevKey(i)
		accounts[i] = Account{Address: crypto.PubkeyToAddress(key.PublicKey), Key: key}
	}
	return accounts
}

// Genesis returns the dev genesis with the given accounts funded with AccountBalance each.
// The first account receives the block fees.
func Genesis(accounts []Account) *core.Genesis {
	g := core.DeveloperGenesisBlock(ethconfig.Defaults.Miner.GasCeil, nil)
	// go-ethereum v1.17's dev config turns on the draft Bogota fork, whose repricing makes a new
	// storage slot cost about five times what it costs on mainnet and L2s today. Switch it off so
	// that gas on the dev chain is what users will pay.
	config := *g.Config
	config.BogotaTime = nil
	g.Config = &config
	for _, a := range accounts {
		g.Alloc[a.Address] = types.Account{Balance: new(big.Int).Set(AccountBalance)}
	}
	return g
}

// Chain is an in-process dev node.
type Chain struct {
	cfg      Config
	log      *slog.Logger
	accounts []Account

	mu        sync.Mutex
	stack     *node.Node
	client    *ethclient.Client
	rpcURL    string
	closed    bool
	stopMiner context.CancelFunc
	minerDone chan struct{}
}

// New checks cfg and returns a chain that is not started yet. It does no I/O.
func New(cfg Config) (*Chain, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if cfg.Accounts == 0 {
		cfg.Accounts = DefaultAccounts
	}
	logger := cfg.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Chain{cfg: cfg, log: logger.With("component", "devchain"), accounts: DevAccounts(cfg.Accounts)}, nil
}

// gethLogger hides go-ethereum's concrete logger type from log.SetDefault, which would otherwise
// also replace the process's default slog logger.
type gethLogger struct{ gethlog.Logger }

// Start opens the chain (in memory or in DataDir), starts JSON-RPC on 127.0.0.1 and the block
// producer, which seals a block whenever a transaction arrives. If any step fails, what already
// started is stopped again.
func (c *Chain) Start(ctx context.Context) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return fmt.Errorf("%w: it was closed", ErrNotStarted)
	}
	if c.stack != nil {
		return ErrAlreadyStarted
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if c.cfg.GethLogs {
		gethlog.SetDefault(gethLogger{gethlog.NewLogger(c.log.Handler())})
	}

	nodeCfg := node.DefaultConfig
	nodeCfg.Name = "swarmgate-devchain"
	nodeCfg.DataDir = c.cfg.DataDir
	nodeCfg.IPCPath = ""
	nodeCfg.HTTPHost = "127.0.0.1"
	if c.cfg.HTTPHost != "" {
		nodeCfg.HTTPHost = c.cfg.HTTPHost
	}
	if ip := net.ParseIP(nodeCfg.HTTPHost); !ip.IsLoopback() {
		nodeCfg.HTTPVirtualHosts = []string{"*"} // reached by container or host names
	}
	nodeCfg.HTTPPort = c.cfg.HTTPPort
	nodeCfg.HTTPCors = c.cfg.HTTPCors
	nodeCfg.HTTPModules = []string{"eth", "net", "web3", "txpool"}
	nodeCfg.WSHost = ""
	nodeCfg.AuthPort = 0
	nodeCfg.P2P = p2p.Config{MaxPeers: 0, NoDiscovery: true, NoDial: true, ListenAddr: ""}
	nodeCfg.UseLightweightKDF = true
	if c.cfg.GethLogs {
		nodeCfg.Logger = gethlog.NewLogger(c.log.Handler())
	}
	stack, err := node.New(&nodeCfg)
	if err != nil {
		return fmt.Errorf("%w: %s: %w", ErrDataDir, c.cfg.DataDir, err)
	}
	ok := false
	defer func() {
		if !ok {
			_ = stack.Close()
		}
	}()

	ethCfg := ethconfig.Defaults
	ethCfg.NetworkId = ChainID
	ethCfg.SyncMode = ethconfig.FullSync
	ethCfg.Genesis = Genesis(c.accounts)
	ethCfg.Miner.PendingFeeRecipient = c.accounts[0].Address
	ethCfg.Miner.GasPrice = big.NewInt(1) // as geth --dev: take any transaction that pays a tip
	ethCfg.TxPool.NoLocals = true
	// The dev chain is small: search logs without building a log index, so eth_getLogs never
	// answers "index not ready" right after start.
	ethCfg.LogNoHistory = true
	backend, err := eth.New(stack, &ethCfg)
	if err != nil {
		if c.cfg.DataDir != "" {
			return fmt.Errorf("%w: %s (reopen it with the same number of accounts, or use a new directory): %w", ErrDataDir, c.cfg.DataDir, err)
		}
		return fmt.Errorf("devchain: start ethereum service: %w", err)
	}
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)}})

	beacon, err := catalyst.NewSimulatedBeacon(0, c.accounts[0].Address, backend)
	if err != nil {
		return fmt.Errorf("devchain: start block producer: %w", err)
	}
	stack.RegisterLifecycle(beacon)
	// The block producer is driven by our own loop, subscribed here, before any transaction can
	// arrive. (catalyst.RegisterSimulatedBeaconAPIs would start go-ethereum's loop instead, which
	// subscribes from a goroutine of its own: on a loaded machine a transaction sent right after
	// start was announced before that subscription and never mined, and a chain closed right
	// after start crashed the process when that goroutine finally ran.)
	txs := make(chan core.NewTxsEvent, 64)
	sub := backend.TxPool().SubscribeTransactions(txs, true)
	defer func() {
		if !ok {
			sub.Unsubscribe()
		}
	}()

	if err := stack.Start(); err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			return fmt.Errorf("%w: %s:%d (stop what uses it, or choose another port; 0 picks a free one): %w", ErrPortInUse, nodeCfg.HTTPHost, c.cfg.HTTPPort, err)
		}
		if c.cfg.DataDir != "" {
			return fmt.Errorf("%w: %s: %w", ErrDataDir, c.cfg.DataDir, err)
		}
		return fmt.Errorf("devchain: start node: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	ok = true
	c.stack = stack
	c.client = ethclient.NewClient(stack.Attach())
	minerCtx, stop := context.WithCancel(context.Background())
	c.stopMiner, c.minerDone = stop, make(chan struct{})
	go c.mine(minerCtx, backend, beacon, txs, sub)
	c.rpcURL = stack.HTTPEndpoint() // "http://127.0.0.1:PORT"
	c.log.Info("dev chain started", "rpc", c.rpcURL, "chain_id", ChainID, "accounts", len(c.accounts), "datadir", c.cfg.DataDir)
	return nil
}

// mine seals a block whenever transactions arrive, and keeps sealing while executable
// transactions remain (a block may fill up). It is the only caller of beacon.Commit, so blocks
// are never sealed concurrently.
func (c *Chain) mine(ctx context.Context, backend *eth.Ethereum, beacon *catalyst.SimulatedBeacon, txs <-chan core.NewTxsEvent, sub event.Subscription) {
	defer close(c.minerDone)
	defer sub.Unsubscribe()
	for {
		select {
		case <-ctx.Done():
			return
		case <-sub.Err():
			return
		case <-txs:
		}
		for ctx.Err() == nil {
			before := backend.BlockChain().CurrentBlock().Number.Uint64()
			beacon.Commit()
			backend.TxPool().Sync()
			pending, _ := backend.TxPool().Stats()
			if pending == 0 {
				break
			}
			head := backend.BlockChain().CurrentBlock()
			if head.Number.Uint64() == before || len(backend.BlockChain().GetBlock(head.Hash(), head.Number.Uint64()).Transactions()) == 0 {
				// Executable transactions that a fresh block did not take (a tip below the
				// miner's minimum): wait for the next arrival instead of spinning.
				c.log.Warn("transactions left unmined", "pending", pending, "block", head.Number)
				break
			}
		}
	}
}

// RPCURL returns the JSON-RPC URL (http://127.0.0.1:PORT), or "" before Start.
func (c *Chain) RPCURL() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.rpcURL
}

// ChainID returns the chain id, 1337.
func (c *Chain) ChainID() uint64 { return ChainID }

// Accounts returns the funded dev accounts, in order; the first also receives block fees.
func (c *Chain) Accounts() []Account {
	out := make([]Account, len(c.accounts))
	copy(out, c.accounts)
	return out
}

// Client returns an in-process client of the running chain (no HTTP round trip), or nil before
// Start. Close closes it.
func (c *Chain) Client() *ethclient.Client {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.client
}

// Close stops the chain and releases the port and the data directory. It is safe to call more
// than once, and before Start.
func (c *Chain) Close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.closed = true
	if c.stack == nil {
		return nil
	}
	c.stopMiner()
	<-c.minerDone
	c.client.Close()
	err := c.stack.Close()
	c.stack, c.client, c.rpcURL = nil, nil, ""
	c.log.Info("dev chain stopped")
	if err != nil {
		return fmt.Errorf("devchain: close: %w", err)
	}
	return nil
}

// Poll is how often to poll for a transaction's receipt on the dev chain, which mines a block as
// soon as a transaction arrives.
const Poll = 2 * time.Millisecond

// TransactOpts signs transactions from this dev account on the dev chain.
func (a Account) TransactOpts() *bind.TransactOpts {
	return bind.NewKeyedTransactor(a.Key, new(big.Int).SetUint64(ChainID))
}

// Deploy deploys Swarmgate's contracts to the running chain from dev account 0 and waits for
// them.
func (c *Chain) Deploy(ctx context.Context, cfg chain.DeployConfig) (chain.Deployment, error) {
	client := c.Client()
	if client == nil {
		return chain.Deployment{}, ErrNotStarted
	}
	return chain.Deploy(ctx, client, c.accounts[0].TransactOpts(), cfg, Poll)
}
