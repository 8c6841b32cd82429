package seeder

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/anacrolix/torrent/metainfo"
	"github.com/ethereum/go-ethereum/common"
	"github.com/glebarez/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
	"gorm.io/gorm/logger"

	"github.com/swarmgate/swarmgate/chain/eip712"
	seedermigrations "github.com/swarmgate/swarmgate/migrations/seeder"
	"github.com/swarmgate/swarmgate/paywire"
)

// DBFile is the database file's name in the node's data directory.
const DBFile = "seeder.db"

var (
	// ErrSchemaBehind means the database needs migrations that were not applied; open it with
	// migrations on (the node does this at start-up).
	ErrSchemaBehind = errors.New("seeder database schema is behind this binary")
	// ErrNoDatabase means the data directory holds no seeder database yet: run the node once.
	ErrNoDatabase = errors.New("no seeder database in the data directory")
	// ErrCorruptRow means a row of the database could not be decoded (an amount that is not a
	// number, a malformed address); the file was edited or damaged.
	ErrCorruptRow = errors.New("seeder database row is malformed")
)

// Store is the seeder's durable state: it implements paywire.ReceiptStore, and keeps per-item
// byte counts, the newest session grant of every (viewer, session key) and the settlement state
// of every (viewer, seeder) pair. Every signed value (receipt amounts, a grant's limit, expiry and
// nonce) is stored and returned exactly as signed, so what settlement sends the escrow carries
// the viewer's signature. Every write is an SQLite
// transaction committed with synchronous=FULL in WAL mode, so a write that returned survives a
// crash or power loss. It is safe for concurrent use.
type Store struct {
	db    *gorm.DB
	sqlDB *sql.DB
	now   func() time.Time
}

var _ paywire.BatchReceiptStore = (*Store)(nil)

// sqliteDSN is the DSN of the database file at path: WAL, synchronous=FULL (a commit is on disk
// before it returns), foreign keys, a busy timeout for the earnings command reading alongside a
// running node, and immediate write transactions (no deadlock upgrading a read lock).
func sqliteDSN(path string) string {
	q := url.Values{}
	for _, p := range []string{"foreign_keys(1)", "journal_mode(WAL)", "synchronous(FULL)", "busy_timeout(10000)"} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	return "file:" + path + "?" + q.Encode()
}

// OpenStore opens (creating it if needed) the database in dataDir and applies pending
// migrations when migrate is set; otherwise a schema that is behind is ErrSchemaBehind.
func OpenStore(ctx context.Context, dataDir string, migrate bool, log *slog.Logger) (*Store, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return nil, fmt.Errorf("create data directory: %w", err)
	}
	return openStore(ctx, filepath.Join(dataDir, DBFile), migrate, log)
}

// OpenStoreReadOnly opens an existing database in dataDir for reports (the earnings command).
func OpenStoreReadOnly(ctx context.Context, dataDir string) (*Store, error) {
	path := filepath.Join(dataDir, DBFile)
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("%w: %s (run 'swarmgate seeder run' with this --data-dir first): %w", ErrNoDatabase, path, err)
	}
	return openStore(ctx, path, false, slog.New(slog.DiscardHandler))
}

func openStore(ctx context.Context, path string, migrate bool, log *slog.Logger) (*Store, error) {
	db, err := gorm.Open(sqlite.Open(sqliteDSN(path)), &gorm.Config{
		Logger:         logger.Discard,
		TranslateError: true,
		NowFunc:        func() time.Time { return time.Now().UTC() },
	})
	if err != nil {
		return nil, fmt.Errorf("open seeder database %s: %w", path, err)
	}
	sqlDB, err := db.DB()
	if err != nil {
		return nil, fmt.Errorf("open seeder database %s: %w", path, err)
	}
	sqlDB.SetMaxOpenConns(4)
	s := &Store{db: db, sqlDB: sqlDB, now: func() time.Time { return time.Now().UTC() }}
	if err := sqlDB.PingContext(ctx); err != nil {
		_ = sqlDB.Close()
		return nil, fmt.Errorf("open seeder database %s: %w", path, err)
	}
	if migrate {
		applied, err := seedermigrations.Up(ctx, sqlDB)
		if err != nil {
			_ = sqlDB.Close()
			return nil, err
		}
		for _, name := range applied {
			log.Info("applied seeder migration", "name", name)
		}
	} else if pending, err := seedermigrations.HasPending(ctx, sqlDB); err != nil {
		_ = sqlDB.Close()
		return nil, fmt.Errorf("check seeder database schema: %w", err)
	} else if pending {
		_ = sqlDB.Close()
		return nil, fmt.Errorf("%w: start the node once to migrate it", ErrSchemaBehind)
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.sqlDB.Close() }

// pairRow mirrors the pairs table.
type pairRow struct {
	Viewer        string `gorm:"primaryKey"`
	Seeder        string `gorm:"primaryKey"`
	Bytes         int64
	Amount        string
	Signature     []byte
	GrantKey      *string // the session key that signed the receipt; its grant is in grants
	Receipts      int64
	FirstAt       time.Time
	UpdatedAt     time.Time `gorm:"autoUpdateTime:false"`
	Paid          string
	PaidCheckedAt *time.Time
	LastSkip      *string
	LastSkipAt    *time.Time
}

func (pairRow) TableName() string { return "pairs" }

// grantRow mirrors the grants table: the newest grant seen for a (viewer, session key). Limit,
// expiry and nonce are decimal text, exactly as signed.
type grantRow struct {
	Viewer     string `gorm:"primaryKey"`
	SessionKey string `gorm:"primaryKey"`
	GrantLimit string
	Expiry     string
	Nonce      string
	Signature  []byte
	RecordedAt time.Time
}

func (grantRow) TableName() string { return "grants" }

type batchTxRow struct {
	BatchID int64  `gorm:"primaryKey"`
	TxHash  string `gorm:"primaryKey"`
	Nonce   int64
	RawTx   []byte
	SentAt  time.Time
}

func (batchTxRow) TableName() string { return "batch_txs" }

type itemBytesRow struct {
	Viewer   string `gorm:"primaryKey"`
	Seeder   string `gorm:"primaryKey"`
	InfoHash string `gorm:"primaryKey"`
	Bytes    int64
}

func (itemBytesRow) TableName() string { return "item_bytes" }

type batchRow struct {
	ID        int64 `gorm:"primaryKey;autoIncrement"`
	Seeder    string
	State     string
	TxHash    *string
	Nonce     *int64
	RawTx     []byte
	CreatedAt time.Time `gorm:"autoCreateTime:false"`
	SentAt    *time.Time
	MinedAt   *time.Time
	Block     *int64
	GasUsed   int64
	GasCost   string
	Total     string
	Error     *string
}

func (batchRow) TableName() string { return "batches" }

type batchEntryRow struct {
	BatchID    int64  `gorm:"primaryKey"`
	Viewer     string `gorm:"primaryKey"`
	Bytes      int64
	Amount     string
	PaidBefore string
	Outcome    string
	Payment    string
	PaidTotal  *string
	SkipReason *string
}

func (batchEntryRow) TableName() string { return "batch_entries" }

// Batch states.
const (
	BatchPrepared  = "prepared"  // recorded, transaction not signed yet
	BatchSent      = "sent"      // signed (hash and nonce recorded) and handed to the node
	BatchMined     = "mined"     // mined and its outcomes read
	BatchFailed    = "failed"    // mined but reverted, or refused before sending
	BatchAbandoned = "abandoned" // never reached the chain (found so on reconciliation)
)

// Entry outcomes.
const (
	OutcomePending  = "pending"
	OutcomeRedeemed = "redeemed"
	OutcomeSkipped  = "skipped"
	OutcomeFailed   = "failed"
	// OutcomeUnknown: mined, but the escrow's log for it did not decode; Payment and PaidTotal
	// come from the chain's paid total.
	OutcomeUnknown = "unknown"
)

func bigString(b *big.Int) string {
	if b == nil {
		return "0"
	}
	return b.String()
}

func parseBig(s string) (*big.Int, error) {
	b, ok := new(big.Int).SetString(s, 10)
	if !ok || b.Sign() < 0 {
		return nil, fmt.Errorf("%w: amount %q", ErrCorruptRow, s)
	}
	return b, nil
}

// Save stores rec as the pair's newest receipt (unless a newer one is already stored), records
// its grant unless a newer grant for the same session key is already stored, and adds its
// per-item byte counts, in one durable transaction.
//
// A grant replaces the stored grant of its (viewer, key) only with a higher nonce: an older grant
// (lower nonce, or the same nonce with other terms) is kept out, so a viewer cannot restore an
// earlier, looser limit by showing its grant again. The receipt itself is still stored: it is
// signed by the key, and redeemable under the newest grant for that key.
func (s *Store) Save(ctx context.Context, rec paywire.Record) error {
	return s.SaveBatch(ctx, []paywire.Record{rec})
}

// SaveBatch stores every record as Save does, all in one durable transaction (one fsync): the
// seller's write-behind hands it the newest receipt of each pair that got one since its last
// flush. Nothing is stored when one record is invalid.
func (s *Store) SaveBatch(ctx context.Context, recs []paywire.Record) error {
	now := s.now()
	rows := make([]pairRow, len(recs))
	grants := make([]*grantRow, len(recs))
	for i, rec := range recs {
		var err error
		if rows[i], grants[i], err = recordRows(rec, now); err != nil {
			return err
		}
	}
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		for i, rec := range recs {
			if err := saveRecordTx(tx, rec, &rows[i], grants[i], now); err != nil {
				return fmt.Errorf("save receipt of %s: %w", rows[i].Viewer, err)
			}
		}
		return nil
	})
	if err != nil {
		if len(recs) == 1 {
			return err
		}
		return fmt.Errorf("save %d receipts: %w", len(recs), err)
	}
	return nil
}

// recordRows checks rec and returns its pair row and grant row (nil when the wallet signed it).
func recordRows(rec paywire.Record, now time.Time) (pairRow, *grantRow, error) {
	r := rec.Receipt.Receipt
	if r.Bytes == nil || r.Amount == nil || !r.Bytes.IsInt64() || r.Amount.Sign() < 0 || r.Amount.Cmp(maxUint256) > 0 {
		return pairRow{}, nil, fmt.Errorf("save receipt: bytes or amount missing or out of range")
	}
	viewer, seeder := r.Viewer.Hex(), r.Seeder.Hex()
	row := pairRow{
		Viewer: viewer, Seeder: seeder, Bytes: r.Bytes.Int64(), Amount: r.Amount.String(),
		Signature: rec.Receipt.Signature, Receipts: 1, FirstAt: now, UpdatedAt: now, Paid: "0",
	}
	var grant *grantRow
	if g := rec.Grant; g != nil {
		if g.Session.Viewer != r.Viewer {
			return pairRow{}, nil, fmt.Errorf("save receipt of %s: its grant is for viewer %s", viewer, g.Session.Viewer)
		}
		if g.Session.Limit == nil || g.Session.Limit.Sign() < 0 || g.Session.Limit.Cmp(maxUint256) > 0 {
			return pairRow{}, nil, fmt.Errorf("save receipt of %s: grant limit missing or out of range", viewer)
		}
		key := g.Session.Key.Hex()
		row.GrantKey = &key
		grant = &grantRow{
			Viewer: viewer, SessionKey: key, GrantLimit: g.Session.Limit.String(),
			Expiry: strconv.FormatUint(g.Session.Expiry, 10), Nonce: strconv.FormatUint(g.Session.Nonce, 10),
			Signature: g.Signature, RecordedAt: now,
		}
	}
	return row, grant, nil
}

// saveRecordTx writes one record's rows in tx.
func saveRecordTx(tx *gorm.DB, rec paywire.Record, row *pairRow, grant *grantRow, now time.Time) error {
	if grant != nil {
		if err := saveGrantTx(tx, grant); err != nil {
			return err
		}
	}
	// Insert, or replace the receipt fields when the new receipt covers more bytes; the
	// settlement fields (paid, skips) and first_at stay.
	res := tx.Clauses(clause.OnConflict{
		Columns: []clause.Column{{Name: "viewer"}, {Name: "seeder"}},
		DoUpdates: clause.Assignments(map[string]any{
			"bytes": row.Bytes, "amount": row.Amount, "signature": row.Signature,
			"grant_key": row.GrantKey, "receipts": gorm.Expr("pairs.receipts + 1"),
			"updated_at": now,
		}),
		Where: clause.Where{Exprs: []clause.Expression{clause.Expr{SQL: "excluded.bytes > pairs.bytes"}}},
	}).Create(row)
	if res.Error != nil {
		return res.Error
	}
	for _, it := range rec.Items {
		if it.Bytes == 0 {
			continue
		}
		ib := itemBytesRow{Viewer: row.Viewer, Seeder: row.Seeder, InfoHash: it.InfoHash.HexString(), Bytes: int64(it.Bytes)}
		if err := tx.Clauses(clause.OnConflict{
			Columns:   []clause.Column{{Name: "viewer"}, {Name: "seeder"}, {Name: "info_hash"}},
			DoUpdates: clause.Assignments(map[string]any{"bytes": gorm.Expr("item_bytes.bytes + excluded.bytes")}),
		}).Create(&ib).Error; err != nil {
			return err
		}
	}
	return nil
}

// saveGrantTx stores g unless the stored grant of its (viewer, key) has the same or a higher
// nonce.
func saveGrantTx(tx *gorm.DB, g *grantRow) error {
	var old grantRow
	err := tx.Where("viewer = ? AND session_key = ?", g.Viewer, g.SessionKey).Take(&old).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return tx.Create(g).Error
	}
	if err != nil {
		return err
	}
	oldNonce, err := parseUint64(old.Nonce)
	if err != nil {
		return err
	}
	newNonce, _ := parseUint64(g.Nonce)
	if newNonce <= oldNonce {
		return nil // older, or the same grant (or other terms under the same nonce): the stored one stays
	}
	return tx.Model(&grantRow{}).Where("viewer = ? AND session_key = ?", g.Viewer, g.SessionKey).
		Updates(map[string]any{"grant_limit": g.GrantLimit, "expiry": g.Expiry, "nonce": g.Nonce,
			"signature": g.Signature, "recorded_at": g.RecordedAt}).Error
}

// Grant returns the newest grant stored for viewer's session key, or nil.
func (s *Store) Grant(ctx context.Context, viewer, key common.Address) (*paywire.SignedGrant, error) {
	var row grantRow
	err := s.db.WithContext(ctx).Where("viewer = ? AND session_key = ?", viewer.Hex(), key.Hex()).Take(&row).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read grant of %s: %w", viewer, err)
	}
	return row.grant()
}

func parseUint64(s string) (uint64, error) {
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%w: %q is not a uint64", ErrCorruptRow, s)
	}
	return v, nil
}

func (g *grantRow) grant() (*paywire.SignedGrant, error) {
	viewer, err := parseAddr(g.Viewer)
	if err != nil {
		return nil, err
	}
	key, err := parseAddr(g.SessionKey)
	if err != nil {
		return nil, err
	}
	limit, err := parseBig(g.GrantLimit)
	if err != nil {
		return nil, err
	}
	expiry, err := parseUint64(g.Expiry)
	if err != nil {
		return nil, err
	}
	nonce, err := parseUint64(g.Nonce)
	if err != nil {
		return nil, err
	}
	return &paywire.SignedGrant{
		Session:   eip712.Session{Viewer: viewer, Key: key, Limit: limit, Expiry: expiry, Nonce: nonce},
		Signature: g.Signature,
	}, nil
}

// Latest returns the newest receipt stored for the pair, or nil.
func (s *Store) Latest(ctx context.Context, viewer, seeder common.Address) (*paywire.Record, error) {
	var row pairRow
	err := s.db.WithContext(ctx).Where("viewer = ? AND seeder = ?", viewer.Hex(), seeder.Hex()).Take(&row).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read receipt of %s: %w", viewer, err)
	}
	grants, err := s.grantsOf(s.db.WithContext(ctx).Where("p.viewer = ? AND p.seeder = ?", viewer.Hex(), seeder.Hex()))
	if err != nil {
		return nil, err
	}
	return row.record(grants)
}

type grantKey struct{ viewer, key string }

// grantsOf returns the grants of the pairs q selects (q filters pairs aliased p).
func (s *Store) grantsOf(q *gorm.DB) (map[grantKey]*grantRow, error) {
	var rows []grantRow
	err := q.Table("grants g").Select("g.*").
		Joins("JOIN pairs p ON p.viewer = g.viewer AND p.grant_key = g.session_key").Find(&rows).Error
	if err != nil {
		return nil, fmt.Errorf("read grants: %w", err)
	}
	out := make(map[grantKey]*grantRow, len(rows))
	for i := range rows {
		out[grantKey{rows[i].Viewer, rows[i].SessionKey}] = &rows[i]
	}
	return out, nil
}

func parseAddr(s string) (common.Address, error) {
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("%w: address %q", ErrCorruptRow, s)
	}
	return common.HexToAddress(s), nil
}

func (row *pairRow) record(grants map[grantKey]*grantRow) (*paywire.Record, error) {
	viewer, err := parseAddr(row.Viewer)
	if err != nil {
		return nil, err
	}
	seeder, err := parseAddr(row.Seeder)
	if err != nil {
		return nil, err
	}
	amount, err := parseBig(row.Amount)
	if err != nil {
		return nil, err
	}
	rec := &paywire.Record{Receipt: paywire.SignedReceipt{
		Receipt:   eip712.Receipt{Viewer: viewer, Seeder: seeder, Bytes: big.NewInt(row.Bytes), Amount: amount},
		Signature: row.Signature,
	}}
	if row.GrantKey != nil {
		g, ok := grants[grantKey{row.Viewer, *row.GrantKey}]
		if !ok {
			return nil, fmt.Errorf("%w: receipt of %s names session key %s, whose grant is not stored", ErrCorruptRow, row.Viewer, *row.GrantKey)
		}
		if rec.Grant, err = g.grant(); err != nil {
			return nil, err
		}
	}
	return rec, nil
}

// Pair is a pair's settlement state.
type Pair struct {
	Record     paywire.Record // the newest receipt (Items empty)
	Receipts   int64          // receipts accepted
	Paid       *big.Int       // paid on chain, as last known
	LastSkip   string         // why the escrow skipped the last redeem, "" if it did not
	LastSkipAt time.Time      // when
	UpdatedAt  time.Time      // when the newest receipt arrived
}

// Unredeemed returns the receipt's amount minus what the chain paid (at least 0).
func (p *Pair) Unredeemed() *big.Int {
	d := new(big.Int).Sub(p.Record.Receipt.Receipt.Amount, p.Paid)
	if d.Sign() < 0 {
		return new(big.Int)
	}
	return d
}

// Pairs returns every pair of seeder (all seeders when seeder is the zero address).
func (s *Store) Pairs(ctx context.Context, seeder common.Address) ([]Pair, error) {
	q := s.db.WithContext(ctx).Order("viewer")
	if seeder != (common.Address{}) {
		q = q.Where("seeder = ?", seeder.Hex())
	}
	var rows []pairRow
	if err := q.Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("read pairs: %w", err)
	}
	gq := s.db.WithContext(ctx)
	if seeder != (common.Address{}) {
		gq = gq.Where("p.seeder = ?", seeder.Hex())
	}
	grants, err := s.grantsOf(gq)
	if err != nil {
		return nil, err
	}
	out := make([]Pair, 0, len(rows))
	for i := range rows {
		rec, err := rows[i].record(grants)
		if err != nil {
			return nil, err
		}
		paid, err := parseBig(rows[i].Paid)
		if err != nil {
			return nil, err
		}
		p := Pair{Record: *rec, Receipts: rows[i].Receipts, Paid: paid, UpdatedAt: rows[i].UpdatedAt}
		if rows[i].LastSkip != nil {
			p.LastSkip = *rows[i].LastSkip
		}
		if rows[i].LastSkipAt != nil {
			p.LastSkipAt = *rows[i].LastSkipAt
		}
		out = append(out, p)
	}
	return out, nil
}

// PaidOf returns what the chain has paid for the pair, as last known (0 when it is not stored).
func (s *Store) PaidOf(ctx context.Context, viewer, seeder common.Address) (*big.Int, error) {
	var row pairRow
	err := s.db.WithContext(ctx).Select("paid").Where("viewer = ? AND seeder = ?", viewer.Hex(), seeder.Hex()).Take(&row).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return new(big.Int), nil
	}
	if err != nil {
		return nil, fmt.Errorf("read paid of %s: %w", viewer, err)
	}
	return parseBig(row.Paid)
}

// SetPaid records what the chain has paid for the pair (read from paid[viewer][seeder]); it
// never lowers a known figure.
func (s *Store) SetPaid(ctx context.Context, viewer, seeder common.Address, paid *big.Int) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		return setPaidTx(tx, viewer.Hex(), seeder.Hex(), paid, s.now())
	})
}

func setPaidTx(tx *gorm.DB, viewer, seeder string, paid *big.Int, now time.Time) error {
	var row pairRow
	err := tx.Select("paid").Where("viewer = ? AND seeder = ?", viewer, seeder).Take(&row).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	old, err := parseBig(row.Paid)
	if err != nil {
		return err
	}
	if paid.Cmp(old) < 0 {
		paid = old
	}
	return tx.Model(&pairRow{}).Where("viewer = ? AND seeder = ?", viewer, seeder).
		Updates(map[string]any{"paid": paid.String(), "paid_checked_at": now}).Error
}

// BatchEntry is one receipt of a settlement batch.
type BatchEntry struct {
	Viewer     common.Address
	Bytes      uint64
	Amount     *big.Int
	PaidBefore *big.Int
	Outcome    string
	Payment    *big.Int
	PaidTotal  *big.Int // nil unless redeemed
	SkipReason string
}

// Batch is a settlement batch as recorded.
type Batch struct {
	ID      int64
	Seeder  common.Address
	State   string
	TxHash  common.Hash // zero until signed
	Nonce   *uint64
	RawTx   []byte // the signed transaction, once signed
	Created time.Time
	GasUsed uint64
	GasCost *big.Int
	Total   *big.Int
	Error   string
	Entries []BatchEntry
	// Txs are every transaction signed for the batch, oldest first: the first, and each that
	// replaced it at a higher fee (same nonce). Any of them may be the one mined.
	Txs []BatchTx
}

// BatchTx is one transaction signed for a batch.
type BatchTx struct {
	Hash   common.Hash
	Nonce  uint64
	Raw    []byte
	SentAt time.Time
}

// LastSent returns when the newest transaction of b was signed (zero if none was).
func (b *Batch) LastSent() time.Time {
	if len(b.Txs) == 0 {
		return time.Time{}
	}
	return b.Txs[len(b.Txs)-1].SentAt
}

// CreateBatch records a batch of entries for seeder as prepared, before anything is signed, and
// returns its id. Pairs in a prepared or sent batch are not settled again until it is resolved.
func (s *Store) CreateBatch(ctx context.Context, seeder common.Address, entries []BatchEntry) (int64, error) {
	b := batchRow{Seeder: seeder.Hex(), State: BatchPrepared, CreatedAt: s.now(), GasCost: "0", Total: "0"}
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Create(&b).Error; err != nil {
			return err
		}
		for _, e := range entries {
			row := batchEntryRow{BatchID: b.ID, Viewer: e.Viewer.Hex(), Bytes: int64(e.Bytes), Amount: bigString(e.Amount),
				PaidBefore: bigString(e.PaidBefore), Outcome: OutcomePending, Payment: "0"}
			if err := tx.Create(&row).Error; err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("record settlement batch: %w", err)
	}
	return b.ID, nil
}

// MarkBatchSent records the signed transaction (hash, nonce and the raw bytes, to send it again
// after a crash), before it is sent. A transaction that replaces the batch's earlier one (same
// nonce, higher fee) is recorded the same way: it becomes the batch's current transaction, and
// the earlier ones stay listed in Batch.Txs.
func (s *Store) MarkBatchSent(ctx context.Context, id int64, tx common.Hash, nonce uint64, raw []byte) error {
	h, n, now := tx.Hex(), int64(nonce), s.now()
	err := s.db.WithContext(ctx).Transaction(func(db *gorm.DB) error {
		if err := db.Model(&batchRow{}).Where("id = ?", id).
			Updates(map[string]any{"state": BatchSent, "tx_hash": h, "nonce": n, "raw_tx": raw, "sent_at": now}).Error; err != nil {
			return err
		}
		return db.Clauses(clause.OnConflict{DoNothing: true}).Create(&batchTxRow{BatchID: id, TxHash: h, Nonce: n, RawTx: raw, SentAt: now}).Error
	})
	if err != nil {
		return fmt.Errorf("record batch %d transaction: %w", id, err)
	}
	return nil
}

// BatchResult is what settling a batch came to.
type BatchResult struct {
	State   string // BatchMined, BatchFailed or BatchAbandoned
	Block   uint64
	GasUsed uint64
	GasCost *big.Int
	Total   *big.Int
	Error   string
	// Entries' outcomes, by viewer: Outcome, Payment, PaidTotal, SkipReason.
	Entries []BatchEntry
}

// FinishBatch records a batch's outcome, and for every redeemed entry the pair's new paid total,
// and for every skipped one the reason, in one transaction.
func (s *Store) FinishBatch(ctx context.Context, id int64, res BatchResult) error {
	now := s.now()
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var b batchRow
		if err := tx.Where("id = ?", id).Take(&b).Error; err != nil {
			return err
		}
		up := map[string]any{"state": res.State, "gas_used": int64(res.GasUsed), "gas_cost": bigString(res.GasCost),
			"total": bigString(res.Total), "mined_at": now}
		if res.Block > 0 {
			up["block"] = int64(res.Block)
		}
		if res.Error != "" {
			up["error"] = res.Error
		}
		if err := tx.Model(&batchRow{}).Where("id = ?", id).Updates(up).Error; err != nil {
			return err
		}
		for _, e := range res.Entries {
			v := e.Viewer.Hex()
			eu := map[string]any{"outcome": e.Outcome, "payment": bigString(e.Payment)}
			if e.PaidTotal != nil {
				eu["paid_total"] = e.PaidTotal.String()
			}
			if e.SkipReason != "" {
				eu["skip_reason"] = e.SkipReason
			}
			if err := tx.Model(&batchEntryRow{}).Where("batch_id = ? AND viewer = ?", id, v).Updates(eu).Error; err != nil {
				return err
			}
			switch e.Outcome {
			case OutcomeUnknown:
				if e.PaidTotal != nil {
					if err := setPaidTx(tx, v, b.Seeder, e.PaidTotal, now); err != nil {
						return err
					}
				}
			case OutcomeRedeemed:
				if e.PaidTotal != nil {
					if err := setPaidTx(tx, v, b.Seeder, e.PaidTotal, now); err != nil {
						return err
					}
				}
				if err := tx.Model(&pairRow{}).Where("viewer = ? AND seeder = ?", v, b.Seeder).
					Updates(map[string]any{"last_skip": nil, "last_skip_at": nil}).Error; err != nil {
					return err
				}
			case OutcomeSkipped:
				if err := tx.Model(&pairRow{}).Where("viewer = ? AND seeder = ?", v, b.Seeder).
					Updates(map[string]any{"last_skip": e.SkipReason, "last_skip_at": now}).Error; err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("record outcome of batch %d: %w", id, err)
	}
	return nil
}

// OpenBatches returns the batches that are prepared or sent: in flight, or interrupted by a
// crash, to be reconciled with the chain.
func (s *Store) OpenBatches(ctx context.Context) ([]Batch, error) {
	return s.batches(ctx, "state IN ?", []string{BatchPrepared, BatchSent})
}

// Batches returns every batch, oldest first.
func (s *Store) Batches(ctx context.Context) ([]Batch, error) {
	return s.batches(ctx, "1 = 1")
}

func (s *Store) batches(ctx context.Context, where string, args ...any) ([]Batch, error) {
	var rows []batchRow
	if err := s.db.WithContext(ctx).Where(where, args...).Order("id").Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("read batches: %w", err)
	}
	out := make([]Batch, 0, len(rows))
	for _, r := range rows {
		seeder, err := parseAddr(r.Seeder)
		if err != nil {
			return nil, err
		}
		cost, err := parseBig(r.GasCost)
		if err != nil {
			return nil, err
		}
		total, err := parseBig(r.Total)
		if err != nil {
			return nil, err
		}
		b := Batch{ID: r.ID, Seeder: seeder, State: r.State, Created: r.CreatedAt, GasUsed: uint64(max(r.GasUsed, 0)), GasCost: cost, Total: total}
		if r.TxHash != nil {
			b.TxHash = common.HexToHash(*r.TxHash)
		}
		if r.Nonce != nil {
			n := uint64(*r.Nonce)
			b.Nonce = &n
		}
		if r.Error != nil {
			b.Error = *r.Error
		}
		b.RawTx = r.RawTx
		var txs []batchTxRow
		if err := s.db.WithContext(ctx).Where("batch_id = ?", r.ID).Order("sent_at, rowid").Find(&txs).Error; err != nil {
			return nil, fmt.Errorf("read batch %d: %w", r.ID, err)
		}
		for _, t := range txs {
			b.Txs = append(b.Txs, BatchTx{Hash: common.HexToHash(t.TxHash), Nonce: uint64(max(t.Nonce, 0)), Raw: t.RawTx, SentAt: t.SentAt})
		}
		var entries []batchEntryRow
		if err := s.db.WithContext(ctx).Where("batch_id = ?", r.ID).Order("rowid").Find(&entries).Error; err != nil {
			return nil, fmt.Errorf("read batch %d: %w", r.ID, err)
		}
		for _, e := range entries {
			v, err := parseAddr(e.Viewer)
			if err != nil {
				return nil, err
			}
			amount, err := parseBig(e.Amount)
			if err != nil {
				return nil, err
			}
			before, err := parseBig(e.PaidBefore)
			if err != nil {
				return nil, err
			}
			pay, err := parseBig(e.Payment)
			if err != nil {
				return nil, err
			}
			be := BatchEntry{Viewer: v, Bytes: uint64(max(e.Bytes, 0)), Amount: amount, PaidBefore: before, Outcome: e.Outcome, Payment: pay}
			if e.PaidTotal != nil {
				if be.PaidTotal, err = parseBig(*e.PaidTotal); err != nil {
					return nil, err
				}
			}
			if e.SkipReason != nil {
				be.SkipReason = *e.SkipReason
			}
			b.Entries = append(b.Entries, be)
		}
		out = append(out, b)
	}
	return out, nil
}

// ItemBytes returns the bytes served per (viewer, item) for seeder (all when zero).
func (s *Store) ItemBytes(ctx context.Context, seeder common.Address) ([]ItemServed, error) {
	q := s.db.WithContext(ctx).Order("info_hash, viewer")
	if seeder != (common.Address{}) {
		q = q.Where("seeder = ?", seeder.Hex())
	}
	var rows []itemBytesRow
	if err := q.Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("read item bytes: %w", err)
	}
	out := make([]ItemServed, 0, len(rows))
	for _, r := range rows {
		v, err := parseAddr(r.Viewer)
		if err != nil {
			return nil, err
		}
		var ih metainfo.Hash
		if err := ih.FromHexString(r.InfoHash); err != nil {
			return nil, fmt.Errorf("%w: info hash %q", ErrCorruptRow, r.InfoHash)
		}
		out = append(out, ItemServed{Viewer: v, InfoHash: ih, Bytes: uint64(max(r.Bytes, 0))})
	}
	return out, nil
}

// ItemServed is the bytes a seeder served one viewer of one item.
type ItemServed struct {
	Viewer   common.Address
	InfoHash metainfo.Hash
	Bytes    uint64
}
