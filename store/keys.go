package store

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/store/keyring"
)

// PutContentKey seals key under the keyring's current master key and stores it for the item
// with contentHash. A content key never changes: a second put for the same hash is
// ErrDuplicate.
func (s *Store) PutContentKey(ctx context.Context, kr *keyring.Keyring, contentHash common.Hash, key []byte) error {
	sealed, err := kr.Seal(contentHash, key)
	if err != nil {
		return fmt.Errorf("store content key: %w", err)
	}
	t := s.now()
	row := ContentKey{ContentHash: contentHash.Bytes(), KeyVersion: sealed.Version, Nonce: sealed.Nonce, Ciphertext: sealed.Ciphertext, CreatedAt: t, UpdatedAt: t}
	return translate(s.q(ctx).Create(&row).Error, "store content key")
}

// ContentKey returns the content key of the item with contentHash, opened with the keyring.
func (s *Store) ContentKey(ctx context.Context, kr *keyring.Keyring, contentHash common.Hash) ([]byte, error) {
	sealed, err := s.SealedContentKey(ctx, contentHash)
	if err != nil {
		return nil, err
	}
	key, err := kr.Open(contentHash, sealed)
	if err != nil {
		return nil, fmt.Errorf("get content key: %w", err)
	}
	return key, nil
}

// SealedContentKey returns the content key of the item with contentHash still sealed under
// the master key, for callers that keep it in memory and open it only when they use it.
func (s *Store) SealedContentKey(ctx context.Context, contentHash common.Hash) (keyring.Sealed, error) {
	var row ContentKey
	if err := s.q(ctx).Where("content_hash = ?", contentHash.Bytes()).Take(&row).Error; err != nil {
		return keyring.Sealed{}, translate(err, "get content key")
	}
	return keyring.Sealed{Version: row.KeyVersion, Nonce: row.Nonce, Ciphertext: row.Ciphertext}, nil
}

// RewrapContentKeys re-seals up to batch content keys that are sealed under an older master
// key version with the keyring's current one, and reports how many it moved. Run it until it
// returns 0, then the old master key can be removed from the key file.
func (s *Store) RewrapContentKeys(ctx context.Context, kr *keyring.Keyring, batch int) (int, error) {
	var rows []ContentKey
	if err := s.q(ctx).Where("key_version <> ?", kr.Current()).Order("content_hash").Limit(clampLimit(batch)).Find(&rows).Error; err != nil {
		return 0, translate(err, "list content keys to rewrap")
	}
	n := 0
	for _, row := range rows {
		h := common.BytesToHash(row.ContentHash)
		key, err := kr.Open(h, keyring.Sealed{Version: row.KeyVersion, Nonce: row.Nonce, Ciphertext: row.Ciphertext})
		if err != nil {
			return n, fmt.Errorf("rewrap content key %x: %w", row.ContentHash, err)
		}
		sealed, err := kr.Seal(h, key)
		clear(key)
		if err != nil {
			return n, fmt.Errorf("rewrap content key %x: %w", row.ContentHash, err)
		}
		res := s.q(ctx).Model(&ContentKey{}).Where("content_hash = ? AND key_version = ?", row.ContentHash, row.KeyVersion).
			Updates(map[string]any{"key_version": sealed.Version, "nonce": sealed.Nonce, "ciphertext": sealed.Ciphertext, "updated_at": s.now()})
		if res.Error != nil {
			return n, translate(res.Error, "rewrap content key")
		}
		n += int(res.RowsAffected)
	}
	return n, nil
}
