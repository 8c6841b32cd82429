package main

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/swarmgate/swarmgate/api"
	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/seeder"
)

// gatewayOriginFlags configure the origin seeder: the gateway seeds every registered item whose
// ciphertext is in its content store, through the seeder package, with its own price.
type gatewayOriginFlags struct {
	Origin               bool   `name:"origin" default:"true" negatable:"" help:"Seed every registered item whose ciphertext is in the content store, as its origin seeder (on when a chain is configured; --no-origin turns it off)."`
	OriginListen         string `name:"origin-listen" default:"0.0.0.0:42071" placeholder:"HOST:PORT" help:"BitTorrent TCP address the origin seeder listens on."`
	OriginPricePerGiB    string `name:"origin-price-per-gib" default:"0" placeholder:"WEI" help:"Origin seeder's price in wei per GiB served; 0 still collects (zero-priced) receipts. Items whose policy is free are always served without receipts."`
	OriginMaxUploadRate  uint64 `name:"origin-max-upload-rate" default:"0" placeholder:"BYTES" help:"Most bytes per second the origin seeder sends to all peers together (0: no cap; otherwise at least 16384). A cap leaves most of the serving to seeders and viewers."`
	OriginKeystore       string `name:"origin-keystore" placeholder:"DIR" help:"Keystore directory of the origin seeder's payout account; without it the relayer account is used (on --dev, the last dev account)."`
	OriginAddress        string `name:"origin-address" placeholder:"ADDRESS" help:"Origin payout account in --origin-keystore; may be left out when the keystore holds one account."`
	OriginPassphraseFile string `name:"origin-passphrase-file" placeholder:"FILE" help:"File with the origin keystore's passphrase; without it the passphrase is read from SWARMGATE_PASSPHRASE."`
}

// originConfig is the origin seeder's configuration, or ok false when the origin is off (it
// logs why). It writes the dev chain's deployment file for the seeder on --dev.
func (c *gatewayRunCmd) originConfig(cc *gatewayChain, log *slog.Logger) (cfg seeder.Config, ok bool, err error) {
	if !c.Origin {
		return cfg, false, nil
	}
	if cc.client == nil {
		log.Info("origin seeding is off: no chain configured")
		return cfg, false, nil
	}
	var problems []string
	add := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	dataDir := filepath.Join(c.DataDir, "origin")
	if c.DataDir == "" {
		add("origin seeding needs --data-dir for its database (or give --no-origin)")
	}
	cfg = seeder.DefaultConfig()
	cfg.DataDir, cfg.Listen, cfg.StatusListen, cfg.AllowNoItems = dataDir, c.OriginListen, "", true
	cfg.Confirmations = c.Confirmations
	cfg.MaxUploadRate = c.OriginMaxUploadRate
	if p, ok := new(big.Int).SetString(strings.TrimSpace(c.OriginPricePerGiB), 10); ok {
		cfg.PricePerGiB = p
	} else {
		add("origin price %q is not a whole number of wei", c.OriginPricePerGiB)
		cfg.PricePerGiB = new(big.Int)
	}
	if c.OriginAddress != "" {
		if !common.IsHexAddress(c.OriginAddress) {
			add("origin address %q is not a 0x-prefixed address of 40 hex digits", c.OriginAddress)
		} else if c.OriginKeystore == "" {
			add("origin address is set without an origin keystore; give --origin-keystore too")
		}
	}
	switch {
	case c.OriginKeystore != "":
		cfg.Keystore, cfg.PassphraseFile = c.OriginKeystore, c.OriginPassphraseFile
		if common.IsHexAddress(c.OriginAddress) {
			cfg.Payout = common.HexToAddress(c.OriginAddress)
		}
	case c.Dev:
		accts := cc.dev.Accounts()
		cfg.DevKey = hex.EncodeToString(crypto.FromECDSA(accts[len(accts)-1].Key))
	case c.RelayerKeystore != "":
		cfg.Keystore, cfg.PassphraseFile = c.RelayerKeystore, c.PassphraseFile
		if common.IsHexAddress(c.RelayerAddress) {
			cfg.Payout = common.HexToAddress(c.RelayerAddress)
		}
	default:
		log.Warn("origin seeding is off: no payout account (give --origin-keystore or --relayer-keystore, or --no-origin to silence this)")
		return cfg, false, nil
	}
	if c.Dev {
		cfg.RPCURL, cfg.TxPoll = cc.dev.RPCURL(), 5*time.Millisecond
		cfg.Deployment = filepath.Join(dataDir, "deployment.json")
		if len(problems) == 0 {
			if err := os.MkdirAll(dataDir, 0o700); err != nil {
				return cfg, false, fmt.Errorf("create the origin data directory: %w", err)
			}
			if err := chain.WriteDeployment(cfg.Deployment, cc.dep); err != nil {
				return cfg, false, fmt.Errorf("write the dev deployment for the origin: %w", err)
			}
		}
	} else {
		cfg.RPCURL, cfg.Deployment = c.RPCURL, c.Deployment
	}
	if len(problems) == 0 {
		if err := cfg.Validate(); err != nil {
			add("origin seeder: %v", err)
		}
	}
	if len(problems) > 0 {
		return cfg, false, &api.ConfigError{Problems: problems}
	}
	return cfg, true, nil
}

// runOrigin runs the origin seeder node and, once it serves, the gateway's origin chore that
// feeds it registered items, until ctx ends or the node fails. The chore stops before the node.
func runOrigin(ctx context.Context, srv *api.Server, cfg seeder.Config, log *slog.Logger) error {
	ready := make(chan struct{})
	node, err := seeder.New(cfg, seeder.Deps{Logger: log.With("component", "origin"), Ready: func(*seeder.Node) { close(ready) }})
	if err != nil {
		return err
	}
	nodeCtx, stopNode := context.WithCancel(context.WithoutCancel(ctx))
	defer stopNode()
	nodeDone := make(chan error, 1)
	go func() { nodeDone <- node.Run(nodeCtx) }()
	select {
	case <-ready:
	case err := <-nodeDone:
		if ctx.Err() != nil {
			return nil // stopped while starting: what it says is the cancellation
		}
		if err == nil {
			err = errors.New("stopped before serving")
		}
		return fmt.Errorf("origin seeder: %w", err)
	case <-ctx.Done():
		stopNode()
		<-nodeDone // the node's error is the cancellation of its start
		return nil
	}
	choreCtx, stopChore := context.WithCancel(ctx)
	defer stopChore()
	choreDone := make(chan error, 1)
	go func() { choreDone <- srv.RunOrigin(choreCtx, node, api.OriginConfig{Account: node.Payout()}) }()
	var nodeErr error
	select {
	case <-ctx.Done():
	case nodeErr = <-nodeDone: // the node failed while the gateway runs
		nodeDone <- nodeErr
		if nodeErr == nil {
			nodeErr = errors.New("origin seeder stopped")
		}
	}
	stopChore()
	choreErr := <-choreDone
	stopNode()
	if err := <-nodeDone; nodeErr == nil {
		nodeErr = err
	}
	return errors.Join(choreErr, nodeErr)
}
