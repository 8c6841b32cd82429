package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/swarmgate/swarmgate/api"
	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/devchain"
	"github.com/swarmgate/swarmgate/chain/wallet"
)

// gatewayChainFlags connect the gateway to the chain: an RPC endpoint and a deployment file, or
// an in-process dev chain; a relayer account for gasless registration; the sign-in, key and
// indexer settings.
type gatewayChainFlags struct {
	RPCURL          string        `name:"rpc-url" placeholder:"URL" help:"JSON-RPC endpoint of the chain the contracts live on (http(s), ws(s) or an IPC path); needs --deployment."`
	Deployment      string        `name:"deployment" placeholder:"FILE" help:"Deployment file naming the chain id, contract addresses and start block (written by the contract deployment)."`
	PublicRPCURL    string        `name:"public-rpc-url" placeholder:"URL" help:"JSON-RPC endpoint the gateway recommends to clients in GET /v1/chain, so viewers and creators need only the gateway's URL (http(s) or ws(s); with --dev, the dev node's own endpoint by default). Anyone can read it: never one with credentials."`
	Dev             bool          `name:"dev" help:"Start an in-process dev chain and deploy the contracts to it with dev account 0, which also relays registrations; for trying the gateway out, never for real funds."`
	RelayerKeystore string        `name:"relayer-keystore" placeholder:"DIR" help:"Keystore directory of the account that relays signed registrations and pays their gas; without it creators send the register transaction themselves."`
	RelayerAddress  string        `name:"relayer-address" placeholder:"ADDRESS" help:"Relayer account in the keystore; may be left out when the keystore holds one account."`
	PassphraseFile  string        `name:"passphrase-file" placeholder:"FILE" help:"File with the relayer keystore's passphrase; without it the passphrase is read from SWARMGATE_PASSPHRASE."`
	SessionTTL      time.Duration `name:"session-ttl" default:"1h" help:"Lifetime of a bearer session opened by sign-in."`
	NonceTTL        time.Duration `name:"nonce-ttl" default:"5m" help:"How long a sign-in nonce waits for its signed message."`
	RateAuth        float64       `name:"rate-auth" default:"1" placeholder:"N" help:"Sign-in requests per second allowed per client IP (0 turns the limit off)."`
	BurstAuth       int           `name:"burst-auth" default:"10" placeholder:"N" help:"Burst of sign-in requests allowed per client IP."`
	RateRegister    float64       `name:"rate-register" default:"0.1" placeholder:"N" help:"Relayed registrations per second allowed per creator (the gateway pays their gas; 0 turns the limit off)."`
	BurstRegister   int           `name:"burst-register" default:"3" placeholder:"N" help:"Burst of relayed registrations allowed per creator."`
	PasskeyTTL      time.Duration `name:"passkey-ttl" default:"24h" help:"Longest lifetime of a tracker passkey issued with a content key (never beyond the viewer's access)."`
	AccessCacheSize int           `name:"access-cache-size" default:"100000" placeholder:"N" help:"Entitlement answers kept in memory."`
	AccessYesTTL    time.Duration `name:"access-yes-ttl" default:"5m" help:"How long a perpetual 'has access' answer is cached (time-limited ones until they end, at most this long)."`
	AccessNoTTL     time.Duration `name:"access-no-ttl" default:"2s" help:"How long a 'no access' answer is cached; keep it within a block time so a viewer who just paid is served at once."`
	KeyCacheSize    int           `name:"key-cache-size" default:"10000" placeholder:"N" help:"Registered items whose hashes and sealed content key are kept in memory for key issuance (0 turns the cache off)."`
	KeyCacheTTL     time.Duration `name:"key-cache-ttl" default:"10m" help:"Longest an item stays in the key issuance cache."`
	IssuanceFlush   time.Duration `name:"issuance-flush" default:"10s" help:"How often the issued-key day counter is written to the database (it is also written at shutdown)."`
	IndexPoll       time.Duration `name:"index-poll" default:"2s" help:"How often the indexer looks for new blocks once it has caught up."`
	IndexBatch      uint64        `name:"index-batch" default:"1000" placeholder:"N" help:"Most blocks the indexer reads in one request and one database transaction."`
}

// gatewayChain is the opened chain side of the gateway; Close releases it in reverse order.
type gatewayChain struct {
	dev     *devchain.Chain
	eth     *ethclient.Client
	client  *chain.Client
	dep     chain.Deployment
	relayer *bind.TransactOpts
}

func (gc *gatewayChain) Close() {
	if gc.eth != nil && gc.dev == nil {
		gc.eth.Close()
	}
	if gc.dev != nil {
		_ = gc.dev.Close()
	}
}

// devUnlockDelay is the escrow unlock delay of contracts deployed to the dev chain.
const devUnlockDelay = 7 * 24 * time.Hour

// openChain validates every flag (the gateway's and the chain's) and, when they are sound,
// connects to the chain and checks the deployment, reporting every problem at once before
// anything else starts. It sets cfg.ChainID.
func (c *gatewayRunCmd) openChain(ctx context.Context, cfg *api.Config, log *slog.Logger) (*gatewayChain, error) {
	var problems []string
	var cfgErr *api.ConfigError
	if err := cfg.Validate(); errors.As(err, &cfgErr) {
		problems = append(problems, cfgErr.Problems...)
	} else if err != nil {
		return nil, err
	}
	add := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	fail := func() error { return &api.ConfigError{Problems: problems} }
	// The gateway's own problems are reported with the chain's: the chain is still checked
	// (without starting anything) when only they are wrong.
	ownProblems := len(problems)

	var relayerAddr common.Address
	if c.RelayerAddress != "" {
		if !common.IsHexAddress(c.RelayerAddress) {
			add("relayer address %q is not a 0x-prefixed address of 40 hex digits", c.RelayerAddress)
		}
		relayerAddr = common.HexToAddress(c.RelayerAddress)
		if c.RelayerKeystore == "" {
			add("relayer address is set without a relayer keystore; give --relayer-keystore too")
		}
	}
	var dep chain.Deployment
	switch {
	case c.Dev && (c.RPCURL != "" || c.Deployment != ""):
		add("--dev starts its own chain: drop --rpc-url and --deployment, or drop --dev")
	case c.Dev && c.RelayerKeystore != "":
		add("--dev relays with dev account 0: drop --relayer-keystore")
	case c.RPCURL != "" && c.Deployment == "":
		add("an RPC URL is set without a deployment file; give --deployment too (it names the contracts)")
	case c.RPCURL == "" && c.Deployment != "":
		add("a deployment file is set without an RPC URL; give --rpc-url too")
	case c.Deployment != "":
		var err error
		if dep, err = chain.ReadDeployment(c.Deployment); err != nil {
			add("deployment file: %v", err)
		}
	case c.RelayerKeystore != "":
		add("a relayer keystore is set without a chain; give --rpc-url and --deployment")
	}
	if c.PublicRPCURL != "" && !c.Dev && c.RPCURL == "" {
		add("a public RPC URL is set without a chain; give --rpc-url and --deployment (or --dev) too")
	}
	if len(problems) > ownProblems || (len(problems) > 0 && (c.Dev || c.RPCURL == "")) {
		return nil, fail()
	}
	gc := &gatewayChain{}
	clientCfg := chain.Config{Confirmations: cfg.ConfirmationDepth, Logger: log}
	switch {
	case c.Dev:
		// The gateway's web app (and any CORS origin) reads the dev chain from the browser.
		dc, err := devchain.New(devchain.Config{Logger: log, HTTPCors: append([]string{webOrigin(cfg.PublicURL)}, cfg.CORSOrigins...)})
		if err != nil {
			return nil, err
		}
		if err := dc.Start(ctx); err != nil {
			return nil, fmt.Errorf("start the dev chain: %w", err)
		}
		gc.dev, gc.eth = dc, dc.Client()
		acct := dc.Accounts()[0]
		gc.relayer = acct.TransactOpts()
		clientCfg.Poll = devchain.Poll
		if gc.dep, err = dc.Deploy(ctx, chain.DeployConfig{UnlockDelay: devUnlockDelay}); err != nil {
			gc.Close()
			return nil, fmt.Errorf("deploy the contracts to the dev chain: %w", err)
		}
		if cfg.PublicRPCURL == "" {
			cfg.PublicRPCURL = dc.RPCURL()
		}
		log.Warn("dev chain running in-process: its accounts' keys are public, never use it for real funds",
			"rpc_url", dc.RPCURL(), "chain_id", dc.ChainID(), "registry", gc.dep.Registry, "escrow", gc.dep.Escrow, "relayer", acct.Address)
	case c.RPCURL != "":
		eth, err := chain.Dial(ctx, c.RPCURL, dep.ChainID)
		if err != nil {
			add("RPC URL: %v", err)
			return nil, fail()
		}
		gc.eth, gc.dep = eth, dep
		if err := chain.CheckDeployment(ctx, eth, dep); err != nil {
			add("deployment file %s: %v", c.Deployment, err)
		}
		if c.RelayerKeystore != "" {
			key, err := c.unlockRelayer(relayerAddr)
			if err != nil {
				add("relayer: %v", err)
			} else {
				gc.relayer = key.TransactOpts(dep.ChainID)
			}
		}
		if len(problems) > 0 {
			gc.Close()
			return nil, fail()
		}
	default:
		return gc, nil
	}
	gc.client = chain.NewClient(gc.eth, gc.dep, clientCfg)
	cfg.ChainID = gc.dep.ChainID
	return gc, nil
}

func (c *gatewayRunCmd) unlockRelayer(addr common.Address) (*wallet.Key, error) {
	pass, err := wallet.ReadPassphrase(c.PassphraseFile)
	if err != nil {
		return nil, err
	}
	key, err := wallet.Open(c.RelayerKeystore).Unlock(addr, pass)
	if err != nil {
		return nil, fmt.Errorf("unlock %s: %w", strings.TrimSpace(c.RelayerKeystore), err)
	}
	return key, nil
}

// webOrigin is the origin (scheme://host[:port]) of an http(s) URL, as browsers send it.
func webOrigin(u string) string {
	p, err := url.Parse(u)
	if err != nil || p.Host == "" {
		return u
	}
	return p.Scheme + "://" + p.Host
}
