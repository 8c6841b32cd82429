package paywire

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"errors"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/anacrolix/torrent"
	"github.com/anacrolix/torrent/bencode"
	"github.com/anacrolix/torrent/metainfo"
	"github.com/anacrolix/torrent/storage"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"golang.org/x/time/rate"

	"github.com/swarmgate/swarmgate/chain/eip712"
)

const (
	testChainID = 1337
	chunkSize   = 16 << 10
	pieceLength = 256 << 10
)

var (
	testEscrow = common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	testPrice  = big.NewInt(3_000_000_000_000_000) // 0.003 ether per GiB
)

func newKey(t testing.TB) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

func testDomain() eip712.Domain { return eip712.NewDomain(big.NewInt(testChainID), testEscrow) }

// signGrant signs a session grant for key with the wallet (nonce 0).
func signGrant(t testing.TB, d eip712.Domain, wallet, key *ecdsa.PrivateKey, limit *big.Int, expiry time.Time) *SignedGrant {
	t.Helper()
	return signGrantNonce(t, d, wallet, key, limit, uint64(expiry.Unix()), 0)
}

// signGrantNonce signs a session grant with every field given.
func signGrantNonce(t testing.TB, d eip712.Domain, wallet, key *ecdsa.PrivateKey, limit *big.Int, expiry, nonce uint64) *SignedGrant {
	t.Helper()
	s := eip712.Session{Viewer: addr(wallet), Key: addr(key), Limit: limit, Expiry: expiry, Nonce: nonce}
	sig, err := s.Sign(d, wallet)
	if err != nil {
		t.Fatal(err)
	}
	return &SignedGrant{Session: s, Signature: sig}
}

func signReceipt(t testing.TB, d eip712.Domain, key *ecdsa.PrivateKey, viewer, seeder common.Address, bytes uint64, amount *big.Int) *SignedReceipt {
	t.Helper()
	r := eip712.Receipt{Viewer: viewer, Seeder: seeder, Bytes: new(big.Int).SetUint64(bytes), Amount: amount}
	sig, err := r.Sign(d, key)
	if err != nil {
		t.Fatal(err)
	}
	return &SignedReceipt{Receipt: r, Signature: sig}
}

// memStore is an in-memory ReceiptStore.
type memStore struct {
	mu      sync.Mutex
	records map[[2]common.Address][]Record
	failing bool
}

func newMemStore() *memStore { return &memStore{records: make(map[[2]common.Address][]Record)} }

func (s *memStore) Save(_ context.Context, rec Record) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.failing {
		return errors.New("disk full")
	}
	k := [2]common.Address{rec.Receipt.Receipt.Viewer, rec.Receipt.Receipt.Seeder}
	s.records[k] = append(s.records[k], rec)
	return nil
}

func (s *memStore) Latest(_ context.Context, viewer, seeder common.Address) (*Record, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	recs := s.records[[2]common.Address{viewer, seeder}]
	if len(recs) == 0 {
		return nil, nil
	}
	r := recs[len(recs)-1]
	return &r, nil
}

func (s *memStore) all(viewer, seeder common.Address) []Record {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Record(nil), s.records[[2]common.Address{viewer, seeder}]...)
}

// memBalance is an in-memory BalanceChecker: every viewer has the same balance unless set.
type memBalance struct {
	mu       sync.Mutex
	fallback *big.Int
	balances map[common.Address]*big.Int
}

func newMemBalance(fallback *big.Int) *memBalance {
	return &memBalance{fallback: fallback, balances: make(map[common.Address]*big.Int)}
}

func (b *memBalance) set(viewer common.Address, v *big.Int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.balances[viewer] = v
}

func (b *memBalance) Account(_ context.Context, viewer, _ common.Address) (EscrowAccount, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	v, ok := b.balances[viewer]
	if !ok {
		v = b.fallback
	}
	return EscrowAccount{Available: new(big.Int).Set(v), Paid: new(big.Int)}, nil
}

// item is a random file and its torrent.
type item struct {
	dir  string
	name string
	data []byte
	mi   *metainfo.MetaInfo
}

func newItem(t testing.TB, size int) *item {
	t.Helper()
	dir := t.TempDir()
	data := make([]byte, size)
	if _, err := rand.Read(data); err != nil {
		t.Fatal(err)
	}
	name := "item.bin"
	if err := os.WriteFile(filepath.Join(dir, name), data, 0o600); err != nil {
		t.Fatal(err)
	}
	info := metainfo.Info{PieceLength: pieceLength}
	if err := info.BuildFromFilePath(filepath.Join(dir, name)); err != nil {
		t.Fatal(err)
	}
	mi := &metainfo.MetaInfo{}
	var err error
	if mi.InfoBytes, err = bencode.Marshal(info); err != nil {
		t.Fatal(err)
	}
	return &item{dir: dir, name: name, data: data, mi: mi}
}

// clientConfig is a deterministic loopback configuration: TCP only, no DHT, PEX, trackers,
// uTP, IPv6, webtorrent or web seeds.
func clientConfig(t testing.TB) *torrent.ClientConfig {
	cfg := torrent.TestingConfig(t)
	cfg.DisablePEX = true
	cfg.DisableUTP = true
	cfg.DisableIPv6 = true
	cfg.DisableWebtorrent = true
	cfg.DisableWebseeds = true
	cfg.KeepAliveTimeout = time.Minute
	cfg.MaxAllocPeerRequestDataPerConn = 1 << 20
	cfg.Slogger = testLogger() // the library's own logs are noise unless asked for
	return cfg
}

// testLogger discards logs unless PAYWIRE_TEST_LOG is set (to debug, info, warn or error).
func testLogger() *slog.Logger {
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(os.Getenv("PAYWIRE_TEST_LOG"))); err != nil || os.Getenv("PAYWIRE_TEST_LOG") == "" {
		return slog.New(slog.DiscardHandler)
	}
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: lvl}))
}

func newClient(t testing.TB, cfg *torrent.ClientConfig) *torrent.Client {
	t.Helper()
	cl, err := torrent.NewClient(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cl.Close() })
	return cl
}

// seedClient starts a client seeding it from its directory, with seller attached if not nil.
func seedClient(t testing.TB, it *item, seller *Seller) (*torrent.Client, *torrent.Torrent) {
	t.Helper()
	cfg := clientConfig(t)
	cfg.Seed = true
	cfg.DefaultStorage = storage.NewFile(it.dir)
	if seller != nil {
		seller.Attach(cfg)
	}
	cl := newClient(t, cfg)
	tor, err := cl.AddTorrent(it.mi)
	if err != nil {
		t.Fatal(err)
	}
	if err := tor.VerifyData(); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 10*time.Second, "the seeder to have the whole item", tor.Complete().Bool)
	return cl, tor
}

// leechClient starts a client with payer attached if not nil.
func leechClient(t testing.TB, payer *Payer) *torrent.Client {
	t.Helper()
	cfg := clientConfig(t)
	if payer != nil {
		payer.Attach(cfg)
	}
	return newClient(t, cfg)
}

// slowLeechClient starts a client with payer attached that downloads at most bytesPerSec.
func slowLeechClient(t testing.TB, payer *Payer, bytesPerSec int) *torrent.Client {
	t.Helper()
	cfg := clientConfig(t)
	cfg.DownloadRateLimiter = rate.NewLimiter(rate.Limit(bytesPerSec), 256<<10)
	payer.Attach(cfg)
	return newClient(t, cfg)
}

// download starts cl downloading it from the seeding clients from.
func download(t testing.TB, cl *torrent.Client, it *item, from ...*torrent.Client) *torrent.Torrent {
	t.Helper()
	tor, err := cl.AddTorrent(it.mi)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range from {
		tor.AddClientPeer(s)
	}
	tor.DownloadAll()
	return tor
}

type sellerOpts func(*SellerConfig)

func newTestSeller(t testing.TB, store ReceiptStore, bal BalanceChecker, opts ...sellerOpts) (*Seller, *ecdsa.PrivateKey) {
	t.Helper()
	key := newKey(t)
	cfg := SellerConfig{
		Payout: addr(key), PayoutKey: key, ChainID: testChainID, Escrow: testEscrow, PricePerGiB: testPrice,
		CreditWindow: 16 << 20, InvoiceInterval: 100 * time.Millisecond, PollInterval: 10 * time.Millisecond,
		RefusePeerIDOnly: true, Balance: bal, Store: store, Logger: testLogger(),
	}
	for _, o := range opts {
		o(&cfg)
	}
	s, err := NewSeller(cfg)
	if err != nil {
		t.Fatal(err)
	}
	run(t, s.Run, s.Close)
	return s, key
}

type payerOpts func(*PayerConfig)

// newTestPayer returns a payer signing with a session key under a grant of its wallet.
func newTestPayer(t testing.TB, opts ...payerOpts) (*Payer, *ecdsa.PrivateKey) {
	t.Helper()
	wallet, session := newKey(t), newKey(t)
	cfg := PayerConfig{
		Viewer: addr(wallet), Key: session, ChainID: testChainID, Escrow: testEscrow,
		Grant:          signGrant(t, testDomain(), wallet, session, big.NewInt(1e18), time.Now().Add(7*24*time.Hour)),
		MaxPricePerGiB: new(big.Int).Mul(testPrice, big.NewInt(2)), Logger: testLogger(),
	}
	for _, o := range opts {
		o(&cfg)
	}
	p, err := NewPayer(cfg)
	if err != nil {
		t.Fatal(err)
	}
	run(t, p.Run, p.Close)
	return p, wallet
}

// run runs an engine until the test ends.
func run(t testing.TB, runFn func(context.Context) error, closeFn func() error) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- runFn(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("run: %v", err)
		}
		if err := closeFn(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
}

// waitFor polls cond until it holds or the timeout passes.
func waitFor(t testing.TB, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", timeout, what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// bytesRead returns the data bytes tor received from its peers, as the library counts them.
func bytesRead(tor *torrent.Torrent) int64 {
	st := tor.Stats()
	return st.BytesReadData.Int64()
}
