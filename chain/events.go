package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/swarmgate/swarmgate/chain/eip712"
)

// ErrBadEvent means a log emitted by the registry or the escrow did not decode: the deployment
// points at a contract with another ABI, or the node returned a corrupt log.
var ErrBadEvent = errors.New("contract event does not decode")

// EventKind names the registry events the gateway's catalog follows.
type EventKind string

// The followed events.
const (
	EventRegistered    EventKind = "ContentRegistered"
	EventPolicyUpdated EventKind = "PolicyUpdated"
	EventTransfer      EventKind = "Transfer"
)

// Event is one decoded registry event, in chain order (Block, then LogIndex). Exactly one of
// Registered, Policy and Transfer is set, as Kind says.
type Event struct {
	Kind      EventKind
	Block     uint64
	BlockHash common.Hash
	LogIndex  uint
	TxHash    common.Hash

	Registered *Registered
	Policy     *PolicyUpdate
	Transfer   *Transfer
}

// Registered is a ContentRegistered event: the item and its first policy.
type Registered struct {
	ID            *big.Int
	Creator       common.Address
	ContentHash   common.Hash
	InfoHash      common.Hash // the 20-byte v1 info hash, left-aligned
	KeyCommitment common.Hash
	MetadataURI   string
	Policy        eip712.Policy
}

// PolicyUpdate is a PolicyUpdated event.
type PolicyUpdate struct {
	ID     *big.Int
	Policy eip712.Policy
}

// Transfer is an ERC-721 Transfer of a rights token (From is zero on mint).
type Transfer struct {
	ID       *big.Int
	From, To common.Address
}

// eventTopics are the topic-0 values of the followed events.
func (c *Client) eventTopics() []common.Hash {
	a := c.registry.GetABI()
	return []common.Hash{a.Events[string(EventRegistered)].ID, a.Events[string(EventPolicyUpdated)].ID, a.Events[string(EventTransfer)].ID}
}

// Events reads the followed registry events of blocks from..to (inclusive), decoded, in chain
// order. Logs of removed (reorganized) blocks are skipped. Keep ranges bounded (a few thousand
// blocks): providers cap the size of one eth_getLogs answer.
func (c *Client) Events(ctx context.Context, from, to uint64) ([]Event, error) {
	if from > to {
		return nil, fmt.Errorf("read registry events: from block %d is after to block %d", from, to)
	}
	q := ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		ToBlock:   new(big.Int).SetUint64(to),
		Addresses: []common.Address{c.dep.Registry},
		Topics:    [][]common.Hash{c.eventTopics()},
	}
	logs, err := RetryValue(ctx, c.cfg.Retry, func(ctx context.Context) ([]types.Log, error) {
		ctx, cancel := context.WithTimeout(ctx, c.cfg.CallTimeout)
		defer cancel()
		return c.backend.FilterLogs(ctx, q)
	})
	if err != nil {
		return nil, fmt.Errorf("read registry events of blocks %d–%d: %w", from, to, err)
	}
	out := make([]Event, 0, len(logs))
	for i := range logs {
		l := &logs[i]
		if l.Removed {
			continue
		}
		ev, ok, err := c.DecodeEvent(l)
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, ev)
		}
	}
	return out, nil
}

// DecodeEvent decodes one registry log. ok is false for a log of another contract or event.
func (c *Client) DecodeEvent(l *types.Log) (ev Event, ok bool, err error) {
	if l.Address != c.dep.Registry || len(l.Topics) == 0 {
		return Event{}, false, nil
	}
	ev = Event{Block: l.BlockNumber, BlockHash: l.BlockHash, LogIndex: l.Index, TxHash: l.TxHash}
	bad := func(err error) (Event, bool, error) {
		return Event{}, false, fmt.Errorf("%w: %s log %d of block %d: %w", ErrBadEvent, ev.Kind, l.Index, l.BlockNumber, err)
	}
	topics := c.eventTopics()
	switch l.Topics[0] {
	case topics[0]:
		ev.Kind = EventRegistered
		r, err := c.registry.UnpackContentRegisteredEvent(l)
		if err != nil {
			return bad(err)
		}
		ev.Registered = &Registered{ID: r.ContentId, Creator: r.Creator, ContentHash: r.ContentHash, InfoHash: r.InfoHash,
			KeyCommitment: r.KeyCommitment, MetadataURI: r.MetadataURI, Policy: policyFromBinding(r.Policy)}
	case topics[1]:
		ev.Kind = EventPolicyUpdated
		p, err := c.registry.UnpackPolicyUpdatedEvent(l)
		if err != nil {
			return bad(err)
		}
		ev.Policy = &PolicyUpdate{ID: p.ContentId, Policy: policyFromBinding(p.Policy)}
	case topics[2]:
		ev.Kind = EventTransfer
		t, err := c.registry.UnpackTransferEvent(l)
		if err != nil {
			return bad(err)
		}
		ev.Transfer = &Transfer{ID: t.TokenId, From: t.From, To: t.To}
	default:
		return Event{}, false, nil
	}
	return ev, true, nil
}

// Head returns the number of the latest block.
func (c *Client) Head(ctx context.Context) (uint64, error) {
	n, err := RetryValue(ctx, c.cfg.Retry, func(ctx context.Context) (uint64, error) {
		ctx, cancel := context.WithTimeout(ctx, c.cfg.CallTimeout)
		defer cancel()
		return c.backend.BlockNumber(ctx)
	})
	if err != nil {
		return 0, fmt.Errorf("read head block: %w", err)
	}
	return n, nil
}

// ConfirmedHead returns the head minus the confirmation depth (0 when the chain is shorter):
// the newest block reads and the indexer trust.
func (c *Client) ConfirmedHead(ctx context.Context) (uint64, error) {
	h, err := c.Head(ctx)
	if err != nil {
		return 0, err
	}
	if h < c.cfg.Confirmations {
		return 0, nil
	}
	return h - c.cfg.Confirmations, nil
}

// BlockHash returns the hash of canonical block n.
func (c *Client) BlockHash(ctx context.Context, n uint64) (common.Hash, error) {
	h, err := RetryValue(ctx, c.cfg.Retry, func(ctx context.Context) (*types.Header, error) {
		ctx, cancel := context.WithTimeout(ctx, c.cfg.CallTimeout)
		defer cancel()
		return c.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	})
	if err != nil {
		return common.Hash{}, fmt.Errorf("read header of block %d: %w", n, err)
	}
	return h.Hash(), nil
}

// RegisterCallData is the calldata of a direct ContentRegistry.register transaction for reg
// (reg.Creator sends it; Nonce and Deadline are not used).
func (c *Client) RegisterCallData(reg eip712.Registration) []byte {
	return c.registry.PackRegister(reg.ContentHash, reg.InfoHash, reg.KeyCommitment, reg.MetadataURI, policyToBinding(reg.Policy))
}

// TransferRights moves item id's rights token (ownership and future revenue) from opts.From to
// to with ERC-721 transferFrom.
func (c *Client) TransferRights(ctx context.Context, opts *bind.TransactOpts, id *big.Int, to common.Address) (*types.Receipt, error) {
	if opts == nil {
		return nil, errors.New("no signer: unlock a wallet for this transaction")
	}
	return c.transact(ctx, opts, &c.dep.Registry, c.registry.PackTransferFrom(opts.From, to, id), nil)
}
