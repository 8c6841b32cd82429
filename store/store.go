package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/glebarez/sqlite"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"github.com/swarmgate/swarmgate/migrations"
)

// DefaultSQLiteFile is the database file name under the data directory when no DSN is given.
const DefaultSQLiteFile = "gateway.db"

// Config says which database to open and how large its connection pool may grow.
type Config struct {
	// DSN is a PostgreSQL URL (postgres://user@host:5432/db?sslmode=disable) or an SQLite file
	// path or file: URI. Empty means SQLite at DataDir/gateway.db.
	DSN string
	// DataDir holds the SQLite file when DSN is empty.
	DataDir string
	// MaxOpenConns caps open connections; 0 means 4 on SQLite and 20 on PostgreSQL.
	MaxOpenConns int
	// MaxIdleConns caps idle connections; 0 means MaxOpenConns.
	MaxIdleConns int
	// ConnMaxLifetime recycles connections older than this; 0 means 30 minutes.
	ConnMaxLifetime time.Duration
	// Logger receives slow-query and error logs; nil discards them.
	Logger *slog.Logger
}

// Resolve works out the dialect and the driver DSN that Config names, without opening
// anything. For SQLite it adds the pragmas the gateway relies on (foreign keys, WAL, a busy
// timeout, immediate write transactions) unless the DSN sets them itself.
func (c Config) Resolve() (migrations.Dialect, string, error) {
	dsn := strings.TrimSpace(c.DSN)
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		u, err := url.Parse(dsn)
		if err != nil {
			return "", "", fmt.Errorf("%w: PostgreSQL URL does not parse (%v); use postgres://user@host:5432/db", ErrBadDSN, redactURLError(err))
		}
		if u.Host == "" {
			return "", "", fmt.Errorf("%w: PostgreSQL URL has no host; use postgres://user@host:5432/db", ErrBadDSN)
		}
		return migrations.Postgres, dsn, nil
	}
	if dsn == "" {
		if c.DataDir == "" {
			return "", "", fmt.Errorf("%w: give a database DSN or a data directory for the SQLite file", ErrBadDSN)
		}
		dsn = "file:" + filepath.Join(c.DataDir, DefaultSQLiteFile)
	}
	if strings.Contains(dsn, "://") {
		return "", "", fmt.Errorf("%w: %q is neither a postgres:// URL nor an SQLite file path", ErrBadDSN, schemeOf(dsn))
	}
	return migrations.SQLite, sqliteDSN(dsn), nil
}

// sqliteDSN adds the gateway's default pragmas to an SQLite DSN. glebarez/go-sqlite stops
// reading parameters after _time_format, so that one is never added (its default format is
// already the sortable one).
func sqliteDSN(dsn string) string {
	path, query, _ := strings.Cut(dsn, "?")
	q, err := url.ParseQuery(query)
	if err != nil {
		return dsn
	}
	has := func(name string) bool {
		for _, p := range q["_pragma"] {
			if strings.HasPrefix(strings.ToLower(strings.TrimSpace(p)), name) {
				return true
			}
		}
		return false
	}
	for _, p := range []struct{ name, value string }{
		{"foreign_keys", "foreign_keys(1)"},
		{"journal_mode", "journal_mode(WAL)"},
		{"busy_timeout", "busy_timeout(10000)"},
		{"synchronous", "synchronous(NORMAL)"},
	} {
		if !has(p.name) {
			q.Add("_pragma", p.value)
		}
	}
	if q.Get("_txlock") == "" {
		q.Set("_txlock", "immediate")
	}
	return path + "?" + q.Encode()
}

func schemeOf(dsn string) string {
	s, _, _ := strings.Cut(dsn, "://")
	return s + "://"
}

// redactURLError drops the URL (which may hold a password) from a url.Parse error.
func redactURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// Store is the gateway's database. It is safe for concurrent use.
type Store struct {
	db      *gorm.DB
	sqlDB   *sql.DB
	dialect migrations.Dialect
	now     func() time.Time
	// stmts holds the prepared statements of hot lookups; nil on a Store inside Tx, whose
	// queries must run on the transaction's connection.
	stmts *stmtCache
}

// Open connects to the database that cfg names and checks that it answers. It does not
// migrate: call Migrate (or `swarmgate migrate up`) first.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	d, dsn, err := cfg.Resolve()
	if err != nil {
		return nil, err
	}
	var dialector gorm.Dialector
	switch d {
	case migrations.SQLite:
		if cfg.DSN == "" {
			if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
				return nil, fmt.Errorf("create data directory: %w", err)
			}
		}
		dialector = sqlite.Open(dsn)
	case migrations.Postgres:
		dialector = postgres.Open(dsn)
	}
	gl := logger.Discard
	if cfg.Logger != nil {
		gl = logger.NewSlogLogger(cfg.Logger, logger.Config{
			SlowThreshold:             500 * time.Millisecond,
			IgnoreRecordNotFoundError: true,
			ParameterizedQueries:      true,
			LogLevel:                  logger.Warn,
		})
	}
	db, err := gorm.Open(dialector, &gorm.Config{
		TranslateError:         true,
		SkipDefaultTransaction: true,
		PrepareStmt:            false,
		Logger:                 gl,
		NowFunc:                func() time.Time { return now() },
	})
	if err != nil {
		return nil, fmt.Errorf("open %s database: %w", d, err)
	}
	sqlDB, err := db.DB()
	if err != nil {
		return nil, fmt.Errorf("open %s database: %w", d, err)
	}
	maxOpen := cfg.MaxOpenConns
	if maxOpen <= 0 {
		maxOpen = 20
		if d == migrations.SQLite {
			maxOpen = 4
		}
	}
	maxIdle := cfg.MaxIdleConns
	if maxIdle <= 0 || maxIdle > maxOpen {
		maxIdle = maxOpen
	}
	life := cfg.ConnMaxLifetime
	if life <= 0 {
		life = 30 * time.Minute
	}
	sqlDB.SetMaxOpenConns(maxOpen)
	sqlDB.SetMaxIdleConns(maxIdle)
	sqlDB.SetConnMaxLifetime(life)
	s := &Store{db: db, sqlDB: sqlDB, dialect: d, now: now, stmts: &stmtCache{db: sqlDB, m: map[string]*sql.Stmt{}}}
	if err := s.Ping(ctx); err != nil {
		_ = sqlDB.Close()
		return nil, err
	}
	return s, nil
}

// now is the store's clock: UTC, microsecond precision, so that a time read back equals the
// time written on both dialects.
func now() time.Time { return time.Now().UTC().Truncate(time.Microsecond) }

// norm brings a caller's time to the precision and zone the store keeps.
func norm(t time.Time) time.Time { return t.UTC().Truncate(time.Microsecond) }

// Dialect says which database the store is connected to.
func (s *Store) Dialect() migrations.Dialect { return s.dialect }

// SQL returns the underlying connection pool, for migrations and health checks.
func (s *Store) SQL() *sql.DB { return s.sqlDB }

// Ping checks that the database answers.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.sqlDB.PingContext(ctx); err != nil {
		return fmt.Errorf("ping %s database: %w", s.dialect, err)
	}
	return nil
}

// Migrate applies pending schema migrations.
func (s *Store) Migrate(ctx context.Context) ([]migrations.Applied, error) {
	return migrations.Up(ctx, s.sqlDB, s.dialect)
}

// Close closes the prepared statements and the connection pool.
func (s *Store) Close() error {
	if s.stmts != nil {
		s.stmts.close()
	}
	return s.sqlDB.Close()
}

// Tx runs fn in one database transaction: every Store method called on the Store that fn
// receives is part of it. fn's error (or a panic) rolls everything back.
func (s *Store) Tx(ctx context.Context, fn func(tx *Store) error) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		return fn(&Store{db: tx, sqlDB: s.sqlDB, dialect: s.dialect, now: s.now})
	})
}

// q starts a query bound to ctx.
func (s *Store) q(ctx context.Context) *gorm.DB { return s.db.WithContext(ctx) }

// translate maps gorm errors to the store's sentinels, with what for context.
func translate(err error, what string) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, gorm.ErrRecordNotFound):
		return fmt.Errorf("%s: %w", what, ErrNotFound)
	case errors.Is(err, gorm.ErrDuplicatedKey):
		return fmt.Errorf("%s: %w", what, ErrDuplicate)
	default:
		return fmt.Errorf("%s: %w", what, err)
	}
}

// stmtCache prepares each hot statement once on the pool; database/sql re-prepares it on each
// connection the first time that connection runs it. A failed prepare (for example before
// migration) is not remembered, so the next call tries again.
type stmtCache struct {
	db *sql.DB
	mu sync.Mutex
	m  map[string]*sql.Stmt
}

func (c *stmtCache) get(ctx context.Context, query string) (*sql.Stmt, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if st, ok := c.m[query]; ok {
		return st, nil
	}
	st, err := c.db.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	c.m[query] = st
	return st, nil
}

func (c *stmtCache) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for q, st := range c.m {
		_ = st.Close()
		delete(c.m, q)
	}
}
