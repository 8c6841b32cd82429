package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// ErrStale is returned when a seeder announcement is not newer than the one already stored
// for that seeder: a replay, or an announcement that arrived out of order.
var ErrStale = errors.New("announcement is not newer than the stored one")

// Seeder returns the directory entry of the seeder with address a (expired or not).
func (s *Store) Seeder(ctx context.Context, a common.Address) (Seeder, error) {
	var row Seeder
	err := s.q(ctx).Where("address = ?", Addr(a)).Take(&row).Error
	return row, translate(err, "get seeder")
}

// AnnounceSeeder stores a seeder's announcement if it was signed after the one already stored
// for that seeder (ErrStale otherwise), replacing the entry and its item list in one
// transaction.
func (s *Store) AnnounceSeeder(ctx context.Context, a Announcement) error {
	return s.Tx(ctx, func(tx *Store) error {
		old, err := tx.Seeder(ctx, a.Address)
		switch {
		case errors.Is(err, ErrNotFound):
		case err != nil:
			return err
		case !norm(a.SignedAt).After(old.SignedAt):
			return fmt.Errorf("record seeder: %w: stored announcement was signed at %s", ErrStale, old.SignedAt.UTC().Format("2006-01-02T15:04:05Z"))
		}
		return tx.UpsertSeeder(ctx, a)
	})
}
