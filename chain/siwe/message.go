package siwe

import (
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Version is the only message version EIP-4361 defines.
const Version = "1"

// MinNonceLength is the shortest nonce EIP-4361 allows.
const MinNonceLength = 8

// MaxMessageLength bounds what Parse reads: a real sign-in message is well under 4 KiB.
const MaxMessageLength = 16 << 10

// Message is an EIP-4361 Sign-In with Ethereum message. Build one with its fields and String,
// or read one with Parse. Optional fields are empty (zero) when absent. The EIP's grammar also
// lets an optional field be present but empty, and wallets write such messages (the reference
// library writes an empty statement line for Statement "" and a bare "Resources:" line for an
// empty list): Resources is then an empty, non-nil slice, and Parse remembers an empty
// statement or request ID line, so String gives back the exact bytes that were signed.
type Message struct {
	Scheme    string         // optional URI scheme of the origin, e.g. "https"
	Domain    string         // RFC 3986 authority asking for the sign-in, e.g. "gate.example:443"
	Address   common.Address // the signing account; written in EIP-55 checksum form
	Statement string         // optional human-readable assertion; one line, no LF
	URI       string         // RFC 3986 URI of the resource the sign-in is for
	Version   string         // must be "1"
	ChainID   uint64         // EIP-155 chain id the session is bound to
	Nonce     string         // at least 8 ASCII letters and digits, chosen by the server
	IssuedAt  time.Time
	// ExpirationTime and NotBefore are optional: the zero time means absent.
	ExpirationTime time.Time
	NotBefore      time.Time
	RequestID      string   // optional, RFC 3986 pchar characters
	Resources      []string // optional RFC 3986 URIs

	// raw keeps the exact RFC 3339 text of parsed timestamps, so that String reproduces a parsed
	// message byte for byte (RFC 3339 allows several spellings of one instant).
	rawIssuedAt, rawExpiration, rawNotBefore string
	// emptyStatement and emptyRequestID record a statement or request ID line that was present
	// but empty in the parsed text.
	emptyStatement, emptyRequestID bool
}

const (
	headerSuffix    = " wants you to sign in with your Ethereum account:"
	tagURI          = "URI: "
	tagVersion      = "Version: "
	tagChainID      = "Chain ID: "
	tagNonce        = "Nonce: "
	tagIssuedAt     = "Issued At: "
	tagExpiration   = "Expiration Time: "
	tagNotBefore    = "Not Before: "
	tagRequestID    = "Request ID: "
	tagResources    = "Resources:"
	resourcePrefix  = "- "
	timestampLayout = time.RFC3339Nano
)

// String formats m as EIP-4361 text, the bytes a wallet signs. It does not validate m; call
// Validate first for a message you built.
func (m *Message) String() string {
	var b strings.Builder
	if m.Scheme != "" {
		b.WriteString(m.Scheme)
		b.WriteString("://")
	}
	b.WriteString(m.Domain)
	b.WriteString(headerSuffix)
	b.WriteByte('\n')
	b.WriteString(m.Address.Hex())
	b.WriteString("\n\n")
	if m.Statement != "" || m.emptyStatement {
		b.WriteString(m.Statement)
		b.WriteByte('\n')
	}
	b.WriteByte('\n')
	b.WriteString(tagURI + m.URI + "\n")
	b.WriteString(tagVersion + m.Version + "\n")
	b.WriteString(tagChainID + strconv.FormatUint(m.ChainID, 10) + "\n")
	b.WriteString(tagNonce + m.Nonce + "\n")
	b.WriteString(tagIssuedAt + formatTime(m.IssuedAt, m.rawIssuedAt))
	if !m.ExpirationTime.IsZero() {
		b.WriteString("\n" + tagExpiration + formatTime(m.ExpirationTime, m.rawExpiration))
	}
	if !m.NotBefore.IsZero() {
		b.WriteString("\n" + tagNotBefore + formatTime(m.NotBefore, m.rawNotBefore))
	}
	if m.RequestID != "" || m.emptyRequestID {
		b.WriteString("\n" + tagRequestID + m.RequestID)
	}
	if m.Resources != nil {
		b.WriteString("\n" + tagResources)
		for _, r := range m.Resources {
			b.WriteString("\n" + resourcePrefix + r)
		}
	}
	return b.String()
}

// formatTime writes t as RFC 3339 (UTC, with nanoseconds only when needed), or as raw when raw is
// the parsed text of the same instant.
func formatTime(t time.Time, raw string) string {
	if raw != "" {
		if p, err := parseTimestamp(raw); err == nil && p.Equal(t) {
			return raw
		}
	}
	return t.UTC().Format(timestampLayout)
}

// Validate checks that m follows EIP-4361: every field's syntax, EIP-55 is implied by
// common.Address, version 1, a nonce of at least 8 letters and digits, an issued-at time.
// Every problem is reported at once; each wraps ErrSyntax.
func (m *Message) Validate() error {
	var errs []error
	bad := func(format string, a ...any) {
		errs = append(errs, fmt.Errorf("%w: "+format, append([]any{ErrSyntax}, a...)...))
	}
	if m.Scheme != "" && !validScheme(m.Scheme) {
		bad("scheme %q is not an RFC 3986 scheme", m.Scheme)
	}
	if !validAuthority(m.Domain) {
		bad("domain %q is not an RFC 3986 authority (host[:port])", m.Domain)
	}
	if m.Address == (common.Address{}) {
		bad("address is missing")
	}
	if !validStatement(m.Statement) {
		bad("statement may hold only RFC 3986 reserved and unreserved characters and spaces, on one line")
	}
	if !validURI(m.URI) {
		bad("URI %q is not an absolute RFC 3986 URI", m.URI)
	}
	if m.Version != Version {
		bad("version %q is not %q", m.Version, Version)
	}
	if !validNonce(m.Nonce) {
		bad("nonce must be at least %d ASCII letters and digits", MinNonceLength)
	}
	if m.IssuedAt.IsZero() {
		bad("issued-at time is missing")
	}
	if !validPchars(m.RequestID) {
		bad("request ID may hold only RFC 3986 pchar characters")
	}
	for i, r := range m.Resources {
		if !validURI(r) {
			bad("resource %d (%q) is not an absolute RFC 3986 URI", i+1, r)
		}
	}
	return errors.Join(errs...)
}

// Parse reads an EIP-4361 message strictly by the EIP's ABNF: fields in order, LF line ends, no
// trailing newline, an EIP-55 checksummed address. Optional fields that the grammar lets be
// present but empty are accepted as wallets write them: an empty statement line (three empty
// lines between the address and the URI), an empty "Request ID: " and a "Resources:" line with
// no resource after it; String writes them back. Every error wraps ErrSyntax.
func Parse(s string) (*Message, error) {
	if len(s) > MaxMessageLength {
		return nil, fmt.Errorf("%w: message is %d bytes, limit %d", ErrSyntax, len(s), MaxMessageLength)
	}
	p := parser{lines: strings.Split(s, "\n")}
	m := &Message{}

	// Header: [scheme "://"] domain " wants you to sign in with your Ethereum account:"
	header, ok := p.next()
	if !ok {
		return nil, p.errorf("empty message")
	}
	origin, ok := strings.CutSuffix(header, headerSuffix)
	if !ok {
		return nil, p.errorf("first line must end with %q", headerSuffix)
	}
	if scheme, rest, found := strings.Cut(origin, "://"); found {
		if !validScheme(scheme) {
			return nil, p.errorf("scheme %q is not an RFC 3986 scheme", scheme)
		}
		m.Scheme, origin = scheme, rest
	}
	if !validAuthority(origin) {
		return nil, p.errorf("domain %q is not an RFC 3986 authority", origin)
	}
	m.Domain = origin

	addr, _ := p.next()
	if !common.IsHexAddress(addr) || !strings.HasPrefix(addr, "0x") || len(addr) != 42 {
		return nil, p.errorf("second line must be a 0x-prefixed address")
	}
	m.Address = common.HexToAddress(addr)
	if m.Address.Hex() != addr {
		return nil, p.errorf("address %s is not in EIP-55 checksum form (want %s)", addr, m.Address.Hex())
	}

	if line, _ := p.next(); line != "" {
		return nil, p.errorf("an empty line must follow the address")
	}
	// [statement LF] LF
	line, ok := p.next()
	if !ok {
		return nil, p.errorf("message ends after the address")
	}
	if line != "" {
		if p.peek() != "" && strings.HasPrefix(line, tagURI) {
			return nil, p.errorf("two empty lines must come between the address and the URI when there is no statement")
		}
		if !validStatement(line) {
			return nil, p.errorf("statement may hold only RFC 3986 reserved and unreserved characters and spaces")
		}
		m.Statement = line
		if l, _ := p.next(); l != "" {
			return nil, p.errorf("an empty line must follow the statement")
		}
	} else if p.peek() == "" && p.i < len(p.lines) {
		// address LF, LF, an empty statement LF, LF: what siwe writes for statement "".
		p.next()
		m.emptyStatement = true
	}

	var err error
	if m.URI, err = p.field(tagURI); err != nil {
		return nil, err
	}
	if !validURI(m.URI) {
		return nil, p.errorf("URI %q is not an absolute RFC 3986 URI", m.URI)
	}
	if m.Version, err = p.field(tagVersion); err != nil {
		return nil, err
	}
	if m.Version != Version {
		return nil, p.errorf("version %q is not %q", m.Version, Version)
	}
	chainID, err := p.field(tagChainID)
	if err != nil {
		return nil, err
	}
	if m.ChainID, err = parseChainID(chainID); err != nil {
		return nil, p.errorf("%v", err)
	}
	if m.Nonce, err = p.field(tagNonce); err != nil {
		return nil, err
	}
	if !validNonce(m.Nonce) {
		return nil, p.errorf("nonce must be at least %d ASCII letters and digits", MinNonceLength)
	}
	if m.rawIssuedAt, err = p.field(tagIssuedAt); err != nil {
		return nil, err
	}
	if m.IssuedAt, err = parseTimestamp(m.rawIssuedAt); err != nil {
		return nil, p.errorf("issued-at: %v", err)
	}
	if p.has(tagExpiration) {
		m.rawExpiration, _ = p.field(tagExpiration)
		if m.ExpirationTime, err = parseTimestamp(m.rawExpiration); err != nil {
			return nil, p.errorf("expiration time: %v", err)
		}
	}
	if p.has(tagNotBefore) {
		m.rawNotBefore, _ = p.field(tagNotBefore)
		if m.NotBefore, err = parseTimestamp(m.rawNotBefore); err != nil {
			return nil, p.errorf("not-before: %v", err)
		}
	}
	if p.has(tagRequestID) {
		m.RequestID, _ = p.field(tagRequestID)
		m.emptyRequestID = m.RequestID == ""
		if !validPchars(m.RequestID) {
			return nil, p.errorf("request ID may hold only RFC 3986 pchar characters")
		}
	}
	if p.peek() == tagResources && p.i < len(p.lines) {
		p.next()
		m.Resources = []string{} // present, perhaps empty
		for p.i < len(p.lines) {
			line, _ := p.next()
			r, ok := strings.CutPrefix(line, resourcePrefix)
			if !ok {
				return nil, p.errorf("resource lines must start with %q", resourcePrefix)
			}
			if !validURI(r) {
				return nil, p.errorf("resource %q is not an absolute RFC 3986 URI", r)
			}
			m.Resources = append(m.Resources, r)
		}
	}
	if p.i < len(p.lines) {
		if p.lines[p.i] == "" && p.i == len(p.lines)-1 {
			return nil, p.errorf("the message must not end with a newline")
		}
		return nil, p.errorf("unexpected line (fields must come in the EIP-4361 order)")
	}
	return m, nil
}

type parser struct {
	lines []string
	i     int // index of the next line
}

func (p *parser) next() (string, bool) {
	if p.i >= len(p.lines) {
		p.i++
		return "", false
	}
	l := p.lines[p.i]
	p.i++
	return l, true
}

func (p *parser) peek() string {
	if p.i >= len(p.lines) {
		return ""
	}
	return p.lines[p.i]
}

func (p *parser) has(tag string) bool { return strings.HasPrefix(p.peek(), tag) }

// field reads the next line, which must start with tag, and returns the rest.
func (p *parser) field(tag string) (string, error) {
	if !p.has(tag) {
		p.i++
		return "", p.errorf("want a line starting with %q", tag)
	}
	l, _ := p.next()
	return l[len(tag):], nil
}

// errorf reports a syntax error at the line read last.
func (p *parser) errorf(format string, a ...any) error {
	return fmt.Errorf("%w: line %d: %s", ErrSyntax, p.i, fmt.Sprintf(format, a...))
}

func parseChainID(s string) (uint64, error) {
	if s == "" || (len(s) > 1 && s[0] == '0') {
		return 0, fmt.Errorf("chain ID %q must be a decimal number without leading zeros", s)
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, fmt.Errorf("chain ID %q must be a decimal number", s)
		}
	}
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("chain ID %q is out of range", s)
	}
	return n, nil
}

// parseTimestamp reads an RFC 3339 date-time (Go's parser is strict about RFC 3339 since 1.20,
// but wants the "T" and "Z" that RFC 3339 lets be lowercase in upper case).
func parseTimestamp(s string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339Nano, strings.ToUpper(s))
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not an RFC 3339 date-time", s)
	}
	if t.IsZero() {
		// The zero instant means "absent" in Message.
		return time.Time{}, fmt.Errorf("%q is not accepted (the zero time)", s)
	}
	// Go also accepts a few spellings outside RFC 3339's grammar (a comma before the fraction,
	// lowercase t and z are fine by the RFC); keep to the grammar.
	if strings.ContainsRune(s, ',') {
		return time.Time{}, fmt.Errorf("%q is not an RFC 3339 date-time", s)
	}
	return t, nil
}

func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isHex(c byte) bool   { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

func isUnreserved(c byte) bool {
	return isAlpha(c) || isDigit(c) || c == '-' || c == '.' || c == '_' || c == '~'
}

func isSubDelim(c byte) bool { return strings.IndexByte("!$&'()*+,;=", c) >= 0 }
func isGenDelim(c byte) bool { return strings.IndexByte(":/?#[]@", c) >= 0 }

// validScheme: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )
func validScheme(s string) bool {
	if s == "" || !isAlpha(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; !isAlpha(c) && !isDigit(c) && c != '+' && c != '-' && c != '.' {
			return false
		}
	}
	return true
}

// validEncoded checks that every byte is allowed by ok or starts a valid %XX escape.
func validEncoded(s string, ok func(byte) bool) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '%' {
			if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
				return false
			}
			i += 2
			continue
		}
		if !ok(c) {
			return false
		}
	}
	return true
}

// validAuthority: [ userinfo "@" ] host [ ":" port ], with a non-empty host.
func validAuthority(s string) bool {
	if i := strings.LastIndexByte(s, '@'); i >= 0 {
		if !validEncoded(s[:i], func(c byte) bool { return isUnreserved(c) || isSubDelim(c) || c == ':' }) {
			return false
		}
		s = s[i+1:]
	}
	var host string
	if strings.HasPrefix(s, "[") {
		end := strings.IndexByte(s, ']')
		if end < 0 {
			return false
		}
		host, s = s[:end+1], s[end+1:]
		inner := host[1 : len(host)-1]
		if inner == "" {
			return false
		}
		for i := 0; i < len(inner); i++ {
			if c := inner[i]; !isUnreserved(c) && !isSubDelim(c) && c != ':' {
				return false
			}
		}
	} else {
		end := strings.IndexByte(s, ':')
		if end < 0 {
			end = len(s)
		}
		host, s = s[:end], s[end:]
		if host == "" || !validEncoded(host, func(c byte) bool { return isUnreserved(c) || isSubDelim(c) }) {
			return false
		}
	}
	if s == "" {
		return true
	}
	if s[0] != ':' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// validURI: an absolute RFC 3986 URI: a scheme, then only URI characters with valid escapes.
func validURI(s string) bool {
	scheme, _, ok := strings.Cut(s, ":")
	if !ok || !validScheme(scheme) {
		return false
	}
	if !validEncoded(s, func(c byte) bool { return isUnreserved(c) || isSubDelim(c) || isGenDelim(c) }) {
		return false
	}
	u, err := url.Parse(s)
	return err == nil && u.Scheme != ""
}

// validStatement: *( reserved / unreserved / " " ), without a line break.
func validStatement(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isUnreserved(c) && !isSubDelim(c) && !isGenDelim(c) && c != ' ' {
			return false
		}
	}
	return true
}

// validNonce: 8*( ALPHA / DIGIT )
func validNonce(s string) bool {
	if len(s) < MinNonceLength {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isAlpha(s[i]) && !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// validPchars: *pchar, pchar = unreserved / pct-encoded / sub-delims / ":" / "@"
func validPchars(s string) bool {
	return validEncoded(s, func(c byte) bool { return isUnreserved(c) || isSubDelim(c) || c == ':' || c == '@' })
}
