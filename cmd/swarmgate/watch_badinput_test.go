package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/swarmgate/swarmgate/viewerkey"
)

// keySwapper is a gateway that misbehaves: a reverse proxy in front of the real one that answers
// key requests with another key, sealed properly to the viewer's HPKE key and with a commitment
// that matches it, but not the one the registry records.
func keySwapper(t *testing.T, target string) string {
	t.Helper()
	u, _ := url.Parse(target)
	rp := httputil.NewSingleHostReverseProxy(u)
	rp.ModifyResponse = func(r *http.Response) error {
		if r.Request.Method != http.MethodPost || !strings.HasSuffix(r.Request.URL.Path, "/key") || r.StatusCode != http.StatusOK {
			return nil
		}
		raw, err := io.ReadAll(r.Body)
		r.Body.Close()
		if err != nil {
			return err
		}
		var kr viewerkey.KeyResponse
		if err := json.Unmarshal(raw, &kr); err != nil {
			return err
		}
		pub := r.Request.Header.Get("X-Test-Public-Key")
		pkb, _ := base64.StdEncoding.DecodeString(pub)
		pk, err := viewerkey.ParsePublicKey(kr.KEM, pkb)
		if err != nil {
			return err
		}
		other := make([]byte, 32)
		_, _ = rand.Read(other)
		sealedKey, err := viewerkey.Seal(pk, viewerkey.Info(kr.ContentID, kr.ChainID, common.HexToAddress(kr.Viewer)), other)
		if err != nil {
			return err
		}
		kr.SealedKey = base64.StdEncoding.EncodeToString(sealedKey)
		kr.KeyCommitment = crypto.Keccak256Hash(other).Hex()
		b, _ := json.Marshal(kr)
		r.Body = io.NopCloser(bytes.NewReader(b))
		r.ContentLength = int64(len(b))
		r.Header.Del("Content-Length")
		return nil
	}
	director := rp.Director
	rp.Director = func(r *http.Request) {
		// Keep the viewer's public key for ModifyResponse.
		if r.Method == http.MethodPost && strings.HasSuffix(r.URL.Path, "/key") && r.Body != nil {
			raw, _ := io.ReadAll(r.Body)
			var req viewerkey.KeyRequest
			_ = json.Unmarshal(raw, &req)
			r.Header.Set("X-Test-Public-Key", req.PublicKey)
			r.Body = io.NopCloser(bytes.NewReader(raw))
		}
		director(r)
	}
	srv := httptest.NewServer(rp)
	t.Cleanup(srv.Close)
	return srv.URL
}

// TestViewerBadInputAndFaults: each bad input or fault ends the command with a clear message and
// a non-zero exit, decrypts and writes nothing: a malformed or unknown content id, an
// unreachable gateway, a gateway that hands out a key other than the committed one, a rental
// that is not bought, a paid item without --max-spend. A free item needs no deposit or grant.
func TestViewerBadInputAndFaults(t *testing.T) {
	n := newViewerNet(t)
	ctx := context.Background()
	paid, _ := n.upload(t, 1<<20+5, "--price", "0.001", "--rent", "48h")
	free, freePlain := n.upload(t, 700_000, "--free")
	va := n.viewerArgs(4)
	mustRun(t, ctx, append([]string{"access", "buy", paid, "--yes", "--dev-key", n.devKey(4)}, n.chainArgs()...)...)
	mustRun(t, ctx, append([]string{"escrow", "deposit", "0.01", "--dev-key", n.devKey(4)}, n.chainArgs()...)...)

	replace := func(args []string, flag, value string) []string {
		out := append([]string(nil), args...)
		for i := range out {
			if out[i] == flag {
				out[i+1] = value
			}
		}
		return out
	}
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"malformed content id", append([]string{"get", "abc"}, va...), []string{`content id "abc" is not a content id`}},
		{"zero content id", append([]string{"watch", "0"}, va...), []string{`content id "0" is not a content id`}},
		{"unknown content id", append([]string{"get", "4242"}, va...), []string{"no item has this id in the registry"}},
		{"unreachable gateway", append([]string{"get", paid}, replace(va, "--gateway", "http://127.0.0.1:1")...), []string{"gateway http://127.0.0.1:1 does not answer"}},
		{"gateway not a URL", append([]string{"watch", paid}, replace(va, "--gateway", "gateway.example")...), []string{"is not an http(s) URL"}},
		{"key not matching the commitment", append([]string{"get", paid}, replace(va, "--gateway", keySwapper(t, n.url))...),
			[]string{"does not match the on-chain key commitment", "the gateway is misbehaving"}},
		{"rental not bought", append([]string{"get", paid}, n.viewerArgs(7)...), []string{"not_purchased", "rent for 48h0m0s", "0.001 ETH", "swarmgate access buy " + paid}},
		{"no spending limit", append([]string{"get", paid, "--max-spend", "0"}, va...), []string{"--max-spend"}},
		{"bad max price", append([]string{"get", paid, "--max-price", "lots"}, va...), []string{"--max-price"}},
		{"no chain", []string{"get", paid, "--gateway", n.url, "--dev-key", n.devKey(4), "--session-file", n.sessions}, []string{"recommends no RPC URL: give --rpc-url"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			outDir := t.TempDir()
			args := append(append([]string(nil), tt.args...), "--out", filepath.Join(outDir, "film.mp4"))
			if tt.args[0] == "watch" {
				args = tt.args
			}
			code, _, stderr := runExit(t, args...)
			if code == 0 {
				t.Fatalf("exit 0; stderr %s", stderr)
			}
			for _, w := range tt.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr %q does not say %q", stderr, w)
				}
			}
			if strings.Contains(stderr, n.devKey(4)) {
				t.Error("the error shows the private key")
			}
			if entries, _ := os.ReadDir(outDir); len(entries) != 0 {
				t.Fatalf("left behind: %v", entries)
			}
		})
	}

	// A free item: no deposit, no grant, no receipts; a viewer with an empty escrow gets it.
	dst := filepath.Join(t.TempDir(), "free.mp4")
	n.startSellers(t, free, 2_000_000_000_000_000, true, 5)
	mustRun(t, ctx, append([]string{"get", free, "--out", dst}, n.viewerArgs(8)...)...)
	if got, _ := os.ReadFile(dst); !bytes.Equal(got, freePlain) {
		t.Fatalf("free item: %d bytes, want the plaintext", len(got))
	}
	out, _ := mustRun(t, ctx, append([]string{"--json", "escrow", "balance", "--dev-key", n.devKey(8)}, n.chainArgs()...)...)
	if !strings.Contains(out, `"balance_wei": "0"`) {
		t.Fatalf("the free viewer's escrow: %s", out)
	}

	// A subscribers-only item: refused until the viewer subscribes to the creator's channel.
	mustRun(t, ctx, append([]string{"channel", "set", "--price", "0.001", "--period", "30d", "--dev-key", n.devKey(1)}, n.chainArgs()...)...)
	subs, _ := n.upload(t, 300_000, "--subscribers")
	_, _, err := runCapture(t, ctx, append([]string{"get", subs, "--out", filepath.Join(t.TempDir(), "x")}, n.viewerArgs(8)...)...)
	if err == nil || !strings.Contains(err.Error(), "subscription_expired") || !strings.Contains(err.Error(), "swarmgate channel subscribe") {
		t.Fatalf("a subscribers-only item without a subscription: %v", err)
	}
	creator := n.env.Accounts[1].Address.Hex()
	if _, _, err := runCapture(t, ctx, append([]string{"channel", "subscribe", creator, "--periods", "2", "--max-price", "0.0015", "--yes", "--dev-key", n.devKey(8)}, n.chainArgs()...)...); err == nil ||
		!strings.Contains(err.Error(), "more than --max-price") {
		t.Fatalf("subscribe above --max-price: %v", err)
	}
	out, _ = mustRun(t, ctx, append([]string{"--json", "channel", "subscribe", creator, "--yes", "--dev-key", n.devKey(8)}, n.chainArgs()...)...)
	var sub subscribeResult
	if err := json.Unmarshal([]byte(out), &sub); err != nil || sub.Tx == "" || sub.Price != "1000000000000000" {
		t.Fatalf("channel subscribe: %v %s", err, out)
	}
	out, _ = mustRun(t, ctx, append([]string{"--json", "access", "show", subs, "--dev-key", n.devKey(8)}, n.chainArgs()...)...)
	if !strings.Contains(out, `"allowed": true`) {
		t.Fatalf("access after subscribing: %s", out)
	}
}

// TestGetInterruptedLeavesNothing: a get interrupted (Ctrl-C) while it waits for data stops
// cleanly with the cancellation and leaves no file behind, not even its temporary file.
func TestGetInterruptedLeavesNothing(t *testing.T) {
	n := newViewerNet(t)
	ctx := context.Background()
	id, _ := n.upload(t, 4<<20, "--price", "0.001")
	mustRun(t, ctx, append([]string{"access", "buy", id, "--yes", "--dev-key", n.devKey(3)}, n.chainArgs()...)...)
	mustRun(t, ctx, append([]string{"escrow", "deposit", "0.01", "--dev-key", n.devKey(3)}, n.chainArgs()...)...)
	// No seeder: the download waits for data until it is interrupted.
	outDir := t.TempDir()
	gctx, cancel := context.WithCancel(ctx)
	var stdout, stderr syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- runCLI(gctx, t, &stdout, &stderr, append([]string{"get", id, "--out", filepath.Join(outDir, "film.mp4")}, n.viewerArgs(3)...)...)
	}()
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if entries, _ := os.ReadDir(outDir); len(entries) == 1 {
			break // the temporary file: the download is under way
		}
		if time.Now().After(deadline) {
			t.Fatalf("get did not start writing; stderr:\n%s", stderr.String())
		}
	}
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("interrupted get: %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("get did not stop when interrupted")
	}
	if entries, _ := os.ReadDir(outDir); len(entries) != 0 {
		t.Fatalf("left behind: %v", entries)
	}
}
