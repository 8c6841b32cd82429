package main

import (
	"context"
	"fmt"
	"math/big"
	"net/http"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/gwclient"
)

// contentMineCmd is `content mine`: a creator's own items at a gateway, with their sales and
// the revenue the registry owes the creator per currency.
type contentMineCmd struct {
	Gateway string `placeholder:"URL" required:"" help:"Base URL of the gateway (https://gateway.example.com)."`
	Account string `placeholder:"ADDRESS" help:"Creator to list (default: the signing account, found without unlocking it)."`
	signerFlags
	chainFlags
}

// mineItem is one item as `content mine --json` prints it.
type mineItem struct {
	ID     string                 `json:"id"`
	Title  string                 `json:"title"`
	Owner  string                 `json:"owner"`
	Policy gwclient.CatalogPolicy `json:"policy"`
	Sales  int64                  `json:"sales"`
}

// mineResult is what `content mine` prints with --json.
type mineResult struct {
	Creator string     `json:"creator"`
	Items   []mineItem `json:"items"`
	// Owed is what the registry holds for the creator per currency (read from the chain by the
	// gateway); empty when the gateway runs without a chain.
	Owed []owedJSON `json:"owed"`
}

// minePage is how many items one request asks for (the gateway's most).
const minePage = 100

func (c *contentMineCmd) Run(ctx context.Context, g *globals) error {
	base, err := gatewayFlags{Gateway: c.Gateway}.gatewayURL()
	if err != nil {
		return err
	}
	var who common.Address
	if c.Account != "" {
		if !common.IsHexAddress(c.Account) {
			return fmt.Errorf("--account %q is not an address (0x and 40 hex digits)", c.Account)
		}
		who = common.HexToAddress(c.Account)
	} else if who, err = c.address(); err != nil {
		return err
	}
	gw := gwclient.New(base, &http.Client{Timeout: time.Minute})
	res := mineResult{Creator: who.Hex(), Items: []mineItem{}, Owed: []owedJSON{}}
	var owed []gwclient.Owed
	for cursor, first := "", true; first || cursor != ""; first = false {
		page, err := gw.CreatorContent(ctx, who, minePage, cursor)
		if err != nil {
			return fmt.Errorf("list the items of %s: %w", who.Hex(), explain(err))
		}
		for _, it := range page.Items {
			res.Items = append(res.Items, mineItem{ID: it.ID, Title: it.Title, Owner: it.Owner, Policy: it.Policy, Sales: it.Sales})
		}
		if first {
			owed = page.Owed
		}
		cursor = page.NextCursor
	}
	// Amounts in ERC-20 tokens are shown in the token's units when the chain can say its
	// decimals (through the chain flags, or the gateway's chain); otherwise in base units.
	var oc *onChain
	defer func() {
		if oc != nil {
			oc.Close()
		}
	}()
	currencies := map[string]currency{"": {Symbol: nativeSymbol, Decimals: 18}}
	lookup := func(addr string) (currency, bool) {
		if cur, ok := currencies[strings.ToLower(addr)]; ok {
			return cur, true
		}
		if oc == nil {
			var err error
			if oc, err = c.chainFlags.openVia(ctx, "showing token amounts", base); err != nil {
				g.logger().Info("token amounts are shown in base units: the chain is not reachable", "err", err)
				return currency{}, false
			}
		}
		cur, err := resolveCurrency(ctx, oc.eth, addr)
		if err != nil {
			g.logger().Info("token amounts are shown in base units", "token", addr, "err", err)
			return currency{}, false
		}
		currencies[strings.ToLower(addr)] = cur
		return cur, true
	}
	for _, o := range owed {
		amount, ok := new(big.Int).SetString(o.Amount, 10)
		if !ok || amount.Sign() < 0 || (o.Currency != "" && !common.IsHexAddress(o.Currency)) {
			return fmt.Errorf("the gateway's answer owes %q in currency %q: not an amount", o.Amount, o.Currency)
		}
		j := owedJSON{Currency: o.Currency, Owed: amount.String()}
		if cur, ok := lookup(o.Currency); ok {
			j.Symbol, j.Amount, j.Decimals = cur.Symbol, formatAmount(amount, cur.Decimals), cur.Decimals
			j.Currency = currencyJSON(cur)
		}
		res.Owed = append(res.Owed, j)
	}
	if g.JSON {
		return g.printJSON(res)
	}
	w := tabwriter.NewWriter(g.out(), 0, 4, 2, ' ', 0)
	fmt.Fprintf(w, "%d items of %s at %s\n", len(res.Items), res.Creator, base)
	if len(res.Items) > 0 {
		fmt.Fprintln(w, "ID\tTITLE\tPOLICY\tPRICE\tSALES")
		for _, it := range res.Items {
			price := "-"
			if it.Policy.Price != "" && it.Policy.Price != "0" {
				price = it.Policy.Price + " base units"
				if amount, ok := new(big.Int).SetString(it.Policy.Price, 10); ok {
					if cur, ok := lookup(it.Policy.Currency); ok {
						price = formatAmount(amount, cur.Decimals) + " " + cur.String()
					}
				}
			}
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%d\n", it.ID, it.Title, it.Policy.Kind, price, it.Sales)
		}
	}
	if len(res.Owed) == 0 {
		fmt.Fprintln(w, "revenue owed: unknown (the gateway runs without a chain; try 'swarmgate revenue show')")
		return w.Flush()
	}
	fmt.Fprintln(w, "revenue owed (withdraw with 'swarmgate revenue withdraw --currency ...'):")
	for _, o := range res.Owed {
		switch {
		case o.Symbol == "":
			fmt.Fprintf(w, "%s\t%s base units\n", o.Currency, o.Owed)
		case o.Currency == "":
			fmt.Fprintf(w, "%s\t%s\t(%s base units)\n", o.Symbol, o.Amount, o.Owed)
		default:
			fmt.Fprintf(w, "%s %s\t%s\t(%s base units)\n", o.Symbol, o.Currency, o.Amount, o.Owed)
		}
	}
	return w.Flush()
}
