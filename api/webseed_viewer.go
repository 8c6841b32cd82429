package api

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"

	"github.com/swarmgate/swarmgate/chain"
)

// Limits on viewers' use of the web seed (directory seeders have the per-IP limit only: they
// are few, known, and fetch whole items). A browser's Service Worker reads an item in ranges
// as the video plays and seeks; these leave it ample room while keeping one account from
// holding many transfers open or hammering the content store.
const (
	// webseedViewerRate is the sustained web seed requests per second per viewer account,
	// with bursts of webseedViewerBurst (a seek fetches a few ranges at once).
	webseedViewerRate  = 10
	webseedViewerBurst = 40
	// webseedViewerTransfers is how many web seed responses one viewer account may have in
	// flight at once.
	webseedViewerTransfers = 4
	// webseedViewerKeys caps the viewer accounts the rate limiter remembers.
	webseedViewerKeys = 100_000
)

// webseedViewerAccess checks that account (a viewer: not in the seeder directory) has access to
// item contentID, through the entitlement cache key issuance uses. It returns the metrics
// result and the problem when not.
func (s *Server) webseedViewerAccess(c *gin.Context, account common.Address, contentID string) (string, error) {
	cid, ok := new(big.Int).SetString(contentID, 10)
	if !ok {
		return webseedError, fmt.Errorf("web seed: stored content id %q is not decimal", contentID)
	}
	ctx := c.Request.Context()
	acc, _, err := s.access.access(ctx, cid, account)
	switch {
	case errors.Is(err, chain.ErrUnknownContent):
		return webseedNotFound, &wrapped{ErrNotFound, "no content item has id " + contentID + " on-chain"}
	case err != nil:
		s.log.WarnContext(ctx, "web seed entitlement check failed", "request_id", requestID(c), "content", contentID, "err", err)
		return webseedUnavailable, &wrapped{ErrUnavailable, "the chain did not answer the entitlement check; try again shortly"}
	case acc.Allowed:
		return "", nil
	}
	msg := fmt.Sprintf("the web seed serves directory seeders and viewers with access; %s has no access to content %s", account.Hex(), contentID)
	if d, ok := denyErrors[acc.Reason]; ok {
		return webseedNotEntitled, &wrapped{d.err, msg + ": " + d.hint}
	}
	return webseedNotEntitled, &wrapped{ErrNotEntitled, msg}
}

// webseedViewers bounds each viewer account's use of the web seed: a request rate
// (webseedViewerRate) and concurrent transfers (webseedViewerTransfers). The zero value is
// ready; memory is bounded by the limiter's LRU and by the transfers in flight.
type webseedViewers struct {
	once sync.Once
	rate *limiters

	mu     sync.Mutex
	active map[common.Address]int
}

// busy sets Retry-After and returns the 429 problem and its metrics result.
func (v *webseedViewers) busy(c *gin.Context, wait time.Duration, why string) (string, error) {
	c.Header("Retry-After", strconv.FormatInt(max(1, int64(math.Ceil(wait.Seconds()))), 10))
	return webseedViewerBusy, &wrapped{ErrRateLimited, why}
}

// allow takes one request from account's rate at now (before the entitlement check, so a
// flood of requests does not become a flood of chain reads), or returns the 429 problem.
func (v *webseedViewers) allow(c *gin.Context, account common.Address, now time.Time) (string, error) {
	v.once.Do(func() { v.rate = newLimiters(webseedViewerRate, webseedViewerBurst, webseedViewerKeys) })
	if ok, wait := v.rate.allow(account.Hex(), now); !ok {
		return v.busy(c, wait, fmt.Sprintf("too many web seed requests from this viewer (at most %d a second); retry after the time Retry-After gives", webseedViewerRate))
	}
	return "", nil
}

// acquire admits one transfer for account, or returns the 429 problem (with Retry-After set)
// and its metrics result. release must be called when the transfer ends.
func (v *webseedViewers) acquire(c *gin.Context, account common.Address) (release func(), result string, err error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.active == nil {
		v.active = map[common.Address]int{}
	}
	if v.active[account] >= webseedViewerTransfers {
		r, err := v.busy(c, time.Second, fmt.Sprintf("this viewer already has %d web seed transfers in flight; finish or cancel one first", webseedViewerTransfers))
		return nil, r, err
	}
	v.active[account]++
	var once sync.Once
	return func() {
		once.Do(func() {
			v.mu.Lock()
			defer v.mu.Unlock()
			if v.active[account]--; v.active[account] <= 0 {
				delete(v.active, account)
			}
		})
	}, "", nil
}

// inFlight is the number of viewer transfers in flight (tests).
func (v *webseedViewers) inFlight() int {
	v.mu.Lock()
	defer v.mu.Unlock()
	n := 0
	for _, k := range v.active {
		n += k
	}
	return n
}
