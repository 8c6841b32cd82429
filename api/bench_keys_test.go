package api

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/swarmgate/swarmgate/store"
	"github.com/swarmgate/swarmgate/store/keyring"
	"github.com/swarmgate/swarmgate/store/storetest"
	"github.com/swarmgate/swarmgate/viewerkey"
)

// keyBench is a gateway on the dev chain and SQLite with one bought item, a signed-in viewer
// who bought it, a warm entitlement cache, and the request body of a key request.
type keyBench struct {
	s     *stack
	path  string
	token string
	body  []byte
}

func newKeyBench(tb testing.TB) *keyBench {
	st := storetest.Open(tb, storetest.Backends[0])
	s := newStack(tb, st, func(c *Config) {
		c.RateIP, c.RateSession = 0, 0
	})
	ctx := context.Background()
	upload, _, _ := s.sealedUpload(s.env.Addr(1), store.Policy{Kind: store.PolicyBuy, Price: "1000"})
	id := s.register(s.signIn(s.env.Accounts[1].Key), upload, s.env.Accounts[1].Key)
	s.sync()
	if _, _, err := s.env.Client.Purchase(ctx, s.env.Opts(2), mustBig(id), s.env.Addr(2), purchaseTerms(tb, s.env.Client, id)); err != nil {
		tb.Fatal(err)
	}
	token := s.signIn(s.env.Accounts[2].Key)
	sk, _ := viewerkey.GenerateKey("")
	body, _ := json.Marshal(viewerkey.KeyRequest{PublicKey: base64.StdEncoding.EncodeToString(sk.PublicKey().Bytes())})
	b := &keyBench{s: s, path: "/v1/content/" + id + "/key", token: token, body: body}
	// Warm the entitlement cache (and wait out a cached "no" from before the purchase).
	for range 100 {
		if code, _ := s.call("POST", b.path, token, json.RawMessage(body)); code == 200 {
			return b
		}
		time.Sleep(50 * time.Millisecond)
	}
	tb.Fatal("the viewer never got the key")
	return nil
}

// bareGin is the baseline: a gin engine with no middleware whose handler reads the body and
// answers JSON of the same size as a key response.
func bareGin(size int) http.Handler {
	e := gin.New()
	payload := bytes.Repeat([]byte("a"), size)
	e.POST("/v1/content/:id/key", func(c *gin.Context) {
		_, _ = io.Copy(io.Discard, c.Request.Body)
		c.JSON(http.StatusOK, gin.H{"sealed_key": string(payload)})
	})
	return e
}

// serveLoopback serves h on a loopback port until the test ends and returns its base URL.
func serveLoopback(tb testing.TB, h http.Handler) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	srv := &http.Server{Handler: h}
	go func() { _ = srv.Serve(ln) }()
	tb.Cleanup(func() { _ = srv.Close() })
	return "http://" + ln.Addr().String()
}

// BenchmarkKeyIssuance measures POST /v1/content/{id}/key over loopback HTTP with parallel
// keep-alive clients (sign-in done, entitlement cache warm; each request still opens the
// stored key, seals it with MLKEM768-X25519 HPKE, issues a passkey and counts the issuance in
// the database), against a bare gin handler answering the same size in the same run. It
// reports requests per second and p50/p99 latency.
//
//	go test -run '^$' -bench BenchmarkKeyIssuance -benchtime 5s -cpu 2 ./api/
func BenchmarkKeyIssuance(b *testing.B) {
	kb := newKeyBench(b)
	gw := kb.s.url
	code, answer := kb.s.call("POST", kb.path, kb.token, json.RawMessage(kb.body))
	if code != 200 {
		b.Fatalf("%d %s", code, answer)
	}
	bare := serveLoopback(b, bareGin(len(answer)))
	run := func(b *testing.B, base string) {
		tr := &http.Transport{MaxIdleConnsPerHost: 256}
		defer tr.CloseIdleConnections()
		hc := &http.Client{Transport: tr}
		var mu sync.Mutex
		var lat []time.Duration
		b.SetParallelism(16) // 16 × GOMAXPROCS concurrent clients
		b.ResetTimer()
		start := time.Now()
		b.RunParallel(func(pb *testing.PB) {
			mine := make([]time.Duration, 0, 1024)
			for pb.Next() {
				req, _ := http.NewRequest("POST", base+kb.path, bytes.NewReader(kb.body))
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set("Authorization", "Bearer "+kb.token)
				t0 := time.Now()
				res, err := hc.Do(req)
				if err != nil {
					b.Error(err)
					return
				}
				_, _ = io.Copy(io.Discard, res.Body)
				res.Body.Close()
				mine = append(mine, time.Since(t0))
				if res.StatusCode != 200 {
					b.Errorf("status %d", res.StatusCode)
					return
				}
			}
			mu.Lock()
			lat = append(lat, mine...)
			mu.Unlock()
		})
		elapsed := time.Since(start)
		b.StopTimer()
		slices.Sort(lat)
		if len(lat) > 0 {
			b.ReportMetric(float64(len(lat))/elapsed.Seconds(), "req/s")
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50_ms")
			b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99_ms")
		}
	}
	b.Run("bare_gin", func(b *testing.B) { run(b, bare) })
	b.Run("key_issuance", func(b *testing.B) { run(b, gw) })
}

// TestServeKeyBench serves a warm key-issuance gateway and a bare gin baseline for an external
// load generator (wrk), only when SWARMGATE_KEYBENCH_SECONDS is set: it writes the gateway URL,
// path, token and body to SWARMGATE_KEYBENCH_DIR and serves for that many seconds. Without the
// variable it is skipped, and says so.
func TestServeKeyBench(t *testing.T) {
	secs, _ := strconv.Atoi(os.Getenv("SWARMGATE_KEYBENCH_SECONDS"))
	dir := os.Getenv("SWARMGATE_KEYBENCH_DIR")
	if secs <= 0 || dir == "" {
		t.Skip("serves a benchmark target only with SWARMGATE_KEYBENCH_SECONDS and SWARMGATE_KEYBENCH_DIR set (see BENCHMARKS.md)")
	}
	kb := newKeyBench(t)
	_, answer := kb.s.call("POST", kb.path, kb.token, json.RawMessage(kb.body))
	bare := serveLoopback(t, bareGin(len(answer)))
	lua := func(name, base string) {
		script := fmt.Sprintf("wrk.method = \"POST\"\nwrk.body = %q\nwrk.headers[\"Content-Type\"] = \"application/json\"\nwrk.headers[\"Authorization\"] = \"Bearer %s\"\n-- target: %s%s\n",
			kb.body, kb.token, base, kb.path)
		if err := os.WriteFile(filepath.Join(dir, name+".lua"), []byte(script), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+".url"), []byte(base+kb.path), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	lua("gateway", kb.s.url)
	lua("bare", bare)
	t.Logf("serving %s and %s for %d s", kb.s.url, bare, secs)
	time.Sleep(time.Duration(secs) * time.Second)
}

// BenchmarkKeyIssuanceSteps measures the per-request steps of key issuance one at a time on
// one core, to show where the floor is: the HPKE seal (default MLKEM768-X25519, and X25519
// alone for comparison), parsing the viewer's public key, opening the envelope-sealed content
// key, and the bearer-session lookup on SQLite.
//
//	go test -run '^$' -bench BenchmarkKeyIssuanceSteps -cpu 1 ./api/
func BenchmarkKeyIssuanceSteps(b *testing.B) {
	content := make([]byte, 32)
	info := viewerkey.Info("1", 1337, alice)
	for _, kem := range []string{viewerkey.KEMHybrid, viewerkey.KEMX25519} {
		sk, err := viewerkey.GenerateKey(kem)
		if err != nil {
			b.Fatal(err)
		}
		raw := sk.PublicKey().Bytes()
		b.Run("parse_public_key/"+kem, func(b *testing.B) {
			for b.Loop() {
				if _, err := viewerkey.ParsePublicKey(kem, raw); err != nil {
					b.Fatal(err)
				}
			}
		})
		pk, _ := viewerkey.ParsePublicKey(kem, raw)
		b.Run("hpke_seal/"+kem, func(b *testing.B) {
			for b.Loop() {
				if _, err := viewerkey.Seal(pk, info, content); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	keys, err := keyring.Parse([]byte(testMasterKey))
	if err != nil {
		b.Fatal(err)
	}
	var h [32]byte
	sealed, err := keys.Seal(h, content)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("keyring_open", func(b *testing.B) {
		for b.Loop() {
			k, err := keys.Open(h, sealed)
			if err != nil {
				b.Fatal(err)
			}
			clear(k)
		}
	})
	st := storetest.Open(b, storetest.Backends[0])
	token := session(b, st, "steps", time.Now().Add(time.Hour))
	th := store.HashToken(token)
	b.Run("session_lookup_sqlite", func(b *testing.B) {
		ctx := context.Background()
		for b.Loop() {
			if _, err := st.SessionByTokenHash(ctx, th); err != nil {
				b.Fatal(err)
			}
		}
	})
}
