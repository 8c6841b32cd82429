package main

import (
	"context"
	"encoding/json"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/devchain"
	"github.com/swarmgate/swarmgate/chain/wallet"
	"github.com/swarmgate/swarmgate/gwclient"
)

// keystoreArgs writes dev account i of the --dev chain into a new keystore and returns the
// flags that unlock it.
func keystoreArgs(t *testing.T, i int) []string {
	t.Helper()
	dir := t.TempDir()
	ks, keyFile, passFile := filepath.Join(dir, "keystore"), filepath.Join(dir, "key.hex"), filepath.Join(dir, "pass")
	os.WriteFile(keyFile, []byte(devchain.DevAccounts(i + 1)[i].KeyHex()), 0o600)
	os.WriteFile(passFile, []byte("creator pass\n"), 0o600)
	if _, err := wallet.Open(ks, wallet.LightScrypt()).ImportHexKey(keyFile, "creator pass"); err != nil {
		t.Fatal(err)
	}
	os.Remove(keyFile)
	return []string{"--keystore", ks, "--passphrase-file", passFile}
}

// TestCreatorFindsChainThroughGateway: against `gateway run --dev`, the creator commands that
// need the chain work with only --gateway and the keystore flags: GET /v1/chain names the chain,
// the contracts and the dev node's RPC URL. The creator opens a channel, uploads a priced item
// registered by its own transaction (--direct), a viewer buys it, `content mine` lists it with
// its sale and the revenue owed, `revenue show|withdraw` read and pay that revenue, and
// `content policy --direct` reprices it.
func TestCreatorFindsChainThroughGateway(t *testing.T) {
	gw, _ := devGateway(t)
	ctx := context.Background()
	info, err := gwclient.New(gw, nil).Chain(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if info.ChainID != devchain.ChainID || info.RPCURL == "" || info.UnlockDelay() != devUnlockDelay || info.StartBlock == 0 {
		t.Fatalf("GET /v1/chain of a --dev gateway: %+v", info)
	}
	dep, err := info.Deployment()
	if err != nil {
		t.Fatal(err)
	}
	eth, err := chain.Dial(ctx, info.RPCURL, dep.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()
	client := chain.NewClient(eth, dep, chain.Config{Poll: devchain.Poll})
	creator, viewer := devchain.DevAccounts(6)[4], devchain.DevAccounts(6)[5]
	base := append([]string{"--gateway", gw}, keystoreArgs(t, 4)...)

	out, _ := mustRun(t, ctx, append([]string{"--json", "channel", "set", "--price", "0.002", "--period", "30d"}, base...)...)
	var ch channelResult
	if err := json.Unmarshal([]byte(out), &ch); err != nil || ch.Creator != creator.Address.Hex() {
		t.Fatalf("channel set: %v %s", err, out)
	}
	if terms, err := client.ChannelTerms(ctx, creator.Address); err != nil || terms.Price.String() != "2000000000000000" || terms.Duration != 30*24*3600 {
		t.Fatalf("channel on-chain: %+v %v", terms, err)
	}

	file, _ := writeRandomFile(t, "lecture.mp4", 200<<10)
	dir := t.TempDir()
	out, _ = mustRun(t, ctx, append([]string{"--json", "content", "upload", file, "--title", "Lecture", "--price", "0.001", "--direct",
		"--session-file", filepath.Join(dir, "sessions.json"), "--state-file", filepath.Join(dir, "uploads.json")}, base...)...)
	var up uploadResult
	if err := json.Unmarshal([]byte(out), &up); err != nil || up.ContentID == "" || up.Registration != "direct" || up.Tx == "" {
		t.Fatalf("content upload --direct: %v %s", err, out)
	}
	id, _ := new(big.Int).SetString(up.ContentID, 10)
	onchain, err := client.Content(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := client.Purchase(ctx, viewer.TransactOpts(), id, viewer.Address, chain.PurchaseTerms(onchain.Policy)); err != nil {
		t.Fatalf("purchase: %v", err)
	}

	// content mine: the item with its sale (once indexed) and the revenue owed.
	var mine mineResult
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		out, _ = mustRun(t, ctx, append([]string{"--json", "content", "mine"}, base...)...)
		if err := json.Unmarshal([]byte(out), &mine); err != nil {
			t.Fatalf("content mine: %v %s", err, out)
		}
		if len(mine.Items) == 1 && mine.Items[0].Sales == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("content mine does not show the sale: %s", out)
		}
	}
	if it := mine.Items[0]; mine.Creator != creator.Address.Hex() || it.ID != up.ContentID || it.Title != "Lecture" ||
		it.Policy.Kind != "buy" || it.Policy.Price != "1000000000000000" {
		t.Fatalf("content mine: %+v", mine)
	}
	if len(mine.Owed) != 1 || mine.Owed[0].Currency != "" || mine.Owed[0].Owed != "1000000000000000" || mine.Owed[0].Amount != "0.001" || mine.Owed[0].Symbol != "ETH" {
		t.Fatalf("content mine owed: %+v", mine.Owed)
	}
	text, _ := mustRun(t, ctx, append([]string{"content", "mine"}, base...)...)
	for _, want := range []string{"1 items of " + creator.Address.Hex(), "Lecture", "0.001 ETH", "revenue owed", "1000000000000000 base units"} {
		if !strings.Contains(text, want) {
			t.Errorf("content mine does not say %q:\n%s", want, text)
		}
	}

	out, _ = mustRun(t, ctx, append([]string{"--json", "revenue", "show"}, base...)...)
	var shown revenueResult
	if err := json.Unmarshal([]byte(out), &shown); err != nil || len(shown.Owed) != 1 || shown.Owed[0].Owed != "1000000000000000" {
		t.Fatalf("revenue show: %v %s", err, out)
	}
	out, _ = mustRun(t, ctx, append([]string{"--json", "revenue", "withdraw"}, base...)...)
	var wd revenueWithdrawResult
	if err := json.Unmarshal([]byte(out), &wd); err != nil || wd.Amount != "1000000000000000" {
		t.Fatalf("revenue withdraw: %v %s", err, out)
	}
	if owed, err := client.Owed(ctx, creator.Address, common.Address{}); err != nil || owed.Sign() != 0 {
		t.Fatalf("owed after withdraw: %v %v", owed, err)
	}

	out, _ = mustRun(t, ctx, append([]string{"--json", "content", "policy", up.ContentID, "--price", "0.002", "--direct"}, base...)...)
	var pol policyResult
	if err := json.Unmarshal([]byte(out), &pol); err != nil || pol.Update != "direct" || pol.Tx == "" {
		t.Fatalf("content policy --direct: %v %s", err, out)
	}
	if onchain, err := client.Content(ctx, id); err != nil || onchain.Policy.Price.String() != "2000000000000000" {
		t.Fatalf("policy on-chain after content policy --direct: %+v %v", onchain.Policy, err)
	}

	// Explicit flags win over the gateway's answer, and must agree with it.
	wrong := filepath.Join(t.TempDir(), "deployment.json")
	other := dep
	other.ChainID = 5
	if err := chain.WriteDeployment(wrong, other); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runExit(t, append([]string{"revenue", "show", "--deployment", wrong}, base...)...)
	if code != 1 || stdout != "" || !strings.Contains(stderr, "is for chain id 5, but the gateway "+gw+" is on chain id 1337") {
		t.Fatalf("deployment of another chain: exit %d %q %s", code, stdout, stderr)
	}
	code, _, stderr = runExit(t, append([]string{"revenue", "show", "--deployment", wrong, "--rpc-url", info.RPCURL}, base...)...)
	if code != 1 || !strings.Contains(stderr, "is for chain id 5, but the gateway "+gw+" is on chain id 1337") {
		t.Fatalf("both chain flags, of another chain than the gateway's: exit %d %s", code, stderr)
	}
	elsewhere := dep
	elsewhere.Registry = common.HexToAddress("0x00000000000000000000000000000000DeadBeef")
	if err := chain.WriteDeployment(wrong, elsewhere); err != nil {
		t.Fatal(err)
	}
	code, _, stderr = runExit(t, append([]string{"channel", "set", "--close", "--deployment", wrong}, base...)...)
	if code != 1 || !strings.Contains(stderr, "names registry 0x00000000000000000000000000000000DeaDBeef") || !strings.Contains(stderr, "uses registry "+dep.Registry.Hex()) {
		t.Fatalf("deployment of other contracts: exit %d %s", code, stderr)
	}
	code, _, stderr = runExit(t, append([]string{"revenue", "show", "--rpc-url", "http://127.0.0.1:1"}, base...)...)
	if code != 1 || !strings.Contains(stderr, "127.0.0.1:1") {
		t.Fatalf("an explicit --rpc-url is not the one used: exit %d %s", code, stderr)
	}
}

// TestChainThroughGatewayRefused: a gateway without a chain, one that recommends no RPC URL and
// one whose RPC URL serves another chain are each a clear error and a non-zero exit.
func TestChainThroughGatewayRefused(t *testing.T) {
	dev, err := devchain.New(devchain.Config{Accounts: 1})
	if err != nil {
		t.Fatal(err)
	}
	if err := dev.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { dev.Close() })
	answer := func(status int, body string) string {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path != "/v1/chain" {
				http.NotFound(w, r)
				return
			}
			if status != 200 {
				w.Header().Set("Content-Type", "application/problem+json")
			}
			w.WriteHeader(status)
			w.Write([]byte(body))
		}))
		t.Cleanup(srv.Close)
		return srv.URL
	}
	const addrs = `"registry":"0x5FbDB2315678afecb367f032d93F642f64180aa3","escrow":"0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512","start_block":1,"unlock_delay_seconds":60,"fee_bps":0,"fee_recipient":"0x0000000000000000000000000000000000000001"`
	key := "0x" + strings.Repeat("11", 32)
	for _, tc := range []struct {
		name, gateway, want string
	}{
		{"gateway without a chain", answer(503, `{"status":503,"code":"chain_not_configured","detail":"this gateway runs without a chain"}`), "runs without one: give --rpc-url and --deployment"},
		{"no RPC URL", answer(200, `{"chain_id":1337,`+addrs+`}`), "recommends no RPC URL: give --rpc-url (a JSON-RPC endpoint of chain id 1337)"},
		{"RPC URL of another chain", answer(200, `{"chain_id":5,`+addrs+`,"rpc_url":"`+dev.RPCURL()+`"}`), "serves chain id 1337, want chain id 5; the gateway"},
		{"no contracts", answer(200, `{"chain_id":1337,"registry":"nope","escrow":"","rpc_url":"`+dev.RPCURL()+`"}`), "not contract addresses"},
		{"gateway down", "http://127.0.0.1:1", "which chain it is on"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runExit(t, "revenue", "show", "--gateway", tc.gateway, "--dev-key", key)
			if code != 1 || stdout != "" || !strings.Contains(stderr, tc.want) {
				t.Fatalf("exit %d, stdout %q; stderr does not say %q:\n%s", code, stdout, tc.want, stderr)
			}
		})
	}
}

// TestContentMineWithoutChain: against a gateway that runs without a chain, `content mine`
// lists (no) items and says the revenue owed is unknown, and `--json` gives an empty owed
// list; GET /v1/chain answers 503 chain_not_configured. Bad input is a clear error.
func TestContentMineWithoutChain(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, _, err := runCapture(t, ctx, "gateway", "run", "--listen", addr, "--public-url", "http://"+addr,
			"--data-dir", t.TempDir(), "--master-key", strings.Repeat("ab", 32))
		done <- err
	}()
	t.Cleanup(func() {
		cancel()
		<-done
	})
	gw := "http://" + addr
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if res, err := http.Get(gw + "/healthz"); err == nil {
			res.Body.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("gateway did not start")
		}
	}
	if _, err := gwclient.New(gw, nil).Chain(context.Background()); !gwclient.IsProblem(err, "chain_not_configured") {
		t.Fatalf("GET /v1/chain of a chainless gateway: %v", err)
	}
	key := "0x" + strings.Repeat("11", 32)
	out, _ := mustRun(t, context.Background(), "content", "mine", "--gateway", gw, "--dev-key", key)
	if !strings.Contains(out, "0 items of 0x") || !strings.Contains(out, "revenue owed: unknown") {
		t.Fatalf("content mine:\n%s", out)
	}
	out, _ = mustRun(t, context.Background(), "--json", "content", "mine", "--gateway", gw, "--account", "0x00000000000000000000000000000000000000aa")
	var res mineResult
	if err := json.Unmarshal([]byte(out), &res); err != nil || res.Creator != "0x00000000000000000000000000000000000000AA" || res.Items == nil || len(res.Items) != 0 || res.Owed == nil || len(res.Owed) != 0 {
		t.Fatalf("content mine --json: %v %s", err, out)
	}
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"bad account", []string{"content", "mine", "--gateway", gw, "--account", "0x12"}, `--account "0x12" is not an address`},
		{"bad gateway URL", []string{"content", "mine", "--gateway", "gateway.example", "--dev-key", key}, "is not an http(s) URL"},
		{"gateway down", []string{"content", "mine", "--gateway", "http://127.0.0.1:1", "--dev-key", key}, "does not answer"},
		{"no account", []string{"content", "mine", "--gateway", gw, "--keystore", t.TempDir()}, "no account in the keystore"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runExit(t, tc.args...)
			if code != 1 || stdout != "" || !strings.Contains(stderr, tc.want) {
				t.Fatalf("exit %d, stdout %q; stderr does not say %q:\n%s", code, stdout, tc.want, stderr)
			}
		})
	}
}
