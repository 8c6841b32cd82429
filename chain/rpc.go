package chain

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

var (
	// ErrWrongChain means the RPC endpoint serves another chain than the one asked for.
	ErrWrongChain = errors.New("RPC endpoint is on the wrong chain")
	// ErrUnreachable means the RPC endpoint could not be reached or did not answer eth_chainId.
	ErrUnreachable = errors.New("RPC endpoint unreachable")
)

// RetryPolicy says how often and how long an RPC call is retried after a transient error.
// The wait before attempt n+1 is a random duration in [0, min(MaxBackoff, InitialBackoff·2ⁿ⁻¹)]
// ("full jitter"), so clients that failed together do not retry together.
type RetryPolicy struct {
	// MaxAttempts is the total number of attempts, the first included; ≤ 0 means 1.
	MaxAttempts int
	// InitialBackoff caps the first wait; 0 means 100ms.
	InitialBackoff time.Duration
	// MaxBackoff caps every wait; 0 means 5s.
	MaxBackoff time.Duration
	// MaxElapsed stops retrying once this much time has passed since the first attempt (an
	// attempt already running is not cut short); 0 means no limit besides MaxAttempts and ctx.
	MaxElapsed time.Duration
}

// DefaultRetry suits calls to a remote node: five attempts within about 30 seconds.
var DefaultRetry = RetryPolicy{MaxAttempts: 5, InitialBackoff: 200 * time.Millisecond, MaxBackoff: 5 * time.Second, MaxElapsed: 30 * time.Second}

func (p RetryPolicy) withDefaults() RetryPolicy {
	if p.MaxAttempts <= 0 {
		p.MaxAttempts = 1
	}
	if p.InitialBackoff <= 0 {
		p.InitialBackoff = 100 * time.Millisecond
	}
	if p.MaxBackoff <= 0 {
		p.MaxBackoff = 5 * time.Second
	}
	return p
}

// backoff returns the jittered wait after the given failed attempt (1-based).
func (p RetryPolicy) backoff(attempt int) time.Duration {
	ceiling := p.InitialBackoff
	for i := 1; i < attempt && ceiling < p.MaxBackoff; i++ {
		ceiling *= 2
	}
	ceiling = min(ceiling, p.MaxBackoff)
	return rand.N(ceiling + 1)
}

// Retry calls op until it succeeds, fails with an error that IsTransient refuses, the policy
// runs out, or ctx ends. It returns op's last error (wrapped with the attempt count when it gave
// up on a transient error), or ctx's error if ctx ended while waiting.
func Retry(ctx context.Context, p RetryPolicy, op func(ctx context.Context) error) error {
	_, err := RetryValue(ctx, p, func(ctx context.Context) (struct{}, error) {
		return struct{}{}, op(ctx)
	})
	return err
}

// RetryValue is Retry for calls that return a value.
func RetryValue[T any](ctx context.Context, p RetryPolicy, op func(ctx context.Context) (T, error)) (T, error) {
	p = p.withDefaults()
	start := time.Now()
	var zero T
	for attempt := 1; ; attempt++ {
		if err := ctx.Err(); err != nil {
			return zero, err
		}
		v, err := op(ctx)
		if err == nil {
			return v, nil
		}
		if !IsTransient(err) || ctx.Err() != nil {
			return zero, err
		}
		if attempt >= p.MaxAttempts {
			return zero, fmt.Errorf("gave up after %d attempts: %w", attempt, err)
		}
		wait := p.backoff(attempt)
		if p.MaxElapsed > 0 && time.Since(start)+wait > p.MaxElapsed {
			return zero, fmt.Errorf("gave up after %d attempts in %v: %w", attempt, time.Since(start).Round(time.Millisecond), err)
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return zero, ctx.Err()
		case <-t.C:
		}
	}
}

// txIndexingMessage is what go-ethereum answers for a receipt while its transaction index is
// still being built (typically right after a node starts).
const txIndexingMessage = "transaction indexing is in progress"

// errPoolBehind marks a submission the node's transaction pool refused for lack of funds although
// the latest block shows the sender can pay: the pool updates its view of balances after a new
// head asynchronously, so a transaction sent right after the block that funded its sender can be
// refused for a moment. Retrying is right.
var errPoolBehind = errors.New("the node's transaction pool has not caught up with the latest block")

// IsTransient reports whether err is worth retrying: the node was unreachable, the connection
// broke, the call timed out, the node was overloaded (HTTP 408, 429, 5xx, or a JSON-RPC "limit
// exceeded"), or its transaction index is not ready yet. Reverts, invalid arguments and every
// other answer of the node are final. A cancelled or expired caller context is never transient.
func IsTransient(err error) bool {
	if err == nil {
		return false
	}
	if errors.Is(err, context.Canceled) {
		return false
	}
	if errors.Is(err, errPoolBehind) {
		return true
	}
	// A revert carries data; it would revert again.
	var dataErr rpc.DataError
	if errors.As(err, &dataErr) && dataErr.ErrorData() != nil {
		return strings.Contains(dataErr.Error(), txIndexingMessage)
	}
	var httpErr rpc.HTTPError
	if errors.As(err, &httpErr) {
		return httpErr.StatusCode == 408 || httpErr.StatusCode == 429 || httpErr.StatusCode >= 500
	}
	var rpcErr rpc.Error
	if errors.As(err, &rpcErr) {
		// -32005: "limit exceeded", how Infura, Alchemy and others say "slow down".
		return rpcErr.ErrorCode() == -32005 || strings.Contains(rpcErr.Error(), txIndexingMessage)
	}
	if errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) ||
		errors.Is(err, syscall.ECONNABORTED) || errors.Is(err, syscall.EPIPE) ||
		errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return true
	}
	var netErr net.Error
	if errors.As(err, &netErr) && netErr.Timeout() {
		return true
	}
	// An attempt's own deadline (not the caller's: RetryValue checks ctx first).
	if errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	return strings.Contains(err.Error(), txIndexingMessage)
}

type dialConfig struct {
	timeout time.Duration
	retry   RetryPolicy
}

// DialOption adjusts Dial.
type DialOption func(*dialConfig)

// WithDialTimeout bounds the whole dial, retries included (default 10s).
func WithDialTimeout(d time.Duration) DialOption { return func(c *dialConfig) { c.timeout = d } }

// WithDialRetry sets how eth_chainId is retried while dialling (default: 3 attempts, 100ms
// initial backoff, so a wrong URL fails within about half a second).
func WithDialRetry(p RetryPolicy) DialOption { return func(c *dialConfig) { c.retry = p } }

// Dial connects to the JSON-RPC endpoint at url (http, https, ws, wss or an IPC path), reads its
// chain id and refuses it when it is not wantChainID (0 accepts any chain). An endpoint that does
// not answer is reported as ErrUnreachable, a node on another chain as ErrWrongChain.
func Dial(ctx context.Context, url string, wantChainID uint64, opts ...DialOption) (*ethclient.Client, error) {
	cfg := dialConfig{timeout: 10 * time.Second, retry: RetryPolicy{MaxAttempts: 3, InitialBackoff: 100 * time.Millisecond, MaxBackoff: time.Second}}
	for _, o := range opts {
		o(&cfg)
	}
	ctx, cancel := context.WithTimeout(ctx, cfg.timeout)
	defer cancel()
	rc, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrUnreachable, url, err)
	}
	client := ethclient.NewClient(rc)
	id, err := RetryValue(ctx, cfg.retry, func(ctx context.Context) (uint64, error) {
		id, err := client.ChainID(ctx)
		if err != nil {
			return 0, err
		}
		return id.Uint64(), nil
	})
	if err != nil {
		client.Close()
		return nil, fmt.Errorf("%w: %s (is the node running and the URL right?): %w", ErrUnreachable, url, err)
	}
	if wantChainID != 0 && id != wantChainID {
		client.Close()
		return nil, fmt.Errorf("%w: %s serves chain id %d, want chain id %d", ErrWrongChain, url, id, wantChainID)
	}
	return client, nil
}

// ReceiptReader is the part of a client WaitMined needs; *ethclient.Client and the simulated
// backend's client both satisfy it.
type ReceiptReader interface {
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

// DefaultPoll is WaitMined's interval when given 0: what bind.WaitMined uses, right for a real
// chain. On the dev chain poll every few milliseconds.
const DefaultPoll = time.Second

// WaitMined polls for the receipt of txHash every poll until it exists or ctx ends. "Not found",
// "transaction indexing is in progress" and transient errors mean "ask again"; any other error
// is returned. The receipt is returned whatever its status: a reverted transaction is mined too,
// check receipt.Status.
func WaitMined(ctx context.Context, client ReceiptReader, txHash common.Hash, poll time.Duration) (*types.Receipt, error) {
	if poll <= 0 {
		poll = DefaultPoll
	}
	t := time.NewTicker(poll)
	defer t.Stop()
	for {
		r, err := client.TransactionReceipt(ctx, txHash)
		if err == nil && r != nil && headReached(ctx, client, r) {
			return r, nil
		}
		if err != nil && !errors.Is(err, ethereum.NotFound) && !IsTransient(err) {
			return nil, fmt.Errorf("wait for transaction %s: %w", txHash, err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("wait for transaction %s: %w", txHash, ctx.Err())
		case <-t.C:
		}
	}
}

// headReader is implemented by clients that can report the head block.
type headReader interface {
	BlockNumber(ctx context.Context) (uint64, error)
}

// headReached reports whether the block of r is the head or below it, so that a call made right
// after WaitMined sees the transaction's effects at "latest". Clients that cannot report the head
// are trusted as they are.
func headReached(ctx context.Context, client ReceiptReader, r *types.Receipt) bool {
	head, ok := client.(headReader)
	if !ok || r.BlockNumber == nil {
		return true
	}
	n, err := head.BlockNumber(ctx)
	return err == nil && n >= r.BlockNumber.Uint64()
}
