package api

import (
	"container/list"
	"context"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain"
)

// entitlementCache remembers the chain's entitlement answers, as DESIGN.md "Entitlement" says:
// a yes until the access ends (at most yesTTL, which is also how long a perpetual yes is kept),
// a no for noTTL (a few seconds, so a viewer who just paid is served within a block). It holds
// at most max answers; the least recently used go first. Errors are never cached.
type entitlementCache struct {
	src    Entitlement
	max    int
	yesTTL time.Duration
	noTTL  time.Duration
	now    func() time.Time

	mu  sync.Mutex
	lru *list.List // of *accessEntry, most recent at the front
	m   map[accessKey]*list.Element
}

type accessKey struct {
	id      string
	account common.Address
}

type accessEntry struct {
	key    accessKey
	access chain.Access
	until  time.Time
}

func newEntitlementCache(src Entitlement, max int, yesTTL, noTTL time.Duration, now func() time.Time) *entitlementCache {
	return &entitlementCache{src: src, max: max, yesTTL: yesTTL, noTTL: noTTL, now: now, lru: list.New(), m: map[accessKey]*list.Element{}}
}

// access answers from the cache or asks the chain; hit says which.
func (c *entitlementCache) access(ctx context.Context, id *big.Int, account common.Address) (a chain.Access, hit bool, err error) {
	k := accessKey{id.String(), account}
	now := c.now()
	c.mu.Lock()
	if el, ok := c.m[k]; ok {
		e := el.Value.(*accessEntry)
		if now.Before(e.until) {
			c.lru.MoveToFront(el)
			a := e.access
			c.mu.Unlock()
			return a, true, nil
		}
		c.lru.Remove(el)
		delete(c.m, k)
	}
	c.mu.Unlock()

	a, err = c.src.Access(ctx, id, account)
	if err != nil {
		return a, false, err
	}
	c.put(k, a, now)
	return a, false, nil
}

// put stores an answer read at now with the lifetime its kind allows.
func (c *entitlementCache) put(k accessKey, a chain.Access, now time.Time) {
	ttl := c.noTTL
	if a.Allowed {
		ttl = c.yesTTL
		if a.Expiry != chain.Perpetual {
			if left := time.Unix(int64(min(a.Expiry, 1<<62)), 0).Sub(now); left < ttl {
				ttl = left
			}
		}
	}
	if ttl <= 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.m[k]; ok {
		c.lru.Remove(el)
	}
	c.m[k] = c.lru.PushFront(&accessEntry{key: k, access: a, until: now.Add(ttl)})
	for c.lru.Len() > c.max {
		back := c.lru.Back()
		c.lru.Remove(back)
		delete(c.m, back.Value.(*accessEntry).key)
	}
}

// size is the number of cached answers.
func (c *entitlementCache) size() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.lru.Len()
}
