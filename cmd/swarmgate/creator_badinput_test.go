package main

import (
	"context"
	"encoding/json"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/chain/wallet"
	"github.com/swarmgate/swarmgate/gwclient"
)

func TestParseAmount(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in       string
		decimals uint8
		want     string // base units, or "" for an error
		err      string
	}{
		{"0.01", 18, "10000000000000000", ""},
		{"1", 18, "1000000000000000000", ""},
		{"1.", 6, "1000000", ""},
		{".5", 6, "500000", ""},
		{"0.000001", 6, "1", ""},
		{"12.340000", 6, "12340000", ""},
		{"0", 18, "0", ""},
		{"0.0000001", 6, "", "more precise"},
		{"0.0000000000000000001", 18, "", "more precise"},
		{"-1", 18, "", "below zero"},
		{"-0.01", 18, "", "below zero"},
		{"1e18", 18, "", "not a decimal number"},
		{"+1", 18, "", "not a decimal number"},
		{"1,5", 18, "", "not a decimal number"},
		{"", 18, "", "not a number"},
		{".", 18, "", "not a number"},
		{"1.2.3", 18, "", "not a decimal number"},
		{strings.Repeat("9", 90), 0, "", "too large"},
	} {
		got, err := parseAmount(tc.in, tc.decimals)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("parseAmount(%q, %d) = %v, %v; want an error saying %q", tc.in, tc.decimals, got, err, tc.err)
			}
			continue
		}
		if err != nil || got.String() != tc.want {
			t.Errorf("parseAmount(%q, %d) = %v, %v; want %s", tc.in, tc.decimals, got, err, tc.want)
		}
		if back, _ := parseAmount(formatAmount(got, tc.decimals), tc.decimals); back.Cmp(got) != 0 {
			t.Errorf("formatAmount(%s) does not parse back", got)
		}
	}
}

// TestPolicyFlags: the flags make the registry's policy, and every rule the registry would
// refuse is refused here first, with the flag named.
func TestPolicyFlags(t *testing.T) {
	t.Parallel()
	eth := currency{Symbol: "ETH", Decimals: 18}
	a, b := "0x00000000000000000000000000000000000000aa", "0x00000000000000000000000000000000000000bb"
	good := []struct {
		name string
		f    policyFlags
		want func(p eip712.Policy) bool
	}{
		{"free", policyFlags{Free: true}, func(p eip712.Policy) bool { return p.Model == eip712.ModelFree && p.Price.Sign() == 0 }},
		{"buy", policyFlags{Price: "0.01"}, func(p eip712.Policy) bool {
			return p.Model == eip712.ModelBuy && p.Price.String() == "10000000000000000"
		}},
		{"rent 30d", policyFlags{Price: "1", Rent: "30d"}, func(p eip712.Policy) bool { return p.Model == eip712.ModelRent && p.Duration == 30*86400 }},
		{"split", policyFlags{Price: "1", Split: []string{a + "=2500", "owner=7500"}}, func(p eip712.Policy) bool {
			return len(p.Payees) == 2 && p.Payees[0].Account == common.HexToAddress(a) && p.Payees[1].Account == (common.Address{})
		}},
		{"gate only", policyFlags{Gate: "erc1155:" + a + ":7:2"}, func(p eip712.Policy) bool {
			return p.Model == eip712.ModelExclusive && p.GateKind == eip712.GateERC1155 && p.GateID.Int64() == 7 && p.GateAmount.Int64() == 2
		}},
		{"subscribers", policyFlags{Subscribers: true}, func(p eip712.Policy) bool { return p.Model == eip712.ModelExclusive && p.Subscribers }},
		{"royalty", policyFlags{Price: "1", Royalty: 500}, func(p eip712.Policy) bool { return p.RoyaltyBps == 500 }},
	}
	for _, tc := range good {
		p, j, err := tc.f.policy(eth)
		if err != nil || !tc.want(p) {
			t.Errorf("%s: %+v, %v", tc.name, p, err)
		}
		if j.Model == "" || j.Price != p.Price.String() {
			t.Errorf("%s: JSON form %+v", tc.name, j)
		}
	}
	bad := []struct {
		name string
		f    policyFlags
		want string
	}{
		{"nothing said", policyFlags{}, "say how viewers get the item"},
		{"free and a price", policyFlags{Free: true, Price: "1"}, "--free gives the item to everyone"},
		{"zero price", policyFlags{Price: "0"}, "is zero"},
		{"negative price", policyFlags{Price: "-1"}, "below zero"},
		{"too precise", policyFlags{Price: "0.0000000000000000001"}, "more precise"},
		{"rent without a price", policyFlags{Rent: "48h"}, "--rent needs --price"},
		{"bad rent", policyFlags{Price: "1", Rent: "two days"}, "not a duration"},
		{"sub-second rent", policyFlags{Price: "1", Rent: "1500ms"}, "whole number of seconds"},
		{"splits short of 10000", policyFlags{Price: "1", Split: []string{a + "=5000", b + "=4000"}}, "add up to 9000"},
		{"splits over 10000", policyFlags{Price: "1", Split: []string{a + "=5000", b + "=6000"}}, "add up to 11000"},
		{"split twice", policyFlags{Price: "1", Split: []string{a + "=5000", a + "=5000"}}, "listed twice"},
		{"split without =", policyFlags{Price: "1", Split: []string{a}}, "want ADDRESS=BPS"},
		{"split not an address", policyFlags{Price: "1", Split: []string{"alice=10000"}}, "not an address"},
		{"split zero share", policyFlags{Price: "1", Split: []string{a + "=0", b + "=10000"}}, "from 1 to 10000"},
		{"split on a free item", policyFlags{Free: true, Split: []string{a + "=10000"}}, "--free gives the item"},
		{"split without a price", policyFlags{Subscribers: true, Split: []string{a + "=10000"}}, "needs --price"},
		{"nine payees", policyFlags{Price: "1", Split: nineSplits()}, "at most 8"},
		{"royalty too high", policyFlags{Price: "1", Royalty: 1001}, "cap of 1000"},
		{"gate kind", policyFlags{Gate: "erc777:" + a + ":1"}, "want erc20:TOKEN:MIN"},
		{"gate without id", policyFlags{Gate: "erc1155:" + a + ":1"}, "want erc20:TOKEN:MIN"},
		{"gate zero minimum", policyFlags{Gate: "erc20:" + a + ":0"}, "above zero"},
		{"gate token", policyFlags{Gate: "erc20:nope:1"}, "not a token address"},
		{"currency without a price", policyFlags{Free: true, Currency: a}, "--currency applies to --price"},
	}
	for _, tc := range bad {
		if tc.f.Currency == "" {
			tc.f.Currency = "ETH"
		}
		_, _, err := tc.f.policy(eth)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v; want an error saying %q", tc.name, err, tc.want)
		}
	}
}

func nineSplits() []string {
	var out []string
	for i := 1; i <= 9; i++ {
		out = append(out, common.BigToAddress(big.NewInt(int64(i))).Hex()+"=1000")
	}
	out[8] = common.BigToAddress(big.NewInt(9)).Hex() + "=2000"
	return out
}

// TestCreatorBadInput: each bad input is a clear message and exit code 1, found before anything
// is sent (the gateway named here does not exist).
func TestCreatorBadInput(t *testing.T) {
	file := filepath.Join(t.TempDir(), "clip.mp4")
	os.WriteFile(file, []byte("some video"), 0o644)
	empty := filepath.Join(t.TempDir(), "empty.mp4")
	os.WriteFile(empty, nil, 0o644)
	notImage := filepath.Join(t.TempDir(), "poster.png")
	os.WriteFile(notImage, []byte("plain text, not a PNG"), 0o644)
	dead := "http://127.0.0.1:1"
	key := "0x" + strings.Repeat("11", 32)
	up := func(extra ...string) []string {
		return append([]string{"content", "upload", file, "--title", "Clip", "--gateway", dead, "--dev-key", key,
			"--session-file", filepath.Join(t.TempDir(), "s.json")}, extra...)
	}
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"unknown currency", up("--price", "1", "--currency", "USD"), `unknown currency "USD"`},
		{"token currency without the chain", up("--price", "1", "--currency", "0x00000000000000000000000000000000000000aa"), "needs the chain: give --rpc-url and --deployment"},
		{"splits that do not add up", up("--price", "1", "--split", "0x00000000000000000000000000000000000000aa=6000", "--split", "owner=3000"), "add up to 9000"},
		{"price below zero", up("--price=-0.5"), "below zero"},
		{"price too precise", up("--price", "0.0000000000000000001"), "more precise than the currency allows (18 decimals)"},
		{"price zero", up("--price", "0"), "use --free to give it away"},
		{"no policy", up(), "say how viewers get the item"},
		{"missing file", []string{"content", "upload", filepath.Join(t.TempDir(), "nope.mp4"), "--title", "x", "--free", "--gateway", dead, "--dev-key", key}, "no such file"},
		{"empty file", []string{"content", "upload", empty, "--title", "x", "--free", "--gateway", dead, "--dev-key", key}, "is empty"},
		{"directory", []string{"content", "upload", t.TempDir(), "--title", "x", "--free", "--gateway", dead, "--dev-key", key}, "not a regular file"},
		{"blank title", []string{"content", "upload", file, "--title", " ", "--free", "--gateway", dead, "--dev-key", key}, "--title is empty"},
		{"poster not an image", up("--free", "--poster", notImage), "not a PNG, JPEG or WebP"},
		{"missing poster", up("--free", "--poster", filepath.Join(t.TempDir(), "none.png")), "poster"},
		{"bad gateway URL", []string{"content", "upload", file, "--title", "x", "--free", "--gateway", "gateway.example", "--dev-key", key}, "is not an http(s) URL"},
		{"gateway down", up("--free"), "does not answer"},
		{"direct without the chain", up("--free", "--direct"), "--direct needs the chain"},
		{"bad content id", []string{"content", "policy", "abc", "--free", "--gateway", dead, "--dev-key", key}, `content id "abc"`},
		{"channel without price", []string{"channel", "set", "--period", "30d", "--dev-key", key}, "give --price and --period"},
		{"channel close with price", []string{"channel", "set", "--close", "--price", "1", "--dev-key", key}, "--close takes no"},
		{"channel bad period", []string{"channel", "set", "--price", "1", "--period", "monthly", "--dev-key", key}, "not a duration"},
		{"revenue without chain", []string{"revenue", "show", "--dev-key", key}, "revenue show needs the chain"},
		{"revenue bad account", []string{"revenue", "show", "--account", "0x12"}, "not an address"},
		{"logout with nothing cached", []string{"auth", "logout", "--gateway", dead, "--dev-key", key, "--session-file", filepath.Join(t.TempDir(), "s.json")}, "no cached session"},
		{"status with nothing cached", []string{"auth", "status", "--gateway", dead, "--session-file", filepath.Join(t.TempDir(), "s.json")}, "not signed in"},
		{"keystore with no account", []string{"auth", "login", "--gateway", dead, "--keystore", t.TempDir()}, "no account in the keystore"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runExit(t, tc.args...)
			if code != 1 || !strings.Contains(stderr, tc.want) {
				t.Fatalf("exit %d; stderr does not say %q:\n%s", code, tc.want, stderr)
			}
			if stdout != "" {
				t.Fatalf("a failed command printed a result: %q", stdout)
			}
			if strings.Contains(stderr, strings.Repeat("11", 32)) {
				t.Fatal("the key appears in the error")
			}
		})
	}
}

// TestCreatorGatewayRefuses: a gateway that refuses with a problem+json document has its
// detail shown, with its code, and the command exits 1.
func TestCreatorGatewayRefuses(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		// No chain: it signs nobody in (503 chain_not_configured).
		_, _, err := runCapture(t, ctx, "gateway", "run", "--listen", addr, "--public-url", "http://"+addr, "--data-dir", t.TempDir(),
			"--master-key", strings.Repeat("cd", 32))
		done <- err
	}()
	t.Cleanup(func() { cancel(); <-done })
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if res, err := http.Get("http://" + addr + "/healthz"); err == nil {
			res.Body.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("gateway did not start")
		}
	}
	file := filepath.Join(t.TempDir(), "clip.mp4")
	os.WriteFile(file, []byte("some video"), 0o644)
	code, _, stderr := runExit(t, "content", "upload", file, "--title", "Clip", "--free", "--gateway", "http://"+addr,
		"--dev-key", "0x"+strings.Repeat("11", 32), "--session-file", filepath.Join(t.TempDir(), "s.json"))
	if code != 1 || !strings.Contains(stderr, "cannot sign anyone in") || !strings.Contains(stderr, "503 chain_not_configured") {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
}

// TestAuthLoginStatusLogout: sign-in with a keystore account caches the session (0600), status
// shows it, later commands reuse it, a session revoked at the gateway shows as revoked, and
// logout revokes it at the gateway and forgets it.
func TestAuthLoginStatusLogout(t *testing.T) {
	n := newCreatorNet(t, 0)
	ctx := context.Background()
	dir := t.TempDir()
	ks, keyFile, passFile := filepath.Join(dir, "ks"), filepath.Join(dir, "k.hex"), filepath.Join(dir, "pass")
	os.WriteFile(keyFile, []byte(n.env.Accounts[5].KeyHex()), 0o600)
	os.WriteFile(passFile, []byte("creator pass\n"), 0o600)
	if _, err := wallet.Open(ks, wallet.LightScrypt()).ImportHexKey(keyFile, "creator pass"); err != nil {
		t.Fatal(err)
	}
	who := n.env.Accounts[5].Address.Hex()
	login := []string{"--gateway", n.url, "--keystore", ks, "--passphrase-file", passFile, "--session-file", n.sessions}

	out, _ := mustRun(t, ctx, append([]string{"--json", "auth", "login"}, login...)...)
	var s sessionResult
	if err := json.Unmarshal([]byte(out), &s); err != nil || s.Address != who || s.Gateway != n.url || !s.Valid || time.Until(s.ExpiresAt) < 10*time.Minute {
		t.Fatalf("login: %v %s", err, out)
	}
	if strings.Contains(out, "sgs_") {
		t.Fatal("login printed the bearer token")
	}
	st, err := os.Stat(n.sessions)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("session cache: %v mode %v", err, st.Mode())
	}
	status := func() []sessionResult {
		out, _ := mustRun(t, ctx, "--json", "auth", "status", "--gateway", n.url, "--session-file", n.sessions)
		var list []sessionResult
		if err := json.Unmarshal([]byte(out), &list); err != nil {
			t.Fatal(err)
		}
		return list
	}
	if l := status(); len(l) != 1 || l[0].Address != who || l[0].State != "active" || !l[0].ExpiresAt.Equal(s.ExpiresAt) {
		t.Fatalf("status: %+v", l)
	}
	out, _ = mustRun(t, ctx, "auth", "status", "--gateway", n.url, "--session-file", n.sessions)
	if !strings.Contains(out, who) || !strings.Contains(out, n.url) || !strings.Contains(out, "active") {
		t.Fatalf("status text: %s", out)
	}

	// A command that needs the gateway reuses the cached session: no sign-in, so no passphrase.
	file, _ := writeRandomFile(t, "a.mp4", 1000)
	_, errOut := mustRun(t, ctx, "content", "upload", file, "--title", "A", "--free", "--state-file", n.state,
		"--gateway", n.url, "--keystore", ks, "--session-file", n.sessions, "--passphrase-file", passFile)
	if strings.Contains(errOut, `msg="signed in"`) {
		t.Fatalf("the upload signed in again despite the cached session:\n%s", errOut)
	}

	// Revoked at the gateway behind the cache's back: status says so.
	cache := gwclient.OpenSessions(n.sessions)
	cached, ok, err := cache.Get(n.url, common.HexToAddress(who))
	if err != nil || !ok {
		t.Fatalf("cache: %v %v", ok, err)
	}
	gw := gwclient.New(n.url, nil)
	gw.SetToken(cached.Token)
	if err := gw.Logout(ctx); err != nil {
		t.Fatal(err)
	}
	if l := status(); len(l) != 1 || l[0].State != "revoked" || l[0].Valid {
		t.Fatalf("status after revocation: %+v", l)
	}
	// The next command signs in again by itself.
	mustRun(t, ctx, append([]string{"auth", "login"}, login...)...)
	cached, _, _ = cache.Get(n.url, common.HexToAddress(who))
	gw.SetToken(cached.Token)

	out, _ = mustRun(t, ctx, append([]string{"--json", "auth", "logout"}, login...)...)
	var lo logoutResult
	if err := json.Unmarshal([]byte(out), &lo); err != nil || !lo.Revoked || !lo.Removed {
		t.Fatalf("logout: %v %s", err, out)
	}
	if _, err := gw.Session(ctx); !gwclient.IsStatus(err, http.StatusUnauthorized) {
		t.Fatalf("the session still works at the gateway after logout: %v", err)
	}
	if l := status(); len(l) != 0 {
		t.Fatalf("status after logout: %+v", l)
	}

	// A cache others can read is refused.
	os.WriteFile(n.sessions, []byte("{}"), 0o644)
	os.Chmod(n.sessions, 0o644)
	code, _, stderr := runExit(t, "auth", "status", "--gateway", n.url, "--session-file", n.sessions)
	if code != 1 || !strings.Contains(stderr, "chmod 600") {
		t.Fatalf("world-readable cache: exit %d %s", code, stderr)
	}
}
