package api

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/swarmgate/swarmgate/store"
)

// putPoster is PUT /v1/uploads/{id}/poster: the body is a PNG, JPEG or WebP image (at most
// maxPosterBytes, content-sniffed) that becomes the poster of the upload and of the item sealed
// from it, until the item is registered.
func (s *Server) putPoster(c *gin.Context) {
	if err := noQuery(c); err != nil {
		s.abort(c, err)
		return
	}
	u, err := s.ownUpload(c)
	if err != nil {
		s.abort(c, err)
		return
	}
	if u.State == store.UploadFailed || u.State == store.UploadCancelled {
		s.abort(c, &wrapped{ErrConflict, fmt.Sprintf("upload %s is %s; start a new one", u.ID, u.State)})
		return
	}
	if it, err := s.deps.Store.ContentByUpload(c.Request.Context(), u.ID); err == nil && it.ContentID != nil {
		s.abort(c, &wrapped{ErrAlreadyRegistered, "upload " + u.ID + " is registered as content " + *it.ContentID + "; its poster is part of the registered metadata and cannot change"})
		return
	}
	if c.Request.ContentLength > maxPosterBytes {
		s.abort(c, &fieldsError{ErrInvalidUpload, []fieldError{{"poster", "too_large", fmt.Sprintf("the poster may be at most %d bytes", maxPosterBytes)}}})
		return
	}
	data, err := io.ReadAll(io.LimitReader(c.Request.Body, maxPosterBytes+1))
	if err != nil {
		s.abort(c, invalid("the poster was cut short; send it again"))
		return
	}
	p, bad := checkPoster(data)
	if bad != nil {
		s.abort(c, &fieldsError{ErrInvalidUpload, []fieldError{*bad}})
		return
	}
	if err := s.deps.Store.PutPoster(c.Request.Context(), u.ID, *p); err != nil {
		if errors.Is(err, store.ErrRegistered) {
			err = &wrapped{ErrAlreadyRegistered, "upload " + u.ID + " is registered; its poster is part of the registered metadata and cannot change"}
		}
		s.abort(c, err)
		return
	}
	c.Header("Cache-Control", "no-store")
	c.JSON(http.StatusOK, gin.H{"poster_url": s.posterURL(u.ID), "mime_type": p.MimeType, "size": len(p.Data)})
}

// Poster caching: a registered item's poster never changes; before registration it may.
const (
	posterMaxAgeRegistered = 86400
	posterMaxAgePending    = 60
)

// getPoster is GET /v1/posters/{upload id}: the poster image, with an ETag and caching headers.
func (s *Server) getPoster(c *gin.Context) {
	if err := noQuery(c); err != nil {
		s.abort(c, err)
		return
	}
	id := c.Param("id")
	if !validUploadID(id) {
		s.abort(c, invalid("a poster is named by the 32 hex digits of its upload id"))
		return
	}
	p, err := s.deps.Store.Poster(c.Request.Context(), id)
	if err != nil {
		s.abort(c, notFoundAs(err, "no poster for "+id))
		return
	}
	maxAge := posterMaxAgePending
	if it, err := s.deps.Store.ContentByUpload(c.Request.Context(), id); err == nil && it.ContentID != nil {
		maxAge = posterMaxAgeRegistered
	}
	etag := `"` + hex.EncodeToString(p.Sha256[:16]) + `"`
	c.Header("ETag", etag)
	c.Header("Cache-Control", "public, max-age="+strconv.Itoa(maxAge))
	c.Header("X-Content-Type-Options", "nosniff")
	if inm := c.GetHeader("If-None-Match"); inm != "" && strings.Contains(inm, etag) {
		c.Status(http.StatusNotModified)
		return
	}
	c.Data(http.StatusOK, p.MimeType, p.Data)
}

// metadataJSON is an item's ERC-721 metadata (the rights token's tokenURI), in the shape
// wallets and marketplaces read (EIP-721 metadata JSON schema plus OpenSea's attributes).
// animation_url is left out: the video is encrypted, so nothing at a URL would play.
type metadataJSON struct {
	Name        string          `json:"name"`
	Description string          `json:"description"`
	Image       string          `json:"image,omitempty"`
	ExternalURL string          `json:"external_url,omitempty"`
	Attributes  []attributeJSON `json:"attributes"`
	Properties  map[string]any  `json:"properties"`
}

type attributeJSON struct {
	TraitType   string `json:"trait_type"`
	Value       any    `json:"value"`
	DisplayType string `json:"display_type,omitempty"`
}

// getMetadata is GET /v1/metadata/{upload id}.json: the ERC-721 metadata of the item sealed
// from that upload, with its current (indexed) policy.
func (s *Server) getMetadata(c *gin.Context) {
	if err := noQuery(c); err != nil {
		s.abort(c, err)
		return
	}
	id, ok := strings.CutSuffix(c.Param("file"), ".json")
	if !ok || !validUploadID(id) {
		s.abort(c, invalid("metadata lives at /v1/metadata/<upload id>.json"))
		return
	}
	it, err := s.deps.Store.ContentByUpload(c.Request.Context(), id)
	if err != nil {
		s.abort(c, notFoundAs(err, "no sealed item has metadata "+id+".json"))
		return
	}
	c.Header("Cache-Control", "public, max-age=60")
	c.JSON(http.StatusOK, s.metadataOf(it))
}

func (s *Server) metadataOf(it store.ContentItem) metadataJSON {
	base := strings.TrimSuffix(s.cfg.PublicURL, "/")
	out := metadataJSON{Name: it.Title, Description: it.Description, Properties: map[string]any{
		"content_hash": "0x" + hex.EncodeToString(it.ContentHash), "info_hash": hex.EncodeToString(it.InfoHash),
		"key_commitment": "0x" + hex.EncodeToString(it.KeyCommitment), "mime_type": it.MimeType,
		"size": it.PlaintextSize, "creator": it.Creator,
	}}
	if it.PosterType != "" && it.UploadID != nil {
		out.Image = s.posterURL(*it.UploadID)
	}
	if it.ContentID != nil {
		out.ExternalURL = base + "/v1/content/" + *it.ContentID
		out.Properties["content_id"] = *it.ContentID
	}
	p := it.Policy
	currency := "native"
	if p.Currency != "" {
		currency = p.Currency
	}
	out.Attributes = []attributeJSON{{TraitType: "Access", Value: string(p.Kind)}}
	if p.Kind == store.PolicyBuy || p.Kind == store.PolicyRent {
		out.Attributes = append(out.Attributes, attributeJSON{TraitType: "Price", Value: p.Price}, attributeJSON{TraitType: "Currency", Value: currency})
	}
	if p.DurationSeconds > 0 {
		out.Attributes = append(out.Attributes, attributeJSON{TraitType: "Rental seconds", Value: p.DurationSeconds, DisplayType: "number"})
	}
	if p.Subscribable {
		out.Attributes = append(out.Attributes, attributeJSON{TraitType: "Channel subscribers", Value: "yes"})
	}
	if p.GateToken != "" {
		out.Attributes = append(out.Attributes, attributeJSON{TraitType: "Gate", Value: p.GateStandard + " " + p.GateToken})
	}
	if p.RoyaltyBps > 0 {
		out.Attributes = append(out.Attributes, attributeJSON{TraitType: "Royalty bps", Value: p.RoyaltyBps, DisplayType: "number"})
	}
	if it.MimeType != "" {
		out.Attributes = append(out.Attributes, attributeJSON{TraitType: "Media type", Value: it.MimeType})
	}
	out.Attributes = append(out.Attributes, attributeJSON{TraitType: "Size (bytes)", Value: it.PlaintextSize, DisplayType: "number"})
	var payees []regPayeeJSON
	if json.Unmarshal([]byte(p.Payees), &payees) == nil && len(payees) > 0 {
		out.Properties["payees"] = payees
	}
	return out
}
