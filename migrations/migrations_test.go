package migrations_test

import (
	"context"
	"database/sql"
	"errors"
	"io/fs"
	"sync"
	"testing"

	_ "github.com/glebarez/go-sqlite" // database/sql driver "sqlite"

	"github.com/swarmgate/swarmgate/migrations"
	"github.com/swarmgate/swarmgate/store/storetest"
)

func openDB(t *testing.T, b storetest.Backend) *sql.DB {
	t.Helper()
	driver := "sqlite"
	if b.Dialect == migrations.Postgres {
		driver = "pgx"
	}
	db, err := sql.Open(driver, b.DSN(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// tables lists the user tables visible in the current schema.
func tables(t *testing.T, db *sql.DB, d migrations.Dialect) map[string]bool {
	t.Helper()
	q := `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`
	if d == migrations.Postgres {
		q = `SELECT tablename FROM pg_tables WHERE schemaname = current_schema()`
	}
	rows, err := db.Query(q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		out[n] = true
	}
	return out
}

var schemaTables = []string{"auth_nonces", "sessions", "uploads", "content_items", "content_keys",
	"seeders", "seeder_items", "indexer_cursors", "counters", "key_issuance_audit"}

// TestEveryMigrationUpAndDown applies each migration, then reverts them all one by one, then
// applies them again, on both dialects.
func TestEveryMigrationUpAndDown(t *testing.T) {
	t.Parallel()
	for _, b := range storetest.Backends {
		t.Run(b.Name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			db := openDB(t, b)
			p, err := migrations.Provider(db, b.Dialect, nil)
			if err != nil {
				t.Fatal(err)
			}
			sources := p.ListSources()
			if len(sources) == 0 {
				t.Fatal("no migrations found")
			}
			pending, err := migrations.HasPending(ctx, db, b.Dialect)
			if err != nil || !pending {
				t.Fatalf("fresh database: HasPending = %v, %v; want true", pending, err)
			}
			for _, src := range sources {
				if _, err := p.UpByOne(ctx); err != nil {
					t.Fatalf("up %d: %v", src.Version, err)
				}
			}
			got := tables(t, db, b.Dialect)
			for _, name := range schemaTables {
				if !got[name] {
					t.Errorf("after up: table %s missing", name)
				}
			}
			pending, err = migrations.HasPending(ctx, db, b.Dialect)
			if err != nil || pending {
				t.Fatalf("after up: HasPending = %v, %v; want false", pending, err)
			}
			for i := len(sources) - 1; i >= 0; i-- {
				if _, err := p.Down(ctx); err != nil {
					t.Fatalf("down %d: %v", sources[i].Version, err)
				}
			}
			for name := range tables(t, db, b.Dialect) {
				if name != "goose_db_version" {
					t.Errorf("after down: table %s left behind", name)
				}
			}
			applied, err := migrations.Up(ctx, db, b.Dialect)
			if err != nil {
				t.Fatalf("up again: %v", err)
			}
			if len(applied) != len(sources) {
				t.Fatalf("up again applied %d migrations, want %d", len(applied), len(sources))
			}
			st, err := migrations.Status(ctx, db, b.Dialect)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range st {
				if !m.Applied || m.AppliedAt == nil {
					t.Errorf("status of %s: applied %v at %v", m.Name, m.Applied, m.AppliedAt)
				}
			}
			again, err := migrations.Up(ctx, db, b.Dialect)
			if err != nil || len(again) != 0 {
				t.Fatalf("second Up: applied %d, err %v; want nothing to do", len(again), err)
			}
		})
	}
}

// TestDialectsDefineSameVersions keeps the two directories in step.
func TestDialectsDefineSameVersions(t *testing.T) {
	t.Parallel()
	names := map[migrations.Dialect][]string{}
	for _, d := range []migrations.Dialect{migrations.SQLite, migrations.Postgres} {
		fsys, err := migrations.FS(d)
		if err != nil {
			t.Fatal(err)
		}
		ms, err := fs.Glob(fsys, "*.sql")
		if err != nil {
			t.Fatal(err)
		}
		names[d] = ms
	}
	if len(names[migrations.SQLite]) != len(names[migrations.Postgres]) {
		t.Fatalf("sqlite has %v, postgres has %v", names[migrations.SQLite], names[migrations.Postgres])
	}
	for i := range names[migrations.SQLite] {
		if names[migrations.SQLite][i] != names[migrations.Postgres][i] {
			t.Errorf("migration %d: sqlite %s, postgres %s", i, names[migrations.SQLite][i], names[migrations.Postgres][i])
		}
	}
}

func TestUnknownDialect(t *testing.T) {
	t.Parallel()
	_, err := migrations.FS("mysql")
	if !errors.Is(err, migrations.ErrUnknownDialect) {
		t.Fatalf("FS(mysql) = %v, want ErrUnknownDialect", err)
	}
}

// TestConcurrentUpPostgres starts two migrators on one empty schema at once, as two gateways
// starting together would: both must succeed and the schema must be applied once.
func TestConcurrentUpPostgres(t *testing.T) {
	t.Parallel()
	dsn := storetest.PostgresDSN(t)
	ctx := context.Background()
	const n = 2
	var wg sync.WaitGroup
	errs := make([]error, n)
	applied := make([]int, n)
	dbs := make([]*sql.DB, n)
	for i := range n {
		db, err := sql.Open("pgx", dsn)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		dbs[i] = db
	}
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := migrations.Up(ctx, dbs[i], migrations.Postgres)
			errs[i], applied[i] = err, len(res)
		}()
	}
	wg.Wait()
	total := 0
	for i := range n {
		if errs[i] != nil {
			t.Errorf("migrator %d: %v", i, errs[i])
		}
		total += applied[i]
	}
	fsys, _ := migrations.FS(migrations.Postgres)
	files, _ := fs.Glob(fsys, "*.sql")
	if total != len(files) {
		t.Errorf("migrators applied %d migrations in all, want %d (each exactly once)", total, len(files))
	}
}
