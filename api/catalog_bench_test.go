package api

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/swarmgate/swarmgate/migrations"
	"github.com/swarmgate/swarmgate/store"
	"github.com/swarmgate/swarmgate/store/storetest"
)

// catalogWords are the last word of the benchmark catalog's titles, one per row in turn, so
// q=sunset matches a tenth of the rows.
var catalogWords = []string{"sunset", "harbor", "mountain", "river", "desert", "forest", "glacier", "canyon", "meadow", "island"}

// rareCreator creates one row in a hundred of the benchmark catalog: a creator filter that
// matches few rows.
const rareCreator = "0x00000000000000000000000000000000000ca201"

// benchCatalogSizes are the catalog sizes of BenchmarkCatalog: 10,000 and 100,000 rows, or the
// comma-separated list in SWARMGATE_BENCH_CATALOG_ROWS.
func benchCatalogSizes(b *testing.B) []int {
	v := os.Getenv("SWARMGATE_BENCH_CATALOG_ROWS")
	if v == "" {
		return []int{10_000, 100_000}
	}
	var out []int
	for _, f := range strings.Split(v, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 2 {
			b.Fatalf("SWARMGATE_BENCH_CATALOG_ROWS=%q: want numbers of rows ≥ 2, comma-separated", v)
		}
		out = append(out, n)
	}
	return out
}

// fillCatalog registers n items: item 1 through the store (UpsertRegistration), the others
// copied from it inside the database (a row per second would take minutes at 100,000 rows).
// Item i has title "Video i <word>" (catalogWords in turn), creator rareCreator when i%100 == 0,
// else alice (even) or bob (odd), policy buy (i%3 == 0), free (1) or rent (2), and registration
// block 100+i, so the newest item is n. The table is analyzed, as autovacuum would.
func fillCatalog(b *testing.B, st *store.Store, n int) {
	b.Helper()
	ctx := context.Background()
	if err := st.UpsertRegistration(ctx, store.Registration{ContentID: "1", ContentHash: hashN(1), InfoHash: infoN(1),
		KeyCommitment: hashN(501), Creator: bob, Owner: bob, Policy: store.Policy{Kind: store.PolicyFree},
		Block: 101, TxHash: hashN(901), Title: "Video 1 " + catalogWords[1]}); err != nil {
		b.Fatal(err)
	}
	var words strings.Builder
	for i, w := range catalogWords {
		fmt.Fprintf(&words, " WHEN %d THEN '%s'", i, w)
	}
	// The columns every copy computes; the rest are the template's.
	const addrs = `CASE WHEN i %% 100 = 0 THEN '%s' WHEN i %% 2 = 0 THEN '%s' ELSE '%s' END`
	creator := fmt.Sprintf(addrs, rareCreator, store.Addr(alice), store.Addr(bob))
	computed := fmt.Sprintf(`%[1]s, %[2]s, %[3]s,
		'Video ' || %[4]s || ' ' || CASE i %% %[5]d%[6]s END,
		%[7]s, %[7]s,
		CASE i %% 3 WHEN 0 THEN 'buy' WHEN 1 THEN 'free' ELSE 'rent' END,
		CASE i %% 3 WHEN 1 THEN '0' ELSE '1000000' END,
		CASE i %% 3 WHEN 2 THEN 172800 ELSE 0 END,
		100 + i, 0`,
		castText("i", st.Dialect()), randomBytes32(st.Dialect()), randomBytes20(st.Dialect()), castText("i", st.Dialect()),
		len(catalogWords), words.String(), creator)
	const cols = `content_id, content_hash, info_hash, title, creator, owner, policy_kind, price, duration_seconds,
		registered_block, registered_log_index,
		key_commitment, metadata_uri, description, currency, subscribable, gate_token, gate_standard, gate_token_id,
		gate_min_balance, plaintext_size, ciphertext_size, piece_length, registered_tx, created_at, updated_at,
		mime_type, royalty_bps, payees, poster_type`
	const copied = `t.key_commitment, t.metadata_uri, t.description, t.currency, t.subscribable, t.gate_token, t.gate_standard,
		t.gate_token_id, t.gate_min_balance, t.plaintext_size, t.ciphertext_size, t.piece_length, t.registered_tx,
		t.created_at, t.updated_at, t.mime_type, t.royalty_bps, t.payees, t.poster_type`
	var q string
	switch st.Dialect() {
	case migrations.Postgres:
		q = fmt.Sprintf(`INSERT INTO content_items (%s) SELECT %s, %s FROM generate_series(2, %d) AS g(i), content_items t WHERE t.content_id = '1'`,
			cols, computed, copied, n)
	default:
		q = fmt.Sprintf(`INSERT INTO content_items (%s) WITH RECURSIVE g(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM g WHERE i < %d)
			SELECT %s, %s FROM g, content_items t WHERE t.content_id = '1'`, cols, n, computed, copied)
	}
	if _, err := st.SQL().ExecContext(ctx, q); err != nil {
		b.Fatalf("fill the catalog: %v", err)
	}
	if _, err := st.SQL().ExecContext(ctx, "ANALYZE content_items"); err != nil {
		b.Fatal(err)
	}
	var got int
	if err := st.SQL().QueryRowContext(ctx, "SELECT COUNT(*) FROM content_items WHERE content_id IS NOT NULL").Scan(&got); err != nil || got != n {
		b.Fatalf("catalog has %d rows (%v), want %d", got, err, n)
	}
}

func castText(col string, d migrations.Dialect) string {
	if d == migrations.Postgres {
		return col + "::text"
	}
	return "CAST(" + col + " AS TEXT)"
}

func randomBytes32(d migrations.Dialect) string {
	if d == migrations.Postgres {
		return "sha256(int8send(i::bigint))"
	}
	return "randomblob(32)"
}

func randomBytes20(d migrations.Dialect) string {
	if d == migrations.Postgres {
		return "substring(sha256(int8send(-i::bigint)) from 1 for 20)"
	}
	return "randomblob(20)"
}

// catalogQueries are the GET /v1/content requests of BenchmarkCatalog on a catalog of n rows.
func catalogQueries(n int) []struct{ name, query string } {
	mid := store.PageCursor{Block: int64(100 + n/2), LogIndex: 0}.String()
	return []struct{ name, query string }{
		{"first_page", "limit=20"},
		{"q_common", "q=Sunset&limit=20"},                           // a tenth of the rows match: an early stop
		{"q_rare", "q=video+" + strconv.Itoa(n/2-1) + "+&limit=20"}, // one row matches
		{"q_none", "q=zebra&limit=20"},                              // no row matches: every title is read
		{"creator_paid", "creator=" + alice.Hex() + "&paid=true&limit=20"},
		{"creator_rare_paid", "creator=" + rareCreator + "&paid=true&limit=20"},
		{"policy_rent", "policy=rent&limit=20"},
		{"cursor_mid", "cursor=" + mid + "&limit=20"},
		{"cursor_mid_q_common", "cursor=" + mid + "&q=sunset&limit=20"},
	}
}

// catalogPlanSQL is the statement store.ListContent issues for a title search (gorm's, with
// the parameters written out), for EXPLAIN.
func catalogPlanSQL(pattern string) string {
	return `SELECT * FROM content_items WHERE content_id IS NOT NULL AND LOWER(title) LIKE '` + pattern +
		`' ESCAPE '\' ORDER BY registered_block DESC, registered_log_index DESC LIMIT 21`
}

// timeRequests serves req with h in b.Loop (one client, one request at a time) and reports
// req/s, p50 and p99.
func timeRequests(b *testing.B, h http.Handler, target string) {
	req := httptest.NewRequest("GET", target, nil)
	var lat []time.Duration
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for b.Loop() {
		t0 := time.Now()
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		lat = append(lat, time.Since(t0))
		if rec.Code != http.StatusOK {
			b.Fatalf("%s: %d %s", target, rec.Code, rec.Body)
		}
	}
	elapsed := time.Since(start)
	slices.Sort(lat)
	b.ReportMetric(float64(len(lat))/elapsed.Seconds(), "req/s")
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50_ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99_ms")
}

// BenchmarkCatalog measures GET /v1/content (title search, filters, cursor paging) through the
// gateway's whole middleware chain on SQLite and PostgreSQL with 10,000 and 100,000 registered
// items, against a bare gin handler that returns a prebuilt page of 20 items of the same JSON
// shape (what serving the page costs without the gateway and the database). One client sends
// one request at a time; each sub-benchmark reports req/s, p50 and p99. On PostgreSQL the plan
// of the title searches is logged.
//
//	go test -run '^$' -bench BenchmarkCatalog -benchtime 2s -count 3 ./api/
func BenchmarkCatalog(b *testing.B) {
	items := make([]contentJSON, 20)
	for i := range items {
		id := strconv.Itoa(100_000 - i)
		block := int64(100_100 - i)
		ih := infoN(i)
		items[i] = toContentJSON(store.ContentItem{ContentID: &id, ContentHash: hashN(i).Bytes(), InfoHash: ih[:],
			KeyCommitment: hashN(500 + i).Bytes(), Title: "Video " + id + " sunset", Creator: store.Addr(alice), Owner: store.Addr(alice),
			Policy: store.Policy{Kind: store.PolicyBuy, Price: "1000000", Payees: "[]"}, RegisteredBlock: &block, RegisteredTx: hashN(900 + i).Bytes()})
	}
	page := contentPageJSON{Items: items, NextCursor: store.PageCursor{Block: 100_081}.String()}
	bare := gin.New()
	bare.GET("/v1/content", func(c *gin.Context) { c.JSON(http.StatusOK, page) })
	b.Run("bare_gin", func(b *testing.B) { timeRequests(b, bare, "/v1/content?limit=20") })

	for _, be := range storetest.Backends {
		for _, n := range benchCatalogSizes(b) {
			b.Run(fmt.Sprintf("%s/rows=%d", be.Name, n), func(b *testing.B) {
				st := storetest.Open(b, be)
				fillCatalog(b, st, n)
				s := newServer(b, st, func(c *Config, _ *Deps) {
					c.RateIP, c.BurstIP, c.RateSession, c.BurstSession = 1e9, 1e9, 1e9, 1e9
				})
				if be.Dialect == migrations.Postgres {
					for _, p := range []string{"%sunset%", "%video " + strconv.Itoa(n/2-1) + " %", "%zebra%"} {
						b.Logf("rows=%d q=%s:\n%s", n, p, explain(b, st.SQL(), catalogPlanSQL(p)))
					}
					// The cursor condition ListContent writes, and the same with a bound on the
					// index's first column.
					mid := strconv.Itoa(100 + n/2)
					for _, cond := range []string{
						"(registered_block < " + mid + " OR (registered_block = " + mid + " AND registered_log_index < 0))",
						"registered_block <= " + mid + " AND (registered_block < " + mid + " OR registered_log_index < 0)",
					} {
						b.Logf("rows=%d cursor %s:\n%s", n, cond, explain(b, st.SQL(), "SELECT * FROM content_items WHERE content_id IS NOT NULL AND "+
							cond+" ORDER BY registered_block DESC, registered_log_index DESC LIMIT 21"))
					}
				}
				for _, q := range catalogQueries(n) {
					b.Run(q.name, func(b *testing.B) {
						if _, err := url.ParseQuery(q.query); err != nil {
							b.Fatal(err)
						}
						timeRequests(b, s.Handler(), "/v1/content?"+q.query)
					})
				}
			})
		}
	}
}

// explain returns PostgreSQL's EXPLAIN ANALYZE of q.
func explain(b *testing.B, db *sql.DB, q string) string {
	rows, err := db.Query("EXPLAIN (ANALYZE, COSTS OFF, BUFFERS) " + q)
	if err != nil {
		b.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			b.Fatal(err)
		}
		out = append(out, "    "+line)
	}
	if err := rows.Err(); err != nil {
		b.Fatal(err)
	}
	return strings.Join(out, "\n")
}
