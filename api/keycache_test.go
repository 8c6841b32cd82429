package api

import (
	"context"
	"errors"
	"fmt"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/swarmgate/swarmgate/store"
	"github.com/swarmgate/swarmgate/store/storetest"
)

// fakeClock is a settable clock for cache tests.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func TestKeyCache(t *testing.T) {
	t.Parallel()
	item := func(i int) issuable { return issuable{contentHash: [32]byte{byte(i)}, title: fmt.Sprint("film ", i)} }
	t.Run("bounded, least recently used first", func(t *testing.T) {
		t.Parallel()
		clk := &fakeClock{t: time.Unix(1e9, 0)}
		c := newKeyCache(3, time.Hour, clk.now)
		for i := range 3 {
			c.put(fmt.Sprint(i), item(i))
		}
		if _, ok := c.get("0"); !ok { // 0 becomes the most recently used
			t.Fatal("item 0 missing")
		}
		c.put("3", item(3)) // evicts 1, the least recently used
		if c.size() != 3 {
			t.Fatalf("size %d, want 3", c.size())
		}
		if _, ok := c.get("1"); ok {
			t.Fatal("item 1 should have been evicted")
		}
		for _, id := range []string{"0", "2", "3"} {
			got, ok := c.get(id)
			if !ok || got.title != "film "+id {
				t.Fatalf("item %s: %+v %v", id, got, ok)
			}
		}
		for i := range 1000 {
			c.put(fmt.Sprint("x", i), item(i))
		}
		if c.size() != 3 {
			t.Fatalf("size %d after 1000 puts, want 3", c.size())
		}
	})
	t.Run("entries expire after the ttl", func(t *testing.T) {
		t.Parallel()
		clk := &fakeClock{t: time.Unix(1e9, 0)}
		c := newKeyCache(10, time.Minute, clk.now)
		c.put("1", item(1))
		clk.add(59 * time.Second)
		if _, ok := c.get("1"); !ok {
			t.Fatal("item gone before its ttl")
		}
		clk.add(time.Second)
		if _, ok := c.get("1"); ok {
			t.Fatal("item served after its ttl")
		}
		if c.size() != 0 {
			t.Fatalf("expired item still held: size %d", c.size())
		}
	})
	t.Run("forget and replace", func(t *testing.T) {
		t.Parallel()
		clk := &fakeClock{t: time.Unix(1e9, 0)}
		c := newKeyCache(10, time.Minute, clk.now)
		c.put("1", item(1))
		c.put("1", item(2))
		if got, _ := c.get("1"); got.title != "film 2" || c.size() != 1 {
			t.Fatalf("replaced item %+v, size %d", got, c.size())
		}
		c.forget("1")
		c.forget("never cached")
		if _, ok := c.get("1"); ok || c.size() != 0 {
			t.Fatal("forgotten item still served")
		}
	})
	t.Run("size 0 turns the cache off", func(t *testing.T) {
		t.Parallel()
		c := newKeyCache(0, time.Minute, time.Now)
		c.put("1", item(1))
		c.forget("1")
		if _, ok := c.get("1"); ok || c.size() != 0 {
			t.Fatal("a disabled cache holds items")
		}
	})
}

func TestKeyCacheConfig(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name   string
		mutate func(*Config)
		ok     bool
	}{
		{"defaults", func(*Config) {}, true},
		{"cache off ignores the ttl", func(c *Config) { c.KeyCacheSize, c.KeyCacheTTL = 0, 0 }, true},
		{"negative size", func(c *Config) { c.KeyCacheSize = -1 }, false},
		{"huge size", func(c *Config) { c.KeyCacheSize = 20_000_000 }, false},
		{"ttl too short", func(c *Config) { c.KeyCacheTTL = time.Millisecond }, false},
		{"ttl too long", func(c *Config) { c.KeyCacheTTL = 48 * time.Hour }, false},
		{"flush interval zero", func(c *Config) { c.IssuanceFlushInterval = 0 }, false},
		{"flush interval too long", func(c *Config) { c.IssuanceFlushInterval = time.Hour }, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			cfg := testConfig(t)
			tc.mutate(&cfg)
			err := cfg.Validate()
			if tc.ok != (err == nil) {
				t.Fatalf("Validate() = %v, want ok=%v", err, tc.ok)
			}
			if err != nil && !errors.Is(err, ErrInvalidConfig) {
				t.Fatalf("error %v is not ErrInvalidConfig", err)
			}
		})
	}
}

func counterValues(t *testing.T, st *store.Store, from, to time.Time) map[string]int64 {
	t.Helper()
	cs, err := st.Counters(context.Background(), counterKeysIssued, from, to)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int64{}
	for _, c := range cs {
		out[c.Day] = c.Value
	}
	return out
}

func TestIssuanceCounter(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		day1 := time.Date(2026, 3, 1, 23, 59, 0, 0, time.UTC)
		day2 := day1.Add(2 * time.Minute)
		c := newIssuanceCounter()
		for range 7 {
			c.add(day1, 1)
		}
		c.add(day2, 3)
		if n := c.unflushed(); n != 10 {
			t.Fatalf("unflushed %d, want 10", n)
		}
		if got := counterValues(t, st, day1, day2); len(got) != 0 {
			t.Fatalf("written before any flush: %v", got)
		}
		if err := c.flush(ctx, st, counterKeysIssued); err != nil {
			t.Fatal(err)
		}
		if got := counterValues(t, st, day1, day2); got["2026-03-01"] != 7 || got["2026-03-02"] != 3 || c.unflushed() != 0 {
			t.Fatalf("after flush %v, unflushed %d", got, c.unflushed())
		}
		// A second flush adds to the day, an empty one writes nothing.
		c.add(day2, 2)
		if err := c.flush(ctx, st, counterKeysIssued); err != nil {
			t.Fatal(err)
		}
		if err := c.flush(ctx, st, counterKeysIssued); err != nil {
			t.Fatal(err)
		}
		if got := counterValues(t, st, day1, day2); got["2026-03-02"] != 5 {
			t.Fatalf("after second flush %v", got)
		}
	})
}

// TestIssuanceCounterKeepsCountsWhenFlushFails checks that counts a failed flush could not
// write are kept and written by the next flush that works.
func TestIssuanceCounterKeepsCountsWhenFlushFails(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	broken := storetest.Open(t, storetest.Backends[0])
	_ = broken.Close()
	good := storetest.Open(t, storetest.Backends[0])
	day := time.Date(2026, 4, 2, 12, 0, 0, 0, time.UTC)
	c := newIssuanceCounter()
	c.add(day, 4)
	c.add(day.Add(24*time.Hour), 1)
	if err := c.flush(ctx, broken, counterKeysIssued); err == nil {
		t.Fatal("flush to a closed database reported no error")
	}
	c.add(day, 1) // counted while the database was down
	if n := c.unflushed(); n != 6 {
		t.Fatalf("unflushed %d after a failed flush, want 6", n)
	}
	if err := c.flush(ctx, good, counterKeysIssued); err != nil {
		t.Fatal(err)
	}
	if got := counterValues(t, good, day, day.Add(24*time.Hour)); got["2026-04-02"] != 5 || got["2026-04-03"] != 1 {
		t.Fatalf("after recovery %v", got)
	}
}

// TestIssuanceFlushChore checks that a running gateway writes the counter at the interval,
// and that what was counted since the last write is written when it shuts down.
func TestIssuanceFlushChore(t *testing.T) {
	t.Parallel()
	run := func(t *testing.T, st *store.Store, interval time.Duration) (*Server, context.CancelFunc, chan error) {
		s := newServer(t, st, func(c *Config, _ *Deps) {
			c.Listen = "127.0.0.1:0"
			c.IssuanceFlushInterval = interval
		})
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- s.Run(ctx) }()
		select {
		case <-s.Ready():
		case err := <-done:
			t.Fatalf("Run: %v", err)
		}
		return s, cancel, done
	}
	eachBackend(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		today := time.Now()

		// At the interval, while serving.
		s, cancel, done := run(t, st, 100*time.Millisecond)
		for range 3 {
			if err := s.recordKeyIssuance(ctx, "1", alice); err != nil {
				t.Fatal(err)
			}
		}
		deadline := time.Now().Add(5 * time.Second)
		for counterValues(t, st, today, today)[store.Day(today)] != 3 {
			if time.Now().After(deadline) {
				t.Fatalf("the counter was not written within 5 s at a 100 ms interval: %v", counterValues(t, st, today, today))
			}
			time.Sleep(20 * time.Millisecond)
		}
		cancel()
		if err := <-done; err != nil {
			t.Fatalf("Run: %v", err)
		}

		// At shutdown, with an interval that never comes.
		s, cancel, done = run(t, st, 10*time.Minute)
		for range 2 {
			if err := s.recordKeyIssuance(ctx, "1", alice); err != nil {
				t.Fatal(err)
			}
		}
		if got := counterValues(t, st, today, today)[store.Day(today)]; got != 3 {
			t.Fatalf("written before the interval: %d, want still 3", got)
		}
		cancel()
		if err := <-done; err != nil {
			t.Fatalf("Run: %v", err)
		}
		if got := counterValues(t, st, today, today)[store.Day(today)]; got != 5 || s.issued.unflushed() != 0 {
			t.Fatalf("after shutdown the counter is %d (unflushed %d), want 5", got, s.issued.unflushed())
		}
	})
}

// TestKeyIssuanceAdmission checks the admission of key requests: with every slot taken a
// request waits, it runs once a slot frees, and one whose client gives up while waiting is
// answered 503 without running.
func TestKeyIssuanceAdmission(t *testing.T) {
	t.Parallel()
	st := storetest.Open(t, storetest.Backends[0])
	s := newServer(t, st, nil)
	h := s.Handler()
	for range cap(s.keyWork) {
		s.keyWork <- struct{}{}
	}
	// The client gives up while waiting.
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	req := httptest.NewRequestWithContext(ctx, "POST", "/v1/content/1/key", strings.NewReader("{}"))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != 503 || !strings.Contains(rec.Body.String(), `"unavailable"`) {
		t.Fatalf("request abandoned while waiting: %d %s, want 503 unavailable", rec.Code, rec.Body)
	}
	// A waiting request runs (here: is refused for its missing session) once a slot frees.
	got := make(chan resp, 1)
	go func() { got <- do(h, "POST", "/v1/content/1/key", []byte("{}")) }()
	select {
	case r := <-got:
		t.Fatalf("request ran with every slot taken: %d %s", r.StatusCode, r.body)
	case <-time.After(100 * time.Millisecond):
	}
	<-s.keyWork
	select {
	case r := <-got:
		if p := r.problem(t); r.StatusCode != 401 || p.Code != "token_missing" {
			t.Fatalf("admitted request: %d %+v, want 401 token_missing", r.StatusCode, p)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("request still waiting after a slot freed")
	}
	if n := len(s.keyWork); n != cap(s.keyWork)-1 {
		t.Fatalf("%d slots taken after the request finished, want %d", n, cap(s.keyWork)-1)
	}
}
