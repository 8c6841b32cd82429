package chain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/swarmgate/swarmgate/contracts/bindings/bandwidthescrow"
	"github.com/swarmgate/swarmgate/contracts/bindings/contentregistry"
)

var (
	// ErrInsufficientFunds means the sending account cannot pay for gas and value: fund it.
	ErrInsufficientFunds = errors.New("the account has too little ether for this transaction")
	// ErrTxFailed means a transaction was mined but failed without a decodable reason (out of gas).
	ErrTxFailed = errors.New("transaction failed")
)

// Backend is what Client needs from a node connection. *ethclient.Client and the simulated
// backend's client both satisfy it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
	BlockNumber(ctx context.Context) (uint64, error)
	BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error)
}

// Config tunes a Client. The zero value suits a remote chain.
type Config struct {
	// Confirmations is how many blocks behind the head reads of entitlement and events are
	// taken: what the operator trusts not to be reorganized away. 0 on the dev chain.
	Confirmations uint64
	// Poll is how often a sent transaction's receipt is polled: every second on a real chain
	// (DefaultPoll), a few milliseconds on the dev chain.
	Poll time.Duration
	// Retry is the policy for transient RPC failures; DefaultRetry when zero.
	Retry RetryPolicy
	// CallTimeout bounds each single RPC call; 15 s when zero.
	CallTimeout time.Duration
	// Logger receives debug logs of sent transactions; discarded when nil.
	Logger *slog.Logger
}

// Client is the typed access to Swarmgate's contracts on one chain. It is safe for concurrent
// use: transactions from one sender are serialized up to their submission so that nonces don't
// collide, and wait for inclusion in parallel.
type Client struct {
	backend  Backend
	dep      Deployment
	chainID  *big.Int
	cfg      Config
	registry *contentregistry.ContentRegistry
	escrow   *bandwidthescrow.BandwidthEscrow
	decoder  *ErrorDecoder
	log      *slog.Logger

	mu      sync.Mutex
	senders map[common.Address]*sync.Mutex
}

// NewClient returns a client for the contracts in dep, reached through backend. It does no I/O:
// use Dial to connect with a chain-id check first.
func NewClient(backend Backend, dep Deployment, cfg Config) *Client {
	if cfg.Retry == (RetryPolicy{}) {
		cfg.Retry = DefaultRetry
	}
	if cfg.CallTimeout == 0 {
		cfg.CallTimeout = 15 * time.Second
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Client{
		backend:  backend,
		dep:      dep,
		chainID:  new(big.Int).SetUint64(dep.ChainID),
		cfg:      cfg,
		registry: contentregistry.NewContentRegistry(),
		escrow:   bandwidthescrow.NewBandwidthEscrow(),
		decoder:  Decoder(),
		log:      log.With("component", "chain"),
		senders:  map[common.Address]*sync.Mutex{},
	}
}

// Deployment returns where the contracts live.
func (c *Client) Deployment() Deployment { return c.dep }

// ChainID returns the chain id the client was configured for.
func (c *Client) ChainID() *big.Int { return new(big.Int).Set(c.chainID) }

// Backend returns the node connection.
func (c *Client) Backend() Backend { return c.backend }

var (
	decoderOnce sync.Once
	decoder     *ErrorDecoder
)

// Decoder returns an ErrorDecoder that knows every custom error of Swarmgate's contracts, with
// hints for the ones users meet.
func Decoder() *ErrorDecoder {
	decoderOnce.Do(func() {
		reg := contentregistry.NewContentRegistry().GetABI()
		esc := bandwidthescrow.NewBandwidthEscrow().GetABI()
		decoder = NewErrorDecoder(map[string]*abi.ABI{"ContentRegistry": &reg, "BandwidthEscrow": &esc}, revertHints)
	})
	return decoder
}

// revertHints say, for the custom errors users meet, what happened and what to do.
var revertHints = map[string]string{
	"UnknownContent":             "no content item has this id",
	"ContentAlreadyRegistered":   "you already registered this content; its id is given",
	"NotContentOwner":            "only the owner of the item's rights token may do this",
	"InvalidPolicy":              "the access policy is inconsistent (see the fault code)",
	"SignatureExpired":           "the signed message passed its deadline: sign again",
	"InvalidSignature":           "the signature is not the signer's (creator's or owner's) for these fields and nonce",
	"NotForSale":                 "this item is free, gated or exclusive: it cannot be bought",
	"WrongPayment":               "send exactly the price (native coin) or nothing (ERC-20 price)",
	"TermsChanged":               "the owner changed the price, currency or duration since you saw them; nothing was paid: read the new terms and buy again if they suit you",
	"InvalidSessionKey":          "name a session key to revoke, not the zero address or your own wallet",
	"TokenAmountMismatch":        "the token took a fee on transfer; such tokens are not accepted",
	"AlreadyPerpetual":           "the recipient already owns perpetual access",
	"ChannelClosed":              "the creator has no channel subscription on sale",
	"NothingToWithdraw":          "there is nothing to withdraw",
	"EnforcedPause":              "the registry is paused by its operator: try again later",
	"ExceedsBalance":             "the amount is more than the escrow balance",
	"NoWithdrawalPending":        "request a withdrawal first",
	"WithdrawalLocked":           "the withdrawal unlocks later (the time is given)",
	"NoEarnings":                 "this seeder has no earnings to withdraw",
	"ERC20InsufficientAllowance": "approve the registry to take the price first",
	"ERC20InsufficientBalance":   "the account holds too little of the token",
	"SafeERC20FailedOperation":   "the token refused the transfer (balance or allowance)",
}

// callOpts returns the block reads should be taken at: latest minus the confirmation depth.
func (c *Client) confirmedBlock(ctx context.Context) (*big.Int, error) {
	if c.cfg.Confirmations == 0 {
		return nil, nil
	}
	head, err := RetryValue(ctx, c.cfg.Retry, func(ctx context.Context) (uint64, error) {
		ctx, cancel := context.WithTimeout(ctx, c.cfg.CallTimeout)
		defer cancel()
		return c.backend.BlockNumber(ctx)
	})
	if err != nil {
		return nil, fmt.Errorf("read head block: %w", err)
	}
	if head < c.cfg.Confirmations {
		return big.NewInt(0), nil
	}
	return new(big.Int).SetUint64(head - c.cfg.Confirmations), nil
}

// call runs a read-only call at block (nil: latest) with retries, and unpacks the result.
func call[T any](ctx context.Context, c *Client, to common.Address, block *big.Int, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := RetryValue(ctx, c.cfg.Retry, func(ctx context.Context) ([]byte, error) {
		ctx, cancel := context.WithTimeout(ctx, c.cfg.CallTimeout)
		defer cancel()
		return c.backend.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, block)
	})
	if err != nil {
		return zero, c.decoder.Decode(err)
	}
	v, err := unpack(out)
	if err != nil {
		return zero, fmt.Errorf("decode result from %s: %w (is the deployment file for this chain?)", to, err)
	}
	return v, nil
}

// senderLock serializes nonce assignment and submission per sending account.
func (c *Client) senderLock(from common.Address) *sync.Mutex {
	c.mu.Lock()
	defer c.mu.Unlock()
	m, ok := c.senders[from]
	if !ok {
		m = new(sync.Mutex)
		c.senders[from] = m
	}
	return m
}

// transact estimates, signs, sends (retrying transient failures) and waits for a transaction
// from opts.From to `to`. A refusal by the contract comes back as *RevertError, before anything
// is sent when the estimate already reverts.
func (c *Client) transact(ctx context.Context, opts *bind.TransactOpts, to *common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	if opts == nil || opts.Signer == nil {
		return nil, errors.New("no signer: unlock a wallet for this transaction")
	}
	if value == nil {
		value = new(big.Int)
	}
	msg := ethereum.CallMsg{From: opts.From, To: to, Value: value, Data: data}

	lock := c.senderLock(opts.From)
	lock.Lock()
	signed, err := c.signAndSend(ctx, opts, msg)
	lock.Unlock()
	if err != nil {
		return nil, err
	}
	c.log.Debug("transaction sent", "tx", signed.Hash(), "from", opts.From, "gas", signed.Gas())

	receipt, err := WaitMined(ctx, c.backend, signed.Hash(), c.cfg.Poll)
	if err != nil {
		return nil, err
	}
	if receipt.Status == types.ReceiptStatusSuccessful {
		return receipt, nil
	}
	// Replay the call at the block it failed in to learn why.
	_, callErr := c.backend.CallContract(ctx, msg, receipt.BlockNumber)
	if re := c.decoder.Decode(callErr); callErr != nil && errors.Is(re, ErrReverted) {
		return receipt, fmt.Errorf("transaction %s: %w", signed.Hash(), re)
	}
	return receipt, fmt.Errorf("%w: transaction %s used %d of %d gas", ErrTxFailed, signed.Hash(), receipt.GasUsed, signed.Gas())
}

func (c *Client) signAndSend(ctx context.Context, opts *bind.TransactOpts, msg ethereum.CallMsg) (*types.Transaction, error) {
	rctx := func(ctx context.Context) (context.Context, context.CancelFunc) {
		return context.WithTimeout(ctx, c.cfg.CallTimeout)
	}
	gas, err := RetryValue(ctx, c.cfg.Retry, func(ctx context.Context) (uint64, error) {
		ctx, cancel := rctx(ctx)
		defer cancel()
		return c.backend.EstimateGas(ctx, msg)
	})
	if err != nil {
		return nil, c.txError(ctx, msg.From, err)
	}
	nonce, err := RetryValue(ctx, c.cfg.Retry, func(ctx context.Context) (uint64, error) {
		ctx, cancel := rctx(ctx)
		defer cancel()
		return c.backend.PendingNonceAt(ctx, msg.From)
	})
	if err != nil {
		return nil, fmt.Errorf("read nonce of %s: %w", msg.From, err)
	}
	head, err := RetryValue(ctx, c.cfg.Retry, func(ctx context.Context) (*types.Header, error) {
		ctx, cancel := rctx(ctx)
		defer cancel()
		return c.backend.HeaderByNumber(ctx, nil)
	})
	if err != nil {
		return nil, fmt.Errorf("read head block: %w", err)
	}
	tip, err := RetryValue(ctx, c.cfg.Retry, func(ctx context.Context) (*big.Int, error) {
		ctx, cancel := rctx(ctx)
		defer cancel()
		return c.backend.SuggestGasTipCap(ctx)
	})
	if err != nil {
		return nil, fmt.Errorf("read gas tip: %w", err)
	}
	if opts.GasTipCap != nil {
		tip = opts.GasTipCap
	}
	baseFee := head.BaseFee
	if baseFee == nil {
		baseFee = new(big.Int)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(baseFee, big.NewInt(2)))
	if opts.GasFeeCap != nil {
		feeCap = opts.GasFeeCap
	}
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID:   c.chainID,
		Nonce:     nonce,
		GasTipCap: tip,
		GasFeeCap: feeCap,
		Gas:       gas + gas/5, // estimates are exact for this state; leave room for state that moves
		To:        msg.To,
		Value:     msg.Value,
		Data:      msg.Data,
	})
	signed, err := opts.Signer(msg.From, tx)
	if err != nil {
		return nil, fmt.Errorf("sign transaction: %w", err)
	}
	err = Retry(ctx, c.cfg.Retry, func(ctx context.Context) error {
		ctx, cancel := rctx(ctx)
		defer cancel()
		err := c.backend.SendTransaction(ctx, signed)
		if err != nil && strings.Contains(err.Error(), "already known") {
			return nil // an earlier attempt reached the node
		}
		if err != nil && strings.Contains(err.Error(), "insufficient funds") && c.canPay(ctx, signed) {
			return fmt.Errorf("%w: %w", errPoolBehind, err)
		}
		return err
	})
	if err != nil {
		return nil, c.txError(ctx, msg.From, err)
	}
	return signed, nil
}

// canPay reports whether the sender of tx can pay for it at the latest block: its full gas at the
// fee cap, plus its value.
func (c *Client) canPay(ctx context.Context, tx *types.Transaction) bool {
	from, err := types.Sender(types.LatestSignerForChainID(c.chainID), tx)
	if err != nil {
		return false
	}
	bal, err := c.backend.BalanceAt(ctx, from, nil)
	return err == nil && bal.Cmp(tx.Cost()) >= 0
}

// txError turns a failed estimate or submission into an error that names the cause.
func (c *Client) txError(ctx context.Context, from common.Address, err error) error {
	if strings.Contains(err.Error(), "insufficient funds") {
		bal, berr := c.backend.BalanceAt(ctx, from, nil)
		if berr == nil {
			return fmt.Errorf("%w: %s holds %s wei; send it some ether (node: %v)", ErrInsufficientFunds, from, bal, err)
		}
		return fmt.Errorf("%w: %s; send it some ether (node: %v)", ErrInsufficientFunds, from, err)
	}
	return c.decoder.Decode(err)
}
