package viewerkey

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/swarmgate/swarmgate/chain/siwe"
)

// NonceResponse is the answer of POST /v1/auth/nonce: a one-time nonce and the fields the
// sign-in message must carry.
type NonceResponse struct {
	Nonce     string    `json:"nonce"`
	Domain    string    `json:"domain"`
	URI       string    `json:"uri"`
	ChainID   uint64    `json:"chain_id"`
	Statement string    `json:"statement"`
	ExpiresAt time.Time `json:"expires_at"`
}

// VerifyRequest is the body of POST /v1/auth/verify.
type VerifyRequest struct {
	// Message is the EIP-4361 text the wallet signed.
	Message string `json:"message"`
	// Signature is the personal_sign signature, 0x-prefixed hex of 65 bytes; for a contract
	// wallet (EIP-1271) named by the message, whatever bytes its isValidSignature accepts.
	Signature string `json:"signature"`
}

// SessionResponse is the answer of POST /v1/auth/verify.
type SessionResponse struct {
	Token     string    `json:"token"`
	Address   string    `json:"address"`
	ExpiresAt time.Time `json:"expires_at"`
}

// KeyRequest is the body of POST /v1/content/{id}/key.
type KeyRequest struct {
	// KEM names the HPKE KEM of PublicKey; empty means DefaultKEM.
	KEM string `json:"kem,omitempty"`
	// PublicKey is the HPKE public key, standard base64.
	PublicKey string `json:"public_key"`
}

// KeyResponse is the answer of POST /v1/content/{id}/key.
type KeyResponse struct {
	ContentID string `json:"content_id"`
	ChainID   uint64 `json:"chain_id"`
	Viewer    string `json:"viewer"`
	KEM       string `json:"kem"`
	// SealedKey is the HPKE output (encapsulated key || ciphertext), standard base64, sealed
	// under Info(ContentID, ChainID, Viewer).
	SealedKey     string `json:"sealed_key"`
	KeyCommitment string `json:"key_commitment"`
	ContentHash   string `json:"content_hash"`
	InfoHash      string `json:"info_hash"`
	Magnet        string `json:"magnet"`
	// Passkey admits the viewer to the gateway's tracker until PasskeyExpiresAt.
	Passkey          string    `json:"passkey"`
	PasskeyExpiresAt time.Time `json:"passkey_expires_at"`
	// AccessExpiresAt is when the on-chain access ends; absent when it is perpetual.
	AccessExpiresAt *time.Time `json:"access_expires_at,omitempty"`
	// Block is the block entitlement was read at (0: the latest).
	Block uint64 `json:"block"`
}

// ProblemError is an RFC 9457 problem the gateway answered with.
type ProblemError struct {
	Status int    `json:"status"`
	Code   string `json:"code"`
	Title  string `json:"title"`
	Detail string `json:"detail"`
}

func (e *ProblemError) Error() string {
	return fmt.Sprintf("gateway answered %d %s: %s", e.Status, e.Code, e.Detail)
}

// Client talks to one gateway for a viewer (or a creator: sign-in is the same).
type Client struct {
	base string
	hc   *http.Client
}

// NewClient returns a client for the gateway at baseURL (its public URL); hc nil means
// http.DefaultClient.
func NewClient(baseURL string, hc *http.Client) *Client {
	if hc == nil {
		hc = http.DefaultClient
	}
	return &Client{base: strings.TrimRight(baseURL, "/"), hc: hc}
}

// Session is a signed-in bearer session.
type Session struct {
	Token     string
	Address   common.Address
	ExpiresAt time.Time
}

// SignIn asks the gateway for a nonce, signs the EIP-4361 message with key (as a wallet's
// personal_sign would) and exchanges it for a bearer session.
func (c *Client) SignIn(ctx context.Context, key *ecdsa.PrivateKey) (Session, error) {
	var n NonceResponse
	if err := c.do(ctx, http.MethodPost, "/v1/auth/nonce", "", struct{}{}, &n); err != nil {
		return Session{}, fmt.Errorf("ask for a sign-in nonce: %w", err)
	}
	now := time.Now().UTC().Truncate(time.Second)
	m := &siwe.Message{
		Domain: n.Domain, Address: crypto.PubkeyToAddress(key.PublicKey), Statement: n.Statement,
		URI: n.URI, Version: siwe.Version, ChainID: n.ChainID, Nonce: n.Nonce,
		IssuedAt: now, ExpirationTime: now.Add(5 * time.Minute),
	}
	if err := m.Validate(); err != nil {
		return Session{}, fmt.Errorf("build sign-in message from the gateway's nonce answer: %w", err)
	}
	text := m.String()
	sig, err := siwe.Sign(text, key)
	if err != nil {
		return Session{}, err
	}
	var s SessionResponse
	if err := c.do(ctx, http.MethodPost, "/v1/auth/verify", "", VerifyRequest{Message: text, Signature: hexutil.Encode(sig)}, &s); err != nil {
		return Session{}, fmt.Errorf("sign in: %w", err)
	}
	return Session{Token: s.Token, Address: common.HexToAddress(s.Address), ExpiresAt: s.ExpiresAt}, nil
}

// Key is a content key as a viewer receives it, opened and checked.
type Key struct {
	ContentKey    []byte
	KeyCommitment common.Hash
	Response      KeyResponse
}

// KeyOptions tune FetchKey.
type KeyOptions struct {
	// KEM is the HPKE KEM to use; empty is DefaultKEM.
	KEM string
	// Commitment, when set, is the key commitment read from the chain; the opened key must
	// hash to it (the gateway's own claim is checked in any case).
	Commitment *common.Hash
}

// FetchKey asks for the key of item contentID with a fresh HPKE key pair, opens it and checks
// keccak256(key) against the key commitment.
func (c *Client) FetchKey(ctx context.Context, token, contentID string, opts KeyOptions) (*Key, error) {
	sk, err := GenerateKey(opts.KEM)
	if err != nil {
		return nil, err
	}
	req := KeyRequest{KEM: kemNameOr(opts.KEM), PublicKey: base64.StdEncoding.EncodeToString(sk.PublicKey().Bytes())}
	var r KeyResponse
	if err := c.do(ctx, http.MethodPost, "/v1/content/"+url.PathEscape(contentID)+"/key", token, req, &r); err != nil {
		return nil, fmt.Errorf("fetch key of content %s: %w", contentID, err)
	}
	sealed, err := base64.StdEncoding.DecodeString(r.SealedKey)
	if err != nil {
		return nil, fmt.Errorf("fetch key of content %s: sealed key is not base64", contentID)
	}
	if r.ContentID != contentID || !common.IsHexAddress(r.Viewer) {
		return nil, fmt.Errorf("fetch key of content %s: the gateway answered for content %q, viewer %q", contentID, r.ContentID, r.Viewer)
	}
	key, err := Open(sk, Info(contentID, r.ChainID, common.HexToAddress(r.Viewer)), sealed)
	if err != nil {
		return nil, fmt.Errorf("fetch key of content %s: %w", contentID, err)
	}
	got := crypto.Keccak256Hash(key)
	claimed := common.HexToHash(r.KeyCommitment)
	if got != claimed || (opts.Commitment != nil && got != *opts.Commitment) {
		return nil, fmt.Errorf("fetch key of content %s: %w", contentID, ErrCommitment)
	}
	return &Key{ContentKey: key, KeyCommitment: got, Response: r}, nil
}

// maxAnswer caps what the client reads of one answer.
const maxAnswer = 1 << 20

func (c *Client) do(ctx context.Context, method, path, token string, in, out any) error {
	body, err := json.Marshal(in)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(res.Body, maxAnswer))
	if err != nil {
		return fmt.Errorf("read answer: %w", err)
	}
	if res.StatusCode >= 300 {
		p := &ProblemError{Status: res.StatusCode}
		if json.Unmarshal(raw, p) != nil || p.Code == "" {
			p.Code, p.Detail = "http_"+fmt.Sprint(res.StatusCode), strings.TrimSpace(string(raw[:min(len(raw), 200)]))
		}
		return p
	}
	if err := json.Unmarshal(raw, out); err != nil {
		return fmt.Errorf("answer does not decode: %w", err)
	}
	return nil
}

// IsProblem reports whether err is a gateway problem with the given code.
func IsProblem(err error, code string) bool {
	var p *ProblemError
	return errors.As(err, &p) && p.Code == code
}
