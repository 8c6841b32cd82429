package api

import (
	"context"
	"sync"
	"time"

	"github.com/swarmgate/swarmgate/store"
)

// issuanceCounter adds up issued keys per UTC day in memory; flush writes them to the day
// counter in the database, one upsert per day that has any (normally one), instead of a write
// per request. Counts a failed flush could not write are kept for the next one.
type issuanceCounter struct {
	mu      sync.Mutex
	pending map[string]pendingDay // by store.Day
}

type pendingDay struct {
	at time.Time // any instant of the day
	n  int64
}

func newIssuanceCounter() *issuanceCounter {
	return &issuanceCounter{pending: map[string]pendingDay{}}
}

// add counts n issuances at t.
func (c *issuanceCounter) add(t time.Time, n int64) {
	day := store.Day(t)
	c.mu.Lock()
	p := c.pending[day]
	c.pending[day] = pendingDay{at: t, n: p.n + n}
	c.mu.Unlock()
}

// unflushed is the number of counted issuances not yet written.
func (c *issuanceCounter) unflushed() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	var n int64
	for _, p := range c.pending {
		n += p.n
	}
	return n
}

// flush writes what was counted to the counter name in st. On error, what was not written is
// counted again, and the error says how many are waiting.
func (c *issuanceCounter) flush(ctx context.Context, st *store.Store, name string) error {
	c.mu.Lock()
	take := c.pending
	c.pending = make(map[string]pendingDay, 1)
	c.mu.Unlock()
	for day, p := range take {
		if err := st.AddCounter(ctx, name, p.at, p.n); err != nil {
			c.mu.Lock()
			for _, p := range take {
				q := c.pending[store.Day(p.at)]
				c.pending[store.Day(p.at)] = pendingDay{at: p.at, n: q.n + p.n}
			}
			c.mu.Unlock()
			return err
		}
		delete(take, day)
	}
	return nil
}

// issuanceFlushTimeout bounds the final flush at shutdown.
const issuanceFlushTimeout = 10 * time.Second

// flushIssuances is the chore that writes the counted key issuances every interval, and once
// more when ctx ends (after the HTTP server has drained, so nothing counted is lost).
func (s *Server) flushIssuances(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			if err := s.issued.flush(ctx, s.deps.Store, counterKeysIssued); err != nil && ctx.Err() == nil {
				s.log.WarnContext(ctx, "key issuance counter not written; retrying at the next interval", "pending", s.issued.unflushed(), "err", err)
			}
		case <-ctx.Done():
			s.finalFlush(context.WithoutCancel(ctx))
			return
		}
	}
}

// finalFlush writes what is still counted, within issuanceFlushTimeout.
func (s *Server) finalFlush(ctx context.Context) {
	if s.issued.unflushed() == 0 {
		return
	}
	fctx, cancel := context.WithTimeout(ctx, issuanceFlushTimeout)
	defer cancel()
	if err := s.issued.flush(fctx, s.deps.Store, counterKeysIssued); err != nil {
		s.log.ErrorContext(ctx, "key issuance counter not written at shutdown; these issuances are missing from the day counter", "lost", s.issued.unflushed(), "err", err)
	}
}
