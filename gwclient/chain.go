package gwclient

import (
	"context"
	"fmt"
	"math"
	"net/http"
	"net/url"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain"
)

// ChainInfo is GET /v1/chain: what a client needs to find the gateway's chain and contracts.
type ChainInfo struct {
	ChainID            uint64 `json:"chain_id"`
	Registry           string `json:"registry"`
	Escrow             string `json:"escrow"`
	StartBlock         uint64 `json:"start_block"`
	UnlockDelaySeconds uint64 `json:"unlock_delay_seconds"`
	FeeBps             uint16 `json:"fee_bps"`
	FeeRecipient       string `json:"fee_recipient"`
	// RPCURL is the JSON-RPC endpoint the gateway's operator recommends; empty when it
	// recommends none.
	RPCURL string `json:"rpc_url,omitempty"`
}

// Deployment is the deployment the answer names, checked: a chain id and both contract
// addresses.
func (ci ChainInfo) Deployment() (chain.Deployment, error) {
	if !common.IsHexAddress(ci.Registry) || !common.IsHexAddress(ci.Escrow) {
		return chain.Deployment{}, fmt.Errorf("the gateway's chain answer names registry %q and escrow %q, not contract addresses", ci.Registry, ci.Escrow)
	}
	d := chain.Deployment{ChainID: ci.ChainID, Registry: common.HexToAddress(ci.Registry), Escrow: common.HexToAddress(ci.Escrow), StartBlock: ci.StartBlock}
	if err := d.Validate(); err != nil {
		return chain.Deployment{}, fmt.Errorf("the gateway's chain answer: %w", err)
	}
	return d, nil
}

// UnlockDelay is how long an escrow withdrawal waits after it is requested (at most the
// longest time.Duration, whatever the gateway says).
func (ci ChainInfo) UnlockDelay() time.Duration {
	if ci.UnlockDelaySeconds > uint64(math.MaxInt64/int64(time.Second)) {
		return math.MaxInt64
	}
	return time.Duration(ci.UnlockDelaySeconds) * time.Second
}

// Chain reads GET /v1/chain. A gateway without a chain answers with the problem
// chain_not_configured.
func (c *Client) Chain(ctx context.Context) (ChainInfo, error) {
	var out ChainInfo
	err := c.do(ctx, http.MethodGet, "/v1/chain", nil, &out)
	return out, err
}

// CreatorItem is one item of a creator's listing, with its sales.
type CreatorItem struct {
	Content
	// Sales is the number of indexed purchases of the item.
	Sales int64 `json:"sales"`
}

// Owed is what the registry holds for a payee in one currency.
type Owed struct {
	Currency string `json:"currency"` // "" for the native coin
	Amount   string `json:"amount"`   // base units, decimal
}

// CreatorPage is one page of GET /v1/creators/{address}/content.
type CreatorPage struct {
	Creator    string        `json:"creator"`
	Items      []CreatorItem `json:"items"`
	NextCursor string        `json:"next_cursor,omitempty"`
	// Owed is read from the chain: the native coin and every currency the creator's items are
	// priced in; absent when the gateway has no chain.
	Owed []Owed `json:"owed,omitempty"`
}

// CreatorContent reads one page of the items creator registered (cursor "" for the first).
func (c *Client) CreatorContent(ctx context.Context, creator common.Address, limit int, cursor string) (CreatorPage, error) {
	q := url.Values{}
	if limit > 0 {
		q.Set("limit", fmt.Sprint(limit))
	}
	if cursor != "" {
		q.Set("cursor", cursor)
	}
	path := "/v1/creators/" + creator.Hex() + "/content"
	if len(q) > 0 {
		path += "?" + q.Encode()
	}
	var out CreatorPage
	err := c.do(ctx, http.MethodGet, path, nil, &out)
	return out, err
}
