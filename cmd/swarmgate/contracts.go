package main

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain"
)

// contractsCmd is `swarmgate contracts …`.
type contractsCmd struct {
	Deploy contractsDeployCmd `cmd:"" help:"Deploy ContentRegistry and BandwidthEscrow to an EVM chain and write the deployment file other commands read."`
	Check  contractsCheckCmd  `cmd:"" help:"Check that a deployment file's contracts exist on the chain a node serves."`
}

type contractsDeployCmd struct {
	rpcFlags
	signerFlags
	Out          string        `default:"deployment.json" type:"path" help:"Where to write the deployment file (chain id, addresses, start block)."`
	Admin        string        `placeholder:"ADDRESS" help:"Owner of the registry (platform fee and pause switch; transferred in two steps). Default: the deploying account."`
	FeeRecipient string        `placeholder:"ADDRESS" help:"Receiver of the platform fee. Default: the admin."`
	FeeBps       uint16        `default:"0" help:"Platform fee in basis points of every sale (100 = 1%); the contract caps it at 1000."`
	UnlockDelay  time.Duration `default:"168h" help:"How long a viewer's escrow withdrawal waits, during which seeders can still redeem its receipts (1s to 8760h)."`
}

func (c *contractsDeployCmd) Run(ctx context.Context, g *globals) error {
	cfg := chain.DeployConfig{FeeBps: c.FeeBps, UnlockDelay: c.UnlockDelay}
	var err error
	if cfg.Admin, err = optionalAddress("--admin", c.Admin); err != nil {
		return err
	}
	if cfg.FeeRecipient, err = optionalAddress("--fee-recipient", c.FeeRecipient); err != nil {
		return err
	}
	if err := cfg.Validate(); err != nil {
		return err
	}
	client, chainID, err := c.dial(ctx)
	if err != nil {
		return err
	}
	defer client.Close()
	key, err := c.key(chainID)
	if err != nil {
		return err
	}
	log := g.logger()
	log.Info("deploying contracts", "chain_id", chainID, "from", key.Address)
	ctx, cancel := context.WithTimeout(ctx, c.Timeout)
	defer cancel()
	poll := chain.DefaultPoll
	if chainID == 1337 {
		poll = 10 * time.Millisecond
	}
	dep, err := chain.Deploy(ctx, client, key.TransactOpts(chainID), cfg, poll)
	if err != nil {
		return err
	}
	if err := chain.WriteDeployment(c.Out, dep); err != nil {
		return fmt.Errorf("contracts deployed (registry %s, escrow %s) but the deployment file could not be written: %w", dep.Registry, dep.Escrow, err)
	}
	log.Info("deployment written", "file", c.Out)
	if g.JSON {
		return g.printJSON(dep)
	}
	fmt.Fprintf(g.out(), "chain id     %d\nregistry     %s\nescrow       %s\nstart block  %d\nwritten to   %s\n",
		dep.ChainID, dep.Registry, dep.Escrow, dep.StartBlock, c.Out)
	return nil
}

type contractsCheckCmd struct {
	rpcFlags
	Deployment string `default:"deployment.json" type:"existingfile" help:"Deployment file to check."`
}

func (c *contractsCheckCmd) Run(ctx context.Context, g *globals) error {
	dep, err := chain.ReadDeployment(c.Deployment)
	if err != nil {
		return err
	}
	client, _, err := c.dial(ctx)
	if err != nil {
		return err
	}
	defer client.Close()
	if err := chain.CheckDeployment(ctx, client, dep); err != nil {
		return err
	}
	if g.JSON {
		return g.printJSON(dep)
	}
	fmt.Fprintf(g.out(), "ok: registry %s and escrow %s are deployed on chain %d\n", dep.Registry, dep.Escrow, dep.ChainID)
	return nil
}

// optionalAddress parses an address flag that may be empty.
func optionalAddress(flag, s string) (common.Address, error) {
	if s == "" {
		return common.Address{}, nil
	}
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("%s %q is not an address (0x and 40 hex digits)", flag, s)
	}
	return common.HexToAddress(s), nil
}
