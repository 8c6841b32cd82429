package api

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"

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
}

func (s *Server) uploadJSON(ctx context.Context, u store.Upload) (uploadJSON, error) {
	out := uploadJSON{ID: u.ID, State: u.State, Filename: u.Filename, Size: u.Size, BytesReceived: u.BytesReceived,
		BytesSealed: u.BytesSealed, Error: u.Error, CreatedAt: u.CreatedAt, UpdatedAt: u.UpdatedAt}
	if u.State == store.UploadReceiving {
		out.ExpiresAt = u.ExpiresAt
	}
	if len(u.ContentHash) == 32 {
		out.ContentHash = "0x" + hex.EncodeToString(u.ContentHash)
		it, err := s.deps.Store.ContentByHash(ctx, common.BytesToHash(u.ContentHash))
		switch {
		case err == nil:
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

// multipartSlack is what a multipart envelope may add to the file it carries.
const multipartSlack = 64 << 10

// postUpload takes one file in a multipart/form-data request (part "file") and queues it for
// sealing. Larger files go through tus.
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
		s.abort(c, invalid("send multipart/form-data with the file in a part named \"file\""))
		return
	}
	part, err := mr.NextPart()
	if err != nil || part.FormName() != "file" {
		s.abort(c, invalid("the first part of the form must be the file, named \"file\""))
		return
	}
	id := newUploadID()
	dst := s.sealer.plainPath(id)
	f, err := os.OpenFile(dst, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		s.abort(c, fmt.Errorf("create upload file: %w", err))
		return
	}
	keep := false
	defer func() {
		if !keep {
			_ = f.Close()
			_ = os.Remove(dst)
		}
	}()
	n, err := io.Copy(f, &deadlineReader{r: io.LimitReader(part, limit+1), rc: http.NewResponseController(c.Writer), every: s.cfg.ReadTimeout})
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &mbe) || n > limit:
		s.abort(c, tooLarge)
		return
	case err != nil:
		s.abort(c, invalid("the upload was cut short: %s; send it again", strings.TrimPrefix(err.Error(), "multipart: ")))
		return
	case n == 0:
		s.abort(c, invalid("the file is empty; there is nothing to seal"))
		return
	}
	if err := f.Sync(); err != nil {
		s.abort(c, fmt.Errorf("write upload file: %w", err))
		return
	}
	if err := f.Close(); err != nil {
		s.abort(c, fmt.Errorf("write upload file: %w", err))
		return
	}
	ctx := c.Request.Context()
	creator := common.HexToAddress(sess.Address)
	err = s.deps.Store.Tx(ctx, func(tx *store.Store) error {
		if _, err := tx.CreateUpload(ctx, store.NewUpload{ID: id, Creator: creator, Filename: cleanFilename(part.FileName()), Size: n}); err != nil {
			return err
		}
		if err := tx.SetUploadReceived(ctx, id, n); err != nil {
			return err
		}
		return tx.SetUploadState(ctx, id, store.UploadReceiving, store.UploadSealing, "", nil)
	})
	if err != nil {
		s.abort(c, err)
		return
	}
	keep = true
	s.sealer.submit(id)
	s.uploadCreated(c, id, "multipart", n)
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

// deleteUpload cancels an upload that is still arriving or being sealed; its bytes are
// deleted and nothing of it is stored. A sealed, failed or cancelled upload is a conflict.
func (s *Server) deleteUpload(c *gin.Context) {
	if err := s.uploadsReady(); err != nil {
		s.abort(c, err)
		return
	}
	u, err := s.ownUpload(c)
	if err != nil {
		s.abort(c, err)
		return
	}
	if err := s.cancelUpload(c.Request.Context(), u); err != nil {
		s.abort(c, err)
		return
	}
	c.Status(http.StatusNoContent)
}

// cancelUpload moves u to cancelled, stops its sealing job and deletes its files.
func (s *Server) cancelUpload(ctx context.Context, u store.Upload) error {
	if u.State != store.UploadReceiving && u.State != store.UploadSealing {
		return &wrapped{ErrConflict, fmt.Sprintf("upload %s is %s; only an upload still receiving or sealing can be cancelled", u.ID, u.State)}
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
