package main

import (
	"context"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/swarmgate/swarmgate/migrations"
	"github.com/swarmgate/swarmgate/store"
)

// migrateCmd is `swarmgate migrate`: the gateway database schema.
type migrateCmd struct {
	Up     migrateUpCmd     `cmd:"" help:"Apply every pending schema migration to the gateway database (safe to run while other gateways start)."`
	Status migrateStatusCmd `cmd:"" help:"List the schema migrations and whether the gateway database has each."`
}

// dbFlags name the gateway database.
type dbFlags struct {
	Database string `name:"database" placeholder:"DSN" help:"Gateway database: a postgres:// URL, or an SQLite file path; empty means SQLite in --data-dir."`
	DataDir  string `name:"data-dir" default:"swarmgate-data" placeholder:"DIR" help:"Directory for the gateway's SQLite database and content store."`
}

func (f dbFlags) open(ctx context.Context, g *globals) (*store.Store, error) {
	return store.Open(ctx, store.Config{DSN: f.Database, DataDir: f.DataDir, Logger: g.logger()})
}

type migrateUpCmd struct {
	dbFlags
}

// Run applies pending migrations.
func (c *migrateUpCmd) Run(ctx context.Context, g *globals) error {
	st, err := c.open(ctx, g)
	if err != nil {
		return err
	}
	defer st.Close()
	applied, err := st.Migrate(ctx)
	if err != nil {
		return err
	}
	if g.JSON {
		return g.printJSON(struct {
			Dialect migrations.Dialect   `json:"dialect"`
			Applied []migrations.Applied `json:"applied"`
		}{st.Dialect(), applied})
	}
	if len(applied) == 0 {
		fmt.Fprintf(g.out(), "%s schema is up to date\n", st.Dialect())
		return nil
	}
	for _, a := range applied {
		fmt.Fprintf(g.out(), "applied %s (%s)\n", a.Name, a.Duration.Round(time.Millisecond))
	}
	return nil
}

type migrateStatusCmd struct {
	dbFlags
}

// Run prints each migration and whether it is applied.
func (c *migrateStatusCmd) Run(ctx context.Context, g *globals) error {
	st, err := c.open(ctx, g)
	if err != nil {
		return err
	}
	defer st.Close()
	ms, err := migrations.Status(ctx, st.SQL(), st.Dialect())
	if err != nil {
		return err
	}
	pending := 0
	for _, m := range ms {
		if !m.Applied {
			pending++
		}
	}
	if g.JSON {
		return g.printJSON(struct {
			Dialect    migrations.Dialect     `json:"dialect"`
			Pending    int                    `json:"pending"`
			Migrations []migrations.Migration `json:"migrations"`
		}{st.Dialect(), pending, ms})
	}
	tw := tabwriter.NewWriter(g.out(), 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "VERSION\tNAME\tSTATE\tAPPLIED AT")
	for _, m := range ms {
		state, at := "pending", "-"
		if m.Applied {
			state = "applied"
			if m.AppliedAt != nil {
				at = m.AppliedAt.Format(time.RFC3339)
			}
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\n", m.Version, m.Name, state, at)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if pending > 0 {
		fmt.Fprintf(g.errw(), "%d migration(s) pending: run 'swarmgate migrate up'\n", pending)
	}
	return nil
}
