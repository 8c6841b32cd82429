package store

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"gorm.io/gorm"
)

// NewUpload is what a creator declares when an upload starts.
type NewUpload struct {
	ID        string
	Creator   common.Address
	Filename  string
	Size      int64
	ExpiresAt time.Time // zero: never
	// GatewayID names the gateway that receives the upload's files ("": none named).
	GatewayID string
	// Title, Description, MimeType and Policy (JSON) are the item's declared metadata and
	// access policy (see Upload).
	Title, Description, MimeType, Policy string
	// Poster, when not nil, is stored with the upload in the same transaction.
	Poster *NewPoster
}

// NewPoster is a poster image: its sniffed media type and bytes.
type NewPoster struct {
	MimeType string
	Data     []byte
}

// CreateUpload records a new upload in state receiving.
func (s *Store) CreateUpload(ctx context.Context, in NewUpload) (Upload, error) {
	if in.ID == "" || len(in.ID) > 128 || in.Size < 0 {
		return Upload{}, fmt.Errorf("create upload: %w: id must be 1–128 characters and size not negative", ErrInvalidArgument)
	}
	t := s.now()
	u := Upload{ID: in.ID, Creator: Addr(in.Creator), State: UploadReceiving, Filename: in.Filename, Size: in.Size, CreatedAt: t, UpdatedAt: t,
		Title: in.Title, Description: in.Description, MimeType: in.MimeType, Policy: in.Policy}
	if !in.ExpiresAt.IsZero() {
		e := norm(in.ExpiresAt)
		u.ExpiresAt = &e
	}
	if in.GatewayID != "" {
		u.GatewayID = &in.GatewayID
	}
	err := s.Tx(ctx, func(tx *Store) error {
		if err := tx.q(ctx).Create(&u).Error; err != nil {
			return translate(err, "create upload")
		}
		if in.Poster != nil {
			return tx.putPoster(ctx, u.ID, *in.Poster)
		}
		return nil
	})
	if err != nil {
		return Upload{}, err
	}
	return u, nil
}

// Upload returns the upload with id.
func (s *Store) Upload(ctx context.Context, id string) (Upload, error) {
	var u Upload
	err := s.q(ctx).Where("id = ?", id).Take(&u).Error
	return u, translate(err, "get upload")
}

// UploadsByCreator lists a creator's uploads, newest first, at most limit.
func (s *Store) UploadsByCreator(ctx context.Context, creator common.Address, limit int) ([]Upload, error) {
	var us []Upload
	err := s.q(ctx).Where("creator = ?", Addr(creator)).Order("created_at DESC, id").Limit(clampLimit(limit)).Find(&us).Error
	return us, translate(err, "list uploads")
}

// SetUploadReceived records how many bytes of a receiving upload have arrived. It never moves
// the count backwards and never past the declared size.
func (s *Store) SetUploadReceived(ctx context.Context, id string, received int64) error {
	return s.updateUpload(ctx, id, "record upload progress",
		s.q(ctx).Model(&Upload{}).Where("id = ? AND state = ? AND bytes_received <= ? AND size >= ?", id, UploadReceiving, received, received),
		map[string]any{"bytes_received": received, "updated_at": s.now()})
}

// SetUploadSize records the size of a receiving upload that was only bounded when it started
// (a multipart upload starts with its request's length): never below the bytes received.
func (s *Store) SetUploadSize(ctx context.Context, id string, size int64) error {
	if size < 0 {
		return fmt.Errorf("record upload size: %w: size %d is negative", ErrInvalidArgument, size)
	}
	return s.updateUpload(ctx, id, "record upload size",
		s.q(ctx).Model(&Upload{}).Where("id = ? AND state = ? AND bytes_received <= ?", id, UploadReceiving, size),
		map[string]any{"size": size, "updated_at": s.now()})
}

// SetUploadSealed records sealing progress (plaintext bytes encrypted so far).
func (s *Store) SetUploadSealed(ctx context.Context, id string, sealed int64) error {
	return s.updateUpload(ctx, id, "record sealing progress",
		s.q(ctx).Model(&Upload{}).Where("id = ? AND state = ? AND size >= ?", id, UploadSealing, sealed),
		map[string]any{"bytes_sealed": sealed, "updated_at": s.now()})
}

// uploadNext says which states an upload may move to from each state.
var uploadNext = map[UploadState][]UploadState{
	UploadReceiving: {UploadSealing, UploadFailed, UploadCancelled},
	UploadSealing:   {UploadSealed, UploadFailed, UploadCancelled},
	UploadSealed:    {UploadCancelled},
}

// SetUploadState moves an upload from one state to the next; reason is kept as the upload's
// error text (for UploadFailed; shown to the creator, so no secrets). A move the state machine
// does not allow, or from a state the upload is no longer in, is ErrInvalidArgument.
// contentHash, when not nil, is recorded (on UploadSealed).
func (s *Store) SetUploadState(ctx context.Context, id string, from, to UploadState, reason string, contentHash *common.Hash) error {
	ok := false
	for _, n := range uploadNext[from] {
		ok = ok || n == to
	}
	if !ok {
		return fmt.Errorf("move upload from %s to %s: %w", from, to, ErrInvalidArgument)
	}
	set := map[string]any{"state": to, "error": reason, "updated_at": s.now()}
	if contentHash != nil {
		set["content_hash"] = contentHash.Bytes()
	}
	return s.updateUpload(ctx, id, fmt.Sprintf("move upload from %s to %s", from, to),
		s.q(ctx).Model(&Upload{}).Where("id = ? AND state = ?", id, from), set)
}

func (s *Store) updateUpload(ctx context.Context, id, what string, q *gorm.DB, set map[string]any) error {
	res := q.Updates(set)
	if res.Error != nil {
		return translate(res.Error, what)
	}
	if res.RowsAffected == 1 {
		return nil
	}
	if _, err := s.Upload(ctx, id); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return fmt.Errorf("%s: %w: the upload is not in a state or at a size that allows it", what, ErrInvalidArgument)
}

// DeleteUpload removes an upload row (its content item keeps existing, unlinked).
func (s *Store) DeleteUpload(ctx context.Context, id string) error {
	res := s.q(ctx).Where("id = ?", id).Delete(&Upload{})
	if res.Error != nil {
		return translate(res.Error, "delete upload")
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("delete upload: %w", ErrNotFound)
	}
	return nil
}

// ExpiredUploads lists uploads still receiving whose expiry passed before t, at most limit.
func (s *Store) ExpiredUploads(ctx context.Context, t time.Time, limit int) ([]Upload, error) {
	var us []Upload
	err := s.q(ctx).Where("state = ? AND expires_at IS NOT NULL AND expires_at < ?", UploadReceiving, norm(t)).
		Order("expires_at").Limit(clampLimit(limit)).Find(&us).Error
	return us, translate(err, "list expired uploads")
}

// MaxLimit caps every list query.
const MaxLimit = 1000

func clampLimit(n int) int {
	if n <= 0 || n > MaxLimit {
		return MaxLimit
	}
	return n
}
