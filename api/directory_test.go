package api

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/store"
	"github.com/swarmgate/swarmgate/store/keyring"
)

var testRegistry = eip712.NewDomain(big.NewInt(1337), common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"))

// clock is an adjustable test clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func signedAnnouncement(t testing.TB, key *ecdsa.PrivateKey, d eip712.Domain, a eip712.Announcement) []byte {
	t.Helper()
	sig, err := a.Sign(d, key)
	if err != nil {
		t.Fatal(err)
	}
	hashes := make([]string, len(a.InfoHashes))
	for i, h := range a.InfoHashes {
		hashes[i] = hex.EncodeToString(h[:])
	}
	b, _ := json.Marshal(announceJSON{Seeder: a.Seeder.Hex(), Endpoint: a.Endpoint, PricePerGiB: a.PricePerGiB.String(), InfoHashes: hashes,
		Timestamp: a.Timestamp, Expiry: a.Expiry, Signature: hexutil.Encode(sig)})
	return b
}

func TestSeederAnnounce(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, st *store.Store) {
		seedCatalog(t, st, 2) // item 1 has info hash infoN(0)
		keys, _ := keyring.Parse([]byte(testMasterKey))
		clk := &clock{t: time.Now().Truncate(time.Second)}
		dom := testRegistry
		s := newServer(t, st, func(c *Config, d *Deps) {
			d.Keys, d.Now, d.AnnounceDomain = keys, clk.now, &dom
			c.SeederTTL = time.Hour
		})
		h := s.Handler()
		key, _ := crypto.GenerateKey()
		other, _ := crypto.GenerateKey()
		addr := crypto.PubkeyToAddress(key.PublicKey)
		now := uint64(clk.now().Unix())
		good := eip712.Announcement{Seeder: addr, Endpoint: "198.51.100.9:6881", PricePerGiB: big.NewInt(3), InfoHashes: [][20]byte{infoN(0)},
			Timestamp: now, Expiry: now + 7200}

		r := do(h, "POST", "/v1/seeders/announce", signedAnnouncement(t, key, dom, good))
		if r.StatusCode != http.StatusOK {
			t.Fatalf("announce: %d %s", r.StatusCode, r.body)
		}
		var out announcedJSON
		r.decode(t, &out)
		if !out.ExpiresAt.Equal(clk.now().Add(time.Hour)) {
			t.Errorf("expiry %s not capped to now + TTL", out.ExpiresAt)
		}
		if got, err := s.passkeys.Verify(out.Passkey, clk.now()); err != nil || got != addr {
			t.Errorf("passkey: %s %v", got, err)
		}
		if _, err := s.passkeys.Verify(out.Passkey, out.ExpiresAt); err == nil {
			t.Error("passkey outlives the entry")
		}
		if out.AnnounceURL != s.cfg.PublicURL+"/announce/"+out.Passkey {
			t.Errorf("announce URL %q", out.AnnounceURL)
		}
		listed := func() []seederJSON {
			r := do(h, "GET", "/v1/content/1/seeders", nil)
			var l struct{ Items []seederJSON }
			r.decode(t, &l)
			var mine []seederJSON
			for _, it := range l.Items {
				if it.Address == store.Addr(addr) {
					mine = append(mine, it)
				}
			}
			return mine
		}
		if l := listed(); len(l) != 1 || l[0].Endpoint != good.Endpoint || l[0].PricePerGiB != "3" {
			t.Fatalf("listing: %+v", l)
		}

		mod := func(f func(*eip712.Announcement)) eip712.Announcement {
			a := good
			f(&a)
			return a
		}
		otherDomain := eip712.NewDomain(big.NewInt(1), dom.VerifyingContract)
		tampered := signedAnnouncement(t, key, dom, good)
		tampered = bytes.Replace(tampered, []byte(`"price_per_gib":"3"`), []byte(`"price_per_gib":"1"`), 1)
		bad := []struct {
			name   string
			body   []byte
			status int
			code   string
		}{
			{"replayed", signedAnnouncement(t, key, dom, good), 409, "stale_announcement"},
			{"signed by another key", signedAnnouncement(t, other, dom, mod(func(a *eip712.Announcement) { a.Timestamp++ })), 401, "bad_signature"},
			{"another chain's domain", signedAnnouncement(t, key, otherDomain, mod(func(a *eip712.Announcement) { a.Timestamp++ })), 401, "bad_signature"},
			{"tampered price", tampered, 401, "bad_signature"},
			{"timestamp too old", signedAnnouncement(t, key, dom, mod(func(a *eip712.Announcement) { a.Timestamp -= 600 })), 409, "stale_announcement"},
			{"timestamp in the future", signedAnnouncement(t, key, dom, mod(func(a *eip712.Announcement) { a.Timestamp += 600; a.Expiry += 600 })), 409, "stale_announcement"},
			{"already expired", signedAnnouncement(t, key, dom, mod(func(a *eip712.Announcement) { a.Timestamp -= 10; a.Expiry = now - 5 })), 400, "invalid_parameter"},
			{"bad endpoint", signedAnnouncement(t, key, dom, mod(func(a *eip712.Announcement) { a.Timestamp++; a.Endpoint = "no-port" })), 400, "invalid_parameter"},
			{"unknown field", []byte(`{"seeder":"` + addr.Hex() + `","extra":1}`), 400, "invalid_parameter"},
			{"short signature", bytes.Replace(signedAnnouncement(t, key, dom, good), []byte(`"signature":"0x`), []byte(`"signature":"0x00`), 1), 400, "invalid_parameter"},
		}
		for _, b := range bad {
			t.Run(b.name, func(t *testing.T) {
				r := do(h, "POST", "/v1/seeders/announce", b.body)
				if r.StatusCode != b.status || r.problem(t).Code != b.code {
					t.Fatalf("%d %s, want %d %s", r.StatusCode, r.body, b.status, b.code)
				}
			})
		}
		if l := listed(); len(l) != 1 || l[0].Endpoint != good.Endpoint || l[0].PricePerGiB != "3" {
			t.Fatalf("a refused announcement changed the entry: %+v", l)
		}

		// A newer announcement replaces the entry.
		clk.add(2 * time.Second)
		newer := mod(func(a *eip712.Announcement) { a.Timestamp += 2; a.Endpoint = "seeder.example.org:7000" })
		if r := do(h, "POST", "/v1/seeders/announce", signedAnnouncement(t, key, dom, newer)); r.StatusCode != http.StatusOK {
			t.Fatalf("newer: %d %s", r.StatusCode, r.body)
		}
		if l := listed(); len(l) != 1 || l[0].Endpoint != "seeder.example.org:7000" {
			t.Fatalf("after renewal: %+v", l)
		}

		// Not renewed: it drops out of the listing, and the chore deletes it.
		clk.add(time.Hour + time.Second)
		if l := listed(); len(l) != 0 {
			t.Fatalf("expired entry still listed: %+v", l)
		}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() { s.seederChore(ctx, time.Hour); close(done) }()
		deadline := time.Now().Add(5 * time.Second)
		for {
			if _, err := st.Seeder(context.Background(), addr); isNotFound(err) {
				break
			}
			if time.Now().After(deadline) {
				t.Fatal("the chore did not delete the expired entry")
			}
			time.Sleep(10 * time.Millisecond)
		}
		cancel()
		<-done
	})
}

func TestSeederAnnounceOff(t *testing.T) {
	t.Parallel()
	h := newServer(t, storeFor(t), nil).Handler()
	r := do(h, "POST", "/v1/seeders/announce", []byte(`{}`))
	if r.StatusCode != http.StatusServiceUnavailable || r.problem(t).Code != "unavailable" {
		t.Fatalf("%d %s", r.StatusCode, r.body)
	}
}
