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
)

// channelSubscribeCmd is `channel subscribe CREATOR`: buy periods of a creator's channel.
type channelSubscribeCmd struct {
	Creator  string `arg:"" help:"Address of the creator whose channel to subscribe to."`
	Periods  uint32 `default:"1" help:"Number of periods to pay for."`
	MaxPrice string `name:"max-price" placeholder:"AMOUNT" help:"Refuse to pay more than this in all, in the channel's currency units."`
	Yes      bool   `help:"Pay without asking."`
	signerFlags
	chainFlags
	chainGatewayFlag
}

// subscribeResult is what `channel subscribe` prints with --json.
type subscribeResult struct {
	Creator  string `json:"creator"`
	Periods  uint32 `json:"periods"`
	Price    string `json:"price"` // base units, all periods
	Currency string `json:"currency,omitempty"`
	Expires  string `json:"expires"`
	Tx       string `json:"tx"`
	Approve  string `json:"approve_tx,omitempty"`
}

func (c *channelSubscribeCmd) Run(ctx context.Context, g *globals) error {
	if !common.IsHexAddress(c.Creator) {
		return fmt.Errorf("creator %q is not an address (0x and 40 hex digits)", c.Creator)
	}
	if c.Periods == 0 {
		return errors.New("--periods must be at least 1")
	}
	creator := common.HexToAddress(c.Creator)
	oc, err := c.chainGatewayFlag.open(ctx, c.chainFlags, "channel subscribe")
	if err != nil {
		return err
	}
	defer oc.Close()
	terms, err := oc.client.ChannelTerms(ctx, creator)
	if err != nil {
		return fmt.Errorf("read the channel of %s: %w", creator.Hex(), err)
	}
	if terms.Price == nil || terms.Price.Sign() == 0 {
		return fmt.Errorf("%s has no open channel: nothing to subscribe to", creator.Hex())
	}
	curArg := "ETH"
	if terms.Currency != (common.Address{}) {
		curArg = terms.Currency.Hex()
	}
	cur, err := resolveCurrency(ctx, oc.eth, curArg)
	if err != nil {
		return err
	}
	total := new(big.Int).Mul(terms.Price, big.NewInt(int64(c.Periods)))
	if c.MaxPrice != "" {
		max, err := parseAmount(c.MaxPrice, cur.Decimals)
		if err != nil {
			return fmt.Errorf("--max-price %q %v", c.MaxPrice, err)
		}
		if total.Cmp(max) > 0 {
			return fmt.Errorf("%d periods of %s's channel cost %s %s, more than --max-price %s: nothing paid", c.Periods, creator.Hex(), formatAmount(total, cur.Decimals), cur, c.MaxPrice)
		}
	}
	key, err := c.key(oc.chainID)
	if err != nil {
		return fmt.Errorf("unlock the wallet: %w", err)
	}
	period := time.Duration(terms.Duration) * time.Second
	fmt.Fprintf(g.errw(), "channel of %s: pay %s %s for %d × %s\n", creator.Hex(), formatAmount(total, cur.Decimals), cur, c.Periods, period)
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
	res := subscribeResult{Creator: creator.Hex(), Periods: c.Periods, Price: total.String(), Currency: currencyJSON(cur)}
	if cur.Token != (common.Address{}) {
		r, err := oc.client.Approve(tctx, opts, cur.Token, oc.dep.Registry, total)
		if err != nil {
			return fmt.Errorf("approve the registry for exactly %s %s: %w", formatAmount(total, cur.Decimals), cur, err)
		}
		res.Approve = r.TxHash.Hex()
	}
	expiry, r, err := oc.client.Subscribe(tctx, opts, creator, c.Periods, terms)
	if err != nil {
		var re *chain.RevertError
		if errors.As(err, &re) && re.Name == "TermsChanged" {
			return fmt.Errorf("the creator changed the channel's terms just now; nothing was paid: run the command again to see the new terms")
		}
		return err
	}
	res.Tx, res.Expires = r.TxHash.Hex(), time.Unix(int64(expiry), 0).UTC().Format(time.RFC3339)
	if g.JSON {
		return g.printJSON(res)
	}
	fmt.Fprintf(g.out(), "subscribed to the channel of %s until %s (%s)\n", creator.Hex(), res.Expires, res.Tx)
	return nil
}
