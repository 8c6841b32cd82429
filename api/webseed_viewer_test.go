package api

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"math/big"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/gin-gonic/gin"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/store"
	"github.com/swarmgate/swarmgate/store/keyring"
)

// entitlementTable answers Access from a table keyed "content id/address"; absent entries are
// not_purchased, and err (when set) is every answer.
type entitlementTable struct {
	mu    sync.Mutex
	table map[string]chain.Access
	err   error
}

func (e *entitlementTable) Access(_ context.Context, id *big.Int, a common.Address) (chain.Access, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.err != nil {
		return chain.Access{}, e.err
	}
	if acc, ok := e.table[id.String()+"/"+a.Hex()]; ok {
		return acc, nil
	}
	return chain.Access{Reason: chain.DenyNotPurchased}, nil
}

// TestWebseedServesEntitledViewers: a viewer's passkey (as POST /v1/content/{id}/key hands out)
// reads the ciphertext of an item the viewer has access to, whole and in ranges, and nothing
// else: another item's ciphertext, an ended rental and a failed entitlement check are refused
// with problem documents, while directory seeders keep their rule (no entitlement asked).
func TestWebseedServesEntitledViewers(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, st *store.Store) {
		now := time.Now()
		ent := &entitlementTable{table: map[string]chain.Access{}}
		keys, _ := keyring.Parse([]byte(testMasterKey))
		dom := testRegistry
		logs := &syncBuffer{}
		s := newServer(t, st, func(c *Config, d *Deps) {
			d.Keys, d.AnnounceDomain, d.Entitlement = keys, &dom, ent
			c.AccessNoTTL = time.Nanosecond // every no is asked again (a no is cached for seconds by default)
			d.Logger = slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
		})
		h := s.Handler()
		dir := s.cfg.contentDir()
		bought := sealedWebseedItem(t, st, dir, 1, 120_000, "bought.sg", true) // content id 2
		other := sealedWebseedItem(t, st, dir, 2, 30_000, "other.sg", true)    // content id 3
		rented := sealedWebseedItem(t, st, dir, 3, 30_000, "rented.sg", true)  // content id 4
		unreg := sealedWebseedItem(t, st, dir, 4, 30_000, "unreg.sg", false)   // not registered
		viewer := common.HexToAddress("0x00000000000000000000000000000000000000a1")
		ent.table["2/"+viewer.Hex()] = chain.Access{Allowed: true, Expiry: chain.Perpetual}
		ent.table["4/"+viewer.Hex()] = chain.Access{Reason: chain.DenyRentalExpired}
		pk := s.passkeys.Issue(viewer, now.Add(time.Hour))

		r := do(h, "GET", webseedPath(pk, bought.ih, bought.name), nil)
		if r.StatusCode != http.StatusOK || !bytes.Equal(r.body, bought.cipher) {
			t.Fatalf("entitled viewer, whole file: %d, %d bytes: %.200s", r.StatusCode, len(r.body), r.body)
		}
		r = do(h, "GET", webseedPath(pk, bought.ih, bought.name), nil, "Range", "bytes=65536-70000")
		if r.StatusCode != http.StatusPartialContent || !bytes.Equal(r.body, bought.cipher[65536:70001]) {
			t.Fatalf("entitled viewer, range: %d, %d bytes", r.StatusCode, len(r.body))
		}
		if r := do(h, "HEAD", webseedPath(pk, bought.ih, bought.name), nil); r.StatusCode != http.StatusOK {
			t.Fatalf("entitled viewer, HEAD: %d", r.StatusCode)
		}
		if n := s.webseedViewers.inFlight(); n != 0 {
			t.Fatalf("%d viewer transfers still counted in flight after they ended", n)
		}

		// A seeder in the directory is served without any entitlement.
		seederKey, _ := crypto.GenerateKey()
		seederPK := announceForPasskey(t, h, seederKey, now, other.ih)
		if r := do(h, "GET", webseedPath(seederPK, other.ih, other.name), nil); r.StatusCode != http.StatusOK || !bytes.Equal(r.body, other.cipher) {
			t.Fatalf("directory seeder: %d", r.StatusCode)
		}

		expiredPK := s.passkeys.Issue(viewer, now.Add(-time.Second))
		for _, tc := range []struct {
			name, path string
			status     int
			code       string
		}{
			{"passkey of another item", webseedPath(pk, other.ih, other.name), 403, "not_purchased"},
			{"rental ended, passkey still valid", webseedPath(pk, rented.ih, rented.name), 403, "rental_expired"},
			{"expired passkey", webseedPath(expiredPK, bought.ih, bought.name), 401, "passkey_expired"},
			{"unregistered item", webseedPath(pk, unreg.ih, unreg.name), 404, "not_found"},
			{"wrong name", webseedPath(pk, bought.ih, "other.sg"), 404, "not_found"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				r := do(h, "GET", tc.path, nil, "Range", "bytes=0-99")
				if r.StatusCode != tc.status {
					t.Fatalf("%d %s, want %d %s", r.StatusCode, r.body, tc.status, tc.code)
				}
				if p := r.problem(t); p.Code != tc.code {
					t.Fatalf("code %q (%s), want %q", p.Code, p.Detail, tc.code)
				}
				if bytes.Contains(r.body, other.cipher[:100]) || bytes.Contains(r.body, rented.cipher[:100]) {
					t.Fatal("a refusal carries ciphertext")
				}
			})
		}

		// The chain not answering is a 503, never a served file.
		ent.mu.Lock()
		ent.err = errors.New("dial tcp: connection refused")
		ent.mu.Unlock()
		if r := do(h, "GET", webseedPath(pk, rented.ih, rented.name), nil); r.StatusCode != http.StatusServiceUnavailable || r.problem(t).Code != "unavailable" {
			t.Fatalf("entitlement check failing: %d %s", r.StatusCode, r.body)
		}
		if got := metricValue(t, h, `swarmgate_gateway_webseed_requests_total{result="not_entitled"}`); got != 2 {
			t.Errorf("not_entitled requests counted %v, want 2", got)
		}
		if out := logs.String(); strings.Contains(out, pk) || strings.Contains(out, expiredPK) {
			t.Errorf("a passkey is in the log:\n%s", out)
		}
	})
}

// TestWebseedViewerLimits: one viewer account gets webseedViewerBurst requests at once, then
// 429 with Retry-After, and at most webseedViewerTransfers transfers in flight; another viewer
// is not held up by the first.
func TestWebseedViewerLimits(t *testing.T) {
	t.Parallel()
	st := storeFor(t)
	now := time.Now()
	ent := &entitlementTable{table: map[string]chain.Access{}}
	keys, _ := keyring.Parse([]byte(testMasterKey))
	s := newServer(t, st, func(c *Config, d *Deps) {
		d.Keys, d.Entitlement = keys, ent
		d.Now = func() time.Time { return now } // no refill between requests
	})
	h := s.Handler()
	it := sealedWebseedItem(t, st, s.cfg.contentDir(), 1, 20_000, "clip.sg", true)
	a := common.HexToAddress("0x00000000000000000000000000000000000000a1")
	b := common.HexToAddress("0x00000000000000000000000000000000000000b1")
	for _, v := range []common.Address{a, b} {
		ent.table["2/"+v.Hex()] = chain.Access{Allowed: true, Expiry: chain.Perpetual}
	}
	pathA := webseedPath(s.passkeys.Issue(a, now.Add(time.Hour)), it.ih, it.name)
	pathB := webseedPath(s.passkeys.Issue(b, now.Add(time.Hour)), it.ih, it.name)
	for i := range webseedViewerBurst {
		if r := do(h, "GET", pathA, nil, "Range", "bytes=0-9"); r.StatusCode != http.StatusPartialContent {
			t.Fatalf("request %d of the burst: %d %s", i+1, r.StatusCode, r.body)
		}
	}
	r := do(h, "GET", pathA, nil, "Range", "bytes=0-9")
	if r.StatusCode != http.StatusTooManyRequests || r.problem(t).Code != "rate_limited" || r.Header.Get("Retry-After") == "" {
		t.Fatalf("over the burst: %d %s (Retry-After %q)", r.StatusCode, r.body, r.Header.Get("Retry-After"))
	}
	if r := do(h, "GET", pathB, nil, "Range", "bytes=0-9"); r.StatusCode != http.StatusPartialContent {
		t.Fatalf("another viewer: %d %s", r.StatusCode, r.body)
	}
	// A viewer without access is held to the same rate: past the burst it is 429, not another
	// entitlement check.
	c3 := common.HexToAddress("0x00000000000000000000000000000000000000c1")
	pathC := webseedPath(s.passkeys.Issue(c3, now.Add(time.Hour)), it.ih, it.name)
	for i := range webseedViewerBurst {
		if r := do(h, "GET", pathC, nil, "Range", "bytes=0-9"); r.StatusCode != http.StatusForbidden {
			t.Fatalf("request %d without access: %d %s", i+1, r.StatusCode, r.body)
		}
	}
	if r := do(h, "GET", pathC, nil, "Range", "bytes=0-9"); r.StatusCode != http.StatusTooManyRequests {
		t.Fatalf("past the burst without access: %d %s, want 429", r.StatusCode, r.body)
	}
	if got := metricValue(t, h, `swarmgate_gateway_webseed_requests_total{result="viewer_busy"}`); got != 2 {
		t.Errorf("viewer_busy requests counted %v, want 2", got)
	}

	// Transfers in flight, straight on the limiter (a recorder cannot hold a response open).
	var v webseedViewers
	c, _ := gin.CreateTestContext(nilWriter{})
	var releases []func()
	for i := range webseedViewerTransfers {
		rel, _, err := v.acquire(c, a)
		if err != nil {
			t.Fatalf("transfer %d: %v", i+1, err)
		}
		releases = append(releases, rel)
	}
	if _, res, err := v.acquire(c, a); !errors.Is(err, ErrRateLimited) || res != webseedViewerBusy {
		t.Fatalf("transfer %d: %v %q, want rate_limited", webseedViewerTransfers+1, err, res)
	}
	if rel, _, err := v.acquire(c, b); err != nil {
		t.Fatalf("another viewer's transfer: %v", err)
	} else {
		rel()
	}
	releases[0]()
	releases[0]() // a second release of the same transfer counts once
	if rel, _, err := v.acquire(c, a); err != nil {
		t.Fatalf("after one ended: %v", err)
	} else {
		rel()
	}
	for _, rel := range releases[1:] {
		rel()
	}
	if n := v.inFlight(); n != 0 {
		t.Fatalf("%d transfers in flight after all ended", n)
	}
	if len(v.active) != 0 {
		t.Fatalf("%d accounts kept after their transfers ended", len(v.active))
	}
}

// nilWriter is a gin.ResponseWriter stand-in for a test context that only gets headers set.
type nilWriter struct{}

func (nilWriter) Header() http.Header         { return http.Header{} }
func (nilWriter) Write(p []byte) (int, error) { return len(p), nil }
func (nilWriter) WriteHeader(int)             {}
