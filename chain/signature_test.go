package chain_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/chaintest"
	"github.com/swarmgate/swarmgate/chain/eip712"
)

// TestIsValidSignature1271 asks a deployed TestWallet (an ERC-1271 wallet owned by an EOA) and
// other accounts whether signatures are theirs.
func TestIsValidSignature1271(t *testing.T) {
	t.Parallel()
	env := chaintest.New(t, chaintest.Options{})
	ownerKey, owner := chaintest.NewKey(t)
	otherKey, other := chaintest.NewKey(t)
	wallet := env.DeployTestWallet(t, owner)
	hash := crypto.Keccak256Hash([]byte("sign in"))
	ownerSig, err := eip712.Sign(hash, ownerKey)
	if err != nil {
		t.Fatal(err)
	}
	otherSig, err := eip712.Sign(hash, otherKey)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name    string
		account common.Address
		hash    common.Hash
		sig     []byte
		want    bool
	}{
		{"owner's signature", wallet, hash, ownerSig, true},
		{"another signer's signature", wallet, hash, otherSig, false},
		{"owner's signature of another hash", wallet, crypto.Keccak256Hash([]byte("other")), ownerSig, false},
		{"malformed signature (the wallet reverts)", wallet, hash, ownerSig[:64], false},
		{"empty signature (the wallet reverts)", wallet, hash, nil, false},
		{"externally owned account", owner, hash, ownerSig, false},
		{"EOA signing for itself", other, hash, otherSig, false},
		{"contract without isValidSignature (reverts)", env.Deployment.Registry, hash, ownerSig, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := env.Client.IsValidSignature(context.Background(), c.account, c.hash, c.sig)
			if err != nil || got != c.want {
				t.Fatalf("IsValidSignature = %v, %v; want %v, nil", got, err, c.want)
			}
		})
	}
}

// failingCalls fails eth_call with err for the first n calls (n < 0: always).
type failingCalls struct {
	chain.Backend
	n     int32
	err   error
	calls atomic.Int32
}

func (f *failingCalls) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	if k := f.calls.Add(1); f.n < 0 || k <= f.n {
		return nil, f.err
	}
	return f.Backend.CallContract(ctx, msg, block)
}

// jsonRPCError is a node's JSON-RPC error answer.
type jsonRPCError struct {
	code int
	msg  string
}

func (e jsonRPCError) Error() string  { return e.msg }
func (e jsonRPCError) ErrorCode() int { return e.code }

// TestIsValidSignatureRPCFailures: a node that cannot be asked is an error, retried when
// transient; an EVM failure the node reports is a plain no.
func TestIsValidSignatureRPCFailures(t *testing.T) {
	t.Parallel()
	env := chaintest.New(t, chaintest.Options{})
	ownerKey, owner := chaintest.NewKey(t)
	wallet := env.DeployTestWallet(t, owner)
	hash := crypto.Keccak256Hash([]byte("sign in"))
	sig, err := eip712.Sign(hash, ownerKey)
	if err != nil {
		t.Fatal(err)
	}
	refused := fmt.Errorf("dial: %w", syscall.ECONNREFUSED)
	fast := chain.RetryPolicy{MaxAttempts: 3, InitialBackoff: time.Millisecond, MaxBackoff: time.Millisecond}
	for _, c := range []struct {
		name      string
		backend   *failingCalls
		want      bool
		wantErr   string
		wantCalls int32
	}{
		{"transient failure is retried", &failingCalls{n: 2, err: refused}, true, "", 3},
		{"lasting transient failure", &failingCalls{n: -1, err: refused}, false, "gave up after 3 attempts", 3},
		{"final node error", &failingCalls{n: -1, err: jsonRPCError{-32601, "the method eth_call does not exist"}}, false, "does not exist", 1},
		{"out of gas in the wallet", &failingCalls{n: -1, err: jsonRPCError{-32000, "out of gas"}}, false, "", 1},
		{"invalid opcode in the wallet", &failingCalls{n: -1, err: jsonRPCError{-32000, "invalid opcode: INVALID"}}, false, "", 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			c.backend.Backend = env.Chain.Client()
			client := chain.NewClient(c.backend, env.Deployment, chain.Config{Poll: chaintest.Poll, Retry: fast})
			got, err := client.IsValidSignature(context.Background(), wallet, hash, sig)
			switch {
			case c.wantErr == "" && err != nil:
				t.Fatalf("IsValidSignature error %v, want none", err)
			case c.wantErr != "" && (err == nil || !strings.Contains(err.Error(), c.wantErr)):
				t.Fatalf("IsValidSignature error %v, want one containing %q", err, c.wantErr)
			case c.wantErr != "" && !strings.Contains(err.Error(), wallet.Hex()):
				t.Fatalf("error %q does not name the wallet", err)
			}
			if got != c.want {
				t.Fatalf("IsValidSignature = %v, want %v", got, c.want)
			}
			if n := c.backend.calls.Load(); n != c.wantCalls {
				t.Fatalf("%d eth_calls, want %d", n, c.wantCalls)
			}
			if errors.Is(err, chain.ErrReverted) {
				t.Fatal("a node failure reported as a revert")
			}
		})
	}
}
