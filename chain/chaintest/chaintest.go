// Package chaintest starts, for a test, a real go-ethereum dev node inside the test process with
// Swarmgate's contracts deployed, and hands out funded accounts and a typed client. Every other
// package's integration tests build on it (see internal/testnet for the whole platform).
package chaintest

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/devchain"
	"github.com/swarmgate/swarmgate/contracts/bindings/testbindings"
)

// Poll is how often the test chain's transaction receipts are polled.
const Poll = devchain.Poll

// Options change the deployment; the zero value is the default.
type Options struct {
	Accounts    int           // funded dev accounts; devchain.DefaultAccounts when 0
	UnlockDelay time.Duration // escrow unlock delay; an hour when 0
	FeeBps      uint16        // platform fee
}

// Env is a running dev chain with the contracts deployed. Account 0 deployed them and owns the
// registry.
type Env struct {
	Chain      *devchain.Chain
	Deployment chain.Deployment
	Client     *chain.Client
	Accounts   []devchain.Account
}

// New starts a dev chain and deploys the contracts; t.Cleanup stops it.
func New(t testing.TB, opts Options) *Env {
	t.Helper()
	if opts.UnlockDelay == 0 {
		opts.UnlockDelay = time.Hour
	}
	dc, err := devchain.New(devchain.Config{Accounts: opts.Accounts})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := dc.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = dc.Close() })
	accounts := dc.Accounts()
	dep, err := dc.Deploy(ctx, chain.DeployConfig{UnlockDelay: opts.UnlockDelay, FeeBps: opts.FeeBps})
	if err != nil {
		t.Fatalf("deploy contracts: %v", err)
	}
	return &Env{
		Chain:      dc,
		Deployment: dep,
		Client:     chain.NewClient(dc.Client(), dep, chain.Config{Poll: Poll}),
		Accounts:   accounts,
	}
}

// Opts returns transaction options for dev account i.
func (e *Env) Opts(i int) *bind.TransactOpts { return e.Accounts[i].TransactOpts() }

// Addr returns dev account i's address.
func (e *Env) Addr(i int) common.Address { return e.Accounts[i].Address }

// TransactOpts signs for key on the dev chain.
func TransactOpts(key *ecdsa.PrivateKey) *bind.TransactOpts {
	return bind.NewKeyedTransactor(key, big.NewInt(int64(devchain.ChainID)))
}

// NewKey returns a fresh, unfunded key and its address.
func NewKey(t testing.TB) (*ecdsa.PrivateKey, common.Address) {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k, crypto.PubkeyToAddress(k.PublicKey)
}

// DeployTestERC20 deploys, from dev account 0, a TestERC20 (contracts/src/test: "Test USD",
// 6 decimals, anyone may mint) to price items in, and returns its address.
func (e *Env) DeployTestERC20(t testing.TB) common.Address {
	t.Helper()
	return e.deploy(t, "TestERC20", testbindings.TestERC20MetaData.Bin, testbindings.NewTestERC20().PackConstructor("Test USD", "TUSD", 6))
}

// MintTestERC20 mints amount of the TestERC20 at token to `to`, sent by dev account 0.
func (e *Env) MintTestERC20(t testing.TB, token, to common.Address, amount *big.Int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	opts := *e.Opts(0)
	opts.Context = ctx
	erc20 := testbindings.NewTestERC20()
	tx, err := bind.Transact(erc20.Instance(e.Chain.Client(), token), &opts, erc20.PackMint(to, amount))
	if err != nil {
		t.Fatalf("mint TestERC20: %v", err)
	}
	e.waitOK(ctx, t, "mint TestERC20", tx.Hash())
}

// DeployTestWallet deploys, from dev account 0, a TestWallet (contracts/src/test): an ERC-1271
// contract wallet that accepts owner's ECDSA signatures, standing in for smart accounts and
// Safes. It returns the wallet's address.
func (e *Env) DeployTestWallet(t testing.TB, owner common.Address) common.Address {
	t.Helper()
	return e.deploy(t, "TestWallet", testbindings.TestWalletMetaData.Bin, testbindings.NewTestWallet().PackConstructor(owner))
}

// deploy deploys a test contract from dev account 0 and returns its address.
func (e *Env) deploy(t testing.TB, name, bin string, input []byte) common.Address {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	opts := *e.Opts(0)
	opts.Context = ctx
	addr, tx, err := bind.DeployContract(&opts, common.FromHex(bin), e.Chain.Client(), input)
	if err != nil {
		t.Fatalf("deploy %s: %v", name, err)
	}
	e.waitOK(ctx, t, "deploy "+name, tx.Hash())
	return addr
}

// waitOK waits for transaction h and fails the test unless it succeeded.
func (e *Env) waitOK(ctx context.Context, t testing.TB, what string, h common.Hash) {
	t.Helper()
	rcpt, err := chain.WaitMined(ctx, e.Chain.Client(), h, Poll)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("%s: the transaction failed", what)
	}
}
