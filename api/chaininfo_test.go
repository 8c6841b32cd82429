package api

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/chaintest"
	"github.com/swarmgate/swarmgate/store/storetest"
)

// countingChainInfo is a ChainInfo for unit tests that counts its reads and fails while err is
// set.
type countingChainInfo struct {
	dep   chain.Deployment
	fee   chain.Fee
	reads atomic.Int32
	err   atomic.Pointer[error]
}

func (f *countingChainInfo) Deployment() chain.Deployment { return f.dep }

func (f *countingChainInfo) UnlockDelay(context.Context) (time.Duration, error) {
	f.reads.Add(1)
	if e := f.err.Load(); e != nil {
		return 0, *e
	}
	return 7 * 24 * time.Hour, nil
}

func (f *countingChainInfo) Fee(context.Context) (chain.Fee, error) {
	if e := f.err.Load(); e != nil {
		return chain.Fee{}, *e
	}
	return f.fee, nil
}

// TestChainInfo: GET /v1/chain needs no session, answers what the chain says with the
// recommended RPC URL, is cacheable and read from the chain at most once a minute; a gateway
// without a chain answers 503 chain_not_configured, and a chain that does not answer 503
// unavailable without internals.
func TestChainInfo(t *testing.T) {
	t.Parallel()
	st := storetest.Open(t, storetest.Backends[0])

	none := newServer(t, st, nil).Handler()
	r := do(none, "GET", "/v1/chain", nil)
	if r.StatusCode != 503 || r.problem(t).Code != "chain_not_configured" {
		t.Fatalf("no chain: %d %s", r.StatusCode, r.body)
	}

	fake := &countingChainInfo{
		dep: chain.Deployment{ChainID: 31337, Registry: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"),
			Escrow: common.HexToAddress("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"), StartBlock: 42},
		fee: chain.Fee{Recipient: bob, Bps: 250},
	}
	now := time.Now()
	clock := func() time.Time { return now }
	h := newServer(t, st, func(c *Config, d *Deps) {
		c.PublicRPCURL = "https://rpc.example.com/v1"
		d.ChainInfo, d.Now = fake, clock
	}).Handler()
	var got chainInfoJSON
	r = do(h, "GET", "/v1/chain", nil)
	if r.StatusCode != 200 {
		t.Fatalf("GET /v1/chain: %d %s", r.StatusCode, r.body)
	}
	r.decode(t, &got)
	want := chainInfoJSON{ChainID: 31337, Registry: fake.dep.Registry.Hex(), Escrow: fake.dep.Escrow.Hex(), StartBlock: 42,
		UnlockDelaySeconds: 7 * 24 * 3600, FeeBps: 250, FeeRecipient: bob.Hex(), RPCURL: "https://rpc.example.com/v1"}
	if got != want {
		t.Fatalf("got %+v\nwant %+v", got, want)
	}
	if cc := r.Header.Get("Cache-Control"); cc != "public, max-age=60" {
		t.Fatalf("Cache-Control %q", cc)
	}
	for range 5 {
		if r := do(h, "GET", "/v1/chain", nil); r.StatusCode != 200 {
			t.Fatalf("again: %d %s", r.StatusCode, r.body)
		}
	}
	if n := fake.reads.Load(); n != 1 {
		t.Fatalf("the chain was read %d times for 6 requests within a minute, want 1", n)
	}

	// A minute later the chain is read again; when it does not answer, the client learns to
	// retry and nothing about the RPC endpoint.
	now = now.Add(chainInfoTTL)
	e := errors.New("dial tcp 10.1.2.3:8545: connection refused")
	fake.err.Store(&e)
	r = do(h, "GET", "/v1/chain", nil)
	if r.StatusCode != 503 || r.problem(t).Code != "unavailable" || strings.Contains(string(r.body), "10.1.2.3") {
		t.Fatalf("chain down: %d %s", r.StatusCode, r.body)
	}
	fake.err.Store(nil)
	if r := do(h, "GET", "/v1/chain", nil); r.StatusCode != 200 || fake.reads.Load() != 3 {
		t.Fatalf("chain back: %d %s after %d reads", r.StatusCode, r.body, fake.reads.Load())
	}

	// Without a recommended RPC URL the field is left out.
	bare := newServer(t, st, func(_ *Config, d *Deps) { d.ChainInfo = fake }).Handler()
	if r := do(bare, "GET", "/v1/chain", nil); r.StatusCode != 200 || strings.Contains(string(r.body), "rpc_url") {
		t.Fatalf("no RPC URL: %d %s", r.StatusCode, r.body)
	}
}

// TestChainInfoFromChain reads GET /v1/chain from a gateway on a real dev chain: the values are
// the deployment's and the contracts' (unlock delay and fee read from them).
func TestChainInfoFromChain(t *testing.T) {
	t.Parallel()
	st := storetest.Open(t, storetest.Backends[0])
	env := chaintest.New(t, chaintest.Options{UnlockDelay: 90 * time.Minute, FeeBps: 125})
	h := newServer(t, st, func(c *Config, d *Deps) {
		c.ChainID, c.PublicRPCURL = env.Deployment.ChainID, env.Chain.RPCURL()
		d.Chain, d.ChainInfo = env.Client, env.Client
	}).Handler()
	r := do(h, "GET", "/v1/chain", nil)
	if r.StatusCode != 200 {
		t.Fatalf("GET /v1/chain: %d %s", r.StatusCode, r.body)
	}
	var got chainInfoJSON
	r.decode(t, &got)
	dep := env.Deployment
	want := chainInfoJSON{ChainID: dep.ChainID, Registry: dep.Registry.Hex(), Escrow: dep.Escrow.Hex(), StartBlock: dep.StartBlock,
		UnlockDelaySeconds: 90 * 60, FeeBps: 125, FeeRecipient: env.Accounts[0].Address.Hex(), RPCURL: env.Chain.RPCURL()}
	if got != want {
		t.Fatalf("got %+v\nwant %+v", got, want)
	}
}

// TestConfigPublicRPCURL: the recommended RPC URL must be an http(s) or ws(s) URL and carry no
// credentials (every client is given it).
func TestConfigPublicRPCURL(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		url, want string
	}{
		{"https://rpc.example.com", ""},
		{"wss://rpc.example.com/ws", ""},
		{"http://127.0.0.1:8545", ""},
		{"rpc.example.com", "must be an absolute"},
		{"ftp://rpc.example.com", "must be an absolute"},
		{"https://user:secret@rpc.example.com", "must not carry user:password"},
	} {
		cfg := testConfig(t)
		cfg.PublicRPCURL = tc.url
		err := cfg.Validate()
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: %v", tc.url, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: %v, want %q", tc.url, err, tc.want)
		case strings.Contains(tc.url, "secret") && strings.Contains(err.Error(), "secret"):
			t.Errorf("the error repeats the password: %v", err)
		}
	}
}
