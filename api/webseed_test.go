package api

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
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/anacrolix/torrent"
	"github.com/anacrolix/torrent/bencode"
	"github.com/anacrolix/torrent/metainfo"
	"github.com/anacrolix/torrent/webseed"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/internal/testnet"
	"github.com/swarmgate/swarmgate/store"
	"github.com/swarmgate/swarmgate/store/keyring"
)

// webseedTestItem is a sealed item in the content store under a chosen file name.
type webseedTestItem struct {
	*testnet.Item
	name   string
	ih     metainfo.Hash
	mi     *metainfo.MetaInfo
	cipher []byte
}

// sealedWebseedItem seals size random bytes, names the torrent's file name (a new info hash over
// the same pieces), writes the ciphertext into contentDir as the sealer lays it out, and
// records the item sealed here as content hash hashN(id) and, when registered, as content id
// id+1.
func sealedWebseedItem(t testing.TB, st *store.Store, contentDir string, id, size int, name string, registered bool) webseedTestItem {
	t.Helper()
	ctx := context.Background()
	it := testnet.NewItem(t, size)
	info := it.Sealed.Info
	info.Name = name
	infoBytes, err := bencode.Marshal(info)
	if err != nil {
		t.Fatal(err)
	}
	mi := &metainfo.MetaInfo{InfoBytes: infoBytes}
	ih := mi.HashInfoBytes()
	dir := filepath.Join(contentDir, ih.HexString())
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), it.Cipher, 0o600); err != nil {
		t.Fatal(err)
	}
	var tb bytes.Buffer
	if err := mi.Write(&tb); err != nil {
		t.Fatal(err)
	}
	if _, err := st.CreateSealedContent(ctx, store.Sealed{ContentHash: hashN(id), InfoHash: ih, KeyCommitment: hashN(500 + id),
		Title: "Webseed", Creator: alice, Torrent: tb.Bytes(), PlaintextSize: int64(size), CiphertextSize: int64(len(it.Cipher)), PieceLength: info.PieceLength}); err != nil {
		t.Fatal(err)
	}
	if registered {
		if err := st.UpsertRegistration(ctx, store.Registration{ContentID: fmt.Sprint(id + 1), ContentHash: hashN(id), InfoHash: ih,
			KeyCommitment: hashN(500 + id), Creator: alice, Owner: alice, Policy: store.Policy{Kind: store.PolicyBuy, Price: "1000"},
			Block: uint64(100 + id), TxHash: hashN(900 + id)}); err != nil {
			t.Fatal(err)
		}
	}
	return webseedTestItem{Item: it, name: name, ih: ih, mi: mi, cipher: it.Cipher}
}

// announceForPasskey announces key's account to the seeder directory through the API and
// returns the passkey it answers with.
func announceForPasskey(t *testing.T, h http.Handler, key *ecdsa.PrivateKey, now time.Time, ihs ...[20]byte) string {
	t.Helper()
	a := eip712.Announcement{Seeder: crypto.PubkeyToAddress(key.PublicKey), Endpoint: "198.51.100.9:6881", PricePerGiB: big.NewInt(3),
		InfoHashes: ihs, Timestamp: uint64(now.Unix()), Expiry: uint64(now.Unix()) + 3600}
	r := do(h, "POST", "/v1/seeders/announce", signedAnnouncement(t, key, testRegistry, a))
	if r.StatusCode != http.StatusOK {
		t.Fatalf("announce: %d %s", r.StatusCode, r.body)
	}
	var out announcedJSON
	r.decode(t, &out)
	return out.Passkey
}

// webseedPath is the URL path a BEP 19 client requests: the web seed URL the seeder adds, with
// the file name escaped as anacrolix/torrent's webseed package does.
func webseedPath(passkey string, ih metainfo.Hash, name string) string {
	return "/v1/webseed/" + passkey + "/" + ih.HexString() + "/" + webseed.EscapePath([]string{name})
}

// metricValue reads one sample of the gateway's /metrics.
func metricValue(t *testing.T, h http.Handler, series string) float64 {
	t.Helper()
	r := do(h, "GET", "/metrics", nil)
	for _, line := range strings.Split(string(r.body), "\n") {
		if v, ok := strings.CutPrefix(line, series+" "); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				t.Fatalf("%s: %v", line, err)
			}
			return f
		}
	}
	t.Fatalf("/metrics has no %s", series)
	return 0
}

// webseedServer is a gateway on st with a keyring and the test registry's announcement domain,
// logging at debug level into the returned buffer (to check that no passkey is logged).
func webseedServer(t *testing.T, st *store.Store) (*Server, *syncBuffer) {
	t.Helper()
	keys, _ := keyring.Parse([]byte(testMasterKey))
	dom := testRegistry
	logs := &syncBuffer{}
	s := newServer(t, st, func(c *Config, d *Deps) {
		d.Keys, d.AnnounceDomain = keys, &dom
		d.Logger = slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	})
	return s, logs
}

// TestWebseedServesDirectorySeeders: a seeder that announced to the directory fetches a
// registered item's whole ciphertext, a range and its length (HEAD), under a file name with
// spaces, unicode and characters URLs escape; bytes are counted and the passkey never logged.
func TestWebseedServesDirectorySeeders(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, st *store.Store) {
		s, logs := webseedServer(t, st)
		h := s.Handler()
		it := sealedWebseedItem(t, st, s.cfg.contentDir(), 1, 200_000, "Mon film été + #1 100%?.sg", true)
		key, _ := crypto.GenerateKey()
		pk := announceForPasskey(t, h, key, time.Now(), it.ih)
		path := webseedPath(pk, it.ih, it.name)
		n := int64(len(it.cipher))

		r := do(h, "GET", path, nil)
		if r.StatusCode != http.StatusOK || !bytes.Equal(r.body, it.cipher) {
			t.Fatalf("GET: %d, %d bytes (want %d): %.200s", r.StatusCode, len(r.body), n, r.body)
		}
		for k, want := range map[string]string{"Content-Type": "application/octet-stream", "Cache-Control": "private",
			"Accept-Ranges": "bytes", "Content-Length": strconv.FormatInt(n, 10), "ETag": `"` + it.ih.HexString() + `"`} {
			if got := r.Header.Get(k); got != want {
				t.Errorf("GET %s: %q, want %q", k, got, want)
			}
		}
		if ok, err := it.Open(r.body); !ok || err != nil {
			t.Fatalf("the served ciphertext does not open to the plaintext: %v %v", ok, err)
		}

		r = do(h, "GET", path, nil, "Range", "bytes=1000-1999")
		if r.StatusCode != http.StatusPartialContent || !bytes.Equal(r.body, it.cipher[1000:2000]) {
			t.Fatalf("Range: %d, %d bytes", r.StatusCode, len(r.body))
		}
		if got, want := r.Header.Get("Content-Range"), fmt.Sprintf("bytes 1000-1999/%d", n); got != want {
			t.Errorf("Content-Range %q, want %q", got, want)
		}
		r = do(h, "GET", path, nil, "Range", fmt.Sprintf("bytes=%d-", n-10))
		if r.StatusCode != http.StatusPartialContent || !bytes.Equal(r.body, it.cipher[n-10:]) {
			t.Fatalf("Range to the end: %d, %d bytes", r.StatusCode, len(r.body))
		}
		r = do(h, "GET", path, nil, "Range", fmt.Sprintf("bytes=%d-", n))
		if r.StatusCode != http.StatusRequestedRangeNotSatisfiable {
			t.Fatalf("Range past the end: %d, want 416", r.StatusCode)
		}

		r = do(h, "HEAD", path, nil)
		if r.StatusCode != http.StatusOK || len(r.body) != 0 || r.Header.Get("Content-Length") != strconv.FormatInt(n, 10) {
			t.Fatalf("HEAD: %d, Content-Length %q, %d body bytes", r.StatusCode, r.Header.Get("Content-Length"), len(r.body))
		}

		// The route bypasses the JSON body limit (it reads no body) but not the per-IP limit
		// (TestWebseedRateLimited).
		big := bytes.Repeat([]byte("x"), int(s.cfg.MaxBodyBytes)+1)
		if r := do(h, "GET", path, big, "Range", "bytes=0-9"); r.StatusCode != http.StatusPartialContent {
			t.Fatalf("GET with a body over MaxBodyBytes: %d %s", r.StatusCode, r.body)
		}

		if got, want := metricValue(t, h, "swarmgate_gateway_webseed_bytes_total"), float64(n+1000+10+10); got != want {
			t.Errorf("webseed bytes counted %v, want %v", got, want)
		}
		if got := metricValue(t, h, `swarmgate_gateway_webseed_requests_total{result="served"}`); got != 5 {
			t.Errorf("served requests counted %v, want 5", got)
		}
		if got := metricValue(t, h, `swarmgate_gateway_webseed_requests_total{result="bad_range"}`); got != 1 {
			t.Errorf("bad_range requests counted %v, want 1", got)
		}
		out := logs.String()
		if strings.Contains(out, pk) {
			t.Errorf("the passkey is in the log:\n%s", out)
		}
		if !strings.Contains(out, "/v1/webseed/REDACTED/"+it.ih.HexString()) {
			t.Errorf("the access log lacks the redacted web seed path:\n%s", out)
		}
	})
}

// TestWebseedRefusals: every way a web seed request is refused, each a problem document with a
// stable code, none of which logs the passkey.
func TestWebseedRefusals(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, st *store.Store) {
		s, logs := webseedServer(t, st)
		h := s.Handler()
		ctx := context.Background()
		dir := s.cfg.contentDir()
		it := sealedWebseedItem(t, st, dir, 1, 50_000, "clip.sg", true)
		unregistered := sealedWebseedItem(t, st, dir, 2, 20_000, "draft.sg", false)
		lost := sealedWebseedItem(t, st, dir, 3, 20_000, "lost.sg", true)
		if err := os.RemoveAll(filepath.Join(dir, lost.ih.HexString())); err != nil {
			t.Fatal(err)
		}
		elsewhere := infoN(40) // registered, sealed by another gateway: no torrent here
		if err := st.UpsertRegistration(ctx, store.Registration{ContentID: "41", ContentHash: hashN(40), InfoHash: elsewhere,
			KeyCommitment: hashN(540), Creator: bob, Owner: bob, Policy: store.Policy{Kind: store.PolicyFree}, Block: 140, TxHash: hashN(940)}); err != nil {
			t.Fatal(err)
		}

		key, _ := crypto.GenerateKey()
		seederPK := announceForPasskey(t, h, key, time.Now(), it.ih)
		now := time.Now()
		viewerPK := s.passkeys.Issue(alice, now.Add(time.Hour)) // as key issuance hands viewers
		expiredPK := s.passkeys.Issue(crypto.PubkeyToAddress(key.PublicKey), now.Add(-time.Second))
		otherIssuer, _ := NewPasskeys(bytes.Repeat([]byte{7}, 32))
		forgedPK := otherIssuer.Issue(crypto.PubkeyToAddress(key.PublicKey), now.Add(time.Hour))
		lapsed := common.HexToAddress("0x00000000000000000000000000000000000000c1")
		if err := st.UpsertSeeder(ctx, store.Announcement{Address: lapsed, Endpoint: "198.51.100.8:6881", PricePerGiB: "1",
			InfoHashes: [][20]byte{it.ih}, Signature: []byte{1}, SignedAt: now.Add(-2 * time.Hour), ExpiresAt: now.Add(-time.Hour)}); err != nil {
			t.Fatal(err)
		}
		lapsedPK := s.passkeys.Issue(lapsed, now.Add(time.Hour))
		ih := it.ih.HexString()
		base := "/v1/webseed/" + seederPK + "/"

		cases := []struct {
			name, method, path string
			status             int
			code               string
		}{
			{"malformed passkey", "GET", "/v1/webseed/not-a-passkey/" + ih + "/clip.sg", 401, "passkey_invalid"},
			{"forged passkey", "GET", webseedPath(forgedPK, it.ih, it.name), 401, "passkey_invalid"},
			{"expired passkey", "GET", webseedPath(expiredPK, it.ih, it.name), 401, "passkey_expired"},
			{"expired passkey, HEAD", "HEAD", webseedPath(expiredPK, it.ih, it.name), 401, "passkey_expired"},
			{"viewer passkey", "GET", webseedPath(viewerPK, it.ih, it.name), 403, "not_in_directory"},
			{"expired directory entry", "GET", webseedPath(lapsedPK, it.ih, it.name), 403, "not_in_directory"},
			{"unknown info hash", "GET", base + strings.Repeat("ab", 20) + "/clip.sg", 404, "not_found"},
			{"info hash upper case", "GET", base + strings.ToUpper(ih) + "/clip.sg", 400, "invalid_parameter"},
			{"info hash short", "GET", base + ih[:38] + "/clip.sg", 400, "invalid_parameter"},
			{"info hash not hex", "GET", base + "zz" + ih[2:] + "/clip.sg", 400, "invalid_parameter"},
			{"wrong name", "GET", base + ih + "/other.sg", 404, "not_found"},
			{"name of another item", "GET", base + ih + "/draft.sg", 404, "not_found"},
			{"dot dot", "GET", base + ih + "/..", 400, "invalid_parameter"},
			{"dot", "GET", base + ih + "/.", 400, "invalid_parameter"},
			{"escaped dot dot", "GET", base + ih + "/%2e%2e", 400, "invalid_parameter"},
			{"escaped slash", "GET", base + ih + "/..%2F..%2Fkeys", 404, "route_not_found"},
			{"escaped backslash", "GET", base + ih + "/..%5C..%5Ckeys", 400, "invalid_parameter"},
			{"NUL in name", "GET", base + ih + "/clip.sg%00", 400, "invalid_parameter"},
			{"traversal in path", "GET", base + ih + "/../../clip.sg", 404, "route_not_found"},
			{"no name", "GET", base + ih + "/", 404, "route_not_found"},
			{"not registered yet", "GET", webseedPath(seederPK, unregistered.ih, unregistered.name), 404, "not_found"},
			{"sealed elsewhere", "GET", base + fmt.Sprintf("%x", elsewhere) + "/clip.sg", 404, "not_found"},
			{"ciphertext not stored here", "GET", webseedPath(seederPK, lost.ih, lost.name), 404, "not_found"},
			{"POST", "POST", webseedPath(seederPK, it.ih, it.name), 405, "method_not_allowed"},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				r := do(h, tc.method, tc.path, nil)
				if r.StatusCode != tc.status {
					t.Fatalf("%s %s: %d %s, want %d %s", tc.method, tc.path, r.StatusCode, r.body, tc.status, tc.code)
				}
				if tc.method == "HEAD" {
					if ct := r.Header.Get("Content-Type"); ct != ProblemContentType {
						t.Fatalf("HEAD refusal Content-Type %q", ct)
					}
					return
				}
				if p := r.problem(t); p.Code != tc.code {
					t.Fatalf("code %q (%s), want %q", p.Code, p.Detail, tc.code)
				}
			})
		}
		// The seeder's own request still works after all that.
		if r := do(h, "GET", webseedPath(seederPK, it.ih, it.name), nil); r.StatusCode != http.StatusOK || !bytes.Equal(r.body, it.cipher) {
			t.Fatalf("directory seeder: %d", r.StatusCode)
		}
		out := logs.String()
		for _, pk := range []string{seederPK, viewerPK, expiredPK, forgedPK, lapsedPK} {
			if strings.Contains(out, pk) {
				t.Fatalf("a passkey is in the log:\n%s", out)
			}
		}
		for result, want := range map[string]float64{"passkey": 4, "not_in_directory": 2, "bad_request": 8, "not_found": 6, "served": 1} {
			if got := metricValue(t, h, `swarmgate_gateway_webseed_requests_total{result="`+result+`"}`); got != want {
				t.Errorf("requests with result %s: %v, want %v", result, got, want)
			}
		}
	})
}

// TestWebseedOff: without a keyring there are no passkeys and the web seed answers 503.
func TestWebseedOff(t *testing.T) {
	t.Parallel()
	h := newServer(t, storeFor(t), nil).Handler()
	r := do(h, "GET", "/v1/webseed/pk/"+strings.Repeat("ab", 20)+"/clip.sg", nil)
	if r.StatusCode != http.StatusServiceUnavailable || r.problem(t).Code != "unavailable" {
		t.Fatalf("%d %s", r.StatusCode, r.body)
	}
}

// TestWebseedRateLimited: the per-IP rate limit applies to the web seed.
func TestWebseedRateLimited(t *testing.T) {
	t.Parallel()
	keys, _ := keyring.Parse([]byte(testMasterKey))
	h := newServer(t, storeFor(t), func(c *Config, d *Deps) {
		d.Keys = keys
		c.RateIP, c.BurstIP = 0.001, 1
	}).Handler()
	path := "/v1/webseed/pk/" + strings.Repeat("ab", 20) + "/clip.sg"
	if r := do(h, "GET", path, nil); r.StatusCode != http.StatusUnauthorized {
		t.Fatalf("first: %d %s", r.StatusCode, r.body)
	}
	r := do(h, "GET", path, nil)
	if r.StatusCode != http.StatusTooManyRequests || r.problem(t).Code != "rate_limited" || r.Header.Get("Retry-After") == "" {
		t.Fatalf("second: %d %s", r.StatusCode, r.body)
	}
}

// TestRedactPath: passkeys leave tracker and web seed paths before they are logged.
func TestRedactPath(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"/announce/SECRET":                    "/announce/REDACTED",
		"/announce/SECRET/x":                  "/announce/REDACTED/x",
		"/v1/webseed/SECRET/abcd/clip.sg":     "/v1/webseed/REDACTED/abcd/clip.sg",
		"/v1/webseed/SECRET":                  "/v1/webseed/REDACTED",
		"/v1/content/1":                       "/v1/content/1",
		"/announce":                           "/announce",
		"/v1/webseed/":                        "/v1/webseed/REDACTED",
		"/v1/webseed/SECRET/a/b/../../c/SECR": "/v1/webseed/REDACTED/a/b/../../c/SECR",
	} {
		if got := redactPath(in); got != want {
			t.Errorf("redactPath(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestWebseedAnacrolixClient: a stock anacrolix/torrent client, given only the torrent and the
// web seed URL a directory seeder adds (no peers, no trackers), downloads the item completely
// over BEP 19 range requests and it verifies, under a file name with spaces and unicode.
func TestWebseedAnacrolixClient(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, st *store.Store) {
		dom := testRegistry
		g := startGateway(t, st, func(c *Config, d *Deps) { d.AnnounceDomain = &dom }, nil)
		it := sealedWebseedItem(t, st, g.cfg.contentDir(), 1, 1<<20, "Ünïcode clip + spaces #1.sg", true)
		key, _ := crypto.GenerateKey()
		pk := announceForPasskey(t, g.s.Handler(), key, time.Now(), it.ih)

		cfg := torrent.TestingConfig(t)
		cfg.DisablePEX, cfg.DisableUTP, cfg.DisableIPv6, cfg.DisableWebtorrent = true, true, true, true
		cfg.DisableWebseeds = false
		cfg.NoUpload = true
		cfg.Slogger = slog.New(slog.DiscardHandler)
		cl, err := torrent.NewClient(cfg)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { cl.Close() })
		tor, err := cl.AddTorrent(it.mi)
		if err != nil {
			t.Fatal(err)
		}
		tor.AddWebSeeds([]string{g.url + "/v1/webseed/" + pk + "/" + it.ih.HexString() + "/"})
		tor.DownloadAll()
		// anacrolix v1.61 sends its first web seed requests on a 5 s timer that starts with the
		// client (webseedRequestUpdateTimerInterval), so this takes about 5 s however fast the
		// gateway answers.
		select {
		case <-tor.Complete().On():
		case <-time.After(60 * time.Second):
			t.Fatalf("download did not complete: %d of %d bytes", tor.BytesCompleted(), tor.Length())
		}
		got, err := testnet.ReadAll(tor)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, it.cipher) {
			t.Fatalf("downloaded %d bytes that differ from the %d-byte ciphertext", len(got), len(it.cipher))
		}
		if ok, err := it.Open(got); !ok || err != nil {
			t.Fatalf("downloaded ciphertext does not open to the plaintext: %v %v", ok, err)
		}
		if served := metricValue(t, g.s.Handler(), "swarmgate_gateway_webseed_bytes_total"); served < float64(len(it.cipher)) {
			t.Errorf("web seed counted %v bytes, the item has %d", served, len(it.cipher))
		}
	})
}

// TestWebseedWriteDeadlineFollowsProgress: a transfer that keeps reading outlasts
// Config.WriteTimeout, and one whose reader stalls longer than that is cut.
func TestWebseedWriteDeadlineFollowsProgress(t *testing.T) {
	t.Parallel()
	st := storeFor(t)
	dom := testRegistry
	// Long enough that a loaded 2-core machine running the race detector does not starve the
	// reading goroutine past it (stalls over a second were seen with 1.5 s).
	const timeout = 3 * time.Second
	g := startGateway(t, st, func(c *Config, d *Deps) { d.AnnounceDomain, c.WriteTimeout = &dom, timeout }, nil)
	it := sealedWebseedItem(t, st, g.cfg.contentDir(), 1, 24<<20, "big.sg", true)
	key, _ := crypto.GenerateKey()
	pk := announceForPasskey(t, g.s.Handler(), key, time.Now(), it.ih)
	get := func() *http.Response {
		t.Helper()
		res, err := http.Get(g.url + webseedPath(pk, it.ih, it.name))
		if err != nil || res.StatusCode != http.StatusOK {
			t.Fatalf("GET: %v %v", res, err)
		}
		t.Cleanup(func() { res.Body.Close() })
		return res
	}

	// Slow but steady: 64 KiB every 20 ms is about 7.7 s in all, more than two write timeouts.
	res := get()
	start := time.Now()
	var got bytes.Buffer
	buf := make([]byte, 64<<10)
	var readErr error
	for {
		n, err := io.ReadFull(res.Body, buf)
		got.Write(buf[:n])
		if err != nil {
			readErr = err
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if took := time.Since(start); !bytes.Equal(got.Bytes(), it.cipher) || took < 2*timeout {
		t.Fatalf("steady reader got %d of %d bytes in %v, then %v (want all, over more than %v)", got.Len(), len(it.cipher), took, readErr, 2*timeout)
	}

	// Stalled: read a little, stop for well over the timeout, then the rest is cut short.
	res = get()
	if _, err := io.ReadFull(res.Body, buf); err != nil {
		t.Fatal(err)
	}
	time.Sleep(3 * timeout)
	rest, err := io.ReadAll(res.Body)
	if err == nil || len(buf)+len(rest) >= len(it.cipher) {
		t.Fatalf("stalled reader got %d of %d bytes, err %v: want the transfer cut", len(buf)+len(rest), len(it.cipher), err)
	}
}

// TestOpenAPIProblemCodes: the Problem schema's code enum lists every code problems.go maps
// errors to, so clients generated from the document know them all.
func TestOpenAPIProblemCodes(t *testing.T) {
	t.Parallel()
	var doc struct {
		Components struct {
			Schemas struct {
				Problem struct {
					Properties struct {
						Code struct {
							Enum []string `json:"enum"`
						} `json:"code"`
					} `json:"properties"`
				} `json:"Problem"`
			} `json:"schemas"`
		} `json:"components"`
	}
	if err := json.Unmarshal(openAPIDoc, &doc); err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, c := range doc.Components.Schemas.Problem.Properties.Code.Enum {
		listed[c] = true
	}
	for _, k := range append(problemKinds, internalProblem) {
		if !listed[k.code] {
			t.Errorf("problem code %q (%v) is not in openapi.json's Problem.code enum", k.code, k.err)
		}
	}
}
