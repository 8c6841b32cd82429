package api

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/store"
	"github.com/swarmgate/swarmgate/store/storetest"
)

var (
	alice = common.HexToAddress("0x00000000000000000000000000000000000A11CE")
	bob   = common.HexToAddress("0x0000000000000000000000000000000000000B0B")
)

const testMasterKey = "0101010101010101010101010101010101010101010101010101010101010101"

// testConfig is a valid configuration with rate limits off.
func testConfig(t testing.TB) Config {
	cfg := DefaultConfig()
	cfg.DataDir = t.TempDir()
	cfg.MasterKey = testMasterKey
	cfg.RateIP, cfg.RateSession = 0, 0
	return cfg
}

// fakeChain is a ChainStatus for unit tests.
type fakeChain struct {
	head uint64
	err  error
}

func (f fakeChain) Head(context.Context) (uint64, error) { return f.head, f.err }

// newServer builds a gateway on st with cfg changed by mutate.
func newServer(t testing.TB, st *store.Store, mutate func(*Config, *Deps)) *Server {
	t.Helper()
	cfg := testConfig(t)
	deps := Deps{Store: st}
	if mutate != nil {
		mutate(&cfg, &deps)
	}
	s, err := New(cfg, deps)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// eachBackend runs fn on a fresh gateway store on SQLite and on PostgreSQL.
func eachBackend(t *testing.T, fn func(t *testing.T, st *store.Store)) {
	storetest.Each(t, fn)
}

type resp struct {
	*http.Response
	body []byte
}

func (r resp) problem(t *testing.T) Problem {
	t.Helper()
	if ct := r.Header.Get("Content-Type"); ct != ProblemContentType {
		t.Fatalf("status %d Content-Type %q, want %s; body %s", r.StatusCode, ct, ProblemContentType, r.body)
	}
	var p Problem
	if err := json.Unmarshal(r.body, &p); err != nil {
		t.Fatalf("problem does not decode: %v: %s", err, r.body)
	}
	if p.Status != r.StatusCode {
		t.Errorf("problem status %d, response status %d", p.Status, r.StatusCode)
	}
	if p.Instance == "" || p.Instance != r.Header.Get(headerRequestID) {
		t.Errorf("problem instance %q, X-Request-Id %q", p.Instance, r.Header.Get(headerRequestID))
	}
	if p.Type != "urn:swarmgate:problem:"+p.Code || p.Title == "" || p.Detail == "" {
		t.Errorf("incomplete problem %+v", p)
	}
	return p
}

func (r resp) decode(t *testing.T, v any) {
	t.Helper()
	if err := json.Unmarshal(r.body, v); err != nil {
		t.Fatalf("decode %s: %v", r.body, err)
	}
}

// do sends a request to h; header pairs follow the body.
func do(h http.Handler, method, target string, body []byte, header ...string) resp {
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req := httptest.NewRequest(method, target, rd)
	for i := 0; i+1 < len(header); i += 2 {
		if header[i] == "RemoteAddr" {
			req.RemoteAddr = header[i+1]
			continue
		}
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	res := rec.Result()
	b, _ := io.ReadAll(res.Body)
	return resp{res, b}
}

func hashN(i int) common.Hash { return common.BigToHash(big.NewInt(int64(1000 + i))) }

func infoN(i int) (h [20]byte) {
	h[0], h[19] = byte(i+1), byte(i>>8)
	return h
}

// seedCatalog registers n items: id i+1, title "Video i", creator alice (even) or bob (odd),
// policy buy when i%3 == 0 else free. Item 1 has a torrent and a seeder.
func seedCatalog(t testing.TB, st *store.Store, n int) {
	t.Helper()
	ctx := context.Background()
	if _, err := st.CreateSealedContent(ctx, store.Sealed{ContentHash: hashN(0), InfoHash: infoN(0), KeyCommitment: hashN(500),
		Title: "Video 0", Creator: alice, Torrent: []byte("d8:announce0:e"), PlaintextSize: 1000, CiphertextSize: 1100, PieceLength: 16384}); err != nil {
		t.Fatal(err)
	}
	for i := range n {
		creator := alice
		if i%2 == 1 {
			creator = bob
		}
		kind := store.PolicyFree
		if i%3 == 0 {
			kind = store.PolicyBuy
		}
		if err := st.UpsertRegistration(ctx, store.Registration{ContentID: fmt.Sprint(i + 1), ContentHash: hashN(i), InfoHash: infoN(i),
			KeyCommitment: hashN(500 + i), Creator: creator, Owner: creator, Policy: store.Policy{Kind: kind, Price: "1000000"},
			Block: uint64(100 + i), TxHash: hashN(900 + i), Title: fmt.Sprintf("Video %d", i)}); err != nil {
			t.Fatal(err)
		}
	}
	now := time.Now()
	if err := st.UpsertSeeder(ctx, store.Announcement{Address: bob, Endpoint: "198.51.100.7:6881", PricePerGiB: "5",
		InfoHashes: [][20]byte{infoN(0)}, Signature: []byte{0xaa, 0xbb}, SignedAt: now, ExpiresAt: now.Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
}

// session inserts a session for alice and returns its bearer token.
func session(t testing.TB, st *store.Store, name string, expires time.Time) string {
	t.Helper()
	token := "tok_" + strings.Repeat(name, 1) + "_0123456789abcdef"
	if _, err := st.CreateSession(context.Background(), store.HashToken(token), alice, expires); err != nil {
		t.Fatal(err)
	}
	return token
}
