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

// DeployTestWallet deploys, from dev account 0, a TestWallet (contracts/src/test): an ERC-1271
// contract wallet that accepts owner's ECDSA signatures, standing in for smart accounts and
// Safes. It returns the wallet's address.
func (e *Env) DeployTestWallet(t testing.TB, owner common.Address) common.Address {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	opts := *e.Opts(0)
	opts.Context = ctx
	bin := common.FromHex(testbindings.TestWalletMetaData.Bin)
	addr, tx, err := bind.DeployContract(&opts, bin, e.Chain.Client(), testbindings.NewTestWallet().PackConstructor(owner))
	if err != nil {
		t.Fatalf("deploy TestWallet: %v", err)
	}
	rcpt, err := chain.WaitMined(ctx, e.Chain.Client(), tx.Hash(), Poll)
	if err != nil {
		t.Fatalf("deploy TestWallet: %v", err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		t.Fatal("deploy TestWallet: the transaction failed")
	}
	return addr
}
