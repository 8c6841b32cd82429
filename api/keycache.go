package api

import (
	"container/list"
	"sync"
	"time"

	"github.com/swarmgate/swarmgate/store/keyring"
)

// issuable is what key issuance needs to know about a registered content item, all of it fixed
// once the item is registered: the on-chain registration never changes the content hash, info
// hash or key commitment of an id, and a content key is never replaced (store.PutContentKey
// refuses a second one). What the indexer does change later (owner, policy) is not here.
//
// The content key stays sealed under the master key (keyring envelope) and is opened per
// request: an AES-GCM open of 32 bytes costs well under a microsecond, next to the
// ~100 µs HPKE seal, and keeps plaintext content keys out of long-lived memory.
type issuable struct {
	contentHash   [32]byte
	infoHash      []byte
	keyCommitment []byte
	title         string // for the magnet's display name
	sealed        keyring.Sealed
	// linked says the item is the registration sealed from an upload here (by its uploader);
	// only then is the key held for its hashes its key. creator is who registered it.
	linked  bool
	creator string
}

// keyCache remembers issuable items by on-chain content id so that a key request reads
// nothing from the database but the session. It holds at most max items (least recently
// used go first) and each for at most ttl, which bounds how long a row edited behind the
// gateway's back (or a registration reorganised away deeper than the confirmation depth)
// could be served. Unknown items and items whose key this gateway does not hold are never
// cached: they are looked up again on the next request.
type keyCache struct {
	max int
	ttl time.Duration
	now func() time.Time

	mu  sync.Mutex
	lru *list.List // of *keyCacheEntry, most recent at the front
	m   map[string]*list.Element
}

type keyCacheEntry struct {
	id    string
	item  issuable
	until time.Time
}

// newKeyCache returns nil (no caching) when max is 0.
func newKeyCache(max int, ttl time.Duration, now func() time.Time) *keyCache {
	if max <= 0 || ttl <= 0 {
		return nil
	}
	return &keyCache{max: max, ttl: ttl, now: now, lru: list.New(), m: map[string]*list.Element{}}
}

// get returns the cached item with content id id, if it is there and fresh.
func (c *keyCache) get(id string) (issuable, bool) {
	if c == nil {
		return issuable{}, false
	}
	now := c.now()
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.m[id]
	if !ok {
		return issuable{}, false
	}
	e := el.Value.(*keyCacheEntry)
	if !now.Before(e.until) {
		c.lru.Remove(el)
		delete(c.m, id)
		return issuable{}, false
	}
	c.lru.MoveToFront(el)
	return e.item, true
}

// put caches item under id for ttl, evicting the least recently used beyond max.
func (c *keyCache) put(id string, item issuable) {
	if c == nil {
		return
	}
	until := c.now().Add(c.ttl)
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.m[id]; ok {
		c.lru.Remove(el)
	}
	c.m[id] = c.lru.PushFront(&keyCacheEntry{id: id, item: item, until: until})
	for c.lru.Len() > c.max {
		back := c.lru.Back()
		c.lru.Remove(back)
		delete(c.m, back.Value.(*keyCacheEntry).id)
	}
}

// forget drops id, so the next request reads it from the database again.
func (c *keyCache) forget(id string) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.m[id]; ok {
		c.lru.Remove(el)
		delete(c.m, id)
	}
}

// size is the number of cached items.
func (c *keyCache) size() int {
	if c == nil {
		return 0
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.lru.Len()
}
