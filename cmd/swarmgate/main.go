// Command swarmgate is the one Swarmgate binary: the gateway, the seeder node, the dev chain and
// the tools creators, viewers and operators use. Commands read `swarmgate <noun> <verb>`; every
// flag can also be set through an environment variable SWARMGATE_<FLAG>, which --help names.
// Results go to stdout (as JSON with --json); logs and progress go to stderr.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/alecthomas/kong"
)

// cli is the command tree. Each noun lives in its own file.
type cli struct {
	globals

	Gateway gatewayCmd `cmd:"" help:"Run the gateway that creators upload to and viewers get keys from."`
	Migrate migrateCmd `cmd:"" help:"Manage the gateway database schema."`

	Version kong.VersionFlag `help:"Print the version and exit."`
}

func main() {
	os.Exit(run(os.Args[1:]))
}

// run parses args, runs the chosen command and returns the process exit code: 0 on success,
// 1 when the command failed, 2 when the command line itself was wrong.
func run(args []string) int {
	var c cli
	parser, err := newParser(&c)
	if err != nil {
		fmt.Fprintln(os.Stderr, "swarmgate:", err)
		return 1
	}
	kctx, err := parser.Parse(args)
	if err != nil {
		fmt.Fprintf(os.Stderr, "swarmgate: %v\nRun 'swarmgate --help' for usage.\n", err)
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	kctx.BindTo(ctx, (*context.Context)(nil))
	if err := kctx.Run(&c.globals); err != nil {
		if errors.Is(err, context.Canceled) && ctx.Err() != nil {
			return 130
		}
		fmt.Fprintln(os.Stderr, "swarmgate:", err)
		return 1
	}
	return 0
}

func newParser(c *cli) (*kong.Kong, error) {
	return kong.New(c,
		kong.Name("swarmgate"),
		kong.Description("Sell video that is delivered peer to peer: encrypted content, a BitTorrent swarm, payments and entitlement on an EVM chain."),
		kong.UsageOnError(),
		kong.DefaultEnvars("SWARMGATE"),
		kong.ConfigureHelp(kong.HelpOptions{Compact: true}),
		kong.Vars{"version": version},
		kong.Exit(func(code int) { os.Exit(code) }),
	)
}

// version is set at link time: -ldflags "-X main.version=…".
var version = "dev"
