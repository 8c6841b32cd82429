package main

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/wallet"
)

// signerFlags choose the account that signs transactions: a keystore account unlocked with a
// passphrase, or (dev chain only) a raw dev key.
type signerFlags struct {
	keystoreFlag
	From string `placeholder:"ADDRESS" help:"Account in the keystore that signs and pays for transactions; may be left out when the keystore holds exactly one."`
	passphraseFlag
	DevKey string `placeholder:"HEX" help:"Raw private key instead of a keystore account. Refused on every chain but the dev chain (chain id 1337), whose dev keys are public."`
}

// key unlocks the signing key for chainID.
func (f signerFlags) key(chainID uint64) (*wallet.Key, error) {
	if f.DevKey != "" {
		return wallet.RawKey(chainID, f.DevKey)
	}
	var from common.Address
	if f.From != "" {
		if !common.IsHexAddress(f.From) {
			return nil, fmt.Errorf("--from %q is not an address (0x and 40 hex digits)", f.From)
		}
		from = common.HexToAddress(f.From)
	}
	dir, err := f.dir()
	if err != nil {
		return nil, err
	}
	pass, err := f.passphrase()
	if err != nil {
		return nil, err
	}
	return wallet.Open(dir).Unlock(from, pass)
}

// rpcFlags reach an EVM node.
type rpcFlags struct {
	RPCURL  string        `name:"rpc-url" placeholder:"URL" help:"JSON-RPC URL of the EVM node (http, https, ws or wss)." required:""`
	ChainID uint64        `placeholder:"ID" help:"Chain id the node must serve; refuse to run against any other. 0 accepts what the node reports."`
	Timeout time.Duration `default:"2m" help:"How long to wait for each transaction to be mined."`
}

// dial connects to the node and checks its chain id against --chain-id.
func (f rpcFlags) dial(ctx context.Context) (*ethclient.Client, uint64, error) {
	client, err := chain.Dial(ctx, f.RPCURL, f.ChainID)
	if err != nil {
		return nil, 0, err
	}
	id, err := client.ChainID(ctx)
	if err != nil {
		client.Close()
		return nil, 0, fmt.Errorf("%w: %s: %w", chain.ErrUnreachable, f.RPCURL, err)
	}
	return client, id.Uint64(), nil
}
