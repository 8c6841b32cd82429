package api

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// ChainStatus is what the gateway's health check needs from the chain: the head block the
// gateway's client sees. Package chain's client implements it.
type ChainStatus interface {
	// Head returns the number of the latest block.
	Head(ctx context.Context) (uint64, error)
}

// Entitlement is what key issuance needs from the chain: whether viewer may watch contentID,
// read at the confirmed block (head minus Config.ConfirmationDepth), and until when. until is
// the zero time for perpetual access and meaningless when ok is false. Package chain's client
// implements it; the gateway caches the answers as DESIGN.md "Entitlement" says.
type Entitlement interface {
	HasAccess(ctx context.Context, contentID *big.Int, viewer common.Address) (ok bool, until time.Time, err error)
}
