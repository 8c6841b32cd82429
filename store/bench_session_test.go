package store

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// BenchmarkSessionLookup compares the bearer-session lookup every authenticated request makes,
// as a prepared statement through database/sql (what SessionByTokenHash does) and through
// gorm (what it did before), on SQLite in a temporary directory, with a session table of 1,000
// rows.
//
//	go test -run '^$' -bench BenchmarkSessionLookup -cpu 1 ./store/
func BenchmarkSessionLookup(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, Config{DSN: "file:" + b.TempDir() + "/gateway.db", MaxOpenConns: 4})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = s.Close() })
	if _, err := s.Migrate(ctx); err != nil {
		b.Fatal(err)
	}
	var h [32]byte
	for i := range 1000 {
		h = HashToken(string(rune('a'+i%26)) + time.Now().String())
		if _, err := s.CreateSession(ctx, h, common.Address{byte(i)}, time.Now().Add(time.Hour)); err != nil {
			b.Fatal(err)
		}
	}
	b.Run("prepared", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := s.SessionByTokenHash(ctx, h); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("gorm", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var sess Session
			if err := s.q(ctx).Where("token_hash = ?", h[:]).Take(&sess).Error; err != nil {
				b.Fatal(err)
			}
		}
	})
}
