package store_test

import (
	"context"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/swarmgate/swarmgate/store"
	"github.com/swarmgate/swarmgate/store/storetest"
)

// TestSessionLookupPreparedMatchesGorm checks that the prepared-statement lookup (outside a
// transaction) reads exactly what the gorm lookup (inside one) reads, live and revoked.
func TestSessionLookupPreparedMatchesGorm(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		h := store.HashToken("prepared-token-1")
		created, err := s.CreateSession(ctx, h, alice, time.Now().Add(time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		compare := func(stage string) store.Session {
			t.Helper()
			fast, err := s.SessionByTokenHash(ctx, h)
			if err != nil {
				t.Fatalf("%s: prepared lookup: %v", stage, err)
			}
			var slow store.Session
			if err := s.Tx(ctx, func(tx *store.Store) error {
				slow, err = tx.SessionByTokenHash(ctx, h)
				return err
			}); err != nil {
				t.Fatalf("%s: gorm lookup: %v", stage, err)
			}
			if !reflect.DeepEqual(fast, slow) {
				t.Fatalf("%s: prepared lookup %+v differs from gorm lookup %+v", stage, fast, slow)
			}
			return fast
		}
		live := compare("live")
		if live.ID != created.ID || !live.CreatedAt.Equal(created.CreatedAt) || !live.ExpiresAt.Equal(created.ExpiresAt) || live.RevokedAt != nil {
			t.Fatalf("live session read back as %+v, created %+v", live, created)
		}
		if err := s.RevokeSession(ctx, h); err != nil {
			t.Fatal(err)
		}
		if revoked := compare("revoked"); revoked.RevokedAt == nil {
			t.Fatal("revoked session read back without revoked_at")
		}
		for i := range 3 { // the statement is reused
			if _, err := s.SessionByTokenHash(ctx, store.HashToken("no such token")); !errors.Is(err, store.ErrNotFound) {
				t.Fatalf("unknown token, call %d: %v, want ErrNotFound", i, err)
			}
		}
	})
}

// TestSessionLookupBeforeMigration checks that a lookup on an unmigrated database fails with
// an error (not ErrNotFound) and that the failed prepare is not remembered: after migrating,
// the same Store looks sessions up.
func TestSessionLookupBeforeMigration(t *testing.T) {
	t.Parallel()
	for _, b := range storetest.Backends {
		t.Run(b.Name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			s, err := store.Open(ctx, store.Config{DSN: b.DSN(t), MaxOpenConns: 4})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { _ = s.Close() })
			h := store.HashToken("before-migration")
			if _, err := s.SessionByTokenHash(ctx, h); err == nil || errors.Is(err, store.ErrNotFound) {
				t.Fatalf("lookup without a sessions table: %v, want a database error", err)
			}
			if _, err := s.Migrate(ctx); err != nil {
				t.Fatal(err)
			}
			if _, err := s.CreateSession(ctx, h, bob, time.Now().Add(time.Hour)); err != nil {
				t.Fatal(err)
			}
			if got, err := s.SessionByTokenHash(ctx, h); err != nil || got.Address != store.Addr(bob) {
				t.Fatalf("after migration: %+v, %v", got, err)
			}
		})
	}
}
