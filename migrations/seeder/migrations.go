// Package seeder owns the seeder node's database schema: numbered SQLite files, embedded in the
// binary and applied with goose when the node opens its database. It is a separate migration
// set from the gateway's (package migrations): a seeder's database lives on the seeder's own
// machine and shares nothing with a gateway's.
package seeder

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"path"

	"github.com/pressly/goose/v3"
)

//go:embed sqlite/*.sql
var files embed.FS

// FS returns the migration files, for inspection and tests.
func FS() fs.FS {
	sub, err := fs.Sub(files, "sqlite")
	if err != nil {
		panic(err) // the embedded directory always exists
	}
	return sub
}

// Provider returns a goose provider for db, for tools and tests that step through versions.
func Provider(db *sql.DB) (*goose.Provider, error) {
	p, err := goose.NewProvider(goose.DialectSQLite3, db, FS(), goose.WithDisableGlobalRegistry(true))
	if err != nil {
		return nil, fmt.Errorf("load seeder migrations: %w", err)
	}
	return p, nil
}

// Up applies every pending migration and returns the names of those it applied.
func Up(ctx context.Context, db *sql.DB) ([]string, error) {
	p, err := Provider(db)
	if err != nil {
		return nil, err
	}
	res, err := p.Up(ctx)
	if err != nil {
		return nil, fmt.Errorf("apply seeder migrations: %w", err)
	}
	out := make([]string, 0, len(res))
	for _, r := range res {
		out = append(out, path.Base(r.Source.Path))
	}
	return out, nil
}

// HasPending reports whether some migration has not been applied yet.
func HasPending(ctx context.Context, db *sql.DB) (bool, error) {
	p, err := Provider(db)
	if err != nil {
		return false, err
	}
	return p.HasPending(ctx)
}
