package migrations

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"path"
	"time"

	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"
)

//go:embed sqlite/*.sql postgres/*.sql
var files embed.FS

// Dialect names a supported SQL database.
type Dialect string

// The supported dialects.
const (
	SQLite   Dialect = "sqlite"
	Postgres Dialect = "postgres"
)

// ErrUnknownDialect is returned for a dialect other than SQLite and Postgres.
var ErrUnknownDialect = errors.New("unknown database dialect")

// lockPoll is how often a waiting gateway retries the PostgreSQL migration lock, and lockTries
// how often before it gives up (10 minutes in all: longer than any migration should take).
const (
	lockPoll  = 1 // seconds
	lockTries = 600
)

// FS returns the migration files of one dialect, for inspection and tests.
func FS(d Dialect) (fs.FS, error) {
	switch d {
	case SQLite, Postgres:
		return fs.Sub(files, string(d))
	default:
		return nil, fmt.Errorf("%w %q: use %q or %q", ErrUnknownDialect, d, SQLite, Postgres)
	}
}

// Provider returns a goose provider for db. Most callers want Up, Status or HasPending; the
// provider is for tests and tools that step through versions (Down, UpTo, ApplyVersion).
func Provider(db *sql.DB, d Dialect, logger *slog.Logger) (*goose.Provider, error) {
	fsys, err := FS(d)
	if err != nil {
		return nil, err
	}
	opts := []goose.ProviderOption{goose.WithDisableGlobalRegistry(true)}
	if logger != nil {
		opts = append(opts, goose.WithSlog(logger))
	}
	var gd goose.Dialect
	switch d {
	case SQLite:
		gd = goose.DialectSQLite3
	case Postgres:
		gd = goose.DialectPostgres
		locker, err := lock.NewPostgresSessionLocker(lock.WithLockTimeout(lockPoll, lockTries))
		if err != nil {
			return nil, fmt.Errorf("migration lock: %w", err)
		}
		opts = append(opts, goose.WithSessionLocker(locker))
	}
	p, err := goose.NewProvider(gd, db, fsys, opts...)
	if err != nil {
		return nil, fmt.Errorf("load %s migrations: %w", d, err)
	}
	return p, nil
}

// Applied is one migration that Up applied.
type Applied struct {
	Version  int64         `json:"version"`
	Name     string        `json:"name"`
	Duration time.Duration `json:"duration_ns"`
}

// Up applies every pending migration and reports what it applied (nothing when the schema is
// current). On PostgreSQL it holds an advisory lock while it works.
func Up(ctx context.Context, db *sql.DB, d Dialect) ([]Applied, error) {
	p, err := Provider(db, d, nil)
	if err != nil {
		return nil, err
	}
	res, err := p.Up(ctx)
	if err != nil {
		return nil, fmt.Errorf("apply %s migrations: %w", d, err)
	}
	out := make([]Applied, 0, len(res))
	for _, r := range res {
		out = append(out, Applied{Version: r.Source.Version, Name: path.Base(r.Source.Path), Duration: r.Duration})
	}
	return out, nil
}

// Migration is the state of one migration file in one database.
type Migration struct {
	Version int64  `json:"version"`
	Name    string `json:"name"`
	// Applied is true when the migration has been applied; AppliedAt says when.
	Applied   bool       `json:"applied"`
	AppliedAt *time.Time `json:"applied_at,omitempty"`
}

// Status lists every migration file and whether the database has it.
func Status(ctx context.Context, db *sql.DB, d Dialect) ([]Migration, error) {
	p, err := Provider(db, d, nil)
	if err != nil {
		return nil, err
	}
	st, err := p.Status(ctx)
	if err != nil {
		return nil, fmt.Errorf("read %s migration status: %w", d, err)
	}
	out := make([]Migration, 0, len(st))
	for _, s := range st {
		m := Migration{Version: s.Source.Version, Name: path.Base(s.Source.Path), Applied: s.State == goose.StateApplied}
		if m.Applied && !s.AppliedAt.IsZero() {
			at := s.AppliedAt.UTC()
			m.AppliedAt = &at
		}
		out = append(out, m)
	}
	return out, nil
}

// HasPending reports whether some migration has not been applied yet.
func HasPending(ctx context.Context, db *sql.DB, d Dialect) (bool, error) {
	p, err := Provider(db, d, nil)
	if err != nil {
		return false, err
	}
	pending, err := p.HasPending(ctx)
	if err != nil {
		return false, fmt.Errorf("check %s migrations: %w", d, err)
	}
	return pending, nil
}
