package api

import (
	"context"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/swarmgate/swarmgate/chain"
)

// ChainInfo is what GET /v1/chain needs from the chain: the deployment the gateway runs on, and
// the contract parameters a client should know before it pays (the escrow's unlock delay, the
// registry's platform fee). *chain.Client implements it.
type ChainInfo interface {
	Deployment() chain.Deployment
	UnlockDelay(ctx context.Context) (time.Duration, error)
	Fee(ctx context.Context) (chain.Fee, error)
}

var _ ChainInfo = (*chain.Client)(nil)

// chainInfoTTL is how long the gateway keeps what it read for GET /v1/chain (the fee can
// change; the rest is fixed by the deployment), and how long clients may cache the answer.
const chainInfoTTL = time.Minute

// chainInfoJSON is what GET /v1/chain returns: everything a client needs to find and use the
// chain with only the gateway's URL.
type chainInfoJSON struct {
	ChainID    uint64 `json:"chain_id"`
	Registry   string `json:"registry"`
	Escrow     string `json:"escrow"`
	StartBlock uint64 `json:"start_block"`
	// UnlockDelaySeconds is how long a viewer's escrow withdrawal waits after it is requested.
	UnlockDelaySeconds uint64 `json:"unlock_delay_seconds"`
	// FeeBps is the registry's platform fee on sales and subscriptions, in basis points.
	FeeBps       uint16 `json:"fee_bps"`
	FeeRecipient string `json:"fee_recipient"`
	// RPCURL is the JSON-RPC endpoint the operator recommends (Config.PublicRPCURL); absent
	// when it recommends none, and a client then needs its own.
	RPCURL string `json:"rpc_url,omitempty"`
}

// chainInfoCache keeps the last answer of GET /v1/chain for chainInfoTTL; mu is held while the
// chain is read, so a burst of requests reads it once.
type chainInfoCache struct {
	mu   sync.Mutex
	info chainInfoJSON
	at   time.Time
}

// chainInfo is GET /v1/chain: the chain id, contract addresses, deployment start block, unlock
// delay, platform fee and recommended RPC URL. No session; public and cacheable.
func (s *Server) chainInfo(c *gin.Context) {
	ci := s.deps.ChainInfo
	if ci == nil {
		s.abort(c, &wrapped{ErrChainNotConfigured, "this gateway runs without a chain; ask its operator for the chain id, the deployment file and an RPC URL"})
		return
	}
	s.chainCache.mu.Lock()
	defer s.chainCache.mu.Unlock()
	now := s.now()
	if s.chainCache.at.IsZero() || now.Sub(s.chainCache.at) >= chainInfoTTL || now.Before(s.chainCache.at) {
		ctx := c.Request.Context()
		delay, err := ci.UnlockDelay(ctx)
		if err == nil {
			var fee chain.Fee
			if fee, err = ci.Fee(ctx); err == nil {
				dep := ci.Deployment()
				s.chainCache.info = chainInfoJSON{
					ChainID: dep.ChainID, Registry: dep.Registry.Hex(), Escrow: dep.Escrow.Hex(), StartBlock: dep.StartBlock,
					UnlockDelaySeconds: uint64(delay / time.Second), FeeBps: fee.Bps, FeeRecipient: fee.Recipient.Hex(),
					RPCURL: s.cfg.PublicRPCURL,
				}
				s.chainCache.at = now
			}
		}
		if err != nil {
			s.log.WarnContext(ctx, "read chain parameters failed", "request_id", requestID(c), "err", err)
			s.abort(c, &wrapped{ErrUnavailable, "the chain did not answer the contracts' parameters; try again shortly"})
			return
		}
	}
	c.Header("Cache-Control", "public, max-age="+strconv.Itoa(int(chainInfoTTL/time.Second)))
	c.JSON(http.StatusOK, s.chainCache.info)
}
