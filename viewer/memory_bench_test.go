package viewer

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/anacrolix/torrent"
	"github.com/anacrolix/torrent/storage"
	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain/chaintest"
	"github.com/swarmgate/swarmgate/internal/testnet"
	"github.com/swarmgate/swarmgate/sealed"
)

// anonRSS is the process's anonymous resident memory in bytes (the Anonymous line of
// /proc/self/smaps_rollup): heap and stacks, not the file-backed page cache of the torrent's
// storage.
func anonRSS() (int64, error) {
	f, err := os.Open("/proc/self/smaps_rollup")
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "Anonymous:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return kb << 10, err
		}
	}
	return 0, io.ErrUnexpectedEOF
}

// zeros reads zero bytes forever.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) { clear(p); return len(p), nil }

// BenchmarkStreamMemory streams an item end to end through the viewer's local HTTP server (one
// GET of the whole plaintext, read in order as a player does) while the viewer's torrent client,
// with paywire's payer, downloads it from three paid sellers on loopback, and reports the
// process's peak anonymous resident memory (sampled every 100 ms from /proc/self/smaps_rollup;
// page cache not counted). The sellers and the dev chain run in the same process, so the peak
// is an upper bound of the viewer's; anon-before-MiB is the process with everything but the
// viewer running. The item is 4 GiB of sealed zeros (SWARMGATE_BENCH_STREAM_MIB changes the
// size); it needs about twice its size of free disk under the temporary directory.
func BenchmarkStreamMemory(b *testing.B) {
	size := int64(4 << 30)
	if s := os.Getenv("SWARMGATE_BENCH_STREAM_MIB"); s != "" {
		mib, err := strconv.ParseInt(s, 10, 64)
		if err != nil || mib <= 0 {
			b.Fatalf("SWARMGATE_BENCH_STREAM_MIB=%q is not a positive number of MiB", s)
		}
		size = mib << 20
	}
	price := big.NewInt(1_000_000_000_000_000)
	n := testnet.New(b, testnet.Config{Seeders: 1, NoStart: true, ItemSize: 64 << 10})

	// Replace the network's small item with the big one, sealed straight to a file.
	key, err := sealed.GenerateKey()
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	tmp := filepath.Join(dir, "sealing")
	f, err := os.Create(tmp)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	res, err := sealed.Seal(context.Background(), w, io.LimitReader(zeros{}, size), size, key, sealed.SealOptions{})
	if err == nil {
		err = w.Flush()
	}
	if err == nil {
		err = f.Close()
	}
	if err == nil {
		err = os.Rename(tmp, filepath.Join(dir, res.Info.Name))
	}
	if err != nil {
		b.Fatal(err)
	}
	n.Item = &testnet.Item{Key: key, Sealed: res, Dir: dir, Name: res.Info.Name, MetaInfo: res.MetaInfo, InfoHash: res.InfoHash}
	// Three sellers; their piece completion is in memory (anacrolix's SQLite default would take
	// many minutes to verify some 8,000 pieces, see viewer.newClient). With
	// SWARMGATE_BENCH_STREAM_FREE=1 they serve the item free (the payer stays attached but signs
	// nothing): on a loaded machine paid sellers cut a 4 GiB stream off (see BENCHMARKS.md).
	free := os.Getenv("SWARMGATE_BENCH_STREAM_FREE") == "1"
	var sellers []*testnet.Seller
	for range 3 {
		key, addr := chaintest.NewKey(b)
		n.Fund(addr, big.NewInt(1e18))
		sellers = append(sellers, testnet.StartSeller(b, testnet.SellerOptions{Chain: n.Chain.Client, Key: key, PricePerGiB: price,
			MetaInfo: n.Item.MetaInfo, Dir: dir, Free: free, Storage: storage.NewFileOpts(storage.NewFileClientOpts{ClientBaseDir: dir})}))
	}

	for b.Loop() {
		b.StopTimer()
		bv := newBenchViewer(b, n, price)
		debug.FreeOSMemory()
		before, err := anonRSS()
		if err != nil {
			b.Fatal(err)
		}
		var (
			mu   sync.Mutex
			peak = before
		)
		stop := make(chan struct{})
		sampled := make(chan struct{})
		go func() {
			defer close(sampled)
			t := time.NewTicker(100 * time.Millisecond)
			defer t.Stop()
			for {
				select {
				case <-stop:
					return
				case <-t.C:
				}
				if a, err := anonRSS(); err == nil {
					mu.Lock()
					peak = max(peak, a)
					mu.Unlock()
				}
			}
		}()
		b.StartTimer()
		t, err := bv.client.AddTorrent(n.Item.MetaInfo)
		if err != nil {
			b.Fatal(err)
		}
		for _, s := range sellers {
			t.AddPeers([]torrent.PeerInfo{{Addr: peerAddr(s.Addr()), Trusted: true}})
		}
		t.DownloadAll()
		<-t.GotInfo()
		bv.v.tor = t
		srv := httptest.NewServer(bv.v.handler())
		// The stream waits for its bytes forever: give up when no connection is left for 10 s.
		ctx, cancel := context.WithCancel(context.Background())
		go func() {
			lastConn := time.Now()
			for ctx.Err() == nil && time.Since(lastConn) < 10*time.Second {
				time.Sleep(100 * time.Millisecond)
				if len(t.PeerConns()) > 0 || t.Complete().Bool() {
					lastConn = time.Now()
				}
			}
			cancel()
		}()
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL+"/"+bv.v.fileName(), nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			b.Fatal(err)
		}
		h := sha256.New()
		nr, err := io.Copy(h, resp.Body)
		resp.Body.Close()
		stalled := ctx.Err() != nil
		cancel()
		b.StopTimer()
		close(stop)
		<-sampled
		srv.Close()
		bv.stop()
		if err != nil || nr != size {
			b.Fatalf("streamed %d of %d bytes (stalled with no connection: %v): %v", nr, size, stalled, err)
		}
		if !bytes.Equal(h.Sum(nil), res.ContentHash[:]) {
			b.Fatalf("the streamed plaintext's SHA-256 is %x, the item's %s", h.Sum(nil), common.Hash(res.ContentHash).Hex())
		}
		b.SetBytes(size)
		b.ReportMetric(float64(peak)/(1<<20), "anon-peak-MiB")
		b.ReportMetric(float64(before)/(1<<20), "anon-before-MiB")
		b.StartTimer()
	}
}
