package main

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"time"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/devchain"
)

// devnetCmd runs the in-process development chain until interrupted.
type devnetCmd struct {
	HTTPHost    string        `name:"http-host" default:"127.0.0.1" help:"IP address JSON-RPC listens on; 0.0.0.0 exposes the dev chain (whose dev keys are public) to the network, for containers."`
	HTTPPort    int           `name:"http-port" default:"8545" help:"JSON-RPC port; 0 picks a free port."`
	Datadir     string        `type:"path" placeholder:"DIR" help:"Keep the chain in this directory across restarts; without it the chain lives in memory and is gone on exit."`
	Accounts    int           `default:"10" help:"Number of funded dev accounts (their keys are fixed and public)."`
	Deployment  string        `type:"path" placeholder:"FILE" help:"Where to write the deployment file (chain id, contract addresses, start block) that other commands read. Default: DIR/deployment.json with --datadir, else ./deployment.json."`
	UnlockDelay time.Duration `default:"1h" help:"Escrow unlock delay of the dev deployment: how long a viewer's withdrawal waits."`
}

// deploy deploys the contracts from dev account 0 and writes the deployment file. A chain kept in
// a data directory keeps its contracts: when the file names contracts that exist on this chain,
// they are used again.
func (c *devnetCmd) deploy(ctx context.Context, dc *devchain.Chain, g *globals) (*chain.Deployment, error) {
	path := c.Deployment
	if path == "" {
		path = "deployment.json"
		if c.Datadir != "" {
			path = filepath.Join(c.Datadir, "deployment.json")
		}
	}
	dep, _, err := deployDevContracts(ctx, dc, path, c.Datadir != "", c.UnlockDelay, g.logger())
	if err != nil {
		return nil, err
	}
	return &dep, nil
}

// deployDevContracts deploys the contracts to the dev chain from dev account 0 and writes the
// deployment file at path. With reuse (a chain kept on disk), a file that names contracts that
// exist on this chain is used again instead, and reused says so. `devnet --datadir` and `demo`
// share it.
func deployDevContracts(ctx context.Context, dc *devchain.Chain, path string, reuse bool, unlockDelay time.Duration, log *slog.Logger) (dep chain.Deployment, reused bool, err error) {
	if reuse {
		if dep, err := chain.ReadDeployment(path); err == nil && chain.CheckDeployment(ctx, dc.Client(), dep) == nil {
			log.Info("reusing the dev chain's contracts", "file", path)
			return dep, true, nil
		}
	}
	dep, err = dc.Deploy(ctx, chain.DeployConfig{UnlockDelay: unlockDelay})
	if err != nil {
		return dep, false, err
	}
	if err := chain.WriteDeployment(path, dep); err != nil {
		return dep, false, fmt.Errorf("write deployment file: %w", err)
	}
	log.Info("contracts deployed", "registry", dep.Registry, "escrow", dep.Escrow, "file", path)
	return dep, false, nil
}

// devnetKeyWarning labels the dev keys wherever they are printed.
const devnetKeyWarning = "PUBLIC dev keys, known to everyone: never use them, or send real funds to their addresses, on any other network"

// devnetAccount is one dev account as printed.
type devnetAccount struct {
	Address    string `json:"address"`
	PrivateKey string `json:"privateKey"`
}

// devnetInfo is what `swarmgate devnet` prints once the chain runs; --json prints it as one
// object.
type devnetInfo struct {
	RPCURL     string            `json:"rpcUrl"`
	ChainID    uint64            `json:"chainId"`
	Accounts   []devnetAccount   `json:"accounts"`
	Warning    string            `json:"warning"`
	Deployment *chain.Deployment `json:"deployment,omitempty"`
}

func (c *devnetCmd) Run(ctx context.Context, g *globals) error {
	log := g.logger()
	dc, err := devchain.New(devchain.Config{
		DataDir:  c.Datadir,
		HTTPHost: c.HTTPHost,
		HTTPPort: c.HTTPPort,
		Accounts: c.Accounts,
		Logger:   log,
		GethLogs: g.LogLevel == "debug",
	})
	if err != nil {
		return err
	}
	if err := dc.Start(ctx); err != nil {
		return err
	}
	defer dc.Close()

	info := devnetInfo{RPCURL: dc.RPCURL(), ChainID: dc.ChainID(), Warning: devnetKeyWarning}
	for _, a := range dc.Accounts() {
		info.Accounts = append(info.Accounts, devnetAccount{Address: a.Address.Hex(), PrivateKey: a.KeyHex()})
	}
	if info.Deployment, err = c.deploy(ctx, dc, g); err != nil {
		return fmt.Errorf("deploy contracts to the dev chain: %w", err)
	}
	if err := printDevnet(g, info); err != nil {
		return err
	}
	fmt.Fprintln(g.errw(), "Dev chain running. Press Ctrl-C to stop.")

	<-ctx.Done()
	log.Info("dev chain shutting down")
	return dc.Close()
}

func printDevnet(g *globals, info devnetInfo) error {
	if g.JSON {
		return g.printJSON(info)
	}
	w := g.out()
	fmt.Fprintf(w, "RPC URL:  %s\nChain ID: %d\n", info.RPCURL, info.ChainID)
	if d := info.Deployment; d != nil {
		fmt.Fprintf(w, "Registry: %s\nEscrow:   %s\nStart block: %d\n", d.Registry.Hex(), d.Escrow.Hex(), d.StartBlock)
	}
	fmt.Fprintf(w, "\nDev accounts (%s):\n", info.Warning)
	for i, a := range info.Accounts {
		fmt.Fprintf(w, "  (%d) %s  key %s\n", i, a.Address, a.PrivateKey)
	}
	return nil
}
