package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"gorm.io/gorm"

	"github.com/swarmgate/swarmgate/migrations"
)

// planPostgresDSN returns a DSN for a fresh schema on the test PostgreSQL server (dropped when
// t ends), or skips t when the server is unreachable (fails it when CI=true). It is
// storetest.PostgresDSN, which this package's own tests cannot import.
func planPostgresDSN(t *testing.T) string {
	t.Helper()
	base := os.Getenv("SWARMGATE_TEST_POSTGRES")
	if base == "" {
		base = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
	}
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	if err := admin.PingContext(ctx); err != nil {
		admin.Close()
		if os.Getenv("CI") == "true" {
			t.Fatalf("PostgreSQL is unreachable and CI=true: %v", err)
		}
		t.Skipf("skipping: PostgreSQL is unreachable (%v); start it or set SWARMGATE_TEST_POSTGRES", err)
	}
	var b [6]byte
	_, _ = rand.Read(b[:])
	schema := "t_" + hex.EncodeToString(b[:])
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		admin.Close()
		t.Fatal(err)
	}
	t.Cleanup(func() {
		defer admin.Close()
		if _, err := admin.Exec("DROP SCHEMA " + schema + " CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// The creators of the plan test's catalog: carol made one item in a hundred.
const (
	planAlice = "0x00000000000000000000000000000000000a11ce"
	planBob   = "0x0000000000000000000000000000000000000b0b"
	planCarol = "0x0000000000000000000000000000000000000ca1"
)

// TestCatalogPlansUseIndexes checks that the catalog listings which read every row of a
// 20,000-row catalog before migration 5 are served by its indexes: the statements
// ListContent issues (captured from gorm, values filled in) are explained on each backend. A
// filter on a creator with few items must walk the (creator, listing order) index; on SQLite,
// which otherwise reads every row of the creator or policy kind and sorts them, so must any
// creator or policy filter; no filter's plan may sort. On PostgreSQL a title search that one
// row matches must use the trigram index.
func TestCatalogPlansUseIndexes(t *testing.T) {
	t.Parallel()
	backends := []struct {
		name string
		dsn  func(t *testing.T) string
	}{
		{"sqlite", func(t *testing.T) string { return "file:" + t.TempDir() + "/gateway.db" }},
		{"postgres", planPostgresDSN},
	}
	for _, be := range backends {
		t.Run(be.name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			s, err := Open(ctx, Config{DSN: be.dsn(t), MaxOpenConns: 2})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { _ = s.Close() })
			if _, err := s.Migrate(ctx); err != nil {
				t.Fatal(err)
			}
			const n = 20_000
			fillPlanCatalog(t, s, n)

			var captured string
			if err := s.db.Callback().Query().After("gorm:query").Register("test:capture_sql", func(db *gorm.DB) {
				captured = db.Dialector.Explain(db.Statement.SQL.String(), db.Statement.Vars...)
			}); err != nil {
				t.Fatal(err)
			}
			alice := common.HexToAddress(planAlice)
			carol := common.HexToAddress(planCarol)
			paid := true
			// index is the index each backend's plan must use ("" when any is fine); no plan may
			// sort, but the title search's (which sorts the rows it finds).
			cases := []struct {
				name           string
				f              ContentFilter
				sqlite, pg     string
				matches        int
				sortsRowsFound bool
			}{
				{"rare creator and paid", ContentFilter{Creator: &carol, Paid: &paid, Limit: 20}, "content_items_creator_listing", "content_items_creator_listing", 20, false},
				{"creator and paid", ContentFilter{Creator: &alice, Paid: &paid, Limit: 20}, "content_items_creator_listing", "", 20, false},
				{"policy", ContentFilter{Policy: PolicyRent, Limit: 20}, "content_items_policy_listing", "", 20, false},
				{"rare title", ContentFilter{Search: fmt.Sprintf("video %d ", n/2), Limit: 20}, "", "content_items_title_trgm", 1, true},
			}
			for _, c := range cases {
				index := c.sqlite
				if s.Dialect() == migrations.Postgres {
					index = c.pg
				}
				captured = ""
				page, err := s.ListContent(ctx, c.f)
				if err != nil {
					t.Fatal(err)
				}
				if len(page.Items) != c.matches {
					t.Errorf("%s: %d items, want %d", c.name, len(page.Items), c.matches)
				}
				if captured == "" {
					t.Fatalf("%s: no statement captured", c.name)
				}
				plan := planOf(t, s, captured)
				if !strings.Contains(plan, index) {
					t.Errorf("%s: the plan does not use %s:\n%s\nfor %s", c.name, index, plan, captured)
				}
				if !c.sortsRowsFound && (strings.Contains(plan, "TEMP B-TREE") || strings.Contains(plan, "Sort")) {
					t.Errorf("%s: the plan sorts the rows it reads:\n%s", c.name, plan)
				}
			}
		})
	}
}

// planOf returns the query plan of q, one line per step.
func planOf(t *testing.T, s *Store, q string) string {
	t.Helper()
	explain := "EXPLAIN "
	if s.Dialect() == migrations.SQLite {
		explain = "EXPLAIN QUERY PLAN "
	}
	rows, err := s.SQL().Query(explain + q)
	if err != nil {
		t.Fatalf("%s%s: %v", explain, q, err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var lines []string
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		lines = append(lines, fmt.Sprint(vals[len(vals)-1])) // the detail column
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return strings.Join(lines, "\n")
}

// fillPlanCatalog registers n items (the shape of api's BenchmarkCatalog): item 1 through
// UpsertRegistration, the rest copied from it in the database. Item i is titled
// "Video i <word>", by carol (i%100 == 0), alice (other even i) or bob, policy buy, free or rent by i%3, registered in
// block 100+i. The table is analyzed, as autovacuum would.
func fillPlanCatalog(t *testing.T, s *Store, n int) {
	t.Helper()
	ctx := context.Background()
	if err := s.UpsertRegistration(ctx, Registration{ContentID: "1", ContentHash: common.Hash{1}, InfoHash: [20]byte{1},
		KeyCommitment: common.Hash{2}, Creator: common.HexToAddress(planBob), Owner: common.HexToAddress(planBob),
		Policy: Policy{Kind: PolicyFree}, Block: 101, TxHash: common.Hash{3}, Title: "Video 1 harbor"}); err != nil {
		t.Fatal(err)
	}
	cast, hash32, hash20 := "CAST(i AS TEXT)", "randomblob(32)", "randomblob(20)"
	from := fmt.Sprintf("FROM (WITH RECURSIVE g(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM g WHERE i < %d) SELECT i FROM g) g", n)
	if s.Dialect() == migrations.Postgres {
		cast, hash32, hash20 = "i::text", "sha256(int8send(i::bigint))", "substring(sha256(int8send(-i::bigint)) from 1 for 20)"
		from = fmt.Sprintf("FROM generate_series(2, %d) AS g(i)", n)
	}
	creator := fmt.Sprintf("CASE WHEN i %% 100 = 0 THEN '%s' WHEN i %% 2 = 0 THEN '%s' ELSE '%s' END", planCarol, planAlice, planBob)
	q := fmt.Sprintf(`INSERT INTO content_items (content_id, content_hash, info_hash, title, creator, owner, policy_kind,
		registered_block, registered_log_index, key_commitment, registered_tx, created_at, updated_at, payees)
		SELECT %[1]s, %[2]s, %[3]s, 'Video ' || %[1]s || ' ' || CASE i %% 2 WHEN 0 THEN 'sunset' ELSE 'harbor' END,
			%[4]s, %[4]s, CASE i %% 3 WHEN 0 THEN 'buy' WHEN 1 THEN 'free' ELSE 'rent' END, 100 + i, 0,
			t.key_commitment, t.registered_tx, t.created_at, t.updated_at, t.payees
		%[5]s, content_items t WHERE t.content_id = '1'`, cast, hash32, hash20, creator, from)
	if _, err := s.SQL().ExecContext(ctx, q); err != nil {
		t.Fatalf("fill the catalog: %v", err)
	}
	if _, err := s.SQL().ExecContext(ctx, "ANALYZE content_items"); err != nil {
		t.Fatal(err)
	}
}
