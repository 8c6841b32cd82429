package api

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/chain/siwe"
)

// ChainStatus is what the gateway's health check needs from the chain: the head block the
// gateway's client sees. *chain.Client implements it.
type ChainStatus interface {
	// Head returns the number of the latest block.
	Head(ctx context.Context) (uint64, error)
}

// Entitlement is what key issuance needs from the chain: whether account may have item id's
// key, read at the confirmed block (head minus the confirmation depth), until when, and if not,
// why not. *chain.Client implements it; the gateway caches the answers as DESIGN.md
// "Entitlement" says (see entitlementCache).
type Entitlement interface {
	Access(ctx context.Context, id *big.Int, account common.Address) (chain.Access, error)
}

// Registry is what registration needs from the chain: the registry's signing domain and the
// creator's nonce, the calldata of a direct register transaction, and relaying a signed one.
// *chain.Client implements it.
type Registry interface {
	ChainID() *big.Int
	Deployment() chain.Deployment
	RegistryDomain() eip712.Domain
	Nonce(ctx context.Context, creator common.Address) (*big.Int, error)
	ContentIDOf(ctx context.Context, creator common.Address, contentHash common.Hash) (*big.Int, error)
	RegisterCallData(reg eip712.Registration) []byte
	RegisterWithSig(ctx context.Context, opts *bind.TransactOpts, reg eip712.Registration, sig []byte) (*big.Int, *types.Receipt, error)
}

// SignatureVerifier is what sign-in needs from the chain to let contract wallets (smart
// accounts, Safes) in: an EIP-1271 isValidSignature call to the account. With Deps.Wallets set
// (*chain.Client implements it), POST /v1/auth/verify asks the message's address whenever
// ecrecover does not give it; otherwise only externally owned accounts sign in.
type SignatureVerifier = siwe.Verifier

var (
	_ ChainStatus       = (*chain.Client)(nil)
	_ SignatureVerifier = (*chain.Client)(nil)
	_ Entitlement       = (*chain.Client)(nil)
	_ Registry          = (*chain.Client)(nil)
)
