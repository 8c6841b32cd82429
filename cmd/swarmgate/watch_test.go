package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/anacrolix/torrent/metainfo"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/chaintest"
	"github.com/swarmgate/swarmgate/chain/wallet"
	"github.com/swarmgate/swarmgate/internal/testnet"
	"github.com/swarmgate/swarmgate/seeder"
	"github.com/swarmgate/swarmgate/store/storetest"
)

// newViewerNet is a dev chain with the contracts and `gateway run` on it (relaying from dev
// account 9's keystore), without its origin seeder: the seeder node on this branch does not yet
// give paywire's seller its payout key, so the tests seed with testnet.Seller instead.
func newViewerNet(t *testing.T, opts ...chaintest.Options) *creatorNet {
	t.Helper()
	var o chaintest.Options
	if len(opts) > 0 {
		o = opts[0]
	}
	n, _ := newViewerNetStop(t, o)
	return n
}

// newViewerNetStop is newViewerNet with the chain options and extra `gateway run` flags (a
// --database DSN), that also returns a function stopping the gateway.
func newViewerNetStop(t *testing.T, o chaintest.Options, gatewayArgs ...string) (*creatorNet, func()) {
	t.Helper()
	env := chaintest.New(t, o)
	dir := t.TempDir()
	n := &creatorNet{env: env, dataDir: filepath.Join(dir, "gw"), deployment: filepath.Join(dir, "deployment.json"),
		sessions: filepath.Join(dir, "cfg", "sessions.json"), state: filepath.Join(dir, "cfg", "uploads.json")}
	if err := chain.WriteDeployment(n.deployment, env.Deployment); err != nil {
		t.Fatal(err)
	}
	ks := filepath.Join(dir, "relayer")
	keyFile, passFile := filepath.Join(dir, "relayer.hex"), filepath.Join(dir, "pass")
	os.WriteFile(keyFile, []byte(env.Accounts[9].KeyHex()), 0o600)
	os.WriteFile(passFile, []byte("relayer pass\n"), 0o600)
	if _, err := wallet.Open(ks, wallet.LightScrypt()).ImportHexKey(keyFile, "relayer pass"); err != nil {
		t.Fatal(err)
	}
	addr := freeAddr(t)
	n.url = "http://" + addr
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, stderr, err := runCapture(t, ctx, append([]string{"gateway", "run", "--listen", addr, "--public-url", n.url, "--data-dir", n.dataDir,
			"--master-key", strings.Repeat("ab", 32), "--rpc-url", env.Chain.RPCURL(), "--deployment", n.deployment,
			"--relayer-keystore", ks, "--passphrase-file", passFile, "--index-poll", "50ms", "--rate-register", "0",
			"--no-origin"}, gatewayArgs...)...)
		if err != nil && ctx.Err() == nil {
			t.Logf("gateway: %v; stderr:\n%s", err, stderr)
		}
		done <- err
	}()
	var stopped bool
	stop := func() {
		if stopped {
			return
		}
		stopped = true
		cancel()
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			t.Error("gateway did not stop")
		}
	}
	t.Cleanup(stop)
	for deadline := time.Now().Add(60 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if res, err := http.Get(n.url + "/healthz"); err == nil {
			res.Body.Close()
			return n, stop
		}
		select {
		case err := <-done:
			stopped = true
			t.Fatalf("gateway exited: %v", err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatal("gateway did not start")
		}
	}
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// viewerArgs are the wallet, gateway and chain flags of dev account i as a viewer.
func (n *creatorNet) viewerArgs(i int) []string {
	return append([]string{"--gateway", n.url, "--dev-key", n.devKey(i), "--session-file", n.sessions, "--torrent-listen", "127.0.0.1:0"}, n.chainArgs()...)
}

// upload uploads size random bytes as dev account 1 with the policy flags and returns the
// content id and the plaintext.
func (n *creatorNet) upload(t *testing.T, size int, policy ...string) (string, []byte) {
	t.Helper()
	file, data := writeRandomFile(t, "film.mp4", size)
	out, _ := mustRun(t, context.Background(), append(append([]string{"--json", "content", "upload", file, "--title", "Film", "--state-file", n.state}, policy...), n.args(1)...)...)
	var res uploadResult
	if err := json.Unmarshal([]byte(out), &res); err != nil || res.ContentID == "" {
		t.Fatalf("upload --json: %v: %s", err, out)
	}
	return res.ContentID, data
}

// startSellers seeds item id from the gateway's content store with a testnet.Seller for each of
// the dev accounts, at price wei per GiB, each listed in the gateway's seeder directory.
func (n *creatorNet) startSellers(t *testing.T, id string, price int64, free bool, accounts ...int) []*testnet.Seller {
	t.Helper()
	var out []*testnet.Seller
	for _, i := range accounts {
		s, _ := n.startSeller(t, id, i, testnet.SellerOptions{PricePerGiB: big.NewInt(price), Free: free})
		out = append(out, s)
	}
	return out
}

// startSeller seeds item id from the gateway's content store with a testnet.Seller of dev
// account i configured by o (its chain, key, item and directory are filled in), lists it in the
// gateway's seeder directory (at endpoint, or at its own address when endpoint is ""), and returns
// it with the path of its ciphertext file.
func (n *creatorNet) startSeller(t *testing.T, id string, i int, o testnet.SellerOptions, endpoint ...string) (*testnet.Seller, string) {
	t.Helper()
	res, err := http.Get(n.url + "/v1/content/" + id + "/torrent")
	if err != nil {
		t.Fatal(err)
	}
	mi, err := metainfo.Load(res.Body)
	res.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	info, err := mi.UnmarshalInfo()
	if err != nil {
		t.Fatal(err)
	}
	var cipher []byte
	_ = filepath.WalkDir(n.dataDir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && d.Name() == info.Name {
			cipher, _ = os.ReadFile(p)
		}
		return nil
	})
	if int64(len(cipher)) != info.TotalLength() {
		t.Fatalf("ciphertext %s not found in the gateway's data directory", info.Name)
	}
	dir := t.TempDir()
	file := filepath.Join(dir, info.Name)
	if err := os.WriteFile(file, cipher, 0o644); err != nil {
		t.Fatal(err)
	}
	o.Chain, o.Key, o.MetaInfo, o.Dir = n.env.Client, n.env.Accounts[i].Key, mi, dir
	s := testnet.StartSeller(t, o)
	at := s.Addr()
	if len(endpoint) > 0 {
		at = endpoint[0]
	}
	s.AnnounceAt(context.Background(), n.url, n.env.Client.RegistryDomain(), at)
	return s, file
}

var urlRE = regexp.MustCompile(`"url": "(http://[^"]+)"`)

// rangeGet fetches url with a Range header and returns the status and body.
func rangeGet(t *testing.T, url, rng string) (int, []byte, http.Header) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	if rng != "" {
		req.Header.Set("Range", rng)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("read %s %s: %v", url, rng, err)
	}
	return res.StatusCode, b, res.Header
}

// TestViewerBuysDepositsWatches drives the viewer's commands against a real gateway, its origin
// and a second seeder on a real dev chain: watching before buying is refused with the price and
// the command that buys; after `access buy`, watching without an escrow deposit is refused;
// after `escrow deposit`, `watch` serves the plaintext on a local URL where Range requests
// (whole, open-ended, suffix, a seek far ahead) return exactly the plaintext, reports the
// SHA-256 check, and the seeder's receipts settle on-chain to what the escrow paid; `get`
// writes the exact file.
func TestViewerBuysDepositsWatches(t *testing.T) {
	for _, b := range storetest.Backends {
		t.Run(b.Name, func(t *testing.T) {
			var db []string
			if b.Name == "postgres" {
				db = []string{"--database", b.DSN(t)}
			}
			n, _ := newViewerNetStop(t, chaintest.Options{}, db...)
			viewerBuysDepositsWatches(t, n)
		})
	}
}

func viewerBuysDepositsWatches(t *testing.T, n *creatorNet) {
	ctx := context.Background()
	id, plain := n.upload(t, 3<<20+777, "--price", "0.002")
	viewerAcct := n.env.Accounts[3]
	va := n.viewerArgs(3)

	// Not bought: refused with the reason, the price and the command.
	_, _, err := runCapture(t, ctx, append([]string{"watch", id}, va...)...)
	if err == nil || !strings.Contains(err.Error(), "not_purchased") || !strings.Contains(err.Error(), "0.002 ETH") ||
		!strings.Contains(err.Error(), "swarmgate access buy "+id) {
		t.Fatalf("watch before buying: %v", err)
	}
	if code, _, stderr := runExit(t, append([]string{"watch", id}, va...)...); code != 1 || !strings.Contains(stderr, "access buy") {
		t.Fatalf("watch before buying: exit %d, %s", code, stderr)
	}
	out, _ := mustRun(t, ctx, append([]string{"--json", "access", "show", id, "--dev-key", n.devKey(3)}, n.chainArgs()...)...)
	if !strings.Contains(out, `"allowed": false`) || !strings.Contains(out, "not_purchased") {
		t.Fatalf("access show before buying: %s", out)
	}

	// Buy: a --max-price below the price pays nothing; then it is bought.
	_, _, err = runCapture(t, ctx, append([]string{"access", "buy", id, "--yes", "--max-price", "0.001", "--dev-key", n.devKey(3)}, n.chainArgs()...)...)
	if err == nil || !strings.Contains(err.Error(), "more than --max-price") {
		t.Fatalf("buy above --max-price: %v", err)
	}
	out, _ = mustRun(t, ctx, append([]string{"--json", "access", "buy", id, "--yes", "--max-price", "0.01", "--dev-key", n.devKey(3)}, n.chainArgs()...)...)
	var bought accessResult
	if err := json.Unmarshal([]byte(out), &bought); err != nil || !bought.Allowed || !bought.Perpetual || bought.Tx == "" || bought.Price != "2000000000000000" {
		t.Fatalf("access buy: %v %s", err, out)
	}

	// No escrow deposit: refused, saying what to do.
	_, _, err = runCapture(t, ctx, append([]string{"watch", id}, va...)...)
	if err == nil || !strings.Contains(err.Error(), "escrow balance too low") || !strings.Contains(err.Error(), "swarmgate escrow deposit") {
		t.Fatalf("watch without a deposit: %v", err)
	}
	out, _ = mustRun(t, ctx, append([]string{"--json", "escrow", "deposit", "0.01", "--dev-key", n.devKey(3)}, n.chainArgs()...)...)
	var esc escrowResult
	if err := json.Unmarshal([]byte(out), &esc); err != nil || esc.Balance != "10000000000000000" {
		t.Fatalf("escrow deposit: %v %s", err, out)
	}

	sellers := n.startSellers(t, id, 2_000_000_000_000_000, false, 5, 6)

	// The catalog shows the item with its policy in words, the listed seeders and the access.
	out, _ = mustRun(t, ctx, append([]string{"--json", "content", "show", id, "--gateway", n.url, "--dev-key", n.devKey(3)}, n.chainArgs()...)...)
	var shown catalogItem
	if err := json.Unmarshal([]byte(out), &shown); err != nil || shown.Policy != "for sale at 0.002 ETH" || len(shown.Seeders) != 2 ||
		shown.Access == nil || !shown.Access.Allowed || !shown.Access.Perpetual {
		t.Fatalf("content show: %v %s", err, out)
	}
	out, _ = mustRun(t, ctx, append([]string{"content", "list", "--gateway", n.url, "--for", n.env.Accounts[7].Address.Hex()}, n.chainArgs()...)...)
	if !strings.Contains(out, id+"  ") || !strings.Contains(out, "for sale at 0.002 ETH") || !strings.Contains(out, "no (not_purchased)") {
		t.Fatalf("content list:\n%s", out)
	}

	// Watch: the URL comes first on stdout.
	wctx, stop := context.WithCancel(ctx)
	var stdout, stderr syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- runCLI(wctx, t, &stdout, &stderr, append([]string{"--json", "watch", id, "--max-price", "0.005"}, va...)...)
	}()
	var url string
	for deadline := time.Now().Add(90 * time.Second); url == ""; time.Sleep(20 * time.Millisecond) {
		if m := urlRE.FindStringSubmatch(stdout.String()); m != nil {
			url = m[1]
		}
		select {
		case err := <-done:
			t.Fatalf("watch ended: %v\n%s", err, stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("watch printed no URL; stderr:\n%s", stderr.String())
		}
	}
	size := len(plain)
	for _, tc := range []struct {
		name, rng string
		status    int
		want      []byte
	}{
		{"seek far ahead first", fmt.Sprintf("bytes=%d-%d", size-300_000, size-200_001), 206, plain[size-300_000 : size-200_000]},
		{"whole", "", 200, plain},
		{"open-ended", "bytes=1000000-", 206, plain[1000000:]},
		{"suffix", "bytes=-5000", 206, plain[size-5000:]},
		{"inside one chunk", "bytes=70000-70010", 206, plain[70000:70011]},
		{"across chunks", "bytes=65000-200000", 206, plain[65000:200001]},
	} {
		status, body, _ := rangeGet(t, url, tc.rng)
		if status != tc.status || !bytes.Equal(body, tc.want) {
			t.Fatalf("%s (%s): status %d, %d bytes, equal %v", tc.name, tc.rng, status, len(body), bytes.Equal(body, tc.want))
		}
	}
	if status, _, _ := rangeGet(t, url, fmt.Sprintf("bytes=%d-", size+10)); status != http.StatusRequestedRangeNotSatisfiable {
		t.Fatalf("range past the end: %d", status)
	}
	for deadline := time.Now().Add(60 * time.Second); !strings.Contains(stdout.String(), `"verified": true`); time.Sleep(50 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("watch reported no verified completion; stdout %s\nstderr:\n%s", stdout.String(), stderr.String())
		}
	}
	// A progress line comes every second while watch runs (the download itself may be over
	// before the first one).
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(stderr.String(), "peers"); time.Sleep(50 * time.Millisecond) {
		if time.Now().After(deadline) {
			break
		}
	}
	if !strings.Contains(stderr.String(), "matches the on-chain content hash") || !strings.Contains(stderr.String(), "peers") {
		t.Fatalf("watch stderr lacks progress or the check:\n%s", stderr.String())
	}
	time.Sleep(2 * time.Second) // the last invoices
	stop()
	if err := <-done; err != nil {
		t.Fatalf("watch: %v\n%s", err, stderr.String())
	}

	// The seeders settle what they hold; the escrow paid exactly that, out of the deposit.
	before, err := n.env.Client.EscrowBalance(ctx, viewerAcct.Address)
	if err != nil {
		t.Fatal(err)
	}
	total, bytesPaid := new(big.Int), uint64(0)
	for _, s := range sellers {
		rep, err := seeder.BuildReport(ctx, s.Store, s.Payout, s.Price)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Settle(ctx); err != nil {
			t.Fatal(err)
		}
		paid, err := n.env.Client.Paid(ctx, viewerAcct.Address, s.Payout)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: receipts for %d bytes, earned %s wei, settled %s wei", s, rep.Totals.BytesPaid, rep.Totals.Earned, paid)
		if paid.String() != rep.Totals.Earned {
			t.Fatalf("%s holds receipts for %s wei but the escrow paid it %s", s, rep.Totals.Earned, paid)
		}
		total.Add(total, paid)
		bytesPaid += rep.Totals.BytesPaid
	}
	after, _ := n.env.Client.EscrowBalance(ctx, viewerAcct.Address)
	if new(big.Int).Sub(before, after).Cmp(total) != 0 || total.Sign() <= 0 {
		t.Fatalf("escrow went from %s to %s; the seeders were paid %s in all", before, after, total)
	}
	if bytesPaid < uint64(len(plain)) {
		t.Fatalf("receipts cover %d bytes of a %d-byte item", bytesPaid, len(plain))
	}

	// --player: a "player" that reads the URL (a range, then the whole) and exits ends watch.
	dir := t.TempDir()
	script := filepath.Join(dir, "player.sh")
	os.WriteFile(script, []byte("#!/bin/sh\ncurl -sf -r 100-199 -o \"$(dirname \"$0\")/range\" \"$1\" && curl -sf -o \"$(dirname \"$0\")/whole\" \"$1\"\n"), 0o755)
	mustRun(t, ctx, append([]string{"watch", id, "--player", script, "--seed-for", "0"}, va...)...)
	if r, _ := os.ReadFile(filepath.Join(dir, "range")); !bytes.Equal(r, plain[100:200]) {
		t.Fatalf("the player's range request got %d bytes", len(r))
	}
	if w, _ := os.ReadFile(filepath.Join(dir, "whole")); !bytes.Equal(w, plain) {
		t.Fatalf("the player read %d bytes, not the plaintext", len(w))
	}

	// get writes the exact file; a second get to the same path refuses and keeps it.
	dst := filepath.Join(t.TempDir(), "film.mp4")
	out, _ = mustRun(t, ctx, append([]string{"--json", "get", id, "--out", dst}, va...)...)
	got, err := os.ReadFile(dst)
	if err != nil || !bytes.Equal(got, plain) || !strings.Contains(out, `"verified": true`) {
		t.Fatalf("get: %v, %d bytes, %s", err, len(got), out)
	}
	if _, _, err := runCapture(t, ctx, append([]string{"get", id, "--out", dst}, va...)...); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Fatalf("get over an existing file: %v", err)
	}

}

// startWatch runs `watch` with args until the test ends and returns the local URL it printed.
func startWatch(t *testing.T, args ...string) (string, *syncBuffer, func() error) {
	t.Helper()
	ctx, stop := context.WithCancel(context.Background())
	var stdout, stderr syncBuffer
	done := make(chan error, 1)
	go func() { done <- runCLI(ctx, t, &stdout, &stderr, append([]string{"--json", "watch"}, args...)...) }()
	var ended bool
	end := func() error {
		if ended {
			return nil
		}
		ended = true
		stop()
		return <-done
	}
	t.Cleanup(func() { _ = end() })
	for deadline := time.Now().Add(90 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if m := urlRE.FindStringSubmatch(stdout.String()); m != nil {
			return m[1], &stderr, end
		}
		select {
		case err := <-done:
			ended = true
			t.Fatalf("watch ended: %v\n%s", err, stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("watch printed no URL; stderr:\n%s", stderr.String())
		}
	}
}

// TestWatchGoesOnWhenTheGatewayGoesDown: once the key is issued, the gateway going down does not
// stop playback: the viewer streams from the seeders it found in the directory.
func TestWatchGoesOnWhenTheGatewayGoesDown(t *testing.T) {
	n, stopGateway := newViewerNetStop(t, chaintest.Options{})
	ctx := context.Background()
	id, plain := n.upload(t, 2<<20+99, "--price", "0.002")
	mustRun(t, ctx, append([]string{"access", "buy", id, "--yes", "--dev-key", n.devKey(3)}, n.chainArgs()...)...)
	mustRun(t, ctx, append([]string{"escrow", "deposit", "0.01", "--dev-key", n.devKey(3)}, n.chainArgs()...)...)
	n.startSellers(t, id, 2_000_000_000_000_000, false, 5)
	url, stderr, end := startWatch(t, append([]string{id}, n.viewerArgs(3)...)...)
	stopGateway()
	if res, err := http.Get(n.url + "/healthz"); err == nil {
		res.Body.Close()
		t.Fatal("the gateway still answers")
	}
	status, body, _ := rangeGet(t, url, "")
	if status != http.StatusOK || !bytes.Equal(body, plain) {
		t.Fatalf("after the gateway went down: status %d, %d bytes\n%s", status, len(body), stderr.String())
	}
	if err := end(); err != nil {
		t.Fatalf("watch: %v", err)
	}
}
