package gwclient

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/swarmgate/swarmgate/chain/siwe"
	"github.com/swarmgate/swarmgate/viewerkey"
)

// Problem is an RFC 9457 problem document the gateway answered with: a status, a stable code
// and a detail that says what to do.
type Problem = viewerkey.ProblemError

// IsProblem reports whether err is a gateway problem with the given code.
func IsProblem(err error, code string) bool { return viewerkey.IsProblem(err, code) }

// IsStatus reports whether err is a gateway problem with the given HTTP status.
func IsStatus(err error, status int) bool {
	var p *Problem
	return errors.As(err, &p) && p.Status == status
}

// Client talks to one gateway. It is safe for concurrent use once its token is set.
type Client struct {
	base  string
	hc    *http.Client
	token string
}

// New returns a client for the gateway at baseURL (its public URL); hc nil means
// http.DefaultClient. Requests the gateway refuses with 429 (rate limited) are sent again
// after the Retry-After it names, a few times.
func New(baseURL string, hc *http.Client) *Client {
	if hc == nil {
		hc = http.DefaultClient
	}
	own := *hc
	base := own.Transport
	if base == nil {
		base = http.DefaultTransport
	}
	own.Transport = limitTransport{base: base}
	return &Client{base: strings.TrimRight(baseURL, "/"), hc: &own}
}

// maxLimitRetries is how often a rate-limited request is sent again.
const maxLimitRetries = 8

// limitTransport sends a request the gateway answered 429 again once its Retry-After (1 s when
// absent, at most 30 s) has passed, if the request's body can be replayed.
type limitTransport struct{ base http.RoundTripper }

func (t limitTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	for attempt := 0; ; attempt++ {
		res, err := t.base.RoundTrip(r)
		if err != nil || res.StatusCode != http.StatusTooManyRequests || attempt >= maxLimitRetries || (r.Body != nil && r.Body != http.NoBody && r.GetBody == nil) {
			return res, err
		}
		wait := time.Second
		if n, err := strconv.Atoi(res.Header.Get("Retry-After")); err == nil && n > 0 {
			wait = min(time.Duration(n)*time.Second, 30*time.Second)
		}
		res.Body.Close()
		select {
		case <-r.Context().Done():
			return nil, r.Context().Err()
		case <-time.After(wait):
		}
		next := r.Clone(r.Context())
		if r.GetBody != nil {
			body, err := r.GetBody()
			if err != nil {
				return nil, err
			}
			next.Body = body
		}
		r = next
	}
}

// Base is the gateway's base URL, without a trailing slash.
func (c *Client) Base() string { return c.base }

// SetToken sets the bearer token sent with every request.
func (c *Client) SetToken(token string) { c.token = token }

// Session is a bearer session at one gateway.
type Session struct {
	Gateway   string         `json:"gateway"`
	Address   common.Address `json:"address"`
	Token     string         `json:"token"`
	ExpiresAt time.Time      `json:"expires_at"`
}

// MessageLifetime is how long the sign-in messages SignIn writes are valid: the gateway never
// lets a session outlive the message that opened it, and caps it at its own session lifetime.
const MessageLifetime = 12 * time.Hour

// SignIn asks the gateway for a nonce, signs the EIP-4361 message with the key keyFor returns
// for the gateway's chain id (as a wallet's personal_sign does) and exchanges it for a bearer
// session, which it also sets as the client's token. expectChain, when not 0, is the chain the
// caller expects: a gateway on another chain is refused before anything is unlocked or signed.
func (c *Client) SignIn(ctx context.Context, expectChain uint64, keyFor func(chainID uint64) (*ecdsa.PrivateKey, error)) (Session, error) {
	var n viewerkey.NonceResponse
	if err := c.do(ctx, http.MethodPost, "/v1/auth/nonce", jsonBody(struct{}{}), &n); err != nil {
		return Session{}, fmt.Errorf("ask for a sign-in nonce: %w", err)
	}
	if expectChain != 0 && n.ChainID != expectChain {
		return Session{}, fmt.Errorf("the gateway signs in on chain id %d, not %d: check --gateway and the chain flags", n.ChainID, expectChain)
	}
	key, err := keyFor(n.ChainID)
	if err != nil {
		return Session{}, err
	}
	now := time.Now().UTC().Truncate(time.Second)
	m := &siwe.Message{
		Domain: n.Domain, Address: crypto.PubkeyToAddress(key.PublicKey), Statement: n.Statement,
		URI: n.URI, Version: siwe.Version, ChainID: n.ChainID, Nonce: n.Nonce,
		IssuedAt: now, ExpirationTime: now.Add(MessageLifetime),
	}
	if err := m.Validate(); err != nil {
		return Session{}, fmt.Errorf("the gateway's nonce answer does not make a sign-in message: %w", err)
	}
	text := m.String()
	sig, err := siwe.Sign(text, key)
	if err != nil {
		return Session{}, err
	}
	var s viewerkey.SessionResponse
	if err := c.do(ctx, http.MethodPost, "/v1/auth/verify", jsonBody(viewerkey.VerifyRequest{Message: text, Signature: hexutil.Encode(sig)}), &s); err != nil {
		return Session{}, fmt.Errorf("sign in: %w", err)
	}
	if !common.IsHexAddress(s.Address) || common.HexToAddress(s.Address) != m.Address || s.Token == "" {
		return Session{}, fmt.Errorf("sign in: the gateway opened a session for %q, not for %s", s.Address, m.Address.Hex())
	}
	c.token = s.Token
	return Session{Gateway: c.base, Address: m.Address, Token: s.Token, ExpiresAt: s.ExpiresAt}, nil
}

// SessionInfo is GET /v1/session: the signed-in account and its session's lifetime.
type SessionInfo struct {
	Address   string    `json:"address"`
	CreatedAt time.Time `json:"created_at"`
	ExpiresAt time.Time `json:"expires_at"`
}

// Session asks the gateway about the client's session; a revoked or expired one is a 401
// problem.
func (c *Client) Session(ctx context.Context) (SessionInfo, error) {
	var out SessionInfo
	err := c.do(ctx, http.MethodGet, "/v1/session", nil, &out)
	return out, err
}

// Logout revokes the client's session at the gateway.
func (c *Client) Logout(ctx context.Context) error {
	return c.do(ctx, http.MethodDelete, "/v1/session", nil, nil)
}

// Upload is an upload as GET /v1/uploads/{id} shows it.
type Upload struct {
	ID            string `json:"id"`
	State         string `json:"state"` // receiving, sealing, sealed, failed, cancelled, registered
	Filename      string `json:"filename"`
	Size          int64  `json:"size"`
	BytesReceived int64  `json:"bytes_received"`
	BytesSealed   int64  `json:"bytes_sealed"`
	Error         string `json:"error,omitempty"`
	ContentHash   string `json:"content_hash,omitempty"`
	InfoHash      string `json:"info_hash,omitempty"`
	KeyCommitment string `json:"key_commitment,omitempty"`
	ContentID     string `json:"content_id,omitempty"`
}

// Upload reads upload id.
func (c *Client) Upload(ctx context.Context, id string) (Upload, error) {
	var out Upload
	err := c.do(ctx, http.MethodGet, "/v1/uploads/"+url.PathEscape(id), nil, &out)
	return out, err
}

// PutPoster sends the poster image of upload id (PUT /v1/uploads/{id}/poster).
func (c *Client) PutPoster(ctx context.Context, id, contentType string, image []byte) error {
	return c.do(ctx, http.MethodPut, "/v1/uploads/"+url.PathEscape(id)+"/poster", rawBody{contentType, image}, nil)
}

// Policy is an access policy as the gateway's JSON carries it, field for field as
// ContentRegistry.Policy, amounts in decimal base units.
type Policy struct {
	Model           string  `json:"model"` // free, buy, rent, exclusive
	Price           string  `json:"price"`
	Currency        string  `json:"currency"` // "" for the native coin, else the ERC-20's address
	DurationSeconds uint64  `json:"duration_seconds"`
	Subscribers     bool    `json:"subscribers"`
	Gate            *Gate   `json:"gate,omitempty"`
	RoyaltyBps      uint16  `json:"royalty_bps"`
	Payees          []Payee `json:"payees"`
}

// Gate is a policy's token gate.
type Gate struct {
	Kind   string `json:"kind"` // erc20, erc721, erc1155
	Token  string `json:"token"`
	ID     string `json:"id"`
	Amount string `json:"amount"`
}

// Payee is one share of an item's sales revenue.
type Payee struct {
	Account  string `json:"account"`
	ShareBps uint16 `json:"share_bps"`
}

// Registration is GET /v1/uploads/{id}/registration: what the creator signs (gasless, relayed
// by the gateway) or sends (direct) to register a sealed upload.
type Registration struct {
	UploadID      string          `json:"upload_id"`
	Creator       string          `json:"creator"`
	ChainID       uint64          `json:"chain_id"`
	Registry      string          `json:"registry"`
	ContentHash   string          `json:"content_hash"`
	InfoHash      string          `json:"info_hash"`
	KeyCommitment string          `json:"key_commitment"`
	MetadataURI   string          `json:"metadata_uri"`
	Policy        Policy          `json:"policy"`
	Nonce         string          `json:"nonce"`
	Deadline      string          `json:"deadline"`
	TypedData     json.RawMessage `json:"typed_data"`
	Relay         bool            `json:"relay"`
}

// Registration reads the registration offer of upload id.
func (c *Client) Registration(ctx context.Context, id string) (Registration, error) {
	var out Registration
	err := c.do(ctx, http.MethodGet, "/v1/uploads/"+url.PathEscape(id)+"/registration", nil, &out)
	return out, err
}

// RegisterRequest is the body of POST /v1/uploads/{id}/registration.
type RegisterRequest struct {
	Policy    Policy `json:"policy"`
	Nonce     string `json:"nonce"`
	Deadline  string `json:"deadline"`
	Signature string `json:"signature"`
}

// Registered is the answer of a relayed registration.
type Registered struct {
	ContentID string `json:"content_id"`
	Tx        string `json:"tx"`
	Block     uint64 `json:"block"`
}

// Register has the gateway relay a signed registration of upload id.
func (c *Client) Register(ctx context.Context, id string, req RegisterRequest) (Registered, error) {
	var out Registered
	err := c.do(ctx, http.MethodPost, "/v1/uploads/"+url.PathEscape(id)+"/registration", jsonBody(req), &out)
	return out, err
}

// Content is a catalog item as GET /v1/content/{id} shows it (the fields the CLI reads).
type Content struct {
	ID          string        `json:"id"`
	Title       string        `json:"title"`
	Description string        `json:"description"`
	Creator     string        `json:"creator"`
	Owner       string        `json:"owner"`
	ContentHash string        `json:"content_hash"`
	InfoHash    string        `json:"info_hash"`
	MetadataURI string        `json:"metadata_uri"`
	PosterURL   string        `json:"poster_url,omitempty"`
	Policy      CatalogPolicy `json:"policy"`
}

// CatalogPolicy is an item's policy as the catalog lists it.
type CatalogPolicy struct {
	Kind            string `json:"kind"`
	Price           string `json:"price"`
	Currency        string `json:"currency"`
	DurationSeconds int64  `json:"duration_seconds"`
	Subscribable    bool   `json:"subscribable"`
}

// Content reads catalog item id; an item the catalog does not list (yet) is a 404 problem.
func (c *Client) Content(ctx context.Context, id string) (Content, error) {
	var out Content
	err := c.do(ctx, http.MethodGet, "/v1/content/"+url.PathEscape(id), nil, &out)
	return out, err
}

// maxAnswer caps what the client reads of one answer.
const maxAnswer = 4 << 20

// jsonBody marks a request body to be sent as JSON.
type jsonBodyT struct{ v any }

func jsonBody(v any) jsonBodyT { return jsonBodyT{v} }

// rawBody is a request body sent as it is.
type rawBody struct {
	contentType string
	b           []byte
}

func (c *Client) do(ctx context.Context, method, path string, in, out any) error {
	var body io.Reader
	contentType := ""
	switch b := in.(type) {
	case nil:
	case jsonBodyT:
		raw, err := json.Marshal(b.v)
		if err != nil {
			return err
		}
		body, contentType = bytes.NewReader(raw), "application/json"
	case rawBody:
		body, contentType = bytes.NewReader(b.b), b.contentType
	default:
		return fmt.Errorf("gwclient: unknown body %T", in)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, body)
	if err != nil {
		return err
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	req.Header.Set("Accept", "application/json")
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	res, err := c.hc.Do(req)
	if err != nil {
		return fmt.Errorf("gateway %s does not answer: %w", c.base, err)
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(res.Body, maxAnswer))
	if err != nil {
		return fmt.Errorf("read the gateway's answer: %w", err)
	}
	if res.StatusCode >= 300 {
		return problem(res.StatusCode, raw)
	}
	if out == nil {
		return nil
	}
	if err := json.Unmarshal(raw, out); err != nil {
		return fmt.Errorf("the gateway's answer to %s %s does not decode: %w", method, path, err)
	}
	return nil
}

// problem turns an error answer into a *Problem: its problem+json document, or the start of
// whatever the body was.
func problem(status int, raw []byte) error {
	p := &Problem{Status: status}
	if json.Unmarshal(raw, p) != nil || p.Code == "" {
		text := strings.TrimSpace(string(raw[:min(len(raw), 200)]))
		if text == "" {
			text = http.StatusText(status)
		}
		p.Code, p.Detail = fmt.Sprintf("http_%d", status), text
	}
	p.Status = status
	return p
}

// PolicyOffer is GET /v1/content/{id}/policy-update: what the rights token's owner signs
// (gasless, relayed by the gateway) to change an item's policy.
type PolicyOffer struct {
	ContentID string `json:"content_id"`
	Owner     string `json:"owner"`
	ChainID   uint64 `json:"chain_id"`
	Registry  string `json:"registry"`
	Policy    Policy `json:"policy"`
	Nonce     string `json:"nonce"`
	Deadline  string `json:"deadline"`
	Relay     bool   `json:"relay"`
}

// PolicyOffer asks for the policy update of item id to policy p.
func (c *Client) PolicyOffer(ctx context.Context, id string, p Policy) (PolicyOffer, error) {
	raw, err := json.Marshal(p)
	if err != nil {
		return PolicyOffer{}, err
	}
	var out PolicyOffer
	err = c.do(ctx, http.MethodGet, "/v1/content/"+url.PathEscape(id)+"/policy-update?policy="+url.QueryEscape(string(raw)), nil, &out)
	return out, err
}

// UpdatePolicy has the gateway relay a policy update of item id that the owner signed
// (POST /v1/content/{id}/policy-update).
func (c *Client) UpdatePolicy(ctx context.Context, id string, req RegisterRequest) (Registered, error) {
	var out Registered
	err := c.do(ctx, http.MethodPost, "/v1/content/"+url.PathEscape(id)+"/policy-update", jsonBody(req), &out)
	return out, err
}
