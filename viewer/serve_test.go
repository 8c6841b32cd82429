package viewer

import (
	"bytes"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/anacrolix/torrent"

	"github.com/swarmgate/swarmgate/internal/testnet"
)

// swarmOf returns a viewer serving item it from a leecher that downloads only what its readers
// ask for, from a seeder client on loopback: a real two-client swarm, no gateway or payment.
func swarmOf(t *testing.T, it *testnet.Item) (*Viewer, *torrent.Torrent) {
	t.Helper()
	sc := testnet.ClientConfig(t)
	sc.DataDir, sc.Seed = it.Dir, true
	seedCl, err := torrent.NewClient(sc)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { seedCl.Close() })
	st, err := seedCl.AddTorrent(it.MetaInfo)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.VerifyData(); err != nil {
		t.Fatal(err)
	}
	lc := testnet.ClientConfig(t)
	lc.DataDir = t.TempDir()
	leechCl, err := torrent.NewClient(lc)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { leechCl.Close() })
	lt, err := leechCl.AddTorrent(it.MetaInfo)
	if err != nil {
		t.Fatal(err)
	}
	lt.AddClientPeer(seedCl)
	v := &Viewer{cfg: Config{ContentID: "1", Readahead: 512 << 10}, log: slog.New(slog.DiscardHandler), tor: lt, key: it.Key,
		seeders: nil, done: make(chan struct{})}
	return v, lt
}

func get(t *testing.T, url, rng string) (int, []byte) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	if rng != "" {
		req.Header.Set("Range", rng)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Error(err)
		return 0, nil
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Error(err)
	}
	return res.StatusCode, b
}

// TestServeSeekFarAheadFirst: a Range request near the end of an item that is not downloaded
// yet is answered with exactly the plaintext, without downloading the pieces before it; then
// open-ended, suffix, chunk-straddling and concurrent requests return exactly the plaintext.
func TestServeSeekFarAheadFirst(t *testing.T) {
	it := testnet.NewItem(t, 24<<20+12345)
	v, lt := swarmOf(t, it)
	srv := httptest.NewServer(v.handler())
	defer srv.Close()
	url := srv.URL + "/" + v.fileName()
	size := len(it.Plain)
	<-lt.GotInfo()

	start := time.Now()
	status, body := get(t, url, fmt.Sprintf("bytes=%d-%d", size-100_000, size-100_000+65_535))
	if status != http.StatusPartialContent || !bytes.Equal(body, it.Plain[size-100_000:size-100_000+65_536]) {
		t.Fatalf("seek far ahead: status %d, %d bytes", status, len(body))
	}
	// The header (piece 0), the pieces under the range and the readahead window, no more.
	if got := lt.BytesCompleted(); got > 4<<20 {
		t.Fatalf("a read at the end downloaded %d of %d bytes first", got, lt.Length())
	}
	t.Logf("seek far ahead answered in %v with %d of %d bytes downloaded", time.Since(start), lt.BytesCompleted(), lt.Length())

	cases := []struct {
		rng    string
		status int
		want   []byte
	}{
		{"bytes=-5000", 206, it.Plain[size-5000:]},
		{"bytes=10000000-", 206, it.Plain[10000000:]},
		{"bytes=65000-200000", 206, it.Plain[65000:200001]},
		{"", 200, it.Plain},
	}
	var wg sync.WaitGroup
	for _, tc := range cases {
		wg.Add(1)
		go func() {
			defer wg.Done()
			status, body := get(t, url, tc.rng)
			if status != tc.status || !bytes.Equal(body, tc.want) {
				t.Errorf("%q: status %d, %d bytes, want %d bytes", tc.rng, status, len(body), len(tc.want))
			}
		}()
	}
	wg.Wait()
	if status, _ := get(t, srv.URL+"/other", ""); status != http.StatusNotFound {
		t.Errorf("another path: %d", status)
	}
	req, _ := http.NewRequest(http.MethodPost, url, nil)
	if res, err := http.DefaultClient.Do(req); err != nil || res.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST: %v %v", res.StatusCode, err)
	}
}

// TestServeWrongKeyServesNothing: with a key that is not the item's, the header does not open
// and nothing is served.
func TestServeWrongKeyServesNothing(t *testing.T) {
	it := testnet.NewItem(t, 1<<20)
	v, _ := swarmOf(t, it)
	v.key[0] ^= 1
	srv := httptest.NewServer(v.handler())
	defer srv.Close()
	status, body := get(t, srv.URL+"/"+v.fileName(), "")
	if status != http.StatusServiceUnavailable || bytes.Contains(body, it.Plain[:64]) || !bytes.Contains(body, []byte("on-chain key commitment")) {
		t.Fatalf("wrong key: status %d, body %q", status, body[:min(len(body), 200)])
	}
}
