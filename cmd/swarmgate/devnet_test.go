package main

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/devchain"
)

// startDevnet runs `swarmgate devnet args...` until its output is complete, and returns the
// output, a cancel function and a channel with Run's result.
func startDevnet(t *testing.T, args ...string) (out *syncBuffer, cancel func(), done <-chan error) {
	t.Helper()
	if !slices.Contains(args, "--datadir") && !slices.Contains(args, "--deployment") {
		args = append(args, "--deployment", filepath.Join(t.TempDir(), "deployment.json"))
	}
	ctx, cancelCtx := context.WithCancel(context.Background())
	out, errb := &syncBuffer{}, &syncBuffer{}
	ch := make(chan error, 1)
	go func() { ch <- runCLI(ctx, t, out, errb, append([]string{"devnet"}, args...)...) }()
	deadline := time.After(30 * time.Second)
	for !strings.Contains(errb.String(), "Press Ctrl-C") {
		select {
		case err := <-ch:
			cancelCtx()
			ch <- err
			return out, cancelCtx, ch
		case <-deadline:
			cancelCtx()
			t.Fatalf("devnet did not start; stderr:\n%s", errb.String())
		case <-time.After(5 * time.Millisecond):
		}
	}
	return out, cancelCtx, ch
}

func TestDevnetJSON(t *testing.T) {
	t.Parallel()
	out, cancel, done := startDevnet(t, "--json", "--http-port", "0", "--accounts", "3")
	var info devnetInfo
	if err := json.Unmarshal([]byte(out.String()), &info); err != nil {
		cancel()
		t.Fatalf("--json output %q: %v", out.String(), err)
	}
	if info.ChainID != devchain.ChainID || len(info.Accounts) != 3 || !strings.HasPrefix(info.RPCURL, "http://127.0.0.1:") || info.Warning == "" {
		t.Errorf("info %+v", info)
	}
	if want := devchain.DevAccounts(1)[0]; info.Accounts[0].Address != want.Address.Hex() || info.Accounts[0].PrivateKey != want.KeyHex() {
		t.Errorf("account 0 = %+v, want the fixed dev account %s", info.Accounts[0], want.Address.Hex())
	}
	// The RPC endpoint answers while the devnet runs.
	ctx, stop := context.WithTimeout(context.Background(), 10*time.Second)
	defer stop()
	client, err := chain.Dial(ctx, info.RPCURL, devchain.ChainID)
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	client.Close()

	cancel() // Ctrl-C
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("devnet after Ctrl-C: %v, want a clean exit", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("devnet did not stop after Ctrl-C")
	}
	// Graceful: the port is released.
	if _, err := chain.Dial(ctx, info.RPCURL, devchain.ChainID, chain.WithDialRetry(chain.RetryPolicy{MaxAttempts: 1})); !errors.Is(err, chain.ErrUnreachable) {
		t.Fatalf("RPC still answers after shutdown: %v", err)
	}
}

func TestDevnetText(t *testing.T) {
	t.Parallel()
	out, cancel, done := startDevnet(t, "--http-port", "0", "--accounts", "2")
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	s := out.String()
	for _, want := range []string{"RPC URL:  http://127.0.0.1:", "Chain ID: 1337", "PUBLIC dev keys", "(1) " + devchain.DevAccounts(2)[1].Address.Hex(), devchain.DevAccounts(1)[0].KeyHex()} {
		if !strings.Contains(s, want) {
			t.Errorf("output does not contain %q:\n%s", want, s)
		}
	}
}

func TestDevnetPortInUse(t *testing.T) {
	t.Parallel()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	port := strconv.Itoa(l.Addr().(*net.TCPAddr).Port)
	_, cancel, done := startDevnet(t, "--http-port", port)
	defer cancel()
	err = <-done
	if !errors.Is(err, devchain.ErrPortInUse) || !strings.Contains(err.Error(), port) {
		t.Fatalf("devnet on a taken port: %v, want ErrPortInUse naming %s", err, port)
	}
	if code := run(context.Background(), []string{"devnet", "--http-port", port}, io.Discard, io.Discard); code != 1 {
		t.Fatalf("exit code %d, want 1", code)
	}
}

func TestDevnetBadFlags(t *testing.T) {
	t.Parallel()
	var out, errb syncBuffer
	err := runCLI(context.Background(), t, &out, &errb, "devnet", "--http-port", "70000", "--accounts=-1")
	if !errors.Is(err, devchain.ErrConfig) || !strings.Contains(err.Error(), "70000") || !strings.Contains(err.Error(), "accounts -1") {
		t.Fatalf("bad flags: %v", err)
	}
}

// TestDevnetDeploys: devnet deploys both contracts, prints the deployment and writes the file
// other commands read; with a data directory a restart keeps the chain and its contracts.
func TestDevnetDeploys(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	out, cancel, done := startDevnet(t, "--json", "--http-port", "0", "--accounts", "2", "--datadir", dir)
	var info devnetInfo
	if err := json.Unmarshal([]byte(out.String()), &info); err != nil {
		t.Fatal(err)
	}
	dep, err := chain.ReadDeployment(filepath.Join(dir, "deployment.json"))
	if err != nil {
		t.Fatal(err)
	}
	if info.Deployment == nil || *info.Deployment != dep {
		t.Fatalf("printed %+v, file %+v", info.Deployment, dep)
	}
	client, err := chain.Dial(context.Background(), info.RPCURL, 1337)
	if err != nil {
		t.Fatal(err)
	}
	if err := chain.CheckDeployment(context.Background(), client, dep); err != nil {
		t.Fatal(err)
	}
	client.Close()
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}

	out, cancel, done = startDevnet(t, "--json", "--http-port", "0", "--accounts", "2", "--datadir", dir)
	defer func() { cancel(); <-done }()
	var again devnetInfo
	if err := json.Unmarshal([]byte(out.String()), &again); err != nil {
		t.Fatal(err)
	}
	if again.Deployment == nil || *again.Deployment != dep {
		t.Fatalf("after restart: %+v, want the same contracts %+v", again.Deployment, dep)
	}
}
