package store

import (
	"context"
	"fmt"
)

// RegisteredItemByInfoHash is RegisteredTorrentByInfoHash with the item's on-chain content id:
// the web seed checks a viewer's entitlement to the item whose ciphertext it serves. The item
// found is the one sealed here (the only registered row with a torrent: another account's
// registration of the same hashes gets none).
func (s *Store) RegisteredItemByInfoHash(ctx context.Context, infoHash [20]byte) (contentID string, torrent []byte, err error) {
	var item ContentItem
	err = s.q(ctx).Select("content_id", "torrent").Where("info_hash = ? AND content_id IS NOT NULL", infoHash[:]).Order("torrent IS NULL, id").Take(&item).Error
	if err != nil {
		return "", nil, translate(err, "get item by info hash")
	}
	if len(item.Torrent) == 0 || item.ContentID == nil {
		return "", nil, fmt.Errorf("get item by info hash: %w: this gateway has no torrent for it", ErrNotFound)
	}
	return *item.ContentID, item.Torrent, nil
}
