package store

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"gorm.io/gorm"

	"github.com/swarmgate/swarmgate/chain"
)

// ValidContentID reports whether id is a canonical decimal on-chain content id (see
// chain.ValidContentID).
func ValidContentID(id string) bool { return chain.ValidContentID(id) }

// Sealed is what the gateway knows about a content item once it has sealed an upload, before
// the item is registered on-chain.
type Sealed struct {
	ContentHash    common.Hash
	InfoHash       [20]byte
	KeyCommitment  common.Hash
	MetadataURI    string
	Title          string
	Description    string
	Creator        common.Address
	Policy         Policy
	PlaintextSize  int64
	CiphertextSize int64
	PieceLength    int64
	Torrent        []byte
	UploadID       string
	MimeType       string
	// PosterType is the media type of the upload's poster, "" without one.
	PosterType string
}

// CreateSealedContent records a content item the gateway sealed; it becomes visible in the
// catalog once UpsertRegistration sees it on-chain. The same content hash twice is
// ErrDuplicate.
func (s *Store) CreateSealedContent(ctx context.Context, in Sealed) (ContentItem, error) {
	if in.Policy.Kind != "" && !in.Policy.Kind.Valid() {
		return ContentItem{}, fmt.Errorf("create content: %w: unknown policy kind %q", ErrInvalidArgument, in.Policy.Kind)
	}
	t := s.now()
	item := ContentItem{
		ContentHash: in.ContentHash.Bytes(), InfoHash: in.InfoHash[:], KeyCommitment: in.KeyCommitment.Bytes(),
		MetadataURI: in.MetadataURI, Title: in.Title, Description: in.Description,
		Creator: Addr(in.Creator), Owner: Addr(in.Creator), Policy: normPolicy(in.Policy),
		PlaintextSize: in.PlaintextSize, CiphertextSize: in.CiphertextSize, PieceLength: in.PieceLength,
		Torrent: in.Torrent, CreatedAt: t, UpdatedAt: t, MimeType: in.MimeType, PosterType: in.PosterType,
	}
	if in.UploadID != "" {
		item.UploadID = &in.UploadID
	}
	if err := s.q(ctx).Create(&item).Error; err != nil {
		return ContentItem{}, translate(err, "create content")
	}
	return item, nil
}

func normPolicy(p Policy) Policy {
	if p.Kind == "" {
		p.Kind = PolicyFree
	}
	if p.Price == "" {
		p.Price = "0"
	}
	if p.GateMinBalance == "" {
		p.GateMinBalance = "0"
	}
	if p.Payees == "" {
		p.Payees = "[]"
	}
	p.Currency = strings.ToLower(p.Currency)
	p.GateToken = strings.ToLower(p.GateToken)
	return p
}

// Registration is a content registration event read from the chain.
type Registration struct {
	ContentID     string // decimal
	ContentHash   common.Hash
	InfoHash      [20]byte
	KeyCommitment common.Hash
	MetadataURI   string
	Creator       common.Address
	Owner         common.Address
	Policy        Policy
	Block         uint64
	LogIndex      uint
	TxHash        common.Hash
	// Title and Description fill an item this gateway did not seal (from the metadata URI);
	// they never overwrite what the creator gave this gateway.
	Title       string
	Description string
}

// UpsertRegistration records an on-chain registration. It completes the item this gateway
// sealed from an upload of the same creator with the same content hash (linking the upload, its
// torrent and its content key to the on-chain id), updates the row of the same on-chain id when
// it is read again (after a reorganization), and otherwise creates a catalog entry of its own:
// an item sealed elsewhere, or a registration by another account of the hashes of an upload
// here (a squatter's), which is never linked to the upload, its torrent or its key. The chain
// wins on every field it carries; if it names another torrent than the one the gateway built,
// the gateway's .torrent is dropped. Title and description never overwrite what the creator
// gave this gateway.
func (s *Store) UpsertRegistration(ctx context.Context, r Registration) error {
	if !ValidContentID(r.ContentID) {
		return fmt.Errorf("record registration: %w: content id %q is not a decimal number", ErrInvalidArgument, r.ContentID)
	}
	if !r.Policy.Kind.Valid() {
		return fmt.Errorf("record registration: %w: unknown policy kind %q", ErrInvalidArgument, r.Policy.Kind)
	}
	return s.Tx(ctx, func(tx *Store) error {
		t := tx.now()
		block, logIndex := int64(r.Block), int64(r.LogIndex)
		p := normPolicy(r.Policy)
		set := map[string]any{
			"content_id": r.ContentID, "key_commitment": r.KeyCommitment.Bytes(), "metadata_uri": r.MetadataURI,
			"owner": Addr(r.Owner), "policy_kind": p.Kind, "price": p.Price, "currency": p.Currency,
			"duration_seconds": p.DurationSeconds, "subscribable": p.Subscribable, "gate_token": p.GateToken,
			"gate_standard": p.GateStandard, "gate_token_id": p.GateTokenID, "gate_min_balance": p.GateMinBalance,
			"royalty_bps": p.RoyaltyBps, "payees": p.Payees,
			"registered_block": block, "registered_log_index": logIndex, "registered_tx": r.TxHash.Bytes(), "updated_at": t,
		}
		var row ContentItem
		err := tx.q(ctx).Select("id", "info_hash", "title", "description").
			Where("content_id = ? OR (content_id IS NULL AND creator = ? AND content_hash = ?)", r.ContentID, Addr(r.Creator), r.ContentHash.Bytes()).
			Order("content_id IS NULL").Take(&row).Error
		switch {
		case err == nil:
			if !bytesEqual(row.InfoHash, r.InfoHash[:]) {
				set["info_hash"], set["torrent"] = r.InfoHash[:], nil
			}
			if row.Title == "" {
				set["title"] = r.Title
			}
			if row.Description == "" {
				set["description"] = r.Description
			}
			return translate(tx.q(ctx).Model(&ContentItem{}).Where("id = ?", row.ID).Updates(set).Error, "record registration")
		case !errors.Is(err, gorm.ErrRecordNotFound):
			return translate(err, "record registration")
		}
		item := ContentItem{
			ContentID: &r.ContentID, ContentHash: r.ContentHash.Bytes(), InfoHash: r.InfoHash[:], KeyCommitment: r.KeyCommitment.Bytes(),
			MetadataURI: r.MetadataURI, Title: r.Title, Description: r.Description,
			Creator: Addr(r.Creator), Owner: Addr(r.Owner), Policy: p,
			RegisteredBlock: &block, RegisteredLogIndex: &logIndex, RegisteredTx: r.TxHash.Bytes(),
			CreatedAt: t, UpdatedAt: t,
		}
		return translate(tx.q(ctx).Create(&item).Error, "record registration")
	})
}

func bytesEqual(a, b []byte) bool { return string(a) == string(b) }

// SetContentOwner records an ownership transfer of the rights token.
func (s *Store) SetContentOwner(ctx context.Context, contentID string, owner common.Address) error {
	return s.updateContent(ctx, contentID, "record owner", map[string]any{"owner": Addr(owner), "updated_at": s.now()})
}

// SetContentPolicy records a policy change.
func (s *Store) SetContentPolicy(ctx context.Context, contentID string, p Policy) error {
	if !p.Kind.Valid() {
		return fmt.Errorf("record policy: %w: unknown policy kind %q", ErrInvalidArgument, p.Kind)
	}
	p = normPolicy(p)
	return s.updateContent(ctx, contentID, "record policy", map[string]any{
		"policy_kind": p.Kind, "price": p.Price, "currency": p.Currency, "duration_seconds": p.DurationSeconds,
		"subscribable": p.Subscribable, "gate_token": p.GateToken, "gate_standard": p.GateStandard,
		"gate_token_id": p.GateTokenID, "gate_min_balance": p.GateMinBalance,
		"royalty_bps": p.RoyaltyBps, "payees": p.Payees, "updated_at": s.now(),
	})
}

func (s *Store) updateContent(ctx context.Context, contentID, what string, set map[string]any) error {
	res := s.q(ctx).Model(&ContentItem{}).Where("content_id = ?", contentID).Updates(set)
	if res.Error != nil {
		return translate(res.Error, what)
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("%s of content %s: %w", what, contentID, ErrNotFound)
	}
	return nil
}

// listColumns is every content column but the torrent bytes.
var listColumns = []string{"id", "content_id", "content_hash", "info_hash", "key_commitment", "metadata_uri",
	"title", "description", "creator", "owner", "policy_kind", "price", "currency", "duration_seconds",
	"subscribable", "gate_token", "gate_standard", "gate_token_id", "gate_min_balance",
	"plaintext_size", "ciphertext_size", "piece_length", "upload_id",
	"registered_block", "registered_log_index", "registered_tx", "created_at", "updated_at",
	"mime_type", "royalty_bps", "payees", "poster_type"}

// Content returns the registered item with the on-chain id contentID, without its torrent.
func (s *Store) Content(ctx context.Context, contentID string) (ContentItem, error) {
	var item ContentItem
	err := s.q(ctx).Select(listColumns).Where("content_id = ?", contentID).Take(&item).Error
	return item, translate(err, "get content "+contentID)
}

// ContentByHash returns the item (registered or not) with contentHash, without its torrent:
// the one sealed here from an upload when there is one (several accounts may register the same
// hashes; see UpsertRegistration), else the first recorded.
func (s *Store) ContentByHash(ctx context.Context, contentHash common.Hash) (ContentItem, error) {
	var item ContentItem
	err := s.q(ctx).Select(listColumns).Where("content_hash = ?", contentHash.Bytes()).Order("upload_id IS NULL, id").Take(&item).Error
	return item, translate(err, "get content by hash")
}

// ContentByUpload returns the item sealed from upload uploadID (registered or not), without its
// torrent.
func (s *Store) ContentByUpload(ctx context.Context, uploadID string) (ContentItem, error) {
	var item ContentItem
	err := s.q(ctx).Select(listColumns).Where("upload_id = ?", uploadID).Take(&item).Error
	return item, translate(err, "get content of upload "+uploadID)
}

// ContentTorrent returns the .torrent bytes of the registered item contentID; ErrNotFound
// when the item is unknown or the gateway has no torrent for it.
func (s *Store) ContentTorrent(ctx context.Context, contentID string) ([]byte, error) {
	var item ContentItem
	if err := s.q(ctx).Select("torrent").Where("content_id = ?", contentID).Take(&item).Error; err != nil {
		return nil, translate(err, "get torrent of content "+contentID)
	}
	if len(item.Torrent) == 0 {
		return nil, fmt.Errorf("get torrent of content %s: %w: this gateway has no torrent for it", contentID, ErrNotFound)
	}
	return item.Torrent, nil
}

// PageCursor marks a position in the catalog listing, which runs newest registration first.
type PageCursor struct {
	Block    int64
	LogIndex int64
}

// ErrBadCursor is returned when a page cursor does not decode.
var ErrBadCursor = errors.New("bad page cursor")

// String encodes the cursor for a URL.
func (c PageCursor) String() string {
	return base64.RawURLEncoding.EncodeToString([]byte(strconv.FormatInt(c.Block, 10) + "." + strconv.FormatInt(c.LogIndex, 10)))
}

// ParsePageCursor decodes a cursor made by PageCursor.String.
func ParsePageCursor(s string) (PageCursor, error) {
	if len(s) > 64 {
		return PageCursor{}, fmt.Errorf("%w: too long", ErrBadCursor)
	}
	raw, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return PageCursor{}, fmt.Errorf("%w: not base64url", ErrBadCursor)
	}
	b, l, ok := strings.Cut(string(raw), ".")
	if !ok {
		return PageCursor{}, fmt.Errorf("%w: missing separator", ErrBadCursor)
	}
	block, err1 := strconv.ParseInt(b, 10, 64)
	idx, err2 := strconv.ParseInt(l, 10, 64)
	if err1 != nil || err2 != nil || block < 0 || idx < 0 {
		return PageCursor{}, fmt.Errorf("%w: not two non-negative numbers", ErrBadCursor)
	}
	c := PageCursor{Block: block, LogIndex: idx}
	if c.String() != s {
		return PageCursor{}, fmt.Errorf("%w: not canonical", ErrBadCursor)
	}
	return c, nil
}

// ContentFilter selects catalog items.
type ContentFilter struct {
	Creator *common.Address
	Owner   *common.Address
	Policy  PolicyKind // "" for any
	// Search matches titles containing it, ignoring case.
	Search string
	// Paid, when set, keeps items for sale (buy or rent: true) or not for sale (false).
	Paid *bool
	// UpdatedSince, when set, keeps items whose row changed (registration, owner or policy
	// recorded) at or after it.
	UpdatedSince *time.Time
	After        *PageCursor
	Limit        int // 1..MaxLimit; 0 means 50
}

// ContentPage is one page of the catalog; Next is nil on the last page.
type ContentPage struct {
	Items []ContentItem
	Next  *PageCursor
}

// ListContent lists registered items, newest registration first.
func (s *Store) ListContent(ctx context.Context, f ContentFilter) (ContentPage, error) {
	limit := f.Limit
	if limit == 0 {
		limit = 50
	}
	if limit < 0 || limit > MaxLimit {
		return ContentPage{}, fmt.Errorf("list content: %w: limit must be 1–%d", ErrInvalidArgument, MaxLimit)
	}
	if f.Policy != "" && !f.Policy.Valid() {
		return ContentPage{}, fmt.Errorf("list content: %w: unknown policy kind %q", ErrInvalidArgument, f.Policy)
	}
	q := s.q(ctx).Select(listColumns).Where("content_id IS NOT NULL")
	if f.Creator != nil {
		q = q.Where("creator = ?", Addr(*f.Creator))
	}
	if f.Owner != nil {
		q = q.Where("owner = ?", Addr(*f.Owner))
	}
	if f.Policy != "" {
		q = q.Where("policy_kind = ?", f.Policy)
	}
	if f.Paid != nil {
		if *f.Paid {
			q = q.Where("policy_kind IN ?", []PolicyKind{PolicyBuy, PolicyRent})
		} else {
			q = q.Where("policy_kind NOT IN ?", []PolicyKind{PolicyBuy, PolicyRent})
		}
	}
	if f.Search != "" {
		q = q.Where(`LOWER(title) LIKE ? ESCAPE '\'`, "%"+escapeLike(strings.ToLower(f.Search))+"%")
	}
	if f.UpdatedSince != nil {
		q = q.Where("updated_at >= ?", norm(*f.UpdatedSince))
	}
	if f.After != nil {
		q = q.Where("(registered_block < ? OR (registered_block = ? AND registered_log_index < ?))", f.After.Block, f.After.Block, f.After.LogIndex)
	}
	var items []ContentItem
	if err := q.Order("registered_block DESC, registered_log_index DESC").Limit(limit + 1).Find(&items).Error; err != nil {
		return ContentPage{}, translate(err, "list content")
	}
	page := ContentPage{Items: items}
	if len(items) > limit {
		page.Items = items[:limit]
		last := page.Items[limit-1]
		page.Next = &PageCursor{Block: deref(last.RegisteredBlock), LogIndex: deref(last.RegisteredLogIndex)}
	}
	return page, nil
}

func deref(p *int64) int64 {
	if p == nil {
		return 0
	}
	return *p
}

func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// DeleteUnregisteredContent deletes the item with contentHash and its content key, if no
// on-chain registration of it is recorded, and returns what it deleted (without its torrent),
// so the caller can remove the ciphertext. A registered item (also one whose registration is
// recorded while this runs) is ErrRegistered and keeps its key; an unknown one ErrNotFound.
// Run it inside Tx with the upload's state change.
func (s *Store) DeleteUnregisteredContent(ctx context.Context, contentHash common.Hash) (ContentItem, error) {
	item, err := s.ContentByHash(ctx, contentHash)
	if err != nil {
		return item, err
	}
	if item.ContentID != nil {
		return item, fmt.Errorf("delete content: %w as content %s", ErrRegistered, *item.ContentID)
	}
	res := s.q(ctx).Where("content_hash = ? AND content_id IS NULL", contentHash.Bytes()).Delete(&ContentItem{})
	if res.Error != nil {
		return item, translate(res.Error, "delete content")
	}
	if res.RowsAffected == 0 {
		return item, fmt.Errorf("delete content: %w meanwhile", ErrRegistered)
	}
	if err := s.q(ctx).Where("content_hash = ?", contentHash.Bytes()).Delete(&ContentKey{}).Error; err != nil {
		return item, translate(err, "delete content key")
	}
	return item, nil
}

// RegisteredTorrentByInfoHash returns the .torrent bytes of the registered item (content id
// set) whose torrent has infoHash; ErrNotFound when no registered item has it or the gateway
// has no torrent for it (sealed elsewhere). Items sealed here but not yet registered are not
// found: they are not in the catalog.
func (s *Store) RegisteredTorrentByInfoHash(ctx context.Context, infoHash [20]byte) ([]byte, error) {
	var item ContentItem
	err := s.q(ctx).Select("torrent").Where("info_hash = ? AND content_id IS NOT NULL", infoHash[:]).Order("torrent IS NULL, id").Take(&item).Error
	if err != nil {
		return nil, translate(err, "get torrent by info hash")
	}
	if len(item.Torrent) == 0 {
		return nil, fmt.Errorf("get torrent by info hash: %w: this gateway has no torrent for it", ErrNotFound)
	}
	return item.Torrent, nil
}
