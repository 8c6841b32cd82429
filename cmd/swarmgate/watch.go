package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/viewer"
)

// viewerFlags are what `watch` and `get` share: the gateway, the wallet, the chain, and the
// payment limits.
type viewerFlags struct {
	MaxPrice       string        `name:"max-price" default:"0.01" placeholder:"ETH" help:"Highest price per GiB paid to a seeder, in ETH; seeders asking more are not paid."`
	MaxSpend       string        `name:"max-spend" default:"0.05" placeholder:"ETH" help:"Most this viewing may cost in bandwidth, in ETH: the limit of the session grant the wallet signs."`
	GrantExpiry    time.Duration `name:"grant-expiry" default:"72h" help:"How long the session grant lasts; seeders must settle before it ends."`
	DataDir        string        `name:"data-dir" type:"path" placeholder:"DIR" help:"Directory for the downloaded ciphertext; default a temporary directory removed on exit."`
	TorrentListen  string        `name:"torrent-listen" default:":0" placeholder:"HOST:PORT" help:"BitTorrent TCP address of the viewer."`
	Earn           bool          `help:"Charge other viewers for the pieces you serve them (paid to your account, receipts kept in --data-dir and settled on-chain); without it they are served free."`
	SellPrice      string        `name:"sell-price" default:"0.001" placeholder:"ETH" help:"With --earn: your price per GiB served, in ETH."`
	SettleInterval time.Duration `name:"settle-interval" default:"10m" help:"With --earn: how often your receipts are settled on-chain."`
	WebseedAfter   time.Duration `name:"webseed-after" default:"20s" help:"When no peer has sent data for this long, also fetch from the gateway's web seed (free, for viewers with access); 0 never does."`
	gatewayFlags
	signerFlags
	chainFlags
}

// newViewer builds the viewer for item id; serve starts its local HTTP server on listen.
func (f *viewerFlags) newViewer(ctx context.Context, g *globals, id string, serve bool, listen string, deps viewer.Deps) (*viewer.Viewer, *onChain, error) {
	if _, err := parseContentID(id); err != nil {
		return nil, nil, err
	}
	base, err := f.gatewayURL()
	if err != nil {
		return nil, nil, err
	}
	maxPrice, err := parseAmount(f.MaxPrice, 18)
	if err != nil {
		return nil, nil, fmt.Errorf("--max-price %q %v", f.MaxPrice, err)
	}
	sellPrice, err := parseAmount(f.SellPrice, 18)
	if err != nil {
		return nil, nil, fmt.Errorf("--sell-price %q %v", f.SellPrice, err)
	}
	maxSpend, err := parseAmount(f.MaxSpend, 18)
	if err != nil {
		return nil, nil, fmt.Errorf("--max-spend %q %v", f.MaxSpend, err)
	}
	addr, err := f.address()
	if err != nil {
		return nil, nil, err
	}
	cache, err := f.sessions()
	if err != nil {
		return nil, nil, err
	}
	oc, err := f.chainFlags.openVia(ctx, "watching (the key commitment, the access and the escrow are read from the chain)", base)
	if err != nil {
		return nil, nil, err
	}
	var unlocked *ecdsa.PrivateKey
	deps.Account, deps.Chain, deps.Sessions = addr, oc.client, cache
	deps.Wallet = func(chainID uint64) (*ecdsa.PrivateKey, error) {
		if unlocked == nil {
			k, err := f.key(chainID)
			if err != nil {
				return nil, fmt.Errorf("unlock the wallet: %w", err)
			}
			unlocked = k.PrivateKey
		}
		return unlocked, nil
	}
	deps.Logger = g.logger()
	v, err := viewer.New(viewer.Config{
		Gateway: base, ContentID: id, Serve: serve, Listen: listen, TorrentListen: f.TorrentListen, DataDir: f.DataDir,
		MaxPricePerGiB: maxPrice, MaxSpend: maxSpend, GrantExpiry: f.GrantExpiry,
		Earn: f.Earn, SellPricePerGiB: sellPrice, SettleInterval: f.SettleInterval, SettleThreshold: settleThreshold,
		WebseedFallback: webseedFallback(f.WebseedAfter),
	}, deps)
	if err != nil {
		oc.Close()
		return nil, nil, err
	}
	return v, oc, nil
}

// webseedFallback maps --webseed-after (0: never) to viewer.Config.WebseedFallback (negative:
// never).
func webseedFallback(d time.Duration) time.Duration {
	if d <= 0 {
		return -1
	}
	return d
}

// settleThreshold is the settlement threshold of a viewer that earns: a pair is settled once it
// is worth its gas (tests lower it to settle everything).
var settleThreshold = 1.0

// progressLine writes one progress line to stderr.
func progressLine(g *globals) func(viewer.Progress) {
	return func(p viewer.Progress) {
		var paid []string
		for _, s := range p.Paid {
			paid = append(paid, fmt.Sprintf("%s %s ETH", s.Seeder.Hex()[:10], formatAmount(s.Amount, 18)))
		}
		pct := 0.0
		if p.Total > 0 {
			pct = 100 * float64(p.Bytes) / float64(p.Total)
		}
		line := fmt.Sprintf("%.1f%% %d/%d bytes, %d peers, %.1f MiB/s", pct, p.Bytes, p.Total, p.Peers, p.Rate/(1<<20))
		if p.Receipts > 0 || len(paid) > 0 {
			line += fmt.Sprintf(", %d receipts for %d bytes", p.Receipts, p.BytesPaid)
		}
		if len(paid) > 0 {
			line += ", paid " + strings.Join(paid, ", ")
		}
		fmt.Fprintln(g.errw(), line)
	}
}

// explainViewer adds to a viewer's error what the user can do, in the currency's units.
func explainViewer(err error) error {
	var ne *viewer.NotEntitledError
	if errors.As(err, &ne) && (ne.Policy.Model == eip712.ModelBuy || ne.Policy.Model == eip712.ModelRent) && ne.Policy.Currency == (common.Address{}) {
		what := "buy"
		if ne.Policy.Model == eip712.ModelRent {
			what = fmt.Sprintf("rent for %s", time.Duration(ne.Policy.Duration)*time.Second)
		}
		msg := fmt.Sprintf("%s has no access to content %s (%s)", ne.Account.Hex(), ne.ContentID, ne.Reason)
		if ne.Detail != "" {
			msg += ": " + ne.Detail
		}
		return fmt.Errorf("%w: %s; %s it for %s ETH with 'swarmgate access buy %s'", viewer.ErrNotEntitled, msg, what, formatAmount(ne.Policy.Price, 18), ne.ContentID)
	}
	return explain(err)
}

// watchCmd is `swarmgate watch ID`.
type watchCmd struct {
	ID      string        `arg:"" help:"On-chain content id of the item (as 'swarmgate content list' or the creator shows it)."`
	Listen  string        `default:"127.0.0.1:0" placeholder:"HOST:PORT" help:"Address of the local HTTP server that serves the plaintext (a random loopback port by default)."`
	Player  string        `placeholder:"mpv|vlc|CMD" help:"Start this player on the local URL (mpv, vlc, or any command that takes a URL); watching ends when it exits."`
	SeedFor time.Duration `name:"seed-for" default:"3m" help:"With --player: keep serving other viewers this long after the player exits (0: stop at once)."`
	viewerFlags
}

// watchResult is what `watch` prints with --json: the URL first, then the check once complete.
type watchResult struct {
	ContentID string `json:"content_id"`
	URL       string `json:"url,omitempty"`
	Complete  bool   `json:"complete,omitempty"`
	SHA256    string `json:"sha256,omitempty"`
	Verified  bool   `json:"verified,omitempty"`
}

func (c *watchCmd) Run(ctx context.Context, g *globals) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	ready := make(chan *viewer.Viewer, 1)
	v, oc, err := c.newViewer(ctx, g, c.ID, true, c.Listen, viewer.Deps{
		Ready: func(v *viewer.Viewer) { ready <- v }, Progress: progressLine(g),
	})
	if err != nil {
		return err
	}
	defer oc.Close()
	done := make(chan error, 1)
	go func() { done <- v.Run(ctx) }()
	select {
	case err := <-done:
		if err == nil {
			err = ctx.Err()
		}
		return explainViewer(err)
	case <-ready:
	}
	url := v.URL()
	if g.JSON {
		_ = g.printJSON(watchResult{ContentID: c.ID, URL: url})
	} else {
		fmt.Fprintln(g.out(), url)
	}
	var player <-chan error
	if c.Player != "" {
		p, err := startPlayer(c.Player, url, g)
		if err != nil {
			cancel()
			<-done
			return err
		}
		player = p
	}
	complete := make(chan *viewer.Result, 1)
	go func() {
		res, err := v.Wait(ctx)
		if err != nil && res == nil {
			return
		}
		complete <- res
	}()
	for {
		select {
		case res := <-complete:
			if g.JSON {
				_ = g.printJSON(watchResult{ContentID: c.ID, Complete: true, SHA256: res.SHA256.Hex(), Verified: res.OK})
			}
			if !res.OK {
				fmt.Fprintf(g.errw(), "complete, but the plaintext's SHA-256 %s is not the on-chain content hash %s\n", res.SHA256.Hex(), res.Expected.Hex())
				cancel()
				<-done
				return fmt.Errorf("%w: SHA-256 %s, the registry records %s", viewer.ErrHashMismatch, res.SHA256.Hex(), res.Expected.Hex())
			}
			fmt.Fprintf(g.errw(), "complete: the plaintext matches the on-chain content hash %s\n", res.SHA256.Hex())
			complete = nil
		case err := <-player:
			if err == nil && c.SeedFor > 0 {
				fmt.Fprintf(g.errw(), "the player exited; serving other viewers for %s more (Ctrl-C stops)\n", c.SeedFor)
				select {
				case <-time.After(c.SeedFor):
				case <-ctx.Done():
				}
			}
			cancel()
			<-done
			if err != nil {
				return fmt.Errorf("player %s: %w", c.Player, err)
			}
			return nil
		case err := <-done:
			return err
		}
	}
}

// startPlayer runs the player on url; the channel gets its exit.
func startPlayer(player, url string, g *globals) (<-chan error, error) {
	fields := strings.Fields(player)
	if len(fields) == 0 {
		return nil, errors.New("--player is empty")
	}
	switch fields[0] {
	case "mpv":
		fields = append(fields, "--force-window=yes")
	case "vlc":
		fields = append(fields, "--play-and-exit")
	}
	cmd := exec.Command(fields[0], append(fields[1:], url)...)
	cmd.Stdout, cmd.Stderr = g.errw(), g.errw()
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start the player %q: %w (is it installed? give --player with a command that takes a URL)", fields[0], err)
	}
	ch := make(chan error, 1)
	go func() { ch <- cmd.Wait() }()
	return ch, nil
}

// getCmd is `swarmgate get ID --out FILE`.
type getCmd struct {
	ID  string `arg:"" help:"On-chain content id of the item."`
	Out string `required:"" type:"path" placeholder:"FILE" help:"File to write the plaintext to; written to a temporary file first and renamed once verified, nothing is left on failure."`
	viewerFlags
}

// getResult is what `get` prints with --json.
type getResult struct {
	ContentID string `json:"content_id"`
	File      string `json:"file"`
	Bytes     int64  `json:"bytes"`
	SHA256    string `json:"sha256"`
	Verified  bool   `json:"verified"`
	Paid      string `json:"paid_wei"`
}

func (c *getCmd) Run(ctx context.Context, g *globals) (err error) {
	if _, err := os.Stat(c.Out); err == nil {
		return fmt.Errorf("%s already exists: give another --out or remove it", c.Out)
	}
	dir := filepath.Dir(c.Out)
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return fmt.Errorf("the directory of --out %s does not exist", dir)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	ready := make(chan *viewer.Viewer, 1)
	v, oc, err := c.newViewer(ctx, g, c.ID, false, "", viewer.Deps{
		Ready: func(v *viewer.Viewer) { ready <- v }, Progress: progressLine(g),
	})
	if err != nil {
		return err
	}
	defer oc.Close()
	done := make(chan error, 1)
	go func() { done <- v.Run(ctx) }()
	defer func() {
		cancel()
		if e := <-done; err == nil && e != nil {
			err = e
		}
	}()
	select {
	case err := <-done:
		done <- err
		if err == nil {
			err = ctx.Err()
		}
		return explainViewer(err)
	case <-ready:
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(c.Out)+".partial-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	r, err := v.NewReader(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err() // interrupted while the viewer was stopping: report the interruption
		}
		return err
	}
	h := sha256.New()
	n, err := io.Copy(io.MultiWriter(tmp, h), r)
	r.Close()
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return fmt.Errorf("download content %s: %w", c.ID, err)
	}
	want := v.Item().ContentHash
	if got := common.BytesToHash(h.Sum(nil)); got != want {
		return fmt.Errorf("%w: SHA-256 %s, the registry records %s; nothing written", viewer.ErrHashMismatch, got.Hex(), want.Hex())
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if _, err := v.Wait(ctx); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), c.Out); err != nil {
		return err
	}
	paid := new(big.Int)
	for _, p := range v.Progress().Paid {
		paid.Add(paid, p.Amount)
	}
	res := getResult{ContentID: c.ID, File: c.Out, Bytes: n, SHA256: want.Hex(), Verified: true, Paid: paid.String()}
	if g.JSON {
		return g.printJSON(res)
	}
	fmt.Fprintf(g.out(), "wrote %d bytes to %s; SHA-256 %s matches the on-chain content hash\n", n, c.Out, want.Hex())
	return nil
}
