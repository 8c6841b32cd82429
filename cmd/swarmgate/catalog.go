package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/url"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/gwclient"
)

// catalogFlags reach the gateway's catalog, and optionally the chain for policies and access.
type catalogFlags struct {
	Gateway string `placeholder:"URL" required:"" help:"Base URL of the gateway (https://gateway.example.com)."`
	For     string `placeholder:"ADDRESS" help:"Show access for this account (read from the chain); default the signing account when --dev-key, --from or a one-account keystore names one."`
	signerFlags
	chainFlags
}

// catalogItem is one item as `content list` and `content show` print it.
type catalogItem struct {
	ID          string       `json:"id"`
	Title       string       `json:"title"`
	Creator     string       `json:"creator"`
	Policy      string       `json:"policy"` // in words
	Kind        string       `json:"kind"`
	Price       string       `json:"price"` // base units
	Currency    string       `json:"currency,omitempty"`
	Duration    int64        `json:"duration_seconds,omitempty"`
	ContentHash string       `json:"content_hash,omitempty"`
	Seeders     []seederInfo `json:"seeders,omitempty"`
	Access      *accessInfo  `json:"access,omitempty"`
}

type seederInfo struct {
	Address     string `json:"address"`
	Endpoint    string `json:"endpoint"`
	PricePerGiB string `json:"price_per_gib"` // wei
}

type accessInfo struct {
	Account   string `json:"account"`
	Allowed   bool   `json:"allowed"`
	Perpetual bool   `json:"perpetual,omitempty"`
	Expires   string `json:"expires,omitempty"`
	Reason    string `json:"reason,omitempty"`
}

func catalogGet(ctx context.Context, base, path string, out any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimRight(base, "/")+path, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Accept", "application/json")
	res, err := (&http.Client{Timeout: time.Minute}).Do(req)
	if err != nil {
		return fmt.Errorf("gateway %s does not answer: %w", base, err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(io.LimitReader(res.Body, 8<<20))
	if err != nil {
		return err
	}
	if res.StatusCode != http.StatusOK {
		var p gwclient.Problem
		_ = json.Unmarshal(b, &p)
		return fmt.Errorf("the gateway answered %d %s: %s", res.StatusCode, p.Code, p.Detail)
	}
	return json.Unmarshal(b, out)
}

// describe fills in the policy in words (from the chain when open, else from the catalog) and
// the account's access.
func (f *catalogFlags) describe(ctx context.Context, oc *onChain, who common.Address, c gwclient.Content) catalogItem {
	it := catalogItem{ID: c.ID, Title: c.Title, Creator: c.Creator, Kind: c.Policy.Kind, Price: c.Policy.Price, Currency: c.Policy.Currency,
		Duration: c.Policy.DurationSeconds, ContentHash: c.ContentHash}
	cur := currency{Symbol: nativeSymbol, Decimals: 18}
	price, _ := new(big.Int).SetString(c.Policy.Price, 10)
	p := eip712.Policy{Price: price, Duration: uint64(c.Policy.DurationSeconds), Subscribers: c.Policy.Subscribable}
	switch c.Policy.Kind {
	case "free":
		p.Model = eip712.ModelFree
	case "buy":
		p.Model = eip712.ModelBuy
	case "rent":
		p.Model = eip712.ModelRent
	default:
		p.Model = eip712.ModelExclusive
	}
	id, _ := new(big.Int).SetString(c.ID, 10)
	if oc != nil && id != nil {
		if item, err := oc.client.Content(ctx, id); err == nil {
			p = item.Policy
		}
		if who != (common.Address{}) {
			if a, err := oc.client.Access(ctx, id, who); err == nil {
				ai := &accessInfo{Account: who.Hex(), Allowed: a.Allowed, Reason: string(a.Reason)}
				if a.Allowed {
					var r accessResult
					setExpiry(&r, a.Expiry)
					ai.Perpetual, ai.Expires = r.Perpetual, r.Expires
				}
				it.Access = ai
			}
		}
	}
	if p.Currency != (common.Address{}) && oc != nil {
		if c, err := resolveCurrency(ctx, oc.eth, p.Currency.Hex()); err == nil {
			cur = c
		}
	} else if c.Policy.Currency != "" {
		cur = currency{Token: common.HexToAddress(c.Policy.Currency), Symbol: "tokens (base units)", Decimals: 0}
	}
	it.Policy = describePolicy(p, cur)
	return it
}

func (f *catalogFlags) open(ctx context.Context) (*onChain, common.Address, error) {
	var who common.Address
	if f.For != "" {
		if !common.IsHexAddress(f.For) {
			return nil, who, fmt.Errorf("--for %q is not an address (0x and 40 hex digits)", f.For)
		}
		who = common.HexToAddress(f.For)
	} else if f.DevKey != "" || f.From != "" {
		a, err := f.address()
		if err != nil {
			return nil, who, err
		}
		who = a
	}
	explicit := f.chainFlags.given()
	if !explicit && who == (common.Address{}) {
		return nil, who, nil
	}
	base, err := gatewayFlags{Gateway: f.Gateway}.gatewayURL()
	if err != nil {
		return nil, who, err
	}
	oc, err := f.chainFlags.openVia(ctx, "reading policies and access", base)
	if err != nil && !explicit {
		// Only the account was known: without a chain the gateway recommends, the list goes on
		// without access.
		return nil, who, nil
	}
	return oc, who, err
}

// contentListCmd is `content list`.
type contentListCmd struct {
	Limit   int    `default:"50" help:"Most items to list (1 to 100)."`
	Creator string `placeholder:"ADDRESS" help:"List only this creator's items."`
	catalogFlags
}

func (c *contentListCmd) Run(ctx context.Context, g *globals) error {
	if c.Limit < 1 || c.Limit > 100 {
		return fmt.Errorf("--limit %d is not from 1 to 100", c.Limit)
	}
	q := url.Values{"limit": {fmt.Sprint(c.Limit)}}
	if c.Creator != "" {
		if !common.IsHexAddress(c.Creator) {
			return fmt.Errorf("--creator %q is not an address (0x and 40 hex digits)", c.Creator)
		}
		q.Set("creator", c.Creator)
	}
	oc, who, err := c.open(ctx)
	if err != nil {
		return err
	}
	if oc != nil {
		defer oc.Close()
	}
	var page struct {
		Items []gwclient.Content `json:"items"`
	}
	if err := catalogGet(ctx, c.Gateway, "/v1/content?"+q.Encode(), &page); err != nil {
		return explain(err)
	}
	items := make([]catalogItem, 0, len(page.Items))
	for _, it := range page.Items {
		items = append(items, c.describe(ctx, oc, who, it))
	}
	if g.JSON {
		return g.printJSON(items)
	}
	tw := tabwriter.NewWriter(g.out(), 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tTITLE\tPOLICY\tACCESS")
	for _, it := range items {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", it.ID, it.Title, it.Policy, accessWords(it.Access))
	}
	return tw.Flush()
}

func accessWords(a *accessInfo) string {
	switch {
	case a == nil:
		return "-"
	case a.Allowed && a.Perpetual:
		return "yes"
	case a.Allowed:
		return "until " + a.Expires
	}
	return "no (" + a.Reason + ")"
}

// contentShowCmd is `content show ID`.
type contentShowCmd struct {
	ID string `arg:"" help:"On-chain content id of the item."`
	catalogFlags
}

func (c *contentShowCmd) Run(ctx context.Context, g *globals) error {
	if _, err := parseContentID(c.ID); err != nil {
		return err
	}
	oc, who, err := c.open(ctx)
	if err != nil {
		return err
	}
	if oc != nil {
		defer oc.Close()
	}
	var item gwclient.Content
	if err := catalogGet(ctx, c.Gateway, "/v1/content/"+c.ID, &item); err != nil {
		return explain(err)
	}
	it := c.describe(ctx, oc, who, item)
	var seeders struct {
		Items []seederInfo `json:"items"`
	}
	if err := catalogGet(ctx, c.Gateway, "/v1/content/"+c.ID+"/seeders", &seeders); err == nil {
		it.Seeders = seeders.Items
	}
	if g.JSON {
		return g.printJSON(it)
	}
	w := g.out()
	fmt.Fprintf(w, "%s  %s\ncreator  %s\npolicy   %s\n", it.ID, it.Title, it.Creator, it.Policy)
	if it.Access != nil {
		fmt.Fprintf(w, "access   %s for %s\n", accessWords(it.Access), it.Access.Account)
	}
	for _, s := range it.Seeders {
		p, _ := new(big.Int).SetString(s.PricePerGiB, 10)
		fmt.Fprintf(w, "seeder   %s at %s, %s ETH per GiB\n", s.Address, s.Endpoint, formatAmount(p, 18))
	}
	if len(it.Seeders) == 0 {
		fmt.Fprintln(w, "seeders  none listed (the gateway's origin and tracker may still serve it)")
	}
	fmt.Fprintf(w, "watch    swarmgate watch %s --gateway %s\n", it.ID, c.Gateway)
	return nil
}
