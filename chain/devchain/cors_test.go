package devchain_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/swarmgate/swarmgate/chain/devchain"
)

// TestHTTPCors: a page of a listed origin may call JSON-RPC from a browser (the preflight is
// answered for it), a page of another origin may not.
func TestHTTPCors(t *testing.T) {
	t.Parallel()
	c := startChain(t, devchain.Config{HTTPCors: []string{"http://127.0.0.1:8080"}})
	for origin, allowed := range map[string]bool{"http://127.0.0.1:8080": true, "http://evil.example": false} {
		req, _ := http.NewRequest(http.MethodOptions, c.RPCURL(), nil)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "content-type")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		got := res.Header.Get("Access-Control-Allow-Origin")
		if allowed != (got == origin) || (!allowed && got != "") {
			t.Errorf("preflight from %s: Access-Control-Allow-Origin %q (allowed %v)", origin, got, allowed)
		}
	}
	// A POST from the allowed origin is answered with the header too.
	req, _ := http.NewRequest(http.MethodPost, c.RPCURL(), strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Origin", "http://127.0.0.1:8080")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK || res.Header.Get("Access-Control-Allow-Origin") != "http://127.0.0.1:8080" {
		t.Fatalf("POST: %d, Access-Control-Allow-Origin %q", res.StatusCode, res.Header.Get("Access-Control-Allow-Origin"))
	}
}
