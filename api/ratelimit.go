package api

import (
	"container/list"
	"math"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// limiters holds one token bucket per key (client IP or session) in a bounded LRU: at most
// max keys; keys unseen for ttl are dropped as new ones arrive, and when full the least
// recently seen key goes first. A forgotten key starts again with a full bucket, which is
// the price of bounded memory.
type limiters struct {
	limit rate.Limit
	burst int
	max   int
	ttl   time.Duration

	mu  sync.Mutex
	lru *list.List // of *limiterEntry, most recent at the front
	m   map[string]*list.Element
}

type limiterEntry struct {
	key  string
	lim  *rate.Limiter
	seen time.Time
}

// newLimiters returns nil (no limit) when perSecond is 0.
func newLimiters(perSecond float64, burst, max int) *limiters {
	if perSecond <= 0 {
		return nil
	}
	// A bucket refills completely in burst/rate seconds; after that a forgotten key loses
	// nothing, so that is how long idle keys are kept (at least a minute).
	ttl := time.Duration(float64(burst)/perSecond*float64(time.Second)) + time.Minute
	return &limiters{limit: rate.Limit(perSecond), burst: burst, max: max, ttl: ttl, lru: list.New(), m: map[string]*list.Element{}}
}

// allow takes one token for key at now; when none is left it reports how long until one is.
func (l *limiters) allow(key string, now time.Time) (bool, time.Duration) {
	if l == nil {
		return true, 0
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	var e *limiterEntry
	if el, ok := l.m[key]; ok {
		e = el.Value.(*limiterEntry)
		l.lru.MoveToFront(el)
	} else {
		e = &limiterEntry{key: key, lim: rate.NewLimiter(l.limit, l.burst)}
		l.m[key] = l.lru.PushFront(e)
	}
	e.seen = now
	l.evict(now)
	r := e.lim.ReserveN(now, 1)
	if !r.OK() {
		return false, time.Duration(math.MaxInt64)
	}
	if d := r.DelayFrom(now); d > 0 {
		r.CancelAt(now)
		return false, d
	}
	return true, 0
}

// evict drops keys idle longer than ttl and, beyond max, the least recently seen.
func (l *limiters) evict(now time.Time) {
	for l.lru.Len() > 0 {
		back := l.lru.Back()
		e := back.Value.(*limiterEntry)
		if l.lru.Len() <= l.max && now.Sub(e.seen) <= l.ttl {
			return
		}
		l.lru.Remove(back)
		delete(l.m, e.key)
	}
}

// size is the number of keys held.
func (l *limiters) size() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.lru.Len()
}
