package siwe

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/swarmgate/swarmgate/chain/eip712"
)

// exampleMessage is the full example of EIP-4361, every optional field present.
const exampleMessage = `https://example.com wants you to sign in with your Ethereum account:
0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2

I accept the ExampleOrg Terms of Service: https://example.com/tos

URI: https://example.com/login
Version: 1
Chain ID: 1
Nonce: 32891756
Issued At: 2021-09-30T16:25:24Z
Expiration Time: 2021-10-01T16:25:24.000Z
Not Before: 2021-09-30T16:25:24+02:00
Request ID: some-request_id~1
Resources:
- ipfs://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/
- https://example.com/my-web2-claim.json`

// minimalMessage has no optional field: note the two empty lines before URI.
const minimalMessage = "example.com wants you to sign in with your Ethereum account:\n" +
	"0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2\n\n\n" +
	"URI: https://example.com\nVersion: 1\nChain ID: 1337\nNonce: abcdefgh\nIssued At: 2021-09-30T16:25:24Z"

func TestParseExample(t *testing.T) {
	t.Parallel()
	m, err := Parse(exampleMessage)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]any{
		"scheme":    m.Scheme == "https",
		"domain":    m.Domain == "example.com",
		"address":   m.Address == common.HexToAddress("0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2"),
		"statement": m.Statement == "I accept the ExampleOrg Terms of Service: https://example.com/tos",
		"uri":       m.URI == "https://example.com/login",
		"version":   m.Version == "1",
		"chain":     m.ChainID == 1,
		"nonce":     m.Nonce == "32891756",
		"issued":    m.IssuedAt.Equal(time.Date(2021, 9, 30, 16, 25, 24, 0, time.UTC)),
		"expires":   m.ExpirationTime.Equal(time.Date(2021, 10, 1, 16, 25, 24, 0, time.UTC)),
		"notbefore": m.NotBefore.Equal(time.Date(2021, 9, 30, 14, 25, 24, 0, time.UTC)),
		"request":   m.RequestID == "some-request_id~1",
		"resources": len(m.Resources) == 2 && m.Resources[1] == "https://example.com/my-web2-claim.json",
	}
	for field, ok := range want {
		if ok != true {
			t.Errorf("field %s parsed wrong: %+v", field, m)
		}
	}
	if got := m.String(); got != exampleMessage {
		t.Fatalf("round trip differs:\n%s\n---\n%s", got, exampleMessage)
	}
	min, err := Parse(minimalMessage)
	if err != nil {
		t.Fatal(err)
	}
	if min.Statement != "" || min.Scheme != "" || !min.ExpirationTime.IsZero() || min.Resources != nil {
		t.Errorf("optional fields set: %+v", min)
	}
	if min.String() != minimalMessage {
		t.Fatalf("round trip differs:\n%q\n%q", min.String(), minimalMessage)
	}
}

func TestParseRefuses(t *testing.T) {
	t.Parallel()
	replace := func(old, new string) string {
		if !strings.Contains(exampleMessage, old) {
			panic("test case does not apply: " + old)
		}
		return strings.Replace(exampleMessage, old, new, 1)
	}
	for _, tc := range []struct{ name, msg string }{
		{"empty", ""},
		{"trailing newline", exampleMessage + "\n"},
		{"CRLF", strings.ReplaceAll(exampleMessage, "\n", "\r\n")},
		{"bad header", replace("wants you to sign in", "wants you to log in")},
		{"bad scheme", replace("https://example.com wants", "1http://example.com wants")},
		{"domain with space", replace("https://example.com wants", "https://exa mple.com wants")},
		{"domain with path", replace("https://example.com wants", "https://example.com/x wants")},
		{"empty domain", replace("https://example.com wants", "https:// wants")},
		{"bad port", replace("https://example.com wants", "https://example.com:80a wants")},
		{"lowercase address", replace("0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2", "0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2")},
		{"wrong checksum", replace("0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2", "0xc02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2")},
		{"short address", replace("0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2", "0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756C")},
		{"no 0x", replace("0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2", "C02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2ab")},
		{"statement with quote", replace("Terms of Service:", `"Terms" of Service:`)},
		{"statement non-ASCII", replace("Terms of Service:", "Términos:")},
		{"no blank after statement", replace("tos\n\nURI", "tos\nURI")},
		{"old format without blank line", minimalMessage[:strings.Index(minimalMessage, "\n\n\n")] + "\n\n" + minimalMessage[strings.Index(minimalMessage, "URI"):]},
		{"two empty statement lines", strings.Replace(minimalMessage, "\n\n\n", "\n\n\n\n\n", 1)},
		{"message ends after the empty statement", minimalMessage[:strings.Index(minimalMessage, "URI")] + "\n"},
		{"relative URI", replace("URI: https://example.com/login", "URI: /login")},
		{"URI with space", replace("URI: https://example.com/login", "URI: https://example.com/log in")},
		{"bad escape in URI", replace("URI: https://example.com/login", "URI: https://example.com/%zz")},
		{"version 2", replace("Version: 1", "Version: 2")},
		{"chain id missing", replace("Chain ID: 1\n", "")},
		{"chain id leading zero", replace("Chain ID: 1", "Chain ID: 01")},
		{"chain id hex", replace("Chain ID: 1", "Chain ID: 0x1")},
		{"chain id overflow", replace("Chain ID: 1", "Chain ID: 99999999999999999999")},
		{"short nonce", replace("Nonce: 32891756", "Nonce: 3289175")},
		{"nonce with dash", replace("Nonce: 32891756", "Nonce: 3289-1756")},
		{"fields out of order", replace("Version: 1\nChain ID: 1", "Chain ID: 1\nVersion: 1")},
		{"issued-at not RFC 3339", replace("Issued At: 2021-09-30T16:25:24Z", "Issued At: 2021-09-30 16:25:24")},
		{"issued-at without zone", replace("Issued At: 2021-09-30T16:25:24Z", "Issued At: 2021-09-30T16:25:24")},
		{"zero time", replace("Issued At: 2021-09-30T16:25:24Z", "Issued At: 0001-01-01T00:00:00Z")},
		{"bad expiration", replace("Expiration Time: 2021-10-01T16:25:24.000Z", "Expiration Time: tomorrow")},
		{"optional fields out of order", replace("Expiration Time: 2021-10-01T16:25:24.000Z\nNot Before: 2021-09-30T16:25:24+02:00", "Not Before: 2021-09-30T16:25:24+02:00\nExpiration Time: 2021-10-01T16:25:24.000Z")},
		{"request id with slash", replace("Request ID: some-request_id~1", "Request ID: a/b")},
		{"resource without dash", replace("- https://example.com/my-web2", "https://example.com/my-web2")},
		{"relative resource", replace("- https://example.com/my-web2-claim.json", "- my-web2-claim.json")},
		{"empty resources and a newline", exampleMessage[:strings.Index(exampleMessage, "\n- ipfs")] + "\n"},
		{"resources line twice", exampleMessage[:strings.Index(exampleMessage, "\n- ipfs")] + "\nResources:"},
		{"unknown field", replace("Request ID: some-request_id~1", "Color: blue")},
		{"too long", exampleMessage + strings.Repeat("x", MaxMessageLength)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			m, err := Parse(tc.msg)
			if !errors.Is(err, ErrSyntax) {
				t.Fatalf("Parse = %+v, %v; want ErrSyntax", m, err)
			}
		})
	}
}

func TestParseAccepts(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, old, new string }{
		{"no scheme", "https://example.com wants", "example.com wants"},
		{"port and userinfo", "https://example.com wants", "https://user:pw@localhost:8080 wants"},
		{"IPv6 host", "https://example.com wants", "http://[::1]:8080 wants"},
		{"statement that looks like a URI line", "I accept the ExampleOrg Terms of Service: https://example.com/tos", "URI: https://evil.example"},
		{"big chain id", "Chain ID: 1", "Chain ID: 18446744073709551615"},
		{"long nonce", "Nonce: 32891756", "Nonce: " + strings.Repeat("aZ9", 40)},
		{"lowercase t and z", "Issued At: 2021-09-30T16:25:24Z", "Issued At: 2021-09-30t16:25:24z"},
		{"fraction and offset", "Issued At: 2021-09-30T16:25:24Z", "Issued At: 2021-09-30T16:25:24.120-07:30"},
		{"percent-encoded request id", "Request ID: some-request_id~1", "Request ID: a%2Fb:c@d"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			msg := strings.Replace(exampleMessage, tc.old, tc.new, 1)
			m, err := Parse(msg)
			if err != nil {
				t.Fatal(err)
			}
			if m.String() != msg {
				t.Fatalf("round trip differs:\n%s\n---\n%s", m.String(), msg)
			}
		})
	}
}

// walletEmptyStatement and walletEmptyResources are messages as the reference EIP-4361 library
// (siwe 3) writes them for statement "" and resources []: an empty statement line, and a
// "Resources:" line with nothing after it. The grammar allows both.
const (
	walletEmptyStatement = "localhost:8080 wants you to sign in with your Ethereum account:\n" +
		"0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2\n\n\n\n" +
		"URI: http://localhost:8080\nVersion: 1\nChain ID: 1337\nNonce: abcdefgh12\nIssued At: 2026-03-01T11:59:00.000Z"
	walletEmptyResources = "localhost:8080 wants you to sign in with your Ethereum account:\n" +
		"0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2\n\nSign in.\n\n" +
		"URI: http://localhost:8080\nVersion: 1\nChain ID: 1337\nNonce: abcdefgh12\nIssued At: 2026-03-01T11:59:00.000Z\nResources:"
	walletBothEmpty = "localhost:8080 wants you to sign in with your Ethereum account:\n" +
		"0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2\n\n\n\n" +
		"URI: http://localhost:8080\nVersion: 1\nChain ID: 1337\nNonce: abcdefgh12\nIssued At: 2026-03-01T11:59:00.000Z\n" +
		"Request ID: \nResources:"
)

// TestParseWalletEmptyFields: what real wallets write for empty optional fields parses, keeps
// its meaning (no statement, no resources) and formats back to the very bytes that were signed.
func TestParseWalletEmptyFields(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, msg     string
		statement     string
		resources     bool // a non-nil, empty list
		emptyStmtLine bool
	}{
		{"empty statement", walletEmptyStatement, "", false, true},
		{"empty resources", walletEmptyResources, "Sign in.", true, false},
		{"empty statement, request id and resources", walletBothEmpty, "", true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			m, err := Parse(tc.msg)
			if err != nil {
				t.Fatal(err)
			}
			if m.Statement != tc.statement || (m.Resources != nil) != tc.resources || len(m.Resources) != 0 || m.emptyStatement != tc.emptyStmtLine {
				t.Fatalf("parsed %+v", m)
			}
			if m.String() != tc.msg {
				t.Fatalf("round trip differs:\n%q\n%q", m.String(), tc.msg)
			}
			if err := m.Validate(); err != nil {
				t.Fatal(err)
			}
			// Signed by its address, it verifies; the empty lines are part of what was signed.
			s := newSigner(t)
			text := strings.Replace(tc.msg, "0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2", s.addr.Hex(), 1)
			sig, _ := Sign(text, s.key)
			exp := Expect{Domain: "localhost:8080", URI: "http://localhost:8080", ChainID: 1337, Nonce: "abcdefgh12", Now: now}
			if got, err := Verify(text, sig, exp); err != nil || got.Address != s.addr {
				t.Fatalf("Verify = %v", err)
			}
			// The same signature does not cover the message without the empty lines.
			short := strings.Replace(strings.Replace(text, "\n\n\n\n", "\n\n\n", 1), "\nResources:", "", 1)
			short = strings.Replace(short, "\nRequest ID: ", "", 1)
			if _, err := Verify(short, sig, exp); !errors.Is(err, ErrSignerMismatch) && !errors.Is(err, ErrBadSignature) {
				t.Fatalf("signature of the wallet's message verified another text: %v", err)
			}
		})
	}
	// Built by Go: nil Resources writes no Resources line, an empty one a bare line.
	m := message(common.HexToAddress("0x00000000000000000000000000000000000000aB"))
	if strings.Contains(m.String(), "Resources:") {
		t.Fatal("nil Resources wrote a Resources line")
	}
	m.Resources = []string{}
	if !strings.HasSuffix(m.String(), "\nResources:") {
		t.Fatalf("empty Resources: %q", m.String())
	}
}

func TestBuildAndValidate(t *testing.T) {
	t.Parallel()
	m := &Message{
		Domain: "gate.example", Address: common.HexToAddress("0x00000000000000000000000000000000000000aB"),
		URI: "https://gate.example/auth", Version: Version, ChainID: 8453, Nonce: "Q7x2mPz9aa",
		IssuedAt: time.Date(2026, 1, 2, 3, 4, 5, 600_000_000, time.FixedZone("x", 3600)),
	}
	if err := m.Validate(); err != nil {
		t.Fatal(err)
	}
	text := m.String()
	if !strings.Contains(text, "Issued At: 2026-01-02T02:04:05.6Z") {
		t.Errorf("issued-at not formatted as UTC RFC 3339:\n%s", text)
	}
	back, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if back.String() != text || !back.IssuedAt.Equal(m.IssuedAt) || back.Address != m.Address {
		t.Fatalf("parse of built message differs: %+v", back)
	}
	bad := &Message{Domain: "a b", URI: "x", Version: "2", Nonce: "short", Statement: "line\nbreak", Resources: []string{"rel"}, RequestID: "a b"}
	err = bad.Validate()
	if !errors.Is(err, ErrSyntax) {
		t.Fatalf("Validate = %v", err)
	}
	for _, want := range []string{"domain", "address", "statement", "URI", "version", "nonce", "issued-at", "request ID", "resource 1"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("Validate does not report %s: %v", want, err)
		}
	}
}

// A parsed message whose time fields are changed formats the new times, not the parsed text.
func TestStringAfterEdit(t *testing.T) {
	t.Parallel()
	m, err := Parse(exampleMessage)
	if err != nil {
		t.Fatal(err)
	}
	m.ExpirationTime = time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	m.NotBefore = time.Time{}
	s := m.String()
	if !strings.Contains(s, "Expiration Time: 2030-01-01T00:00:00Z") || strings.Contains(s, "Not Before") {
		t.Fatalf("edited message:\n%s", s)
	}
}

type signer struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

func newSigner(t testing.TB) signer {
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return signer{k, crypto.PubkeyToAddress(k.PublicKey)}
}

var now = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

func message(addr common.Address) *Message {
	return &Message{
		Scheme: "https", Domain: "gate.example", Address: addr, Statement: "Sign in to Swarmgate.",
		URI: "https://gate.example/v1/auth", Version: Version, ChainID: 1337, Nonce: "n0nce12345",
		IssuedAt: now.Add(-time.Minute), ExpirationTime: now.Add(10 * time.Minute),
	}
}

func expect() Expect {
	return Expect{Domain: "gate.example", Scheme: "https", URI: "https://gate.example/v1/auth", ChainID: 1337, Nonce: "n0nce12345", Now: now}
}

func TestVerify(t *testing.T) {
	t.Parallel()
	s := newSigner(t)
	other := newSigner(t)
	sign := func(m *Message, k *ecdsa.PrivateKey) (string, []byte) {
		text := m.String()
		sig, err := Sign(text, k)
		if err != nil {
			t.Fatal(err)
		}
		return text, sig
	}
	for _, tc := range []struct {
		name string
		edit func(m *Message)
		exp  func(e *Expect)
		sig  func(sig []byte) []byte
		key  *ecdsa.PrivateKey
		want error
	}{
		{name: "valid"},
		{name: "valid without expiry", edit: func(m *Message) { m.ExpirationTime = time.Time{} }},
		{name: "valid with nonce lookup", exp: func(e *Expect) { e.Nonce = ""; e.CheckNonce = func(string) error { return nil } }},
		{name: "other domain", edit: func(m *Message) { m.Domain = "evil.example" }, want: ErrDomainMismatch},
		{name: "other scheme", edit: func(m *Message) { m.Scheme = "http" }, want: ErrDomainMismatch},
		{name: "any scheme when none expected", edit: func(m *Message) { m.Scheme = "" }, exp: func(e *Expect) { e.Scheme = "" }},
		{name: "other URI", edit: func(m *Message) { m.URI = "https://gate.example/other" }, want: ErrURIMismatch},
		{name: "other chain", edit: func(m *Message) { m.ChainID = 1 }, want: ErrChainMismatch},
		{name: "other nonce", edit: func(m *Message) { m.Nonce = "00000000" }, want: ErrNonce},
		{name: "nonce lookup refuses", exp: func(e *Expect) { e.Nonce = ""; e.CheckNonce = func(string) error { return errors.New("already used") } }, want: ErrNonce},
		{name: "expired", edit: func(m *Message) { m.ExpirationTime = now.Add(-time.Second) }, want: ErrExpired},
		{name: "expires exactly now", edit: func(m *Message) { m.ExpirationTime = now }, want: ErrExpired},
		{name: "not yet valid", edit: func(m *Message) { m.NotBefore = now.Add(5 * time.Minute) }, want: ErrNotYetValid},
		{name: "not before within skew", edit: func(m *Message) { m.NotBefore = now.Add(30 * time.Second) }},
		{name: "issued in the future", edit: func(m *Message) { m.IssuedAt = now.Add(2 * time.Minute) }, want: ErrIssuedInFuture},
		{name: "issued within skew", edit: func(m *Message) { m.IssuedAt = now.Add(30 * time.Second) }},
		{name: "issued within skew, no skew allowed", edit: func(m *Message) { m.IssuedAt = now.Add(30 * time.Second) }, exp: func(e *Expect) { e.Skew = -1 }, want: ErrIssuedInFuture},
		{name: "too old", edit: func(m *Message) { m.IssuedAt = now.Add(-time.Hour) }, exp: func(e *Expect) { e.MaxAge = 10 * time.Minute }, want: ErrTooOld},
		{name: "signed by another key", key: other.key, want: ErrSignerMismatch},
		{name: "v as 0/1", sig: func(sig []byte) []byte { sig[64] -= 27; return sig }},
		{name: "v as 2", sig: func(sig []byte) []byte { sig[64] = 2; return sig }, want: ErrBadSignature},
		{name: "v as 29", sig: func(sig []byte) []byte { sig[64] = 29; return sig }, want: ErrBadSignature},
		{name: "v as 0/1 signed by another key", key: other.key, sig: func(sig []byte) []byte { sig[64] -= 27; return sig }, want: ErrSignerMismatch},
		{name: "malleable high s with v as 0/1", sig: func(sig []byte) []byte { sig = malleate(sig); sig[64] -= 27; return sig }, want: ErrBadSignature},
		{name: "empty statement line", edit: func(m *Message) { m.Statement, m.emptyStatement = "", true }},
		{name: "empty resources line", edit: func(m *Message) { m.Resources = []string{} }},
		{name: "empty statement for another domain", edit: func(m *Message) { m.Statement, m.emptyStatement, m.Domain = "", true, "evil.example" }, want: ErrDomainMismatch},
		{name: "empty resources, expired", edit: func(m *Message) { m.Resources = []string{}; m.ExpirationTime = now.Add(-time.Second) }, want: ErrExpired},
		{name: "empty resources, other chain", edit: func(m *Message) { m.Resources = []string{}; m.ChainID = 1 }, want: ErrChainMismatch},
		{name: "empty statement, other nonce", edit: func(m *Message) { m.Statement, m.emptyStatement, m.Nonce = "", true, "00000000" }, want: ErrNonce},
		{name: "short signature", sig: func(sig []byte) []byte { return sig[:64] }, want: ErrBadSignature},
		{name: "malleable high s", sig: malleate, want: ErrBadSignature},
		// A bit flipped in s, not r: a flipped r is often no curve point at all, and then
		// recovery fails (ErrBadSignature) instead of finding another signer; that made this
		// case flaky with random keys.
		{name: "flipped bit in s", sig: func(sig []byte) []byte { sig[40] ^= 1; return sig }, want: ErrSignerMismatch},
		{name: "flipped bit in r", sig: func(sig []byte) []byte { sig[10] ^= 1; return sig }, want: errRefused},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			m := message(s.addr)
			if tc.edit != nil {
				tc.edit(m)
			}
			key := s.key
			if tc.key != nil {
				key = tc.key
			}
			text, sig := sign(m, key)
			if tc.sig != nil {
				sig = tc.sig(sig)
			}
			e := expect()
			if tc.exp != nil {
				tc.exp(&e)
			}
			got, err := Verify(text, sig, e)
			if tc.want == nil {
				if err != nil {
					t.Fatalf("Verify = %v", err)
				}
				if got.Address != s.addr {
					t.Fatalf("verified address %s, want %s", got.Address, s.addr)
				}
				return
			}
			if tc.want == errRefused && (errors.Is(err, ErrSignerMismatch) || errors.Is(err, ErrBadSignature)) {
				return
			}
			if !errors.Is(err, tc.want) {
				t.Fatalf("Verify = %v, want %v", err, tc.want)
			}
			if got != nil {
				t.Fatal("message returned with an error")
			}
		})
	}
}

// malleate turns a valid signature into its high-s twin, which ecrecover still accepts.
func malleate(sig []byte) []byte {
	n := crypto.S256().Params().N
	s := new(big.Int).SetBytes(sig[32:64])
	s.Sub(n, s)
	out := make([]byte, 65)
	copy(out, sig[:32])
	s.FillBytes(out[32:64])
	out[64] = 27 + (28 - sig[64]) // flip v
	return out
}

func TestMalleatedSignatureStillRecovers(t *testing.T) {
	t.Parallel()
	// Guard for the "malleable high s" case above: the twin is a real signature of the same
	// signer, refused only because of the rule.
	s := newSigner(t)
	h := Hash("hello")
	sig, _ := Sign("hello", s.key)
	twin := malleate(sig)
	twin[64] -= 27
	pub, err := crypto.SigToPub(h[:], twin)
	if err != nil || crypto.PubkeyToAddress(*pub) != s.addr {
		t.Fatalf("malleated signature does not recover the signer: %v", err)
	}
	if _, err := eip712.Recover(h, malleate(sig)); !errors.Is(err, eip712.ErrMalleable) {
		t.Fatalf("eip712.Recover accepted it: %v", err)
	}
}

// TestNonceCheckedLast: a one-time nonce must not be consumed by a message that fails another
// check, or anyone could burn other users' nonces.
func TestNonceCheckedLast(t *testing.T) {
	t.Parallel()
	s := newSigner(t)
	calls := 0
	e := expect()
	e.Nonce, e.CheckNonce = "", func(string) error { calls++; return nil }
	m := message(s.addr)
	text := m.String()
	sig, _ := Sign(text, newSigner(t).key) // wrong signer
	if _, err := Verify(text, sig, e); !errors.Is(err, ErrSignerMismatch) {
		t.Fatal(err)
	}
	m.ExpirationTime = now.Add(-time.Hour)
	text = m.String()
	sig, _ = Sign(text, s.key)
	if _, err := Verify(text, sig, e); !errors.Is(err, ErrExpired) {
		t.Fatal(err)
	}
	if calls != 0 {
		t.Fatalf("CheckNonce called %d times for refused messages", calls)
	}
}

func TestVerifyNeedsExpectations(t *testing.T) {
	t.Parallel()
	for _, e := range []Expect{{}, {Domain: "a", ChainID: 1}, {Domain: "a", Nonce: "abcdefgh"}, {ChainID: 1, Nonce: "abcdefgh"}} {
		if _, err := Verify(minimalMessage, make([]byte, 65), e); err == nil {
			t.Errorf("Verify with incomplete Expect %+v passed", e)
		}
	}
}

// TestPersonalSignVector checks Hash against a personal_sign digest computed independently:
// keccak256 of the EIP-191 prefix, the decimal length and the text.
func TestPersonalSignVector(t *testing.T) {
	t.Parallel()
	text := "hello"
	want := crypto.Keccak256Hash([]byte("\x19Ethereum Signed Message:\n5hello"))
	if Hash(text) != want {
		t.Fatalf("Hash = %s, want %s", Hash(text), want)
	}
}

func BenchmarkVerify(b *testing.B) {
	s := newSigner(b)
	text := message(s.addr).String()
	sig, _ := Sign(text, s.key)
	e := expect()
	for b.Loop() {
		if _, err := Verify(text, sig, e); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParse is the baseline for BenchmarkVerify: parsing alone, no signature recovery.
func BenchmarkParse(b *testing.B) {
	for b.Loop() {
		if _, err := Parse(exampleMessage); err != nil {
			b.Fatal(err)
		}
	}
}

// errRefused in a test case accepts either way a corrupted signature can be refused.
var errRefused = errors.New("refused as a bad signature or a signer mismatch")

// fakeWallet is an EIP-1271 contract wallet at addr that accepts owner's signatures of a hash
// (or, with sigs, exactly those signature bytes), or fails with err. It records its calls.
type fakeWallet struct {
	addr  common.Address
	owner common.Address
	sigs  map[string]bool
	err   error
	calls []common.Hash
}

func (w *fakeWallet) IsValidSignature(ctx context.Context, account common.Address, hash common.Hash, sig []byte) (bool, error) {
	w.calls = append(w.calls, hash)
	if err := ctx.Err(); err != nil {
		return false, err
	}
	if w.err != nil {
		return false, w.err
	}
	if account != w.addr {
		return false, nil // an EOA, or another contract
	}
	if w.sigs != nil {
		return w.sigs[string(sig)], nil
	}
	signer, err := eip712.Recover(hash, sig)
	return err == nil && signer == w.owner, nil
}

// TestVerifyContractWallet: with Expect.Wallets, a signature that ecrecover does not tie to the
// message's address is put to that address as an EIP-1271 question about the personal_sign hash.
func TestVerifyContractWallet(t *testing.T) {
	t.Parallel()
	owner, other, eoa := newSigner(t), newSigner(t), newSigner(t)
	walletAddr := common.HexToAddress("0x00000000000000000000000000000000Ba5eBa11")
	safeSig := make([]byte, 130) // a two-owner Safe's concatenated signatures, say
	safeSig[0] = 1
	errChain := errors.New("dial tcp: connection refused")
	for _, tc := range []struct {
		name      string
		addr      common.Address
		key       *ecdsa.PrivateKey
		sig       func(sig []byte) []byte
		wallet    func(w *fakeWallet) // nil: the default wallet
		noWallets bool
		ctx       func() context.Context
		want      error
		asked     int // wallet calls expected
	}{
		{name: "owner signs for the wallet", addr: walletAddr, key: owner.key, asked: 1},
		{name: "EOA signs for itself, wallet not asked", addr: eoa.addr, key: eoa.key},
		{name: "another signer for the wallet", addr: walletAddr, key: other.key, want: ErrSignerMismatch, asked: 1},
		{name: "another signer for an EOA", addr: eoa.addr, key: other.key, want: ErrSignerMismatch, asked: 1},
		{name: "wallet without Wallets", addr: walletAddr, key: owner.key, noWallets: true, want: ErrSignerMismatch},
		{name: "v as 0/1 the wallet refuses", addr: walletAddr, key: owner.key, sig: func(s []byte) []byte { s[64] -= 27; return s },
			wallet: func(w *fakeWallet) { w.sigs = map[string]bool{} }, want: ErrSignerMismatch, asked: 1},
		{name: "v as 0/1 from the EOA itself, wallet not asked", addr: eoa.addr, key: eoa.key, sig: func(s []byte) []byte { s[64] -= 27; return s }},
		{name: "longer signature the wallet accepts", addr: walletAddr, key: owner.key, sig: func([]byte) []byte { return safeSig },
			wallet: func(w *fakeWallet) { w.sigs = map[string]bool{string(safeSig): true} }, asked: 1},
		{name: "longer signature without Wallets", addr: walletAddr, key: owner.key, sig: func([]byte) []byte { return safeSig }, noWallets: true, want: ErrBadSignature},
		{name: "signature over the limit not asked", addr: walletAddr, key: owner.key, sig: func([]byte) []byte { return make([]byte, MaxSignatureLength+1) },
			wallet: func(w *fakeWallet) { w.sigs = map[string]bool{} }, want: ErrBadSignature},
		{name: "empty signature the wallet refuses", addr: walletAddr, key: owner.key, sig: func([]byte) []byte { return nil }, want: ErrBadSignature, asked: 1},
		{name: "empty signature for a message the wallet approved", addr: walletAddr, key: owner.key, sig: func([]byte) []byte { return nil },
			wallet: func(w *fakeWallet) { w.sigs = map[string]bool{"": true} }, asked: 1},
		{name: "empty signature without Wallets", addr: walletAddr, key: owner.key, sig: func([]byte) []byte { return nil }, noWallets: true, want: ErrBadSignature},
		{name: "chain fails", addr: walletAddr, key: owner.key, wallet: func(w *fakeWallet) { w.err = errChain }, want: errChain, asked: 1},
		{name: "chain fails: ErrWalletCheck", addr: walletAddr, key: owner.key, wallet: func(w *fakeWallet) { w.err = errChain }, want: ErrWalletCheck, asked: 1},
		{name: "context passed to the wallet", addr: walletAddr, key: owner.key, want: context.Canceled, asked: 1,
			ctx: func() context.Context { ctx, cancel := context.WithCancel(context.Background()); cancel(); return ctx }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			text := message(tc.addr).String()
			sig, err := Sign(text, tc.key)
			if err != nil {
				t.Fatal(err)
			}
			if tc.sig != nil {
				sig = tc.sig(sig)
			}
			w := &fakeWallet{addr: walletAddr, owner: owner.addr}
			if tc.wallet != nil {
				tc.wallet(w)
			}
			nonces := 0
			e := expect()
			e.CheckNonce = func(string) error { nonces++; return nil }
			if !tc.noWallets {
				e.Wallets = w
			}
			ctx := context.Background()
			if tc.ctx != nil {
				ctx = tc.ctx()
			}
			got, err := VerifyContext(ctx, text, sig, e)
			if len(w.calls) != tc.asked {
				t.Fatalf("wallet asked %d times, want %d", len(w.calls), tc.asked)
			}
			for _, h := range w.calls {
				if h != Hash(text) {
					t.Fatalf("wallet asked about %s, want the personal_sign hash %s", h, Hash(text))
				}
			}
			if tc.want != nil {
				if !errors.Is(err, tc.want) || got != nil {
					t.Fatalf("Verify = %v, %v; want %v", got, err, tc.want)
				}
				if nonces != 0 {
					t.Fatal("nonce consumed by a refused sign-in")
				}
				return
			}
			if err != nil || got.Address != tc.addr {
				t.Fatalf("Verify = %v, %v; want the message for %s", got, err, tc.addr)
			}
			if nonces != 1 {
				t.Fatalf("nonce checked %d times, want once", nonces)
			}
		})
	}
}
