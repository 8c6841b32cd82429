package api

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"runtime"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/gin-gonic/gin"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/store"
	"github.com/swarmgate/swarmgate/viewerkey"
)

// PasskeyLabel is the HKDF label the tracker passkey secret is derived from the master key
// with; every gateway (and the embedded tracker) of a deployment derives the same secret.
const PasskeyLabel = "tracker passkey"

// initKeys sets up what sign-in, key issuance and registration need.
func (s *Server) initKeys() error {
	s.authLimit = newLimiters(s.cfg.RateAuth, s.cfg.BurstAuth, s.cfg.RateKeys)
	s.regLimit = newLimiters(s.cfg.RateRegister, s.cfg.BurstRegister, s.cfg.RateKeys)
	if s.deps.Entitlement != nil {
		s.access = newEntitlementCache(s.deps.Entitlement, s.cfg.AccessCacheSize, s.cfg.AccessYesTTL, s.cfg.AccessNoTTL, s.now)
	}
	s.items = newKeyCache(s.cfg.KeyCacheSize, s.cfg.KeyCacheTTL, s.now)
	if r := s.deps.Registry; r != nil && r.ChainID().Uint64() != s.cfg.ChainID {
		return fmt.Errorf("%w: the registry is on chain id %d but the gateway is configured for chain id %d", ErrInvalidConfig, r.ChainID().Uint64(), s.cfg.ChainID)
	}
	s.passkeys = s.deps.Passkeys
	if s.passkeys == nil && s.deps.Keys != nil {
		secret, err := s.deps.Keys.Derive(PasskeyLabel, 32)
		if err != nil {
			return err
		}
		if s.passkeys, err = NewPasskeys(secret); err != nil {
			return err
		}
	}
	return nil
}

// denyErrors maps the chain's deny reasons to problems.
var denyErrors = map[chain.DenyReason]struct {
	err  error
	hint string
}{
	chain.DenyNotPurchased:        {ErrNotPurchased, "buy access with purchase(contentId, yourAddress) on the registry, then ask again"},
	chain.DenyRentalExpired:       {ErrRentalExpired, "the rental has ended; rent it again to keep watching"},
	chain.DenySubscriptionExpired: {ErrSubscriptionExpired, "subscribe to the creator's channel to watch it"},
	chain.DenyGateTokenMissing:    {ErrGateTokenMissing, "hold the token the policy names to watch it"},
	chain.DenyNotForSale:          {ErrNotForSale, "this item is not for sale; only its owner may watch it"},
}

// issueKey hands an entitled viewer the content key, sealed to the HPKE public key it sent.
func (s *Server) issueKey(c *gin.Context) {
	if s.access == nil || s.deps.Keys == nil || s.cfg.ChainID == 0 {
		s.abort(c, &wrapped{ErrChainNotConfigured, "this gateway runs without a chain or keyring and issues no keys"})
		return
	}
	sess := c.MustGet(ctxSession).(store.Session)
	viewer := common.HexToAddress(sess.Address)
	id := c.Param("id")
	if !store.ValidContentID(id) {
		s.abort(c, invalid("content id %q must be the item's decimal on-chain id", truncate(id, 80)))
		return
	}
	var req viewerkey.KeyRequest
	if err := bindJSON(c, &req); err != nil {
		s.abort(c, err)
		return
	}
	raw, err := base64.StdEncoding.DecodeString(req.PublicKey)
	if err != nil || len(raw) == 0 {
		s.abort(c, &wrapped{ErrBadHPKEKey, "public_key must be the HPKE public key in standard base64"})
		return
	}
	pk, err := viewerkey.ParsePublicKey(req.KEM, raw)
	switch {
	case errors.Is(err, viewerkey.ErrUnknownKEM):
		s.abort(c, &wrapped{ErrUnknownKEM, err.Error()})
		return
	case err != nil:
		s.abort(c, &wrapped{ErrBadHPKEKey, err.Error() + "; send the serialized public key of a fresh key pair"})
		return
	}
	ctx := c.Request.Context()
	item, cached := s.items.get(id)
	if !cached {
		row, err := s.deps.Store.Content(ctx, id)
		if err != nil {
			if isNotFound(err) {
				s.abort(c, &wrapped{ErrNotFound, "no registered content item has id " + id})
				return
			}
			s.abort(c, err)
			return
		}
		item = issuable{infoHash: row.InfoHash, keyCommitment: row.KeyCommitment, title: row.Title, linked: row.UploadID != nil, creator: row.Creator}
		copy(item.contentHash[:], row.ContentHash)
	}
	cid, _ := new(big.Int).SetString(id, 10)
	acc, _, err := s.access.access(ctx, cid, viewer)
	switch {
	case errors.Is(err, chain.ErrUnknownContent):
		s.abort(c, &wrapped{ErrNotFound, "no content item has id " + id + " on-chain"})
		return
	case err != nil:
		s.log.WarnContext(ctx, "entitlement check failed", "request_id", requestID(c), "content", id, "err", err)
		s.abort(c, &wrapped{ErrUnavailable, "the chain did not answer the entitlement check; try again shortly"})
		return
	case !acc.Allowed:
		d, ok := denyErrors[acc.Reason]
		if !ok {
			s.abort(c, &wrapped{ErrNotEntitled, "the chain denies access to content " + id})
			return
		}
		s.abort(c, &wrapped{d.err, fmt.Sprintf("no access to content %s for %s: %s", id, viewer.Hex(), d.hint)})
		return
	}
	if !cached {
		item.sealed, err = s.deps.Store.SealedContentKey(ctx, item.contentHash)
		if err == nil && !item.linked {
			// The key held for these hashes belongs to the registration by the account that
			// uploaded them here; this item is another account's registration of the same
			// hashes (a squatter's copy, issue #11 item 7).
			s.abort(c, &wrapped{ErrKeyNotLinked, fmt.Sprintf("content %s was registered by %s, not by the account that uploaded its file to this gateway; this gateway hands out the key only for the uploader's own registration", id, item.creator)})
			return
		}
		if err != nil {
			if isNotFound(err) {
				s.abort(c, &wrapped{ErrKeyNotHeld, "this gateway does not hold the key of content " + id + "; ask the gateway that sealed it"})
				return
			}
			s.abort(c, err)
			return
		}
	}
	key, err := s.deps.Keys.Open(item.contentHash, item.sealed)
	if err != nil {
		s.items.forget(id)
		s.abort(c, fmt.Errorf("content %s: open the stored content key: %w", id, err))
		return
	}
	defer clear(key)
	if !bytes.Equal(crypto.Keccak256(key), item.keyCommitment) {
		// Never hand out a key the viewer would reject: the stored key and the registration
		// disagree, which needs the operator.
		s.items.forget(id)
		s.abort(c, fmt.Errorf("content %s: stored key does not match the registered key commitment", id))
		return
	}
	if !cached {
		s.items.put(id, item)
	}
	sealed, err := viewerkey.Seal(pk, viewerkey.Info(id, s.cfg.ChainID, viewer), key)
	if err != nil {
		s.abort(c, err)
		return
	}
	now := s.now()
	pkExpiry := now.Add(s.cfg.PasskeyTTL)
	out := viewerkey.KeyResponse{
		ContentID: id, ChainID: s.cfg.ChainID, Viewer: viewer.Hex(), KEM: kemName(req.KEM),
		SealedKey:     base64.StdEncoding.EncodeToString(sealed),
		KeyCommitment: "0x" + hex.EncodeToString(item.keyCommitment),
		ContentHash:   "0x" + hex.EncodeToString(item.contentHash[:]),
		InfoHash:      hex.EncodeToString(item.infoHash),
		Magnet:        magnetURI(item.infoHash, item.title),
		Block:         acc.Block,
	}
	if acc.Expiry != chain.Perpetual {
		t := time.Unix(int64(min(acc.Expiry, 1<<62)), 0).UTC()
		out.AccessExpiresAt = &t
		if t.Before(pkExpiry) {
			pkExpiry = t
		}
	}
	out.Passkey = s.passkeys.Issue(viewer, pkExpiry)
	out.PasskeyExpiresAt = time.Unix(pkExpiry.Unix(), 0).UTC()
	if err := s.recordKeyIssuance(ctx, id, viewer); err != nil {
		s.abort(c, err)
		return
	}
	c.Header("Cache-Control", "no-store")
	c.JSON(http.StatusOK, out)
}

func kemName(n string) string {
	if n == "" {
		return viewerkey.DefaultKEM
	}
	return n
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// keyIssuanceSlots is how many key requests run at once: two per CPU the runtime uses, enough
// to keep every core busy while one request waits on the database.
func keyIssuanceSlots() int { return 2 * runtime.GOMAXPROCS(0) }

// admitKeyIssuance lets key requests through a few at a time, first come first served (a
// channel wakes blocked senders in order). Key issuance is CPU-bound (an HPKE seal is most of
// it): with every request admitted at once the cores are shared among all of them, each one
// finishes late, and a request holding one of the few database connections can wait behind
// dozens of seals; admitted in order, a request waits its turn and then runs to the end, which
// keeps the tail latency close to the median. A client that gives up while waiting is dropped.
func (s *Server) admitKeyIssuance(c *gin.Context) {
	select {
	case s.keyWork <- struct{}{}:
	case <-c.Request.Context().Done():
		s.abort(c, &wrapped{ErrUnavailable, "the gateway is busy; try again shortly"})
		return
	}
	defer func() { <-s.keyWork }()
	c.Next()
}
