package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestViewersServeEachOther: viewer A watches with --earn; once it has the whole item the only
// seeder leaves, and viewer B gets the item from A (found through the gateway's tracker),
// paying A through paywire; A's receipts settle on-chain to its account.
func TestViewersServeEachOther(t *testing.T) {
	old := settleThreshold
	settleThreshold = 1e-12 // settle whatever A earned, however small next to the gas
	t.Cleanup(func() { settleThreshold = old })
	n := newViewerNet(t)
	ctx := context.Background()
	id, plain := n.upload(t, 2<<20+321, "--price", "0.002")
	for _, i := range []int{3, 4} {
		mustRun(t, ctx, append([]string{"access", "buy", id, "--yes", "--dev-key", n.devKey(i)}, n.chainArgs()...)...)
		mustRun(t, ctx, append([]string{"escrow", "deposit", "0.01", "--dev-key", n.devKey(i)}, n.chainArgs()...)...)
	}
	sellers := n.startSellers(t, id, 2_000_000_000_000_000, false, 5)

	_, stderrA, endA := startWatch(t, append([]string{id, "--earn", "--sell-price", "0.003", "--settle-interval", "1s",
		"--data-dir", t.TempDir()}, n.viewerArgs(3)...)...)
	for deadline := time.Now().Add(60 * time.Second); !strings.Contains(stderrA.String(), "matches the on-chain content hash"); time.Sleep(50 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("A did not complete:\n%s", stderrA.String())
		}
	}
	sellers[0].Client.Close() // the only seeder leaves

	dst := filepath.Join(t.TempDir(), "film.mp4")
	gctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()
	mustRun(t, gctx, append([]string{"get", id, "--out", dst, "--max-price", "0.005"}, n.viewerArgs(4)...)...)
	if got, _ := os.ReadFile(dst); !bytes.Equal(got, plain) {
		t.Fatalf("B got %d bytes, not the plaintext", len(got))
	}
	a, b := n.env.Accounts[3].Address, n.env.Accounts[4].Address
	for deadline := time.Now().Add(60 * time.Second); ; time.Sleep(200 * time.Millisecond) {
		paid, err := n.env.Client.Paid(ctx, b, a)
		if err != nil {
			t.Fatal(err)
		}
		if paid.Sign() > 0 {
			t.Logf("A was paid %s wei on-chain for what it served B", paid)
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("A's receipts from B did not settle:\n%s", stderrA.String())
		}
	}
	if err := endA(); err != nil {
		t.Fatalf("A: %v", err)
	}
}
