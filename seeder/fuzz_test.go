package seeder

import (
	"strings"
	"testing"
)

// FuzzParseItem: item arguments from the command line or the environment never panic the parser,
// and what it accepts as a magnet link is a magnet link.
func FuzzParseItem(f *testing.F) {
	for _, s := range []string{
		"magnet:?xt=urn:btih:64c00ce17d1047e7fb10910ffe705c7e2fcf1d73&dn=x",
		"magnet:?xt=urn:btih:zz", "magnet:", "/nonexistent.torrent", ".", "", "x.torrent",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, arg string) {
		spec, err := parseItem(arg)
		if err != nil {
			return
		}
		if spec.kind == itemMagnet && !strings.HasPrefix(arg, "magnet:") {
			t.Fatalf("%q taken as a magnet link", arg)
		}
	})
}

// TestParseAmount: whole numbers are wei, decimals are ether, units are read; anything else is
// refused with an error.
func TestParseAmount(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"1000": "1000", "0": "0", "0.001": "1000000000000000", "1.": "1000000000000000000", ".5": "500000000000000000",
		"0.001eth": "1000000000000000", "0.001 ETH": "1000000000000000", "2 ether": "2000000000000000000", "5gwei": "5000000000",
		"1.5gwei": "1500000000", "7 wei": "7", " 12 ": "12", "0.000000000000000001": "1",
		"115792089237316195423570985008687907853269984665640564039457584007913129639935": maxUint256.String(),
	} {
		got, err := ParseAmount(in)
		if err != nil || got.String() != want {
			t.Errorf("ParseAmount(%q) = %v, %v; want %s", in, got, err, want)
		}
	}
	for _, in := range []string{"", "-1", "1e18", "0x10", "abc", ".", "1.2.3", "0.0000000000000000001", "1.5wei", "eth", "1 2",
		"115792089237316195423570985008687907853269984665640564039457584007913129639936", "+5"} {
		if got, err := ParseAmount(in); err == nil {
			t.Errorf("ParseAmount(%q) = %s, want an error", in, got)
		}
	}
}

// FuzzParseAmount: amounts from flags and the environment never panic the parser, and what it
// accepts is a uint256 that reads back the same when written as wei.
func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"1000", "0.001", "5gwei", "0.001 eth", "1.", ".5", "-1", "1e18", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseAmount(s)
		if err != nil {
			return
		}
		if v.Sign() < 0 || v.Cmp(maxUint256) > 0 {
			t.Fatalf("%q parsed to %s, outside uint256", s, v)
		}
		again, err := ParseAmount(v.String())
		if err != nil || again.Cmp(v) != 0 {
			t.Fatalf("%q parsed to %s, which reads back as %v, %v", s, v, again, err)
		}
	})
}
