package api

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"

	"github.com/swarmgate/swarmgate/store"
)

// Catalog limits.
const (
	defaultPageSize = 20
	maxPageSize     = 100
	maxSearchLen    = 100
)

// policyJSON is a content item's access policy.
type policyJSON struct {
	Kind            store.PolicyKind `json:"kind"`
	Price           string           `json:"price"`
	Currency        string           `json:"currency"`
	DurationSeconds int64            `json:"duration_seconds"`
	Subscribable    bool             `json:"subscribable"`
	Gate            *gateJSON        `json:"gate,omitempty"`
	RoyaltyBps      int              `json:"royalty_bps"`
	Payees          []regPayeeJSON   `json:"payees"`
}

type gateJSON struct {
	Token      string `json:"token"`
	Standard   string `json:"standard"`
	TokenID    string `json:"token_id,omitempty"`
	MinBalance string `json:"min_balance"`
}

// contentJSON is a catalog item as clients see it.
type contentJSON struct {
	ID             string     `json:"id"`
	ContentHash    string     `json:"content_hash"`
	InfoHash       string     `json:"info_hash"`
	KeyCommitment  string     `json:"key_commitment"`
	MetadataURI    string     `json:"metadata_uri"`
	Title          string     `json:"title"`
	Description    string     `json:"description"`
	Creator        string     `json:"creator"`
	Owner          string     `json:"owner"`
	Policy         policyJSON `json:"policy"`
	PlaintextSize  int64      `json:"plaintext_size"`
	CiphertextSize int64      `json:"ciphertext_size"`
	PieceLength    int64      `json:"piece_length"`
	Magnet         string     `json:"magnet"`
	Block          int64      `json:"registered_block"`
	Tx             string     `json:"registered_tx"`
	MimeType       string     `json:"mime_type"`
	PosterURL      string     `json:"poster_url,omitempty"`
}

type contentPageJSON struct {
	Items      []contentJSON `json:"items"`
	NextCursor string        `json:"next_cursor,omitempty"`
}

func (s *Server) toContentJSON(it store.ContentItem) contentJSON {
	out := toContentJSON(it)
	if it.PosterType != "" && it.UploadID != nil {
		out.PosterURL = s.posterURL(*it.UploadID)
	}
	return out
}

func toContentJSON(it store.ContentItem) contentJSON {
	out := contentJSON{
		ContentHash:   "0x" + hex.EncodeToString(it.ContentHash),
		InfoHash:      hex.EncodeToString(it.InfoHash),
		KeyCommitment: "0x" + hex.EncodeToString(it.KeyCommitment),
		MetadataURI:   it.MetadataURI, Title: it.Title, Description: it.Description,
		Creator: it.Creator, Owner: it.Owner,
		Policy: policyJSON{Kind: it.Policy.Kind, Price: it.Policy.Price, Currency: it.Policy.Currency,
			DurationSeconds: it.Policy.DurationSeconds, Subscribable: it.Policy.Subscribable, RoyaltyBps: it.Policy.RoyaltyBps, Payees: []regPayeeJSON{}},
		MimeType:      it.MimeType,
		PlaintextSize: it.PlaintextSize, CiphertextSize: it.CiphertextSize, PieceLength: it.PieceLength,
		Tx: "0x" + hex.EncodeToString(it.RegisteredTx),
	}
	if it.ContentID != nil {
		out.ID = *it.ContentID
	}
	if it.RegisteredBlock != nil {
		out.Block = *it.RegisteredBlock
	}
	if it.Policy.Kind == store.PolicyTokenGated || it.Policy.GateToken != "" {
		out.Policy.Gate = &gateJSON{Token: it.Policy.GateToken, Standard: it.Policy.GateStandard, TokenID: it.Policy.GateTokenID, MinBalance: it.Policy.GateMinBalance}
	}
	if it.Policy.Payees != "" {
		_ = json.Unmarshal([]byte(it.Policy.Payees), &out.Policy.Payees)
	}
	out.Magnet = magnetURI(it.InfoHash, it.Title)
	return out
}

// magnetURI is the magnet link of a torrent with infoHash, named title when there is one.
func magnetURI(infoHash []byte, title string) string {
	mag := "magnet:?xt=urn:btih:" + hex.EncodeToString(infoHash)
	if title != "" {
		mag += "&dn=" + url.QueryEscape(title)
	}
	return mag
}

// invalid builds an ErrInvalidParameter with a user-facing message.
func invalid(format string, args ...any) error {
	return &wrapped{ErrInvalidParameter, fmt.Sprintf(format, args...)}
}

// parseAddress accepts a 0x-prefixed 20-byte hex address (any case).
func parseAddress(name, v string) (common.Address, error) {
	if len(v) != 42 || !strings.HasPrefix(v, "0x") && !strings.HasPrefix(v, "0X") {
		return common.Address{}, invalid("%s must be a 0x-prefixed address of 40 hex digits", name)
	}
	if _, err := hex.DecodeString(v[2:]); err != nil {
		return common.Address{}, invalid("%s must be a 0x-prefixed address of 40 hex digits", name)
	}
	return common.HexToAddress(v), nil
}

// listQuery is the parsed query of GET /v1/content.
func parseListQuery(q url.Values) (store.ContentFilter, error) {
	f := store.ContentFilter{Limit: defaultPageSize}
	for k, vs := range q {
		if len(vs) != 1 {
			return f, invalid("query parameter %q given %d times; give it once", k, len(vs))
		}
		v := vs[0]
		switch k {
		case "limit":
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 || n > maxPageSize {
				return f, invalid("limit must be a whole number from 1 to %d", maxPageSize)
			}
			f.Limit = n
		case "cursor":
			c, err := store.ParsePageCursor(v)
			if err != nil {
				return f, invalid("cursor is not one this gateway returned as next_cursor; start again without it")
			}
			f.After = &c
		case "creator", "owner":
			a, err := parseAddress(k, v)
			if err != nil {
				return f, err
			}
			if k == "creator" {
				f.Creator = &a
			} else {
				f.Owner = &a
			}
		case "policy":
			if !store.PolicyKind(v).Valid() {
				return f, invalid("policy must be one of %s", joinKinds())
			}
			f.Policy = store.PolicyKind(v)
		case "paid":
			b, err := strconv.ParseBool(v)
			if err != nil {
				return f, invalid("paid must be true (items for sale: buy or rent) or false (the others)")
			}
			f.Paid = &b
		case "q":
			if v == "" || utf8.RuneCountInString(v) > maxSearchLen || !utf8.ValidString(v) {
				return f, invalid("q must be 1 to %d characters of UTF-8 text", maxSearchLen)
			}
			f.Search = v
		default:
			return f, invalid("unknown query parameter %q; this endpoint takes limit, cursor, creator, owner, policy, paid and q", k)
		}
	}
	return f, nil
}

func joinKinds() string {
	s := make([]string, len(store.PolicyKinds))
	for i, k := range store.PolicyKinds {
		s[i] = string(k)
	}
	return strings.Join(s, ", ")
}

// noQuery refuses query parameters on endpoints that take none.
func noQuery(c *gin.Context, allowed ...string) error {
	q, err := query(c)
	if err != nil {
		return err
	}
	for k, vs := range q {
		if len(vs) != 1 {
			return invalid("query parameter %q given %d times; give it once", k, len(vs))
		}
		ok := false
		for _, a := range allowed {
			ok = ok || a == k
		}
		if !ok {
			return invalid("unknown query parameter %q", k)
		}
	}
	return nil
}

// query parses the raw query string, refusing malformed escapes that URL.Query would drop.
func query(c *gin.Context) (url.Values, error) {
	q, err := url.ParseQuery(c.Request.URL.RawQuery)
	if err != nil {
		return nil, invalid("the query string is malformed (bad %%-escape or separator)")
	}
	return q, nil
}

func (s *Server) listContent(c *gin.Context) {
	q, err := query(c)
	if err != nil {
		s.abort(c, err)
		return
	}
	f, err := parseListQuery(q)
	if err != nil {
		s.abort(c, err)
		return
	}
	page, err := s.deps.Store.ListContent(c.Request.Context(), f)
	if err != nil {
		s.abort(c, err)
		return
	}
	out := contentPageJSON{Items: make([]contentJSON, 0, len(page.Items))}
	for _, it := range page.Items {
		out.Items = append(out.Items, s.toContentJSON(it))
	}
	if page.Next != nil {
		out.NextCursor = page.Next.String()
	}
	c.JSON(http.StatusOK, out)
}

// contentID reads and checks the :id path parameter.
func contentID(c *gin.Context) (string, error) {
	id := c.Param("id")
	if !store.ValidContentID(id) {
		return "", invalid("content id must be the item's on-chain id, a decimal number without leading zeros")
	}
	return id, nil
}

// item loads the registered item the path names, as a problem-ready error.
func (s *Server) item(c *gin.Context) (store.ContentItem, error) {
	if err := noQuery(c); err != nil {
		return store.ContentItem{}, err
	}
	id, err := contentID(c)
	if err != nil {
		return store.ContentItem{}, err
	}
	return s.lookup(c, id)
}

func (s *Server) lookup(c *gin.Context, id string) (store.ContentItem, error) {
	it, err := s.deps.Store.Content(c.Request.Context(), id)
	if err != nil {
		return it, notFoundAs(err, "no content item with id "+id+" is registered")
	}
	return it, nil
}

// notFoundAs turns a store.ErrNotFound into an ErrNotFound with msg; other errors pass.
func notFoundAs(err error, msg string) error {
	if isNotFound(err) {
		return &wrapped{ErrNotFound, msg}
	}
	return err
}

func (s *Server) getContent(c *gin.Context) {
	it, err := s.item(c)
	if err != nil {
		s.abort(c, err)
		return
	}
	c.JSON(http.StatusOK, s.toContentJSON(it))
}

func (s *Server) getTorrent(c *gin.Context) {
	if err := noQuery(c); err != nil {
		s.abort(c, err)
		return
	}
	id, err := contentID(c)
	if err != nil {
		s.abort(c, err)
		return
	}
	tor, err := s.deps.Store.ContentTorrent(c.Request.Context(), id)
	if err != nil {
		s.abort(c, notFoundAs(err, "no torrent for content item "+id+" here: the item is unknown or was sealed by another gateway"))
		return
	}
	c.Header("Content-Disposition", `attachment; filename="`+id+`.torrent"`)
	c.Header("Cache-Control", "public, max-age=3600")
	c.Data(http.StatusOK, "application/x-bittorrent", tor)
}

// seederJSON is one seeder directory entry.
type seederJSON struct {
	Address     string    `json:"address"`
	Endpoint    string    `json:"endpoint"`
	PricePerGiB string    `json:"price_per_gib"`
	Signature   string    `json:"signature"`
	SignedAt    time.Time `json:"signed_at"`
	ExpiresAt   time.Time `json:"expires_at"`
}

func (s *Server) listSeeders(c *gin.Context) {
	limit := 50
	if err := noQuery(c, "limit"); err != nil {
		s.abort(c, err)
		return
	}
	if v, ok := c.GetQuery("limit"); ok {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxPageSize {
			s.abort(c, invalid("limit must be a whole number from 1 to %d", maxPageSize))
			return
		}
		limit = n
	}
	id, err := contentID(c)
	if err != nil {
		s.abort(c, err)
		return
	}
	it, err := s.lookup(c, id)
	if err != nil {
		s.abort(c, err)
		return
	}
	var ih [20]byte
	copy(ih[:], it.InfoHash)
	seeders, err := s.deps.Store.SeedersFor(c.Request.Context(), ih, s.now(), limit)
	if err != nil {
		s.abort(c, err)
		return
	}
	out := struct {
		Items []seederJSON `json:"items"`
	}{Items: make([]seederJSON, 0, len(seeders))}
	for _, sd := range seeders {
		out.Items = append(out.Items, seederJSON{Address: sd.Address, Endpoint: sd.Endpoint, PricePerGiB: sd.PricePerGiB,
			Signature: "0x" + hex.EncodeToString(sd.Signature), SignedAt: sd.SignedAt, ExpiresAt: sd.ExpiresAt})
	}
	c.JSON(http.StatusOK, out)
}
