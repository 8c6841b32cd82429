package api

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/gin-gonic/gin"

	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/store"
)

// Seeder directory limits.
const (
	// announceMaxSkew is how far an announcement's timestamp may be from the gateway's clock.
	announceMaxSkew = 5 * time.Minute
	// maxAnnouncedHashes caps the torrents one announcement may list.
	maxAnnouncedHashes = 10_000
)

// announceJSON is POST /v1/seeders/announce: an eip712.Announcement and its signature.
type announceJSON struct {
	Seeder      string   `json:"seeder"`
	Endpoint    string   `json:"endpoint"`
	PricePerGiB string   `json:"price_per_gib"`
	InfoHashes  []string `json:"info_hashes"`
	Timestamp   uint64   `json:"timestamp"`
	Expiry      uint64   `json:"expiry"`
	Signature   string   `json:"signature"`
}

// announcedJSON is the answer to a valid announcement.
type announcedJSON struct {
	Seeder           string    `json:"seeder"`
	ExpiresAt        time.Time `json:"expires_at"`
	Passkey          string    `json:"passkey"`
	PasskeyExpiresAt time.Time `json:"passkey_expires_at"`
	AnnounceURL      string    `json:"announce_url"`
}

// parseAnnouncement checks the request's fields and builds the signed message.
func parseAnnouncement(in announceJSON) (eip712.Announcement, []byte, error) {
	var a eip712.Announcement
	seeder, err := parseAddress("seeder", in.Seeder)
	if err != nil {
		return a, nil, err
	}
	if err := validEndpoint(in.Endpoint); err != nil {
		return a, nil, err
	}
	price, ok := new(big.Int).SetString(in.PricePerGiB, 10)
	if !ok || price.Sign() < 0 || price.BitLen() > 256 || price.String() != in.PricePerGiB {
		return a, nil, invalid("price_per_gib must be a whole number of wei, in decimal without leading zeros")
	}
	if len(in.InfoHashes) > maxAnnouncedHashes {
		return a, nil, invalid("an announcement may list at most %d info hashes, got %d", maxAnnouncedHashes, len(in.InfoHashes))
	}
	hashes := make([][20]byte, len(in.InfoHashes))
	for i, h := range in.InfoHashes {
		b, err := hex.DecodeString(strings.TrimPrefix(h, "0x"))
		if err != nil || len(b) != 20 {
			return a, nil, invalid("info_hashes[%d] must be 40 hex digits", i)
		}
		copy(hashes[i][:], b)
	}
	if in.Expiry <= in.Timestamp {
		return a, nil, invalid("expiry must be after timestamp (both unix seconds)")
	}
	if in.Timestamp > 1<<40 || in.Expiry > 1<<40 {
		return a, nil, invalid("timestamp and expiry must be unix seconds")
	}
	sig, err := hexutil.Decode(in.Signature)
	if err != nil || len(sig) != eip712.SignatureLength {
		return a, nil, invalid("signature must be 0x and 65 bytes (r, s, v) in hex")
	}
	a = eip712.Announcement{Seeder: seeder, Endpoint: in.Endpoint, PricePerGiB: price, InfoHashes: hashes, Timestamp: in.Timestamp, Expiry: in.Expiry}
	return a, sig, nil
}

// validEndpoint accepts host:port with a DNS name or an IP address and a port from 1 to 65535.
func validEndpoint(ep string) error {
	bad := invalid("endpoint must be host:port where the seeder accepts BitTorrent connections, such as 198.51.100.7:6881 or seeder.example.com:6881")
	if len(ep) > 255 {
		return bad
	}
	host, port, err := net.SplitHostPort(ep)
	if err != nil || host == "" {
		return bad
	}
	if p, err := strconv.Atoi(port); err != nil || p < 1 || p > 65535 || strconv.Itoa(p) != port {
		return bad
	}
	if net.ParseIP(host) != nil {
		return nil
	}
	for _, label := range strings.Split(host, ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return bad
		}
		for i := 0; i < len(label); i++ {
			c := label[i]
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
				return bad
			}
		}
	}
	return nil
}

// announceSeeder is POST /v1/seeders/announce: a seeder lists itself, signed with its payout
// key. The gateway checks the signature in the registry's domain, refuses timestamps that are
// not newer than the stored one or too far from now, keeps the entry until the earlier of the
// announcement's expiry and now + SeederTTL, and answers with a tracker passkey valid as long.
func (s *Server) announceSeeder(c *gin.Context) {
	if s.deps.AnnounceDomain == nil || s.passkeys == nil {
		s.abort(c, &wrapped{ErrUnavailable, "the seeder directory is off on this gateway: it needs the chain (registry address) and a master key"})
		return
	}
	if err := noQuery(c); err != nil {
		s.abort(c, err)
		return
	}
	var in announceJSON
	if err := decodeAnnouncement(c, &in); err != nil {
		s.abort(c, err)
		return
	}
	a, sig, err := parseAnnouncement(in)
	if err != nil {
		s.abort(c, err)
		return
	}
	signer, err := a.Signer(*s.deps.AnnounceDomain, sig)
	if err != nil || signer != a.Seeder {
		s.abort(c, &wrapped{ErrBadSignature, "the signature is not the seeder's over this announcement (EIP-712 type " + eip712.AnnouncementType + ", domain Swarmgate/1 with this chain's id and the registry address)"})
		return
	}
	now := s.now()
	signedAt := time.Unix(int64(a.Timestamp), 0)
	if d := now.Sub(signedAt); d > announceMaxSkew || d < -announceMaxSkew {
		s.abort(c, &wrapped{store.ErrStale, fmt.Sprintf("timestamp %d is more than %s away from the gateway's clock (%d); sign a fresh announcement and check the seeder's clock", a.Timestamp, announceMaxSkew, now.Unix())})
		return
	}
	expires := time.Unix(int64(a.Expiry), 0)
	if limit := now.Add(s.cfg.SeederTTL); expires.After(limit) {
		expires = limit
	}
	if !expires.After(now) {
		s.abort(c, invalid("the announcement has already expired; sign one with a later expiry"))
		return
	}
	err = s.deps.Store.AnnounceSeeder(c.Request.Context(), store.Announcement{Address: a.Seeder, Endpoint: a.Endpoint,
		PricePerGiB: a.PricePerGiB.String(), InfoHashes: a.InfoHashes, Signature: sig, SignedAt: signedAt, ExpiresAt: expires})
	if errors.Is(err, store.ErrStale) {
		s.abort(c, &wrapped{store.ErrStale, "an announcement of this seeder with the same or a later timestamp is already stored; sign a new one with the current time"})
		return
	}
	if err != nil {
		s.abort(c, err)
		return
	}
	pk := s.passkeys.Issue(a.Seeder, expires)
	c.Header("Cache-Control", "no-store")
	c.JSON(http.StatusOK, announcedJSON{Seeder: store.Addr(a.Seeder), ExpiresAt: expires.UTC(), Passkey: pk, PasskeyExpiresAt: expires.UTC(),
		AnnounceURL: strings.TrimSuffix(s.cfg.PublicURL, "/") + "/announce/" + pk})
}

// decodeAnnouncement reads the JSON body into v, refusing unknown fields and trailing data.
func decodeAnnouncement(c *gin.Context, v *announceJSON) error {
	dec := json.NewDecoder(c.Request.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return err
		}
		return invalid("the body must be one JSON object with the fields seeder, endpoint, price_per_gib, info_hashes, timestamp, expiry and signature (%v)", err)
	}
	if dec.More() {
		return invalid("the body must be one JSON object, with nothing after it")
	}
	return nil
}

// seederChore deletes expired directory entries every interval until ctx ends.
func (s *Server) seederChore(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		n, err := s.deps.Store.DeleteExpiredSeeders(ctx, s.now())
		switch {
		case err != nil && ctx.Err() == nil:
			s.log.Warn("cannot delete expired seeders", "err", err)
		case n > 0:
			s.log.Info("expired seeders deleted", "count", n)
		}
		s.expireUploads(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// expireUploads cancels uploads that stayed unfinished past their expiry.
func (s *Server) expireUploads(ctx context.Context) {
	if s.sealer == nil {
		return
	}
	us, err := s.deps.Store.ExpiredUploads(ctx, s.now(), 100)
	if err != nil {
		if ctx.Err() == nil {
			s.log.Warn("cannot list expired uploads", "err", err)
		}
		return
	}
	for _, u := range us {
		if err := s.deps.Store.SetUploadState(ctx, u.ID, store.UploadReceiving, store.UploadCancelled, "expired before its last byte arrived; upload the file again", nil); err != nil {
			continue
		}
		s.sealer.removeUpload(u.ID)
		s.log.Info("unfinished upload expired", "upload", u.ID)
	}
}
