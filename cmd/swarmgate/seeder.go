package main

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/anacrolix/torrent/metainfo"
	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/seeder"
)

// seederCmd is `swarmgate seeder`.
type seederCmd struct {
	Run      seederRunCmd      `cmd:"" help:"Run the earning node: seed items over BitTorrent, collect bandwidth receipts, settle them on-chain."`
	Earnings seederEarningsCmd `cmd:"" help:"Report what the node earned, per item and per viewer, from its database."`
	Withdraw seederWithdrawCmd `cmd:"" help:"Withdraw the payout account's settled earnings from the escrow to an address."`
}

// seederRunCmd carries every seeder.Config field as a flag; defaults mirror seeder.DefaultConfig.
type seederRunCmd struct {
	Config           configFile    `name:"config" placeholder:"FILE" help:"TOML file of settings, one key per flag name without the dashes (listen = \"0.0.0.0:42069\"); a flag given on the command line or in the environment wins over it."`
	DataDir          string        `name:"data-dir" required:"" placeholder:"DIR" type:"path" help:"Directory for the node's database (seeder.db), downloaded content and torrent state."`
	Listen           string        `default:"0.0.0.0:42069" placeholder:"HOST:PORT" help:"BitTorrent TCP address to listen on (port 0 picks one)."`
	StatusListen     string        `name:"status-listen" default:"127.0.0.1:42070" placeholder:"HOST:PORT" help:"Status HTTP address (GET /status, GET /metrics); empty turns it off. Keep it on loopback."`
	Keystore         string        `placeholder:"DIR" type:"path" help:"Keystore directory holding the payout account (go-ethereum keystore files)."`
	Payout           string        `placeholder:"ADDRESS" help:"Payout account in the keystore; may be left out when the keystore holds exactly one."`
	PassphraseFile   string        `name:"passphrase-file" placeholder:"FILE" type:"path" help:"File holding the keystore passphrase. Without it the passphrase is read from SWARMGATE_PASSPHRASE."`
	DevKey           string        `name:"dev-key" placeholder:"HEX" help:"Raw payout private key instead of a keystore; refused on every chain but the dev chain (chain id 1337)."`
	RPCURL           string        `name:"rpc-url" placeholder:"URL" help:"JSON-RPC URL of the chain (http, https, ws or wss)."`
	Deployment       string        `placeholder:"FILE" type:"path" help:"Deployment file written by 'swarmgate contracts deploy' (chain id and contract addresses)."`
	PricePerGiB      string        `name:"price-per-gib" default:"100000000000000" placeholder:"WEI" help:"Price in wei per GiB (2^30 bytes) served."`
	CreditWindow     uint64        `name:"credit-window" default:"33554432" placeholder:"BYTES" help:"Unpaid bytes a peer may owe before it is cut off; all a peer without receipts ever gets."`
	MaxUploadRate    uint64        `name:"max-upload-rate" default:"0" placeholder:"BYTES" help:"Most bytes per second sent to all peers together (0: no cap; otherwise at least 16384)."`
	FreeItem         []string      `name:"free-item" placeholder:"INFOHASH,..." help:"Info hashes (40 hex digits) served without receipts."`
	Item             []string      `name:"item" sep:"none" placeholder:"ITEM" help:"Item to seed (repeat the flag): a .torrent file, a magnet link, or a directory written by 'swarmgate content seal'."`
	Gateway          string        `name:"gateway" placeholder:"URL" help:"Base URL of a gateway to join (https://gateway.example.com): fetch the --content items from its catalog, list this node in its seeder directory and fetch their ciphertext from the swarm and its web seed."`
	Content          []string      `name:"content" placeholder:"ID,..." help:"On-chain content id of a gateway item to seed (repeat the flag or separate with commas); needs --gateway."`
	PublicAddr       string        `name:"public-addr" placeholder:"HOST:PORT" help:"Host and port viewers reach this node's BitTorrent listener at, announced to the gateway; required with --gateway."`
	AnnounceTTL      time.Duration `name:"announce-ttl" default:"1h" help:"How long an announcement to the gateway asks to stay listed; it is renewed at half this time."`
	PolicyInterval   time.Duration `name:"policy-interval" default:"1m" help:"How often the policies of the --content items are read from the registry: items whose policy is free are served without receipts."`
	Peer             []string      `name:"peer" placeholder:"HOST:PORT,..." help:"Peers to fetch missing content from, besides the trackers in the torrents."`
	DHT              bool          `name:"dht" help:"Use the BitTorrent DHT to find peers (off by default)."`
	UTP              bool          `name:"utp" help:"Also accept and make uTP connections (TCP only by default)."`
	SettleInterval   time.Duration `name:"settle-interval" default:"10m" help:"Time between settlement rounds."`
	SettleThreshold  float64       `name:"settle-threshold" default:"10" help:"Redeem a viewer's receipt once what it brings is this many times its share of the gas at the current gas price."`
	SettleBatch      int           `name:"settle-batch" default:"50" help:"Most receipts (one per viewer) in one redeem transaction."`
	SettleMargin     time.Duration `name:"settle-margin" default:"24h" help:"Redeem whatever the gas when a viewer's withdrawal unlocks or grant expires within this margin; also the least time a session grant must have left to be accepted."`
	MaxUnsettled     string        `name:"max-unsettled" placeholder:"AMOUNT" help:"Most a viewer may owe this node unredeemed: the money at risk per viewer. Its receipts are redeemed whatever the gas once they reach half of it, and it gets no credit past it. Wei (1000000000000000), ether with a decimal point (0.001) or with a unit (0.001eth, 5gwei). Default: what 1 GiB costs at --price-per-gib."`
	SettleBumpAfter  time.Duration `name:"settle-bump-after" default:"3m" help:"Replace a redeem transaction left unmined this long (same nonce) with one paying a fee at least 12.5% higher, up to --settle-max-fee."`
	SettleMaxFee     string        `name:"settle-max-fee" default:"200gwei" placeholder:"FEE" help:"Highest fee per gas a redeem transaction or its replacement pays: wei, or with a unit (200gwei)."`
	SettleHoldBack   time.Duration `name:"settle-hold-back" default:"0s" help:"Longest an unmined redeem batch holds other redemptions back; past it, receipts due before a deadline are sent behind it with the next nonce. 0: 15m, or half of --settle-margin when that is less."`
	Cooldown         time.Duration `name:"cooldown" default:"10m" help:"How long a cut-off peer is refused."`
	RefusePeerIDOnly bool          `name:"refuse-peer-id-only" help:"Refuse cut-off peers by peer id only, not by IP address (for viewers behind a shared address)."`
	BalanceTTL       time.Duration `name:"balance-ttl" default:"2s" help:"How long an escrow balance read from the chain is used before it is read again."`
	Confirmations    uint64        `name:"confirmations" default:"0" placeholder:"N" help:"Blocks below the chain head at which reads are taken (0 on a dev chain)."`
	TxPoll           time.Duration `name:"tx-poll" default:"1s" help:"How often a sent transaction's receipt is polled."`
}

// config is the seeder.Config the flags describe. Values that do not parse are left invalid for
// Validate to name.
func (c *seederRunCmd) config() (seeder.Config, []string) {
	var errs []string
	cfg := seeder.Config{
		DataDir: c.DataDir, Listen: c.Listen, StatusListen: c.StatusListen, Keystore: c.Keystore,
		PassphraseFile: c.PassphraseFile, DevKey: c.DevKey, RPCURL: c.RPCURL, Deployment: c.Deployment,
		CreditWindow: c.CreditWindow, MaxUploadRate: c.MaxUploadRate, Items: c.Item, Peers: c.Peer, DHT: c.DHT, UTP: c.UTP,
		Gateway: c.Gateway, Contents: c.Content, PublicAddr: c.PublicAddr, AnnounceTTL: c.AnnounceTTL, PolicyInterval: c.PolicyInterval,
		SettleInterval: c.SettleInterval, SettleThreshold: c.SettleThreshold, SettleBatch: c.SettleBatch,
		SettleMargin: c.SettleMargin, Cooldown: c.Cooldown, RefusePeerIDOnly: c.RefusePeerIDOnly,
		BalanceTTL: c.BalanceTTL, Confirmations: c.Confirmations, TxPoll: c.TxPoll,
		SettleBumpAfter: c.SettleBumpAfter, SettleHoldBack: c.SettleHoldBack,
	}
	if strings.TrimSpace(c.MaxUnsettled) != "" {
		if v, err := seeder.ParseAmount(c.MaxUnsettled); err == nil {
			cfg.MaxUnsettled = v
		} else {
			errs = append(errs, "max-unsettled: "+err.Error()) // nil keeps Validate from naming it twice
		}
	}
	if v, err := seeder.ParseAmount(c.SettleMaxFee); err == nil {
		cfg.SettleMaxFee = v
	} else {
		cfg.SettleMaxFee = new(big.Int).Set(seeder.DefaultSettleMaxFee) // named below
		errs = append(errs, "settle-max-fee: "+err.Error())
	}
	if p, ok := new(big.Int).SetString(strings.TrimSpace(c.PricePerGiB), 10); ok {
		cfg.PricePerGiB = p
	} else {
		cfg.PricePerGiB = new(big.Int) // named below; keeps Validate from naming it twice
		errs = append(errs, fmt.Sprintf("price-per-gib: %q is not a whole number of wei", c.PricePerGiB))
	}
	if c.Payout != "" {
		if !common.IsHexAddress(c.Payout) {
			errs = append(errs, fmt.Sprintf("payout: %q is not an address (0x and 40 hex digits)", c.Payout))
		} else {
			cfg.Payout = common.HexToAddress(c.Payout)
		}
	}
	for _, h := range c.FreeItem {
		var ih metainfo.Hash
		if err := ih.FromHexString(strings.TrimSpace(h)); err != nil {
			errs = append(errs, fmt.Sprintf("free-item: %q is not an info hash (40 hex digits)", h))
			continue
		}
		cfg.FreeItems = append(cfg.FreeItems, ih)
	}
	return cfg, errs
}

func (c *seederRunCmd) Run(ctx context.Context, g *globals) error {
	cfg, errs := c.config()
	verr := cfg.Validate()
	if len(errs) > 0 {
		if verr != nil {
			_, rest, _ := strings.Cut(verr.Error(), ":\n  ")
			errs = append(errs, strings.Split(rest, "\n  ")...)
		}
		return fmt.Errorf("%w:\n  %s", seeder.ErrConfig, strings.Join(errs, "\n  "))
	}
	if verr != nil {
		return verr
	}
	log := g.logger()
	node, err := seeder.New(cfg, seeder.Deps{Logger: log})
	if err != nil {
		return err
	}
	return node.Run(ctx)
}

type seederEarningsCmd struct {
	DataDir string `name:"data-dir" required:"" placeholder:"DIR" type:"path" help:"The node's data directory."`
	Payout  string `placeholder:"ADDRESS" help:"Report only this payout address (default: every payout address in the database)."`
}

func (c *seederEarningsCmd) Run(ctx context.Context, g *globals) error {
	var payout common.Address
	if c.Payout != "" {
		if !common.IsHexAddress(c.Payout) {
			return fmt.Errorf("--payout %q is not an address (0x and 40 hex digits)", c.Payout)
		}
		payout = common.HexToAddress(c.Payout)
	}
	st, err := seeder.OpenStoreReadOnly(ctx, c.DataDir)
	if err != nil {
		return err
	}
	defer st.Close()
	rep, err := seeder.BuildReport(ctx, st, payout, nil)
	if err != nil {
		return err
	}
	if g.JSON {
		return g.printJSON(rep)
	}
	w := tabwriter.NewWriter(g.out(), 0, 4, 2, ' ', 0)
	t := rep.Totals
	fmt.Fprintf(w, "earned\t%s wei\t(%d bytes paid, %d served, %d receipts)\n", t.Earned, t.BytesPaid, t.BytesServed, t.Receipts)
	fmt.Fprintf(w, "settled\t%s wei\n", t.Settled)
	fmt.Fprintf(w, "pending\t%s wei\t(%d batches in flight)\n", t.Pending, t.OpenBatches)
	fmt.Fprintf(w, "unredeemed\t%s wei\n", t.Unredeemed)
	fmt.Fprintf(w, "gas spent\t%s wei\t(%d gas in %d batches)\n", t.GasSpent, t.GasUsed, t.Batches)
	fmt.Fprintln(w)
	fmt.Fprintln(w, "VIEWER\tSEEDER\tBYTES SERVED\tBYTES PAID\tEARNED\tSETTLED\tPENDING\tGAS SPENT\tLAST SKIP")
	for _, v := range rep.Viewers {
		fmt.Fprintf(w, "%s\t%s\t%d\t%d\t%s\t%s\t%s\t%s\t%s\n", v.Viewer, v.Seeder, v.BytesServed, v.BytesPaid, v.Earned, v.Settled, v.Pending, v.GasSpent, v.LastSkip)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "ITEM\tBYTES SERVED\tVIEWERS\tEARNED (share)\tSETTLED (share)")
	for _, it := range rep.Items {
		fmt.Fprintf(w, "%s\t%d\t%d\t%s\t%s\n", it.InfoHash, it.BytesServed, it.Viewers, it.Earned, it.Settled)
	}
	return w.Flush()
}

type seederWithdrawCmd struct {
	signerFlags
	rpcFlags
	Deployment string `placeholder:"FILE" type:"path" required:"" help:"Deployment file written by 'swarmgate contracts deploy'."`
	To         string `placeholder:"ADDRESS" required:"" help:"Address the earnings are paid to."`
}

// withdrawResult is what `seeder withdraw` prints with --json.
type withdrawResult struct {
	Seeder string `json:"seeder"`
	To     string `json:"to"`
	Amount string `json:"amount"`
	Tx     string `json:"tx"`
}

func (c *seederWithdrawCmd) Run(ctx context.Context, g *globals) error {
	if !common.IsHexAddress(c.To) {
		return fmt.Errorf("--to %q is not an address (0x and 40 hex digits)", c.To)
	}
	dep, err := chain.ReadDeployment(c.Deployment)
	if err != nil {
		return fmt.Errorf("deployment file: %w", err)
	}
	if c.ChainID == 0 {
		c.ChainID = dep.ChainID
	}
	eth, id, err := c.dial(ctx)
	if err != nil {
		return err
	}
	defer eth.Close()
	key, err := c.key(id)
	if err != nil {
		return err
	}
	cc := chain.NewClient(eth, dep, chain.Config{})
	amount, err := cc.Earnings(ctx, key.Address)
	if err != nil {
		return err
	}
	if amount.Sign() == 0 {
		return fmt.Errorf("%s has no settled earnings to withdraw; settlement runs in 'swarmgate seeder run'", key.Address.Hex())
	}
	tctx, cancel := context.WithTimeout(ctx, c.Timeout)
	defer cancel()
	r, err := cc.WithdrawEarnings(tctx, key.TransactOpts(id), common.HexToAddress(c.To))
	if err != nil {
		return err
	}
	res := withdrawResult{Seeder: key.Address.Hex(), To: common.HexToAddress(c.To).Hex(), Amount: amount.String(), Tx: r.TxHash.Hex()}
	if g.JSON {
		return g.printJSON(res)
	}
	fmt.Fprintf(g.out(), "withdrew %s wei from %s to %s in %s\n", res.Amount, res.Seeder, res.To, res.Tx)
	return nil
}
