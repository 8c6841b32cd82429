package store

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"gorm.io/gorm/clause"
)

// Announcement is a seeder's signed statement of where it listens, what it charges and what
// it seeds. The caller verifies the signature before storing it.
type Announcement struct {
	Address     common.Address
	Endpoint    string
	PricePerGiB string // base units per GiB, decimal
	InfoHashes  [][20]byte
	Signature   []byte
	SignedAt    time.Time
	ExpiresAt   time.Time
}

// UpsertSeeder replaces a seeder's directory entry and item list in one transaction.
func (s *Store) UpsertSeeder(ctx context.Context, a Announcement) error {
	if !ValidContentID(a.PricePerGiB) && a.PricePerGiB != "0" {
		return fmt.Errorf("record seeder: %w: price %q is not a decimal number", ErrInvalidArgument, a.PricePerGiB)
	}
	if a.Endpoint == "" || len(a.Endpoint) > 512 {
		return fmt.Errorf("record seeder: %w: endpoint must be 1–512 characters", ErrInvalidArgument)
	}
	addr := Addr(a.Address)
	row := Seeder{Address: addr, Endpoint: a.Endpoint, PricePerGiB: a.PricePerGiB, Signature: a.Signature,
		SignedAt: norm(a.SignedAt), ExpiresAt: norm(a.ExpiresAt), UpdatedAt: s.now()}
	return s.Tx(ctx, func(tx *Store) error {
		err := tx.q(ctx).Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "address"}}, UpdateAll: true}).Create(&row).Error
		if err != nil {
			return translate(err, "record seeder")
		}
		if err := tx.q(ctx).Where("address = ?", addr).Delete(&SeederItem{}).Error; err != nil {
			return translate(err, "record seeder items")
		}
		if len(a.InfoHashes) == 0 {
			return nil
		}
		items := make([]SeederItem, 0, len(a.InfoHashes))
		seen := map[[20]byte]bool{}
		for _, h := range a.InfoHashes {
			if !seen[h] {
				seen[h] = true
				items = append(items, SeederItem{Address: addr, InfoHash: h[:]})
			}
		}
		return translate(tx.q(ctx).CreateInBatches(items, 500).Error, "record seeder items")
	})
}

// SeedersFor lists seeders whose entry is unexpired at t and that seed infoHash, cheapest
// first, at most limit.
func (s *Store) SeedersFor(ctx context.Context, infoHash [20]byte, t time.Time, limit int) ([]Seeder, error) {
	var out []Seeder
	err := s.q(ctx).Table("seeders").Select("seeders.*").
		Joins("JOIN seeder_items ON seeder_items.address = seeders.address").
		Where("seeder_items.info_hash = ? AND seeders.expires_at > ?", infoHash[:], norm(t)).
		Order("LENGTH(seeders.price_per_gib), seeders.price_per_gib, seeders.address").
		Limit(clampLimit(limit)).Find(&out).Error
	return out, translate(err, "list seeders")
}

// DeleteExpiredSeeders removes entries that expired before t (their items go with them).
func (s *Store) DeleteExpiredSeeders(ctx context.Context, t time.Time) (int64, error) {
	res := s.q(ctx).Where("expires_at < ?", norm(t)).Delete(&Seeder{})
	return res.RowsAffected, translate(res.Error, "delete expired seeders")
}

// Cursor returns the indexer cursor called name; ErrNotFound before the first SetCursor.
func (s *Store) Cursor(ctx context.Context, name string) (Cursor, error) {
	var c Cursor
	err := s.q(ctx).Where("name = ?", name).Take(&c).Error
	return c, translate(err, "get indexer cursor "+name)
}

// SetCursor moves the indexer cursor called name. Call it in the same Tx as the content
// changes read up to that block, so a crash never leaves one without the other.
func (s *Store) SetCursor(ctx context.Context, name string, block uint64, hash common.Hash) error {
	c := Cursor{Name: name, BlockNumber: block, BlockHash: hash.Bytes(), UpdatedAt: s.now()}
	err := s.q(ctx).Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "name"}}, UpdateAll: true}).Create(&c).Error
	return translate(err, "set indexer cursor "+name)
}

// Day is the counter key of t: its UTC date.
func Day(t time.Time) string { return t.UTC().Format(time.DateOnly) }

// AddCounter adds delta to the counter name for the UTC day of t.
func (s *Store) AddCounter(ctx context.Context, name string, t time.Time, delta int64) error {
	c := Counter{Name: name, Day: Day(t), Value: delta}
	err := s.q(ctx).Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "name"}, {Name: "day"}},
		DoUpdates: clause.Assignments(map[string]any{"value": clause.Expr{SQL: "counters.value + excluded.value"}}),
	}).Create(&c).Error
	return translate(err, "add to counter "+name)
}

// Counters returns the counter name for each UTC day from..to (inclusive) that has a value,
// oldest first.
func (s *Store) Counters(ctx context.Context, name string, from, to time.Time) ([]Counter, error) {
	var out []Counter
	err := s.q(ctx).Where("name = ? AND day >= ? AND day <= ?", name, Day(from), Day(to)).Order("day").Find(&out).Error
	return out, translate(err, "read counter "+name)
}

// RecordKeyIssuance writes one audit-log row. Call it only when the operator turned the audit
// log on: by default the gateway keeps no viewing history.
func (s *Store) RecordKeyIssuance(ctx context.Context, contentID string, viewer common.Address) error {
	row := KeyIssuance{ContentID: contentID, Viewer: Addr(viewer), IssuedAt: s.now()}
	return translate(s.q(ctx).Create(&row).Error, "record key issuance")
}
