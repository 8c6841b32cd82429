package indexer

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/store"
)

// Source is what the indexer reads from the chain. *chain.Client implements it.
type Source interface {
	// ConfirmedHead is the newest block the operator trusts (head minus confirmations).
	ConfirmedHead(ctx context.Context) (uint64, error)
	// BlockHash is the hash of canonical block n.
	BlockHash(ctx context.Context, n uint64) (common.Hash, error)
	// Events are the followed registry events of blocks from..to, in chain order.
	Events(ctx context.Context, from, to uint64) ([]chain.Event, error)
}

var _ Source = (*chain.Client)(nil)

// Config tunes an Indexer. Zero fields take the documented defaults.
type Config struct {
	// Cursor names the cursor row; "registry" by default.
	Cursor string
	// StartBlock is the first block to read (the deployment's).
	StartBlock uint64
	// Poll is how long to wait at the head before looking again; 2 s by default.
	Poll time.Duration
	// BatchBlocks bounds one read (and one transaction); 1000 by default.
	BatchBlocks uint64
	// ReorgDepth is how far back to re-read after a reorganization; 64 by default.
	ReorgDepth uint64
	// Logger receives progress and errors; discarded when nil.
	Logger *slog.Logger
}

// Defaults of Config.
const (
	DefaultCursor      = "registry"
	DefaultPoll        = 2 * time.Second
	DefaultBatchBlocks = 1000
	DefaultReorgDepth  = 64
)

// Indexer follows the registry's events into the store's catalog. It is a chore: Run polls
// until its context ends.
type Indexer struct {
	src Source
	st  *store.Store
	cfg Config
	log *slog.Logger
}

// New returns an indexer; it does no I/O.
func New(src Source, st *store.Store, cfg Config) *Indexer {
	if cfg.Cursor == "" {
		cfg.Cursor = DefaultCursor
	}
	if cfg.Poll <= 0 {
		cfg.Poll = DefaultPoll
	}
	if cfg.BatchBlocks == 0 {
		cfg.BatchBlocks = DefaultBatchBlocks
	}
	if cfg.ReorgDepth == 0 {
		cfg.ReorgDepth = DefaultReorgDepth
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Indexer{src: src, st: st, cfg: cfg, log: log.With("component", "indexer")}
}

// Run indexes until ctx ends; a failed step is logged and retried at the next poll. It
// returns nil when ctx ends.
func (ix *Indexer) Run(ctx context.Context) error {
	t := time.NewTimer(0)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		if _, err := ix.Sync(ctx); err != nil && ctx.Err() == nil {
			ix.log.Warn("indexing failed; retrying", "err", err, "retry_in", ix.cfg.Poll)
		}
		t.Reset(ix.cfg.Poll)
	}
}

// Sync reads everything up to the confirmed head and returns the last block read.
func (ix *Indexer) Sync(ctx context.Context) (uint64, error) {
	for {
		done, last, err := ix.Step(ctx)
		if err != nil || done {
			return last, err
		}
	}
}

// Step reads at most one batch. done is true when the indexer is at the confirmed head; last
// is the cursor's block afterwards.
func (ix *Indexer) Step(ctx context.Context) (done bool, last uint64, err error) {
	next, last, err := ix.resume(ctx)
	if err != nil {
		return false, 0, err
	}
	head, err := ix.src.ConfirmedHead(ctx)
	if err != nil {
		return false, last, err
	}
	if next > head {
		return true, last, nil
	}
	to := min(head, next+ix.cfg.BatchBlocks-1)
	events, err := ix.src.Events(ctx, next, to)
	if err != nil {
		return false, last, err
	}
	var sales []store.Purchase
	if cl, ok := ix.src.(chainLogs); ok {
		if sales, err = purchases(ctx, cl, next, to); err != nil {
			return false, last, err
		}
	}
	hash, err := ix.src.BlockHash(ctx, to)
	if err != nil {
		return false, last, err
	}
	err = ix.st.Tx(ctx, func(tx *store.Store) error {
		for _, ev := range events {
			if err := ix.apply(ctx, tx, ev); err != nil {
				return err
			}
		}
		for _, p := range sales {
			if err := tx.RecordPurchase(ctx, p); err != nil {
				return err
			}
		}
		return tx.SetCursor(ctx, ix.cfg.Cursor, to, hash)
	})
	if err != nil {
		return false, last, fmt.Errorf("index blocks %d–%d: %w", next, to, err)
	}
	if len(events) > 0 {
		ix.log.Info("indexed registry events", "from", next, "to", to, "events", len(events))
	}
	return to >= head, to, nil
}

// resume returns the next block to read, checking the cursor's block against the chain and
// rewinding on a reorganization.
func (ix *Indexer) resume(ctx context.Context) (next, last uint64, err error) {
	cur, err := ix.st.Cursor(ctx, ix.cfg.Cursor)
	if errors.Is(err, store.ErrNotFound) {
		return ix.cfg.StartBlock, 0, nil
	}
	if err != nil {
		return 0, 0, err
	}
	have, err := ix.src.BlockHash(ctx, cur.BlockNumber)
	if err != nil {
		return 0, 0, err
	}
	if have == common.BytesToHash(cur.BlockHash) {
		return cur.BlockNumber + 1, cur.BlockNumber, nil
	}
	// Reorganized below the cursor: go back ReorgDepth blocks and read forward again.
	back := ix.cfg.StartBlock
	if cur.BlockNumber > ix.cfg.ReorgDepth && cur.BlockNumber-ix.cfg.ReorgDepth > back {
		back = cur.BlockNumber - ix.cfg.ReorgDepth
	}
	ix.log.Warn("chain reorganized below the cursor; re-reading", "cursor", cur.BlockNumber, "from", back)
	if back == 0 || back <= ix.cfg.StartBlock {
		// Nothing trusted before the start block: forget the cursor by moving it before it.
		return ix.cfg.StartBlock, 0, nil
	}
	h, err := ix.src.BlockHash(ctx, back-1)
	if err != nil {
		return 0, 0, err
	}
	if err := ix.st.SetCursor(ctx, ix.cfg.Cursor, back-1, h); err != nil {
		return 0, 0, err
	}
	return back, back - 1, nil
}

// apply writes one event's effect on the catalog.
func (ix *Indexer) apply(ctx context.Context, tx *store.Store, ev chain.Event) error {
	switch ev.Kind {
	case chain.EventRegistered:
		r := ev.Registered
		var info [20]byte
		copy(info[:], r.InfoHash[:20])
		return tx.UpsertRegistration(ctx, store.Registration{
			ContentID: r.ID.String(), ContentHash: r.ContentHash, InfoHash: info, KeyCommitment: r.KeyCommitment,
			MetadataURI: r.MetadataURI, Creator: r.Creator, Owner: r.Creator, Policy: StorePolicy(r.Policy),
			Block: ev.Block, LogIndex: ev.LogIndex, TxHash: ev.TxHash,
		})
	case chain.EventPolicyUpdated:
		return ix.known(tx.SetContentPolicy(ctx, ev.Policy.ID.String(), StorePolicy(ev.Policy.Policy)), ev)
	case chain.EventTransfer:
		if ev.Transfer.From == (common.Address{}) {
			return nil // the mint; ContentRegistered (same transaction) names the owner
		}
		return ix.known(tx.SetContentOwner(ctx, ev.Transfer.ID.String(), ev.Transfer.To), ev)
	}
	return nil
}

// known ignores an update of an item the catalog does not hold (registered before the start
// block): there is nothing to update.
func (ix *Indexer) known(err error, ev chain.Event) error {
	if errors.Is(err, store.ErrNotFound) {
		ix.log.Warn("event for an item not in the catalog", "event", ev.Kind, "block", ev.Block)
		return nil
	}
	return err
}

// StorePolicy is the catalog form of an on-chain policy: the kind a viewer cares about first
// (a gate, then the sale model, subscribers for an item not for sale), plus every term.
func StorePolicy(p eip712.Policy) store.Policy {
	out := store.Policy{Price: dec(p.Price), DurationSeconds: int64(min(p.Duration, 1<<62)), Subscribable: p.Subscribers,
		RoyaltyBps: int(p.RoyaltyBps), Payees: PayeesJSON(p.Payees)}
	if p.Currency != (common.Address{}) {
		out.Currency = strings.ToLower(p.Currency.Hex())
	}
	switch p.Model {
	case eip712.ModelFree:
		out.Kind = store.PolicyFree
	case eip712.ModelBuy:
		out.Kind = store.PolicyBuy
	case eip712.ModelRent:
		out.Kind = store.PolicyRent
	default:
		out.Kind = store.PolicyExclusive
		if p.Subscribers {
			out.Kind = store.PolicySubscription
		}
	}
	if p.GateKind != eip712.GateNone {
		if p.Model != eip712.ModelBuy && p.Model != eip712.ModelRent {
			out.Kind = store.PolicyTokenGated
		}
		out.GateToken = strings.ToLower(p.GateToken.Hex())
		out.GateStandard = map[eip712.GateKind]string{eip712.GateERC20: "erc20", eip712.GateERC721: "erc721", eip712.GateERC1155: "erc1155"}[p.GateKind]
		out.GateTokenID = dec(p.GateID)
		out.GateMinBalance = dec(p.GateAmount)
	}
	return out
}

// PayeesJSON is the catalog form of a revenue split: [{"account":"0x…","share_bps":n}], with
// checksummed addresses (the zero address stands for the rights token's current owner).
func PayeesJSON(ps []eip712.Payee) string {
	type payee struct {
		Account  string `json:"account"`
		ShareBps uint16 `json:"share_bps"`
	}
	out := make([]payee, 0, len(ps))
	for _, p := range ps {
		out = append(out, payee{p.Account.Hex(), p.ShareBps})
	}
	b, _ := json.Marshal(out)
	return string(b)
}

func dec(x *big.Int) string {
	if x == nil {
		return "0"
	}
	return x.String()
}
