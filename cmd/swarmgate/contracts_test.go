package main

import (
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/chaintest"
	"github.com/swarmgate/swarmgate/chain/wallet"
)

func TestContractsDeploy(t *testing.T) {
	t.Parallel()
	env := chaintest.New(t, chaintest.Options{})
	rpcURL := env.Chain.RPCURL()
	dir := t.TempDir()

	// A keystore holding dev account 1, unlocked from a passphrase file.
	keyFile := filepath.Join(dir, "key.hex")
	passFile := filepath.Join(dir, "pass")
	os.WriteFile(keyFile, []byte(env.Accounts[1].KeyHex()), 0o600)
	os.WriteFile(passFile, []byte("correct horse\n"), 0o600)
	ks := filepath.Join(dir, "keystore")
	if _, err := wallet.Open(ks, wallet.LightScrypt()).ImportHexKey(keyFile, "correct horse"); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "deployment.json")
	code, stdout, stderr := runExit(t, "--json", "contracts", "deploy", "--rpc-url", rpcURL, "--chain-id", "1337",
		"--keystore", ks, "--passphrase-file", passFile, "--out", out, "--fee-bps", "250", "--unlock-delay", "1h")
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	var printed chain.Deployment
	if err := json.Unmarshal([]byte(stdout), &printed); err != nil {
		t.Fatalf("stdout is not the deployment JSON: %v\n%s", err, stdout)
	}
	dep, err := chain.ReadDeployment(out)
	if err != nil {
		t.Fatal(err)
	}
	if dep != printed || dep.Deployer != env.Addr(1) || dep.ChainID != 1337 {
		t.Fatalf("file %+v, printed %+v, want deployer %s", dep, printed, env.Addr(1))
	}
	if strings.Contains(stderr, "correct horse") {
		t.Fatal("the passphrase reached the log")
	}
	if code, _, stderr := runExit(t, "contracts", "check", "--rpc-url", rpcURL, "--deployment", out); code != 0 {
		t.Fatalf("check: exit %d\n%s", code, stderr)
	}

	wrongPass := filepath.Join(dir, "wrong")
	os.WriteFile(wrongPass, []byte("battery staple"), 0o600)
	unfunded, _ := chaintest.NewKey(t)
	otherChain := filepath.Join(dir, "other.json")
	chain.WriteDeployment(otherChain, chain.Deployment{ChainID: 5, Registry: dep.Registry, Escrow: dep.Escrow})

	bad := []struct {
		name string
		args []string
		want string
	}{
		{"wrong passphrase", []string{"contracts", "deploy", "--rpc-url", rpcURL, "--keystore", ks, "--passphrase-file", wrongPass, "--out", filepath.Join(dir, "x.json")}, "passphrase"},
		{"wrong chain id", []string{"contracts", "deploy", "--rpc-url", rpcURL, "--chain-id", "10", "--dev-key", env.Accounts[0].KeyHex(), "--out", filepath.Join(dir, "x.json")}, "wrong chain"},
		{"unreachable RPC", []string{"contracts", "deploy", "--rpc-url", "http://127.0.0.1:1", "--dev-key", env.Accounts[0].KeyHex(), "--out", filepath.Join(dir, "x.json")}, "unreachable"},
		{"unfunded account", []string{"contracts", "deploy", "--rpc-url", rpcURL, "--dev-key", hex.EncodeToString(crypto.FromECDSA(unfunded)), "--out", filepath.Join(dir, "x.json")}, "too little ether"},
		{"fee above the cap", []string{"contracts", "deploy", "--rpc-url", rpcURL, "--dev-key", env.Accounts[0].KeyHex(), "--fee-bps", "2000", "--out", filepath.Join(dir, "x.json")}, "cap of 1000"},
		{"bad admin address", []string{"contracts", "deploy", "--rpc-url", rpcURL, "--dev-key", env.Accounts[0].KeyHex(), "--admin", "0x12", "--out", filepath.Join(dir, "x.json")}, "--admin"},
		{"deployment of another chain", []string{"contracts", "check", "--rpc-url", rpcURL, "--deployment", otherChain}, "chain id 5"},
	}
	for _, b := range bad {
		t.Run(b.name, func(t *testing.T) {
			code, _, stderr := runExit(t, b.args...)
			if code != 1 || !strings.Contains(stderr, b.want) {
				t.Fatalf("exit %d, stderr %q; want exit 1 naming %q", code, stderr, b.want)
			}
			if _, err := os.Stat(filepath.Join(dir, "x.json")); err == nil {
				t.Fatal("a failed deployment wrote a deployment file")
			}
		})
	}
}
