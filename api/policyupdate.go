package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/gin-gonic/gin"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/chain/siwe"
	"github.com/swarmgate/swarmgate/store"
)

// PolicyUpdater is what policy changes and a creator's revenue need from the chain: who owns
// and who created an item, its current policy, the calldata of a direct updatePolicy, relaying
// a signed one, and what a payee is owed. *chain.Client implements it; the gateway uses it when
// Deps.Registry does.
type PolicyUpdater interface {
	OwnerOf(ctx context.Context, id *big.Int) (common.Address, error)
	CreatorOf(ctx context.Context, id *big.Int) (common.Address, error)
	Content(ctx context.Context, id *big.Int) (chain.Content, error)
	UpdatePolicyCallData(id *big.Int, p eip712.Policy) []byte
	UpdatePolicyWithSig(ctx context.Context, opts *bind.TransactOpts, u eip712.PolicyUpdate, sig []byte) (*types.Receipt, error)
	Owed(ctx context.Context, payee, currency common.Address) (*big.Int, error)
}

var _ PolicyUpdater = (*chain.Client)(nil)

// policyUpdater is Deps.Registry as a PolicyUpdater, or nil.
func (s *Server) policyUpdater() PolicyUpdater {
	p, _ := s.deps.Registry.(PolicyUpdater)
	return p
}

// policyUpdateJSON is what GET /v1/content/{id}/policy-update returns.
type policyUpdateJSON struct {
	ContentID string        `json:"content_id"`
	Owner     string        `json:"owner"`
	ChainID   uint64        `json:"chain_id"`
	Registry  string        `json:"registry"`
	Policy    regPolicyJSON `json:"policy"`
	Nonce     string        `json:"nonce"`
	Deadline  string        `json:"deadline"`
	// TypedData is what the owner's wallet signs (eth_signTypedData_v4) for a relayed, gasless
	// update: POST it back with the signature.
	TypedData eip712.TypedData `json:"typed_data"`
	// Direct is the updatePolicy transaction the owner sends instead from its own wallet.
	Direct directTxJSON `json:"direct"`
	Relay  bool         `json:"relay"`
}

// policyUpdateRequest is the body of POST /v1/content/{id}/policy-update.
type policyUpdateRequest struct {
	Policy    json.RawMessage `json:"policy"`
	Nonce     string          `json:"nonce"`
	Deadline  string          `json:"deadline"`
	Signature string          `json:"signature"`
}

// policyUpdateDone is the answer of a relayed policy update.
type policyUpdateDone struct {
	ContentID string `json:"content_id"`
	Tx        string `json:"tx"`
	Block     uint64 `json:"block"`
}

// policyTarget checks the :id item and that the session's account owns its rights token (read
// from the chain), and parses and validates the new policy raw (JSON) in full: the registry's
// rules (an owner who is not the creator keeps the royalty rate), every bad field named
// (ErrInvalidPolicy). It returns the item id, the owner and the policy.
func (s *Server) policyTarget(c *gin.Context, raw string) (*big.Int, common.Address, eip712.Policy, error) {
	pu := s.policyUpdater()
	if pu == nil {
		return nil, common.Address{}, eip712.Policy{}, &wrapped{ErrChainNotConfigured, "this gateway runs without a chain and changes no policies"}
	}
	idText, err := contentID(c)
	if err != nil {
		return nil, common.Address{}, eip712.Policy{}, err
	}
	id, _ := new(big.Int).SetString(idText, 10)
	ctx := c.Request.Context()
	sess := c.MustGet(ctxSession).(store.Session)
	owner, err := pu.OwnerOf(ctx, id)
	switch {
	case errors.Is(err, chain.ErrUnknownContent):
		return nil, owner, eip712.Policy{}, &wrapped{ErrNotFound, "no content item has id " + idText + " on-chain"}
	case err != nil:
		s.log.WarnContext(ctx, "read owner failed", "request_id", requestID(c), "err", err)
		return nil, owner, eip712.Policy{}, &wrapped{ErrUnavailable, "the chain did not answer; try again shortly"}
	case owner != common.HexToAddress(sess.Address):
		return nil, owner, eip712.Policy{}, &wrapped{ErrNotOwner, fmt.Sprintf("content %s belongs to %s; only the rights token's owner changes its policy", idText, owner.Hex())}
	}
	if raw == "" {
		return nil, owner, eip712.Policy{}, &fieldsError{ErrInvalidPolicy, []fieldError{{"policy", "required", "give the new policy (RegistryPolicy JSON)"}}}
	}
	p, bad := policyFields(raw, "policy")
	if wellFormed(bad) {
		creator, err := pu.CreatorOf(ctx, id)
		var cur chain.Content
		if err == nil {
			cur, err = pu.Content(ctx, id)
		}
		if err != nil {
			s.log.WarnContext(ctx, "read item failed", "request_id", requestID(c), "err", err)
			return nil, owner, p, &wrapped{ErrUnavailable, "the chain did not answer; try again shortly"}
		}
		if owner != creator && p.RoyaltyBps != cur.Policy.RoyaltyBps {
			bad.add("policy.royalty_bps", "royalty_not_creator", "the royalty belongs to the creator %s: an owner who is not the creator keeps royalty_bps at %d", creator.Hex(), cur.Policy.RoyaltyBps)
		}
		more, err := s.checkContracts(ctx, p, "policy")
		if err != nil {
			return nil, owner, p, err
		}
		bad = append(bad, more...)
	}
	if len(bad) > 0 {
		return nil, owner, p, &fieldsError{ErrInvalidPolicy, bad}
	}
	return id, owner, p, nil
}

// getPolicyUpdate is GET /v1/content/{id}/policy-update?policy=<JSON>: the EIP-712 typed data
// the owner signs to have the gateway relay the change, and the direct updatePolicy transaction.
func (s *Server) getPolicyUpdate(c *gin.Context) {
	if err := noQuery(c, "policy"); err != nil {
		s.abort(c, err)
		return
	}
	id, owner, p, err := s.policyTarget(c, c.Query("policy"))
	if err != nil {
		s.abort(c, err)
		return
	}
	ctx := c.Request.Context()
	nonce, err := s.deps.Registry.Nonce(ctx, owner)
	if err != nil {
		s.log.WarnContext(ctx, "read nonce failed", "request_id", requestID(c), "err", err)
		s.abort(c, &wrapped{ErrUnavailable, "the chain did not answer; try again shortly"})
		return
	}
	deadline := big.NewInt(s.now().Add(registrationValidity).Unix())
	u := eip712.PolicyUpdate{ContentID: id, Policy: p, Nonce: nonce, Deadline: deadline}
	reg := s.deps.Registry.Deployment().Registry
	c.Header("Cache-Control", "no-store")
	c.JSON(http.StatusOK, policyUpdateJSON{
		ContentID: id.String(), Owner: owner.Hex(), ChainID: s.cfg.ChainID, Registry: reg.Hex(), Policy: toRegPolicyJSON(p),
		Nonce: nonce.String(), Deadline: deadline.String(), TypedData: u.TypedData(s.deps.Registry.RegistryDomain()),
		Direct: directTxJSON{To: reg.Hex(), Data: hexutil.Encode(s.policyUpdater().UpdatePolicyCallData(id, p))},
		Relay:  s.deps.Relayer != nil,
	})
}

// postPolicyUpdate relays a policy update the owner signed; the gateway pays the gas.
func (s *Server) postPolicyUpdate(c *gin.Context) {
	var req policyUpdateRequest
	if err := bindJSON(c, &req); err != nil {
		s.abort(c, err)
		return
	}
	id, owner, p, err := s.policyTarget(c, string(req.Policy))
	if err != nil {
		s.abort(c, err)
		return
	}
	if s.deps.Relayer == nil {
		s.abort(c, &wrapped{ErrChainNotConfigured, "this gateway relays no policy updates; send the direct transaction from GET instead"})
		return
	}
	if req.Nonce == "" || req.Deadline == "" {
		s.abort(c, invalid("nonce and deadline are required: echo the ones GET returned and signed"))
		return
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
	if deadline.Cmp(big.NewInt(s.now().Unix())) <= 0 {
		s.abort(c, &wrapped{ErrDeadlinePassed, "the signed deadline has passed; fetch the policy update again and sign it"})
		return
	}
	sig, err := hexutil.Decode(req.Signature)
	if err != nil || len(sig) == 0 || len(sig) > siwe.MaxSignatureLength {
		s.abort(c, &wrapped{ErrMalformedSignature, fmt.Sprintf("signature must be 0x followed by 130 hex digits (r, s, v), or by at most %d bytes in hex for a contract wallet (EIP-1271)", siwe.MaxSignatureLength)})
		return
	}
	ctx := c.Request.Context()
	u := eip712.PolicyUpdate{ContentID: id, Policy: p, Nonce: nonce, Deadline: deadline}
	dom := s.deps.Registry.RegistryDomain()
	if err := s.checkSigner(ctx, owner, u.Digest(dom), sig, func(d common.Address) (common.Address, error) { return u.Signer(dom, sig) }); err != nil {
		s.abort(c, err)
		return
	}
	current, err := s.deps.Registry.Nonce(ctx, owner)
	if err != nil {
		s.abort(c, &wrapped{ErrUnavailable, "the chain did not answer; try again shortly"})
		return
	}
	if current.Cmp(nonce) != 0 {
		s.abort(c, &wrapped{ErrStaleNonce, fmt.Sprintf("the signature is for nonce %s but the owner's nonce is now %s; fetch the policy update again and sign it", nonce, current)})
		return
	}
	receipt, err := s.policyUpdater().UpdatePolicyWithSig(ctx, s.deps.Relayer, u, sig)
	if err != nil {
		s.abort(c, s.relayError(c, err))
		return
	}
	s.log.InfoContext(ctx, "policy update relayed", "request_id", requestID(c), "content", id.String(), "tx", receipt.TxHash.Hex())
	c.JSON(http.StatusOK, policyUpdateDone{ContentID: id.String(), Tx: receipt.TxHash.Hex(), Block: receipt.BlockNumber.Uint64()})
}

// checkSigner accepts sig for account: recovered by ecrecover (65 bytes), else accepted by the
// account's EIP-1271 isValidSignature, as the registry's SignatureChecker does. Refusals are
// ErrSignerMismatch; a chain that does not answer, ErrUnavailable.
func (s *Server) checkSigner(ctx context.Context, account common.Address, digest common.Hash, sig []byte, recover func(common.Address) (common.Address, error)) error {
	signer, err := common.Address{}, errors.New("not 65 bytes")
	if len(sig) == eip712.SignatureLength {
		signer, err = recover(account)
	}
	if err == nil && signer == account {
		return nil
	}
	wallets := s.wallets()
	if wallets != nil {
		ok, werr := wallets.IsValidSignature(ctx, account, digest, sig)
		if werr != nil {
			s.log.WarnContext(ctx, "contract wallet check failed", "err", werr)
			return &wrapped{ErrUnavailable, "the chain did not answer whether the account accepts the signature as a contract wallet (EIP-1271); try again shortly"}
		}
		if ok {
			return nil
		}
	}
	who := "nobody (the signature does not recover)"
	if err == nil {
		who = signer.Hex()
	}
	return &wrapped{ErrSignerMismatch, fmt.Sprintf("signed by %s, not by %s; sign the typed data from GET with that account (a contract wallet must accept it by EIP-1271)", who, account.Hex())}
}
