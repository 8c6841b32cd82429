package chain

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Fee is the registry's platform fee: the share of every sale and subscription credited to
// Recipient, in basis points (at most 1,000, the contract's cap).
type Fee struct {
	Recipient common.Address
	Bps       uint16
}

// Fee returns the registry's platform fee at the latest block (the registry's owner can change
// it with setFee).
func (c *Client) Fee(ctx context.Context) (Fee, error) {
	out, err := call(ctx, c, c.dep.Registry, nil, c.registry.PackFee(), c.registry.UnpackFee)
	if err != nil {
		return Fee{}, err
	}
	return Fee{Recipient: out.Recipient, Bps: out.FeeBps}, nil
}

// UnlockDelay returns how long a viewer's escrow withdrawal waits after it is requested,
// during which seeders can still redeem receipts (fixed when the escrow was deployed).
func (c *Client) UnlockDelay(ctx context.Context) (time.Duration, error) {
	s, err := call(ctx, c, c.dep.Escrow, nil, c.escrow.PackUnlockDelay(), c.escrow.UnpackUnlockDelay)
	if err != nil {
		return 0, err
	}
	return time.Duration(s) * time.Second, nil
}
