package api

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/anacrolix/torrent/metainfo"
	"github.com/gin-gonic/gin"

	"github.com/swarmgate/swarmgate/store"
)

// ErrNotInDirectory means a web seed request carried a valid passkey of an account that has no
// live entry in the seeder directory (a seeder that did not renew its announcement), on a
// gateway that cannot check viewers' entitlements (no chain): the web seed then serves
// directory seeders only.
var ErrNotInDirectory = errors.New("not in the seeder directory")

// Web seed limits.
const (
	// webseedFileTTL is how long the name and length of a registered item's file are cached.
	webseedFileTTL = time.Minute
	// webseedFileMax caps the cached items; the cache starts over when it is full.
	webseedFileMax = 10_000
	// webseedNameMax is the longest file name the web seed accepts (the usual file system limit).
	webseedNameMax = 255
	// webseedExtendEvery is how often, at most, a transfer pushes its write deadline forward
	// (more often when Config.WriteTimeout is under four times this).
	webseedExtendEvery = time.Second
)

// Web seed request results, the label of swarmgate_gateway_webseed_requests_total.
const (
	webseedServed         = "served"           // 200, 206 or 304 (GET or HEAD)
	webseedBadRange       = "bad_range"        // 416 from http.ServeContent
	webseedPasskey        = "passkey"          // 401: passkey malformed, forged or expired
	webseedNotInDirectory = "not_in_directory" // 403
	webseedBadRequest     = "bad_request"      // 400: malformed info hash or name
	webseedNotFound       = "not_found"        // 404: no such registered item, file or ciphertext here
	webseedUnavailable    = "unavailable"      // 503: no keyring (no passkeys) on this gateway, or the chain did not answer
	webseedNotEntitled    = "not_entitled"     // 403: a viewer's passkey, and the viewer has no access to the item
	webseedViewerBusy     = "viewer_busy"      // 429: a viewer over its request rate or concurrent transfers
	webseedError          = "error"            // 500
)

// webseedFile is what the web seed needs to know about a registered item's torrent.
type webseedFile struct {
	// contentID is the on-chain id of the registered item the torrent belongs to.
	contentID string
	name      string
	length    int64
	until     time.Time
}

// webseedFiles caches webseedFile by info hash (only items found), so a seeder's stream of
// range requests reads the directory entry but not the torrent from the database each time.
// A registered info hash always names the same file: the info hash commits to name and length.
type webseedFiles struct {
	mu sync.Mutex
	m  map[[20]byte]webseedFile
}

func (w *webseedFiles) get(ih [20]byte, now time.Time) (webseedFile, bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	f, ok := w.m[ih]
	if !ok || !now.Before(f.until) {
		return webseedFile{}, false
	}
	return f, true
}

func (w *webseedFiles) put(ih [20]byte, f webseedFile) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.m == nil || len(w.m) >= webseedFileMax {
		w.m = map[[20]byte]webseedFile{}
	}
	w.m[ih] = f
}

// webseed is GET and HEAD /v1/webseed/{passkey}/{infohash}/{name}: a BEP 19 web seed of the
// content store (ContentDir/<info hash hex>/<name>) for seeders in the directory, so a
// third-party seeder gets the ciphertext of paid items without paying for it as a viewer, and
// for viewers entitled to the item (the passkey POST /v1/content/{id}/key hands out), so a
// browser, which cannot join the BitTorrent swarm, reads the ciphertext over HTTP. The seeder
// adds {public URL}/v1/webseed/{passkey}/{info hash hex}/ as the torrent's web seed; a
// BitTorrent client appends the path-escaped file name (BEP 19) and sends Range requests.
//
// Refused, each with a problem document: a passkey that is malformed, forged or expired (401
// passkey_invalid or passkey_expired); a malformed info hash or name (400 invalid_parameter); an
// account without a live directory entry on a gateway without a chain (403 not_in_directory);
// a viewer (an account not in the directory) without access to the item: the entitlement
// check's code (403 not_purchased, rental_expired, subscription_expired, gate_token_missing,
// not_for_sale); a viewer over its request rate or its concurrent transfers (429 rate_limited,
// see webseedViewers); an info hash no registered item has, a name that is not its torrent's
// single file, or ciphertext not stored on this gateway (404 not_found). A passkey names an
// account, not an item: one handed out with one item's key opens another item only when the
// account has access to that one too. The passkey is never logged.
//
// A transfer is not cut by Config.WriteTimeout as long as it makes progress: the write deadline
// moves forward while bytes go out, so a stalled reader is still dropped after WriteTimeout.
func (s *Server) webseed(c *gin.Context) {
	result := webseedError
	defer func() { s.metrics.webseedRequests.WithLabelValues(result).Inc() }()
	fail := func(r string, err error) {
		result = r
		s.abort(c, err)
	}
	if s.passkeys == nil {
		fail(webseedUnavailable, &wrapped{ErrUnavailable, "the web seed is off on this gateway: it needs a master key (tracker passkeys)"})
		return
	}
	account, err := s.passkeys.Verify(c.Param("passkey"), s.now())
	switch {
	case errors.Is(err, ErrPasskeyExpired):
		fail(webseedPasskey, &wrapped{ErrPasskeyExpired, "the passkey in this web seed URL has expired; announce to the seeder directory again (POST /v1/seeders/announce) and use the new passkey"})
		return
	case err != nil:
		fail(webseedPasskey, &wrapped{ErrPasskeyInvalid, "this web seed URL has no valid passkey; use the passkey from a seeder directory announcement (POST /v1/seeders/announce)"})
		return
	}
	ih, err := parseWebseedInfoHash(c.Param("infohash"))
	if err != nil {
		fail(webseedBadRequest, err)
		return
	}
	name := c.Param("name")
	if err := validWebseedName(name); err != nil {
		fail(webseedBadRequest, err)
		return
	}
	ctx := c.Request.Context()
	now := s.now()
	entry, err := s.deps.Store.Seeder(ctx, account)
	viewer := false
	switch {
	case errors.Is(err, store.ErrNotFound) || err == nil && !entry.ExpiresAt.After(now):
		if s.access == nil {
			fail(webseedNotInDirectory, &wrapped{ErrNotInDirectory, "the web seed serves seeders in the directory only on this gateway (it checks no entitlements): announce to the seeder directory first (POST /v1/seeders/announce), then use the passkey it returns"})
			return
		}
		viewer = true
	case err != nil:
		fail(webseedError, err)
		return
	}
	f, err := s.webseedFile(ctx, ih, now)
	switch {
	case errors.Is(err, store.ErrNotFound):
		fail(webseedNotFound, &wrapped{ErrNotFound, "no registered item with this info hash has its ciphertext on this gateway; check the info hash against GET /v1/content/{id}"})
		return
	case err != nil:
		fail(webseedError, err)
		return
	}
	if name != f.name {
		fail(webseedNotFound, &wrapped{ErrNotFound, "this torrent's single file has another name; a web seed URL ending in / gets the path-escaped file name from the torrent appended (BEP 19)"})
		return
	}
	if viewer {
		if r, err := s.webseedViewers.allow(c, account, now); err != nil {
			fail(r, err)
			return
		}
		if r, err := s.webseedViewerAccess(c, account, f.contentID); err != nil {
			fail(r, err)
			return
		}
		release, r, err := s.webseedViewers.acquire(c, account)
		if err != nil {
			fail(r, err)
			return
		}
		defer release()
	}
	file, err := os.Open(filepath.Join(s.cfg.contentDir(), hex.EncodeToString(ih[:]), f.name))
	if errors.Is(err, os.ErrNotExist) {
		fail(webseedNotFound, &wrapped{ErrNotFound, "the ciphertext of this item is not stored on this gateway"})
		return
	}
	if err != nil {
		fail(webseedError, fmt.Errorf("web seed: open ciphertext: %w", err))
		return
	}
	defer file.Close()
	fi, err := file.Stat()
	if err != nil {
		fail(webseedError, fmt.Errorf("web seed: stat ciphertext: %w", err))
		return
	}
	if fi.Size() != f.length {
		fail(webseedError, fmt.Errorf("web seed: ciphertext of %x is %d bytes, its torrent says %d", ih, fi.Size(), f.length))
		return
	}
	h := c.Writer.Header()
	h.Set("Content-Type", "application/octet-stream")
	h.Set("Cache-Control", "private")
	h.Set("ETag", `"`+hex.EncodeToString(ih[:])+`"`) // the info hash commits to every byte
	h.Set("X-Content-Type-Options", "nosniff")
	w := &webseedWriter{ResponseWriter: c.Writer, rc: http.NewResponseController(c.Writer), timeout: s.cfg.WriteTimeout}
	w.extend(time.Now())
	http.ServeContent(w, c.Request, f.name, fi.ModTime(), file)
	switch st := c.Writer.Status(); {
	case st < 400:
		result = webseedServed
		s.metrics.webseedBytes.Add(float64(w.n)) // ciphertext only, not the text of a 416
	case st == http.StatusRequestedRangeNotSatisfiable:
		result = webseedBadRange
	}
}

// webseedFile returns the name and length of the single file of the registered item with
// info hash ih (store.ErrNotFound when there is none, or this gateway has no torrent for it).
func (s *Server) webseedFile(ctx context.Context, ih [20]byte, now time.Time) (webseedFile, error) {
	if f, ok := s.webseedFiles.get(ih, now); ok {
		return f, nil
	}
	id, raw, err := s.deps.Store.RegisteredItemByInfoHash(ctx, ih)
	if err != nil {
		return webseedFile{}, err
	}
	_, info, err := singleFileTorrent(raw)
	if err != nil {
		return webseedFile{}, fmt.Errorf("web seed: %w", err)
	}
	f := webseedFile{contentID: id, name: info.Name, length: info.TotalLength(), until: now.Add(webseedFileTTL)}
	s.webseedFiles.put(ih, f)
	return f, nil
}

// singleFileTorrent decodes a stored torrent and checks that it describes one file with a name
// that is safe as a file name in the content store, as the sealer makes them.
func singleFileTorrent(raw []byte) (*metainfo.MetaInfo, metainfo.Info, error) {
	mi, err := metainfo.Load(bytes.NewReader(raw))
	if err != nil {
		return nil, metainfo.Info{}, fmt.Errorf("stored torrent does not decode: %w", err)
	}
	info, err := mi.UnmarshalInfo()
	if err != nil {
		return nil, metainfo.Info{}, fmt.Errorf("stored torrent's info does not decode: %w", err)
	}
	if validWebseedName(info.Name) != nil || info.IsDir() {
		return nil, metainfo.Info{}, fmt.Errorf("stored torrent names %q, not a single file the gateway sealed", info.Name)
	}
	return mi, info, nil
}

// parseWebseedInfoHash accepts 40 lowercase hex digits, as the seeder writes them.
func parseWebseedInfoHash(s string) ([20]byte, error) {
	var ih [20]byte
	if len(s) != 40 || strings.ToLower(s) != s {
		return ih, invalid("the info hash in a web seed URL must be 40 lowercase hex digits")
	}
	if _, err := hex.Decode(ih[:], []byte(s)); err != nil {
		return ih, invalid("the info hash in a web seed URL must be 40 lowercase hex digits")
	}
	return ih, nil
}

// validWebseedName accepts a single path component: not empty, ".", or "..", without '/', '\'
// or NUL, at most webseedNameMax bytes.
func validWebseedName(name string) error {
	if name == "" || name == "." || name == ".." || len(name) > webseedNameMax || strings.ContainsAny(name, "/\\\x00") {
		return invalid("the file name in a web seed URL must be the torrent's file name: one path component, not . or .., without / or \\")
	}
	return nil
}

// webseedWriter counts the body bytes written and, while they flow, keeps pushing the
// connection's write deadline timeout ahead (a stalled reader still times out).
type webseedWriter struct {
	http.ResponseWriter
	rc       *http.ResponseController
	timeout  time.Duration
	extended time.Time
	n        int64
}

func (w *webseedWriter) extend(now time.Time) {
	if w.timeout <= 0 {
		return
	}
	// ErrNotSupported (a recorder in tests) leaves the server's own deadline in place.
	_ = w.rc.SetWriteDeadline(now.Add(w.timeout))
	w.extended = now
}

func (w *webseedWriter) Write(p []byte) (int, error) {
	if now := time.Now(); now.Sub(w.extended) >= min(webseedExtendEvery, w.timeout/4) {
		w.extend(now)
	}
	n, err := w.ResponseWriter.Write(p)
	w.n += int64(n)
	return n, err
}

// webseedRoute is the web seed's route pattern.
const webseedRoute = "/v1/webseed/:passkey/:infohash/:name"
