// Command swarmgate is the one Swarmgate binary: the gateway, the seeder node, the dev chain and
// the tools creators, viewers and operators use. Commands read `swarmgate <noun> <verb>`; every
// flag can also be set through an environment variable SWARMGATE_<FLAG>, which --help names.
// Results go to stdout (as JSON with --json); logs and progress go to stderr.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/alecthomas/kong"
)

// cli is the command tree. Each noun lives in its own file.
type cli struct {
	globals

	Demo      demoCmd      `cmd:"" help:"Run the whole platform on this machine, offline: dev chain, gateway, seeders, and a paid video a demo viewer can watch at once; prints what to try."`
	Wallet    walletCmd    `cmd:"" help:"Create, import and list Ethereum accounts (go-ethereum keystore files)."`
	Devnet    devnetCmd    `cmd:"" help:"Run a local development chain (chain id 1337) with funded dev accounts, until Ctrl-C."`
	Auth      authCmd      `cmd:"" help:"Sign in to a gateway (EIP-4361) with a keystore account; show or end the cached session."`
	Content   contentCmd   `cmd:"" help:"Upload content to a gateway with a price and change its policy; seal and open files locally."`
	Channel   channelCmd   `cmd:"" help:"Set your channel subscription: one payment opens every item of yours that allows subscribers."`
	Revenue   revenueCmd   `cmd:"" help:"Show and withdraw the sales revenue the registry owes you, per currency."`
	Gateway   gatewayCmd   `cmd:"" help:"Run the gateway that creators upload to and viewers get keys from."`
	Migrate   migrateCmd   `cmd:"" help:"Manage the gateway database schema."`
	Contracts contractsCmd `cmd:"" help:"Deploy Swarmgate's contracts to an EVM chain, and check a deployment."`
	Seeder    seederCmd    `cmd:"" help:"Run the earning node that seeds content for bandwidth receipts, and report and withdraw its earnings."`
	Watch     watchCmd     `cmd:"" help:"Watch an item: unlock its key, stream it from the paid swarm and serve it on a local URL with seeking (for mpv, VLC or a browser)."`
	Get       getCmd       `cmd:"" help:"Download an item from the paid swarm, decrypt it, check it against the chain and write it to a file."`
	Access    accessCmd    `cmd:"" help:"Buy access to an item (for yourself or as a gift) and show who has access."`
	Escrow    escrowCmd    `cmd:"" help:"Deposit into, show and withdraw the bandwidth escrow that seeders are paid from."`

	Version kong.VersionFlag `env:"-" help:"Print the version and exit."`
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// exitRequest carries kong's exit code (after --help or --version) out of the parser.
type exitRequest int

// run parses args, runs the chosen command with results on stdout and logs on stderr, and
// returns the process exit code: 0 on success, 1 when the command failed, 2 when the command
// line itself was wrong, 130 when ctx was cancelled (Ctrl-C).
func run(ctx context.Context, args []string, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(exitRequest)
			if !ok {
				panic(r)
			}
			code = int(e)
		}
	}()
	var c cli
	c.globals.stdout, c.globals.stderr = stdout, stderr
	parser, err := newParser(&c, kong.Writers(stdout, stderr), kong.Exit(func(code int) { panic(exitRequest(code)) }))
	if err != nil {
		fmt.Fprintln(stderr, "swarmgate:", err)
		return 1
	}
	kctx, err := parser.Parse(args)
	if err != nil {
		fmt.Fprintf(stderr, "swarmgate: %v\nRun 'swarmgate --help' for usage.\n", err)
		return 2
	}
	kctx.BindTo(ctx, (*context.Context)(nil))
	if err := kctx.Run(&c.globals); err != nil {
		if errors.Is(err, context.Canceled) && ctx.Err() != nil {
			return 130
		}
		fmt.Fprintln(stderr, "swarmgate:", err)
		return 1
	}
	return 0
}

// newParser builds the command-line parser over c.
func newParser(c *cli, opts ...kong.Option) (*kong.Kong, error) {
	return kong.New(c, append([]kong.Option{
		kong.Name("swarmgate"),
		kong.Description("Sell video that is delivered peer to peer: encrypted content, a BitTorrent swarm, payments and entitlement on an EVM chain."),
		kong.UsageOnError(),
		kong.DefaultEnvars("SWARMGATE"),
		kong.ConfigureHelp(kong.HelpOptions{Compact: true}),
		kong.Vars{"version": version},
	}, opts...)...)
}

// version is set at link time: -ldflags "-X main.version=…".
var version = "dev"
