package devchain_test

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"net"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/swarmgate/swarmgate/chain/devchain"
)

func startChain(t testing.TB, cfg devchain.Config) *devchain.Chain {
	t.Helper()
	c, err := devchain.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := c.Close(); err != nil {
			t.Error(err)
		}
	})
	return c
}

// transfer sends value wei from account from to address to and waits until it is mined,
// polling every millisecond.
func transfer(ctx context.Context, client *ethclient.Client, from devchain.Account, to common.Address, value *big.Int) (*types.Receipt, error) {
	nonce, err := client.PendingNonceAt(ctx, from.Address)
	if err != nil {
		return nil, err
	}
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID:   new(big.Int).SetUint64(devchain.ChainID),
		Nonce:     nonce,
		GasTipCap: big.NewInt(params.GWei),
		GasFeeCap: big.NewInt(10 * params.GWei),
		Gas:       params.TxGas,
		To:        &to,
		Value:     value,
	})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(tx.ChainId()), from.Key)
	if err != nil {
		return nil, err
	}
	if err := client.SendTransaction(ctx, signed); err != nil {
		return nil, err
	}
	for {
		r, err := client.TransactionReceipt(ctx, signed.Hash())
		if err == nil {
			return r, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(time.Millisecond):
		}
	}
}

func TestDevKeysAreStable(t *testing.T) {
	t.Parallel()
	a, b := devchain.DevAccounts(3), devchain.DevAccounts(3)
	seen := map[common.Address]bool{}
	for i := range a {
		if a[i].Address != b[i].Address || a[i].KeyHex() != b[i].KeyHex() {
			t.Fatalf("account %d differs between calls", i)
		}
		if seen[a[i].Address] {
			t.Fatalf("account %d repeats an address", i)
		}
		seen[a[i].Address] = true
	}
	// The key is keccak256("swarmgate-dev-0"): recompute it independently. Dev addresses end up
	// in docs, configs and deployment files, so the derivation must not drift.
	want := crypto.Keccak256([]byte("swarmgate-dev-0"))
	if got := crypto.FromECDSA(a[0].Key); !bytes.Equal(got, want) {
		t.Fatalf("DevKey(0) = %x, want keccak256(\"swarmgate-dev-0\") = %x", got, want)
	}
	if a[0].Address != crypto.PubkeyToAddress(a[0].Key.PublicKey) {
		t.Fatal("address does not match key")
	}
}

func TestConfigValidate(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		cfg  devchain.Config
		ok   bool
	}{
		{"zero", devchain.Config{}, true},
		{"port", devchain.Config{HTTPPort: 8545, Accounts: 3}, true},
		{"negative port", devchain.Config{HTTPPort: -1}, false},
		{"port too big", devchain.Config{HTTPPort: 70000}, false},
		{"too many accounts", devchain.Config{Accounts: devchain.MaxAccounts + 1}, false},
		{"negative accounts", devchain.Config{Accounts: -2}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			err := tc.cfg.Validate()
			if (err == nil) != tc.ok {
				t.Fatalf("Validate() = %v, want ok=%v", err, tc.ok)
			}
			if err != nil && !errors.Is(err, devchain.ErrConfig) {
				t.Fatalf("error %v is not ErrConfig", err)
			}
			if _, err := devchain.New(tc.cfg); (err == nil) != tc.ok {
				t.Fatalf("New() = %v, want ok=%v", err, tc.ok)
			}
		})
	}
}

func TestValidateReportsEveryField(t *testing.T) {
	t.Parallel()
	err := devchain.Config{HTTPPort: -1, Accounts: -1}.Validate()
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{"HTTP port -1", "accounts -1"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
}

// TestStartToFirstMinedTx is the dev chain's promise: start it, send a transaction, see it mined,
// all in under a second.
func TestStartToFirstMinedTx(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	begin := time.Now()
	c := startChain(t, devchain.Config{Accounts: 2})
	accounts := c.Accounts()
	r, err := transfer(ctx, c.Client(), accounts[0], accounts[1].Address, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	elapsed := time.Since(begin)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("transfer failed: status %d", r.Status)
	}
	if r.BlockNumber.Uint64() != 1 {
		t.Errorf("first transaction in block %d, want 1", r.BlockNumber)
	}
	t.Logf("start to first mined tx: %v", elapsed)
	if elapsed > time.Second {
		t.Errorf("start to first mined tx took %v, want under 1s", elapsed)
	}
}

func TestRPCOverHTTP(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c := startChain(t, devchain.Config{Accounts: 3})
	client, err := ethclient.DialContext(ctx, c.RPCURL())
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	id, err := client.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if id.Uint64() != devchain.ChainID {
		t.Fatalf("chain id %d, want %d", id, devchain.ChainID)
	}
	if len(c.Accounts()) != 3 {
		t.Fatalf("%d accounts, want 3", len(c.Accounts()))
	}
	for _, a := range c.Accounts() {
		bal, err := client.BalanceAt(ctx, a.Address, nil)
		if err != nil {
			t.Fatal(err)
		}
		if bal.Cmp(devchain.AccountBalance) != 0 {
			t.Errorf("%s has %s wei, want %s", a.Address, bal, devchain.AccountBalance)
		}
	}
	// A transaction sent over HTTP is mined too, and its logs filter API answers.
	accounts := c.Accounts()
	r, err := transfer(ctx, client, accounts[1], accounts[2].Address, big.NewInt(5))
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("status %d", r.Status)
	}
	if _, err := client.FilterLogs(ctx, ethereumFilter(r.BlockNumber)); err != nil {
		t.Fatalf("eth_getLogs: %v", err)
	}
}

func TestPortInUse(t *testing.T) {
	t.Parallel()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	port := l.Addr().(*net.TCPAddr).Port
	c, err := devchain.New(devchain.Config{HTTPPort: port})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	err = c.Start(context.Background())
	if !errors.Is(err, devchain.ErrPortInUse) {
		t.Fatalf("Start on a taken port = %v, want ErrPortInUse", err)
	}
	if !strings.Contains(err.Error(), strconv.Itoa(port)) {
		t.Errorf("error %q does not name the port", err)
	}
}

func TestDataDirSurvivesRestart(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	dir := filepath.Join(t.TempDir(), "chain")
	c, err := devchain.New(devchain.Config{DataDir: dir, Accounts: 2})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Start(ctx); err != nil {
		t.Fatal(err)
	}
	accounts := c.Accounts()
	if _, err := transfer(ctx, c.Client(), accounts[0], accounts[1].Address, big.NewInt(7)); err != nil {
		t.Fatal(err)
	}
	// A second chain on the same directory is refused while the first holds it.
	other, err := devchain.New(devchain.Config{DataDir: dir, Accounts: 2})
	if err != nil {
		t.Fatal(err)
	}
	if err := other.Start(ctx); !errors.Is(err, devchain.ErrDataDir) {
		t.Errorf("second chain on a locked directory: %v, want ErrDataDir", err)
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}

	again := startChain(t, devchain.Config{DataDir: dir, Accounts: 2})
	n, err := again.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n < 1 {
		t.Fatalf("block number after restart %d, want ≥ 1", n)
	}
	bal, err := again.Client().BalanceAt(ctx, accounts[1].Address, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := new(big.Int).Add(devchain.AccountBalance, big.NewInt(7)); bal.Cmp(want) != 0 {
		t.Fatalf("balance after restart %s, want %s", bal, want)
	}

	// Another account count means another genesis: refused with advice.
	if err := again.Close(); err != nil {
		t.Fatal(err)
	}
	wrong, err := devchain.New(devchain.Config{DataDir: dir, Accounts: 3})
	if err != nil {
		t.Fatal(err)
	}
	defer wrong.Close()
	if err := wrong.Start(ctx); !errors.Is(err, devchain.ErrDataDir) {
		t.Fatalf("reopen with another account count: %v, want ErrDataDir", err)
	}
}

func TestLifecycleMisuse(t *testing.T) {
	t.Parallel()
	c, err := devchain.New(devchain.Config{Accounts: 1})
	if err != nil {
		t.Fatal(err)
	}
	if c.RPCURL() != "" || c.Client() != nil {
		t.Fatal("RPCURL or Client set before Start")
	}
	if err := c.Close(); err != nil {
		t.Fatalf("Close before Start: %v", err)
	}
	if err := c.Start(context.Background()); !errors.Is(err, devchain.ErrNotStarted) {
		t.Fatalf("Start after Close = %v, want ErrNotStarted", err)
	}

	c2 := startChain(t, devchain.Config{Accounts: 1})
	if err := c2.Start(context.Background()); !errors.Is(err, devchain.ErrAlreadyStarted) {
		t.Fatalf("second Start = %v, want ErrAlreadyStarted", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	c3, _ := devchain.New(devchain.Config{Accounts: 1})
	if err := c3.Start(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("Start with a cancelled context = %v", err)
	}
}

// TestRegressionLostTxAnnouncement: with go-ethereum's own on-demand loop (started by
// catalyst.RegisterSimulatedBeaconAPIs), the first transaction after start was sometimes announced
// before the loop subscribed and never mined: a benchmark hung for minutes. Every restart must
// mine its first transaction.
func TestRegressionLostTxAnnouncement(t *testing.T) {
	t.Parallel()
	for i := range 15 {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		c, err := devchain.New(devchain.Config{Accounts: 2})
		if err != nil {
			t.Fatal(err)
		}
		if err := c.Start(ctx); err != nil {
			t.Fatal(err)
		}
		a := c.Accounts()
		_, err = transfer(ctx, c.Client(), a[0], a[1].Address, big.NewInt(1))
		cancel()
		if cerr := c.Close(); cerr != nil {
			t.Fatal(cerr)
		}
		if err != nil {
			t.Fatalf("restart %d: first transaction not mined: %v", i, err)
		}
	}
}

// TestRegressionCloseRightAfterStart: go-ethereum's on-demand loop goroutine, when it ran after
// the chain had already closed, dereferenced the stopped pool and crashed the process.
func TestRegressionCloseRightAfterStart(t *testing.T) {
	t.Parallel()
	for range 30 {
		c, err := devchain.New(devchain.Config{Accounts: 1})
		if err != nil {
			t.Fatal(err)
		}
		if err := c.Start(context.Background()); err != nil {
			t.Fatal(err)
		}
		if err := c.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// TestManyTransactions: a burst of transactions from several senders is mined completely, also
// when it arrives while a block is being sealed.
func TestManyTransactions(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c := startChain(t, devchain.Config{Accounts: 4})
	a := c.Accounts()
	errs := make(chan error, 3*20)
	for s := 1; s < 4; s++ {
		go func() {
			for range 20 {
				_, err := transfer(ctx, c.Client(), a[s], a[0].Address, big.NewInt(1))
				errs <- err
			}
		}()
	}
	for range 3 * 20 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	bal, err := c.Client().BalanceAt(ctx, a[1].Address, nil)
	if err != nil {
		t.Fatal(err)
	}
	if bal.Cmp(devchain.AccountBalance) >= 0 {
		t.Fatal("sender balance did not go down")
	}
}

// BenchmarkStartToFirstMinedTx measures what TestStartToFirstMinedTx asserts: from New to the
// receipt of the first transaction, then Close.
func BenchmarkStartToFirstMinedTx(b *testing.B) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	for b.Loop() {
		c, err := devchain.New(devchain.Config{Accounts: 2})
		if err != nil {
			b.Fatal(err)
		}
		if err := c.Start(ctx); err != nil {
			b.Fatal(err)
		}
		accounts := c.Accounts()
		if _, err := transfer(ctx, c.Client(), accounts[0], accounts[1].Address, big.NewInt(1)); err != nil {
			b.Fatal(err)
		}
		if err := c.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStart measures start and close alone, the baseline for BenchmarkStartToFirstMinedTx.
func BenchmarkStart(b *testing.B) {
	ctx := context.Background()
	for b.Loop() {
		c, err := devchain.New(devchain.Config{Accounts: 2})
		if err != nil {
			b.Fatal(err)
		}
		if err := c.Start(ctx); err != nil {
			b.Fatal(err)
		}
		if err := c.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

func TestConfigRejectsBadHost(t *testing.T) {
	t.Parallel()
	err := devchain.Config{HTTPHost: "chain.local", HTTPPort: -1}.Validate()
	if !errors.Is(err, devchain.ErrConfig) || !strings.Contains(err.Error(), `HTTP host "chain.local"`) || !strings.Contains(err.Error(), "HTTP port -1") {
		t.Fatalf("Validate = %v; want both bad fields named", err)
	}
}
