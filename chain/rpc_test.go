package chain

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// fakeNode is a JSON-RPC server over HTTP whose answers a test scripts per method: each call
// takes the next step of that method's script, and the last step repeats.
type fakeNode struct {
	mu    sync.Mutex
	steps map[string][]step
	calls map[string]int
}

// step is one scripted answer: an HTTP status (0 = 200), or a JSON-RPC error, or a result.
type step struct {
	status int
	code   int
	msg    string
	data   any
	result any
}

func newFakeNode(t *testing.T, steps map[string][]step) (*fakeNode, string) {
	t.Helper()
	f := &fakeNode{steps: steps, calls: map[string]int{}}
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	return f, srv.URL
}

func (f *fakeNode) count(method string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls[method]
}

func (f *fakeNode) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var req struct {
		ID     json.RawMessage `json:"id"`
		Method string          `json:"method"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	f.mu.Lock()
	script := f.steps[req.Method]
	n := f.calls[req.Method]
	f.calls[req.Method]++
	f.mu.Unlock()
	if len(script) == 0 {
		writeJSON(w, map[string]any{"jsonrpc": "2.0", "id": req.ID, "error": map[string]any{"code": -32601, "message": "method not found"}})
		return
	}
	s := script[min(n, len(script)-1)]
	switch {
	case s.status != 0:
		http.Error(w, http.StatusText(s.status), s.status)
	case s.code != 0:
		e := map[string]any{"code": s.code, "message": s.msg}
		if s.data != nil {
			e["data"] = s.data
		}
		writeJSON(w, map[string]any{"jsonrpc": "2.0", "id": req.ID, "error": e})
	default:
		writeJSON(w, map[string]any{"jsonrpc": "2.0", "id": req.ID, "result": s.result})
	}
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

var fastRetry = RetryPolicy{MaxAttempts: 5, InitialBackoff: time.Millisecond, MaxBackoff: 5 * time.Millisecond}

func TestDial(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name      string
		script    []step
		want      uint64
		wantErr   error
		wantCalls int
	}{
		{"answers at once", []step{{result: "0x539"}}, 1337, nil, 1},
		{"fails then recovers", []step{{status: 503}, {status: 429}, {result: "0x539"}}, 1337, nil, 3},
		{"any chain", []step{{result: "0x1"}}, 0, nil, 1},
		{"wrong chain", []step{{result: "0x1"}}, 1337, ErrWrongChain, 1},
		{"keeps failing", []step{{status: 502}}, 1337, ErrUnreachable, 5},
		{"not retried: method missing", []step{{code: -32601, msg: "the method eth_chainId does not exist"}}, 1337, ErrUnreachable, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			f, url := newFakeNode(t, map[string][]step{"eth_chainId": tc.script})
			client, err := Dial(context.Background(), url, tc.want, WithDialRetry(fastRetry))
			if client != nil {
				client.Close()
			}
			if !errors.Is(err, tc.wantErr) || (tc.wantErr == nil) != (err == nil) {
				t.Fatalf("Dial = %v, want %v", err, tc.wantErr)
			}
			if got := f.count("eth_chainId"); got != tc.wantCalls {
				t.Errorf("eth_chainId called %d times, want %d", got, tc.wantCalls)
			}
			if err != nil && !strings.Contains(err.Error(), url) {
				t.Errorf("error %q does not name the URL", err)
			}
			if errors.Is(err, ErrWrongChain) && !(strings.Contains(err.Error(), "serves chain id 1,") && strings.Contains(err.Error(), "want chain id 1337")) {
				t.Errorf("error %q does not name both chain ids", err)
			}
		})
	}
}

func TestDialUnreachable(t *testing.T) {
	t.Parallel()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	url := "http://" + l.Addr().String()
	l.Close() // nothing listens there any more: connection refused
	start := time.Now()
	_, err = Dial(context.Background(), url, 1337, WithDialRetry(fastRetry))
	if !errors.Is(err, ErrUnreachable) {
		t.Fatalf("Dial = %v, want ErrUnreachable", err)
	}
	if !errors.Is(err, syscall.ECONNREFUSED) {
		t.Errorf("error %v does not keep the cause", err)
	}
	if !strings.Contains(err.Error(), url) {
		t.Errorf("error %q does not name the URL", err)
	}
	if time.Since(start) > 5*time.Second {
		t.Errorf("took %v to give up", time.Since(start))
	}
}

func TestDialTimeout(t *testing.T) {
	t.Parallel()
	block := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-block:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(block)
	start := time.Now()
	_, err := Dial(context.Background(), srv.URL, 1337, WithDialTimeout(200*time.Millisecond), WithDialRetry(fastRetry))
	if !errors.Is(err, ErrUnreachable) {
		t.Fatalf("Dial = %v, want ErrUnreachable", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("Dial took %v with a 200ms timeout", d)
	}
}

func TestIsTransient(t *testing.T) {
	t.Parallel()
	type codeErr struct{ rpc.Error }
	for _, tc := range []struct {
		name string
		err  error
		want bool
	}{
		{"nil", nil, false},
		{"connection refused", fmt.Errorf("post: %w", &net.OpError{Op: "dial", Err: syscall.ECONNREFUSED}), true},
		{"connection reset", &net.OpError{Op: "read", Err: syscall.ECONNRESET}, true},
		{"unexpected EOF", fmt.Errorf("read: %w", io.ErrUnexpectedEOF), true},
		{"timeout", &net.DNSError{IsTimeout: true}, true},
		{"HTTP 429", rpc.HTTPError{StatusCode: 429, Status: "429 Too Many Requests"}, true},
		{"HTTP 503", rpc.HTTPError{StatusCode: 503}, true},
		{"HTTP 500", rpc.HTTPError{StatusCode: 500}, true},
		{"HTTP 400", rpc.HTTPError{StatusCode: 400}, false},
		{"HTTP 401", rpc.HTTPError{StatusCode: 401}, false},
		{"indexing", errors.New("transaction indexing is in progress"), true},
		{"cancelled", context.Canceled, false},
		{"attempt deadline", context.DeadlineExceeded, true},
		{"plain error", errors.New("nonce too low"), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := IsTransient(tc.err); got != tc.want {
				t.Fatalf("IsTransient(%v) = %v, want %v", tc.err, got, tc.want)
			}
		})
	}
}

// TestRetryJSONRPCErrors runs real client calls against scripted JSON-RPC errors: reverts and
// invalid input are final, rate limits and the indexing message are retried.
func TestRetryJSONRPCErrors(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name      string
		script    []step
		wantOK    bool
		wantCalls int
	}{
		{"revert is final", []step{{code: 3, msg: "execution reverted", data: "0x08c379a0"}}, false, 1},
		{"invalid params is final", []step{{code: -32602, msg: "invalid argument 0"}}, false, 1},
		{"insufficient funds is final", []step{{code: -32000, msg: "insufficient funds for gas * price + value"}}, false, 1},
		{"rate limit then ok", []step{{code: -32005, msg: "limit exceeded"}, {result: "0x10"}}, true, 2},
		{"indexing then ok", []step{{code: -32000, msg: "transaction indexing is in progress", data: "transaction indexing is in progress"}, {result: "0x10"}}, true, 2},
		{"503 then ok", []step{{status: 503}, {status: 500}, {result: "0x10"}}, true, 3},
		{"gives up after max attempts", []step{{status: 503}}, false, 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			f, url := newFakeNode(t, map[string][]step{"eth_blockNumber": tc.script})
			c, err := rpc.Dial(url)
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			var got string
			err = Retry(context.Background(), fastRetry, func(ctx context.Context) error {
				return c.CallContext(ctx, &got, "eth_blockNumber")
			})
			if (err == nil) != tc.wantOK {
				t.Fatalf("Retry = %v, want ok=%v", err, tc.wantOK)
			}
			if tc.wantOK && got != "0x10" {
				t.Fatalf("result %q", got)
			}
			if n := f.count("eth_blockNumber"); n != tc.wantCalls {
				t.Fatalf("%d calls, want %d", n, tc.wantCalls)
			}
		})
	}
}

func TestRetryStopsOnContext(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	var calls atomic.Int32
	p := RetryPolicy{MaxAttempts: 1000, InitialBackoff: 10 * time.Millisecond, MaxBackoff: 10 * time.Millisecond}
	go func() {
		time.Sleep(50 * time.Millisecond)
		cancel()
	}()
	err := Retry(ctx, p, func(context.Context) error {
		calls.Add(1)
		return syscall.ECONNREFUSED
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Retry = %v, want context.Canceled", err)
	}
	if n := calls.Load(); n < 1 || n > 100 {
		t.Fatalf("%d calls", n)
	}
}

func TestRetryMaxElapsed(t *testing.T) {
	t.Parallel()
	p := RetryPolicy{MaxAttempts: 1_000_000, InitialBackoff: 5 * time.Millisecond, MaxBackoff: 5 * time.Millisecond, MaxElapsed: 60 * time.Millisecond}
	start := time.Now()
	err := Retry(context.Background(), p, func(context.Context) error { return syscall.ECONNRESET })
	if !errors.Is(err, syscall.ECONNRESET) || !strings.Contains(err.Error(), "gave up") {
		t.Fatalf("Retry = %v", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Fatalf("gave up after %v, MaxElapsed is 60ms", d)
	}
}

func TestBackoffBounds(t *testing.T) {
	t.Parallel()
	p := RetryPolicy{InitialBackoff: 10 * time.Millisecond, MaxBackoff: 80 * time.Millisecond}.withDefaults()
	for attempt, ceiling := range map[int]time.Duration{1: 10, 2: 20, 3: 40, 4: 80, 5: 80, 40: 80} {
		for range 200 {
			if d := p.backoff(attempt); d < 0 || d > ceiling*time.Millisecond {
				t.Fatalf("backoff(%d) = %v, want within [0, %dms]", attempt, d, ceiling)
			}
		}
	}
}

func TestWaitMined(t *testing.T) {
	t.Parallel()
	hash := common.HexToHash("0x1234")
	receipt := map[string]any{
		"transactionHash":   hash.Hex(),
		"transactionIndex":  "0x0",
		"blockHash":         common.HexToHash("0xbeef").Hex(),
		"blockNumber":       "0x7",
		"cumulativeGasUsed": "0x5208",
		"gasUsed":           "0x5208",
		"effectiveGasPrice": "0x1",
		"logs":              []any{},
		"logsBloom":         "0x" + strings.Repeat("00", 256),
		"status":            "0x1",
		"type":              "0x2",
	}
	for _, tc := range []struct {
		name    string
		script  []step
		wantErr bool
	}{
		{"indexing, not found, then mined", []step{
			{code: -32000, msg: "transaction indexing is in progress", data: "transaction indexing is in progress"},
			{result: nil},
			{status: 503},
			{result: receipt},
		}, false},
		{"invalid input is final", []step{{code: -32602, msg: "invalid argument"}}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			f, url := newFakeNode(t, map[string][]step{"eth_getTransactionReceipt": tc.script, "eth_blockNumber": {{result: "0x7"}}})
			rc, err := rpc.Dial(url)
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			r, err := WaitMined(ctx, ethclient.NewClient(rc), hash, time.Millisecond)
			if tc.wantErr {
				if err == nil {
					t.Fatal("no error")
				}
				if n := f.count("eth_getTransactionReceipt"); n != 1 {
					t.Fatalf("%d calls after a final error, want 1", n)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if r.BlockNumber.Uint64() != 7 || r.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("receipt block %v status %d", r.BlockNumber, r.Status)
			}
			if n := f.count("eth_getTransactionReceipt"); n != len(tc.script) {
				t.Fatalf("%d calls, want %d", n, len(tc.script))
			}
		})
	}
}

func TestWaitMinedContext(t *testing.T) {
	t.Parallel()
	_, url := newFakeNode(t, map[string][]step{"eth_getTransactionReceipt": {{result: nil}}})
	rc, err := rpc.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := WaitMined(ctx, ethclient.NewClient(rc), common.Hash{1}, 5*time.Millisecond); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("WaitMined = %v, want DeadlineExceeded", err)
	}
}

// laggingHead serves a receipt for block 5 while the head is still block 4 for the first few
// reads of the head, as a node can between storing a block and making it "latest".
type laggingHead struct {
	headReads atomic.Int32
}

func (l *laggingHead) TransactionReceipt(context.Context, common.Hash) (*types.Receipt, error) {
	return &types.Receipt{Status: types.ReceiptStatusSuccessful, BlockNumber: big.NewInt(5)}, nil
}

func (l *laggingHead) BlockNumber(context.Context) (uint64, error) {
	if l.headReads.Add(1) <= 3 {
		return 4, nil
	}
	return 5, nil
}

// TestWaitMinedWaitsForTheHead: WaitMined does not return before the receipt's block is the head,
// so what a caller reads at "latest" right after includes the transaction.
func TestWaitMinedWaitsForTheHead(t *testing.T) {
	t.Parallel()
	l := &laggingHead{}
	r, err := WaitMined(context.Background(), l, common.Hash{1}, time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	if got := l.headReads.Load(); got < 4 {
		t.Fatalf("WaitMined returned after %d head reads, while the head was still below block %s", got, r.BlockNumber)
	}
}
