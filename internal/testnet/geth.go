package testnet

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/swarmgate/swarmgate/chain/chaintest"
	"github.com/swarmgate/swarmgate/chain/devchain"
)

// GethEnv names the environment variable that gives the path of the geth binary the tests run
// (`.ci/run` builds it from the go-ethereum module at the version in go.mod and exports it).
const GethEnv = "SWARMGATE_GETH"

// GethVersion is the version of the go-ethereum module in go.mod, without the leading v: from
// the binary's build information, else (test binaries carry none) from the go.mod found by
// walking up from the working directory; "" if neither says.
func GethVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			if d.Path == "github.com/ethereum/go-ethereum" {
				if d.Replace != nil {
					d = d.Replace
				}
				return strings.TrimPrefix(d.Version, "v")
			}
		}
	}
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if b, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil {
			if m := gethRequire.FindSubmatch(b); m != nil {
				return string(m[1])
			}
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

var gethRequire = regexp.MustCompile(`(?m)^\s*(?:require\s+)?github\.com/ethereum/go-ethereum v(\S+)`)

// GethCachePath is where `.ci/run` caches the geth binary of version v:
// $XDG_CACHE_HOME/swarmgate/geth-v<v>/geth (or ~/.cache/…).
func GethCachePath(v string) string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "swarmgate", "geth-v"+v, "geth")
}

// GethBinary returns the geth binary: $SWARMGATE_GETH, else the cached build of the version in
// go.mod. When there is none it skips t, saying how to build one, except with CI=true, where it
// fails t. A binary of another version than go.mod's fails t.
func GethBinary(t testing.TB) string {
	t.Helper()
	v := GethVersion()
	bin := os.Getenv(GethEnv)
	if bin == "" {
		bin = GethCachePath(v)
	}
	if st, err := os.Stat(bin); bin == "" || err != nil || st.IsDir() {
		msg := fmt.Sprintf("no geth binary (set %s, or build it: GOBIN=%s go install github.com/ethereum/go-ethereum/cmd/geth@v%s)",
			GethEnv, filepath.Dir(GethCachePath(v)), v)
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s, and CI=true", msg)
		}
		t.Skip("skipping: " + msg)
	}
	out, err := exec.Command(bin, "version").CombinedOutput()
	if err != nil {
		t.Fatalf("%s version: %v\n%s", bin, err, out)
	}
	if v != "" && !strings.Contains(string(out), "Version: "+v) {
		t.Fatalf("%s is not geth %s (the version in go.mod):\n%s", bin, v, out)
	}
	return bin
}

// Geth is a `geth --dev` process: a single-node proof-of-stake chain (chain id 1337) that mines
// a block whenever a transaction is pending, with HTTP JSON-RPC on a loopback port.
type Geth struct {
	// RPCURL is its HTTP JSON-RPC endpoint.
	RPCURL string
	// DevKey is the developer account's key: geth funds it in the genesis block and makes it the
	// fee recipient (coinbase) of every block.
	DevKey  *ecdsa.PrivateKey
	DevAddr common.Address
	DataDir string

	cmd    *exec.Cmd
	out    *SyncBuffer
	exited chan struct{}
}

// StartGeth starts `geth --dev` from bin with a fresh data directory whose keystore holds a
// known developer key (geth --dev makes the keystore's first account the developer account),
// and waits until it answers on HTTP; t.Cleanup stops it (SIGINT, then SIGKILL after 10 s).
// geth --dev has no flag for the developer key: it uses the keystore's first account, unlocked
// with --password, and funds it in the genesis block.
//
// period is --dev.period. With 0 geth mines a block only when a transaction is pending, so
// nothing that waits for confirmations beyond the block of its own transaction ever finishes:
// run the components with 0 confirmations (the gateway's and the seeders' default), as on the
// in-process dev chain. A period of 1 s or more makes time pass on chain but slows every
// transaction to the block period.
func StartGeth(t testing.TB, bin string, period time.Duration) *Geth {
	t.Helper()
	dir := t.TempDir()
	key, addr := chaintest.NewKey(t)
	ks, passFile := WriteKeystore(t, filepath.Join(dir, "account"), key)
	// geth reads the keystore from DATADIR/keystore.
	if err := os.Rename(ks, filepath.Join(dir, "keystore")); err != nil {
		t.Fatal(err)
	}
	port := freePort(t)
	g := &Geth{RPCURL: fmt.Sprintf("http://127.0.0.1:%d", port), DevKey: key, DevAddr: addr, DataDir: dir, out: &SyncBuffer{}, exited: make(chan struct{})}
	args := []string{"--dev", "--dev.period", fmt.Sprint(int(period.Seconds())), "--datadir", dir, "--password", passFile,
		"--http", "--http.addr", "127.0.0.1", "--http.port", fmt.Sprint(port), "--http.api", "eth,net,web3",
		"--authrpc.port", fmt.Sprint(freePort(t)), "--port", "0", "--nodiscover", "--maxpeers", "0", "--ipcdisable",
		"--verbosity", "2"}
	g.cmd = exec.Command(bin, args...)
	g.cmd.Stdout, g.cmd.Stderr = g.out, g.out
	if err := g.cmd.Start(); err != nil {
		t.Fatalf("start geth: %v", err)
	}
	go func() {
		_ = g.cmd.Wait()
		close(g.exited)
	}()
	t.Cleanup(func() {
		_ = g.cmd.Process.Signal(syscall.SIGINT)
		select {
		case <-g.exited:
		case <-time.After(10 * time.Second):
			_ = g.cmd.Process.Kill()
			<-g.exited
		}
		if t.Failed() {
			t.Logf("geth output (last 4 KiB):\n%s", tail(g.out.String(), 4096))
		}
	})
	deadline := time.Now().Add(60 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		ready := false
		if ec, err := ethclient.DialContext(ctx, g.RPCURL); err == nil {
			cid, err1 := ec.ChainID(ctx)
			bal, err2 := ec.BalanceAt(ctx, addr, nil)
			ready = err1 == nil && err2 == nil && cid.Uint64() == devchain.ChainID && bal.Sign() > 0
			ec.Close()
		}
		if ready {
			cancel()
			return g
		}
		cancel()
		select {
		case <-g.exited:
			t.Fatalf("geth exited:\n%s", tail(g.out.String(), 4096))
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("geth did not answer within a minute on %s:\n%s", g.RPCURL, tail(g.out.String(), 4096))
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// Output is what geth printed so far.
func (g *Geth) Output() string { return g.out.String() }

func tail(s string, n int) string {
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}

func freePort(t testing.TB) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}
