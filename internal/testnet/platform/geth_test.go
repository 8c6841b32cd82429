package platform_test

import (
	"context"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/gwclient"
	"github.com/swarmgate/swarmgate/internal/testnet"
	"github.com/swarmgate/swarmgate/internal/testnet/platform"
)

// TestJourneyGeth runs the journey against a real `geth --dev` process (the go-ethereum
// version in go.mod; see testnet.GethBinary) instead of the in-process dev chain: the contracts
// are deployed by `swarmgate contracts deploy --rpc-url`, the gateway, its origin, the seeders
// and the viewers all reach the chain over geth's HTTP JSON-RPC, and the gateway's database is
// SQLite.
func TestJourneyGeth(t *testing.T) {
	bin := testnet.GethBinary(t)
	geth := testnet.StartGeth(t, bin, 0)
	dep := deployWithCLI(t, geth)
	n := platform.New(t, journeyConfig(testnet.Config{External: &testnet.ExternalChain{RPCURL: geth.RPCURL, Deployment: dep, Funder: geth.DevKey}}, ""))
	// The gateway tells clients where the chain and the contracts are.
	ci, err := gwclient.New(n.Gateway.URL, nil).Chain(n.Ctx())
	if err != nil {
		t.Fatal(err)
	}
	if got, err := ci.Deployment(); err != nil || got.ChainID != dep.ChainID || got.Registry != dep.Registry || got.Escrow != dep.Escrow ||
		ci.StartBlock != dep.StartBlock || ci.RPCURL != geth.RPCURL || ci.FeeBps != 250 || !strings.EqualFold(ci.FeeRecipient, geth.DevAddr.Hex()) {
		t.Fatalf("GET /v1/chain: %+v (%v); deployed %+v on %s", ci, err, dep, geth.RPCURL)
	}
	journey(t, n, geth.DevKey)
}

// deployWithCLI deploys the contracts to geth with `swarmgate contracts deploy` (a 2.5% fee to
// the developer account, a one-hour unlock delay) and returns the deployment it wrote.
func deployWithCLI(t *testing.T, geth *testnet.Geth) chain.Deployment {
	t.Helper()
	sg := swarmgateBinary(t)
	out := filepath.Join(t.TempDir(), "deployment.json")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, sg, "contracts", "deploy", "--rpc-url", geth.RPCURL, "--out", out, "--fee-bps", "250", "--unlock-delay", "1h")
	// The key goes through the environment, as the CLI recommends, not the command line.
	cmd.Env = append(os.Environ(), "SWARMGATE_DEV_KEY="+hex.EncodeToString(crypto.FromECDSA(geth.DevKey)))
	res, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("swarmgate contracts deploy: %v\n%s", err, res)
	}
	dep, err := chain.ReadDeployment(out)
	if err != nil {
		t.Fatal(err)
	}
	if dep.ChainID != 1337 || !strings.Contains(string(res), dep.Registry.Hex()) {
		t.Fatalf("deployment %+v; the command said:\n%s", dep, res)
	}
	return dep
}

// swarmgateBinary is $SWARMGATE_BIN, or the swarmgate command built once for this test
// process into a directory TestMain removes.
func swarmgateBinary(t *testing.T) string {
	t.Helper()
	if bin := os.Getenv("SWARMGATE_BIN"); bin != "" {
		return bin
	}
	sgOnce.Do(func() {
		dir, err := os.MkdirTemp("", "swarmgate-bin-")
		if err != nil {
			sgErr = err
			return
		}
		sgDir = dir
		bin := filepath.Join(dir, "swarmgate")
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		defer cancel()
		if out, err := exec.CommandContext(ctx, "go", "build", "-o", bin, "github.com/swarmgate/swarmgate/cmd/swarmgate").CombinedOutput(); err != nil {
			sgErr = fmt.Errorf("go build swarmgate: %v\n%s", err, out)
			return
		}
		sgBin = bin
	})
	if sgErr != nil {
		t.Fatal(sgErr)
	}
	return sgBin
}

var (
	sgOnce       sync.Once
	sgBin, sgDir string
	sgErr        error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if sgDir != "" {
		_ = os.RemoveAll(sgDir)
	}
	os.Exit(code)
}
