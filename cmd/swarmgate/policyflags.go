package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/gwclient"
)

// Limits the registry enforces, checked before anything is sent.
const (
	bps          = 10_000
	maxPayees    = 8
	maxRoyalty   = 1_000
	nativeSymbol = "ETH"
)

// policyFlags describe an item's access policy: the same flags for `content upload` and
// `content policy`.
type policyFlags struct {
	Price       string   `placeholder:"AMOUNT" help:"Sell the item at this price, in --currency units (0.01 means 0.01 ETH); perpetual access, or --rent."`
	Currency    string   `default:"ETH" placeholder:"ETH|TOKEN" help:"Currency of --price: ETH (the chain's native coin) or an ERC-20 token's address (its decimals are read from the chain)."`
	Rent        string   `placeholder:"DURATION" help:"Rent instead of selling for good: each purchase gives this long of access (48h, 30d)."`
	Split       []string `sep:"none" placeholder:"ADDRESS=BPS" help:"A share of the sales revenue in basis points (repeat the flag; the shares add up to 10000; 'owner' is whoever holds the rights token). Without it all revenue goes to the owner."`
	Free        bool     `help:"Give the item away: everyone may watch it."`
	Gate        string   `placeholder:"KIND:TOKEN[:ID]:MIN" help:"Let holders of a token watch: erc20:TOKEN:MIN, erc721:TOKEN:MIN or erc1155:TOKEN:ID:MIN (MIN in the token's base units)."`
	Subscribers bool     `help:"Let subscribers of your channel watch (see 'swarmgate channel set')."`
	Royalty     uint16   `placeholder:"BPS" help:"Royalty on resales of the rights token, in basis points (ERC-2981), at most 1000."`
}

// currency is a price currency: the native coin or an ERC-20.
type currency struct {
	Token    common.Address // zero for the native coin
	Symbol   string
	Decimals uint8
}

func (c currency) String() string {
	if c.Token == (common.Address{}) {
		return c.Symbol
	}
	if c.Symbol != "" {
		return c.Symbol + " (" + c.Token.Hex() + ")"
	}
	return c.Token.Hex()
}

// needsChain says whether reading the policy flags needs the chain (an ERC-20 currency).
func (f policyFlags) needsChain() bool {
	return f.Price != "" && !isNative(f.Currency) && common.IsHexAddress(f.Currency)
}

func isNative(s string) bool { return s == "" || strings.EqualFold(s, nativeSymbol) }

// caller reads a contract: what resolving an ERC-20 currency needs.
type caller interface {
	CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error)
}

// resolveCurrency reads what --currency names: ETH, or an ERC-20 whose decimals() (and, if it
// answers, symbol()) are read through eth; eth may be nil for ETH.
func resolveCurrency(ctx context.Context, eth caller, s string) (currency, error) {
	if isNative(s) {
		return currency{Symbol: nativeSymbol, Decimals: 18}, nil
	}
	if !common.IsHexAddress(s) || !strings.HasPrefix(s, "0x") {
		return currency{}, fmt.Errorf("unknown currency %q: give ETH or an ERC-20 token's address (0x and 40 hex digits)", s)
	}
	token := common.HexToAddress(s)
	if token == (common.Address{}) {
		return currency{Symbol: nativeSymbol, Decimals: 18}, nil
	}
	if eth == nil {
		return currency{}, fmt.Errorf("pricing in the ERC-20 %s needs the chain to read its decimals: give --rpc-url and --deployment", token.Hex())
	}
	out, err := eth.CallContract(ctx, ethereum.CallMsg{To: &token, Data: common.FromHex("0x313ce567")}, nil) // decimals()
	if err != nil || len(out) != 32 || new(big.Int).SetBytes(out).Cmp(big.NewInt(77)) > 0 {
		return currency{}, fmt.Errorf("currency %s is not an ERC-20 token on this chain (it does not answer decimals())", token.Hex())
	}
	c := currency{Token: token, Decimals: uint8(new(big.Int).SetBytes(out).Uint64())}
	if out, err := eth.CallContract(ctx, ethereum.CallMsg{To: &token, Data: common.FromHex("0x95d89b41")}, nil); err == nil { // symbol()
		c.Symbol = abiString(out)
	}
	return c, nil
}

// abiString decodes an ABI-encoded string return value, or "" when it is not one (or not
// printable).
func abiString(b []byte) string {
	if len(b) < 64 {
		return ""
	}
	n := new(big.Int).SetBytes(b[32:64])
	if !n.IsUint64() || n.Uint64() > 32 || 64+int(n.Uint64()) > len(b) {
		return ""
	}
	s := string(b[64 : 64+n.Uint64()])
	for _, r := range s {
		if r < 0x21 || r > 0x7e {
			return ""
		}
	}
	return s
}

// Errors of amounts a creator types.
var (
	// errNegative: a price below zero.
	errNegative = errors.New("is below zero")
	// errTooPrecise: more decimals than the currency has.
	errTooPrecise = errors.New("is more precise than the currency allows")
)

// parseAmount reads a decimal amount in units of a currency with decimals decimals and returns
// it in base units (wei for ETH). It refuses negative numbers, exponents, more decimals than the
// currency has and amounts beyond 2^256.
func parseAmount(s string, decimals uint8) (*big.Int, error) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "-") {
		return nil, errNegative
	}
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" && frac == "" {
		return nil, errors.New("is not a number")
	}
	for _, part := range []string{whole, frac} {
		for i := 0; i < len(part); i++ {
			if part[i] < '0' || part[i] > '9' {
				return nil, errors.New("is not a decimal number (digits and one '.')")
			}
		}
	}
	frac = strings.TrimRight(frac, "0")
	if len(frac) > int(decimals) {
		return nil, fmt.Errorf("%w (%d decimals)", errTooPrecise, decimals)
	}
	digits := strings.TrimLeft(whole+frac+strings.Repeat("0", int(decimals)-len(frac)), "0")
	if digits == "" {
		return new(big.Int), nil
	}
	if len(digits) > 80 {
		return nil, errors.New("is too large")
	}
	x, ok := new(big.Int).SetString(digits, 10)
	if !ok {
		return nil, errors.New("is not a number")
	}
	if x.BitLen() > 256 {
		return nil, errors.New("is too large")
	}
	return x, nil
}

// formatAmount writes base units as a decimal amount of a currency with decimals decimals.
func formatAmount(x *big.Int, decimals uint8) string {
	if x == nil {
		return "0"
	}
	s := x.String()
	if decimals == 0 {
		return s
	}
	for len(s) <= int(decimals) {
		s = "0" + s
	}
	whole, frac := s[:len(s)-int(decimals)], strings.TrimRight(s[len(s)-int(decimals):], "0")
	if frac == "" {
		return whole
	}
	return whole + "." + frac
}

// parseDuration reads a Go duration (90m, 48h) or a number of days (30d), whole seconds, above 0.
func parseDuration(flag, s string) (time.Duration, error) {
	var d time.Duration
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.ParseUint(days, 10, 32)
		if err != nil {
			return 0, fmt.Errorf("%s %q is not a duration (48h, 90m, 30d)", flag, s)
		}
		d = time.Duration(n) * 24 * time.Hour
	} else {
		var err error
		if d, err = time.ParseDuration(s); err != nil {
			return 0, fmt.Errorf("%s %q is not a duration (48h, 90m, 30d)", flag, s)
		}
	}
	if d < time.Second || d%time.Second != 0 {
		return 0, fmt.Errorf("%s %q must be a whole number of seconds, at least 1s", flag, s)
	}
	return d, nil
}

// policy reads the flags into a policy, in the registry's form and the gateway's JSON form;
// cur is the resolved --currency. Every problem is reported at once.
func (f policyFlags) policy(cur currency) (eip712.Policy, gwclient.Policy, error) {
	var errs []error
	bad := func(format string, a ...any) { errs = append(errs, fmt.Errorf(format, a...)) }
	p := eip712.Policy{Price: new(big.Int), GateID: new(big.Int), GateAmount: new(big.Int), RoyaltyBps: f.Royalty, Subscribers: f.Subscribers}

	switch {
	case f.Free && (f.Price != "" || f.Rent != "" || len(f.Split) > 0 || f.Gate != "" || f.Subscribers):
		bad("--free gives the item to everyone: leave out --price, --rent, --split, --gate and --subscribers")
	case f.Free:
		p.Model = eip712.ModelFree
	case f.Price != "":
		p.Model = eip712.ModelBuy
		price, err := parseAmount(f.Price, cur.Decimals)
		switch {
		case err != nil:
			bad("price %q %v", f.Price, err)
		case price.Sign() == 0:
			bad("price %q is zero: a paid item needs a price above zero; use --free to give it away", f.Price)
		default:
			p.Price = price
		}
		p.Currency = cur.Token
		if f.Rent != "" {
			d, err := parseDuration("--rent", f.Rent)
			if err != nil {
				errs = append(errs, err)
			}
			p.Model, p.Duration = eip712.ModelRent, uint64(d/time.Second)
		}
	case f.Rent != "":
		bad("--rent needs --price: the price of one rental")
	case f.Gate != "" || f.Subscribers:
		p.Model = eip712.ModelExclusive
	default:
		bad("say how viewers get the item: --price AMOUNT to sell it (with --rent to rent it), --free to give it away, or --gate / --subscribers to keep it for token holders or channel subscribers")
	}
	if !isNative(f.Currency) && f.Price == "" {
		bad("--currency applies to --price; leave it out or give a price")
	}
	if f.Royalty > maxRoyalty {
		bad("royalty %d bps is above the registry's cap of %d bps (10%%)", f.Royalty, maxRoyalty)
	}
	if f.Gate != "" {
		if err := parseGate(f.Gate, &p); err != nil {
			errs = append(errs, err)
		}
	}
	if len(f.Split) > 0 {
		if f.Price == "" {
			bad("--split shares sales revenue: it needs --price")
		}
		payees, err := parseSplits(f.Split)
		if err != nil {
			errs = append(errs, err)
		}
		p.Payees = payees
	}
	if err := errors.Join(errs...); err != nil {
		return p, gwclient.Policy{}, err
	}
	return p, policyJSON(p), nil
}

// parseGate reads KIND:TOKEN[:ID]:MIN into p.
func parseGate(s string, p *eip712.Policy) error {
	parts := strings.Split(s, ":")
	kinds := map[string]eip712.GateKind{"erc20": eip712.GateERC20, "erc721": eip712.GateERC721, "erc1155": eip712.GateERC1155}
	kind, ok := kinds[strings.ToLower(parts[0])]
	want := 3
	if kind == eip712.GateERC1155 {
		want = 4
	}
	if !ok || len(parts) != want {
		return fmt.Errorf("--gate %q: want erc20:TOKEN:MIN, erc721:TOKEN:MIN or erc1155:TOKEN:ID:MIN", s)
	}
	if !common.IsHexAddress(parts[1]) || common.HexToAddress(parts[1]) == (common.Address{}) {
		return fmt.Errorf("--gate %q: %q is not a token address", s, parts[1])
	}
	p.GateKind, p.GateToken = kind, common.HexToAddress(parts[1])
	if kind == eip712.GateERC1155 {
		id, ok := new(big.Int).SetString(parts[2], 10)
		if !ok || id.Sign() < 0 || id.BitLen() > 256 {
			return fmt.Errorf("--gate %q: token id %q is not a whole number", s, parts[2])
		}
		p.GateID = id
	}
	min, ok := new(big.Int).SetString(parts[len(parts)-1], 10)
	if !ok || min.Sign() <= 0 || min.BitLen() > 256 {
		return fmt.Errorf("--gate %q: the minimum %q must be a whole number above zero (in the token's base units)", s, parts[len(parts)-1])
	}
	p.GateAmount = min
	return nil
}

// parseSplits reads ADDRESS=BPS shares: at most 8 payees, each above zero, no account twice,
// adding up to 10,000.
func parseSplits(splits []string) ([]eip712.Payee, error) {
	var errs []error
	var payees []eip712.Payee
	seen := map[common.Address]bool{}
	sum := 0
	for _, s := range splits {
		acct, share, ok := strings.Cut(s, "=")
		var a common.Address
		switch {
		case !ok:
			errs = append(errs, fmt.Errorf("--split %q: want ADDRESS=BPS, for example 0xAbc…=2500", s))
			continue
		case strings.EqualFold(acct, "owner"):
		case common.IsHexAddress(acct) && common.HexToAddress(acct) != (common.Address{}):
			a = common.HexToAddress(acct)
		default:
			errs = append(errs, fmt.Errorf("--split %q: %q is not an address (or 'owner')", s, acct))
			continue
		}
		n, err := strconv.Atoi(share)
		if err != nil || n <= 0 || n > bps {
			errs = append(errs, fmt.Errorf("--split %q: the share must be a whole number of basis points from 1 to 10000", s))
			continue
		}
		if seen[a] {
			errs = append(errs, fmt.Errorf("--split %q: %s is listed twice", s, acct))
			continue
		}
		seen[a] = true
		sum += n
		payees = append(payees, eip712.Payee{Account: a, ShareBps: uint16(n)})
	}
	if len(errs) == 0 && sum != bps {
		errs = append(errs, fmt.Errorf("the --split shares add up to %d basis points; they must add up to exactly 10000 (100%%)", sum))
	}
	if len(splits) > maxPayees {
		errs = append(errs, fmt.Errorf("%d --split shares; the registry takes at most %d", len(splits), maxPayees))
	}
	return payees, errors.Join(errs...)
}

// policyJSON is p as the gateway's JSON carries it.
func policyJSON(p eip712.Policy) gwclient.Policy {
	models := map[eip712.Model]string{eip712.ModelFree: "free", eip712.ModelBuy: "buy", eip712.ModelRent: "rent", eip712.ModelExclusive: "exclusive"}
	out := gwclient.Policy{Model: models[p.Model], Price: p.Price.String(), DurationSeconds: p.Duration,
		Subscribers: p.Subscribers, RoyaltyBps: p.RoyaltyBps, Payees: []gwclient.Payee{}}
	if p.Currency != (common.Address{}) {
		out.Currency = p.Currency.Hex()
	}
	if p.GateKind != eip712.GateNone {
		kinds := map[eip712.GateKind]string{eip712.GateERC20: "erc20", eip712.GateERC721: "erc721", eip712.GateERC1155: "erc1155"}
		out.Gate = &gwclient.Gate{Kind: kinds[p.GateKind], Token: p.GateToken.Hex(), ID: p.GateID.String(), Amount: p.GateAmount.String()}
	}
	for _, pe := range p.Payees {
		out.Payees = append(out.Payees, gwclient.Payee{Account: pe.Account.Hex(), ShareBps: pe.ShareBps})
	}
	return out
}

// describePolicy says in words what a policy does.
func describePolicy(p eip712.Policy, cur currency) string {
	var s string
	switch p.Model {
	case eip712.ModelFree:
		return "free for everyone"
	case eip712.ModelBuy:
		s = fmt.Sprintf("for sale at %s %s", formatAmount(p.Price, cur.Decimals), cur)
	case eip712.ModelRent:
		s = fmt.Sprintf("for rent at %s %s per %s", formatAmount(p.Price, cur.Decimals), cur, time.Duration(p.Duration)*time.Second)
	default:
		s = "not for sale"
	}
	if p.GateKind != eip712.GateNone {
		s += fmt.Sprintf("; open to holders of at least %s of %s", p.GateAmount, p.GateToken.Hex())
	}
	if p.Subscribers {
		s += "; open to channel subscribers"
	}
	if len(p.Payees) > 0 {
		var parts []string
		for _, pe := range p.Payees {
			who := pe.Account.Hex()
			if pe.Account == (common.Address{}) {
				who = "owner"
			}
			parts = append(parts, fmt.Sprintf("%s %d.%02d%%", who, pe.ShareBps/100, pe.ShareBps%100))
		}
		s += "; revenue split " + strings.Join(parts, ", ")
	}
	return s
}

// resolve opens the chain when the policy or the command needs it (direct: the command sends a
// transaction; the flags name a chain; the price is in an ERC-20, whose decimals the chain
// knows) and turns the flags into the policy. oc is nil when no chain was needed; the caller
// closes it otherwise. cur is the policy's currency.
func (f policyFlags) resolve(ctx context.Context, cf chainFlags, direct bool, base string) (oc *onChain, cur currency, pol eip712.Policy, polJSON gwclient.Policy, err error) {
	if direct || f.needsChain() || cf.given() {
		why := "pricing in an ERC-20"
		if direct {
			why = "--direct"
		}
		if oc, err = cf.openVia(ctx, why, base); err != nil {
			return nil, cur, pol, polJSON, err
		}
	}
	var eth caller
	if oc != nil {
		eth = oc.eth
	}
	cur, err = resolveCurrency(ctx, eth, f.Currency)
	if err == nil {
		pol, polJSON, err = f.policy(cur)
	}
	if err != nil && oc != nil {
		oc.Close()
		oc = nil
	}
	return oc, cur, pol, polJSON, err
}
