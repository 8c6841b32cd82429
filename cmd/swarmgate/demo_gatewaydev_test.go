package main

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestGatewayDevKeepsChainWithDatabase: `gateway run --dev` keeps its dev chain in
// DATA-DIR/chain next to the SQLite database, so a restart goes on with the same contracts and
// blocks (before, the catalog stayed while an in-memory chain started over, and the indexer
// waited for blocks the new chain did not have). A database whose chain is gone is refused,
// saying what to remove.
func TestGatewayDevKeepsChainWithDatabase(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "gw")
	type chainJSON struct {
		Registry   string `json:"registry"`
		StartBlock uint64 `json:"start_block"`
	}
	runOnce := func() chainJSON {
		addr := freeAddr(t)
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		var stdout, stderr syncBuffer
		go func() {
			done <- runCLI(ctx, t, &stdout, &stderr, "gateway", "run", "--dev", "--listen", addr, "--public-url", "http://"+addr,
				"--data-dir", dir, "--origin-listen", "127.0.0.1:0", "--index-poll", "50ms")
		}()
		defer func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("gateway run --dev: %v", err)
			}
		}()
		for deadline := time.Now().Add(60 * time.Second); ; time.Sleep(50 * time.Millisecond) {
			if res, err := http.Get("http://" + addr + "/v1/chain"); err == nil {
				var ci chainJSON
				err := json.NewDecoder(res.Body).Decode(&ci)
				res.Body.Close()
				if err == nil && res.StatusCode == http.StatusOK {
					return ci
				}
			}
			select {
			case err := <-done:
				done <- err
				t.Fatalf("gateway run --dev ended: %v\n%s", err, stderr.String())
			default:
			}
			if time.Now().After(deadline) {
				t.Fatalf("gateway run --dev did not answer GET /v1/chain\n%s", stderr.String())
			}
		}
	}
	first := runOnce()
	if _, err := os.Stat(filepath.Join(dir, "chain", "deployment.json")); err != nil {
		t.Fatalf("the dev chain is not kept in the data directory: %v", err)
	}
	second := runOnce()
	if second != first || first.StartBlock == 0 {
		t.Fatalf("after a restart the gateway is on contracts %+v, before on %+v", second, first)
	}

	if err := os.RemoveAll(filepath.Join(dir, "chain")); err != nil {
		t.Fatal(err)
	}
	_, _, err := runCapture(t, context.Background(), "gateway", "run", "--dev", "--listen", "127.0.0.1:0", "--data-dir", dir, "--origin-listen", "127.0.0.1:0")
	if err == nil || !strings.Contains(err.Error(), "dev chain that is gone") || !strings.Contains(err.Error(), "gateway.db") {
		t.Fatalf("a database without its dev chain: %v", err)
	}
}
