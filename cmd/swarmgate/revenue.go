package main

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/gwclient"
	"github.com/swarmgate/swarmgate/indexer"
)

// contentPolicyCmd is `content policy ID`: change an item's access policy.
type contentPolicyCmd struct {
	ID string `arg:"" help:"On-chain content id of the item (as 'content upload' printed it)."`
	policyFlags
	Direct bool          `help:"Send the updatePolicy transaction from your own wallet (you pay the gas) instead of signing a policy update the gateway relays (the default)."`
	Wait   time.Duration `default:"2m" help:"How long to wait for the catalog to show the new policy."`
	gatewayFlags
	signerFlags
	chainFlags
}

// policyResult is what `content policy` prints with --json.
type policyResult struct {
	ContentID string          `json:"content_id"`
	Policy    gwclient.Policy `json:"policy"`
	Update    string          `json:"update"` // gasless or direct
	Tx        string          `json:"tx,omitempty"`
}

func (c *contentPolicyCmd) Run(ctx context.Context, g *globals) error {
	id, err := parseContentID(c.ID)
	if err != nil {
		return err
	}
	base, err := c.gatewayURL()
	if err != nil {
		return err
	}
	oc, cur, pol, polJSON, err := c.resolve(ctx, c.chainFlags, c.Direct, base)
	if err != nil {
		return err
	}
	if oc != nil {
		defer oc.Close()
	}
	res := policyResult{ContentID: id.String(), Policy: polJSON, Update: "gasless"}
	gw := gwclient.New(base, nil)
	if c.Direct {
		res.Update = "direct"
		key, err := c.key(oc.chainID)
		if err != nil {
			return err
		}
		owner, err := oc.client.OwnerOf(ctx, id)
		if err != nil {
			return fmt.Errorf("content %s: %w", id, err)
		}
		if owner != key.Address {
			return fmt.Errorf("content %s belongs to %s, not to %s: only the rights-token owner may change its policy", id, owner.Hex(), key.Address.Hex())
		}
		tctx, cancel := context.WithTimeout(ctx, c.TxTimeout)
		defer cancel()
		r, err := oc.client.UpdatePolicy(tctx, key.TransactOpts(oc.chainID), id, pol)
		if err != nil {
			return fmt.Errorf("update the policy of content %s: %w", id, err)
		}
		res.Tx = r.TxHash.Hex()
	} else {
		var expectChain uint64
		if oc != nil {
			expectChain = oc.chainID
		}
		cr, err := signIn(ctx, g, c.gatewayFlags, c.signerFlags, expectChain, false)
		if err != nil {
			return err
		}
		if res.Tx, err = gaslessPolicy(ctx, cr, oc, id, pol, polJSON); err != nil {
			return err
		}
		gw = cr.gw
	}
	if err := waitPolicy(ctx, gw, id.String(), pol, c.Wait); err != nil {
		return err
	}
	if g.JSON {
		return g.printJSON(res)
	}
	fmt.Fprintf(g.out(), "content %s is now %s\n", id, describePolicy(pol, cur))
	return nil
}

// gaslessPolicy has the gateway relay a policy update that the owner signs: the gateway's
// offer gives the nonce and deadline, the owner signs its own encoding of the update (with the
// policy it asked for) in the registry's domain. oc, when set, must be the offer's chain.
func gaslessPolicy(ctx context.Context, cr *creator, oc *onChain, id *big.Int, pol eip712.Policy, polJSON gwclient.Policy) (string, error) {
	offer, err := cr.gw.PolicyOffer(ctx, id.String(), polJSON)
	if err != nil {
		return "", fmt.Errorf("policy update of content %s: %w", id, explain(err))
	}
	switch {
	case !common.IsHexAddress(offer.Owner) || common.HexToAddress(offer.Owner) != cr.sess.Address:
		return "", fmt.Errorf("the gateway's policy update names owner %q, not %s", offer.Owner, cr.sess.Address.Hex())
	case offer.ContentID != id.String() || !common.IsHexAddress(offer.Registry):
		return "", fmt.Errorf("the gateway's policy update is for content %q at registry %q", offer.ContentID, offer.Registry)
	case oc != nil && (offer.ChainID != oc.chainID || common.HexToAddress(offer.Registry) != oc.dep.Registry):
		return "", fmt.Errorf("the gateway's policy update is for chain %d, registry %s; the deployment file says chain %d, registry %s", offer.ChainID, offer.Registry, oc.chainID, oc.dep.Registry.Hex())
	case !offer.Relay:
		return "", fmt.Errorf("the gateway relays no policy updates: run the command again with --direct to send updatePolicy yourself")
	}
	nonce, ok1 := new(big.Int).SetString(offer.Nonce, 10)
	deadline, ok2 := new(big.Int).SetString(offer.Deadline, 10)
	if !ok1 || !ok2 {
		return "", fmt.Errorf("the gateway's policy update has no nonce or deadline")
	}
	key, err := cr.unlock(offer.ChainID)
	if err != nil {
		return "", err
	}
	u := eip712.PolicyUpdate{ContentID: id, Policy: pol, Nonce: nonce, Deadline: deadline}
	sig, err := u.Sign(eip712.NewDomain(new(big.Int).SetUint64(offer.ChainID), common.HexToAddress(offer.Registry)), key.PrivateKey)
	if err != nil {
		return "", err
	}
	done, err := cr.gw.UpdatePolicy(ctx, id.String(), gwclient.RegisterRequest{Policy: polJSON, Nonce: offer.Nonce, Deadline: offer.Deadline, Signature: "0x" + common.Bytes2Hex(sig)})
	if err != nil {
		return "", fmt.Errorf("gasless policy update of content %s: %w", id, explain(err))
	}
	return done.Tx, nil
}

// waitPolicy waits until the catalog shows item id with policy p.
func waitPolicy(ctx context.Context, gw *gwclient.Client, id string, p eip712.Policy, wait time.Duration) error {
	want := indexer.StorePolicy(p)
	deadline := time.Now().Add(wait)
	for {
		it, err := gw.Content(ctx, id)
		if err != nil && !gwclient.IsStatus(err, 404) {
			return fmt.Errorf("look for content %s in the catalog: %w", id, explain(err))
		}
		got := it.Policy
		if err == nil && got.Kind == string(want.Kind) && got.Price == want.Price && strings.EqualFold(got.Currency, want.Currency) &&
			got.DurationSeconds == want.DurationSeconds && got.Subscribable == want.Subscribable {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("the policy of content %s changed on-chain, but the catalog does not show it after %v", id, wait)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// channelCmd is `swarmgate channel`: the creator's subscription channel.
type channelCmd struct {
	Set       channelSetCmd       `cmd:"" help:"Open or change your channel subscription (one payment opens every item of yours that allows subscribers, for a period), or close it."`
	Subscribe channelSubscribeCmd `cmd:"" help:"Subscribe to a creator's channel: one payment opens every item of theirs that allows subscribers, for the periods paid."`
}

type channelSetCmd struct {
	Price    string `placeholder:"AMOUNT" help:"Price of one period, in --currency units (0.01 means 0.01 ETH)."`
	Currency string `default:"ETH" placeholder:"ETH|TOKEN" help:"Currency of --price: ETH or an ERC-20 token's address."`
	Period   string `placeholder:"DURATION" help:"Length of one period (720h, 30d)."`
	Close    bool   `help:"Close the channel: no new subscriptions (existing ones run out)."`
	signerFlags
	chainFlags
	chainGatewayFlag
}

// channelResult is what `channel set` prints with --json.
type channelResult struct {
	Creator       string `json:"creator"`
	Price         string `json:"price"` // base units
	Currency      string `json:"currency"`
	PeriodSeconds uint64 `json:"period_seconds"`
	Tx            string `json:"tx"`
}

func (c *channelSetCmd) Run(ctx context.Context, g *globals) error {
	var price *big.Int
	var period time.Duration
	switch {
	case c.Close && (c.Price != "" || c.Period != "" || !isNative(c.Currency)):
		return fmt.Errorf("--close takes no --price, --currency or --period")
	case c.Close:
		price = new(big.Int)
	case c.Price == "" || c.Period == "":
		return fmt.Errorf("give --price and --period to open or change the channel, or --close to close it")
	default:
		var err error
		if period, err = parseDuration("--period", c.Period); err != nil {
			return err
		}
	}
	base, err := c.chainGatewayFlag.gatewayURL()
	if err != nil {
		return err
	}
	oc, err := c.chainFlags.openVia(ctx, "channel set", base)
	if err != nil {
		return err
	}
	defer oc.Close()
	cur, err := resolveCurrency(ctx, oc.eth, c.Currency)
	if err != nil {
		return err
	}
	if !c.Close {
		if price, err = parseAmount(c.Price, cur.Decimals); err != nil {
			return fmt.Errorf("price %q %v", c.Price, err)
		}
		if price.Sign() == 0 {
			return fmt.Errorf("price %q is zero: use --close to close the channel", c.Price)
		}
	}
	key, err := c.key(oc.chainID)
	if err != nil {
		return err
	}
	tctx, cancel := context.WithTimeout(ctx, c.TxTimeout)
	defer cancel()
	r, err := oc.client.SetChannel(tctx, key.TransactOpts(oc.chainID), price, cur.Token, period)
	if err != nil {
		return fmt.Errorf("set the channel: %w", err)
	}
	res := channelResult{Creator: key.Address.Hex(), Price: price.String(), Currency: currencyJSON(cur), PeriodSeconds: uint64(period / time.Second), Tx: r.TxHash.Hex()}
	if g.JSON {
		return g.printJSON(res)
	}
	if c.Close {
		fmt.Fprintf(g.out(), "closed the channel of %s in %s\n", res.Creator, res.Tx)
		return nil
	}
	fmt.Fprintf(g.out(), "channel of %s: %s %s per %s (%s)\n", res.Creator, formatAmount(price, cur.Decimals), cur, period, res.Tx)
	return nil
}

func currencyJSON(c currency) string {
	if c.Token == (common.Address{}) {
		return ""
	}
	return c.Token.Hex()
}

// revenueCmd is `swarmgate revenue`: sales revenue owed by the registry.
type revenueCmd struct {
	Show     revenueShowCmd     `cmd:"" help:"Show the sales revenue the registry owes an account, per currency."`
	Withdraw revenueWithdrawCmd `cmd:"" help:"Withdraw the sales revenue owed in one currency to your account."`
}

type revenueShowCmd struct {
	Currency []string `placeholder:"ETH|TOKEN" help:"Currencies to show (repeat or separate with commas); ETH is always shown."`
	Account  string   `placeholder:"ADDRESS" help:"Account to show (default: the signing account, found without unlocking it)."`
	signerFlags
	chainFlags
	chainGatewayFlag
}

// owedJSON is one currency's revenue as --json prints it.
type owedJSON struct {
	Currency string `json:"currency"` // "" for the native coin
	Symbol   string `json:"symbol,omitempty"`
	Owed     string `json:"owed"`     // base units
	Amount   string `json:"amount"`   // in currency units
	Decimals uint8  `json:"decimals"` // of the currency
}

// revenueResult is what `revenue show` prints with --json.
type revenueResult struct {
	Account string     `json:"account"`
	Owed    []owedJSON `json:"owed"`
}

func (c *revenueShowCmd) Run(ctx context.Context, g *globals) error {
	var acct common.Address
	if c.Account != "" {
		if !common.IsHexAddress(c.Account) {
			return fmt.Errorf("--account %q is not an address (0x and 40 hex digits)", c.Account)
		}
		acct = common.HexToAddress(c.Account)
	} else {
		var err error
		if acct, err = c.address(); err != nil {
			return err
		}
	}
	base, err := c.chainGatewayFlag.gatewayURL()
	if err != nil {
		return err
	}
	oc, err := c.chainFlags.openVia(ctx, "revenue show", base)
	if err != nil {
		return err
	}
	defer oc.Close()
	names := []string{nativeSymbol}
	for _, cs := range c.Currency {
		for _, s := range strings.Split(cs, ",") {
			if s = strings.TrimSpace(s); s != "" && !isNative(s) {
				names = append(names, s)
			}
		}
	}
	res := revenueResult{Account: acct.Hex()}
	for _, n := range names {
		cur, err := resolveCurrency(ctx, oc.eth, n)
		if err != nil {
			return err
		}
		owed, err := oc.client.Owed(ctx, acct, cur.Token)
		if err != nil {
			return fmt.Errorf("revenue in %s: %w", cur, err)
		}
		res.Owed = append(res.Owed, owedJSON{Currency: currencyJSON(cur), Symbol: cur.Symbol, Owed: owed.String(), Amount: formatAmount(owed, cur.Decimals), Decimals: cur.Decimals})
	}
	if g.JSON {
		return g.printJSON(res)
	}
	w := tabwriter.NewWriter(g.out(), 0, 4, 2, ' ', 0)
	fmt.Fprintf(w, "revenue owed to %s\n", res.Account)
	for _, o := range res.Owed {
		name := o.Symbol
		if o.Currency != "" {
			name = strings.TrimSpace(o.Symbol + " " + o.Currency)
		}
		fmt.Fprintf(w, "%s\t%s\t(%s base units)\n", name, o.Amount, o.Owed)
	}
	return w.Flush()
}

type revenueWithdrawCmd struct {
	Currency string `default:"ETH" placeholder:"ETH|TOKEN" help:"Currency to withdraw: ETH or an ERC-20 token's address."`
	signerFlags
	chainFlags
	chainGatewayFlag
}

// revenueWithdrawResult is what `revenue withdraw` prints with --json.
type revenueWithdrawResult struct {
	Account  string `json:"account"`
	Currency string `json:"currency"`
	Amount   string `json:"amount"` // base units
	Tx       string `json:"tx"`
}

func (c *revenueWithdrawCmd) Run(ctx context.Context, g *globals) error {
	base, err := c.chainGatewayFlag.gatewayURL()
	if err != nil {
		return err
	}
	oc, err := c.chainFlags.openVia(ctx, "revenue withdraw", base)
	if err != nil {
		return err
	}
	defer oc.Close()
	cur, err := resolveCurrency(ctx, oc.eth, c.Currency)
	if err != nil {
		return err
	}
	key, err := c.key(oc.chainID)
	if err != nil {
		return err
	}
	owed, err := oc.client.Owed(ctx, key.Address, cur.Token)
	if err != nil {
		return err
	}
	if owed.Sign() == 0 {
		return fmt.Errorf("%s has no revenue to withdraw in %s", key.Address.Hex(), cur)
	}
	tctx, cancel := context.WithTimeout(ctx, c.TxTimeout)
	defer cancel()
	r, err := oc.client.WithdrawRevenue(tctx, key.TransactOpts(oc.chainID), cur.Token)
	if err != nil {
		return fmt.Errorf("withdraw revenue in %s: %w", cur, err)
	}
	res := revenueWithdrawResult{Account: key.Address.Hex(), Currency: currencyJSON(cur), Amount: owed.String(), Tx: r.TxHash.Hex()}
	if g.JSON {
		return g.printJSON(res)
	}
	fmt.Fprintf(g.out(), "withdrew %s %s to %s in %s\n", formatAmount(owed, cur.Decimals), cur, res.Account, res.Tx)
	return nil
}
