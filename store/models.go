package store

import (
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// The models below mirror migrations/*/00001_init.sql column for column. Addresses are
// lowercase 0x-hex (see Addr), amounts and on-chain ids decimal strings.

// Nonce is a single-use sign-in nonce (EIP-4361).
type Nonce struct {
	Nonce     string `gorm:"primaryKey"`
	CreatedAt time.Time
	ExpiresAt time.Time
	UsedAt    *time.Time
}

// TableName implements gorm's tabler.
func (Nonce) TableName() string { return "auth_nonces" }

// Session is a bearer session. Only the SHA-256 of the token is stored (see HashToken).
type Session struct {
	ID        int64  `gorm:"primaryKey"`
	TokenHash []byte `gorm:"column:token_hash"`
	Address   string
	CreatedAt time.Time
	ExpiresAt time.Time
	RevokedAt *time.Time
}

// TableName implements gorm's tabler.
func (Session) TableName() string { return "sessions" }

// UploadState is where an upload is in its life.
type UploadState string

// The upload states, in order; Failed and Cancelled are final.
const (
	UploadReceiving UploadState = "receiving" // bytes are arriving
	UploadSealing   UploadState = "sealing"   // all bytes arrived; encrypting and building the torrent
	UploadSealed    UploadState = "sealed"    // ciphertext and torrent ready; waiting for on-chain registration
	UploadFailed    UploadState = "failed"    // sealing failed; Error says why
	UploadCancelled UploadState = "cancelled" // the creator gave up or it expired
)

// Valid reports whether s is one of the upload states.
func (s UploadState) Valid() bool {
	switch s {
	case UploadReceiving, UploadSealing, UploadSealed, UploadFailed, UploadCancelled:
		return true
	}
	return false
}

// Upload is a creator's file on its way from the wire to a sealed torrent.
type Upload struct {
	ID            string `gorm:"primaryKey"`
	Creator       string
	State         UploadState
	Filename      string
	Size          int64
	BytesReceived int64
	BytesSealed   int64
	Error         string
	ContentHash   []byte
	// GatewayID names the gateway whose upload directory holds the upload's files; nil for
	// uploads recorded before gateways named themselves.
	GatewayID *string
	// Title, Description and MimeType are the item's metadata as the creator declared it.
	Title       string
	Description string
	MimeType    string
	// Policy is the access policy the creator declared, as the JSON the registration carries
	// (api's regPolicyJSON); "" for uploads recorded before uploads carried one (free).
	Policy    string
	CreatedAt time.Time
	UpdatedAt time.Time
	ExpiresAt *time.Time
}

// TableName implements gorm's tabler.
func (Upload) TableName() string { return "uploads" }

// PolicyKind is the access model of a content item.
type PolicyKind string

// The policy kinds of DESIGN.md.
const (
	PolicyFree         PolicyKind = "free"
	PolicyBuy          PolicyKind = "buy"
	PolicyRent         PolicyKind = "rent"
	PolicySubscription PolicyKind = "subscription"
	PolicyTokenGated   PolicyKind = "token_gated"
	// PolicyExclusive: not for sale, no gate, no subscribers: only the owner has access.
	PolicyExclusive PolicyKind = "exclusive"
)

// PolicyKinds lists every policy kind.
var PolicyKinds = []PolicyKind{PolicyFree, PolicyBuy, PolicyRent, PolicySubscription, PolicyTokenGated, PolicyExclusive}

// Valid reports whether k is one of the policy kinds.
func (k PolicyKind) Valid() bool {
	for _, v := range PolicyKinds {
		if k == v {
			return true
		}
	}
	return false
}

// Policy is a content item's access policy as registered on-chain.
type Policy struct {
	Kind PolicyKind `gorm:"column:policy_kind"`
	// Price in the currency's base units, decimal.
	Price string
	// Currency is the ERC-20 token address, or "" for the chain's native coin.
	Currency string
	// DurationSeconds is how long a rental or subscription lasts; 0 for perpetual.
	DurationSeconds int64
	// Subscribable says whether a channel subscription to the creator opens this item.
	Subscribable bool
	// GateToken, GateStandard ("erc20", "erc721", "erc1155"), GateTokenID and GateMinBalance
	// describe a token gate.
	GateToken      string
	GateStandard   string
	GateTokenID    string
	GateMinBalance string
	// RoyaltyBps is the ERC-2981 royalty on resales of the rights token, in basis points.
	RoyaltyBps int
	// Payees is the revenue split as JSON, [{"account":"0x…","share_bps":n}], "" or "[]" for
	// everything to the owner.
	Payees string
}

// ContentItem is one content item: what the chain says about it plus what the gateway made.
type ContentItem struct {
	ID int64 `gorm:"primaryKey"`
	// ContentID is the on-chain id (decimal); nil until the registration is indexed.
	ContentID      *string
	ContentHash    []byte
	InfoHash       []byte
	KeyCommitment  []byte
	MetadataURI    string `gorm:"column:metadata_uri"`
	Title          string
	Description    string
	Creator        string
	Owner          string
	Policy         `gorm:"embedded"`
	PlaintextSize  int64
	CiphertextSize int64
	PieceLength    int64
	// Torrent is the .torrent metainfo of the ciphertext; nil when another gateway sealed it.
	Torrent            []byte
	UploadID           *string
	RegisteredBlock    *int64
	RegisteredLogIndex *int64
	RegisteredTx       []byte
	CreatedAt          time.Time
	UpdatedAt          time.Time
	// MimeType is the plaintext's media type, as the creator declared or the gateway sniffed it.
	MimeType string
	// PosterType is the media type of the poster of the upload the item was sealed from; "" when
	// it has none.
	PosterType string
}

// TableName implements gorm's tabler.
func (ContentItem) TableName() string { return "content_items" }

// Poster is the poster image of an upload (and of the item sealed from it).
type Poster struct {
	UploadID  string `gorm:"primaryKey"`
	MimeType  string
	Sha256    []byte `gorm:"column:sha256"`
	Data      []byte
	UpdatedAt time.Time
}

// TableName implements gorm's tabler.
func (Poster) TableName() string { return "upload_posters" }

// Purchase is one indexed Purchased event of the registry.
type Purchase struct {
	TxHash    []byte `gorm:"primaryKey"`
	LogIndex  int64  `gorm:"primaryKey"`
	ContentID string
	Block     int64
	Buyer     string
	Recipient string
	Amount    string
	Currency  string
}

// TableName implements gorm's tabler.
func (Purchase) TableName() string { return "content_purchases" }

// ContentKey is a content key sealed under the master key (see package store/keyring).
type ContentKey struct {
	ContentHash []byte `gorm:"primaryKey"`
	KeyVersion  uint32
	Nonce       []byte
	Ciphertext  []byte
	CreatedAt   time.Time
	UpdatedAt   time.Time
}

// TableName implements gorm's tabler.
func (ContentKey) TableName() string { return "content_keys" }

// Seeder is a seeder's signed entry in the directory.
type Seeder struct {
	Address     string `gorm:"primaryKey"`
	Endpoint    string
	PricePerGiB string `gorm:"column:price_per_gib"`
	Signature   []byte
	SignedAt    time.Time
	ExpiresAt   time.Time
	UpdatedAt   time.Time
}

// TableName implements gorm's tabler.
func (Seeder) TableName() string { return "seeders" }

// SeederItem says that a seeder serves one torrent.
type SeederItem struct {
	Address  string `gorm:"primaryKey"`
	InfoHash []byte `gorm:"primaryKey"`
}

// TableName implements gorm's tabler.
func (SeederItem) TableName() string { return "seeder_items" }

// Cursor is how far an indexer has read the chain: the last block it processed completely
// and that block's hash, to notice a reorganisation below it.
type Cursor struct {
	Name        string `gorm:"primaryKey"`
	BlockNumber uint64
	BlockHash   []byte
	UpdatedAt   time.Time
}

// TableName implements gorm's tabler.
func (Cursor) TableName() string { return "indexer_cursors" }

// Counter is one named count for one UTC day ("2006-01-02").
type Counter struct {
	Name  string `gorm:"primaryKey"`
	Day   string `gorm:"primaryKey"`
	Value int64
}

// TableName implements gorm's tabler.
func (Counter) TableName() string { return "counters" }

// KeyIssuance is one audit-log row, written only when the operator turns the audit log on.
type KeyIssuance struct {
	ID        int64 `gorm:"primaryKey"`
	ContentID string
	Viewer    string
	IssuedAt  time.Time
}

// TableName implements gorm's tabler.
func (KeyIssuance) TableName() string { return "key_issuance_audit" }

// Addr is the stored form of an address: lowercase 0x-prefixed hex.
func Addr(a common.Address) string { return strings.ToLower(a.Hex()) }
