package chain

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/swarmgate/swarmgate/contracts/bindings/bandwidthescrow"
	"github.com/swarmgate/swarmgate/contracts/bindings/contentregistry"
)

// DeployConfig are the constructor arguments of a deployment.
type DeployConfig struct {
	// Admin owns the registry (fee and pause switch; Ownable2Step). Zero: the deployer.
	Admin common.Address
	// FeeRecipient receives the platform fee. Zero: the admin.
	FeeRecipient common.Address
	// FeeBps is the platform fee in basis points; the contract caps it at 1,000 (10%).
	FeeBps uint16
	// UnlockDelay is how long a viewer's escrow withdrawal waits, during which seeders can still
	// redeem; at least a second, at most 365 days. Seeders refuse grants shorter than their
	// settlement window, so a week is the production default.
	UnlockDelay time.Duration
}

// Validate reports every bad field at once.
func (c DeployConfig) Validate() error {
	var errs []error
	if c.FeeBps > 1000 {
		errs = append(errs, fmt.Errorf("fee %d bps is above the contract's cap of 1000 bps (10%%)", c.FeeBps))
	}
	if c.UnlockDelay < time.Second || c.UnlockDelay > 365*24*time.Hour {
		errs = append(errs, fmt.Errorf("unlock delay %s must be between 1s and 365 days", c.UnlockDelay))
	}
	return errors.Join(errs...)
}

// Deploy deploys ContentRegistry and BandwidthEscrow from opts.From and waits for both.
// The returned Deployment's StartBlock is the block of the first contract: indexers start there.
func Deploy(ctx context.Context, backend Backend, opts *bind.TransactOpts, cfg DeployConfig, poll time.Duration) (Deployment, error) {
	if err := cfg.Validate(); err != nil {
		return Deployment{}, err
	}
	chainID, err := RetryValue(ctx, DefaultRetry, backend.ChainID)
	if err != nil {
		return Deployment{}, fmt.Errorf("%w: read chain id: %w", ErrUnreachable, err)
	}
	admin := cfg.Admin
	if admin == (common.Address{}) {
		admin = opts.From
	}
	feeRecipient := cfg.FeeRecipient
	if feeRecipient == (common.Address{}) {
		feeRecipient = admin
	}
	dep := Deployment{ChainID: chainID.Uint64(), Deployer: opts.From}
	// A throwaway client only for its transaction machinery (estimate, sign, send, wait, decode).
	c := NewClient(backend, dep, Config{Poll: poll})

	registryCode := hexutil.MustDecode(contentregistry.ContentRegistryMetaData.Bin)
	registryArgs := contentregistry.NewContentRegistry().PackConstructor(admin, feeRecipient, cfg.FeeBps)
	reg, err := c.deploy(ctx, opts, append(registryCode, registryArgs...))
	if err != nil {
		return Deployment{}, fmt.Errorf("deploy ContentRegistry: %w", err)
	}
	escrowCode := hexutil.MustDecode(bandwidthescrow.BandwidthEscrowMetaData.Bin)
	escrowArgs := bandwidthescrow.NewBandwidthEscrow().PackConstructor(uint64(cfg.UnlockDelay / time.Second))
	esc, err := c.deploy(ctx, opts, append(escrowCode, escrowArgs...))
	if err != nil {
		return Deployment{}, fmt.Errorf("deploy BandwidthEscrow: %w", err)
	}
	dep.Registry, dep.Escrow, dep.StartBlock = reg.ContractAddress, esc.ContractAddress, reg.BlockNumber.Uint64()
	return dep, nil
}

func (c *Client) deploy(ctx context.Context, opts *bind.TransactOpts, code []byte) (*types.Receipt, error) {
	r, err := c.transact(ctx, opts, nil, code, nil)
	if err != nil {
		return nil, err
	}
	if r.ContractAddress == (common.Address{}) {
		return nil, fmt.Errorf("transaction %s created no contract", r.TxHash)
	}
	return r, nil
}

// CheckDeployment verifies that both contracts of dep have code on the chain the backend serves,
// so a deployment file for another chain is caught before anything is sent.
func CheckDeployment(ctx context.Context, backend Backend, dep Deployment) error {
	id, err := RetryValue(ctx, DefaultRetry, backend.ChainID)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrUnreachable, err)
	}
	if id.Uint64() != dep.ChainID {
		return fmt.Errorf("%w: the node serves chain id %d, the deployment file is for chain id %d", ErrWrongChain, id.Uint64(), dep.ChainID)
	}
	for name, addr := range map[string]common.Address{"ContentRegistry": dep.Registry, "BandwidthEscrow": dep.Escrow} {
		code, err := RetryValue(ctx, DefaultRetry, func(ctx context.Context) ([]byte, error) { return backend.CodeAt(ctx, addr, nil) })
		if err != nil {
			return fmt.Errorf("read code of %s: %w", name, err)
		}
		if len(code) == 0 {
			return fmt.Errorf("%w: no %s at %s on chain %d", ErrBadDeployment, name, addr, dep.ChainID)
		}
	}
	return nil
}
