package seeder

import (
	"container/list"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/paywire"
)

// ErrBalanceUnavailable means the escrow balance of a viewer could not be read from the chain.
// The seller then accepts no receipt from that viewer, so no credit is extended past the window.
var ErrBalanceUnavailable = errors.New("escrow balance unavailable")

// EscrowReader is what the balance checker reads from the chain; *chain.Client satisfies it.
type EscrowReader interface {
	EscrowBalance(ctx context.Context, viewer common.Address) (*big.Int, error)
	Paid(ctx context.Context, viewer, seeder common.Address) (*big.Int, error)
}

// BalanceConfig tunes a Balances cache. Zero values take the defaults.
type BalanceConfig struct {
	// TTL is how long a read is used before it is refreshed (default 2 s). A short TTL keeps the
	// seller close to the chain: another seeder's redeem lowers the balance.
	TTL time.Duration
	// MaxEntries bounds the cache (default 10000 pairs); the least recently used go first.
	MaxEntries int
	// Timeout bounds one read, retries included (default 5 s).
	Timeout time.Duration
	// Retry is the policy for transient RPC failures (default: 3 attempts, 100 ms backoff).
	Retry chain.RetryPolicy
	// Logger receives warnings about failed reads.
	Logger *slog.Logger
	// Now returns the current time (default time.Now).
	Now func() time.Time
}

// Balances is the seller's paywire.BalanceChecker backed by the escrow contract: the viewer's
// balance and paid[viewer][seeder], cached for a short TTL per pair, bounded in size, with a
// timeout and retries on each read. When the chain cannot be read it answers
// ErrBalanceUnavailable rather than a stale or invented figure: the receipt is not accepted,
// and the viewer gets no credit beyond the window. Concurrent reads of one pair share one call.
type Balances struct {
	src EscrowReader
	cfg BalanceConfig
	log *slog.Logger

	mu      sync.Mutex
	entries map[balanceKey]*list.Element
	lru     *list.List // of *balanceEntry, most recent first
	flights map[balanceKey]*flight
	reads   uint64
	fails   uint64
}

var _ paywire.BalanceChecker = (*Balances)(nil)

type balanceKey struct{ viewer, seeder common.Address }

type balanceEntry struct {
	key  balanceKey
	acct paywire.EscrowAccount
	at   time.Time
}

type flight struct {
	done chan struct{}
	acct paywire.EscrowAccount
	err  error
}

// NewBalances returns a cache over src. It starts nothing.
func NewBalances(src EscrowReader, cfg BalanceConfig) *Balances {
	if cfg.TTL <= 0 {
		cfg.TTL = 2 * time.Second
	}
	if cfg.MaxEntries <= 0 {
		cfg.MaxEntries = 10000
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 5 * time.Second
	}
	if cfg.Retry == (chain.RetryPolicy{}) {
		cfg.Retry = chain.RetryPolicy{MaxAttempts: 3, InitialBackoff: 100 * time.Millisecond, MaxBackoff: time.Second}
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &Balances{
		src: src, cfg: cfg, log: cfg.Logger,
		entries: make(map[balanceKey]*list.Element), lru: list.New(), flights: make(map[balanceKey]*flight),
	}
}

// Account implements paywire.BalanceChecker.
func (b *Balances) Account(ctx context.Context, viewer, seeder common.Address) (paywire.EscrowAccount, error) {
	k := balanceKey{viewer, seeder}
	now := b.cfg.Now()
	b.mu.Lock()
	if el, ok := b.entries[k]; ok {
		e := el.Value.(*balanceEntry)
		if now.Sub(e.at) < b.cfg.TTL {
			b.lru.MoveToFront(el)
			acct := copyAccount(e.acct)
			b.mu.Unlock()
			return acct, nil
		}
	}
	f, joined := b.flights[k]
	if !joined {
		f = &flight{done: make(chan struct{})}
		b.flights[k] = f
	}
	b.mu.Unlock()

	if joined {
		select {
		case <-f.done:
			return copyAccount(f.acct), f.err
		case <-ctx.Done():
			return paywire.EscrowAccount{}, ctx.Err()
		}
	}
	f.acct, f.err = b.read(ctx, k)
	b.mu.Lock()
	delete(b.flights, k)
	b.reads++
	if f.err == nil {
		b.putLocked(k, f.acct, b.cfg.Now())
	} else {
		b.fails++
		// Never fall back to an old figure: drop it.
		if el, ok := b.entries[k]; ok {
			b.lru.Remove(el)
			delete(b.entries, k)
		}
	}
	b.mu.Unlock()
	close(f.done)
	if f.err != nil {
		b.log.Warn("escrow balance unavailable; refusing credit", "viewer", viewer, "err", f.err)
	}
	return copyAccount(f.acct), f.err
}

func (b *Balances) read(ctx context.Context, k balanceKey) (paywire.EscrowAccount, error) {
	ctx, cancel := context.WithTimeout(ctx, b.cfg.Timeout)
	defer cancel()
	var acct paywire.EscrowAccount
	err := chain.Retry(ctx, b.cfg.Retry, func(ctx context.Context) error {
		bal, err := b.src.EscrowBalance(ctx, k.viewer)
		if err != nil {
			return err
		}
		paid, err := b.src.Paid(ctx, k.viewer, k.seeder)
		if err != nil {
			return err
		}
		acct = paywire.EscrowAccount{Available: bal, Paid: paid}
		return nil
	})
	if err != nil {
		return paywire.EscrowAccount{}, fmt.Errorf("%w for %s: %w", ErrBalanceUnavailable, k.viewer, err)
	}
	if acct.Available == nil || acct.Paid == nil {
		return paywire.EscrowAccount{}, fmt.Errorf("%w for %s: empty answer", ErrBalanceUnavailable, k.viewer)
	}
	return acct, nil
}

func (b *Balances) putLocked(k balanceKey, acct paywire.EscrowAccount, at time.Time) {
	if el, ok := b.entries[k]; ok {
		e := el.Value.(*balanceEntry)
		e.acct, e.at = acct, at
		b.lru.MoveToFront(el)
		return
	}
	b.entries[k] = b.lru.PushFront(&balanceEntry{key: k, acct: acct, at: at})
	for b.lru.Len() > b.cfg.MaxEntries {
		last := b.lru.Back()
		b.lru.Remove(last)
		delete(b.entries, last.Value.(*balanceEntry).key)
	}
}

// Forget drops the cached figures of viewer (all seeders), after a settlement changed them.
func (b *Balances) Forget(viewer common.Address) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for k, el := range b.entries {
		if k.viewer == viewer {
			b.lru.Remove(el)
			delete(b.entries, k)
		}
	}
}

// Len returns how many pairs are cached.
func (b *Balances) Len() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.lru.Len()
}

// Stats returns the number of chain reads and of failed reads.
func (b *Balances) Stats() (reads, failures uint64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.reads, b.fails
}

func copyAccount(a paywire.EscrowAccount) paywire.EscrowAccount {
	out := paywire.EscrowAccount{}
	if a.Available != nil {
		out.Available = new(big.Int).Set(a.Available)
	}
	if a.Paid != nil {
		out.Paid = new(big.Int).Set(a.Paid)
	}
	return out
}

// SessionReader reads the escrow's record of a viewer's session key; *chain.Client satisfies it.
type SessionReader interface {
	Session(ctx context.Context, viewer, key common.Address) (chain.RecordedSession, error)
}

// Sessions caches the escrow's record of session keys (recorded grant nonce and terms, what the
// key spent, the revocation deadline) for a short TTL, for the seller: it backs paywire's
// KeyChecker, so that a revoked key gets no new credit and a grant older than the recorded one
// is refused. A read that fails is not cached and not replaced by an older figure. The
// settlement chore reads the chain itself (EffectiveExpiry): a revocation deadline is the
// grant's effective expiry, and the pair is redeemed before it.
type Sessions struct {
	src        SessionReader
	ttl        time.Duration
	maxEntries int
	now        func() time.Time

	mu      sync.Mutex
	entries map[balanceKey]sessionEntry
}

type sessionEntry struct {
	rec chain.RecordedSession
	at  time.Time
}

// NewSessions returns a cache over src; ttl 0 takes 2 s. It starts nothing.
func NewSessions(src SessionReader, ttl time.Duration) *Sessions {
	if ttl <= 0 {
		ttl = 2 * time.Second
	}
	return &Sessions{src: src, ttl: ttl, maxEntries: 10000, now: time.Now, entries: map[balanceKey]sessionEntry{}}
}

// Session returns the escrow's record of viewer's key, from the cache when it is fresh.
func (s *Sessions) Session(ctx context.Context, viewer, key common.Address) (chain.RecordedSession, error) {
	k := balanceKey{viewer, key}
	s.mu.Lock()
	if e, ok := s.entries[k]; ok && s.now().Sub(e.at) < s.ttl {
		s.mu.Unlock()
		return e.rec, nil
	}
	s.mu.Unlock()
	rec, err := s.src.Session(ctx, viewer, key)
	s.mu.Lock()
	defer s.mu.Unlock()
	if err != nil {
		delete(s.entries, k)
		return chain.RecordedSession{}, fmt.Errorf("read the escrow's record of %s's session key: %w", viewer, err)
	}
	if len(s.entries) >= s.maxEntries {
		clear(s.entries) // rare; a cold cache only costs reads
	}
	s.entries[k] = sessionEntry{rec: rec, at: s.now()}
	return rec, nil
}

// Key is paywire's KeyChecker: the escrow's record of viewer's key in the seller's terms.
func (s *Sessions) Key(ctx context.Context, viewer, key common.Address) (paywire.KeyState, error) {
	rec, err := s.Session(ctx, viewer, key)
	if err != nil {
		return paywire.KeyState{}, err
	}
	return paywire.KeyState{
		Recorded: rec.Expiry != 0, Nonce: rec.Nonce, Limit: rec.Limit, Expiry: rec.Expiry, Spent: rec.Spent,
		Revoked: rec.RevokedUntil != 0, RedeemUntil: rec.RevokedUntil,
	}, nil
}

var _ paywire.KeyChecker = (*Sessions)(nil)

// Forget drops the cached records of viewer's keys (after a settlement or a revocation seen).
func (s *Sessions) Forget(viewer common.Address) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for k := range s.entries {
		if k.viewer == viewer {
			delete(s.entries, k)
		}
	}
}
