package testnet

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/anacrolix/torrent"
	"github.com/anacrolix/torrent/metainfo"
	"github.com/anacrolix/torrent/storage"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/chaintest"
	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/paywire"
	"github.com/swarmgate/swarmgate/seeder"
)

// Seller is a paid seeder assembled from the seeder package's parts (its Store, Balances and
// Settler) and a paywire.Seller signing its hellos with the payout key, on a loopback torrent
// client that seeds one item from a directory. Viewer tests use it where they need a seeder that
// settles on demand and that they can list in a gateway's seeder directory themselves.
type Seller struct {
	t       testing.TB
	Payout  common.Address
	Key     *ecdsa.PrivateKey
	Price   *big.Int
	Client  *torrent.Client
	Torrent *torrent.Torrent
	Seller  *paywire.Seller
	Store   *seeder.Store
	Settler *seeder.Settler
}

// SellerOptions configure StartSeller.
type SellerOptions struct {
	// Chain is the chain client receipts settle through.
	Chain *chain.Client
	// Key is the payout account's key; it pays the settlement gas.
	Key *ecdsa.PrivateKey
	// PricePerGiB is the price in wei per GiB.
	PricePerGiB *big.Int
	// MetaInfo is the item; Dir holds its ciphertext under the torrent's name.
	MetaInfo *metainfo.MetaInfo
	Dir      string
	// Free serves the item without receipts (its policy is free).
	Free bool
	// Logger receives the parts' logs (nil: TestLogger()).
	Logger *slog.Logger
	// Storage is the torrent client's storage (nil: anacrolix's default file storage in Dir,
	// whose SQLite piece completion makes verifying a many-piece item slow: O(pieces²) queries).
	Storage storage.ClientImpl
	// ListenHost is the loopback address the seller listens on (default 127.0.0.1). BitTorrent
	// clients ban misbehaving peers by IP address, so a test with a bad seller gives it an
	// address of its own (127.0.0.2) to keep the honest ones reachable.
	ListenHost string
}

// StartSeller starts a Seller and waits until it has verified the item; t.Cleanup stops it.
func StartSeller(t testing.TB, o SellerOptions) *Seller {
	t.Helper()
	if o.Logger == nil {
		o.Logger = TestLogger()
	}
	ctx, cancel := context.WithCancel(context.Background())
	payout := crypto.PubkeyToAddress(o.Key.PublicKey)
	dep := o.Chain.Deployment()
	st, err := seeder.OpenStore(ctx, t.TempDir(), true, o.Logger)
	if err != nil {
		t.Fatal(err)
	}
	bal := seeder.NewBalances(o.Chain, seeder.BalanceConfig{TTL: 200 * time.Millisecond})
	seller, err := paywire.NewSeller(paywire.SellerConfig{
		Payout: payout, PayoutKey: o.Key, ChainID: dep.ChainID, Escrow: dep.Escrow, PricePerGiB: o.PricePerGiB,
		RefusePeerIDOnly: true, SettlementWindow: 2 * time.Hour, Free: func(metainfo.Hash) bool { return o.Free }, Balance: bal, Store: st, Logger: o.Logger.With("seller", payout.Hex()),
	})
	if err != nil {
		t.Fatal(err)
	}
	opts := chaintest.TransactOpts(o.Key)
	settler := seeder.NewSettler(st, o.Chain, opts, seeder.SettleConfig{Interval: time.Hour, Threshold: 0, BatchSize: 50, Margin: 2 * time.Hour,
		ReconcileWait: 10 * time.Second}, o.Logger, bal.Forget)
	cc := ClientConfig(t)
	cc.DataDir, cc.Seed = o.Dir, true
	if o.Storage != nil {
		cc.DefaultStorage = o.Storage
	}
	if o.ListenHost != "" {
		cc.ListenHost = func(string) string { return o.ListenHost }
	}
	seller.Attach(cc)
	client, err := torrent.NewClient(cc)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = seller.Run(ctx)
	}()
	t.Cleanup(func() {
		client.Close()
		cancel()
		<-done
		_ = seller.Close()
		_ = st.Close()
	})
	tor, err := client.AddTorrent(o.MetaInfo)
	if err != nil {
		t.Fatal(err)
	}
	if err := tor.VerifyData(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-tor.Complete().On():
	case <-time.After(time.Minute):
		t.Fatalf("seller %s did not verify the item: %d of %d bytes", payout.Hex(), tor.BytesCompleted(), tor.Length())
	}
	return &Seller{t: t, Payout: payout, Key: o.Key, Price: o.PricePerGiB, Client: client, Torrent: tor, Seller: seller, Store: st, Settler: settler}
}

// Addr is the seller's BitTorrent address.
func (s *Seller) Addr() string {
	for _, a := range s.Client.ListenAddrs() {
		return a.String()
	}
	return ""
}

// Settle runs a settlement round now.
func (s *Seller) Settle(ctx context.Context) error { return s.Settler.Round(ctx) }

// Announce lists the seller in the gateway's seeder directory for its item (POST
// /v1/seeders/announce, signed with the payout key in the registry's domain).
func (s *Seller) Announce(ctx context.Context, gateway string, domain eip712.Domain) {
	s.t.Helper()
	s.AnnounceAt(ctx, gateway, domain, s.Addr())
}

// AnnounceAt is Announce with another endpoint than the seller's own address (a proxy in front
// of it).
func (s *Seller) AnnounceAt(ctx context.Context, gateway string, domain eip712.Domain, endpoint string) {
	s.t.Helper()
	now := uint64(time.Now().Unix())
	a := eip712.Announcement{Seeder: s.Payout, Endpoint: endpoint, PricePerGiB: s.Price, InfoHashes: [][20]byte{s.Torrent.InfoHash()},
		Timestamp: now, Expiry: now + 3600}
	sig, err := a.Sign(domain, s.Key)
	if err != nil {
		s.t.Fatal(err)
	}
	body, _ := json.Marshal(map[string]any{
		"seeder": a.Seeder.Hex(), "endpoint": a.Endpoint, "price_per_gib": a.PricePerGiB.String(),
		"info_hashes": []string{s.Torrent.InfoHash().HexString()}, "timestamp": a.Timestamp, "expiry": a.Expiry, "signature": hexutil.Encode(sig),
	})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, strings.TrimRight(gateway, "/")+"/v1/seeders/announce", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		s.t.Fatal(err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(res.Body)
		s.t.Fatalf("announce %s: %d %s", s.Payout.Hex(), res.StatusCode, b)
	}
}

// String names the seller in test logs.
func (s *Seller) String() string { return fmt.Sprintf("seller %s at %s", s.Payout.Hex(), s.Addr()) }
