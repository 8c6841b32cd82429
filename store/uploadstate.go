package store

import (
	"context"
)

// UploadsInState lists the uploads in state that gateway gatewayID holds (and those recorded
// without a gateway), oldest first, at most limit. A gateway uses it at start-up to resume or
// fail work its previous run left unfinished, leaving other gateways' uploads alone.
func (s *Store) UploadsInState(ctx context.Context, state UploadState, gatewayID string, limit int) ([]Upload, error) {
	var us []Upload
	err := s.q(ctx).Where("state = ? AND (gateway_id = ? OR gateway_id IS NULL)", state, gatewayID).
		Order("created_at, id").Limit(clampLimit(limit)).Find(&us).Error
	return us, translate(err, "list uploads in state "+string(state))
}

// HasInfoHash reports whether the catalog holds an item (registered or only sealed here) whose
// torrent has infoHash.
func (s *Store) HasInfoHash(ctx context.Context, infoHash [20]byte) (bool, error) {
	var n int64
	err := s.q(ctx).Model(&ContentItem{}).Where("info_hash = ?", infoHash[:]).Limit(1).Count(&n).Error
	if err != nil {
		return false, translate(err, "look up info hash")
	}
	return n > 0, nil
}
