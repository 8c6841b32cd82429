package store

import (
	"context"
	"crypto/sha256"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"gorm.io/gorm/clause"
)

// PutPoster sets the poster of upload uploadID (and of the item sealed from it) until the item
// is registered: a registered item's poster is ErrRegistered, an unknown upload ErrNotFound.
func (s *Store) PutPoster(ctx context.Context, uploadID string, p NewPoster) error {
	return s.Tx(ctx, func(tx *Store) error {
		if _, err := tx.Upload(ctx, uploadID); err != nil {
			return err
		}
		var n int64
		if err := tx.q(ctx).Model(&ContentItem{}).Where("upload_id = ? AND content_id IS NOT NULL", uploadID).Count(&n).Error; err != nil {
			return translate(err, "set poster")
		}
		if n > 0 {
			return fmt.Errorf("set poster: %w: the item is registered", ErrRegistered)
		}
		return tx.putPoster(ctx, uploadID, p)
	})
}

func (s *Store) putPoster(ctx context.Context, uploadID string, p NewPoster) error {
	if p.MimeType == "" || len(p.Data) == 0 {
		return fmt.Errorf("set poster: %w: empty poster", ErrInvalidArgument)
	}
	sum := sha256.Sum256(p.Data)
	row := Poster{UploadID: uploadID, MimeType: p.MimeType, Sha256: sum[:], Data: p.Data, UpdatedAt: s.now()}
	err := s.q(ctx).Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "upload_id"}},
		DoUpdates: clause.AssignmentColumns([]string{"mime_type", "sha256", "data", "updated_at"})}).Create(&row).Error
	if err != nil {
		return translate(err, "set poster")
	}
	err = s.q(ctx).Model(&ContentItem{}).Where("upload_id = ? AND content_id IS NULL", uploadID).
		Updates(map[string]any{"poster_type": p.MimeType, "updated_at": s.now()}).Error
	return translate(err, "set poster")
}

// Poster returns the poster of upload uploadID; ErrNotFound when it has none.
func (s *Store) Poster(ctx context.Context, uploadID string) (Poster, error) {
	var p Poster
	err := s.q(ctx).Where("upload_id = ?", uploadID).Take(&p).Error
	return p, translate(err, "get poster")
}

// PosterType returns the media type of upload uploadID's poster, "" when it has none.
func (s *Store) PosterType(ctx context.Context, uploadID string) (string, error) {
	var ps []Poster
	if err := s.q(ctx).Select("mime_type").Where("upload_id = ?", uploadID).Limit(1).Find(&ps).Error; err != nil {
		return "", translate(err, "get poster type")
	}
	if len(ps) == 0 {
		return "", nil
	}
	return ps[0].MimeType, nil
}

// RecordPurchase records one Purchased event; reading the same event again changes nothing.
func (s *Store) RecordPurchase(ctx context.Context, p Purchase) error {
	if !ValidContentID(p.ContentID) || len(p.TxHash) != 32 {
		return fmt.Errorf("record purchase: %w: content id %q, tx hash of %d bytes", ErrInvalidArgument, p.ContentID, len(p.TxHash))
	}
	err := s.q(ctx).Clauses(clause.OnConflict{DoNothing: true}).Create(&p).Error
	return translate(err, "record purchase")
}

// SalesCounts returns the number of recorded purchases of each of contentIDs (absent: none).
func (s *Store) SalesCounts(ctx context.Context, contentIDs []string) (map[string]int64, error) {
	out := map[string]int64{}
	if len(contentIDs) == 0 {
		return out, nil
	}
	var rows []struct {
		ContentID string
		N         int64
	}
	err := s.q(ctx).Model(&Purchase{}).Select("content_id, COUNT(*) AS n").Where("content_id IN ?", contentIDs).
		Group("content_id").Scan(&rows).Error
	if err != nil {
		return nil, translate(err, "count sales")
	}
	for _, r := range rows {
		out[r.ContentID] = r.N
	}
	return out, nil
}

// CreatorCurrencies lists the ERC-20 currencies (lowercase addresses) the registered items of
// creator are priced in, sorted; the native coin ("") is not listed.
func (s *Store) CreatorCurrencies(ctx context.Context, creator common.Address) ([]string, error) {
	var out []string
	err := s.q(ctx).Model(&ContentItem{}).Distinct("currency").
		Where("creator = ? AND content_id IS NOT NULL AND currency <> ''", Addr(creator)).Order("currency").Pluck("currency", &out).Error
	return out, translate(err, "list creator currencies")
}
