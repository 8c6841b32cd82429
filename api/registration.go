package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/gin-gonic/gin"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/chain/siwe"
	"github.com/swarmgate/swarmgate/store"
)

// registrationValidity is how long a registration offered by GET stays signable.
const registrationValidity = time.Hour

// regPolicyJSON is an access policy field for field as the registry takes it.
type regPolicyJSON struct {
	// Model is free, buy, rent or exclusive.
	Model           string         `json:"model"`
	Price           string         `json:"price"`
	Currency        string         `json:"currency"` // "" or the zero address: the native coin
	DurationSeconds uint64         `json:"duration_seconds"`
	Subscribers     bool           `json:"subscribers"`
	Gate            *regGateJSON   `json:"gate,omitempty"`
	RoyaltyBps      uint16         `json:"royalty_bps"`
	Payees          []regPayeeJSON `json:"payees"`
}

type regGateJSON struct {
	Kind   string `json:"kind"` // erc20, erc721, erc1155
	Token  string `json:"token"`
	ID     string `json:"id"`
	Amount string `json:"amount"`
}

type regPayeeJSON struct {
	Account  string `json:"account"`
	ShareBps uint16 `json:"share_bps"`
}

var (
	modelNames = map[eip712.Model]string{eip712.ModelFree: "free", eip712.ModelBuy: "buy", eip712.ModelRent: "rent", eip712.ModelExclusive: "exclusive"}
	gateNames  = map[eip712.GateKind]string{eip712.GateERC20: "erc20", eip712.GateERC721: "erc721", eip712.GateERC1155: "erc1155"}
)

func decOrZero(x *big.Int) string {
	if x == nil {
		return "0"
	}
	return x.String()
}

func toRegPolicyJSON(p eip712.Policy) regPolicyJSON {
	out := regPolicyJSON{Model: modelNames[p.Model], Price: decOrZero(p.Price), DurationSeconds: p.Duration,
		Subscribers: p.Subscribers, RoyaltyBps: p.RoyaltyBps, Payees: []regPayeeJSON{}}
	if p.Currency != (common.Address{}) {
		out.Currency = p.Currency.Hex()
	}
	if p.GateKind != eip712.GateNone {
		out.Gate = &regGateJSON{Kind: gateNames[p.GateKind], Token: p.GateToken.Hex(), ID: decOrZero(p.GateID), Amount: decOrZero(p.GateAmount)}
	}
	for _, pe := range p.Payees {
		out.Payees = append(out.Payees, regPayeeJSON{Account: pe.Account.Hex(), ShareBps: pe.ShareBps})
	}
	return out
}

func parseUint256(name, v string) (*big.Int, error) {
	if v == "" {
		return new(big.Int), nil
	}
	x, ok := new(big.Int).SetString(v, 10)
	if !ok || x.Sign() < 0 || x.BitLen() > 256 || len(v) > 78 {
		return nil, invalid("%s must be a non-negative decimal integer below 2^256", name)
	}
	return x, nil
}

// policy parses the JSON policy; shape errors are 400s, rule breaches are left to the
// contract (whose decoded revert is a 422 invalid_policy).
func (j regPolicyJSON) policy() (eip712.Policy, error) {
	var p eip712.Policy
	found := false
	for m, n := range modelNames {
		if n == j.Model {
			p.Model, found = m, true
		}
	}
	if !found {
		return p, invalid("policy.model must be free, buy, rent or exclusive, got %q", truncate(j.Model, 40))
	}
	var err error
	if p.Price, err = parseUint256("policy.price", j.Price); err != nil {
		return p, err
	}
	if j.Currency != "" {
		if p.Currency, err = parseAddress("policy.currency", j.Currency); err != nil {
			return p, err
		}
	}
	p.Duration, p.Subscribers, p.RoyaltyBps = j.DurationSeconds, j.Subscribers, j.RoyaltyBps
	p.GateID, p.GateAmount = new(big.Int), new(big.Int)
	if g := j.Gate; g != nil {
		found = false
		for k, n := range gateNames {
			if n == g.Kind {
				p.GateKind, found = k, true
			}
		}
		if !found {
			return p, invalid("policy.gate.kind must be erc20, erc721 or erc1155, got %q", truncate(g.Kind, 40))
		}
		if p.GateToken, err = parseAddress("policy.gate.token", g.Token); err != nil {
			return p, err
		}
		if p.GateID, err = parseUint256("policy.gate.id", g.ID); err != nil {
			return p, err
		}
		if p.GateAmount, err = parseUint256("policy.gate.amount", g.Amount); err != nil {
			return p, err
		}
	}
	if len(j.Payees) > 16 {
		return p, invalid("policy.payees lists %d payees; at most 16", len(j.Payees))
	}
	for i, pe := range j.Payees {
		a, err := parseAddress(fmt.Sprintf("policy.payees[%d].account", i), pe.Account)
		if err != nil {
			return p, err
		}
		p.Payees = append(p.Payees, eip712.Payee{Account: a, ShareBps: pe.ShareBps})
	}
	return p, nil
}

// policyFromStore is the registry policy an upload declared (stored with the sealed item).
func policyFromStore(sp store.Policy) eip712.Policy {
	p := eip712.Policy{Price: new(big.Int), GateID: new(big.Int), GateAmount: new(big.Int), Subscribers: sp.Subscribable}
	if x, ok := new(big.Int).SetString(sp.Price, 10); ok {
		p.Price = x
	}
	if common.IsHexAddress(sp.Currency) {
		p.Currency = common.HexToAddress(sp.Currency)
	}
	switch sp.Kind {
	case store.PolicyBuy:
		p.Model = eip712.ModelBuy
	case store.PolicyRent:
		p.Model, p.Duration = eip712.ModelRent, uint64(max(sp.DurationSeconds, 0))
	case store.PolicySubscription:
		p.Model, p.Subscribers = eip712.ModelExclusive, true
	case store.PolicyTokenGated, store.PolicyExclusive:
		p.Model = eip712.ModelExclusive
	default:
		p.Model = eip712.ModelFree
	}
	if sp.GateToken != "" && common.IsHexAddress(sp.GateToken) {
		for k, n := range gateNames {
			if n == sp.GateStandard {
				p.GateKind = k
			}
		}
		p.GateToken = common.HexToAddress(sp.GateToken)
		if x, ok := new(big.Int).SetString(sp.GateTokenID, 10); ok {
			p.GateID = x
		}
		if x, ok := new(big.Int).SetString(sp.GateMinBalance, 10); ok {
			p.GateAmount = x
		}
	}
	return p
}

// registrationJSON is what GET /v1/uploads/{id}/registration returns.
type registrationJSON struct {
	UploadID      string        `json:"upload_id"`
	Creator       string        `json:"creator"`
	ChainID       uint64        `json:"chain_id"`
	Registry      string        `json:"registry"`
	ContentHash   string        `json:"content_hash"`
	InfoHash      string        `json:"info_hash"` // bytes32, the 20-byte info hash left-aligned
	KeyCommitment string        `json:"key_commitment"`
	MetadataURI   string        `json:"metadata_uri"`
	Policy        regPolicyJSON `json:"policy"`
	Nonce         string        `json:"nonce"`
	Deadline      string        `json:"deadline"`
	// TypedData is what the creator's wallet signs (eth_signTypedData_v4) for a relayed,
	// gasless registration: POST it back with the signature.
	TypedData eip712.TypedData `json:"typed_data"`
	// Direct is the transaction the creator sends instead to register from its own wallet.
	Direct directTxJSON `json:"direct"`
	// Relay says whether this gateway relays signed registrations.
	Relay bool `json:"relay"`
}

type directTxJSON struct {
	To   string `json:"to"`
	Data string `json:"data"`
}

// registrationRequest is the body of POST /v1/uploads/{id}/registration.
type registrationRequest struct {
	// Policy, when given, must be the upload's (what GET returned); it may be left out.
	Policy    *regPolicyJSON `json:"policy,omitempty"`
	Nonce     string         `json:"nonce"`
	Deadline  string         `json:"deadline"`
	Signature string         `json:"signature"`
}

// registeredJSON is the answer of a relayed registration.
type registeredJSON struct {
	ContentID string `json:"content_id"`
	Tx        string `json:"tx"`
	Block     uint64 `json:"block"`
}

func (s *Server) limitRegister(c *gin.Context) {
	sess := c.MustGet(ctxSession).(store.Session)
	if ok, wait := s.regLimit.allow(sess.Address, s.now()); !ok {
		s.rateLimited(c, "register", wait)
		return
	}
	c.Next()
}

// sealedUpload loads the caller's sealed upload and its content item, or aborts.
func (s *Server) sealedUpload(c *gin.Context) (store.Upload, store.ContentItem, bool) {
	if s.deps.Registry == nil {
		s.abort(c, &wrapped{ErrChainNotConfigured, "this gateway runs without a chain and registers nothing"})
		return store.Upload{}, store.ContentItem{}, false
	}
	sess := c.MustGet(ctxSession).(store.Session)
	ctx := c.Request.Context()
	id := c.Param("id")
	u, err := s.deps.Store.Upload(ctx, id)
	if err != nil || u.Creator != sess.Address {
		if err == nil || isNotFound(err) {
			// Another creator's upload looks like no upload at all.
			s.abort(c, &wrapped{ErrNotFound, "you have no upload " + truncate(id, 80)})
		} else {
			s.abort(c, err)
		}
		return u, store.ContentItem{}, false
	}
	if u.State != store.UploadSealed || len(u.ContentHash) != 32 {
		s.abort(c, &wrapped{ErrUploadNotSealed, fmt.Sprintf("upload %s is %s; it can be registered once it is sealed", id, u.State)})
		return u, store.ContentItem{}, false
	}
	item, err := s.deps.Store.ContentByUpload(ctx, u.ID)
	if err != nil {
		s.abort(c, err)
		return u, item, false
	}
	if item.MetadataURI == "" {
		item.MetadataURI = s.metadataURI(u.ID) // sealed before items had one
	}
	if item.ContentID != nil {
		s.abort(c, &wrapped{ErrAlreadyRegistered, "upload " + id + " is registered as content " + *item.ContentID})
		return u, item, false
	}
	// Registered on-chain but not indexed yet?
	switch cid, err := s.deps.Registry.ContentIDOf(ctx, common.HexToAddress(u.Creator), common.BytesToHash(item.ContentHash)); {
	case err == nil:
		s.abort(c, &wrapped{ErrAlreadyRegistered, "upload " + id + " is registered as content " + cid.String() + " (the catalog lists it shortly)"})
		return u, item, false
	case !errors.Is(err, chain.ErrUnknownContent):
		s.log.WarnContext(ctx, "look up content id failed", "request_id", requestID(c), "err", err)
		s.abort(c, &wrapped{ErrUnavailable, "the chain did not answer; try again shortly"})
		return u, item, false
	}
	return u, item, true
}

// registration builds the registration of item by creator with policy p, nonce and deadline.
func registration(item store.ContentItem, creator common.Address, p eip712.Policy, nonce, deadline *big.Int) eip712.Registration {
	var info common.Hash
	copy(info[:], item.InfoHash)
	return eip712.Registration{Creator: creator, ContentHash: common.BytesToHash(item.ContentHash), InfoHash: info,
		KeyCommitment: common.BytesToHash(item.KeyCommitment), MetadataURI: item.MetadataURI, Policy: p, Nonce: nonce, Deadline: deadline}
}

// getRegistration returns what the creator signs (relayed) or sends (direct) to register a
// sealed upload.
func (s *Server) getRegistration(c *gin.Context) {
	u, item, ok := s.sealedUpload(c)
	if !ok {
		return
	}
	creator := common.HexToAddress(u.Creator)
	nonce, err := s.deps.Registry.Nonce(c.Request.Context(), creator)
	if err != nil {
		s.log.WarnContext(c.Request.Context(), "read registration nonce failed", "request_id", requestID(c), "err", err)
		s.abort(c, &wrapped{ErrUnavailable, "the chain did not answer; try again shortly"})
		return
	}
	p, err := uploadPolicy(u, item)
	if err != nil {
		s.abort(c, err)
		return
	}
	deadline := big.NewInt(s.now().Add(registrationValidity).Unix())
	reg := registration(item, creator, p, nonce, deadline)
	dom := s.deps.Registry.RegistryDomain()
	c.Header("Cache-Control", "no-store")
	c.JSON(http.StatusOK, registrationJSON{
		UploadID: u.ID, Creator: creator.Hex(), ChainID: s.cfg.ChainID, Registry: s.deps.Registry.Deployment().Registry.Hex(),
		ContentHash: reg.ContentHash.Hex(), InfoHash: reg.InfoHash.Hex(), KeyCommitment: reg.KeyCommitment.Hex(),
		MetadataURI: reg.MetadataURI, Policy: toRegPolicyJSON(p), Nonce: nonce.String(), Deadline: deadline.String(),
		TypedData: reg.TypedData(dom),
		Direct:    directTxJSON{To: s.deps.Registry.Deployment().Registry.Hex(), Data: hexutil.Encode(s.deps.Registry.RegisterCallData(reg))},
		Relay:     s.deps.Relayer != nil,
	})
}

// postRegistration relays a registration the creator signed; the gateway pays the gas.
func (s *Server) postRegistration(c *gin.Context) {
	u, item, ok := s.sealedUpload(c)
	if !ok {
		return
	}
	if s.deps.Relayer == nil {
		s.abort(c, &wrapped{ErrChainNotConfigured, "this gateway relays no registrations; send the direct transaction from GET instead"})
		return
	}
	var req registrationRequest
	if err := bindJSON(c, &req); err != nil {
		s.abort(c, err)
		return
	}
	p, err := uploadPolicy(u, item)
	if err != nil {
		s.abort(c, err)
		return
	}
	if req.Policy != nil {
		sent, err := req.Policy.policy()
		if err != nil {
			s.abort(c, err)
			return
		}
		a, _ := json.Marshal(toRegPolicyJSON(sent))
		b, _ := json.Marshal(toRegPolicyJSON(p))
		if !bytes.Equal(a, b) {
			s.abort(c, &wrapped{ErrPolicyMismatch, "the policy sent is not the one upload " + u.ID + " declared; sign the typed data GET returns (the upload's policy), or leave policy out"})
			return
		}
	}
	nonce, err := parseUint256("nonce", req.Nonce)
	if err != nil {
		s.abort(c, err)
		return
	}
	deadline, err := parseUint256("deadline", req.Deadline)
	if err != nil {
		s.abort(c, err)
		return
	}
	if req.Nonce == "" || req.Deadline == "" {
		s.abort(c, invalid("nonce and deadline are required: echo the ones GET returned and signed"))
		return
	}
	sig, err := hexutil.Decode(req.Signature)
	wallets := s.wallets()
	switch {
	case wallets == nil && (err != nil || len(sig) != eip712.SignatureLength):
		s.abort(c, &wrapped{ErrMalformedSignature, "signature must be 0x followed by 130 hex digits (r, s, v)" + noChainForWallets})
		return
	case err != nil || len(sig) == 0 || len(sig) > siwe.MaxSignatureLength:
		s.abort(c, &wrapped{ErrMalformedSignature, fmt.Sprintf("signature must be 0x followed by 130 hex digits (r, s, v), or by at most %d bytes in hex for a contract wallet (EIP-1271)", siwe.MaxSignatureLength)})
		return
	}
	if deadline.Cmp(big.NewInt(s.now().Unix())) <= 0 {
		s.abort(c, &wrapped{ErrDeadlinePassed, "the signed deadline has passed; fetch the registration again and sign it"})
		return
	}
	creator := common.HexToAddress(u.Creator)
	reg := registration(item, creator, p, nonce, deadline)
	dom := s.deps.Registry.RegistryDomain()
	ctx := c.Request.Context()
	// Checked here, before any gas is spent: ecrecover, then (as the registry's SignatureChecker
	// does) the creator's own EIP-1271 answer when it is a contract wallet.
	signer, err := common.Address{}, errors.New("not 65 bytes")
	if len(sig) == eip712.SignatureLength {
		signer, err = reg.Signer(dom, sig)
	}
	if err != nil || signer != creator {
		ok := false
		if wallets != nil {
			var werr error
			ok, werr = wallets.IsValidSignature(ctx, creator, reg.Digest(dom), sig)
			if werr != nil {
				s.log.WarnContext(ctx, "contract wallet check failed", "request_id", requestID(c), "err", werr)
				s.abort(c, &wrapped{ErrUnavailable, "the chain did not answer whether the creator accepts the signature as a contract wallet (EIP-1271); try again shortly"})
				return
			}
		}
		if !ok {
			who := "nobody (the signature does not recover)"
			if err == nil {
				who = signer.Hex()
			}
			hint := "; a contract wallet (EIP-1271) creator did not accept it either"
			if wallets == nil {
				hint = noChainForWallets
			}
			s.abort(c, &wrapped{ErrSignerMismatch, fmt.Sprintf("the registration is signed by %s, not by the signed-in creator %s; sign the typed data from GET with that account%s", who, creator.Hex(), hint)})
			return
		}
	}
	current, err := s.deps.Registry.Nonce(ctx, creator)
	if err != nil {
		s.log.WarnContext(ctx, "read registration nonce failed", "request_id", requestID(c), "err", err)
		s.abort(c, &wrapped{ErrUnavailable, "the chain did not answer; try again shortly"})
		return
	}
	if current.Cmp(nonce) != 0 {
		s.abort(c, &wrapped{ErrStaleNonce, fmt.Sprintf("the signature is for nonce %s but the creator's nonce is now %s; fetch the registration again and sign it", nonce, current)})
		return
	}
	// Claimed until the relay ends, so the creator cannot discard the upload meanwhile
	// (discardSealed); it may have been discarded since sealedUpload read it.
	release, holder := s.claims.claim(u.ID, claimRelaying)
	if release == nil {
		s.abort(c, &wrapped{ErrConflict, fmt.Sprintf("upload %s is %s right now; look at it again", u.ID, holder)})
		return
	}
	defer release()
	if cur, err := s.deps.Store.Upload(ctx, u.ID); err != nil || cur.State != store.UploadSealed {
		if err != nil {
			s.abort(c, err)
		} else {
			s.abort(c, &wrapped{ErrUploadNotSealed, fmt.Sprintf("upload %s is %s; it can be registered once it is sealed", u.ID, cur.State)})
		}
		return
	}
	if s.beforeRelay != nil {
		s.beforeRelay(ctx, u.ID)
	}
	id, receipt, err := s.deps.Registry.RegisterWithSig(ctx, s.deps.Relayer, reg, sig)
	if err != nil {
		s.abort(c, s.relayError(c, err))
		return
	}
	s.log.InfoContext(ctx, "registration relayed", "request_id", requestID(c), "upload", u.ID, "content", id.String(), "tx", receipt.TxHash.Hex())
	c.JSON(http.StatusOK, registeredJSON{ContentID: id.String(), Tx: receipt.TxHash.Hex(), Block: receipt.BlockNumber.Uint64()})
}

// relayError turns a failed relay into a problem: a decoded revert is the creator's to fix, an
// unfunded relayer or an unreachable chain the operator's.
func (s *Server) relayError(c *gin.Context, err error) error {
	var re *chain.RevertError
	switch {
	case errors.As(err, &re):
		detail := re.Name
		if re.Hint != "" {
			detail += ": " + re.Hint
		}
		switch re.Name {
		case "ContentAlreadyRegistered":
			return &wrapped{ErrAlreadyRegistered, "the registry refused: " + detail}
		case "InvalidPolicy":
			return &wrapped{ErrInvalidPolicy, "the registry refused the policy: " + detail + " " + revertArgs(re)}
		case "SignatureExpired":
			return &wrapped{ErrDeadlinePassed, "the registry refused: " + detail}
		case "InvalidSignature":
			return &wrapped{ErrSignerMismatch, "the registry refused the signature: " + detail}
		case "NotContentOwner":
			return &wrapped{ErrNotOwner, "the registry refused: " + detail}
		}
		return &wrapped{ErrRegistrationReverted, "the registry refused: " + detail}
	case errors.Is(err, chain.ErrInsufficientFunds):
		s.log.ErrorContext(c.Request.Context(), "relayer cannot pay gas", "request_id", requestID(c), "err", err)
		return &wrapped{ErrRelayerUnfunded, "the gateway's relayer cannot pay gas right now; send the direct transaction from GET instead, or try later"}
	}
	s.log.WarnContext(c.Request.Context(), "relay registration failed", "request_id", requestID(c), "err", err)
	return &wrapped{ErrUnavailable, "the registration could not be relayed; try again shortly"}
}

func revertArgs(re *chain.RevertError) string {
	if len(re.Args) == 0 {
		return ""
	}
	parts := make([]string, len(re.Args))
	for i, a := range re.Args {
		parts[i] = fmt.Sprint(a)
	}
	return "(" + strings.Join(parts, ", ") + ")"
}
