package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestGetFallsBackToTheWebseed: a bought item that no seeder serves (no origin, no directory
// seeder) is still fetched, from the gateway's web seed, once the download has made no progress
// for --webseed-after; the bytes are the plaintext and the gateway counts them as web seed
// bytes. With --webseed-after 0 nothing arrives.
func TestGetFallsBackToTheWebseed(t *testing.T) {
	n := newViewerNet(t)
	ctx := context.Background()
	id, plain := n.upload(t, 700_000+3, "--price", "0.001")
	mustRun(t, ctx, append([]string{"access", "buy", id, "--yes", "--dev-key", n.devKey(6)}, n.chainArgs()...)...)
	mustRun(t, ctx, append([]string{"escrow", "deposit", "0.01", "--dev-key", n.devKey(6)}, n.chainArgs()...)...)
	va := n.viewerArgs(6)

	// Off: nothing but peers, and there are none.
	octx, cancel := context.WithTimeout(ctx, 4*time.Second)
	defer cancel()
	off := filepath.Join(t.TempDir(), "film.mp4")
	if _, _, err := runCapture(t, octx, append([]string{"get", id, "--out", off, "--webseed-after", "0"}, va...)...); err == nil {
		t.Fatal("get with no seeder and no web seed fallback succeeded")
	}
	if got := webseedBytes(t, n.url); got != 0 {
		t.Fatalf("web seed served %v bytes with the fallback off", got)
	}

	start := time.Now()
	dst := filepath.Join(t.TempDir(), "film.mp4")
	_, stderr := mustRun(t, ctx, append([]string{"get", id, "--out", dst, "--webseed-after", "1s"}, va...)...)
	if got, _ := os.ReadFile(dst); !bytes.Equal(got, plain) {
		t.Fatalf("get through the web seed: %d bytes, want the %d-byte plaintext", len(got), len(plain))
	}
	if !strings.Contains(stderr, "web seed") {
		t.Errorf("stderr does not say the web seed was used:\n%s", stderr)
	}
	if strings.Contains(stderr, "/v1/webseed/") {
		t.Errorf("stderr shows the web seed URL (it holds the passkey):\n%s", stderr)
	}
	if got := webseedBytes(t, n.url); got < float64(len(plain)) {
		t.Fatalf("the gateway counted %v web seed bytes, want at least %d", got, len(plain))
	}
	t.Logf("fetched %d bytes through the web seed fallback in %v", len(plain), time.Since(start).Round(time.Millisecond))
}

// webseedBytes reads swarmgate_gateway_webseed_bytes_total from the gateway's /metrics.
func webseedBytes(t *testing.T, gateway string) float64 {
	t.Helper()
	res, err := http.Get(gateway + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "swarmgate_gateway_webseed_bytes_total "); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				t.Fatal(err)
			}
			return f
		}
	}
	t.Fatal("/metrics has no swarmgate_gateway_webseed_bytes_total")
	return 0
}
