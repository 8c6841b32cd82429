package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestGetAfterTheRentalExpires: a viewer rents an item for 45 seconds and gets it while the
// rental runs; once the rental is over (and a block has moved the dev chain's clock, which is
// the wall clock, past its end), `get` ends with a non-zero exit, a message that names the
// reason (rental_expired), the price and the command that rents it again, and writes nothing.
func TestGetAfterTheRentalExpires(t *testing.T) {
	n := newViewerNet(t)
	ctx := context.Background()
	id, plain := n.upload(t, 600_000+11, "--price", "0.001", "--rent", "45s")
	n.startSellers(t, id, 2_000_000_000_000_000, false, 5)
	va := n.viewerArgs(6)
	// The deposit first, so that nothing but the purchase starts the rental's clock.
	mustRun(t, ctx, append([]string{"escrow", "deposit", "0.01", "--dev-key", n.devKey(6)}, n.chainArgs()...)...)
	mustRun(t, ctx, append([]string{"access", "buy", id, "--yes", "--dev-key", n.devKey(6)}, n.chainArgs()...)...)
	out, _ := mustRun(t, ctx, append([]string{"--json", "access", "show", id, "--dev-key", n.devKey(6)}, n.chainArgs()...)...)
	var acc accessResult
	if err := json.Unmarshal([]byte(out), &acc); err != nil || !acc.Allowed || acc.Expires == "" {
		t.Fatalf("access show after renting: %v %s", err, out)
	}
	expires, err := time.Parse(time.RFC3339, acc.Expires)
	if err != nil {
		t.Fatalf("access show expires %q: %v", acc.Expires, err)
	}

	dst := filepath.Join(t.TempDir(), "film.mp4")
	mustRun(t, ctx, append([]string{"get", id, "--out", dst}, va...)...)
	if got, _ := os.ReadFile(dst); !bytes.Equal(got, plain) {
		t.Fatalf("get during the rental: %d bytes, want the %d-byte plaintext", len(got), len(plain))
	}

	// Wait for the rental's end on the wall clock, then mine a block so the chain's time passes it.
	time.Sleep(time.Until(expires) + 1100*time.Millisecond)
	mustRun(t, ctx, append([]string{"escrow", "deposit", "0.0001", "--dev-key", n.devKey(7)}, n.chainArgs()...)...)
	out, _ = mustRun(t, ctx, append([]string{"--json", "access", "show", id, "--dev-key", n.devKey(6)}, n.chainArgs()...)...)
	if err := json.Unmarshal([]byte(out), &acc); err != nil || acc.Allowed {
		t.Fatalf("access show after the rental: %v %s", err, out)
	}

	outDir := t.TempDir()
	code, _, stderr := runExit(t, append([]string{"get", id, "--out", filepath.Join(outDir, "film.mp4")}, va...)...)
	if code == 0 {
		t.Fatalf("get after the rental: exit 0; stderr %s", stderr)
	}
	for _, w := range []string{"rental_expired", "rent for 45s", "0.001 ETH", "swarmgate access buy " + id} {
		if !strings.Contains(stderr, w) {
			t.Errorf("get after the rental: stderr %q does not say %q", stderr, w)
		}
	}
	if strings.Contains(stderr, n.devKey(6)) {
		t.Error("the error shows the private key")
	}
	if entries, _ := os.ReadDir(outDir); len(entries) != 0 {
		t.Fatalf("get after the rental left behind: %v", entries)
	}
}
