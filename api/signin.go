package api

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/gin-gonic/gin"

	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/chain/siwe"
	"github.com/swarmgate/swarmgate/store"
	"github.com/swarmgate/swarmgate/viewerkey"
)

// signInStatement is the statement the gateway proposes for sign-in messages.
const signInStatement = "Sign in to the Swarmgate gateway."

// maxMessageAge refuses sign-in messages issued longer ago than this, whatever their expiry.
const maxMessageAge = 15 * time.Minute

// walletCheckTimeout bounds the EIP-1271 question to a contract wallet during a sign-in, retries
// included: a wallet the chain cannot answer for in this time gets a 503 and may try again.
const walletCheckTimeout = 10 * time.Second

// noChainForWallets is what a refused signature's problem adds when the gateway cannot ask
// contract wallets.
const noChainForWallets = "; this gateway has no chain connection to ask contract wallets (EIP-1271: Safes, smart accounts), so only externally owned accounts can sign in here"

// wallets returns the EIP-1271 verifier sign-in uses (Deps.Wallets), bounded by
// walletCheckTimeout, or nil when the gateway cannot ask contract wallets.
func (s *Server) wallets() siwe.Verifier {
	if s.deps.Wallets == nil {
		return nil
	}
	return timeoutVerifier{s.deps.Wallets, walletCheckTimeout}
}

// timeoutVerifier bounds each IsValidSignature call of v by d.
type timeoutVerifier struct {
	v SignatureVerifier
	d time.Duration
}

func (t timeoutVerifier) IsValidSignature(ctx context.Context, account common.Address, hash common.Hash, sig []byte) (bool, error) {
	ctx, cancel := context.WithTimeout(ctx, t.d)
	defer cancel()
	return t.v.IsValidSignature(ctx, account, hash, sig)
}

// siweDomain is the authority sign-in messages must name: the public URL's host[:port].
func (s *Server) siweDomain() string {
	u, _ := url.Parse(s.cfg.PublicURL) // Validate checked it
	return u.Host
}

// siweURI is the URI sign-in messages must name: the public URL itself.
func (s *Server) siweURI() string { return s.cfg.PublicURL }

func (s *Server) limitAuth(c *gin.Context) {
	if ok, wait := s.authLimit.allow(c.ClientIP(), s.now()); !ok {
		s.rateLimited(c, "auth", wait)
		return
	}
	c.Next()
}

// randomToken returns n random bytes in unpadded base64url.
func randomToken(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// authNonce hands out a single-use sign-in nonce and the fields the message must carry.
func (s *Server) authNonce(c *gin.Context) {
	if s.cfg.ChainID == 0 {
		s.abort(c, &wrapped{ErrChainNotConfigured, "this gateway runs without a chain and cannot sign anyone in"})
		return
	}
	var b [16]byte
	_, _ = rand.Read(b[:])
	nonce := hex.EncodeToString(b[:]) // letters and digits, as EIP-4361 wants
	if err := s.deps.Store.CreateNonce(c.Request.Context(), nonce, s.cfg.NonceTTL); err != nil {
		s.abort(c, err)
		return
	}
	c.Header("Cache-Control", "no-store")
	c.JSON(http.StatusOK, viewerkey.NonceResponse{
		Nonce: nonce, Domain: s.siweDomain(), URI: s.siweURI(), ChainID: s.cfg.ChainID,
		Statement: signInStatement, ExpiresAt: s.now().Add(s.cfg.NonceTTL).UTC(),
	})
}

// siweProblems maps package siwe's sentinels to the gateway's, with what to do.
var siweProblems = []struct {
	err  error
	to   error
	hint string
}{
	{siwe.ErrSyntax, ErrMalformedMessage, "build the message as EIP-4361 text with the fields POST /v1/auth/nonce returned"},
	{siwe.ErrDomainMismatch, ErrWrongDomain, "sign a message whose domain is this gateway's host"},
	{siwe.ErrURIMismatch, ErrWrongURI, "sign a message whose URI is this gateway's public URL"},
	{siwe.ErrChainMismatch, ErrWrongChain, "switch the wallet to the gateway's chain and sign again"},
	{siwe.ErrExpired, ErrMessageExpired, "sign a new message"},
	{siwe.ErrIssuedInFuture, ErrMessageNotYetValid, "check the device clock and sign again"},
	{siwe.ErrNotYetValid, ErrMessageNotYetValid, "wait until its not-before time or sign a new message"},
	{siwe.ErrTooOld, ErrMessageTooOld, "sign a new message"},
	{siwe.ErrBadSignature, ErrBadSignature, "sign the exact message text with the account it names"},
	{siwe.ErrSignerMismatch, ErrBadSignature, "sign the exact message text with the account it names"},
}

// authVerify checks a signed sign-in message and opens a bearer session for its address.
func (s *Server) authVerify(c *gin.Context) {
	if s.cfg.ChainID == 0 {
		s.abort(c, &wrapped{ErrChainNotConfigured, "this gateway runs without a chain and cannot sign anyone in"})
		return
	}
	var req viewerkey.VerifyRequest
	if err := bindJSON(c, &req); err != nil {
		s.abort(c, err)
		return
	}
	if req.Message == "" || len(req.Message) > siwe.MaxMessageLength {
		s.abort(c, &wrapped{ErrMalformedMessage, fmt.Sprintf("message must be the signed EIP-4361 text, 1–%d bytes", siwe.MaxMessageLength)})
		return
	}
	wallets := s.wallets()
	sig, err := hexutil.Decode(req.Signature)
	switch {
	case wallets == nil && (err != nil || len(sig) != eip712.SignatureLength):
		s.abort(c, &wrapped{ErrMalformedSignature, "signature must be 0x followed by 130 hex digits (r, s, v)" + noChainForWallets})
		return
	case err != nil || len(sig) > siwe.MaxSignatureLength:
		s.abort(c, &wrapped{ErrMalformedSignature, fmt.Sprintf("signature must be 0x followed by 130 hex digits (r, s, v), or by at most %d bytes in hex for a contract wallet (EIP-1271)", siwe.MaxSignatureLength)})
		return
	}
	ctx := c.Request.Context()
	var nonceErr error
	msg, err := siwe.VerifyContext(ctx, req.Message, sig, siwe.Expect{
		Domain: s.siweDomain(), URI: s.siweURI(), ChainID: s.cfg.ChainID, Now: s.now(), MaxAge: maxMessageAge,
		CheckNonce: func(nonce string) error {
			nonceErr = s.deps.Store.ConsumeNonce(ctx, nonce)
			return nonceErr
		},
		Wallets: wallets,
	})
	if err != nil {
		if errors.Is(err, siwe.ErrWalletCheck) {
			s.log.WarnContext(ctx, "contract wallet check failed", "request_id", requestID(c), "err", err)
			s.abort(c, &wrapped{ErrUnavailable, "the chain did not answer whether the message's address accepts the signature as a contract wallet (EIP-1271); try again shortly"})
			return
		}
		s.abort(c, s.siweError(err, nonceErr, wallets != nil))
		return
	}
	token := "sgs_" + randomToken(32)
	expires := s.now().Add(s.cfg.SessionTTL)
	if m := msg.ExpirationTime; !m.IsZero() && m.Before(expires) {
		expires = m // a session never outlives the message that opened it
	}
	sess, err := s.deps.Store.CreateSession(ctx, store.HashToken(token), msg.Address, expires)
	if err != nil {
		s.abort(c, err)
		return
	}
	c.Header("Cache-Control", "no-store")
	c.JSON(http.StatusOK, viewerkey.SessionResponse{Token: token, Address: msg.Address.Hex(), ExpiresAt: sess.ExpiresAt.UTC()})
}

// siweError turns a verification failure into a problem; nonceErr is the store's answer when
// the nonce check ran, withWallets whether contract wallets were asked.
func (s *Server) siweError(err, nonceErr error, withWallets bool) error {
	if errors.Is(err, siwe.ErrNonce) {
		switch {
		case errors.Is(nonceErr, store.ErrNonceUsed):
			return &wrapped{ErrNonceUsed, "this sign-in message was already used; ask POST /v1/auth/nonce for a new nonce and sign again"}
		case errors.Is(nonceErr, store.ErrNonceExpired):
			return &wrapped{ErrNonceExpired, "the nonce expired before the message was sent; ask for a new one and sign again"}
		case errors.Is(nonceErr, store.ErrNotFound):
			return &wrapped{ErrNonceUnknown, "this gateway never issued the message's nonce; ask POST /v1/auth/nonce for one"}
		case nonceErr != nil:
			return nonceErr // the database failed: a 5xx
		}
	}
	for _, p := range siweProblems {
		if errors.Is(err, p.err) {
			// siwe's texts name only message fields and this gateway's own settings.
			detail := strings.TrimPrefix(err.Error(), "siwe: ") + "; " + p.hint
			if p.to == ErrBadSignature && !withWallets {
				detail += noChainForWallets
			}
			return &wrapped{p.to, detail}
		}
	}
	return &wrapped{ErrMalformedMessage, "the sign-in message was refused: " + strings.TrimPrefix(err.Error(), "siwe: ")}
}

// bindJSON decodes a JSON body strictly: unknown fields are refused so typos are caught.
func bindJSON(c *gin.Context, v any) error {
	if ct := c.ContentType(); ct != "application/json" {
		return invalid("send the body as application/json (got %q)", ct)
	}
	dec := jsonDecoder(c.Request.Body)
	if err := dec.Decode(v); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return err
		}
		return invalid("the body is not the JSON this endpoint expects: %s", jsonErrorText(err))
	}
	if dec.More() {
		return invalid("the body holds more than one JSON value")
	}
	return nil
}
