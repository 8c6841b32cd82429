package api

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain"
)

type fakeEntitlement struct {
	answer chain.Access
	calls  int
}

func (f *fakeEntitlement) Access(context.Context, *big.Int, common.Address) (chain.Access, error) {
	f.calls++
	return f.answer, nil
}

func TestEntitlementCacheLifetimes(t *testing.T) {
	t.Parallel()
	now := time.Unix(1_800_000_000, 0)
	cases := []struct {
		name    string
		answer  chain.Access
		hitAt   time.Duration // still cached this long after
		missAt  time.Duration // asked again this long after
		comment string
	}{
		{"no", chain.Access{Reason: chain.DenyNotPurchased}, 1900 * time.Millisecond, 2 * time.Second, "a no lasts noTTL"},
		{"perpetual yes", chain.Access{Allowed: true, Expiry: chain.Perpetual}, 4 * time.Minute, 5 * time.Minute, "a perpetual yes lasts yesTTL"},
		{"rental yes", chain.Access{Allowed: true, Expiry: uint64(now.Unix()) + 30}, 29 * time.Second, 30 * time.Second, "a rental yes ends with the rental"},
		{"long rental yes", chain.Access{Allowed: true, Expiry: uint64(now.Unix()) + 86400}, 4 * time.Minute, 5 * time.Minute, "capped at yesTTL"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := &fakeEntitlement{answer: c.answer}
			at := now
			cache := newEntitlementCache(f, 10, 5*time.Minute, 2*time.Second, func() time.Time { return at })
			ask := func(after time.Duration) bool {
				at = now.Add(after)
				_, hit, err := cache.access(context.Background(), big.NewInt(1), alice)
				if err != nil {
					t.Fatal(err)
				}
				return hit
			}
			if ask(0) {
				t.Fatal("first ask was a hit")
			}
			if !ask(c.hitAt) {
				t.Errorf("%s: not cached after %s", c.comment, c.hitAt)
			}
			if ask(c.missAt) {
				t.Errorf("%s: still cached after %s", c.comment, c.missAt)
			}
			if f.calls != 2 {
				t.Errorf("chain asked %d times, want 2", f.calls)
			}
		})
	}
}

func TestEntitlementCacheIsBounded(t *testing.T) {
	t.Parallel()
	f := &fakeEntitlement{answer: chain.Access{Allowed: true, Expiry: chain.Perpetual}}
	now := time.Now()
	cache := newEntitlementCache(f, 3, time.Minute, time.Second, func() time.Time { return now })
	for i := range 10 {
		if _, _, err := cache.access(context.Background(), big.NewInt(int64(i)), bob); err != nil {
			t.Fatal(err)
		}
	}
	if n := cache.size(); n != 3 {
		t.Fatalf("cache holds %d answers, want at most 3", n)
	}
	// The most recent stay; the oldest went.
	if _, hit, _ := cache.access(context.Background(), big.NewInt(9), bob); !hit {
		t.Error("the newest answer was evicted")
	}
	if _, hit, _ := cache.access(context.Background(), big.NewInt(0), bob); hit {
		t.Error("the oldest answer was kept")
	}
}
