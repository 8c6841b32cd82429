package siwe

import (
	"errors"
	"strings"
	"testing"
)

// FuzzParse: Parse never panics, refuses with ErrSyntax only, and whatever it accepts formats
// back to the very same bytes and parses to the same message again.
func FuzzParse(f *testing.F) {
	f.Add(exampleMessage)
	f.Add(minimalMessage)
	f.Add(strings.Replace(exampleMessage, "https://example.com wants", "http://[::1]:8080 wants", 1))
	f.Add(strings.Replace(minimalMessage, "Z", "+05:30", 1))
	f.Fuzz(func(t *testing.T, s string) {
		m, err := Parse(s)
		if err != nil {
			if !errors.Is(err, ErrSyntax) {
				t.Fatalf("Parse error %v is not ErrSyntax", err)
			}
			return
		}
		out := m.String()
		if out != s {
			t.Fatalf("round trip differs:\n%q\n%q", s, out)
		}
		if err := m.Validate(); err != nil {
			t.Fatalf("parsed message does not validate: %v", err)
		}
		again, err := Parse(out)
		if err != nil {
			t.Fatalf("formatted message does not parse: %v", err)
		}
		if again.String() != out {
			t.Fatal("second round trip differs")
		}
	})
}

// FuzzVerify: Verify never panics on any message and signature bytes, never accepts a
// signature that is not 65 bytes, and a contract wallet that refuses everything changes nothing.
func FuzzVerify(f *testing.F) {
	f.Add(minimalMessage, make([]byte, 65))
	f.Add(exampleMessage, []byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, s string, sig []byte) {
		m, err := Verify(s, sig, Expect{Domain: "example.com", ChainID: 1337, Nonce: "abcdefgh", Skew: -1})
		if err == nil && len(sig) != 65 {
			t.Fatalf("accepted a %d-byte signature", len(sig))
		}
		if err == nil && m == nil {
			t.Fatal("nil message without error")
		}
		refusing := &fakeWallet{sigs: map[string]bool{}}
		_, werr := Verify(s, sig, Expect{Domain: "example.com", ChainID: 1337, Nonce: "abcdefgh", Skew: -1, Wallets: refusing})
		if (err == nil) != (werr == nil) {
			t.Fatalf("a refusing wallet changed the outcome: %v without, %v with", err, werr)
		}
	})
}
