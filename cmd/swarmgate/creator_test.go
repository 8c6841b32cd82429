package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"image"
	"image/color"
	pngenc "image/png"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/chaintest"
	"github.com/swarmgate/swarmgate/chain/wallet"
	"github.com/swarmgate/swarmgate/gwclient"
	"github.com/swarmgate/swarmgate/sealed"
	"github.com/swarmgate/swarmgate/viewerkey"
)

// creatorNet is a dev chain with the contracts, a gateway on it run from the command line
// (relaying registrations from dev account 9's keystore), and the creator's local files.
type creatorNet struct {
	env        *chaintest.Env
	url        string
	dataDir    string
	deployment string
	sessions   string
	state      string
}

// newCreatorNet starts the chain and `gateway run` with a relayer; t.Cleanup stops both.
func newCreatorNet(t *testing.T, feeBps uint16) *creatorNet {
	t.Helper()
	env := chaintest.New(t, chaintest.Options{FeeBps: feeBps})
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
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	n.url = "http://" + addr
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, stderr, err := runCapture(t, ctx, "gateway", "run", "--listen", addr, "--public-url", n.url, "--data-dir", n.dataDir,
			"--master-key", strings.Repeat("ab", 32), "--rpc-url", env.Chain.RPCURL(), "--deployment", n.deployment,
			"--relayer-keystore", ks, "--passphrase-file", passFile, "--index-poll", "50ms", "--rate-register", "0")
		if err != nil {
			t.Logf("gateway stderr:\n%s", stderr)
		}
		done <- err
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			t.Error("gateway did not stop")
		}
	})
	for deadline := time.Now().Add(60 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if res, err := http.Get(n.url + "/healthz"); err == nil {
			res.Body.Close()
			return n
		}
		select {
		case err := <-done:
			t.Fatalf("gateway exited: %v", err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatal("gateway did not start")
		}
	}
}

// devKey is dev account i's raw key, as --dev-key takes it.
func (n *creatorNet) devKey(i int) string { return n.env.Accounts[i].KeyHex() }

// args are the flags every creator command against this net takes, signing with account i.
func (n *creatorNet) args(i int) []string {
	return []string{"--gateway", n.url, "--dev-key", n.devKey(i), "--session-file", n.sessions}
}

func (n *creatorNet) chainArgs() []string {
	return []string{"--rpc-url", n.env.Chain.RPCURL(), "--deployment", n.deployment}
}

// mustRun runs a command line and fails the test when it fails.
func mustRun(t *testing.T, ctx context.Context, args ...string) (string, string) {
	t.Helper()
	out, errOut, err := runCapture(t, ctx, args...)
	if err != nil {
		t.Fatalf("swarmgate %s: %v\nstderr:\n%s", strings.Join(redactArgs(args), " "), err, errOut)
	}
	return out, errOut
}

func redactArgs(args []string) []string {
	out := append([]string(nil), args...)
	for i := range out {
		if i > 0 && out[i-1] == "--dev-key" {
			out[i] = "…"
		}
	}
	return out
}

func writeRandomFile(t *testing.T, name string, size int) (string, []byte) {
	t.Helper()
	data := make([]byte, size)
	_, _ = rand.Read(data)
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p, data
}

// TestCreatorSellsWithSplit: a creator uploads a file with a price, a rental period and a
// revenue split through the CLI (gasless registration); the catalog lists it with that policy;
// a viewer rents it on-chain; the payees' revenue matches the split to the wei; the creator
// withdraws its share with `revenue withdraw`; a policy change through `content policy` shows
// in the catalog.
func TestCreatorSellsWithSplit(t *testing.T) {
	n := newCreatorNet(t, 250) // a 2.5% platform fee, so that the split is of the net
	ctx := context.Background()
	creator, partner, viewer := n.env.Accounts[1], n.env.Accounts[2], n.env.Accounts[3]
	file, data := writeRandomFile(t, "holiday.mp4", 3<<20+12345)
	poster := filepath.Join(t.TempDir(), "poster.png")
	var png bytes.Buffer
	img := image.NewRGBA(image.Rect(0, 0, 32, 18))
	img.Set(3, 4, color.RGBA{200, 10, 10, 255})
	if err := pngenc.Encode(&png, img); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(poster, png.Bytes(), 0o644)

	out, _ := mustRun(t, ctx, append([]string{"--json", "content", "upload", file, "--title", "Holiday", "--description", "Two weeks by the sea",
		"--poster", poster, "--price", "0.0123", "--rent", "48h", "--split", partner.Address.Hex() + "=7000", "--split", "owner=3000",
		"--state-file", n.state}, n.args(1)...)...)
	var res uploadResult
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("upload --json: %v: %s", err, out)
	}
	if res.ContentID == "" || res.Registration != "gasless" || res.Creator != creator.Address.Hex() ||
		!strings.Contains(res.Watch, "swarmgate watch "+res.ContentID+" --gateway "+n.url) {
		t.Fatalf("upload result %+v", res)
	}
	price, _ := new(big.Int).SetString("12300000000000000", 10)

	// The catalog lists the item with the policy asked for, and so does the chain.
	it, err := gwclient.New(n.url, nil).Content(ctx, res.ContentID)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(data)
	if it.Policy.Kind != "rent" || it.Policy.Price != price.String() || it.Policy.DurationSeconds != 48*3600 || it.Policy.Currency != "" ||
		it.ContentHash != "0x"+hex.EncodeToString(sum[:]) || !strings.EqualFold(it.Creator, creator.Address.Hex()) ||
		it.Title != "Holiday" || it.Description != "Two weeks by the sea" || it.PosterURL == "" {
		t.Fatalf("catalog item %+v", it)
	}
	pres, err := http.Get(it.PosterURL)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(pres.Body)
	pres.Body.Close()
	if pres.StatusCode != 200 || !bytes.Equal(got, png.Bytes()) {
		t.Fatalf("poster at %s: %d, %d bytes", it.PosterURL, pres.StatusCode, len(got))
	}
	id, _ := new(big.Int).SetString(res.ContentID, 10)
	onchain, err := n.env.Client.Content(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if p := onchain.Policy; len(p.Payees) != 2 || p.Payees[0].Account != partner.Address || p.Payees[0].ShareBps != 7000 ||
		p.Payees[1].Account != (common.Address{}) || p.Payees[1].ShareBps != 3000 {
		t.Fatalf("on-chain payees %+v", p.Payees)
	}

	// A viewer rents it; the revenue is split to the wei.
	if _, _, err := n.env.Client.Purchase(ctx, n.env.Opts(3), id, viewer.Address, chain.PurchaseTerms(onchain.Policy)); err != nil {
		t.Fatalf("purchase: %v", err)
	}
	fee := new(big.Int).Div(new(big.Int).Mul(price, big.NewInt(250)), big.NewInt(10_000))
	net := new(big.Int).Sub(price, fee)
	partnerShare := new(big.Int).Div(new(big.Int).Mul(net, big.NewInt(7000)), big.NewInt(10_000))
	creatorShare := new(big.Int).Sub(net, partnerShare)
	for who, want := range map[common.Address]*big.Int{partner.Address: partnerShare, creator.Address: creatorShare} {
		got, err := n.env.Client.Owed(ctx, who, common.Address{})
		if err != nil || got.Cmp(want) != 0 {
			t.Fatalf("owed to %s: %v %v, want %s", who.Hex(), got, err, want)
		}
	}

	// `revenue show` reads the same, `revenue withdraw` pays it out.
	out, _ = mustRun(t, ctx, append([]string{"--json", "revenue", "show", "--dev-key", n.devKey(1)}, n.chainArgs()...)...)
	var shown revenueResult
	if err := json.Unmarshal([]byte(out), &shown); err != nil || len(shown.Owed) != 1 || shown.Owed[0].Owed != creatorShare.String() {
		t.Fatalf("revenue show: %v %s", err, out)
	}
	before, _ := n.env.Chain.Client().BalanceAt(ctx, creator.Address, nil)
	out, _ = mustRun(t, ctx, append([]string{"--json", "revenue", "withdraw", "--dev-key", n.devKey(1)}, n.chainArgs()...)...)
	var wd revenueWithdrawResult
	if err := json.Unmarshal([]byte(out), &wd); err != nil || wd.Amount != creatorShare.String() {
		t.Fatalf("revenue withdraw: %v %s", err, out)
	}
	after, _ := n.env.Chain.Client().BalanceAt(ctx, creator.Address, nil)
	gained := new(big.Int).Sub(after, before)
	if owed, _ := n.env.Client.Owed(ctx, creator.Address, common.Address{}); owed.Sign() != 0 || gained.Sign() <= 0 || gained.Cmp(creatorShare) > 0 {
		t.Fatalf("after withdraw: owed %v, balance gained %v of %v", owed, gained, creatorShare)
	}
	// Nothing left: a second withdraw says so and fails.
	_, errOut, err := runCapture(t, ctx, append([]string{"revenue", "withdraw", "--dev-key", n.devKey(1)}, n.chainArgs()...)...)
	if err == nil || !strings.Contains(err.Error(), "no revenue to withdraw") {
		t.Fatalf("second withdraw: %v %s", err, errOut)
	}

	// The owner changes the policy; the catalog shows it.
	out, _ = mustRun(t, ctx, append(append([]string{"--json", "content", "policy", res.ContentID, "--price", "0.5", "--direct"}, n.args(1)...), n.chainArgs()...)...)
	var pr policyResult
	if err := json.Unmarshal([]byte(out), &pr); err != nil || pr.Tx == "" || pr.Policy.Model != "buy" {
		t.Fatalf("content policy: %v %s", err, out)
	}
	it, err = gwclient.New(n.url, nil).Content(ctx, res.ContentID)
	if err != nil || it.Policy.Kind != "buy" || it.Policy.Price != "500000000000000000" || it.Policy.DurationSeconds != 0 {
		t.Fatalf("catalog after the policy change: %+v %v", it.Policy, err)
	}
	// Someone else cannot.
	_, _, err = runCapture(t, ctx, append(append([]string{"content", "policy", res.ContentID, "--free", "--direct"}, n.args(2)...), n.chainArgs()...)...)
	if err == nil || !strings.Contains(err.Error(), "only the rights-token owner") {
		t.Fatalf("policy change by another account: %v", err)
	}
	_, _, err = runCapture(t, ctx, append([]string{"content", "policy", res.ContentID, "--free"}, n.args(2)...)...)
	if err == nil || !strings.Contains(err.Error(), "only the rights token's owner") || !strings.Contains(err.Error(), "not_owner") {
		t.Fatalf("gasless policy change by another account: %v", err)
	}

	// Gasless (the default): signed by the owner, relayed by the gateway; rented again, in a
	// new split.
	out, _ = mustRun(t, ctx, append([]string{"--json", "content", "policy", res.ContentID, "--price", "0.001", "--rent", "7d",
		"--split", partner.Address.Hex() + "=5000", "--split", "owner=5000"}, n.args(1)...)...)
	if err := json.Unmarshal([]byte(out), &pr); err != nil || pr.Update != "gasless" || pr.Tx == "" {
		t.Fatalf("gasless content policy: %v %s", err, out)
	}
	it, err = gwclient.New(n.url, nil).Content(ctx, res.ContentID)
	if err != nil || it.Policy.Kind != "rent" || it.Policy.Price != "1000000000000000" || it.Policy.DurationSeconds != 7*86400 {
		t.Fatalf("catalog after the gasless policy change: %+v %v", it.Policy, err)
	}
	if onchain, err = n.env.Client.Content(ctx, id); err != nil || len(onchain.Policy.Payees) != 2 || onchain.Policy.Payees[0].ShareBps != 5000 {
		t.Fatalf("on-chain policy after the gasless change: %+v %v", onchain.Policy, err)
	}

	// Key issuance follows the policy too: a stranger gets no key for the rented item, and gets
	// one once the owner makes it free.
	kc := viewerkey.NewClient(n.url, nil)
	stranger, err := kc.SignIn(ctx, n.env.Accounts[6].Key)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := kc.FetchKey(ctx, stranger.Token, res.ContentID, viewerkey.KeyOptions{}); err == nil {
		t.Fatal("a stranger got the key of a rented item")
	}
	mustRun(t, ctx, append([]string{"content", "policy", res.ContentID, "--free"}, n.args(1)...)...)
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(200 * time.Millisecond) {
		_, err := kc.FetchKey(ctx, stranger.Token, res.ContentID, viewerkey.KeyOptions{})
		if err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no key for the stranger after the item became free: %v", err)
		}
	}
}

// throttle is a reverse proxy in front of the gateway that delays every tus PATCH, so that an
// upload can be stopped halfway.
type throttle struct {
	delay   atomic.Int64 // nanoseconds per PATCH
	patches atomic.Int64
}

func (th *throttle) proxy(t *testing.T, target string) string {
	u, _ := url.Parse(target)
	rp := httputil.NewSingleHostReverseProxy(u)
	var self string
	// tus answers with absolute upload URLs on the gateway's public URL: point them here.
	rp.ModifyResponse = func(r *http.Response) error {
		if loc := r.Header.Get("Location"); strings.HasPrefix(loc, target) {
			r.Header.Set("Location", self+strings.TrimPrefix(loc, target))
		}
		return nil
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPatch {
			th.patches.Add(1)
			time.Sleep(time.Duration(th.delay.Load()))
		}
		rp.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	self = srv.URL
	return srv.URL
}

// TestUploadResumesAfterStop: an upload stopped halfway (the command's context cancelled, as
// Ctrl-C does, in the middle of the transfer) goes on from where it stopped when the same
// command runs again, and the gateway ends up with the file's exact bytes: the content hash is
// the file's SHA-256 and the sealed ciphertext opens, with the key a viewer gets, to the file.
func TestUploadResumesAfterStop(t *testing.T) {
	n := newCreatorNet(t, 0)
	var th throttle
	th.delay.Store(int64(150 * time.Millisecond))
	proxied := th.proxy(t, n.url)
	file, data := writeRandomFile(t, "long.mp4", 6<<20)
	args := []string{"--json", "content", "upload", file, "--title", "Long", "--free", "--chunk-size", "262144",
		"--state-file", n.state, "--gateway", n.url, "--dev-key", n.devKey(1), "--session-file", n.sessions}
	// Every request goes through the proxy: the same gateway over a slower link.
	for i, a := range args {
		if a == n.url {
			args[i] = proxied
		}
	}

	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		for th.patches.Load() < 10 { // 10 of 24 chunks
			time.Sleep(20 * time.Millisecond)
		}
		cancel()
	}()
	_, errOut, err := runCapture(t, ctx, args...)
	if err == nil || !strings.Contains(err.Error(), "run the same command again to resume") {
		t.Fatalf("stopped upload: %v\n%s", err, errOut)
	}
	var state map[string]string
	if b, err := os.ReadFile(n.state); err != nil || json.Unmarshal(b, &state) != nil || len(state) != 1 {
		t.Fatalf("upload state after the stop: %v %v", err, state)
	}
	if st, _ := os.Stat(n.state); st.Mode().Perm() != 0o600 {
		t.Fatalf("state file mode %v", st.Mode().Perm())
	}
	stoppedAt := th.patches.Load()

	th.delay.Store(0)
	out, errOut := mustRun(t, context.Background(), args...)
	var res uploadResult
	if err := json.Unmarshal([]byte(out), &res); err != nil || !res.Resumed || res.ContentID == "" {
		t.Fatalf("resumed upload: %v %s\n%s", err, out, errOut)
	}
	total := th.patches.Load()
	if sent := total - stoppedAt; sent >= 24 || total > 24+1 {
		t.Fatalf("%d PATCHes before the stop, %d after: the upload started over", stoppedAt, total-stoppedAt)
	}
	if b, _ := os.ReadFile(n.state); strings.Contains(string(b), "long.mp4") {
		t.Fatalf("finished upload still in the state file: %s", b)
	}

	// The bytes: the content hash, and the ciphertext the gateway sealed opens to the file.
	sum := sha256.Sum256(data)
	it, err := gwclient.New(n.url, nil).Content(context.Background(), res.ContentID)
	if err != nil || it.ContentHash != "0x"+hex.EncodeToString(sum[:]) {
		t.Fatalf("catalog content hash %q, want the file's %x (%v)", it.ContentHash, sum, err)
	}
	kc := viewerkey.NewClient(n.url, nil)
	sess, err := kc.SignIn(context.Background(), n.env.Accounts[4].Key)
	if err != nil {
		t.Fatal(err)
	}
	key, err := kc.FetchKey(context.Background(), sess.Token, res.ContentID, viewerkey.KeyOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var k sealed.Key
	copy(k[:], key.ContentKey)
	opened := false
	_ = filepath.Walk(filepath.Join(n.dataDir, "content"), func(p string, fi os.FileInfo, err error) error {
		if err != nil || !fi.Mode().IsRegular() || opened {
			return nil
		}
		f, err := os.Open(p)
		if err != nil {
			return nil
		}
		defer f.Close()
		r, err := sealed.Open(f, fi.Size(), k)
		if err != nil {
			return nil
		}
		plain, err := io.ReadAll(r)
		if err != nil {
			t.Fatalf("ciphertext %s: %v", p, err)
		}
		if got := sha256.Sum256(plain); got != sum || !bytes.Equal(plain, data) {
			t.Fatalf("ciphertext %s opens to other bytes", p)
		}
		opened = true
		return nil
	})
	if !opened {
		t.Fatal("no ciphertext in the gateway's content directory opens with the item's key")
	}
}
