package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/eip712"
)

// accessCmd is `swarmgate access`: buying and showing access to an item.
type accessCmd struct {
	Buy     accessBuyCmd     `cmd:"" help:"Buy or rent an item at the price the registry states, for yourself or (--for) as a gift."`
	Show    accessShowCmd    `cmd:"" help:"Show whether an account has access to an item, until when, and if not why not (read from the chain)."`
	Torrent accessTorrentCmd `cmd:"" help:"Write the item's .torrent (tracker URL with your passkey) and its content key, for any BitTorrent client (aria2c, Transmission) and 'swarmgate content open'."`
}

type accessBuyCmd struct {
	ID       string `arg:"" help:"On-chain content id of the item."`
	For      string `placeholder:"ADDRESS" help:"Buy for this address (a gift); default your own account."`
	MaxPrice string `name:"max-price" placeholder:"AMOUNT" help:"Refuse to pay more than this, in the item's currency units (0.01 means 0.01 ETH)."`
	Yes      bool   `help:"Pay without asking."`
	signerFlags
	chainFlags
	chainGatewayFlag
}

// accessResult is what `access buy` and `access show` print with --json.
type accessResult struct {
	ContentID string `json:"content_id"`
	Account   string `json:"account"`
	Allowed   bool   `json:"allowed"`
	Expires   string `json:"expires,omitempty"` // RFC 3339; absent when perpetual or none
	Perpetual bool   `json:"perpetual,omitempty"`
	Reason    string `json:"reason,omitempty"`
	Policy    string `json:"policy"`
	Price     string `json:"price,omitempty"` // base units
	Currency  string `json:"currency,omitempty"`
	Tx        string `json:"tx,omitempty"`
	Approve   string `json:"approve_tx,omitempty"`
}

func (c *accessBuyCmd) Run(ctx context.Context, g *globals) error {
	id, err := parseContentID(c.ID)
	if err != nil {
		return err
	}
	oc, err := c.chainGatewayFlag.open(ctx, c.chainFlags, "access buy")
	if err != nil {
		return err
	}
	defer oc.Close()
	item, err := oc.client.Content(ctx, id)
	if err != nil {
		return fmt.Errorf("content %s: %w", id, err)
	}
	p := item.Policy
	curArg := "ETH"
	if p.Currency != (common.Address{}) {
		curArg = p.Currency.Hex()
	}
	cur, err := resolveCurrency(ctx, oc.eth, curArg)
	if err != nil {
		return err
	}
	switch p.Model {
	case eip712.ModelFree:
		return fmt.Errorf("content %s is free for everyone: nothing to buy (watch it with 'swarmgate watch %s')", id, id)
	case eip712.ModelExclusive:
		return fmt.Errorf("content %s is not for sale (%s)", id, describePolicy(p, cur))
	}
	price := orZeroBig(p.Price)
	if c.MaxPrice != "" {
		max, err := parseAmount(c.MaxPrice, cur.Decimals)
		if err != nil {
			return fmt.Errorf("--max-price %q %v", c.MaxPrice, err)
		}
		if price.Cmp(max) > 0 {
			return fmt.Errorf("content %s costs %s %s, more than --max-price %s: nothing paid", id, formatAmount(price, cur.Decimals), cur, c.MaxPrice)
		}
	}
	key, err := c.key(oc.chainID)
	if err != nil {
		return fmt.Errorf("unlock the wallet: %w", err)
	}
	recipient := key.Address
	if c.For != "" {
		if !common.IsHexAddress(c.For) {
			return fmt.Errorf("--for %q is not an address (0x and 40 hex digits)", c.For)
		}
		recipient = common.HexToAddress(c.For)
	}
	period := "for good"
	if p.Model == eip712.ModelRent {
		period = "for " + (time.Duration(p.Duration) * time.Second).String()
	}
	fmt.Fprintf(g.errw(), "content %s: pay %s %s from %s for access %s by %s\n", id, formatAmount(price, cur.Decimals), cur, key.Address.Hex(), period, recipient.Hex())
	if !c.Yes {
		fmt.Fprint(g.errw(), "pay? [y/N] ")
		line, _ := bufio.NewReader(os.Stdin).ReadString('\n')
		if a := strings.ToLower(strings.TrimSpace(line)); a != "y" && a != "yes" {
			return errors.New("not paid: answer y to pay, or give --yes")
		}
	}
	tctx, cancel := context.WithTimeout(ctx, c.TxTimeout)
	defer cancel()
	opts := key.TransactOpts(oc.chainID)
	res := accessResult{ContentID: id.String(), Account: recipient.Hex(), Policy: describePolicy(p, cur), Price: price.String(), Currency: currencyJSON(cur)}
	if cur.Token != (common.Address{}) && price.Sign() > 0 {
		allowed, err := oc.client.Allowance(tctx, cur.Token, key.Address, oc.dep.Registry)
		if err != nil {
			return fmt.Errorf("read the token allowance: %w", err)
		}
		if allowed.Cmp(price) != 0 {
			r, err := oc.client.Approve(tctx, opts, cur.Token, oc.dep.Registry, price)
			if err != nil {
				return fmt.Errorf("approve the registry for exactly %s %s: %w", formatAmount(price, cur.Decimals), cur, err)
			}
			res.Approve = r.TxHash.Hex()
		}
	}
	expiry, r, err := oc.client.Purchase(tctx, opts, id, recipient, chain.PurchaseTerms(p))
	if err != nil {
		var re *chain.RevertError
		if errors.As(err, &re) && re.Name == "TermsChanged" {
			return fmt.Errorf("the owner changed the price or terms of content %s just now; nothing was paid: run the command again to see the new terms", id)
		}
		return err
	}
	res.Tx, res.Allowed = r.TxHash.Hex(), true
	setExpiry(&res, expiry)
	if g.JSON {
		return g.printJSON(res)
	}
	fmt.Fprintf(g.out(), "bought content %s for %s: access %s (%s)\n", id, recipient.Hex(), untilWords(res), res.Tx)
	return nil
}

func orZeroBig(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}

func setExpiry(res *accessResult, expiry uint64) {
	if expiry == chain.Perpetual {
		res.Perpetual = true
		return
	}
	if expiry > 0 {
		res.Expires = time.Unix(int64(expiry), 0).UTC().Format(time.RFC3339)
	}
}

func untilWords(res accessResult) string {
	if res.Perpetual {
		return "for good"
	}
	return "until " + res.Expires
}

type accessShowCmd struct {
	ID  string `arg:"" help:"On-chain content id of the item."`
	For string `placeholder:"ADDRESS" help:"Account to show; default your own account (--from, --dev-key or the keystore's only account)."`
	signerFlags
	chainFlags
	chainGatewayFlag
}

func (c *accessShowCmd) Run(ctx context.Context, g *globals) error {
	id, err := parseContentID(c.ID)
	if err != nil {
		return err
	}
	var who common.Address
	if c.For != "" {
		if !common.IsHexAddress(c.For) {
			return fmt.Errorf("--for %q is not an address (0x and 40 hex digits)", c.For)
		}
		who = common.HexToAddress(c.For)
	} else if who, err = c.address(); err != nil {
		return err
	}
	oc, err := c.chainGatewayFlag.open(ctx, c.chainFlags, "access show")
	if err != nil {
		return err
	}
	defer oc.Close()
	item, err := oc.client.Content(ctx, id)
	if err != nil {
		return fmt.Errorf("content %s: %w", id, err)
	}
	curArg := "ETH"
	if item.Policy.Currency != (common.Address{}) {
		curArg = item.Policy.Currency.Hex()
	}
	cur, err := resolveCurrency(ctx, oc.eth, curArg)
	if err != nil {
		return err
	}
	a, err := oc.client.Access(ctx, id, who)
	if err != nil {
		return fmt.Errorf("content %s: %w", id, err)
	}
	res := accessResult{ContentID: id.String(), Account: who.Hex(), Allowed: a.Allowed, Reason: string(a.Reason),
		Policy: describePolicy(item.Policy, cur), Price: orZeroBig(item.Policy.Price).String(), Currency: currencyJSON(cur)}
	if a.Allowed {
		setExpiry(&res, a.Expiry)
	}
	if g.JSON {
		return g.printJSON(res)
	}
	if a.Allowed {
		fmt.Fprintf(g.out(), "%s has access to content %s %s (%s)\n", who.Hex(), id, untilWords(res), res.Policy)
		return nil
	}
	fmt.Fprintf(g.out(), "%s has no access to content %s (%s); %s", who.Hex(), id, a.Reason, res.Policy)
	if m := item.Policy.Model; m == eip712.ModelBuy || m == eip712.ModelRent {
		fmt.Fprintf(g.out(), "; buy it with 'swarmgate access buy %s'", id)
	}
	fmt.Fprintln(g.out())
	return nil
}
