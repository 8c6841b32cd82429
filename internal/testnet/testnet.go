// Package testnet runs a whole Swarmgate network inside a test, in the spirit of storj's
// testplanet: a real go-ethereum dev chain with the contracts deployed (chain/chaintest), N
// seeder nodes (real seeder.Nodes on loopback, each with its own data directory and a funded
// payout account in its own keystore), M paying viewers (anacrolix clients with paywire.Payer,
// funded wallets with escrow deposits and session grants) and a sealed item that the seeders
// seed. Every part can be reconfigured before it starts, stopped and restarted; t.Cleanup shuts
// everything down.
//
// The network can also run on an external chain (Config.External): StartGeth starts a real
// `geth --dev` process built from the go-ethereum version in go.mod (GethBinary finds it).
//
// Package platform (internal/testnet/platform) adds the gateway, creators and the viewer
// component on top of it; it is a package of its own because the api and viewer packages' own
// tests use this one. Books checks the native-coin books of a stretch of the chain to the wei.
// Keep additions general: options in Config, one struct per part.
package testnet

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/anacrolix/torrent"
	"github.com/anacrolix/torrent/metainfo"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/chaintest"
	"github.com/swarmgate/swarmgate/chain/devchain"
	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/chain/wallet"
	"github.com/swarmgate/swarmgate/paywire"
	"github.com/swarmgate/swarmgate/sealed"
	"github.com/swarmgate/swarmgate/seeder"
)

// Config shapes a network. The zero value is one seeder and one payer.
type Config struct {
	Seeders int
	Payers  int
	// Chain options (unlock delay, fee, accounts) of the in-process dev chain.
	Chain chaintest.Options
	// External, when set, is the chain the network runs on instead of an in-process dev chain
	// (a `geth --dev` process: see StartGeth); Chain is then ignored.
	External *ExternalChain
	// ItemSize is the plaintext size of the sealed item (default 4 MiB).
	ItemSize int
	// PricePerGiB is every seeder's price and every payer's maximum (default 0.003 ether).
	PricePerGiB *big.Int
	// Deposit is each payer's escrow deposit (default 1 ether); GrantLimit its session grant's
	// limit (default the deposit), GrantExpiry how long the grant lasts (default a week).
	Deposit     *big.Int
	GrantLimit  *big.Int
	GrantExpiry time.Duration
	// Seeder adjusts seeder i's configuration before it starts (each start).
	Seeder func(i int, cfg *seeder.Config)
	// Payer adjusts payer i's paywire configuration before it is created.
	Payer func(i int, cfg *paywire.PayerConfig)
	// Client adjusts payer i's torrent client configuration (after the payer is attached).
	Client func(i int, cc *torrent.ClientConfig)
	// NoStart leaves the seeders stopped: call Seeder.Start.
	NoStart bool
	// Logger receives the nodes' logs (default: discarded unless SWARMGATE_TEST_LOG is set to a
	// level).
	Logger *slog.Logger
}

// ExternalChain is a chain with the contracts deployed that runs outside the test process.
type ExternalChain struct {
	// RPCURL is its JSON-RPC endpoint; Deployment names the contracts.
	RPCURL     string
	Deployment chain.Deployment
	// Funder is a funded account's key; it funds every account the network creates.
	Funder *ecdsa.PrivateKey
}

// Network is a running test network.
type Network struct {
	t   testing.TB
	cfg Config
	// Chain is the chain: on an external chain, Chain.Chain is nil and Chain.Accounts holds only
	// the funder.
	Chain   *chaintest.Env
	Item    *Item
	Seeders []*Seeder
	Payers  []*Payer
	// DeploymentFile is the deployment written for the nodes.
	DeploymentFile string
	log            *slog.Logger
	rpcURL         string
	eth            *ethclient.Client
	funderKey      *ecdsa.PrivateKey
	funder         sync.Mutex
}

// RPCURL is the chain's JSON-RPC endpoint.
func (n *Network) RPCURL() string { return n.rpcURL }

// Funder is the account Fund sends from.
func (n *Network) Funder() common.Address { return crypto.PubkeyToAddress(n.funderKey.PublicKey) }

// Eth is the chain's RPC client.
func (n *Network) Eth() *ethclient.Client { return n.eth }

// Config is the network's configuration, defaults filled in.
func (n *Network) Config() Config { return n.cfg }

// Logger is the network's logger.
func (n *Network) Logger() *slog.Logger { return n.log }

// T is the test the network runs in.
func (n *Network) T() testing.TB { return n.t }

// Deployment names the contracts.
func (n *Network) Deployment() chain.Deployment { return n.Chain.Deployment }

// Item is the sealed item the seeders seed.
type Item struct {
	Plain    []byte
	Cipher   []byte
	Key      sealed.Key
	Sealed   *sealed.Result
	Dir      string // a directory as `swarmgate content seal` writes it (no key file)
	Name     string
	MetaInfo *metainfo.MetaInfo
	InfoHash metainfo.Hash
}

// New starts a network. It fails the test on any error.
func New(t testing.TB, cfg Config) *Network {
	t.Helper()
	if cfg.Seeders == 0 && cfg.Payers == 0 {
		cfg.Seeders, cfg.Payers = 1, 1
	}
	if cfg.ItemSize == 0 {
		cfg.ItemSize = 4 << 20
	}
	if cfg.PricePerGiB == nil {
		cfg.PricePerGiB = big.NewInt(3_000_000_000_000_000)
	}
	if cfg.Deposit == nil {
		cfg.Deposit = big.NewInt(1e18)
	}
	if cfg.GrantLimit == nil {
		cfg.GrantLimit = cfg.Deposit
	}
	if cfg.GrantExpiry == 0 {
		cfg.GrantExpiry = 7 * 24 * time.Hour
	}
	if cfg.Logger == nil {
		cfg.Logger = TestLogger()
	}
	n := &Network{t: t, cfg: cfg, log: cfg.Logger}
	if x := cfg.External; x != nil {
		n.Chain, n.eth = externalEnv(t, x)
		n.rpcURL, n.funderKey = x.RPCURL, x.Funder
	} else {
		n.Chain = chaintest.New(t, cfg.Chain)
		n.rpcURL, n.funderKey, n.eth = n.Chain.Chain.RPCURL(), n.Chain.Accounts[1].Key, n.Chain.Chain.Client()
	}
	n.DeploymentFile = filepath.Join(t.TempDir(), "deployment.json")
	if err := chain.WriteDeployment(n.DeploymentFile, n.Chain.Deployment); err != nil {
		t.Fatal(err)
	}
	n.Item = NewItem(t, cfg.ItemSize)
	for i := range cfg.Seeders {
		s := n.AddSeeder(i)
		if !cfg.NoStart {
			s.Start()
		}
	}
	for i := range cfg.Payers {
		n.AddPayer(i)
	}
	return n
}

// externalEnv connects to an external chain and checks its deployment.
func externalEnv(t testing.TB, x *ExternalChain) (*chaintest.Env, *ethclient.Client) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	eth, err := chain.Dial(ctx, x.RPCURL, x.Deployment.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(eth.Close)
	if err := chain.CheckDeployment(ctx, eth, x.Deployment); err != nil {
		t.Fatal(err)
	}
	return &chaintest.Env{Deployment: x.Deployment, Client: chain.NewClient(eth, x.Deployment, chain.Config{Poll: chaintest.Poll}),
		Accounts: []devchain.Account{{Address: crypto.PubkeyToAddress(x.Funder.PublicKey), Key: x.Funder}}}, eth
}

// TestLogger discards logs unless SWARMGATE_TEST_LOG names a level (debug, info, warn, error).
func TestLogger() *slog.Logger {
	var lvl slog.Level
	v := os.Getenv("SWARMGATE_TEST_LOG")
	if v == "" || lvl.UnmarshalText([]byte(v)) != nil {
		return slog.New(slog.DiscardHandler)
	}
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: lvl}))
}

// Ctx returns a context that ends with the test.
func (n *Network) Ctx() context.Context { return n.t.Context() }

// NewItem seals size random bytes into a directory laid out as `swarmgate content seal` does:
// NAME (ciphertext), NAME.torrent and NAME.json.
func NewItem(t testing.TB, size int) *Item {
	t.Helper()
	plain := make([]byte, size)
	if _, err := rand.Read(plain); err != nil {
		t.Fatal(err)
	}
	key, err := sealed.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	var ct bytes.Buffer
	res, err := sealed.Seal(context.Background(), &ct, bytes.NewReader(plain), int64(size), key, sealed.SealOptions{})
	if err != nil {
		t.Fatal(err)
	}
	it := &Item{Plain: plain, Cipher: ct.Bytes(), Key: key, Sealed: res, Name: res.Info.Name, MetaInfo: res.MetaInfo, InfoHash: res.InfoHash}
	it.Dir = t.TempDir()
	it.WriteDir(t, it.Dir)
	return it
}

// WriteDir writes the sealed item's files into dir (created if needed); with noCiphertext the
// ciphertext is left out, for a seeder to fetch from the swarm.
func (it *Item) WriteDir(t testing.TB, dir string, noCiphertext ...bool) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if len(noCiphertext) == 0 || !noCiphertext[0] {
		if err := os.WriteFile(filepath.Join(dir, it.Name), it.Cipher, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var tb bytes.Buffer
	if err := it.MetaInfo.Write(&tb); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, it.Name+".torrent"), tb.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	desc, err := json.Marshal(map[string]any{"name": it.Name, "infoHash": it.InfoHash.HexString(), "cipherSize": len(it.Cipher)})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, it.Name+".json"), desc, 0o644); err != nil {
		t.Fatal(err)
	}
}

// Open decrypts ciphertext (as downloaded) with the item's key and reports whether it is the
// original plaintext.
func (it *Item) Open(cipher []byte) (bool, error) {
	r, err := sealed.Open(bytes.NewReader(cipher), int64(len(cipher)), it.Key)
	if err != nil {
		return false, err
	}
	got, err := io.ReadAll(r)
	if err != nil {
		return false, err
	}
	return bytes.Equal(got, it.Plain), nil
}

// Fund sends value wei from the funder (dev account 1 of the in-process chain, or
// ExternalChain.Funder) to addr and waits for it to be mined.
func (n *Network) Fund(to common.Address, value *big.Int) {
	n.t.Helper()
	n.funder.Lock()
	defer n.funder.Unlock()
	ctx := n.Ctx()
	b := n.Chain.Client.Backend()
	from := n.funderKey
	nonce, err := b.PendingNonceAt(ctx, crypto.PubkeyToAddress(from.PublicKey))
	if err != nil {
		n.t.Fatal(err)
	}
	tip, err := b.SuggestGasTipCap(ctx)
	if err != nil {
		n.t.Fatal(err)
	}
	head, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		n.t.Fatal(err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: n.Chain.Client.ChainID(), Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 21000, To: &to, Value: value})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(n.Chain.Client.ChainID()), from)
	if err != nil {
		n.t.Fatal(err)
	}
	if err := b.SendTransaction(ctx, signed); err != nil {
		n.t.Fatal(err)
	}
	r, err := chain.WaitMined(ctx, b, signed.Hash(), chaintest.Poll)
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		n.t.Fatalf("fund %s: %v", to, err)
	}
}

// WriteKeystore writes key into a keystore at dir/keystore (light scrypt) and its passphrase
// into dir/passphrase, as `swarmgate wallet import` and a passphrase file would, and returns
// both paths.
func WriteKeystore(t testing.TB, dir string, key *ecdsa.PrivateKey) (keystore, passFile string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	keystore = filepath.Join(dir, "keystore")
	hexFile := filepath.Join(dir, "key.hex")
	if err := os.WriteFile(hexFile, []byte(hex.EncodeToString(crypto.FromECDSA(key))), 0o600); err != nil {
		t.Fatal(err)
	}
	const pass = "testnet passphrase"
	if _, err := wallet.Open(keystore, wallet.LightScrypt()).ImportHexKey(hexFile, pass); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(hexFile); err != nil {
		t.Fatal(err)
	}
	passFile = filepath.Join(dir, "passphrase")
	if err := os.WriteFile(passFile, []byte(pass+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return keystore, passFile
}

// FreeAddr returns a loopback TCP address that was free a moment ago, for components that must
// know their address before they start (a gateway's public URL, a seeder's public address).
func FreeAddr(t testing.TB) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// WithdrawRevenue withdraws the native-coin revenue owed to key's account (sales shares, the
// platform fee), as `swarmgate revenue withdraw` does, and returns the receipt.
func (n *Network) WithdrawRevenue(key *ecdsa.PrivateKey) *types.Receipt {
	n.t.Helper()
	r, err := n.Chain.Client.WithdrawRevenue(n.Ctx(), chaintest.TransactOpts(key), common.Address{})
	if err != nil {
		n.t.Fatalf("withdraw revenue: %v", err)
	}
	return r
}

// WithdrawEarnings withdraws the bandwidth earnings of key's account to itself, as `swarmgate
// seeder withdraw` does, and returns the receipt.
func (n *Network) WithdrawEarnings(key *ecdsa.PrivateKey) *types.Receipt {
	n.t.Helper()
	opts := chaintest.TransactOpts(key)
	r, err := n.Chain.Client.WithdrawEarnings(n.Ctx(), opts, opts.From)
	if err != nil {
		n.t.Fatalf("withdraw earnings: %v", err)
	}
	return r
}

// Seeder is one seeder node of the network.
type Seeder struct {
	n       *Network
	Index   int
	DataDir string
	ItemDir string
	Key     *ecdsa.PrivateKey
	Payout  common.Address
	// Config is what the next Start uses; change it between Stop and Start.
	Config seeder.Config
	// Deps, if set, adjusts the node's dependencies at the next Start (netlab puts the node's
	// torrent client on an emulated host through seeder.Deps.Client and ClientStarted).
	Deps func(*seeder.Deps)

	mu     sync.Mutex
	node   *seeder.Node
	cancel context.CancelFunc
	done   chan error
}

// AddSeeder creates seeder i (stopped): a funded payout account in a keystore in its data
// directory, a copy of the sealed item, and a configuration for the dev chain.
func (n *Network) AddSeeder(i int) *Seeder {
	t := n.t
	t.Helper()
	dir := t.TempDir()
	key, payout := chaintest.NewKey(t)
	n.Fund(payout, big.NewInt(1e18))
	ks, passFile := WriteKeystore(t, dir, key)
	itemDir := filepath.Join(dir, "items")
	n.Item.WriteDir(t, itemDir)
	s := &Seeder{n: n, Index: i, DataDir: filepath.Join(dir, "node"), ItemDir: itemDir, Key: key, Payout: payout}
	s.Config = seeder.Config{
		DataDir: s.DataDir, Listen: "127.0.0.1:0", StatusListen: "127.0.0.1:0",
		Keystore: ks, PassphraseFile: passFile,
		RPCURL: n.RPCURL(), Deployment: n.DeploymentFile,
		PricePerGiB: new(big.Int).Set(n.cfg.PricePerGiB), CreditWindow: paywire.DefaultCreditWindow,
		Items:          []string{itemDir},
		SettleInterval: time.Hour, SettleThreshold: 0, SettleBatch: 50, SettleMargin: 2 * time.Hour,
		RefusePeerIDOnly: true, BalanceTTL: 200 * time.Millisecond, TxPoll: chaintest.Poll,
	}
	if n.cfg.Seeder != nil {
		n.cfg.Seeder(i, &s.Config)
	}
	n.Seeders = append(n.Seeders, s)
	t.Cleanup(s.Stop)
	return s
}

// Start starts the node and waits until it serves and has verified the item.
func (s *Seeder) Start() {
	t := s.n.t
	t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.node != nil {
		t.Fatalf("seeder %d is already running", s.Index)
	}
	ready := make(chan struct{})
	deps := seeder.Deps{Logger: s.n.log.With("seeder", s.Index), Ready: func(*seeder.Node) { close(ready) }}
	if s.Deps != nil {
		s.Deps(&deps)
	}
	node, err := seeder.New(s.Config, deps)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- node.Run(ctx) }()
	select {
	case <-ready:
	case err := <-done:
		cancel()
		t.Fatalf("seeder %d did not start: %v", s.Index, err)
	case <-time.After(time.Minute):
		cancel()
		t.Fatalf("seeder %d did not start within a minute", s.Index)
	}
	s.node, s.cancel, s.done = node, cancel, done
	for _, tor := range node.Torrents() {
		if tor.InfoHash() != s.n.Item.InfoHash {
			continue
		}
		if _, err := os.Stat(filepath.Join(s.ItemDir, s.n.Item.Name)); err != nil {
			continue // fetching from the swarm
		}
		select {
		case <-tor.Complete().On():
		case <-time.After(time.Minute):
			t.Fatalf("seeder %d did not verify the item within a minute", s.Index)
		}
	}
}

// Stop stops the node (if running) and waits for it to close.
func (s *Seeder) Stop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.node == nil {
		return
	}
	s.cancel()
	if err := <-s.done; err != nil {
		s.n.t.Errorf("seeder %d: %v", s.Index, err)
	}
	s.node, s.cancel, s.done = nil, nil, nil
}

// Restart stops and starts the node on the same data directory.
func (s *Seeder) Restart() {
	s.Stop()
	s.Start()
}

// Args returns the command line of `swarmgate seeder run` for the seeder's Config (Listen and
// StatusListen included as they are: give fixed ports for a process that restarts).
func (s *Seeder) Args() []string {
	c := s.Config
	a := []string{"seeder", "run", "--data-dir", c.DataDir, "--listen", c.Listen, "--status-listen", c.StatusListen,
		"--keystore", c.Keystore, "--passphrase-file", c.PassphraseFile, "--rpc-url", c.RPCURL, "--deployment", c.Deployment,
		"--price-per-gib", c.PricePerGiB.String(), "--credit-window", fmt.Sprint(c.CreditWindow),
		"--settle-interval", c.SettleInterval.String(), "--settle-threshold", fmt.Sprint(c.SettleThreshold),
		"--settle-batch", fmt.Sprint(c.SettleBatch), "--settle-margin", c.SettleMargin.String(),
		"--balance-ttl", c.BalanceTTL.String(), "--tx-poll", c.TxPoll.String()}
	if c.RefusePeerIDOnly {
		a = append(a, "--refuse-peer-id-only")
	}
	if c.Cooldown > 0 {
		a = append(a, "--cooldown", c.Cooldown.String())
	}
	for _, it := range c.Items {
		a = append(a, "--item", it)
	}
	return a
}

// Node returns the running node, or nil.
func (s *Seeder) Node() *seeder.Node {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.node
}

// Addr returns the node's BitTorrent address.
func (s *Seeder) Addr() string {
	if nd := s.Node(); nd != nil {
		return nd.Addr()
	}
	return ""
}

// Payer is a paying viewer: a funded wallet with an escrow deposit, a session key under a grant,
// and an anacrolix client with paywire.Payer attached.
type Payer struct {
	n       *Network
	Index   int
	Wallet  *ecdsa.PrivateKey
	Viewer  common.Address
	Session *ecdsa.PrivateKey
	Grant   *paywire.SignedGrant
	Payer   *paywire.Payer
	Client  *torrent.Client
	// Config is the paywire configuration the payer was created with.
	Config paywire.PayerConfig
}

// AddPayer creates payer i: funds its wallet, deposits into the escrow, signs a session grant,
// and starts its client and payer.
func (n *Network) AddPayer(i int) *Payer {
	t := n.t
	t.Helper()
	wk, viewer := chaintest.NewKey(t)
	sk, sessAddr := chaintest.NewKey(t)
	n.Fund(viewer, new(big.Int).Add(n.cfg.Deposit, big.NewInt(1e18)))
	ctx := n.Ctx()
	if n.cfg.Deposit.Sign() > 0 {
		if _, err := n.Chain.Client.Deposit(ctx, chaintest.TransactOpts(wk), viewer, n.cfg.Deposit); err != nil {
			t.Fatal(err)
		}
	}
	sess := eip712.Session{Viewer: viewer, Key: sessAddr, Limit: new(big.Int).Set(n.cfg.GrantLimit), Expiry: uint64(time.Now().Add(n.cfg.GrantExpiry).Unix())}
	sig, err := sess.Sign(n.Chain.Client.EscrowDomain(), wk)
	if err != nil {
		t.Fatal(err)
	}
	p := &Payer{n: n, Index: i, Wallet: wk, Viewer: viewer, Session: sk, Grant: &paywire.SignedGrant{Session: sess, Signature: sig}}
	p.Config = paywire.PayerConfig{
		Viewer: viewer, Key: sk, Grant: p.Grant, ChainID: n.Chain.Deployment.ChainID, Escrow: n.Chain.Deployment.Escrow,
		MaxPricePerGiB: new(big.Int).Mul(n.cfg.PricePerGiB, big.NewInt(2)), Logger: n.log.With("payer", i),
	}
	if n.cfg.Payer != nil {
		n.cfg.Payer(i, &p.Config)
	}
	p.Payer, err = paywire.NewPayer(p.Config)
	if err != nil {
		t.Fatal(err)
	}
	pctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- p.Payer.Run(pctx) }()
	cc := ClientConfig(t)
	p.Payer.Attach(cc)
	if n.cfg.Client != nil {
		n.cfg.Client(i, cc)
	}
	p.Client, err = torrent.NewClient(cc)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		p.Client.Close()
		cancel()
		<-done
		_ = p.Payer.Close()
	})
	n.Payers = append(n.Payers, p)
	return p
}

// ClientConfig is a deterministic loopback torrent configuration for viewers: TCP only, no DHT,
// PEX, trackers, uTP, IPv6, webtorrent or web seeds.
func ClientConfig(t testing.TB) *torrent.ClientConfig {
	cfg := torrent.TestingConfig(t)
	cfg.DisablePEX = true
	cfg.DisableUTP = true
	cfg.DisableIPv6 = true
	cfg.DisableWebtorrent = true
	cfg.DisableWebseeds = true
	cfg.KeepAliveTimeout = time.Minute
	cfg.MaxAllocPeerRequestDataPerConn = 1 << 20
	cfg.Slogger = slog.New(slog.DiscardHandler)
	return cfg
}

// Start adds the item to the client and connects it to the given seeders (all when none).
func (p *Payer) Start(seeders ...*Seeder) *torrent.Torrent {
	p.n.t.Helper()
	tor, err := p.Client.AddTorrent(p.n.Item.MetaInfo)
	if err != nil {
		p.n.t.Fatal(err)
	}
	if len(seeders) == 0 {
		seeders = p.n.Seeders
	}
	ConnectSeeders(tor, seeders...)
	tor.DownloadAll()
	return tor
}

// ConnectSeeders adds the running seeders as peers of tor.
func ConnectSeeders(tor *torrent.Torrent, seeders ...*Seeder) {
	var peers []torrent.PeerInfo
	for _, s := range seeders {
		if a := s.Addr(); a != "" {
			peers = append(peers, torrent.PeerInfo{Addr: peerAddr(a), Trusted: true})
		}
	}
	tor.AddPeers(peers)
}

type peerAddr string

func (a peerAddr) String() string { return string(a) }

// ReadAll reads the whole downloaded ciphertext back.
func ReadAll(tor *torrent.Torrent) ([]byte, error) {
	r := tor.NewReader()
	defer r.Close()
	return io.ReadAll(r)
}

// CheckDownload fails the test unless tor's data is the item's ciphertext, opening to its
// plaintext with its key.
func (it *Item) CheckDownload(t testing.TB, tor *torrent.Torrent) {
	t.Helper()
	ct, err := ReadAll(tor)
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := it.Open(ct); err != nil || !ok {
		t.Fatalf("downloaded ciphertext does not open to the original: ok=%v err=%v", ok, err)
	}
}

// WaitFor polls cond until it holds or the timeout passes.
func WaitFor(t testing.TB, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", timeout, what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// Join makes the seeder (stopped) seed the items ids of the gateway at gatewayURL instead of
// the network's item, as `swarmgate seeder run --gateway URL --content ID` does: it fetches
// their torrents from the catalog, lists itself in the seeder directory at a fixed loopback
// address, and fetches the ciphertext from the swarm and the gateway's web seed. Call Start
// next.
func (s *Seeder) Join(gatewayURL string, ids ...string) {
	s.n.t.Helper()
	addr := FreeAddr(s.n.t)
	s.Config.Items, s.Config.Gateway, s.Config.Contents = nil, gatewayURL, ids
	s.Config.Listen, s.Config.PublicAddr, s.Config.PolicyInterval = addr, addr, time.Second
}

// WaitComplete waits until the running seeder has every byte of every item it seeds.
func (s *Seeder) WaitComplete(timeout time.Duration) {
	t := s.n.t
	t.Helper()
	nd := s.Node()
	if nd == nil {
		t.Fatalf("seeder %d is not running", s.Index)
	}
	WaitFor(t, timeout, fmt.Sprintf("seeder %d to have its items", s.Index), func() bool {
		tors := nd.Torrents()
		for _, tor := range tors {
			if tor.Info() == nil || !tor.Complete().Bool() {
				return false
			}
		}
		return len(tors) > 0
	})
}
