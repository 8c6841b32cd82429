package main

import (
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/chaintest"
	"github.com/swarmgate/swarmgate/viewerkey"
)

// TestGatewayRunReportsBadChain checks that a bad chain configuration is reported field by
// field together with the rest of the configuration, before anything starts.
func TestGatewayRunReportsBadChain(t *testing.T) {
	env := chaintest.New(t, chaintest.Options{})
	dir := t.TempDir()
	write := func(name string, d chain.Deployment) string {
		p := filepath.Join(dir, name)
		if err := chain.WriteDeployment(p, d); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := env.Deployment
	wrongChain := good
	wrongChain.ChainID = 5
	noCode := good
	noCode.Registry = common.HexToAddress("0x00000000000000000000000000000000DeadBeef")
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	dead := "http://" + ln.Addr().String()
	ln.Close()
	base := []string{"gateway", "run", "--data-dir", filepath.Join(dir, "never"), "--master-key", strings.Repeat("ab", 32)}
	cases := []struct {
		name string
		args []string
		want []string
	}{
		{"unreachable rpc plus a bad listen address", []string{"--rpc-url", dead, "--deployment", write("good.json", good), "--listen", "nohost"},
			[]string{"listen address \"nohost\"", "RPC URL", "unreachable"}},
		{"wrong chain id", []string{"--rpc-url", env.Chain.RPCURL(), "--deployment", write("wrong.json", wrongChain)},
			[]string{"RPC URL", "chain id"}},
		{"no code at the registry", []string{"--rpc-url", env.Chain.RPCURL(), "--deployment", write("nocode.json", noCode)},
			[]string{"deployment file", "no ContentRegistry"}},
		{"rpc without deployment", []string{"--rpc-url", env.Chain.RPCURL(), "--max-body-bytes", "0"},
			[]string{"without a deployment file", "request body limit"}},
		{"dev with rpc", []string{"--dev", "--rpc-url", env.Chain.RPCURL()}, []string{"--dev starts its own chain"}},
		{"missing deployment file", []string{"--rpc-url", env.Chain.RPCURL(), "--deployment", filepath.Join(dir, "absent.json")}, []string{"deployment file"}},
		{"public RPC URL without a chain", []string{"--public-rpc-url", "https://rpc.example.org"}, []string{"public RPC URL is set without a chain"}},
		{"public RPC URL with credentials", []string{"--rpc-url", env.Chain.RPCURL(), "--deployment", write("good3.json", good), "--public-rpc-url", "https://me:hunter2@rpc.example.org"},
			[]string{"must not carry user:password"}},
		{"public RPC URL not a URL", []string{"--dev", "--public-rpc-url", "rpc.example.org"}, []string{"public RPC URL \"rpc.example.org\""}},
		{"relayer without passphrase", []string{"--rpc-url", env.Chain.RPCURL(), "--deployment", write("good2.json", good), "--relayer-keystore", t.TempDir()},
			[]string{"relayer"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Setenv("SWARMGATE_PASSPHRASE", "")
			var stderr strings.Builder
			code := run(context.Background(), append(append([]string{}, base...), c.args...), io.Discard, &stderr)
			if code != 1 {
				t.Fatalf("exit %d, want 1; stderr:\n%s", code, stderr.String())
			}
			for _, w := range c.want {
				if !strings.Contains(stderr.String(), w) {
					t.Errorf("stderr does not say %q:\n%s", w, stderr.String())
				}
			}
		})
	}
}

// TestGatewayRunDev starts `gateway run --dev`: /healthz reports the chain head through the
// real client, and sign-in works against the in-process chain. Cancelling stops everything.
func TestGatewayRunDev(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, _, err := runCapture(t, ctx, "gateway", "run", "--dev", "--listen", addr, "--public-url", "http://"+addr,
			"--data-dir", t.TempDir(), "--master-key", strings.Repeat("ab", 32), "--index-poll", "50ms", "--origin-listen", "127.0.0.1:0")
		done <- err
	}()
	var health struct {
		Status     string
		Components map[string]struct {
			Status string
			Head   *uint64
		}
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		res, err := http.Get("http://" + addr + "/healthz")
		if err == nil {
			_ = json.NewDecoder(res.Body).Decode(&health)
			res.Body.Close()
			break
		}
		select {
		case err := <-done:
			t.Fatalf("gateway exited: %v", err)
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatal("gateway did not start")
		}
	}
	if ch := health.Components["chain"]; health.Status != "ok" || ch.Status != "ok" || ch.Head == nil || *ch.Head < 2 {
		t.Fatalf("health %+v: want the chain up with the deployment's blocks", health)
	}
	key, _ := chaintest.NewKey(t)
	if _, err := viewerkey.NewClient("http://"+addr, nil).SignIn(ctx, key); err != nil {
		t.Fatalf("sign in against --dev: %v", err)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("gateway run: %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("gateway did not stop")
	}
}
