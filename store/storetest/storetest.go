// Package storetest gives tests a fresh, migrated gateway database on each supported backend:
// SQLite in a temporary directory, and PostgreSQL in a schema of its own (so parallel tests
// never collide), dropped when the test ends.
//
// PostgreSQL is found at $SWARMGATE_TEST_POSTGRES (default
// postgres://postgres@127.0.0.1:5432/test?sslmode=disable). When it is unreachable the
// PostgreSQL variants skip with a message saying so, except with CI=true, where they fail.
package storetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // database/sql driver "pgx"

	"github.com/swarmgate/swarmgate/migrations"
	"github.com/swarmgate/swarmgate/store"
)

// DefaultPostgresURL is used when $SWARMGATE_TEST_POSTGRES is unset.
const DefaultPostgresURL = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"

// PostgresURL is the server the PostgreSQL tests use.
func PostgresURL() string {
	if u := os.Getenv("SWARMGATE_TEST_POSTGRES"); u != "" {
		return u
	}
	return DefaultPostgresURL
}

var (
	pgOnce sync.Once
	pgErr  error
)

// RequirePostgres skips t when PostgreSQL is unreachable (fails it when CI=true).
func RequirePostgres(t testing.TB) {
	t.Helper()
	pgOnce.Do(func() {
		db, err := sql.Open("pgx", PostgresURL())
		if err != nil {
			pgErr = err
			return
		}
		defer db.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		defer cancel()
		pgErr = db.PingContext(ctx)
	})
	if pgErr != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("PostgreSQL at %s is unreachable and CI=true: %v", redact(PostgresURL()), pgErr)
		}
		t.Skipf("skipping: PostgreSQL at %s is unreachable (%v); start it or set SWARMGATE_TEST_POSTGRES", redact(PostgresURL()), pgErr)
	}
}

func redact(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return "(unparsable URL)"
	}
	return p.Redacted()
}

// PostgresDSN creates an empty schema for t and returns a DSN whose search_path is that
// schema. The schema is dropped when t ends.
func PostgresDSN(t testing.TB) string {
	t.Helper()
	RequirePostgres(t)
	var b [6]byte
	_, _ = rand.Read(b[:])
	schema := "t_" + hex.EncodeToString(b[:])
	admin, err := sql.Open("pgx", PostgresURL())
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		admin.Close()
		t.Fatalf("create test schema: %v", err)
	}
	t.Cleanup(func() {
		defer admin.Close()
		if _, err := admin.ExecContext(context.Background(), "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("drop test schema %s: %v", schema, err)
		}
	})
	u, err := url.Parse(PostgresURL())
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// SQLiteDSN returns a DSN for a new SQLite file in t's temporary directory.
func SQLiteDSN(t testing.TB) string {
	t.Helper()
	return "file:" + filepath.Join(t.TempDir(), "gateway.db")
}

// Backend is a database to run a test on.
type Backend struct {
	Name    string
	Dialect migrations.Dialect
	// DSN returns a fresh, empty database for t (skipping t if it is unavailable).
	DSN func(t testing.TB) string
}

// Backends lists SQLite and PostgreSQL.
var Backends = []Backend{
	{Name: "sqlite", Dialect: migrations.SQLite, DSN: SQLiteDSN},
	{Name: "postgres", Dialect: migrations.Postgres, DSN: PostgresDSN},
}

// Open returns a migrated store on a fresh database of backend b, closed when t ends.
func Open(t testing.TB, b Backend) *store.Store {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(ctx, store.Config{DSN: b.DSN(t), MaxOpenConns: 4})
	if err != nil {
		t.Fatalf("open %s store: %v", b.Name, err)
	}
	t.Cleanup(func() { _ = s.Close() })
	if _, err := s.Migrate(ctx); err != nil {
		t.Fatalf("migrate %s store: %v", b.Name, err)
	}
	return s
}

// Each runs fn as a parallel subtest on a fresh migrated store of every backend.
func Each(t *testing.T, fn func(t *testing.T, s *store.Store)) {
	t.Helper()
	for _, b := range Backends {
		t.Run(b.Name, func(t *testing.T) {
			t.Parallel()
			fn(t, Open(t, b))
		})
	}
}
