package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/wallet"
	"github.com/swarmgate/swarmgate/gwclient"
)

// gatewayFlags name the gateway a creator works with and where its session is cached.
type gatewayFlags struct {
	Gateway     string `placeholder:"URL" required:"" help:"Base URL of the gateway (https://gateway.example.com)."`
	SessionFile string `placeholder:"FILE" type:"path" help:"Session cache (mode 0600): bearer sessions by gateway and account, reused until they expire. Default: $XDG_CONFIG_HOME/swarmgate/sessions.json, or ~/.config/swarmgate/sessions.json."`
}

// gatewayURL is --gateway checked and without a trailing slash.
func (f gatewayFlags) gatewayURL() (string, error) {
	u, err := url.Parse(f.Gateway)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", fmt.Errorf("--gateway %q is not an http(s) URL (https://gateway.example.com)", f.Gateway)
	}
	return strings.TrimRight(f.Gateway, "/"), nil
}

// configPath is name under Swarmgate's per-user config directory.
func configPath(name string) (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("no config directory for %s (set XDG_CONFIG_HOME or HOME): %w", name, err)
	}
	return filepath.Join(dir, "swarmgate", name), nil
}

func (f gatewayFlags) sessions() (*gwclient.Sessions, error) {
	p := f.SessionFile
	if p == "" {
		var err error
		if p, err = configPath("sessions.json"); err != nil {
			return nil, err
		}
	}
	return gwclient.OpenSessions(p), nil
}

// address is the signing account, found without unlocking it: --dev-key's, --from, or the
// keystore's only account.
func (f signerFlags) address() (common.Address, error) {
	if f.DevKey != "" {
		k, err := wallet.RawKey(wallet.DevChainID, f.DevKey)
		if err != nil {
			return common.Address{}, fmt.Errorf("--dev-key: %w", err)
		}
		return k.Address, nil
	}
	if f.From != "" {
		if !common.IsHexAddress(f.From) {
			return common.Address{}, fmt.Errorf("--from %q is not an address (0x and 40 hex digits)", f.From)
		}
		return common.HexToAddress(f.From), nil
	}
	dir, err := f.dir()
	if err != nil {
		return common.Address{}, err
	}
	accts, err := wallet.Open(dir).List()
	if err != nil {
		return common.Address{}, err
	}
	switch len(accts) {
	case 0:
		return common.Address{}, fmt.Errorf("no account in the keystore %s: create one with 'swarmgate wallet create' or import one with 'swarmgate wallet import', or give --keystore", dir)
	case 1:
		return accts[0].Address, nil
	}
	return common.Address{}, fmt.Errorf("the keystore %s holds %d accounts: choose one with --from", dir, len(accts))
}

// creator is a signed-in creator at one gateway: the client, the session, and the signing key
// once it was unlocked.
type creator struct {
	gw      *gwclient.Client
	sess    gwclient.Session
	signer  signerFlags
	key     *wallet.Key
	chainID uint64
	cached  bool
}

// unlock returns the signing key for chainID, unlocking it once.
func (c *creator) unlock(chainID uint64) (*wallet.Key, error) {
	if c.key != nil {
		return c.key, nil
	}
	k, err := c.signer.key(chainID)
	if err != nil {
		return nil, fmt.Errorf("unlock the signing account: %w", err)
	}
	c.key, c.chainID = k, chainID
	return k, nil
}

// signIn returns the creator at the gateway: the cached session for the signing account when
// the gateway still honours it, else a new sign-in (EIP-4361), which is cached. force always
// signs in anew. expectChain, when not 0, refuses a gateway on another chain.
func signIn(ctx context.Context, g *globals, gf gatewayFlags, sf signerFlags, expectChain uint64, force bool) (*creator, error) {
	base, err := gf.gatewayURL()
	if err != nil {
		return nil, err
	}
	addr, err := sf.address()
	if err != nil {
		return nil, err
	}
	cache, err := gf.sessions()
	if err != nil {
		return nil, err
	}
	c := &creator{gw: gwclient.New(base, &http.Client{Timeout: 5 * time.Minute}), signer: sf}
	if !force {
		sess, ok, err := cache.Get(base, addr)
		if err != nil {
			return nil, err
		}
		if ok {
			c.gw.SetToken(sess.Token)
			switch _, err := c.gw.Session(ctx); {
			case err == nil:
				c.sess, c.cached = sess, true
				g.logger().Debug("using the cached session", "gateway", base, "address", addr.Hex(), "expires", sess.ExpiresAt)
				return c, nil
			case gwclient.IsStatus(err, http.StatusUnauthorized):
				g.logger().Info("the cached session was revoked or expired; signing in again", "gateway", base, "address", addr.Hex())
			default:
				return nil, explain(err)
			}
		}
	}
	sess, err := c.gw.SignIn(ctx, expectChain, func(chainID uint64) (*ecdsa.PrivateKey, error) {
		k, err := c.unlock(chainID)
		if err != nil {
			return nil, err
		}
		if k.Address != addr {
			return nil, fmt.Errorf("the unlocked key is %s, not %s", k.Address.Hex(), addr.Hex())
		}
		return k.PrivateKey, nil
	})
	if err != nil {
		return nil, explain(err)
	}
	if err := cache.Put(sess); err != nil {
		return nil, err
	}
	g.logger().Info("signed in", "gateway", base, "address", sess.Address.Hex(), "expires", sess.ExpiresAt)
	c.sess = sess
	return c, nil
}

// explain turns a gateway problem into the message a creator reads: what the gateway said
// (its detail tells what to do) and its stable code. Other errors pass through.
func explain(err error) error {
	var p *gwclient.Problem
	if errors.As(err, &p) {
		return fmt.Errorf("%w (the gateway refused: %d %s)", errors.New(strings.TrimSpace(p.Detail)), p.Status, p.Code)
	}
	return err
}

// chainFlags reach the chain for the commands that read it or send transactions: an RPC
// endpoint and the deployment file of the contracts. A command that knows a gateway fills in
// what they leave out from the gateway's GET /v1/chain (see openVia).
type chainFlags struct {
	RPCURL     string        `name:"rpc-url" placeholder:"URL" help:"JSON-RPC URL of the chain the contracts live on (http, https, ws or wss). With --gateway and without this flag, the RPC URL the gateway recommends (GET /v1/chain)."`
	Deployment string        `placeholder:"FILE" type:"path" help:"Deployment file naming the chain id and contract addresses (written by 'swarmgate contracts deploy' or 'swarmgate devnet'). With --gateway and without this flag, the contracts the gateway names (GET /v1/chain)."`
	TxTimeout  time.Duration `name:"tx-timeout" default:"2m" help:"How long to wait for each transaction to be mined."`
}

// chainGatewayFlag is --gateway for the commands that need only the chain: its GET /v1/chain
// names the chain, the contracts and an RPC URL, so --rpc-url and --deployment may be left out.
type chainGatewayFlag struct {
	Gateway string `placeholder:"URL" help:"Base URL of a gateway (https://gateway.example.com): without --rpc-url and --deployment, the chain, contracts and RPC URL are the ones it publishes (GET /v1/chain)."`
}

// gatewayURL is --gateway checked and without a trailing slash, or "" when it is not given.
func (f chainGatewayFlag) gatewayURL() (string, error) {
	if f.Gateway == "" {
		return "", nil
	}
	return gatewayFlags{Gateway: f.Gateway}.gatewayURL()
}

// open connects to the chain that cf names, filling in from the gateway's GET /v1/chain what
// cf leaves out when --gateway is given (chainFlags.openVia).
func (f chainGatewayFlag) open(ctx context.Context, cf chainFlags, why string) (*onChain, error) {
	base, err := f.gatewayURL()
	if err != nil {
		return nil, err
	}
	return cf.openVia(ctx, why, base)
}

// given says whether the chain flags were set.
func (f chainFlags) given() bool { return f.RPCURL != "" || f.Deployment != "" }

// onChain is an open chain connection with the contracts' client.
type onChain struct {
	eth     *ethclient.Client
	client  *chain.Client
	dep     chain.Deployment
	chainID uint64
}

func (o *onChain) Close() { o.eth.Close() }

// open connects to the chain that --rpc-url and --deployment name; why names what needs it,
// for the error when the flags are missing.
func (f chainFlags) open(ctx context.Context, why string) (*onChain, error) {
	if f.RPCURL == "" || f.Deployment == "" {
		return nil, fmt.Errorf("%s needs the chain: give --rpc-url and --deployment (or SWARMGATE_RPC_URL and SWARMGATE_DEPLOYMENT)", why)
	}
	return f.openVia(ctx, why, "")
}

// openVia connects to the chain. Explicit flags win; what they leave out (the deployment, the
// RPC URL or both) comes from the gateway at base (GET /v1/chain), when base is not "". Whatever
// the gateway answers is also a cross-check: a deployment file of another chain or other
// contracts than the gateway's, or an RPC endpoint of another chain, is an error that says which
// is which. With both flags given, a gateway that does not answer is not asked again.
func (f chainFlags) openVia(ctx context.Context, why, base string) (*onChain, error) {
	explicit := f.RPCURL != "" && f.Deployment != ""
	if base == "" && !explicit {
		return nil, fmt.Errorf("%s needs the chain: give --gateway, or --rpc-url and --deployment (or SWARMGATE_GATEWAY, or SWARMGATE_RPC_URL and SWARMGATE_DEPLOYMENT)", why)
	}
	var info *gwclient.ChainInfo
	if base != "" {
		ci, err := gwclient.New(base, &http.Client{Timeout: 30 * time.Second}).Chain(ctx)
		switch {
		case err == nil:
			info = &ci
		case explicit:
			// The flags say everything; the gateway's answer would only have been a cross-check.
		case gwclient.IsProblem(err, "chain_not_configured"):
			return nil, fmt.Errorf("%s needs the chain, and the gateway %s runs without one: give --rpc-url and --deployment", why, base)
		default:
			return nil, fmt.Errorf("ask the gateway %s which chain it is on: %w", base, explain(err))
		}
	}
	var gwDep chain.Deployment
	if info != nil {
		var err error
		if gwDep, err = info.Deployment(); err != nil {
			return nil, err
		}
	}
	dep := gwDep
	if f.Deployment != "" {
		var err error
		if dep, err = chain.ReadDeployment(f.Deployment); err != nil {
			return nil, fmt.Errorf("deployment file: %w", err)
		}
		switch {
		case info == nil:
		case dep.ChainID != gwDep.ChainID:
			return nil, fmt.Errorf("the deployment file %s is for chain id %d, but the gateway %s is on chain id %d: give the gateway's deployment, or leave --deployment out", f.Deployment, dep.ChainID, base, gwDep.ChainID)
		case dep.Registry != gwDep.Registry || dep.Escrow != gwDep.Escrow:
			return nil, fmt.Errorf("the deployment file %s names registry %s and escrow %s, but the gateway %s uses registry %s and escrow %s: give the gateway's deployment, or leave --deployment out", f.Deployment, dep.Registry.Hex(), dep.Escrow.Hex(), base, gwDep.Registry.Hex(), gwDep.Escrow.Hex())
		}
	}
	rpcURL := f.RPCURL
	if rpcURL == "" {
		if rpcURL = info.RPCURL; rpcURL == "" {
			return nil, fmt.Errorf("%s needs the chain, and the gateway %s recommends no RPC URL: give --rpc-url (a JSON-RPC endpoint of chain id %d)", why, base, gwDep.ChainID)
		}
	}
	oc, err := dialChain(ctx, rpcURL, dep)
	if errors.Is(err, chain.ErrWrongChain) && info != nil {
		return nil, fmt.Errorf("%w; the gateway %s is on chain id %d: give --rpc-url of that chain", err, base, gwDep.ChainID)
	}
	return oc, err
}

// dialChain connects to the RPC endpoint at url, which must serve dep's chain.
func dialChain(ctx context.Context, url string, dep chain.Deployment) (*onChain, error) {
	eth, err := chain.Dial(ctx, url, dep.ChainID)
	if err != nil {
		return nil, err
	}
	return &onChain{eth: eth, client: chain.NewClient(eth, dep, chain.Config{Poll: 50 * time.Millisecond}), dep: dep, chainID: dep.ChainID}, nil
}

// parseContentID checks an on-chain content id argument.
func parseContentID(s string) (*big.Int, error) {
	id, ok := new(big.Int).SetString(s, 10)
	if !ok || id.Sign() <= 0 || !chain.ValidContentID(s) {
		return nil, fmt.Errorf("content id %q is not a content id (a whole number from 1)", s)
	}
	return id, nil
}
