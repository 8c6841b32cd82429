package api

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/sealed"
	"github.com/swarmgate/swarmgate/store"
)

// uploadJSON is an upload as its creator sees it.
type uploadJSON struct {
	ID             string            `json:"id"`
	State          store.UploadState `json:"state"`
	Filename       string            `json:"filename"`
	Size           int64             `json:"size"`
	BytesReceived  int64             `json:"bytes_received"`
	BytesSealed    int64             `json:"bytes_sealed"`
	Error          string            `json:"error,omitempty"`
	ContentHash    string            `json:"content_hash,omitempty"`
	InfoHash       string            `json:"info_hash,omitempty"`
	KeyCommitment  string            `json:"key_commitment,omitempty"`
	CiphertextSize int64             `json:"ciphertext_size,omitempty"`
	PieceLength    int64             `json:"piece_length,omitempty"`
	Magnet         string            `json:"magnet,omitempty"`
	CreatedAt      time.Time         `json:"created_at"`
	UpdatedAt      time.Time         `json:"updated_at"`
	ExpiresAt      *time.Time        `json:"expires_at,omitempty"`
	Title          string            `json:"title"`
	Description    string            `json:"description"`
	MimeType       string            `json:"mime_type,omitempty"`
	Policy         *regPolicyJSON    `json:"policy,omitempty"`
	PosterURL      string            `json:"poster_url,omitempty"`
	MetadataURI    string            `json:"metadata_uri,omitempty"`
	ContentID      string            `json:"content_id,omitempty"`
}

func (s *Server) uploadJSON(ctx context.Context, u store.Upload) (uploadJSON, error) {
	out := uploadJSON{ID: u.ID, State: u.State, Filename: u.Filename, Size: u.Size, BytesReceived: u.BytesReceived,
		BytesSealed: u.BytesSealed, Error: u.Error, CreatedAt: u.CreatedAt, UpdatedAt: u.UpdatedAt}
	if u.State == store.UploadReceiving {
		out.ExpiresAt = u.ExpiresAt
	}
	out.Title, out.Description, out.MimeType = u.Title, u.Description, u.MimeType
	if u.Policy != "" {
		if p, bad := policyFields(u.Policy, "policy"); len(bad) == 0 {
			j := toRegPolicyJSON(p)
			out.Policy = &j
		}
	}
	if pt, err := s.deps.Store.PosterType(ctx, u.ID); err != nil {
		return out, err
	} else if pt != "" {
		out.PosterURL = s.posterURL(u.ID)
	}
	if len(u.ContentHash) == 32 && u.State == store.UploadSealed {
		out.ContentHash = "0x" + hex.EncodeToString(u.ContentHash)
		it, err := s.deps.Store.ContentByUpload(ctx, u.ID)
		switch {
		case err == nil:
			out.MimeType, out.MetadataURI = it.MimeType, it.MetadataURI
			if it.ContentID != nil {
				out.ContentID = *it.ContentID
			}
			out.InfoHash = hex.EncodeToString(it.InfoHash)
			out.KeyCommitment = "0x" + hex.EncodeToString(it.KeyCommitment)
			out.CiphertextSize, out.PieceLength = it.CiphertextSize, it.PieceLength
			out.Magnet = "magnet:?xt=urn:btih:" + out.InfoHash
		case !isNotFound(err):
			return out, err
		}
	}
	return out, nil
}

// newUploadID returns a fresh upload id: 32 hex digits (safe as a file name and a tus id).
func newUploadID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// validUploadID accepts what newUploadID makes.
func validUploadID(id string) bool {
	if len(id) != 32 {
		return false
	}
	_, err := hex.DecodeString(id)
	return err == nil && strings.ToLower(id) == id
}

// cleanFilename keeps the base name of a client's file name, as valid UTF-8 of at most 255
// bytes without control characters; it is only shown back to the creator and used as the
// item's default title.
func cleanFilename(name string) string {
	name = strings.ToValidUTF8(path.Base(strings.ReplaceAll(name, `\`, "/")), "")
	name = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, name)
	if name == "." || name == "/" {
		name = ""
	}
	for len(name) > 255 {
		_, size := utf8.DecodeLastRuneInString(name)
		name = name[:len(name)-size]
	}
	return name
}

// encodeTorrent is the .torrent file of sealed content.
func encodeTorrent(res *sealed.Result) ([]byte, error) {
	var buf bytes.Buffer
	if err := res.MetaInfo.Write(&buf); err != nil {
		return nil, fmt.Errorf("encode torrent: %w", err)
	}
	return buf.Bytes(), nil
}

// uploadsReady refuses upload endpoints on a gateway without a keyring.
func (s *Server) uploadsReady() error {
	if s.sealer == nil {
		return &wrapped{ErrUnavailable, "uploads are off on this gateway: it has no master key to seal content keys with"}
	}
	return nil
}

// multipartSlack is what a multipart envelope and the metadata fields before the file (a poster
// of up to maxPosterBytes among them) may add to the file it carries.
const multipartSlack = 128<<10 + maxPosterBytes

// uploadFieldLimits cap each metadata part of a multipart upload.
var uploadFieldLimits = map[string]int64{
	"title": 4 << 10, "description": 32 << 10, "mime_type": 1 << 10, "policy": maxPolicyBytes, "poster": maxPosterBytes,
}

// readUploadFields reads the metadata parts of a multipart upload up to the file part, which it
// returns unread. Unknown, repeated or oversized parts are field errors of raw (reported with
// the rest by validateUpload); a form without a file part is an error at once.
func readUploadFields(mr *multipart.Reader) (rawUploadMeta, *multipart.Part, error) {
	var raw rawUploadMeta
	seen := map[string]bool{}
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			return raw, nil, &fieldsError{ErrInvalidUpload, append(raw.extra, fieldError{"file", "required", "send the file in a part named \"file\", after the metadata fields"})}
		}
		if err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				return raw, nil, err
			}
			return raw, nil, invalid("the multipart body does not parse: %s", strings.TrimPrefix(err.Error(), "multipart: "))
		}
		name := part.FormName()
		if name == "file" {
			return raw, part, nil
		}
		limit, known := uploadFieldLimits[name]
		if !known {
			raw.extra.add(truncate(name, 40), "unknown_field", "unknown form field; an upload takes title, description, mime_type, policy, poster and file")
			continue
		}
		if seen[name] {
			raw.extra.add(name, "repeated", "give %s once", name)
			continue
		}
		seen[name] = true
		b, err := io.ReadAll(io.LimitReader(part, limit+1))
		if err != nil {
			return raw, nil, invalid("the multipart body was cut short in field %s", name)
		}
		if int64(len(b)) > limit {
			code := "too_long"
			if name == "poster" {
				code = "too_large"
			}
			raw.extra.add(name, code, "%s may be at most %d bytes", name, limit)
			continue
		}
		switch name {
		case "title":
			t := string(b)
			raw.Title = &t
		case "description":
			raw.Description = string(b)
		case "mime_type":
			raw.MimeType = strings.TrimSpace(string(b))
		case "policy":
			raw.Policy = string(b)
		case "poster":
			raw.Poster = b
		}
	}
}

// postUpload takes one file in a multipart/form-data request (part "file") and queues it for
// sealing. Larger files go through tus. The upload is recorded (state receiving, its size
// bounded by the request's length) as soon as the file part starts, and the bytes received
// are recorded at most every uploadProgressEvery while it arrives, so GET /v1/uploads shows
// the progress; a DELETE meanwhile stops the request.
func (s *Server) postUpload(c *gin.Context) {
	sess := c.MustGet(ctxSession).(store.Session)
	if err := s.uploadsReady(); err != nil {
		s.abort(c, err)
		return
	}
	if err := noQuery(c); err != nil {
		s.abort(c, err)
		return
	}
	limit := s.cfg.MaxMultipartBytes
	tooLarge := &wrapped{ErrUploadTooLarge, fmt.Sprintf("a multipart upload may carry at most %d bytes; send larger files with tus to /v1/tus/ (up to %d bytes)", limit, s.cfg.MaxUploadBytes)}
	if c.Request.ContentLength > limit+multipartSlack {
		s.abort(c, tooLarge)
		return
	}
	if err := s.sealer.admit(); err != nil {
		s.abort(c, err)
		return
	}
	c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, limit+multipartSlack)
	mr, err := c.Request.MultipartReader()
	if err != nil {
		s.abort(c, invalid("send multipart/form-data: the fields title, description, mime_type, policy and poster first, then the file in a part named \"file\""))
		return
	}
	ctx := c.Request.Context()
	raw, part, err := readUploadFields(mr)
	if err != nil {
		s.abort(c, err)
		return
	}
	raw.Filename = part.FileName()
	meta, err := s.validateUpload(ctx, raw)
	if err != nil {
		s.abort(c, err)
		return
	}
	id := newUploadID()
	bound := limit // the file is at most the request's length, when it is declared
	if cl := c.Request.ContentLength; cl > 0 && cl < bound {
		bound = cl
	}
	if _, err := s.deps.Store.CreateUpload(ctx, store.NewUpload{ID: id, GatewayID: s.sealer.gatewayID, Creator: common.HexToAddress(sess.Address),
		Filename: cleanFilename(part.FileName()), Size: bound, ExpiresAt: s.now().Add(s.cfg.UploadExpiry),
		Title: meta.Title, Description: meta.Description, MimeType: meta.MimeType, Policy: meta.PolicyJSON, Poster: meta.Poster}); err != nil {
		s.abort(c, err)
		return
	}
	n, err := s.receiveMultipart(c, id, part, bound, limit)
	if err == nil {
		if _, perr := mr.NextPart(); !errors.Is(perr, io.EOF) {
			err = invalid("the file must be the last part of the form: send title, description, mime_type, policy and poster before it")
		}
	}
	if err != nil {
		// The request failed: the upload did too (unless it was cancelled or expired
		// meanwhile), and its bytes go.
		ferr := s.deps.Store.SetUploadState(context.WithoutCancel(ctx), id, store.UploadReceiving, store.UploadFailed, problemFor(err).Detail, nil)
		if ferr != nil && !errors.Is(ferr, store.ErrInvalidArgument) {
			s.log.WarnContext(ctx, "cannot mark upload failed", "upload", id, "err", ferr)
		}
		s.sealer.removeUpload(id)
		s.abort(c, err)
		return
	}
	err = s.deps.Store.Tx(ctx, func(tx *store.Store) error {
		if err := tx.SetUploadSize(ctx, id, n); err != nil {
			return err
		}
		if err := tx.SetUploadReceived(ctx, id, n); err != nil {
			return err
		}
		return tx.SetUploadState(ctx, id, store.UploadReceiving, store.UploadSealing, "", nil)
	})
	if err != nil {
		s.sealer.removeUpload(id)
		if errors.Is(err, store.ErrInvalidArgument) {
			err = &wrapped{ErrConflict, "upload " + id + " was cancelled or expired while it arrived"}
		}
		s.abort(c, err)
		return
	}
	s.sealer.submit(id)
	s.uploadCreated(c, id, "multipart", n)
}

// uploadProgressEvery is how often the bytes of a multipart upload that arrived are recorded
// (sealing records its progress as often).
const uploadProgressEvery = 500 * time.Millisecond

// receiveMultipart copies the file part into the upload directory, synced, and returns its
// size; size is the upload's recorded size (an upper bound). The error is the problem to
// answer.
func (s *Server) receiveMultipart(c *gin.Context, id string, part io.Reader, size, limit int64) (int64, error) {
	dst := s.sealer.plainPath(id)
	f, err := os.OpenFile(dst, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return 0, fmt.Errorf("create upload file: %w", err)
	}
	defer f.Close()
	src := &progressCopy{r: &deadlineReader{r: io.LimitReader(part, limit+1), rc: http.NewResponseController(c.Writer), every: s.cfg.ReadTimeout},
		ctx: c.Request.Context(), st: s.deps.Store, id: id, max: size, last: time.Now()}
	n, err := io.Copy(f, src)
	var mbe *http.MaxBytesError
	switch {
	case errors.Is(err, errMultipartStopped):
		return n, &wrapped{ErrConflict, "upload " + id + " was cancelled or expired while it arrived"}
	case errors.As(err, &mbe) || n > limit:
		return n, &wrapped{ErrUploadTooLarge, fmt.Sprintf("a multipart upload may carry at most %d bytes; send larger files with tus to /v1/tus/ (up to %d bytes)", limit, s.cfg.MaxUploadBytes)}
	case err != nil:
		return n, invalid("the upload was cut short: %s; send it again", strings.TrimPrefix(err.Error(), "multipart: "))
	case n == 0:
		return n, invalid("the file is empty; there is nothing to seal")
	}
	if err := f.Sync(); err != nil {
		return n, fmt.Errorf("write upload file: %w", err)
	}
	if err := f.Close(); err != nil {
		return n, fmt.Errorf("write upload file: %w", err)
	}
	return n, nil
}

// errMultipartStopped ends a multipart upload that was cancelled (or expired) while it arrived.
var errMultipartStopped = errors.New("upload stopped while it arrived")

// progressCopy records the bytes read through it as upload id's bytes received (capped at
// max, the recorded size, which an oversized body may pass before it is refused), at most
// every uploadProgressEvery; it stops with errMultipartStopped once the upload left state
// receiving (cancelled or expired).
type progressCopy struct {
	r    io.Reader
	ctx  context.Context
	st   *store.Store
	id   string
	n    int64
	max  int64
	last time.Time
}

func (p *progressCopy) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	p.n += int64(n)
	if now := time.Now(); now.Sub(p.last) >= uploadProgressEvery {
		p.last = now
		if perr := p.st.SetUploadReceived(p.ctx, p.id, min(p.n, p.max)); errors.Is(perr, store.ErrInvalidArgument) {
			return n, errMultipartStopped
		}
	}
	return n, err
}

// uploadCreated answers 202 with the new upload.
func (s *Server) uploadCreated(c *gin.Context, id, via string, size int64) {
	s.log.InfoContext(c.Request.Context(), "upload received", "request_id", requestID(c), "upload", id, "via", via, "size", size)
	u, err := s.deps.Store.Upload(c.Request.Context(), id)
	if err != nil {
		s.abort(c, err)
		return
	}
	out, err := s.uploadJSON(c.Request.Context(), u)
	if err != nil {
		s.abort(c, err)
		return
	}
	c.Header("Location", "/v1/uploads/"+id)
	c.Header("Cache-Control", "no-store")
	c.JSON(http.StatusAccepted, out)
}

// deadlineReader pushes the connection's read deadline forward on every read, so a large body
// that keeps arriving is not cut off by the server's overall read timeout, while a stalled one
// still is.
type deadlineReader struct {
	r     io.Reader
	rc    *http.ResponseController
	every time.Duration
}

func (d *deadlineReader) Read(p []byte) (int, error) {
	_ = d.rc.SetReadDeadline(time.Now().Add(d.every))
	return d.r.Read(p)
}

// ownUpload loads the upload the :id path parameter names, if it belongs to the session's
// account. Another creator's upload is reported as not found.
func (s *Server) ownUpload(c *gin.Context) (store.Upload, error) {
	sess := c.MustGet(ctxSession).(store.Session)
	id := c.Param("id")
	if !validUploadID(id) {
		return store.Upload{}, invalid("upload id must be the 32 hex digits the gateway returned")
	}
	u, err := s.deps.Store.Upload(c.Request.Context(), id)
	if err == nil && !strings.EqualFold(u.Creator, sess.Address) {
		err = store.ErrNotFound
	}
	if err != nil {
		return u, notFoundAs(err, "no upload "+id+" of yours")
	}
	return u, nil
}

// ownUploadToChange is ownUpload for the handlers that change an upload, which need uploads
// to be on (uploadsReady).
func (s *Server) ownUploadToChange(c *gin.Context) (store.Upload, error) {
	if err := s.uploadsReady(); err != nil {
		return store.Upload{}, err
	}
	return s.ownUpload(c)
}

func (s *Server) getUpload(c *gin.Context) {
	if err := noQuery(c); err != nil {
		s.abort(c, err)
		return
	}
	u, err := s.ownUpload(c)
	if err != nil {
		s.abort(c, err)
		return
	}
	out, err := s.uploadJSON(c.Request.Context(), u)
	if err != nil {
		s.abort(c, err)
		return
	}
	c.Header("Cache-Control", "no-store")
	c.JSON(http.StatusOK, out)
}

// listUploads lists the session's own uploads, newest first.
func (s *Server) listUploads(c *gin.Context) {
	if err := noQuery(c); err != nil {
		s.abort(c, err)
		return
	}
	sess := c.MustGet(ctxSession).(store.Session)
	us, err := s.deps.Store.UploadsByCreator(c.Request.Context(), common.HexToAddress(sess.Address), maxPageSize)
	if err != nil {
		s.abort(c, err)
		return
	}
	out := struct {
		Items []uploadJSON `json:"items"`
	}{Items: make([]uploadJSON, 0, len(us))}
	for _, u := range us {
		j, err := s.uploadJSON(c.Request.Context(), u)
		if err != nil {
			s.abort(c, err)
			return
		}
		out.Items = append(out.Items, j)
	}
	c.Header("Cache-Control", "no-store")
	c.JSON(http.StatusOK, out)
}

// deleteUpload is DELETE /v1/uploads/{id}: it cancels an upload that is still arriving or
// being sealed (its bytes are deleted and nothing of it is stored), and discards a sealed one
// that is not registered on-chain (discardSealed). A failed or cancelled upload, or a
// registered one, is a conflict.
func (s *Server) deleteUpload(c *gin.Context) {
	u, err := s.ownUploadToChange(c)
	if err != nil {
		s.abort(c, err)
		return
	}
	if u.State == store.UploadSealed {
		err = s.discardSealed(c.Request.Context(), u)
	} else {
		err = s.cancelUpload(c.Request.Context(), u)
	}
	if err != nil {
		s.abort(c, err)
		return
	}
	c.Status(http.StatusNoContent)
}

// cancelUpload moves u to cancelled, stops its sealing job and deletes its files.
func (s *Server) cancelUpload(ctx context.Context, u store.Upload) error {
	if u.State != store.UploadReceiving && u.State != store.UploadSealing {
		hint := "only an upload still receiving or sealing can be cancelled"
		if u.State == store.UploadSealed {
			hint = "discard a sealed upload with DELETE /v1/uploads/" + u.ID
		}
		return &wrapped{ErrConflict, fmt.Sprintf("upload %s is %s; %s", u.ID, u.State, hint)}
	}
	err := s.deps.Store.SetUploadState(ctx, u.ID, u.State, store.UploadCancelled, "cancelled by its creator", nil)
	if errors.Is(err, store.ErrInvalidArgument) {
		return &wrapped{ErrConflict, fmt.Sprintf("upload %s changed state meanwhile; look at it again", u.ID)}
	}
	if err != nil {
		return err
	}
	if !s.sealer.cancel(u.ID) {
		// Not being sealed: delete the bytes here. A running job deletes its own when it stops.
		s.sealer.removeUpload(u.ID)
	}
	s.log.InfoContext(ctx, "upload cancelled", "upload", u.ID, "was", u.State)
	return nil
}

// discardSealed deletes sealed upload u's item before it is registered on-chain: the content
// row and the encrypted content key, in one transaction with the upload's move to cancelled,
// then (once that committed) the ciphertext directory. A registered item can never be
// deleted: viewers may have paid for it, and its key is what they paid for.
//
// It refuses, in this order: while this gateway relays a registration of u (409 conflict,
// until the relay ends: then the item is registered or the relay failed); an item whose
// registration the indexer recorded, or that the registry knows at the latest block (409
// already_registered); and when the registry does not answer (503: an item that might be
// registered keeps its key).
//
// Without a chain (no Registry) the registry cannot be asked, and the upload is discarded
// on what the database says. Such a gateway neither offers registrations (GET
// .../registration is 503) nor relays them, and runs no indexer, so nothing can have
// registered the item through it; a creator who registered it by hand from the hashes GET
// /v1/uploads/{id} shows, and then discards it here, gives up their own key.
//
// What it cannot see: a registration sent from the creator's own wallet, or relayed by
// another gateway on the same database, that lands between the registry check and the
// commit; both are the creator's own doing.
func (s *Server) discardSealed(ctx context.Context, u store.Upload) error {
	release, holder := s.claims.claim(u.ID, claimDiscarding)
	if release == nil {
		return &wrapped{ErrConflict, fmt.Sprintf("upload %s is %s right now; look at it again in a minute (a registered item cannot be deleted)", u.ID, holder)}
	}
	defer release()
	if len(u.ContentHash) != 32 {
		return fmt.Errorf("sealed upload %s has no content hash", u.ID)
	}
	hash := common.BytesToHash(u.ContentHash)
	item, err := s.deps.Store.ContentByHash(ctx, hash)
	if err != nil {
		return err
	}
	switch {
	case item.ContentID != nil:
		return &wrapped{ErrAlreadyRegistered, fmt.Sprintf("upload %s is registered as content %s; registered items cannot be deleted", u.ID, *item.ContentID)}
	case item.UploadID == nil || *item.UploadID != u.ID:
		return &wrapped{ErrConflict, fmt.Sprintf("the item of upload %s was sealed from another upload; it is not this upload's to delete", u.ID)}
	}
	if s.deps.Registry != nil {
		switch id, err := s.deps.Registry.ContentIDOf(ctx, common.HexToAddress(u.Creator), hash); {
		case err == nil:
			return &wrapped{ErrAlreadyRegistered, fmt.Sprintf("upload %s is registered as content %s; registered items cannot be deleted", u.ID, id)}
		case !errors.Is(err, chain.ErrUnknownContent):
			s.log.WarnContext(ctx, "look up content id failed", "upload", u.ID, "err", err)
			return &wrapped{ErrUnavailable, "the chain did not answer, so the gateway cannot tell whether the item is registered; try again shortly"}
		}
	}
	err = s.deps.Store.Tx(ctx, func(tx *store.Store) error {
		if err := tx.SetUploadState(ctx, u.ID, store.UploadSealed, store.UploadCancelled, "discarded by its creator before registration", nil); err != nil {
			return err
		}
		item, err = tx.DeleteUnregisteredContent(ctx, hash)
		return err
	})
	switch {
	case errors.Is(err, store.ErrRegistered):
		return &wrapped{ErrAlreadyRegistered, fmt.Sprintf("upload %s was registered meanwhile; registered items cannot be deleted", u.ID)}
	case errors.Is(err, store.ErrInvalidArgument):
		return &wrapped{ErrConflict, fmt.Sprintf("upload %s changed state meanwhile; look at it again", u.ID)}
	case err != nil:
		return err
	}
	var ih [20]byte
	copy(ih[:], item.InfoHash)
	s.forgetInfoHash(ih)
	s.removeCiphertext(ctx, ih)
	s.log.InfoContext(ctx, "sealed upload discarded", "upload", u.ID, "infohash", hex.EncodeToString(ih[:]))
	return nil
}

// removeCiphertext deletes ContentDir/<info hash> unless a content row still refers to it.
// A failure is logged: the sweep removes what is left.
func (s *Server) removeCiphertext(ctx context.Context, ih [20]byte) {
	name := hex.EncodeToString(ih[:])
	if known, err := s.deps.Store.HasInfoHash(ctx, ih); err != nil || known {
		if err != nil {
			s.log.WarnContext(ctx, "ciphertext left for the sweep", "infohash", name, "err", err)
		}
		return
	}
	if err := os.RemoveAll(filepath.Join(s.cfg.contentDir(), name)); err != nil {
		s.log.WarnContext(ctx, "ciphertext left for the sweep", "infohash", name, "err", err)
	}
}

// forgetInfoHash drops ih from the tracker's cache of known torrents.
func (s *Server) forgetInfoHash(ih [20]byte) {
	s.known.mu.Lock()
	delete(s.known.until, ih)
	s.known.mu.Unlock()
}

// What holds an upload claim.
const (
	claimRelaying   = "having its registration relayed"
	claimDiscarding = "being discarded"
)

// uploadClaims keeps apart, per sealed upload on this gateway, the two things that must not
// overlap: relaying its registration and discarding it.
type uploadClaims struct {
	mu sync.Mutex
	by map[string]string // upload id → what holds it
}

// claim takes upload id for what; if something holds it already, release is nil and holder
// says what.
func (c *uploadClaims) claim(id, what string) (release func(), holder string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if h, ok := c.by[id]; ok {
		return nil, h
	}
	if c.by == nil {
		c.by = map[string]string{}
	}
	c.by[id] = what
	return func() {
		c.mu.Lock()
		delete(c.by, id)
		c.mu.Unlock()
	}, ""
}
