package seeder_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/internal/testnet"
	"github.com/swarmgate/swarmgate/seeder"
)

// fakeGateway serves one item's torrent under the content ids ids, the seeder directory's announce
// endpoint (checking signatures in the registry's domain, answering short-lived passkeys) and a
// BEP 19 web seed that accepts only passkeys it issued.
type fakeGateway struct {
	t      *testing.T
	domain eip712.Domain
	item   *testnet.Item
	ids    map[string]bool

	mu        sync.Mutex
	announced []eip712.Announcement
	passkeys  map[string]bool
	webseeds  []string // passkeys web seed requests carried
	ttl       time.Duration
}

func (f *fakeGateway) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch {
	case r.Method == http.MethodGet && strings.HasPrefix(r.URL.Path, "/v1/content/") && strings.HasSuffix(r.URL.Path, "/torrent") &&
		f.ids[strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, "/v1/content/"), "/torrent")]:
		var b bytes.Buffer
		mi := *f.item.MetaInfo
		mi.Announce = "http://gateway.invalid/announce" // replaced by the passkey's URL
		if err := mi.Write(&b); err != nil {
			f.t.Error(err)
		}
		w.Header().Set("Content-Type", "application/x-bittorrent")
		_, _ = w.Write(b.Bytes())
	case strings.HasPrefix(r.URL.Path, "/v1/content/"):
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusNotFound)
		_, _ = w.Write([]byte(`{"status":404,"code":"not_found","detail":"no torrent for this content item here"}`))
	case r.Method == http.MethodPost && r.URL.Path == "/v1/seeders/announce":
		f.announce(w, r)
	case strings.HasPrefix(r.URL.Path, "/v1/webseed/"):
		parts := strings.SplitN(strings.TrimPrefix(r.URL.Path, "/v1/webseed/"), "/", 3)
		f.mu.Lock()
		ok := len(parts) == 3 && f.passkeys[parts[0]]
		if len(parts) == 3 {
			f.webseeds = append(f.webseeds, parts[0])
		}
		f.mu.Unlock()
		if !ok || parts[1] != f.item.InfoHash.HexString() || parts[2] != f.item.Name {
			http.Error(w, "refused", http.StatusForbidden)
			return
		}
		http.ServeContent(w, r, f.item.Name, time.Time{}, bytes.NewReader(f.item.Cipher))
	default:
		http.NotFound(w, r)
	}
}

func (f *fakeGateway) announce(w http.ResponseWriter, r *http.Request) {
	var in struct {
		S   string   `json:"seeder"`
		E   string   `json:"endpoint"`
		P   string   `json:"price_per_gib"`
		H   []string `json:"info_hashes"`
		TS  uint64   `json:"timestamp"`
		Exp uint64   `json:"expiry"`
		Sig string   `json:"signature"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	price, _ := new(big.Int).SetString(in.P, 10)
	a := eip712.Announcement{Seeder: common.HexToAddress(in.S), Endpoint: in.E, PricePerGiB: price, Timestamp: in.TS, Expiry: in.Exp}
	for _, h := range in.H {
		b, err := hexutil.Decode("0x" + h)
		if err != nil || len(b) != 20 {
			http.Error(w, "bad info hash", http.StatusBadRequest)
			return
		}
		a.InfoHashes = append(a.InfoHashes, [20]byte(b))
	}
	sig, err := hexutil.Decode(in.Sig)
	if err != nil || price == nil {
		http.Error(w, "bad fields", http.StatusBadRequest)
		return
	}
	if s, err := a.Signer(f.domain, sig); err != nil || s != a.Seeder {
		w.WriteHeader(http.StatusUnauthorized)
		_, _ = w.Write([]byte(`{"code":"bad_signature"}`))
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if n := len(f.announced); n > 0 && a.Timestamp <= f.announced[n-1].Timestamp {
		w.WriteHeader(http.StatusConflict)
		_, _ = w.Write([]byte(`{"code":"stale"}`))
		return
	}
	f.announced = append(f.announced, a)
	pk := fmt.Sprintf("pk%d", len(f.announced))
	f.passkeys[pk] = true
	_ = json.NewEncoder(w).Encode(map[string]any{"seeder": in.S, "passkey": pk, "announce_url": "http://" + r.Host + "/announce/" + pk,
		"expires_at": time.Now().Add(f.ttl).UTC(), "passkey_expires_at": time.Now().Add(f.ttl).UTC()})
}

// register registers an item with info hash ih on the network's chain (creator: dev account 1)
// and returns its content id.
// buy is a paid policy: a seeder that joins the gateway charges for the item.
var buy = eip712.Policy{Model: eip712.ModelBuy, Price: big.NewInt(1000)}

// register registers an item with info hash ih under policy p (creator: dev account 1).
func register(t *testing.T, net *testnet.Network, seed string, ih [20]byte, p eip712.Policy) string {
	t.Helper()
	var info common.Hash
	copy(info[:], ih[:])
	id, _, err := net.Chain.Client.Register(t.Context(), net.Chain.Opts(1), eip712.Registration{Creator: net.Chain.Addr(1),
		ContentHash: crypto.Keccak256Hash([]byte("content " + seed)), InfoHash: info,
		KeyCommitment: crypto.Keccak256Hash([]byte("key " + seed)), MetadataURI: "ipfs://meta/" + seed, Policy: p})
	if err != nil {
		t.Fatal(err)
	}
	return id.String()
}

func (f *fakeGateway) state() ([]eip712.Announcement, []string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]eip712.Announcement(nil), f.announced...), append([]string(nil), f.webseeds...)
}

// TestGatewayJoinFetchesFromWebSeed: a node given only a gateway and a content id fetches the
// item's torrent, lists itself with an announcement signed by its payout key in the registry's
// domain, downloads the ciphertext from the gateway's web seed with the passkey it was given,
// renews the announcement (new passkey, new tracker URL) at half its lifetime, and sells the
// item to a paying viewer.
func TestGatewayJoinFetchesFromWebSeed(t *testing.T) {
	t.Parallel()
	fake := &fakeGateway{t: t, passkeys: map[string]bool{}, ttl: 4 * time.Second}
	srv := httptest.NewServer(fake)
	t.Cleanup(srv.Close)
	net := testnet.New(t, testnet.Config{Seeders: 1, Payers: 1, ItemSize: 2 << 20, NoStart: true})
	id := register(t, net, "join", net.Item.InfoHash, buy)
	fake.domain, fake.item, fake.ids = net.Chain.Client.RegistryDomain(), net.Item, map[string]bool{id: true}
	s := net.Seeders[0]
	s.Config.Items, s.Config.Gateway, s.Config.Contents = nil, srv.URL+"/", []string{id}
	s.Config.PublicAddr, s.Config.AnnounceTTL = "seeder.example.com:6881", time.Hour
	// The node must get the ciphertext from the gateway: it has no copy of its own.
	if err := os.RemoveAll(s.ItemDir); err != nil {
		t.Fatal(err)
	}
	s.Start()
	node := s.Node()
	ts := node.Torrents()
	if len(ts) != 1 || ts[0].InfoHash() != net.Item.InfoHash {
		t.Fatalf("node seeds %d items, want the gateway's one", len(ts))
	}
	tor := ts[0]
	testnet.WaitFor(t, time.Minute, "the web seed download", tor.Complete().Bool)
	got, err := os.ReadFile(filepath.Join(s.DataDir, "content", net.Item.InfoHash.HexString(), net.Item.Name))
	if err != nil || !bytes.Equal(got, net.Item.Cipher) {
		t.Fatalf("ciphertext in DataDir/content/<info hash>/<name>: %d bytes (err %v), want the item's %d", len(got), err, len(net.Item.Cipher))
	}

	testnet.WaitFor(t, 20*time.Second, "a renewed announcement", func() bool {
		a, _ := fake.state()
		return len(a) >= 2
	})
	anns, webseeds := fake.state()
	for i, a := range anns {
		if a.Seeder != s.Payout || a.Endpoint != "seeder.example.com:6881" || a.PricePerGiB.Cmp(s.Config.PricePerGiB) != 0 ||
			len(a.InfoHashes) != 1 || a.InfoHashes[0] != [20]byte(net.Item.InfoHash) || a.Expiry-a.Timestamp != 3600 {
			t.Fatalf("announcement %d: %+v", i, a)
		}
	}
	if len(webseeds) == 0 {
		t.Fatal("the web seed was never asked")
	}
	for _, pk := range webseeds {
		if !strings.HasPrefix(pk, "pk") {
			t.Fatalf("a web seed request carried %q, not an issued passkey", pk)
		}
	}
	testnet.WaitFor(t, 10*time.Second, "the tracker URL of the renewed passkey", func() bool {
		n := len(anns)
		al := tor.Metainfo().AnnounceList
		return len(al) == 1 && len(al[0]) == 1 && strings.HasSuffix(al[0][0], fmt.Sprintf("/announce/pk%d", n)) ||
			len(al) == 1 && len(al[0]) == 1 && strings.HasSuffix(al[0][0], fmt.Sprintf("/announce/pk%d", n+1))
	})

	status, err := node.Status(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if g := status.Gateway; g == nil || g.URL != srv.URL+"/" || g.Endpoint != "seeder.example.com:6881" || g.Announcements < 2 ||
		time.Until(g.ListedUntil) <= 0 || g.RenewalErrors != 0 {
		t.Fatalf("status of the gateway listing: %+v", g)
	}

	// A paying viewer downloads from the node: the web seed did not confuse the seller.
	p := net.Payers[0].Start(s)
	testnet.WaitFor(t, time.Minute, "the paid download", p.Complete().Bool)
	net.Item.CheckDownload(t, p)
	testnet.WaitFor(t, 30*time.Second, "a receipt", func() bool {
		r, _ := node.Store().Latest(t.Context(), net.Payers[0].Viewer, s.Payout)
		return r != nil && r.Receipt.Receipt.Bytes.Uint64() > 0
	})
}

// TestGatewayJoinFollowsPolicy: a node that joins a gateway serves an item whose policy is free
// without receipts, as DESIGN.md asks of every seeder (a plain BitTorrent client gets all of it,
// past the credit window), and charges for it once the creator makes it paid on chain (a new
// plain client gets at most the window). It used to charge its own price for free items.
func TestGatewayJoinFollowsPolicy(t *testing.T) {
	t.Parallel()
	const window = 1 << 20
	fake := &fakeGateway{t: t, passkeys: map[string]bool{}, ttl: time.Hour}
	srv := httptest.NewServer(fake)
	t.Cleanup(srv.Close)
	net := testnet.New(t, testnet.Config{Seeders: 1, Payers: 0, ItemSize: 3 << 20, NoStart: true})
	id := register(t, net, "free", net.Item.InfoHash, eip712.Policy{Model: eip712.ModelFree})
	fake.domain, fake.item, fake.ids = net.Chain.Client.RegistryDomain(), net.Item, map[string]bool{id: true}
	s := net.Seeders[0]
	s.Config.Items, s.Config.Gateway, s.Config.Contents = nil, srv.URL, []string{id}
	s.Config.PublicAddr, s.Config.CreditWindow, s.Config.PolicyInterval = "127.0.0.1:6881", window, time.Second
	s.Start()
	node, ih := s.Node(), net.Item.InfoHash
	if !node.IsFree(ih) {
		t.Fatal("the node charges for an item whose policy is free")
	}
	testnet.WaitFor(t, time.Minute, "the node's copy from the web seed", node.Torrents()[0].Complete().Bool)
	tor := plainDownload(t, net, s)
	testnet.WaitFor(t, time.Minute, "a plain client's free download", tor.Complete().Bool)

	n, ok := new(big.Int).SetString(id, 10)
	if !ok {
		t.Fatalf("content id %q", id)
	}
	if _, err := net.Chain.Client.UpdatePolicy(t.Context(), net.Chain.Opts(1), n, buy); err != nil {
		t.Fatal(err)
	}
	testnet.WaitFor(t, 30*time.Second, "the node to charge for the item", func() bool { return !node.IsFree(ih) })
	tor = plainDownload(t, net, s)
	testnet.WaitFor(t, time.Minute, "the cut-off of a plain client", func() bool {
		ss, _ := node.SellerStats()
		return ss.CutOffs >= 1
	})
	ts := tor.Stats()
	if got := ts.BytesReadData.Int64(); got > window+16<<10 || tor.Complete().Bool() {
		t.Errorf("a plain client received %d bytes of a paid item; the window is %d", got, window)
	}
}

// TestGatewayJoinRefusesBadContent: the node does not start, and does not announce itself,
// when the gateway has no torrent for a content id (the error names the id), when the id is not
// in the registry, or when the gateway's torrent is not the one the registry records.
func TestGatewayJoinRefusesBadContent(t *testing.T) {
	t.Parallel()
	fake := &fakeGateway{t: t, passkeys: map[string]bool{}, ttl: time.Hour}
	srv := httptest.NewServer(fake)
	t.Cleanup(srv.Close)
	net := testnet.New(t, testnet.Config{Seeders: 1, Payers: 0, ItemSize: 1 << 16, NoStart: true})
	good := register(t, net, "good", net.Item.InfoHash, buy)
	other := register(t, net, "other", [20]byte{0xee}, buy)
	fake.domain, fake.item = net.Chain.Client.RegistryDomain(), net.Item
	fake.ids = map[string]bool{good: true, other: true, "999": true}
	for _, c := range []struct {
		name     string
		contents []string
		want     error
		says     string
	}{
		{"not on the gateway", []string{good, "998"}, seeder.ErrContentNotFound, "content id 998"},
		{"not registered", []string{good, "999"}, chain.ErrUnknownContent, "content 999"},
		{"another item's torrent", []string{other}, seeder.ErrTorrentMismatch, "content " + other},
	} {
		t.Run(c.name, func(t *testing.T) {
			cfg := net.Seeders[0].Config
			cfg.DataDir = t.TempDir()
			cfg.Items, cfg.Gateway, cfg.Contents, cfg.PublicAddr = nil, srv.URL, c.contents, "127.0.0.1:6881"
			node, err := seeder.New(cfg, seeder.Deps{})
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
			defer cancel()
			err = node.Run(ctx)
			if !errors.Is(err, c.want) || !strings.Contains(err.Error(), c.says) {
				t.Fatalf("Run: %v, want %v saying %q", err, c.want, c.says)
			}
			if anns, _ := fake.state(); len(anns) != 0 {
				t.Fatalf("the node announced itself although it could not start: %d announcements", len(anns))
			}
		})
	}
}

// TestGatewayConfigValidation: each bad gateway setting is named.
func TestGatewayConfigValidation(t *testing.T) {
	t.Parallel()
	valid := validConfig(t)
	base := func() seeder.Config {
		c := valid()
		c.Gateway, c.Contents, c.PublicAddr = "https://gateway.example.com", []string{"7"}, "seeder.example.com:6881"
		return c
	}
	for _, c := range []struct {
		name   string
		mutate func(*seeder.Config)
		want   []string // nil when valid
	}{
		{"valid", func(*seeder.Config) {}, nil},
		{"valid ip endpoint and path", func(c *seeder.Config) { c.Gateway, c.PublicAddr = "http://127.0.0.1:8080/gw/", "[::1]:1" }, nil},
		{"ttl default", func(c *seeder.Config) { c.AnnounceTTL = 0 }, nil},
		{"policy interval default", func(c *seeder.Config) { c.PolicyInterval = 0 }, nil},
		{"content without gateway", func(c *seeder.Config) { c.Gateway, c.PublicAddr = "", "" }, []string{"content: needs --gateway"}},
		{"gateway only", func(c *seeder.Config) { c.Contents = nil }, []string{"item: give at least one item"}},
		{"gateway with items", func(c *seeder.Config) { c.Contents, c.AllowNoItems = nil, true }, nil},
		{"gateway scheme", func(c *seeder.Config) { c.Gateway = "ftp://gateway.example.com" }, []string{"gateway: \"ftp://"}},
		{"gateway no host", func(c *seeder.Config) { c.Gateway = "https://" }, []string{"gateway:"}},
		{"gateway user", func(c *seeder.Config) { c.Gateway = "https://u:p@gateway.example.com" }, []string{"gateway:"}},
		{"gateway query", func(c *seeder.Config) { c.Gateway = "https://gateway.example.com/?a=1" }, []string{"gateway:", "without a query"}},
		{"content ids", func(c *seeder.Config) { c.Contents = []string{"0", "007", "-1", "x", "0"} }, []string{`content: "007"`, `content: "-1"`, `content: "x"`, "content: 0 is given twice"}},
		{"no public addr", func(c *seeder.Config) { c.PublicAddr = "" }, []string{"public-addr: is required with --gateway"}},
		{"public addr port 0", func(c *seeder.Config) { c.PublicAddr = "seeder.example.com:0" }, []string{"public-addr:"}},
		{"public addr no port", func(c *seeder.Config) { c.PublicAddr = "seeder.example.com" }, []string{"public-addr:"}},
		{"public addr bad host", func(c *seeder.Config) { c.PublicAddr = "bad_host:6881" }, []string{"public-addr:"}},
		{"ttl short", func(c *seeder.Config) { c.AnnounceTTL = 30 * time.Second }, []string{"announce-ttl:"}},
		{"ttl long", func(c *seeder.Config) { c.AnnounceTTL = 8 * 24 * time.Hour }, []string{"announce-ttl:"}},
		{"policy interval short", func(c *seeder.Config) { c.PolicyInterval = 500 * time.Millisecond }, []string{"policy-interval:"}},
		{"policy interval long", func(c *seeder.Config) { c.PolicyInterval = 25 * time.Hour }, []string{"policy-interval:"}},
		{"all at once", func(c *seeder.Config) { c.Gateway, c.Contents, c.PublicAddr = "x", []string{"y"}, "z" },
			[]string{"gateway:", "content:", "public-addr:"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			cfg := base()
			c.mutate(&cfg)
			err := cfg.Validate()
			if c.want == nil {
				if err != nil {
					t.Fatalf("Validate: %v", err)
				}
				return
			}
			if !errors.Is(err, seeder.ErrConfig) {
				t.Fatalf("Validate: %v, want ErrConfig", err)
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("Validate: %v, want it to name %q", err, w)
				}
			}
		})
	}
}
