package seeder

import (
	"context"
	"crypto/ecdsa"
	"database/sql"
	"math"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/glebarez/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"github.com/swarmgate/swarmgate/chain/eip712"
	seedermigrations "github.com/swarmgate/swarmgate/migrations/seeder"
	"github.com/swarmgate/swarmgate/paywire"
)

// Edges of every signed field of a grant: the values a clamp, a signed 64-bit column or a
// narrower integer type would change.
var (
	uint64Edges = []uint64{0, 1, 1 << 62, 1<<62 + 1, 1 << 63, 1<<63 + 1, math.MaxUint64 - 1, math.MaxUint64}
	limitEdges  = []*big.Int{big.NewInt(0), big.NewInt(1), capOf(96), new(big.Int).Lsh(big.NewInt(1), 96), capOf(128),
		new(big.Int).Lsh(big.NewInt(1), 128), capOf(255), maxUint256}
)

func capOf(bits uint) *big.Int {
	return new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bits), big.NewInt(1))
}

var testDomain = eip712.NewDomain(big.NewInt(1337), common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"))

// grantRecord is a receipt for bytes signed by a session key under a grant with the given terms,
// signed by wallet, in dom.
func grantRecord(t testing.TB, dom eip712.Domain, wallet, sessionKey *ecdsa.PrivateKey, seeder common.Address, bytes uint64, amount, limit *big.Int, expiry, nonce uint64) paywire.Record {
	t.Helper()
	viewer := crypto.PubkeyToAddress(wallet.PublicKey)
	s := eip712.Session{Viewer: viewer, Key: crypto.PubkeyToAddress(sessionKey.PublicKey), Limit: limit, Expiry: expiry, Nonce: nonce}
	gs, err := s.Sign(dom, wallet)
	if err != nil {
		t.Fatal(err)
	}
	r := eip712.Receipt{Viewer: viewer, Seeder: seeder, Bytes: new(big.Int).SetUint64(bytes), Amount: amount}
	rs, err := r.Sign(dom, sessionKey)
	if err != nil {
		t.Fatal(err)
	}
	return paywire.Record{Receipt: paywire.SignedReceipt{Receipt: r, Signature: rs}, Grant: &paywire.SignedGrant{Session: s, Signature: gs}}
}

// checkGrantExact fails unless got carries exactly want's grant and its signature is still the
// viewer's over those terms.
func checkGrantExact(t testing.TB, dom eip712.Domain, what string, got *paywire.SignedGrant, want *paywire.SignedGrant) {
	t.Helper()
	if got == nil {
		t.Fatalf("%s: no grant", what)
	}
	g, w := got.Session, want.Session
	if g.Viewer != w.Viewer || g.Key != w.Key || g.Limit.Cmp(w.Limit) != 0 || g.Expiry != w.Expiry || g.Nonce != w.Nonce || string(got.Signature) != string(want.Signature) {
		t.Fatalf("%s: grant %+v, want %+v", what, g, w)
	}
	if signer, err := g.Signer(dom, got.Signature); err != nil || signer != w.Viewer {
		t.Fatalf("%s: the stored grant's signature recovers %s (%v), not the viewer %s", what, signer, err, w.Viewer)
	}
}

// TestStoreGrantExactAtEveryEdge: a grant with expiry 2^64-1 used to come back clamped to 2^62,
// so the grant sent to the escrow no longer carried the viewer's signature and every receipt
// under it was skipped. Every signed value now comes back exactly, through Latest, Pairs and
// Grant, and after the database is closed and opened again.
func TestStoreGrantExactAtEveryEdge(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dir := t.TempDir()
	st, err := OpenStore(ctx, dir, true, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, seeder := key(t)
	var want []paywire.Record
	for i, expiry := range uint64Edges {
		for j, limit := range limitEdges {
			wallet, _ := key(t)
			sk, _ := key(t)
			nonce := uint64Edges[(i+j)%len(uint64Edges)]
			rec := grantRecord(t, testDomain, wallet, sk, seeder, 1<<20, big.NewInt(1000), limit, expiry, nonce)
			if err := st.Save(ctx, rec); err != nil {
				t.Fatal(err)
			}
			want = append(want, rec)
		}
	}
	check := func(st *Store, when string) {
		t.Helper()
		pairs, err := st.Pairs(ctx, seeder)
		if err != nil || len(pairs) != len(want) {
			t.Fatalf("%s: %d pairs, %v; want %d", when, len(pairs), err, len(want))
		}
		byViewer := map[common.Address]*paywire.SignedGrant{}
		for _, p := range pairs {
			byViewer[p.Record.Receipt.Receipt.Viewer] = p.Record.Grant
		}
		for _, w := range want {
			v := w.Receipt.Receipt.Viewer
			latest, err := st.Latest(ctx, v, seeder)
			if err != nil {
				t.Fatal(err)
			}
			checkGrantExact(t, testDomain, when+" Latest", latest.Grant, w.Grant)
			checkGrantExact(t, testDomain, when+" Pairs", byViewer[v], w.Grant)
			g, err := st.Grant(ctx, v, w.Grant.Session.Key)
			if err != nil {
				t.Fatal(err)
			}
			checkGrantExact(t, testDomain, when+" Grant", g, w.Grant)
		}
	}
	check(st, "open")
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	st, err = OpenStore(ctx, dir, true, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	check(st, "reopened")
}

// TestStoreOlderGrantNeverReplacesNewer: the review recorded a grant with limit 5,000, then a
// newer one (limit 100) for the same key, then the first again: the store restored 5,000 and
// 3,000 were paid. An older grant (lower nonce, or the same nonce with other terms) now never
// replaces the newer one stored for the same (viewer, key), whichever seeder's receipt it comes
// with; a higher nonce does.
func TestStoreOlderGrantNeverReplacesNewer(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st, err := OpenStore(ctx, t.TempDir(), true, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	wallet, viewer := key(t)
	sk, skAddr := key(t)
	_, seeder := key(t)
	_, seeder2 := key(t)
	const expiry = 1 << 40
	older := grantRecord(t, testDomain, wallet, sk, seeder, 1<<20, big.NewInt(10), big.NewInt(5000), expiry, 1)
	newer := grantRecord(t, testDomain, wallet, sk, seeder, 2<<20, big.NewInt(20), big.NewInt(100), expiry, 2)
	for _, tc := range []struct {
		name string
		rec  paywire.Record
		want *paywire.SignedGrant // the grant stored afterwards
	}{
		{"first grant", older, older.Grant},
		{"newer nonce replaces it", newer, newer.Grant},
		{"older nonce with a newer receipt", grantRecord(t, testDomain, wallet, sk, seeder, 3<<20, big.NewInt(3000), big.NewInt(5000), expiry, 1), newer.Grant},
		{"older nonce through another seeder", grantRecord(t, testDomain, wallet, sk, seeder2, 1<<20, big.NewInt(3000), big.NewInt(5000), expiry, 1), newer.Grant},
		{"same nonce, other terms", grantRecord(t, testDomain, wallet, sk, seeder, 4<<20, big.NewInt(4000), big.NewInt(5000), math.MaxUint64, 2), newer.Grant},
		{"nonce 0", grantRecord(t, testDomain, wallet, sk, seeder, 5<<20, big.NewInt(4000), maxUint256, math.MaxUint64, 0), newer.Grant},
	} {
		if err := st.Save(ctx, tc.rec); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		g, err := st.Grant(ctx, viewer, skAddr)
		if err != nil {
			t.Fatal(err)
		}
		checkGrantExact(t, testDomain, tc.name, g, tc.want)
		for _, s := range []common.Address{seeder, seeder2} {
			latest, err := st.Latest(ctx, viewer, s)
			if err != nil {
				t.Fatal(err)
			}
			if latest != nil {
				checkGrantExact(t, testDomain, tc.name+": the pair's grant", latest.Grant, tc.want)
			}
		}
	}
	// The receipts themselves are kept: the newest is redeemable under the newest grant.
	latest, err := st.Latest(ctx, viewer, seeder)
	if err != nil || latest.Receipt.Receipt.Bytes.Uint64() != 5<<20 {
		t.Fatalf("latest receipt %+v, %v; want the 5 MiB one", latest, err)
	}
	// A higher nonce with a lower limit still replaces (the wallet tightened the key).
	tighter := grantRecord(t, testDomain, wallet, sk, seeder, 6<<20, big.NewInt(50), big.NewInt(50), expiry, 3)
	if err := st.Save(ctx, tighter); err != nil {
		t.Fatal(err)
	}
	g, err := st.Grant(ctx, viewer, skAddr)
	if err != nil {
		t.Fatal(err)
	}
	checkGrantExact(t, testDomain, "nonce 3", g, tighter.Grant)
}

// TestStoreRefusesUnstorableGrant: a grant without a limit, with a limit beyond uint256 or for
// another viewer is refused with an error, and nothing of the receipt is stored.
func TestStoreRefusesUnstorableGrant(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st, err := OpenStore(ctx, t.TempDir(), true, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	wallet, viewer := key(t)
	sk, _ := key(t)
	_, seeder := key(t)
	for name, mutate := range map[string]func(*paywire.Record){
		"no limit":       func(r *paywire.Record) { r.Grant.Session.Limit = nil },
		"limit > 2^256":  func(r *paywire.Record) { r.Grant.Session.Limit = new(big.Int).Lsh(big.NewInt(1), 256) },
		"negative limit": func(r *paywire.Record) { r.Grant.Session.Limit = big.NewInt(-1) },
		"other viewer":   func(r *paywire.Record) { r.Grant.Session.Viewer = common.HexToAddress("0x0b") },
	} {
		rec := grantRecord(t, testDomain, wallet, sk, seeder, 1<<20, big.NewInt(10), big.NewInt(100), 1<<40, 1)
		mutate(&rec)
		if err := st.Save(ctx, rec); err == nil {
			t.Errorf("%s: saved", name)
		}
	}
	if got, err := st.Latest(ctx, viewer, seeder); err != nil || got != nil {
		t.Fatalf("after refusals: %+v, %v; want nothing stored", got, err)
	}
}

// FuzzStoreGrantRoundTrip: any grant terms come back from the store exactly as signed, and the
// stored signature still recovers the viewer.
func FuzzStoreGrantRoundTrip(f *testing.F) {
	for i, e := range uint64Edges {
		f.Add(e, uint64Edges[len(uint64Edges)-1-i], limitEdges[i%len(limitEdges)].Bytes())
	}
	ctx := context.Background()
	st, err := OpenStore(ctx, f.TempDir(), true, nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { st.Close() })
	wallet, viewer := key(&testing.T{})
	_, seeder := key(&testing.T{})
	f.Fuzz(func(t *testing.T, expiry, nonce uint64, limitBytes []byte) {
		if len(limitBytes) > 32 {
			limitBytes = limitBytes[:32]
		}
		limit := new(big.Int).SetBytes(limitBytes)
		sk, _ := key(t)
		rec := grantRecord(t, testDomain, wallet, sk, seeder, 1<<20, big.NewInt(1), limit, expiry, nonce)
		if err := st.Save(ctx, rec); err != nil {
			t.Fatal(err)
		}
		g, err := st.Grant(ctx, viewer, rec.Grant.Session.Key)
		if err != nil {
			t.Fatal(err)
		}
		checkGrantExact(t, testDomain, "round trip", g, rec.Grant)
	})
}

// TestMigrateGrantsFromVersion1: a database written before grants had a table of their own keeps
// each pair's grant (nonce 0), and its receipts read back as before.
func TestMigrateGrantsFromVersion1(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dir := t.TempDir()
	sqlDB, err := sql.Open("sqlite", sqliteDSN(filepath.Join(dir, DBFile)))
	if err != nil {
		t.Fatal(err)
	}
	p, err := seedermigrations.Provider(sqlDB)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.ApplyVersion(ctx, 1, true); err != nil {
		t.Fatal(err)
	}
	db, err := gorm.Open(sqlite.Dialector{Conn: sqlDB}, &gorm.Config{Logger: logger.Discard})
	if err != nil {
		t.Fatal(err)
	}
	wallet, viewer := key(t)
	sk, skAddr := key(t)
	_, seeder := key(t)
	old := grantRecord(t, testDomain, wallet, sk, seeder, 1<<20, big.NewInt(10), big.NewInt(5000), 1<<40, 0)
	if err := db.Exec(`INSERT INTO pairs (viewer, seeder, bytes, amount, signature, grant_key, grant_limit, grant_expiry, grant_signature, receipts, first_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)`,
		viewer.Hex(), seeder.Hex(), 1<<20, "10", old.Receipt.Signature, skAddr.Hex(), "5000", int64(1<<40), old.Grant.Signature).Error; err != nil {
		t.Fatal(err)
	}
	if err := sqlDB.Close(); err != nil {
		t.Fatal(err)
	}
	st, err := OpenStore(ctx, dir, true, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	got, err := st.Latest(ctx, viewer, seeder)
	if err != nil || got == nil {
		t.Fatalf("after migrating: %+v, %v", got, err)
	}
	checkGrantExact(t, testDomain, "migrated", got.Grant, old.Grant)
	if string(got.Receipt.Signature) != string(old.Receipt.Signature) || got.Receipt.Receipt.Amount.Int64() != 10 {
		t.Fatalf("migrated receipt %+v", got.Receipt)
	}
}
