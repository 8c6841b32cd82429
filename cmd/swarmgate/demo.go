package main

import (
	"bytes"
	"context"
	"crypto/rand"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/alecthomas/kong"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/devchain"
	"github.com/swarmgate/swarmgate/chain/wallet"
)

// demoClip is the video the demo sells: 10 s of ffmpeg's testsrc2 pattern (640x360, 25 fps,
// H.264) with a 440 Hz tone (AAC), index at the front, made with
//
//	ffmpeg -f lavfi -i testsrc2=size=640x360:rate=25 -f lavfi -i sine=frequency=440:sample_rate=44100 \
//	  -t 10 -c:v libx264 -preset veryslow -crf 30 -pix_fmt yuv420p -c:a aac -b:a 64k \
//	  -movflags +faststart -metadata title="Swarmgate demo clip" clip.mp4
//
//go:embed demo/clip.mp4
var demoClip []byte

// What the demo sets up. The item is sold for good at demoPrice ETH; the viewer gets
// demoDeposit ETH of bandwidth escrow; the seeders and the gateway's origin ask demoSeederPrice
// wei per GiB (0.005 ETH, below watch's default --max-price of 0.01), so whoever serves the
// viewer is paid.
const (
	demoTitle       = "Swarmgate demo clip"
	demoPrice       = "0.001"
	demoDeposit     = "0.01"
	demoSeederPrice = "5000000000000000"
	demoSeeders     = 2
	demoStateFile   = "demo.json"
	demoStateV      = 1
)

// demoFunding is what each demo account (creator, viewer, relayer) is given from dev account 0,
// and demoLowBalance the balance under which it is topped up again.
var (
	demoFunding    = new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))
	demoLowBalance = new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18))
	demoMinEscrow  = big.NewInt(5e15) // 0.005 ETH: below it the viewer's escrow is refilled
)

// errDemoMismatch means the data directory's chain and gateway database no longer belong
// together (one was removed or replaced): the demo never runs one without the other.
var errDemoMismatch = errors.New("the demo's dev chain and gateway database do not belong together")

// demoCmd is `swarmgate demo`: the whole platform on this machine, with an item for sale and a
// viewer who owns it.
type demoCmd struct {
	DataDir string `name:"data-dir" default:"swarmgate-demo" type:"path" placeholder:"DIR" help:"Directory for everything the demo keeps: the dev chain, the gateway's SQLite database and content, the seeders' databases, the keystores and the passphrase file, the log (demo.log). Run the demo again on it to go on where it stopped. Default: ./swarmgate-demo."`
	Listen  string `default:"127.0.0.1:8080" placeholder:"HOST:PORT" help:"Address the gateway serves HTTP on (port 0 picks a free one). Default: 127.0.0.1:8080."`
	RPCPort int    `name:"rpc-port" default:"8545" placeholder:"PORT" help:"Port of the dev chain's JSON-RPC on 127.0.0.1 (0 picks a free one). Default: 8545."`
	Fresh   bool   `help:"Start afresh: delete the chain, database, keystores and seeders a previous demo left in --data-dir first (only a directory the demo created)."`
}

// Help is shown by `swarmgate demo --help`.
func (c *demoCmd) Help() string {
	return `Starts, in this one process and offline: a dev chain (chain id 1337, PUBLIC dev keys) with
the contracts, a gateway on SQLite with its origin seeder and tracker, two seeder nodes that
join it, a creator and a viewer account (keystores, passphrase in a file, both funded), and a
short video uploaded by the creator with a price, registered gaslessly and listed. The viewer
has bought it and deposited into the bandwidth escrow, so the printed 'swarmgate watch' command
plays a paid video at once. Prints what runs where and the commands to try; runs until Ctrl-C.

Running it again on the same --data-dir goes on with the same chain, catalog and accounts;
--fresh starts over. Logs go to DATA-DIR/demo.log.

Environment: SWARMGATE_DATA_DIR, SWARMGATE_LISTEN, SWARMGATE_RPC_PORT, SWARMGATE_FRESH (and
SWARMGATE_JSON, SWARMGATE_LOG_LEVEL, SWARMGATE_LOG_FORMAT for the global flags). The demo runs
the other commands in-process, so their SWARMGATE_… variables (SWARMGATE_CONFIG,
SWARMGATE_MASTER_KEY, SWARMGATE_KEYSTORE, …) reach its gateway and seeders too: unset them
first.`
}

// demoState is DATA-DIR/demo.json: what a later run needs to go on, and the proof that the
// directory is the demo's.
type demoState struct {
	Version     int            `json:"version"`
	Ready       bool           `json:"ready"` // false until the first run has listed the item
	ContentID   string         `json:"content_id,omitempty"`
	Registry    common.Address `json:"registry"`
	SeederPorts []int          `json:"seeder_ports,omitempty"`
}

// demoLayout names the files and directories of a demo data directory.
type demoLayout struct{ dir string }

func (l demoLayout) path(p ...string) string { return filepath.Join(append([]string{l.dir}, p...)...) }
func (l demoLayout) state() string           { return l.path(demoStateFile) }
func (l demoLayout) chain() string           { return l.path("chain") }
func (l demoLayout) gateway() string         { return l.path("gateway") }
func (l demoLayout) deployment() string      { return l.path("deployment.json") }
func (l demoLayout) keystore(role string) string {
	return l.path("keys", role)
}
func (l demoLayout) passphrase() string   { return l.path("keys", "passphrase") }
func (l demoLayout) seeder(i int) string  { return l.path(fmt.Sprintf("seeder-%d", i+1)) }
func (l demoLayout) sessions() string     { return l.path("sessions.json") }
func (l demoLayout) log() string          { return l.path("demo.log") }
func (l demoLayout) clip() string         { return l.path("clip.mp4") }
func (l demoLayout) uploadsState() string { return l.path("uploads.json") }
func (l demoLayout) gatewayDB() string    { return l.path("gateway", "gateway.db") }
func (l demoLayout) masterKey() string    { return l.path("gateway", "master.key") }
func (l demoLayout) entries() []string {
	return []string{demoStateFile, "chain", "gateway", "keys", "seeder-1", "seeder-2", "deployment.json",
		"sessions.json", "uploads.json", "clip.mp4"}
}

// demoAccount is an account the demo created, as printed.
type demoAccount struct {
	Address  string `json:"address"`
	Keystore string `json:"keystore"`
}

// demoSeeder is one running seeder node, as printed.
type demoSeeder struct {
	Address   string `json:"address"`
	Endpoint  string `json:"endpoint"`
	StatusURL string `json:"status_url"`
	DataDir   string `json:"data_dir"`
}

// demoCommands are the commands the demo suggests, ready to paste.
type demoCommands struct {
	Watch     string   `json:"watch"`
	Get       string   `json:"get"`
	List      string   `json:"list"`
	AccessBuy string   `json:"access_buy"`
	Deposit   string   `json:"escrow_deposit"`
	Earnings  []string `json:"earnings"`
}

// demoInfo is what `swarmgate demo` prints once everything runs (--json prints it as one
// object).
type demoInfo struct {
	GatewayURL     string       `json:"gateway_url"`
	WebURL         string       `json:"web_url"`
	RPCURL         string       `json:"rpc_url"`
	ChainID        uint64       `json:"chain_id"`
	Registry       string       `json:"registry"`
	Escrow         string       `json:"escrow"`
	StartBlock     uint64       `json:"start_block"`
	DataDir        string       `json:"data_dir"`
	Deployment     string       `json:"deployment"`
	LogFile        string       `json:"log_file"`
	ContentID      string       `json:"content_id"`
	Title          string       `json:"title"`
	Price          string       `json:"price"`
	Creator        demoAccount  `json:"creator"`
	Viewer         demoAccount  `json:"viewer"`
	ViewerEscrow   string       `json:"viewer_escrow"`
	PassphraseFile string       `json:"passphrase_file"`
	Seeders        []demoSeeder `json:"seeders"`
	Resumed        bool         `json:"resumed"`
	Commands       demoCommands `json:"commands"`
	Warning        string       `json:"warning"`
}

// demoComponent is a command the demo runs in-process until it is told to stop.
type demoComponent struct {
	name string
	stop context.CancelFunc
	done chan error
}

func (c *demoCmd) validate() (host string, port int, err error) {
	var problems []string
	h, p, splitErr := net.SplitHostPort(c.Listen)
	if splitErr != nil {
		problems = append(problems, fmt.Sprintf("--listen %q is not HOST:PORT (127.0.0.1:8080)", c.Listen))
	} else {
		n, perr := strconv.Atoi(p)
		if perr != nil || n < 0 || n > 65535 {
			problems = append(problems, fmt.Sprintf("--listen %q: port %q is not a number from 0 to 65535", c.Listen, p))
		}
		if h != "" && net.ParseIP(h) == nil && h != "localhost" {
			problems = append(problems, fmt.Sprintf("--listen %q: host %q is not an IP address (127.0.0.1, or 0.0.0.0 for every interface)", c.Listen, h))
		}
		host, port = h, n
	}
	if c.RPCPort < 0 || c.RPCPort > 65535 {
		problems = append(problems, fmt.Sprintf("--rpc-port %d is not a port from 0 (any free port) to 65535", c.RPCPort))
	}
	if strings.TrimSpace(c.DataDir) == "" {
		problems = append(problems, "--data-dir is empty: give a directory for the demo's chain, database and keys")
	}
	if len(problems) > 0 {
		return "", 0, errors.New(strings.Join(problems, "; "))
	}
	return host, port, nil
}

// Run sets the platform up (or takes it up again from the data directory), prints the summary
// and runs until ctx ends; then it stops the seeders, the gateway and the chain, in that order.
func (c *demoCmd) Run(ctx context.Context, g *globals) (err error) {
	host, port, err := c.validate()
	if err != nil {
		return err
	}
	// Closing the terminal stops the demo cleanly too: the dev chain writes its state only when
	// it is closed, and a chain killed mid-run reopens without its latest blocks (the demo then
	// finds the database ahead of it and asks for --fresh).
	ctx, stopHangup := signal.NotifyContext(ctx, syscall.SIGHUP)
	defer stopHangup()
	r := &demoRun{cmd: c, g: g, lay: demoLayout{dir: c.DataDir}, failed: make(chan *demoComponent, demoSeeders+1)}
	if r.st, err = prepareDemoDir(r.lay, c.Fresh); err != nil {
		return err
	}
	r.resumed = r.st != nil
	if !r.resumed {
		// Marks the directory as the demo's before anything else is written to it, so that a
		// first run that fails halfway is started afresh by the next.
		r.st = &demoState{Version: demoStateV}
		if err := writeDemoState(r.lay, r.st); err != nil {
			return err
		}
	}
	if r.logFile, err = os.OpenFile(r.lay.log(), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600); err != nil {
		return fmt.Errorf("open the demo log: %w", err)
	}
	defer r.logFile.Close()
	r.sub = &globals{LogLevel: g.LogLevel, LogFormat: g.LogFormat, stdout: io.Discard, stderr: r.logFile}
	r.log = r.sub.logger().With("component", "demo")

	if err := r.openChain(ctx); err != nil {
		return err
	}
	defer r.dc.Close()
	defer func() {
		if serr := r.stopAll(); err == nil {
			err = serr
		}
	}()
	if err := r.fundAccounts(ctx); err != nil {
		return err
	}
	if err := r.startGateway(ctx, host, port); err != nil {
		return err
	}
	id, err := r.ensureItem(ctx)
	if err != nil {
		return err
	}
	escrow, err := r.ensureViewer(ctx, id)
	if err != nil {
		return err
	}
	seeders, err := r.startSeeders(ctx)
	if err != nil {
		return err
	}

	lay, dep := r.lay, r.dep
	info := demoInfo{
		GatewayURL: r.gwURL, WebURL: r.gwURL + "/", RPCURL: r.dc.RPCURL(), ChainID: r.dc.ChainID(),
		Registry: dep.Registry.Hex(), Escrow: dep.Escrow.Hex(), StartBlock: dep.StartBlock,
		DataDir: lay.dir, Deployment: lay.deployment(), LogFile: lay.log(), ContentID: r.st.ContentID,
		Title: demoTitle, Price: demoPrice + " ETH",
		Creator:        demoAccount{Address: r.accts["creator"].Hex(), Keystore: lay.keystore("creator")},
		Viewer:         demoAccount{Address: r.accts["viewer"].Hex(), Keystore: lay.keystore("viewer")},
		ViewerEscrow:   formatAmount(escrow, 18) + " ETH",
		PassphraseFile: lay.passphrase(), Seeders: seeders, Resumed: r.resumed, Warning: devnetKeyWarning,
	}
	info.Commands = demoCommandLines(info, lay)
	if err := printDemo(g, info); err != nil {
		return err
	}
	r.say("The demo is running. Press Ctrl-C to stop it; run it again to go on, or with --fresh to start over.")

	select {
	case <-ctx.Done():
		r.say("stopping the seeders, the gateway and the chain …")
		return nil
	case comp := <-r.failed:
		err := <-comp.done
		comp.done <- err
		if err == nil {
			err = errors.New("stopped")
		}
		return fmt.Errorf("the demo's %s stopped (see %s): %w", comp.name, lay.log(), err)
	}
}

// demoRun is one run of the demo: what it opened and started, in order.
type demoRun struct {
	cmd     *demoCmd
	g       *globals
	lay     demoLayout
	st      *demoState
	resumed bool
	logFile *os.File
	sub     *globals // the in-process commands': logs to logFile
	log     *slog.Logger

	dc     *devchain.Chain
	dep    chain.Deployment
	client *chain.Client
	accts  map[string]common.Address // creator, viewer, relayer

	gwURL  string
	comps  []*demoComponent // gateway first, then the seeders
	failed chan *demoComponent
}

// say tells the user on stderr what the demo is doing.
func (r *demoRun) say(format string, args ...any) { fmt.Fprintf(r.g.errw(), format+"\n", args...) }

// openChain starts the dev chain kept in DATA-DIR/chain, with the database and never without
// it, and deploys the contracts on a new one or checks that a kept one still holds them.
func (r *demoRun) openChain(ctx context.Context) error {
	r.say("starting the dev chain in %s …", r.lay.chain())
	dc, err := devchain.New(devchain.Config{DataDir: r.lay.chain(), HTTPPort: r.cmd.RPCPort, Logger: r.log})
	if err != nil {
		return err
	}
	if err := dc.Start(ctx); err != nil {
		if errors.Is(err, devchain.ErrPortInUse) {
			return fmt.Errorf("start the dev chain: %w; give the demo another --rpc-port (0 picks a free one)", err)
		}
		if errors.Is(err, devchain.ErrDataDir) && r.resumed {
			return fmt.Errorf("start the dev chain: %w (is another demo running on this --data-dir? stop it first)", err)
		}
		return fmt.Errorf("start the dev chain: %w", err)
	}
	r.dc = dc
	if r.resumed {
		if r.dep, err = chain.ReadDeployment(r.lay.deployment()); err != nil {
			dc.Close()
			return fmt.Errorf("%w: %v; run 'swarmgate demo --fresh' to start both afresh", errDemoMismatch, err)
		}
		if err := chain.CheckDeployment(ctx, dc.Client(), r.dep); err != nil || r.dep.Registry != r.st.Registry {
			dc.Close()
			return fmt.Errorf("%w: the chain in %s does not hold the contracts the gateway's catalog was built on (%v); run 'swarmgate demo --fresh' to start both afresh",
				errDemoMismatch, r.lay.chain(), err)
		}
	} else {
		if r.dep, _, err = deployDevContracts(ctx, dc, r.lay.deployment(), false, devUnlockDelay, r.log); err != nil {
			dc.Close()
			return fmt.Errorf("deploy the contracts to the dev chain: %w", err)
		}
		r.st.Registry = r.dep.Registry
		if err := writeDemoState(r.lay, r.st); err != nil {
			dc.Close()
			return err
		}
	}
	r.client = chain.NewClient(dc.Client(), r.dep, chain.Config{Poll: devchain.Poll, Logger: r.log})
	return nil
}

// fundAccounts makes (once) the creator's, the viewer's and the gateway relayer's keystores
// under one passphrase file, and tops them up from dev account 0.
func (r *demoRun) fundAccounts(ctx context.Context) error {
	pass, err := demoPassphrase(r.lay)
	if err != nil {
		return err
	}
	r.accts = map[string]common.Address{}
	for _, role := range []string{"creator", "viewer", "relayer"} {
		if r.accts[role], err = demoKeystore(r.lay.keystore(role), pass); err != nil {
			return fmt.Errorf("the %s's keystore: %w", role, err)
		}
		if err := demoFund(ctx, r.dc, r.accts[role]); err != nil {
			return fmt.Errorf("fund the %s %s: %w", role, r.accts[role].Hex(), err)
		}
	}
	return nil
}

// start runs a long-lived command in this process until stopAll; a command that ends by itself
// is reported on r.failed.
func (r *demoRun) start(ctx context.Context, name string, args ...string) *demoComponent {
	cctx, stop := context.WithCancel(context.WithoutCancel(ctx))
	comp := &demoComponent{name: name, stop: stop, done: make(chan error, 1)}
	go func() {
		err := runSub(cctx, r.sub, io.Discard, r.logFile, args...)
		if cctx.Err() == nil {
			r.failed <- comp
		}
		comp.done <- err
	}()
	r.comps = append(r.comps, comp)
	return comp
}

// stopAll stops what start started, in reverse order (the seeders, then the gateway), and
// returns the first failure other than the cancellation.
func (r *demoRun) stopAll() error {
	var first error
	for i := len(r.comps) - 1; i >= 0; i-- {
		r.comps[i].stop()
		if err := <-r.comps[i].done; err != nil && !errors.Is(err, context.Canceled) && first == nil {
			first = fmt.Errorf("%s: %w", r.comps[i].name, err)
		}
	}
	r.comps = nil
	return first
}

// startGateway runs `gateway run` on the dev chain's RPC URL and SQLite in DATA-DIR/gateway,
// relaying with the relayer's keystore, which also receives the origin seeder's pay (at the
// seeders' price), and waits until it answers.
func (r *demoRun) startGateway(ctx context.Context, host string, port int) error {
	gwURL, listen, err := demoGatewayAddr(host, port)
	if err != nil {
		return err
	}
	if err := ensureDevMasterKey(r.lay.masterKey(), r.log); err != nil {
		return err
	}
	originAddr, err := freeLoopbackAddr()
	if err != nil {
		return err
	}
	r.say("starting the gateway at %s …", gwURL)
	r.gwURL = gwURL
	r.start(ctx, "gateway", "gateway", "run", "--listen", listen, "--public-url", gwURL, "--data-dir", r.lay.gateway(),
		"--database", "", "--master-key-file", r.lay.masterKey(), "--rpc-url", r.dc.RPCURL(), "--deployment", r.lay.deployment(),
		"--public-rpc-url", r.dc.RPCURL(), "--relayer-keystore", r.lay.keystore("relayer"), "--passphrase-file", r.lay.passphrase(),
		"--origin-listen", originAddr, "--origin-price-per-gib", demoSeederPrice, "--index-poll", "200ms", "--confirmations", "0")
	if err := r.wait(ctx, 90*time.Second, func() bool { return httpOK(gwURL + "/healthz") }); err != nil {
		if strings.Contains(err.Error(), "address already in use") {
			return fmt.Errorf("the gateway did not start: %w; give the demo another --listen address (127.0.0.1:0 picks a free port)", err)
		}
		return fmt.Errorf("the gateway did not start (see %s): %w", r.lay.log(), err)
	}
	return nil
}

// ensureItem has the creator upload the clip with a price and register it gaslessly (`content
// upload`, once), and checks that the chain and the catalog both know it.
func (r *demoRun) ensureItem(ctx context.Context) (*big.Int, error) {
	if r.st.ContentID == "" {
		r.say("uploading the demo clip as the creator (sealed, registered gaslessly, listed) …")
		if err := os.WriteFile(r.lay.clip(), demoClip, 0o600); err != nil {
			return nil, err
		}
		var out bytes.Buffer
		if err := runSub(ctx, r.sub, &out, r.logFile, "--json", "content", "upload", r.lay.clip(), "--title", demoTitle,
			"--description", "Ten seconds of a test pattern and a 440 Hz tone, sold by the Swarmgate demo.",
			"--price", demoPrice, "--gateway", r.gwURL, "--keystore", r.lay.keystore("creator"), "--passphrase-file", r.lay.passphrase(),
			"--dev-key", "", "--from", "", "--rpc-url", r.dc.RPCURL(), "--deployment", r.lay.deployment(),
			"--session-file", r.lay.sessions(), "--state-file", r.lay.uploadsState()); err != nil {
			return nil, fmt.Errorf("upload the demo clip: %w", err)
		}
		var res uploadResult
		if err := json.Unmarshal(out.Bytes(), &res); err != nil || res.ContentID == "" {
			return nil, fmt.Errorf("upload the demo clip: unexpected answer %q", out.String())
		}
		r.st.ContentID = res.ContentID
		if err := writeDemoState(r.lay, r.st); err != nil {
			return nil, err
		}
	}
	id, _ := new(big.Int).SetString(r.st.ContentID, 10)
	if id == nil {
		return nil, fmt.Errorf("%w: %s names content %q, not a number; run 'swarmgate demo --fresh'", errDemoMismatch, r.lay.state(), r.st.ContentID)
	}
	if _, err := r.client.Content(ctx, id); err != nil {
		return nil, fmt.Errorf("%w: content %s is not in the chain's registry (%v); run 'swarmgate demo --fresh' to start both afresh", errDemoMismatch, id, err)
	}
	if err := r.wait(ctx, 30*time.Second, func() bool { return httpOK(r.gwURL + "/v1/content/" + r.st.ContentID) }); err != nil {
		return nil, fmt.Errorf("%w: the gateway's catalog does not list content %s (%v); run 'swarmgate demo --fresh' to start both afresh", errDemoMismatch, id, err)
	}
	return id, nil
}

// ensureViewer has the viewer own the item (`access buy`) and hold at least demoMinEscrow in
// the bandwidth escrow (`escrow deposit`), so that watching works at once; it returns the
// escrow balance.
func (r *demoRun) ensureViewer(ctx context.Context, id *big.Int) (*big.Int, error) {
	viewer := r.accts["viewer"]
	args := []string{"--keystore", r.lay.keystore("viewer"), "--passphrase-file", r.lay.passphrase(), "--dev-key", "", "--from", "",
		"--rpc-url", r.dc.RPCURL(), "--deployment", r.lay.deployment()}
	a, err := r.client.Access(ctx, id, viewer)
	if err != nil {
		return nil, fmt.Errorf("read the viewer's access: %w", err)
	}
	if !a.Allowed {
		r.say("buying the item as the viewer …")
		if err := runSub(ctx, r.sub, io.Discard, r.logFile, append([]string{"access", "buy", id.String(), "--yes"}, args...)...); err != nil {
			return nil, fmt.Errorf("buy the item as the viewer: %w", err)
		}
	}
	escrow, err := r.client.EscrowBalance(ctx, viewer)
	if err != nil {
		return nil, fmt.Errorf("read the viewer's escrow: %w", err)
	}
	if escrow.Cmp(demoMinEscrow) >= 0 {
		return escrow, nil
	}
	r.say("depositing %s ETH into the viewer's bandwidth escrow …", demoDeposit)
	if err := runSub(ctx, r.sub, io.Discard, r.logFile, append([]string{"escrow", "deposit", demoDeposit}, args...)...); err != nil {
		return nil, fmt.Errorf("deposit as the viewer: %w", err)
	}
	return r.client.EscrowBalance(ctx, viewer)
}

// startSeeders runs `seeder run` twice, joining the gateway for the item and paid to dev
// accounts 1 and 2, and waits until the gateway's seeder directory lists both.
func (r *demoRun) startSeeders(ctx context.Context) ([]demoSeeder, error) {
	ports, err := demoSeederPorts(r.st.SeederPorts)
	if err != nil {
		return nil, err
	}
	r.st.SeederPorts, r.st.Ready = ports, true
	if err := writeDemoState(r.lay, r.st); err != nil {
		return nil, err
	}
	devAccts := r.dc.Accounts()
	var seeders []demoSeeder
	for i := range demoSeeders {
		statusAddr, err := freeLoopbackAddr()
		if err != nil {
			return nil, err
		}
		endpoint := net.JoinHostPort("127.0.0.1", strconv.Itoa(ports[i]))
		acct := devAccts[1+i]
		r.say("starting seeder %d (%s) …", i+1, endpoint)
		r.start(ctx, fmt.Sprintf("seeder %d", i+1), "seeder", "run", "--data-dir", r.lay.seeder(i), "--listen", endpoint,
			"--status-listen", statusAddr, "--dev-key", acct.KeyHex(), "--rpc-url", r.dc.RPCURL(),
			"--deployment", r.lay.deployment(), "--gateway", r.gwURL, "--content", r.st.ContentID, "--public-addr", endpoint,
			"--price-per-gib", demoSeederPrice, "--settle-interval", "1m", "--tx-poll", "20ms",
			// Every viewer of the demo is on 127.0.0.1: a cut-off viewer must not shut out the rest.
			"--refuse-peer-id-only")
		seeders = append(seeders, demoSeeder{Address: acct.Address.Hex(), Endpoint: endpoint, StatusURL: "http://" + statusAddr + "/status", DataDir: r.lay.seeder(i)})
	}
	if err := r.wait(ctx, 90*time.Second, func() bool { return seedersListed(r.gwURL, r.st.ContentID, seeders) }); err != nil {
		return nil, fmt.Errorf("the seeders did not join the gateway (see %s): %w", r.lay.log(), err)
	}
	return seeders, nil
}

// prepareDemoDir checks the data directory before anything starts. It returns the state of an
// earlier run to go on from, or nil when the demo starts from nothing (a new or empty directory,
// --fresh, or a first run that never finished). It refuses a directory the demo did not create,
// and one that holds the database without the chain or the chain without the database.
func prepareDemoDir(lay demoLayout, fresh bool) (*demoState, error) {
	entries, err := os.ReadDir(lay.dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, os.MkdirAll(lay.dir, 0o700)
	case err != nil:
		return nil, fmt.Errorf("--data-dir %s: %w", lay.dir, err)
	case len(entries) == 0:
		return nil, nil
	}
	b, err := os.ReadFile(lay.state())
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("--data-dir %s is not empty and holds no %s: it is not a demo data directory, and the demo neither uses nor deletes it; give another --data-dir", lay.dir, demoStateFile)
	}
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", lay.state(), err)
	}
	var st demoState
	if err := json.Unmarshal(b, &st); err != nil || st.Version != demoStateV {
		if !fresh {
			return nil, fmt.Errorf("%s is not a demo state file this version understands (%v); run 'swarmgate demo --fresh' to start afresh", lay.state(), err)
		}
	}
	if fresh || !st.Ready {
		// A first run that stopped before the item was listed has nothing worth keeping.
		for _, e := range lay.entries() {
			if err := os.RemoveAll(lay.path(e)); err != nil {
				return nil, fmt.Errorf("start afresh: %w", err)
			}
		}
		return nil, nil
	}
	_, chainErr := os.Stat(lay.chain())
	_, dbErr := os.Stat(lay.gatewayDB())
	switch {
	case chainErr != nil && dbErr != nil:
		return nil, fmt.Errorf("%w: %s names an item, but both the chain (%s) and the gateway database (%s) are gone; run 'swarmgate demo --fresh' to start afresh", errDemoMismatch, lay.state(), lay.chain(), lay.gatewayDB())
	case chainErr != nil:
		return nil, fmt.Errorf("%w: the gateway database %s is there but the chain %s is gone; run 'swarmgate demo --fresh' to start both afresh", errDemoMismatch, lay.gatewayDB(), lay.chain())
	case dbErr != nil:
		return nil, fmt.Errorf("%w: the chain %s is there but the gateway database %s is gone; run 'swarmgate demo --fresh' to start both afresh", errDemoMismatch, lay.chain(), lay.gatewayDB())
	}
	return &st, nil
}

func writeDemoState(lay demoLayout, st *demoState) error {
	b, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	tmp := lay.state() + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o600); err != nil {
		return fmt.Errorf("write the demo state: %w", err)
	}
	return os.Rename(tmp, lay.state())
}

// demoPassphrase returns the demo keystores' passphrase, creating its file (mode 0600, 32 random
// hex digits) on the first run.
func demoPassphrase(lay demoLayout) (string, error) {
	if _, err := os.Stat(lay.passphrase()); err == nil {
		return wallet.ReadPassphrase(lay.passphrase())
	}
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", err
	}
	if err := os.MkdirAll(filepath.Dir(lay.passphrase()), 0o700); err != nil {
		return "", err
	}
	pass := hex.EncodeToString(b[:])
	if err := os.WriteFile(lay.passphrase(), []byte(pass+"\n"), 0o600); err != nil {
		return "", fmt.Errorf("write the passphrase file: %w", err)
	}
	return pass, nil
}

// demoKeystore returns the one account of the keystore in dir, creating it on the first run.
// Its keys are encrypted with light scrypt: they hold dev-chain ether only, and every command
// of the demo unlocks them in milliseconds rather than a second.
func demoKeystore(dir, pass string) (common.Address, error) {
	ks := wallet.Open(dir, wallet.LightScrypt())
	accts, err := ks.List()
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return common.Address{}, err
	}
	switch len(accts) {
	case 0:
		a, err := ks.Create(pass)
		return a.Address, err
	case 1:
		return accts[0].Address, nil
	default:
		return common.Address{}, fmt.Errorf("%s holds %d accounts, the demo made one; run 'swarmgate demo --fresh'", dir, len(accts))
	}
}

// demoFund tops to up from dev account 0 when its balance is low, and waits for the transfer.
func demoFund(ctx context.Context, dc *devchain.Chain, to common.Address) error {
	b := dc.Client()
	bal, err := b.BalanceAt(ctx, to, nil)
	if err != nil {
		return err
	}
	if bal.Cmp(demoLowBalance) >= 0 {
		return nil
	}
	from := dc.Accounts()[0]
	nonce, err := b.PendingNonceAt(ctx, from.Address)
	if err != nil {
		return err
	}
	tip, err := b.SuggestGasTipCap(ctx)
	if err != nil {
		return err
	}
	head, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	id := new(big.Int).SetUint64(dc.ChainID())
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: id, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 21000, To: &to, Value: demoFunding}),
		types.LatestSignerForChainID(id), from.Key)
	if err != nil {
		return err
	}
	if err := b.SendTransaction(ctx, tx); err != nil {
		return err
	}
	wctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	r, err := chain.WaitMined(wctx, b, tx.Hash(), devchain.Poll)
	if err != nil {
		return err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("transfer %s failed", tx.Hash().Hex())
	}
	return nil
}

// demoGatewayAddr is the gateway's URL and listen address for --listen; port 0 becomes a free
// port, and an unspecified host is reached on loopback.
func demoGatewayAddr(host string, port int) (url, listen string, err error) {
	if port == 0 {
		ln, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
		if err != nil {
			return "", "", fmt.Errorf("--listen: %w", err)
		}
		port = ln.Addr().(*net.TCPAddr).Port
		ln.Close()
	}
	listen = net.JoinHostPort(host, strconv.Itoa(port))
	reach := host
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		reach = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(reach, strconv.Itoa(port)), listen, nil
}

// freeLoopbackAddr is a loopback address with a port free right now.
func freeLoopbackAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

// demoSeederPorts keeps the seeders' ports of the last run where they are still free (so the
// seeder directory's entries from then stay right), and picks free ones otherwise.
func demoSeederPorts(prev []int) ([]int, error) {
	ports := make([]int, demoSeeders)
	for i := range ports {
		if i < len(prev) && prev[i] > 0 {
			if ln, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(prev[i]))); err == nil {
				ln.Close()
				ports[i] = prev[i]
				continue
			}
		}
		addr, err := freeLoopbackAddr()
		if err != nil {
			return nil, err
		}
		_, p, _ := net.SplitHostPort(addr)
		ports[i], _ = strconv.Atoi(p)
	}
	return ports, nil
}

// wait polls ok every 100 ms until it holds, a command started by start ends, ctx ends or
// timeout passes.
func (r *demoRun) wait(ctx context.Context, timeout time.Duration, ok func() bool) error {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for !ok() {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case comp := <-r.failed:
			err := <-comp.done
			comp.done <- err
			if err == nil {
				err = errors.New("stopped")
			}
			return fmt.Errorf("the %s stopped: %w", comp.name, err)
		case <-deadline.C:
			return fmt.Errorf("not ready after %s", timeout)
		case <-tick.C:
		}
	}
	return nil
}

var demoHTTP = &http.Client{Timeout: 5 * time.Second}

// httpOK says whether GET url answers 200.
func httpOK(url string) bool {
	res, err := demoHTTP.Get(url)
	if err != nil {
		return false
	}
	defer res.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(res.Body, 1<<20))
	return res.StatusCode == http.StatusOK
}

// seedersListed says whether the gateway's seeder directory lists every seeder at its endpoint.
func seedersListed(gwURL, id string, seeders []demoSeeder) bool {
	res, err := demoHTTP.Get(gwURL + "/v1/content/" + id + "/seeders")
	if err != nil {
		return false
	}
	defer res.Body.Close()
	var out struct {
		Items []struct {
			Address  string `json:"address"`
			Endpoint string `json:"endpoint"`
		} `json:"items"`
	}
	if res.StatusCode != http.StatusOK || json.NewDecoder(io.LimitReader(res.Body, 1<<20)).Decode(&out) != nil {
		return false
	}
	for _, s := range seeders {
		found := false
		for _, it := range out.Items {
			if strings.EqualFold(it.Address, s.Address) && it.Endpoint == s.Endpoint {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// runSub runs another swarmgate command in this process, as `swarmgate ARGS…` would, at g's log
// level and format, with its results on stdout and its logs on stderr.
func runSub(ctx context.Context, g *globals, stdout, stderr io.Writer, args ...string) error {
	var c cli
	parser, err := newParser(&c, kong.Writers(stderr, stderr), kong.Exit(func(code int) {}))
	if err != nil {
		return err
	}
	kctx, err := parser.Parse(append([]string{"--log-level", g.LogLevel, "--log-format", g.LogFormat}, args...))
	if err != nil {
		return fmt.Errorf("swarmgate %s: %w", strings.Join(args[:min(2, len(args))], " "), err)
	}
	c.globals.stdout, c.globals.stderr = stdout, stderr
	kctx.BindTo(ctx, (*context.Context)(nil))
	return kctx.Run(&c.globals)
}

// selfCommand is how the user runs this binary again: `go run ./cmd/swarmgate` under `make demo`
// (a binary in go run's build cache), else swarmgate.
func selfCommand() string {
	if exe, err := os.Executable(); err == nil && strings.Contains(exe, string(filepath.Separator)+"go-build") {
		return "go run ./cmd/swarmgate"
	}
	return "swarmgate"
}

var shellSafe = regexp.MustCompile(`^[A-Za-z0-9_./:=@%+,-]+$`)

// shellQuote quotes s for a POSIX shell when it needs it.
func shellQuote(s string) string {
	if shellSafe.MatchString(s) {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// commandLine is args as one line to paste into a shell, after the command that runs swarmgate.
func commandLine(args ...string) string {
	q := make([]string, len(args))
	for i, a := range args {
		q[i] = shellQuote(a)
	}
	return selfCommand() + " " + strings.Join(q, " ")
}

// demoCommandLines are the commands the summary suggests.
func demoCommandLines(info demoInfo, lay demoLayout) demoCommands {
	// The gateway names the chain, the contracts and the RPC URL (GET /v1/chain): the commands
	// need no chain flags.
	viewer := []string{"--gateway", info.GatewayURL, "--keystore", info.Viewer.Keystore, "--passphrase-file", info.PassphraseFile,
		"--session-file", lay.sessions()}
	chainOnly := []string{"--gateway", info.GatewayURL, "--keystore", info.Viewer.Keystore, "--passphrase-file", info.PassphraseFile}
	cmds := demoCommands{
		Watch:     commandLine(append([]string{"watch", info.ContentID}, viewer...)...),
		Get:       commandLine(append([]string{"get", info.ContentID, "--out", "demo-clip.mp4"}, viewer...)...),
		List:      commandLine("content", "list", "--gateway", info.GatewayURL, "--for", info.Viewer.Address),
		AccessBuy: commandLine(append([]string{"access", "buy", info.ContentID}, chainOnly...)...),
		Deposit:   commandLine(append([]string{"escrow", "deposit", demoDeposit}, chainOnly...)...),
	}
	for _, s := range info.Seeders {
		cmds.Earnings = append(cmds.Earnings, commandLine("seeder", "earnings", "--data-dir", s.DataDir))
	}
	// The gateway's origin is a seeder node too (`gateway run` keeps it in DATA-DIR/origin).
	cmds.Earnings = append(cmds.Earnings, commandLine("seeder", "earnings", "--data-dir", filepath.Join(lay.gateway(), "origin")))
	return cmds
}

func printDemo(g *globals, info demoInfo) error {
	if g.JSON {
		return g.printJSON(info)
	}
	w := g.out()
	state := "set up"
	if info.Resumed {
		state = "taken up again from " + info.DataDir
	}
	fmt.Fprintf(w, "Swarmgate demo running (%s):\n", state)
	fmt.Fprintf(w, "  gateway     %s   (API: %s/openapi.json; web page: %s)\n", info.GatewayURL, info.GatewayURL, info.WebURL)
	fmt.Fprintf(w, "  dev chain   %s   chain id %d, registry %s, escrow %s\n", info.RPCURL, info.ChainID, info.Registry, info.Escrow)
	fmt.Fprintf(w, "  data        %s   (deployment %s, logs %s)\n", info.DataDir, info.Deployment, info.LogFile)
	fmt.Fprintf(w, "  creator     %s   keystore %s\n", info.Creator.Address, info.Creator.Keystore)
	fmt.Fprintf(w, "  viewer      %s   keystore %s (owns item %s, %s of bandwidth escrow)\n", info.Viewer.Address, info.Viewer.Keystore, info.ContentID, info.ViewerEscrow)
	fmt.Fprintf(w, "  passphrase  %s   (both keystores)\n", info.PassphraseFile)
	fmt.Fprintf(w, "  item %s      %q, for sale at %s, seeded by the gateway's origin and %d seeders:\n", info.ContentID, info.Title, info.Price, len(info.Seeders))
	for i, s := range info.Seeders {
		fmt.Fprintf(w, "  seeder %d    %s   payout %s, status %s\n", i+1, s.Endpoint, s.Address, s.StatusURL)
	}
	if strings.HasPrefix(info.Commands.Watch, "go run") {
		fmt.Fprintf(w, "\nRun these from the repository root (or 'go install ./cmd/swarmgate' and use swarmgate).")
	}
	fmt.Fprintf(w, "\nWatch the paid item as the viewer (prints a local URL for VLC, mpv or a browser; add --player mpv to start one):\n  %s\n", info.Commands.Watch)
	fmt.Fprintf(w, "Or download and check it:\n  %s\n", info.Commands.Get)
	fmt.Fprintf(w, "The catalog:\n  %s\n", info.Commands.List)
	fmt.Fprintf(w, "What the demo did for the viewer (the same with another keystore buys access and pays for bandwidth):\n  %s\n  %s\n", info.Commands.AccessBuy, info.Commands.Deposit)
	fmt.Fprintf(w, "What the seeders and the gateway's origin earned from the viewer (receipts are settled on-chain once worth their gas):\n")
	for _, e := range info.Commands.Earnings {
		fmt.Fprintf(w, "  %s\n", e)
	}
	fmt.Fprintf(w, "\nThe dev chain's accounts hold %s.\n", info.Warning)
	return nil
}
