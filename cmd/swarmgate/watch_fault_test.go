package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/swarmgate/swarmgate/chain/chaintest"
	"github.com/swarmgate/swarmgate/internal/testnet"
	"github.com/swarmgate/swarmgate/seeder"
)

// corrupt flips one byte in every 16 KiB chunk (so in every piece) of the ciphertext file of a
// running seller: from then on it serves data that fails the pieces' hashes (its client checked
// the file when it started), and no byte it sends is worth paying for.
func corrupt(t *testing.T, file string) {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	const chunk = 16 << 10
	for off := 0; off < len(b); off += chunk {
		b[off+min(chunk, len(b)-off)/2] ^= 0x5a
	}
	if err := os.WriteFile(file, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// paidBytes is what a seller holds receipts for.
func paidBytes(t *testing.T, s *testnet.Seller) uint64 {
	t.Helper()
	rep, err := seeder.BuildReport(context.Background(), s.Store, s.Payout, s.Price)
	if err != nil {
		t.Fatal(err)
	}
	return rep.Totals.BytesPaid
}

// TestGetFromACorruptAndAnHonestSeeder: a seeder serves a byte flipped in every chunk. Listed
// alone at first, it sends whole pieces that fail their hash check: the viewer says so, pays
// nothing for them and drops it, and keeps printing progress while it waits; an honest seeder
// that joins the directory later is found by the viewer's next directory poll, and get
// completes from it and writes the exact plaintext. With both listed from the start, get
// completes as well. The corrupt seeder never holds a receipt.
func TestGetFromACorruptAndAnHonestSeeder(t *testing.T) {
	n := newViewerNet(t)
	ctx := context.Background()
	id, plain := n.upload(t, 6<<20+123, "--price", "0.002")
	for _, i := range []int{3, 4} {
		mustRun(t, ctx, append([]string{"access", "buy", id, "--yes", "--dev-key", n.devKey(i)}, n.chainArgs()...)...)
		mustRun(t, ctx, append([]string{"escrow", "deposit", "0.01", "--dev-key", n.devKey(i)}, n.chainArgs()...)...)
	}
	const price = 2_000_000_000_000_000
	// The bad seller has an address of its own: peers are banned by IP address.
	bad, file := n.startSeller(t, id, 6, testnet.SellerOptions{PricePerGiB: big.NewInt(price), ListenHost: "127.0.0.2"})
	corrupt(t, file)

	// The corrupt seeder alone; the honest one joins once the viewer dropped it.
	dst := filepath.Join(t.TempDir(), "film.mp4")
	gctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
	defer cancel()
	var stdout, stderr syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- runCLI(gctx, t, &stdout, &stderr, append([]string{"--json", "get", id, "--out", dst, "--directory-poll", "1s"}, n.viewerArgs(3)...)...)
	}()
	for deadline := time.Now().Add(time.Minute); !strings.Contains(stderr.String(), "failed the hash check"); time.Sleep(50 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("get does not say that the corrupt seeder was dropped:\n%s", stderr.String())
		}
	}
	if !strings.Contains(stderr.String(), "127.0.0.2") {
		t.Errorf("get does not name the corrupt peer:\n%s", stderr.String())
	}
	lines := func() int { return strings.Count(stderr.String(), "% 0/") + strings.Count(stderr.String(), " bytes, ") }
	before := lines()
	time.Sleep(2500 * time.Millisecond)
	if lines() < before+2 {
		t.Errorf("get printed no progress while waiting for a seeder:\n%s", stderr.String())
	}
	good, _ := n.startSeller(t, id, 5, testnet.SellerOptions{PricePerGiB: big.NewInt(price)})
	if err := <-done; err != nil {
		t.Fatalf("get: %v\nstderr:\n%s", err, stderr.String())
	}
	var res getResult
	if err := json.Unmarshal([]byte(stdout.String()), &res); err != nil || !res.Verified {
		t.Fatalf("get --json: %v %s", err, stdout.String())
	}
	if got, _ := os.ReadFile(dst); !bytes.Equal(got, plain) {
		t.Fatalf("get wrote %d bytes, not the plaintext", len(got))
	}
	st := bad.Torrent.Stats()
	t.Logf("alone: the corrupt seeder sent %d bytes; the honest one holds receipts for %d bytes", st.BytesWrittenData.Int64(), paidBytes(t, good))
	if p := paidBytes(t, bad); p != 0 {
		t.Errorf("the corrupt seeder holds receipts for %d bytes", p)
	}

	// Both listed from the start: the download mixes their chunks; it completes all the same.
	dst2 := filepath.Join(t.TempDir(), "film.mp4")
	out, errOut, err := runCapture(t, gctx, append([]string{"--json", "get", id, "--out", dst2}, n.viewerArgs(4)...)...)
	if err != nil {
		t.Fatalf("get with both seeders: %v\nstderr:\n%s", err, errOut)
	}
	if got, _ := os.ReadFile(dst2); !bytes.Equal(got, plain) || !strings.Contains(out, `"verified": true`) {
		t.Fatalf("get with both seeders wrote %d bytes, not the plaintext: %s", len(got), out)
	}
	if p := paidBytes(t, bad); p != 0 {
		t.Errorf("the corrupt seeder holds receipts for %d bytes", p)
	}
}

// stallingProxy forwards TCP connections to target. On the first connection it stops forwarding
// target's data once it has forwarded after bytes, and keeps the connection open: the peer
// behind it looks alive and delivers nothing. Later connections are forwarded in full.
func stallingProxy(t *testing.T, target func() string, after int64) (addr string, stalled func() bool) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var (
		mu    sync.Mutex
		conns []net.Conn
		first = true
		hit   bool
	)
	t.Cleanup(func() {
		ln.Close()
		mu.Lock()
		defer mu.Unlock()
		for _, c := range conns {
			c.Close()
		}
	})
	go func() {
		for {
			down, err := ln.Accept()
			if err != nil {
				return
			}
			up, err := net.Dial("tcp", target())
			if err != nil {
				down.Close()
				continue
			}
			mu.Lock()
			conns = append(conns, down, up)
			stall := first
			first = false
			mu.Unlock()
			go func() {
				_, _ = io.Copy(up, down)
				up.Close()
				down.Close()
			}()
			go func() {
				if !stall {
					_, _ = io.Copy(down, up)
					down.Close()
					return
				}
				_, _ = io.CopyN(down, up, after)
				mu.Lock()
				hit = true
				mu.Unlock()
				// Forward nothing more; the connection stays open until the viewer drops it.
			}()
		}
	}()
	return ln.Addr().String(), func() bool { mu.Lock(); defer mu.Unlock(); return hit }
}

// TestGetRecoversFromAStalledConnection: the only seeder's connection stops delivering in the
// middle of the transfer but stays open (a proxy stops forwarding). get drops it after
// --stall-timeout, dials the seeder again at once (not at the next directory poll) and completes
// with the exact plaintext.
func TestGetRecoversFromAStalledConnection(t *testing.T) {
	n := newViewerNet(t)
	ctx := context.Background()
	id, plain := n.upload(t, 4<<20+77, "--price", "0.002")
	mustRun(t, ctx, append([]string{"access", "buy", id, "--yes", "--dev-key", n.devKey(3)}, n.chainArgs()...)...)
	mustRun(t, ctx, append([]string{"escrow", "deposit", "0.01", "--dev-key", n.devKey(3)}, n.chainArgs()...)...)
	// The proxy starts first, to be listed in the directory in the seller's place.
	var target atomic.Value
	proxy, stalled := stallingProxy(t, func() string { a, _ := target.Load().(string); return a }, 1<<20)
	s, _ := n.startSeller(t, id, 5, testnet.SellerOptions{PricePerGiB: big.NewInt(2_000_000_000_000_000)}, proxy)
	target.Store(s.Addr())
	dir, _ := mustRun(t, ctx, append([]string{"--json", "content", "show", id, "--gateway", n.url}, n.chainArgs()...)...)
	if !strings.Contains(dir, proxy) || strings.Contains(dir, s.Addr()) {
		t.Fatalf("the directory does not list the seeder at the proxy %s only:\n%s", proxy, dir)
	}

	dst := filepath.Join(t.TempDir(), "film.mp4")
	gctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
	defer cancel()
	start := time.Now()
	out, stderr, err := runCapture(t, gctx, append([]string{"--json", "get", id, "--out", dst, "--stall-timeout", "2s", "--directory-poll", "10m"}, n.viewerArgs(3)...)...)
	if err != nil {
		t.Fatalf("get: %v\nstderr:\n%s", err, stderr)
	}
	t.Logf("get took %s", time.Since(start).Round(time.Millisecond))
	if !stalled() {
		t.Fatal("the proxy never stalled: the test proves nothing")
	}
	if got, _ := os.ReadFile(dst); !bytes.Equal(got, plain) || !strings.Contains(out, `"verified": true`) {
		t.Fatalf("get wrote %d bytes, not the plaintext: %s", len(got), out)
	}
	if !strings.Contains(stderr, "delivered nothing for a while") {
		t.Errorf("get does not say it dropped the stalled connection:\n%s", stderr)
	}
}

// metric reads one counter from the gateway's /metrics (0 when absent).
func metric(t *testing.T, gateway, name string) float64 {
	t.Helper()
	res, err := http.Get(gateway + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, name+" "); ok {
			f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			if err != nil {
				t.Fatalf("metric %s: %q", name, line)
			}
			return f
		}
	}
	return 0
}

// TestWatchRenewsTheTrackerPasskey: the gateway issues tracker passkeys valid for one minute and
// asks for an announce every 2 s. A watch that lasts past the first passkey's expiry renews it
// through its gateway session before it expires: the tracker keeps accepting its announces
// and refuses none for an expired passkey.
func TestWatchRenewsTheTrackerPasskey(t *testing.T) {
	n, _ := newViewerNetStop(t, chaintest.Options{}, "--passkey-ttl", "1m", "--tracker-interval", "2s")
	ctx := context.Background()
	id, plain := n.upload(t, 1<<20+5, "--price", "0.002")
	mustRun(t, ctx, append([]string{"access", "buy", id, "--yes", "--dev-key", n.devKey(3)}, n.chainArgs()...)...)
	mustRun(t, ctx, append([]string{"escrow", "deposit", "0.01", "--dev-key", n.devKey(3)}, n.chainArgs()...)...)
	n.startSellers(t, id, 2_000_000_000_000_000, false, 5)
	start := time.Now()
	url, stderr, end := startWatch(t, append([]string{id}, n.viewerArgs(3)...)...)
	if status, body, _ := rangeGet(t, url, ""); status != http.StatusOK || !bytes.Equal(body, plain) {
		t.Fatalf("watch: status %d, %d bytes", status, len(body))
	}
	const announces, refusals = "swarmgate_tracker_announces_total", `swarmgate_tracker_refusals_total{reason="passkey"}`
	time.Sleep(time.Until(start.Add(65 * time.Second))) // the first passkey has expired
	before := metric(t, n.url, announces)
	time.Sleep(8 * time.Second)
	after := metric(t, n.url, announces)
	if after <= before {
		t.Errorf("no announce accepted after the first passkey expired (%v then %v)", before, after)
	}
	if r := metric(t, n.url, refusals); r != 0 {
		t.Errorf("the tracker refused %v announces for their passkey:\n%s", r, stderr.String())
	}
	if err := end(); err != nil {
		t.Fatalf("watch: %v", err)
	}
	if !strings.Contains(stderr.String(), "renewed the tracker passkey") {
		t.Errorf("watch did not renew the passkey:\n%s", stderr.String())
	}
}
