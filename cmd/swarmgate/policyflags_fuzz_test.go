package main

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain/eip712"
)

// FuzzParseAmount: parseAmount never panics, accepts only what formats back to the same
// amount, and never gives a negative amount or one beyond 2^256.
func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"0.01", "1", "-1", "1e18", ".5", "1.", "0.0000000000000000001", "99999999999999999999999999999999999999999999999999999999999999999999999999999999"} {
		f.Add(s, uint8(18))
	}
	f.Add("12.34", uint8(6))
	f.Add("7", uint8(0))
	f.Fuzz(func(t *testing.T, s string, decimals uint8) {
		decimals %= 78
		x, err := parseAmount(s, decimals)
		if err != nil {
			return
		}
		if x.Sign() < 0 || x.BitLen() > 256 {
			t.Fatalf("parseAmount(%q) = %s", s, x)
		}
		back, err := parseAmount(formatAmount(x, decimals), decimals)
		if err != nil || back.Cmp(x) != 0 {
			t.Fatalf("%q → %s → %q → %v, %v", s, x, formatAmount(x, decimals), back, err)
		}
	})
}

// FuzzPolicyFlags: the split and gate parsers never panic, and whatever policy the flags make
// keeps the registry's rules (shares add up to 10,000, at most 8 payees, a gate with a token
// and a minimum).
func FuzzPolicyFlags(f *testing.F) {
	f.Add("0x00000000000000000000000000000000000000aa=5000,owner=5000", "erc1155:0x00000000000000000000000000000000000000aa:1:2", "1", "48h")
	f.Add("owner=10000", "erc20:0x00000000000000000000000000000000000000aa:0", "0.5", "")
	f.Add("=,=", ":::", "-1", "1d")
	f.Fuzz(func(t *testing.T, splits, gate, price, rent string) {
		fl := policyFlags{Price: price, Rent: rent, Gate: gate, Currency: "ETH"}
		if splits != "" {
			fl.Split = strings.Split(splits, ",")
		}
		p, j, err := fl.policy(currency{Symbol: "ETH", Decimals: 18})
		if err != nil {
			return
		}
		sum := 0
		for _, pe := range p.Payees {
			sum += int(pe.ShareBps)
		}
		if len(p.Payees) > 0 && sum != bps || len(p.Payees) > maxPayees {
			t.Fatalf("payees %+v", p.Payees)
		}
		if p.GateKind != eip712.GateNone && (p.GateToken == (common.Address{}) || p.GateAmount.Sign() <= 0) {
			t.Fatalf("gate %+v", p)
		}
		if (p.Model == eip712.ModelBuy || p.Model == eip712.ModelRent) && p.Price.Sign() <= 0 {
			t.Fatalf("paid model without a price: %+v", p)
		}
		if j.Price != p.Price.String() || len(j.Payees) != len(p.Payees) {
			t.Fatalf("JSON form %+v differs from %+v", j, p)
		}
	})
}
