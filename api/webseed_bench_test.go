package api

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/store"
	"github.com/swarmgate/swarmgate/store/keyring"
)

// BenchmarkWebseedRange measures one 64 KiB Range request to the web seed (SQLite store,
// through the handler, no network): a directory seeder's (the baseline: passkey, directory
// entry, file) and an entitled viewer's (the same, plus the entitlement cache and the viewer's
// limits; the viewer limits are lifted so the loop measures the work, not the 429s).
//
//	go test -run '^$' -bench BenchmarkWebseedRange -benchmem ./api/
func BenchmarkWebseedRange(b *testing.B) {
	st := storeFor(b)
	now := time.Now()
	viewer := common.HexToAddress("0x00000000000000000000000000000000000000a1")
	ent := &entitlementTable{table: map[string]chain.Access{"2/" + viewer.Hex(): {Allowed: true, Expiry: chain.Perpetual}}}
	keys, _ := keyring.Parse([]byte(testMasterKey))
	s := newServer(b, st, func(c *Config, d *Deps) { d.Keys, d.Entitlement = keys, ent })
	s.webseedViewers.once.Do(func() {}) // rate stays nil: no limit
	it := sealedWebseedItem(b, st, s.cfg.contentDir(), 1, 4<<20, "film.sg", true)
	seederKey, _ := crypto.GenerateKey()
	seeder := crypto.PubkeyToAddress(seederKey.PublicKey)
	if err := st.UpsertSeeder(b.Context(), store.Announcement{Address: seeder, Endpoint: "198.51.100.8:6881", PricePerGiB: "1",
		InfoHashes: [][20]byte{it.ih}, Signature: []byte{1}, SignedAt: now, ExpiresAt: now.Add(time.Hour)}); err != nil {
		b.Fatal(err)
	}
	h := s.Handler()
	for _, bc := range []struct {
		name    string
		account common.Address
	}{{"seeder", seeder}, {"viewer", viewer}} {
		path := webseedPath(s.passkeys.Issue(bc.account, now.Add(time.Hour)), it.ih, it.name)
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(64 << 10)
			for b.Loop() {
				req := httptest.NewRequest("GET", path, nil)
				req.Header.Set("Range", "bytes=1048576-1114111")
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				if rec.Code != http.StatusPartialContent {
					b.Fatalf("%d %s", rec.Code, rec.Body.Bytes()[:min(200, rec.Body.Len())])
				}
			}
		})
	}
}
