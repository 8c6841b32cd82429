package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"mime"
	"net/http"
	"path"
	"strings"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/store"
)

// Upload metadata limits.
const (
	maxTitleLen       = 200  // characters
	maxDescriptionLen = 5000 // characters
	maxMimeTypeLen    = 127
	maxPolicyBytes    = 16 << 10
	maxPosterBytes    = 2 << 20
	// maxPayees is the registry's MAX_PAYEES; maxRoyaltyBps its MAX_ROYALTY_BPS.
	maxPayees     = 8
	maxRoyaltyBps = 1000
	bps           = 10_000
)

// posterTypes are the poster formats the gateway takes, by sniffed media type.
var posterTypes = map[string]bool{"image/png": true, "image/jpeg": true, "image/webp": true}

// fieldError is one bad field of a request: field names it ("title", "policy.payees[1].account"),
// code is stable, detail says what to do.
type fieldError struct {
	Field  string `json:"field"`
	Code   string `json:"code"`
	Detail string `json:"detail"`
}

// fieldsError carries every bad field of a request under one sentinel (ErrInvalidUpload or
// ErrInvalidPolicy); its problem lists them in "errors".
type fieldsError struct {
	err    error
	fields []fieldError
}

func (e *fieldsError) Error() string {
	parts := make([]string, len(e.fields))
	for i, f := range e.fields {
		parts[i] = f.Field + ": " + f.Detail
	}
	return fmt.Sprintf("%d bad field(s): %s", len(e.fields), strings.Join(parts, "; "))
}

func (e *fieldsError) Unwrap() error { return e.err }

// fields collects field errors.
type fields []fieldError

func (f *fields) add(field, code, format string, args ...any) {
	*f = append(*f, fieldError{Field: field, Code: code, Detail: fmt.Sprintf(format, args...)})
}

// uploadMeta is what an upload declares besides its bytes, validated.
type uploadMeta struct {
	Title, Description, MimeType string
	Policy                       eip712.Policy
	// PolicyJSON is the canonical JSON of Policy, as stored with the upload.
	PolicyJSON string
	Poster     *store.NewPoster
}

// rawUploadMeta is what an upload declares, as received (multipart fields or tus metadata).
type rawUploadMeta struct {
	Filename    string
	Title       *string
	Description string
	MimeType    string
	Policy      string // JSON; "" is the free policy
	Poster      []byte // nil: none
	extra       fields // problems found while reading (unknown parts, oversized fields)
}

// validateUpload checks everything an upload declares, reporting every bad field at once
// (ErrInvalidUpload), before anything is stored. The policy follows the registry's rules
// (ContentRegistry._validatePolicy); currency and gate token must be contracts, which the chain
// is asked about (503 when it does not answer).
func (s *Server) validateUpload(ctx context.Context, raw rawUploadMeta) (uploadMeta, error) {
	bad := raw.extra
	var out uploadMeta
	switch {
	case raw.Title == nil || strings.TrimSpace(*raw.Title) == "":
		bad.add("title", "required", "give the item a title (1 to %d characters)", maxTitleLen)
	default:
		out.Title = strings.TrimSpace(*raw.Title)
		checkText(&bad, "title", out.Title, maxTitleLen, false)
	}
	out.Description = strings.TrimSpace(raw.Description)
	checkText(&bad, "description", out.Description, maxDescriptionLen, true)
	if raw.MimeType != "" {
		mt, params, err := mime.ParseMediaType(raw.MimeType)
		switch {
		case len(raw.MimeType) > maxMimeTypeLen || err != nil || !strings.Contains(mt, "/"):
			bad.add("mime_type", "invalid", "mime_type must be a media type such as video/mp4 (at most %d characters)", maxMimeTypeLen)
		default:
			out.MimeType = mime.FormatMediaType(mt, params)
		}
	} else {
		out.MimeType = mimeByName(raw.Filename)
	}
	if raw.Poster != nil {
		p, f := checkPoster(raw.Poster)
		if f != nil {
			bad = append(bad, *f)
		}
		out.Poster = p
	}
	pol, pbad, err := s.validatePolicy(ctx, raw.Policy)
	if err != nil {
		return out, err
	}
	bad = append(bad, pbad...)
	if len(bad) > 0 {
		return out, &fieldsError{ErrInvalidUpload, bad}
	}
	out.Policy = pol
	b, _ := json.Marshal(toRegPolicyJSON(pol))
	out.PolicyJSON = string(b)
	return out, nil
}

// mediaTypes are the media types of common video and audio file name extensions, which Go's
// mime package knows only when the system has a mime.types file.
var mediaTypes = map[string]string{
	".mp4": "video/mp4", ".m4v": "video/x-m4v", ".mkv": "video/x-matroska", ".webm": "video/webm",
	".mov": "video/quicktime", ".avi": "video/x-msvideo", ".ts": "video/mp2t", ".ogv": "video/ogg",
	".mpg": "video/mpeg", ".mpeg": "video/mpeg", ".mp3": "audio/mpeg", ".m4a": "audio/mp4",
	".ogg": "audio/ogg", ".opus": "audio/ogg", ".flac": "audio/flac", ".wav": "audio/wav",
}

// mimeByName is the media type a file name's extension names, or "" (sealing then sniffs the
// bytes).
func mimeByName(name string) string {
	ext := strings.ToLower(path.Ext(name))
	if ext == "" {
		return ""
	}
	if mt, ok := mediaTypes[ext]; ok {
		return mt
	}
	return mime.TypeByExtension(ext)
}

// checkText refuses text that is not UTF-8, holds control characters (newlines and tabs only
// where multiline) or is longer than max characters.
func checkText(bad *fields, field, v string, max int, multiline bool) {
	switch {
	case !utf8.ValidString(v):
		bad.add(field, "invalid", "%s must be UTF-8 text", field)
	case utf8.RuneCountInString(v) > max:
		bad.add(field, "too_long", "%s has %d characters; at most %d", field, utf8.RuneCountInString(v), max)
	case strings.ContainsFunc(v, func(r rune) bool {
		return (r < 0x20 || r == 0x7f) && !(multiline && (r == '\n' || r == '\r' || r == '\t'))
	}):
		bad.add(field, "invalid", "%s holds control characters", field)
	}
}

// checkPoster sniffs a poster image: PNG, JPEG or WebP, at most maxPosterBytes.
func checkPoster(data []byte) (*store.NewPoster, *fieldError) {
	if len(data) > maxPosterBytes {
		return nil, &fieldError{"poster", "too_large", fmt.Sprintf("the poster may be at most %d bytes", maxPosterBytes)}
	}
	if len(data) == 0 {
		return nil, &fieldError{"poster", "invalid", "the poster is empty"}
	}
	mt := http.DetectContentType(data)
	if !posterTypes[mt] {
		return nil, &fieldError{"poster", "unsupported_type", fmt.Sprintf("the poster must be a PNG, JPEG or WebP image; its bytes look like %s", mt)}
	}
	return &store.NewPoster{MimeType: mt, Data: data}, nil
}

// policyInput is the policy as a client sends it: regPolicyJSON with numbers kept as text so
// that every bad field can be named.
type policyInput struct {
	Model           string          `json:"model"`
	Price           json.RawMessage `json:"price"`
	Currency        string          `json:"currency"`
	DurationSeconds json.Number     `json:"duration_seconds"`
	Subscribers     bool            `json:"subscribers"`
	Gate            *struct {
		Kind   string          `json:"kind"`
		Token  string          `json:"token"`
		ID     json.RawMessage `json:"id"`
		Amount json.RawMessage `json:"amount"`
	} `json:"gate"`
	RoyaltyBps json.Number `json:"royalty_bps"`
	Payees     []struct {
		Account  string      `json:"account"`
		ShareBps json.Number `json:"share_bps"`
	} `json:"payees"`
}

// policyFields parses raw (JSON in the regPolicyJSON shape; "" is the free policy) and checks it
// against the registry's rules, without the chain: the policy and every bad field, prefixed by
// prefix ("policy").
func policyFields(raw, prefix string) (eip712.Policy, fields) {
	var bad fields
	p := eip712.Policy{Price: new(big.Int), GateID: new(big.Int), GateAmount: new(big.Int)}
	if strings.TrimSpace(raw) == "" {
		return p, nil
	}
	if len(raw) > maxPolicyBytes {
		bad.add(prefix, "too_long", "the policy may be at most %d bytes of JSON", maxPolicyBytes)
		return p, bad
	}
	var in policyInput
	dec := jsonDecoder(strings.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&in); err != nil {
		field := prefix
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field != "" {
			field = prefix + "." + te.Field
		}
		bad.add(field, "invalid", "the policy is not JSON in the documented shape: %s", jsonErrorText(err))
		return p, bad
	}
	if dec.More() {
		bad.add(prefix, "invalid", "the policy holds more than one JSON value")
		return p, bad
	}
	f := func(name string) string { return prefix + "." + name }
	found := false
	for m, n := range modelNames {
		if n == in.Model {
			p.Model, found = m, true
		}
	}
	if !found {
		bad.add(f("model"), "invalid", "model must be free, buy, rent or exclusive, got %q", truncate(in.Model, 40))
	}
	p.Price = amountField(&bad, f("price"), in.Price)
	if in.Currency != "" {
		a, err := parseAddress(f("currency"), in.Currency)
		if err != nil {
			bad.add(f("currency"), "invalid", "currency must be \"\" for the native coin or an ERC-20 token's 0x address")
		}
		p.Currency = a
	}
	p.Duration = uintField(&bad, f("duration_seconds"), in.DurationSeconds, 64)
	p.Subscribers = in.Subscribers
	p.RoyaltyBps = uint16(uintField(&bad, f("royalty_bps"), in.RoyaltyBps, 16))
	if g := in.Gate; g != nil {
		found = false
		for k, n := range gateNames {
			if n == g.Kind {
				p.GateKind, found = k, true
			}
		}
		if !found {
			bad.add(f("gate.kind"), "invalid", "gate.kind must be erc20, erc721 or erc1155, got %q", truncate(g.Kind, 40))
		}
		a, err := parseAddress(f("gate.token"), g.Token)
		if err != nil {
			bad.add(f("gate.token"), "invalid", "gate.token must be the gate token contract's 0x address")
		}
		p.GateToken = a
		p.GateID = amountField(&bad, f("gate.id"), g.ID)
		p.GateAmount = amountField(&bad, f("gate.amount"), g.Amount)
	}
	for i, pe := range in.Payees {
		name := fmt.Sprintf("%s[%d]", f("payees"), i)
		var a common.Address
		if pe.Account != "" {
			var err error
			if a, err = parseAddress(name+".account", pe.Account); err != nil {
				bad.add(name+".account", "invalid", "account must be a 0x address (the zero address or \"\" means the rights token's owner)")
			}
		}
		p.Payees = append(p.Payees, eip712.Payee{Account: a, ShareBps: uint16(uintField(&bad, name+".share_bps", pe.ShareBps, 16))})
	}
	if len(bad) > 0 {
		return p, bad // the rules below need well-formed fields
	}
	return p, policyRules(p, prefix)
}

// policyRules are ContentRegistry._validatePolicy's rules but the two that need the chain
// (currency and gate token must be contracts), each breach named by field. Where the contract
// stops at the first fault, this reports them all.
func policyRules(p eip712.Policy, prefix string) fields {
	var bad fields
	f := func(name string) string { return prefix + "." + name }
	if p.RoyaltyBps > maxRoyaltyBps {
		bad.add(f("royalty_bps"), "royalty_too_high", "royalty_bps is %d; at most %d (10%%)", p.RoyaltyBps, maxRoyaltyBps)
	}
	forSale := p.Model == eip712.ModelBuy || p.Model == eip712.ModelRent
	if forSale {
		if p.Price.Sign() == 0 {
			bad.add(f("price"), "price_missing", "a %s policy needs a price above zero, in the currency's base units", modelNames[p.Model])
		}
	} else {
		if p.Price.Sign() != 0 {
			bad.add(f("price"), "sale_terms_not_allowed", "a %s policy sells nothing: leave price empty or 0", modelNames[p.Model])
		}
		if p.Currency != (common.Address{}) {
			bad.add(f("currency"), "sale_terms_not_allowed", "a %s policy sells nothing: leave currency empty", modelNames[p.Model])
		}
		if len(p.Payees) != 0 {
			bad.add(f("payees"), "sale_terms_not_allowed", "a %s policy sells nothing: leave payees empty", modelNames[p.Model])
		}
	}
	switch {
	case p.Model == eip712.ModelRent && p.Duration == 0:
		bad.add(f("duration_seconds"), "duration_invalid", "a rent policy needs duration_seconds above zero: how long one purchase gives access")
	case p.Model != eip712.ModelRent && p.Duration != 0:
		bad.add(f("duration_seconds"), "duration_invalid", "only a rent policy has a duration; leave duration_seconds 0")
	}
	if p.Model == eip712.ModelFree {
		if p.Subscribers {
			bad.add(f("subscribers"), "free_with_restrictions", "a free item is open to everyone: subscribers must be false")
		}
		if p.GateKind != eip712.GateNone {
			bad.add(f("gate"), "free_with_restrictions", "a free item is open to everyone: leave out the gate")
		}
	}
	if p.GateKind != eip712.GateNone {
		if p.GateAmount.Sign() == 0 {
			bad.add(f("gate.amount"), "gate_invalid", "gate.amount must be at least 1: the minimum balance a holder needs")
		}
		if p.GateKind != eip712.GateERC1155 && p.GateID.Sign() != 0 {
			bad.add(f("gate.id"), "gate_invalid", "only an erc1155 gate has a token id; leave gate.id 0")
		}
		if p.GateToken == (common.Address{}) {
			bad.add(f("gate.token"), "gate_invalid", "gate.token must be the gate token contract's address")
		}
	}
	if len(p.Payees) > maxPayees {
		bad.add(f("payees"), "too_many_payees", "%d payees; at most %d", len(p.Payees), maxPayees)
	}
	sum := 0
	for i, pe := range p.Payees {
		name := fmt.Sprintf("%s[%d]", f("payees"), i)
		if pe.ShareBps == 0 {
			bad.add(name+".share_bps", "payee_share_zero", "every payee needs a share above zero basis points")
		}
		sum += int(pe.ShareBps)
		for j := range i {
			if p.Payees[j].Account == pe.Account {
				bad.add(name+".account", "duplicate_payee", "%s is listed as payee %d already; list each account once", pe.Account.Hex(), j)
				break
			}
		}
	}
	if len(p.Payees) > 0 && sum != bps {
		bad.add(f("payees"), "payee_shares_sum", "the shares add up to %d basis points; they must add up to 10000", sum)
	}
	return bad
}

// amountField parses a uint256 given as a decimal string (or a JSON integer); absent is zero.
func amountField(bad *fields, name string, raw json.RawMessage) *big.Int {
	v := strings.TrimSpace(string(raw))
	if v == "" || v == "null" {
		return new(big.Int)
	}
	if strings.HasPrefix(v, `"`) {
		if err := json.Unmarshal(raw, &v); err != nil {
			bad.add(name, "invalid", "%s must be a decimal string", name)
			return new(big.Int)
		}
	}
	if v == "" {
		return new(big.Int)
	}
	x, ok := new(big.Int).SetString(v, 10)
	if !ok || x.Sign() < 0 || x.BitLen() > 256 || len(v) > 78 || strings.HasPrefix(v, "+") {
		bad.add(name, "invalid", "%s must be a non-negative whole number below 2^256, in base units, as a decimal string", name)
		return new(big.Int)
	}
	return x
}

// uintField parses a JSON number that must be a whole number of at most bits bits.
func uintField(bad *fields, name string, n json.Number, bits int) uint64 {
	if n == "" {
		return 0
	}
	x, ok := new(big.Int).SetString(n.String(), 10)
	if !ok || x.Sign() < 0 || x.BitLen() > bits {
		bad.add(name, "invalid", "%s must be a whole number from 0 to %s", name, new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(bits)), big.NewInt(1)))
		return 0
	}
	return x.Uint64()
}

// validatePolicy parses and checks a policy in full, with the chain asked whether the currency
// and the gate token are contracts. err is a 503 when the chain does not answer.
func (s *Server) validatePolicy(ctx context.Context, raw string) (eip712.Policy, fields, error) {
	p, bad := policyFields(raw, "policy")
	if !wellFormed(bad) {
		return p, bad, nil
	}
	more, err := s.checkContracts(ctx, p, "policy")
	return p, append(bad, more...), err
}

// wellFormed says whether every field parsed (bad holds only rule breaches), so the policy's
// addresses can be asked about.
func wellFormed(bad fields) bool {
	for _, f := range bad {
		if f.Code == "invalid" || f.Code == "too_long" {
			return false
		}
	}
	return true
}

// checkContracts asks the chain whether the policy's currency (for sale) and gate token hold
// code, as the registry requires. Without a chain nothing is asked: such a gateway registers
// nothing, and the registry checks again at registration.
func (s *Server) checkContracts(ctx context.Context, p eip712.Policy, prefix string) (fields, error) {
	code := s.codeReader()
	if code == nil {
		return nil, nil
	}
	var bad fields
	check := func(field string, a common.Address, fault, what string) error {
		ctx, cancel := context.WithTimeout(ctx, walletCheckTimeout)
		defer cancel()
		b, err := chain.RetryValue(ctx, chain.DefaultRetry, func(ctx context.Context) ([]byte, error) { return code.CodeAt(ctx, a, nil) })
		if err != nil {
			s.log.WarnContext(ctx, "read contract code failed", "err", err)
			return &wrapped{ErrUnavailable, "the chain did not answer whether " + field + " is a contract; try again shortly"}
		}
		if len(b) == 0 {
			bad.add(field, fault, "%s %s has no contract code on this chain; %s", field, a.Hex(), what)
		}
		return nil
	}
	if (p.Model == eip712.ModelBuy || p.Model == eip712.ModelRent) && p.Currency != (common.Address{}) {
		if err := check(prefix+".currency", p.Currency, "currency_not_contract", "give an ERC-20 token's address, or \"\" for the native coin"); err != nil {
			return nil, err
		}
	}
	if p.GateKind != eip712.GateNone && p.GateToken != (common.Address{}) {
		if err := check(prefix+".gate.token", p.GateToken, "gate_invalid", "give the gate token contract's address"); err != nil {
			return nil, err
		}
	}
	return bad, nil
}

// CodeReader reads an account's contract code; the backend of *chain.Client implements it.
type CodeReader interface {
	CodeAt(ctx context.Context, account common.Address, block *big.Int) ([]byte, error)
}

// codeReader is the chain connection behind Deps.Registry (*chain.Client's Backend), or nil.
func (s *Server) codeReader() CodeReader {
	if s.deps.Code != nil {
		return s.deps.Code
	}
	if b, ok := s.deps.Registry.(interface{ Backend() chain.Backend }); ok && b != nil {
		return b.Backend()
	}
	return nil
}

// metadataURI is the ERC-721 metadata URL of the item sealed from upload id: known before the
// item has an on-chain id, so the registration can carry it.
func (s *Server) metadataURI(uploadID string) string {
	return strings.TrimSuffix(s.cfg.PublicURL, "/") + "/v1/metadata/" + uploadID + ".json"
}

// posterURL is where the gateway serves upload id's poster.
func (s *Server) posterURL(uploadID string) string {
	return strings.TrimSuffix(s.cfg.PublicURL, "/") + "/v1/posters/" + uploadID
}

// uploadPolicy is the registry policy upload u declared: its stored policy, or for uploads made
// before uploads carried one, what the content row says.
func uploadPolicy(u store.Upload, item store.ContentItem) (eip712.Policy, error) {
	if u.Policy == "" {
		return policyFromStore(item.Policy), nil
	}
	p, bad := policyFields(u.Policy, "policy")
	if len(bad) > 0 {
		return p, fmt.Errorf("upload %s: stored policy does not parse: %s", u.ID, bad[0].Detail)
	}
	return p, nil
}
