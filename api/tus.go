package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/tus/tusd/v2/pkg/filelocker"
	"github.com/tus/tusd/v2/pkg/filestore"
	tusd "github.com/tus/tusd/v2/pkg/handler"
	xslog "golang.org/x/exp/slog"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/store"
)

// tusBase is where the tus endpoint is mounted.
const tusBase = "/v1/tus/"

// tusCaller is what the gin side hands tusd's hooks through the request context.
type tusCaller struct {
	session   store.Session
	requestID string
}

type tusCallerKey struct{}

// newTus builds the tus endpoint (resumable uploads, github.com/tus/tusd/v2) over a file store
// in the upload directory: a tus upload's bytes are UploadDir/<id>, next to tusd's
// UploadDir/<id>.info, and sealing reads them from there. It does no I/O.
func (s *Server) newTus() (http.Handler, error) {
	dir := s.cfg.uploadDir()
	composer := tusd.NewStoreComposer()
	composer.UseCore(progressStore{FileStore: filestore.New(dir), s: s})
	filelocker.New(dir).UseIn(composer)
	h, err := tusd.NewUnroutedHandler(tusd.Config{
		StoreComposer:        composer,
		MaxSize:              s.cfg.MaxUploadBytes,
		BasePath:             strings.TrimSuffix(s.cfg.PublicURL, "/") + tusBase,
		DisableDownload:      true,
		DisableTermination:   true, // DELETE is ours: it cancels the upload (cancelUpload)
		DisableConcatenation: true,
		Cors:                 s.corsPolicy.tusConfig(),
		NetworkTimeout:       s.cfg.ReadTimeout,
		Logger:               xslog.New(xslog.NewTextHandler(logLines{s.log.With("service", "tus")}, &xslog.HandlerOptions{Level: xslog.LevelWarn})),

		PreUploadCreateCallback:   s.tusPreCreate,
		PreFinishResponseCallback: s.tusPreFinish,
	})
	if err != nil {
		return nil, fmt.Errorf("tus handler: %w", err)
	}
	mux := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodPost:
			h.PostFile(w, r)
		case http.MethodHead:
			h.HeadFile(w, r)
		case http.MethodPatch:
			h.PatchFile(w, r)
		default:
			w.WriteHeader(http.StatusMethodNotAllowed)
		}
	})
	return http.StripPrefix(tusBase, h.Middleware(mux)), nil
}

// logLines forwards tusd's log lines (golang.org/x/exp/slog) to the gateway's logger.
type logLines struct{ log *slog.Logger }

func (l logLines) Write(p []byte) (int, error) {
	l.log.Warn("tus", "line", strings.TrimSpace(string(p)))
	return len(p), nil
}

// tusProblem is a tusd error whose body is the problem document err maps to, so tus
// endpoints fail like every other endpoint.
func tusProblem(ctx context.Context, err error) tusd.Error {
	p := problemFor(err)
	if c, ok := ctx.Value(tusCallerKey{}).(tusCaller); ok {
		p.Instance = c.requestID
	}
	body, _ := json.Marshal(p)
	e := tusd.NewError(strings.ToUpper("ERR_"+p.Code), p.Detail, p.Status)
	e.HTTPResponse.Body = string(body) + "\n"
	e.HTTPResponse.Header = tusd.HTTPHeader{"Content-Type": ProblemContentType, "Cache-Control": "no-store"}
	return e
}

// Upload-Metadata keys a tus upload reads: filename, title, description, mime_type (or
// filetype, as tus-js-client and Uppy name it) and policy; others are ignored. The poster is
// set with PUT /v1/uploads/{id}/poster.

// tusPreCreate admits a new tus upload: a declared, non-zero size within the limit, room in
// the sealing queue; it records the upload for the session's account and picks its id.
func (s *Server) tusPreCreate(ev tusd.HookEvent) (tusd.HTTPResponse, tusd.FileInfoChanges, error) {
	ctx := ev.Context
	caller, ok := ctx.Value(tusCallerKey{}).(tusCaller)
	if !ok {
		return tusd.HTTPResponse{}, tusd.FileInfoChanges{}, tusProblem(ctx, &wrapped{ErrTokenMissing, "this endpoint needs a session"})
	}
	info := ev.Upload
	switch {
	case info.SizeIsDeferred:
		return tusd.HTTPResponse{}, tusd.FileInfoChanges{}, tusProblem(ctx, invalid("declare the file size with Upload-Length; deferred lengths are not supported"))
	case info.Size <= 0:
		return tusd.HTTPResponse{}, tusd.FileInfoChanges{}, tusProblem(ctx, invalid("the file is empty; there is nothing to seal"))
	case info.Size > s.cfg.MaxUploadBytes:
		return tusd.HTTPResponse{}, tusd.FileInfoChanges{}, tusProblem(ctx, &wrapped{ErrUploadTooLarge, fmt.Sprintf("uploads may be at most %d bytes", s.cfg.MaxUploadBytes)})
	}
	if err := s.sealer.admit(); err != nil {
		return tusd.HTTPResponse{}, tusd.FileInfoChanges{}, tusProblem(ctx, err)
	}
	md := info.MetaData
	raw := rawUploadMeta{Filename: md["filename"], Description: md["description"], MimeType: strings.TrimSpace(md["mime_type"]), Policy: md["policy"]}
	if t, ok := md["title"]; ok {
		raw.Title = &t
	}
	if raw.MimeType == "" {
		raw.MimeType = strings.TrimSpace(md["filetype"]) // what tus-js-client and Uppy send
	}
	meta, err := s.validateUpload(ctx, raw)
	if err != nil {
		return tusd.HTTPResponse{}, tusd.FileInfoChanges{}, tusProblem(ctx, err)
	}
	id := newUploadID()
	name := cleanFilename(md["filename"])
	_, err = s.deps.Store.CreateUpload(ctx, store.NewUpload{ID: id, GatewayID: s.sealer.gatewayID, Creator: common.HexToAddress(caller.session.Address),
		Filename: name, Size: info.Size, ExpiresAt: s.now().Add(s.cfg.UploadExpiry),
		Title: meta.Title, Description: meta.Description, MimeType: meta.MimeType, Policy: meta.PolicyJSON})
	if err != nil {
		return tusd.HTTPResponse{}, tusd.FileInfoChanges{}, tusProblem(ctx, err)
	}
	s.log.InfoContext(ctx, "upload started", "request_id", caller.requestID, "upload", id, "via", "tus", "size", info.Size)
	return tusd.HTTPResponse{}, tusd.FileInfoChanges{ID: id, MetaData: tusd.MetaData{"filename": name}}, nil
}

// tusPreFinish runs when the last byte of a tus upload is stored: the upload moves to sealing
// and joins the queue.
func (s *Server) tusPreFinish(ev tusd.HookEvent) (tusd.HTTPResponse, error) {
	ctx, id := ev.Context, ev.Upload.ID
	err := s.deps.Store.Tx(ctx, func(tx *store.Store) error {
		if err := tx.SetUploadReceived(ctx, id, ev.Upload.Size); err != nil {
			return err
		}
		return tx.SetUploadState(ctx, id, store.UploadReceiving, store.UploadSealing, "", nil)
	})
	if errors.Is(err, store.ErrInvalidArgument) {
		return tusd.HTTPResponse{}, tusProblem(ctx, &wrapped{ErrConflict, "upload " + id + " was cancelled or expired before its last byte arrived"})
	}
	if err != nil {
		return tusd.HTTPResponse{}, tusProblem(ctx, err)
	}
	s.sealer.submit(id)
	s.log.InfoContext(ctx, "upload received", "upload", id, "via", "tus", "size", ev.Upload.Size)
	return tusd.HTTPResponse{}, nil
}

// bodyLimitExempt names the routes whose bodies the upload limits cap instead of
// MaxBodyBytes, and the web seed, which reads no body and streams large responses.
func bodyLimitExempt(route string) bool {
	return route == "/v1/uploads" || route == "/v1/uploads/:id/poster" || route == tusBase || route == tusBase+":id" || route == webseedRoute
}

// tusCreate is POST /v1/tus/: tus creation (and creation-with-upload).
func (s *Server) tusCreate(c *gin.Context) {
	if err := s.uploadsReady(); err != nil {
		s.abort(c, err)
		return
	}
	s.serveTus(c)
}

// tusUpload is HEAD, PATCH and DELETE /v1/tus/{id} on the caller's own upload. DELETE cancels
// it; HEAD on an upload that is complete answers from the database (its tus files are gone).
func (s *Server) tusUpload(c *gin.Context) {
	u, err := s.ownUploadToChange(c)
	if err != nil {
		s.abort(c, err)
		return
	}
	c.Header("Tus-Resumable", "1.0.0")
	switch {
	case c.Request.Method == http.MethodDelete:
		if err := s.cancelUpload(c.Request.Context(), u); err != nil {
			s.abort(c, err)
			return
		}
		c.Status(http.StatusNoContent)
		return
	case u.State == store.UploadCancelled || u.State == store.UploadFailed:
		s.abort(c, &wrapped{ErrNotFound, fmt.Sprintf("upload %s is %s; start a new one", u.ID, u.State)})
		return
	case u.State != store.UploadReceiving && c.Request.Method == http.MethodHead:
		c.Header("Upload-Offset", strconv.FormatInt(u.Size, 10))
		c.Header("Upload-Length", strconv.FormatInt(u.Size, 10))
		c.Header("Cache-Control", "no-store")
		c.Status(http.StatusOK)
		return
	case u.State != store.UploadReceiving:
		s.abort(c, &wrapped{ErrConflict, fmt.Sprintf("upload %s is complete (%s); nothing more to send", u.ID, u.State)})
		return
	}
	s.serveTus(c)
}

func (s *Server) serveTus(c *gin.Context) {
	sess := c.MustGet(ctxSession).(store.Session)
	// Method overrides would let a request reach another handler than the route checked.
	c.Request.Header.Del("X-HTTP-Method-Override")
	s.corsForTus(c.Writer, c.Request)
	ctx := context.WithValue(c.Request.Context(), tusCallerKey{}, tusCaller{session: sess, requestID: requestID(c)})
	s.tusHTTP.ServeHTTP(c.Writer, c.Request.WithContext(ctx))
}

// progressStore is tusd's file store with the bytes received recorded in the database as they
// arrive (at most once a second per request, and at the end of each request).
type progressStore struct {
	filestore.FileStore
	s *Server
}

func (p progressStore) NewUpload(ctx context.Context, info tusd.FileInfo) (tusd.Upload, error) {
	u, err := p.FileStore.NewUpload(ctx, info)
	if err != nil {
		return nil, err
	}
	return progressUpload{Upload: u, s: p.s, id: info.ID}, nil
}

func (p progressStore) GetUpload(ctx context.Context, id string) (tusd.Upload, error) {
	u, err := p.FileStore.GetUpload(ctx, id)
	if err != nil {
		return nil, err
	}
	return progressUpload{Upload: u, s: p.s, id: id}, nil
}

type progressUpload struct {
	tusd.Upload
	s  *Server
	id string
}

func (u progressUpload) WriteChunk(ctx context.Context, offset int64, src io.Reader) (int64, error) {
	r := &progressReader{r: src, ctx: ctx, u: u, at: offset, last: time.Now()}
	n, err := u.Upload.WriteChunk(ctx, offset, r)
	if n > 0 && !r.stopped {
		if perr := u.s.deps.Store.SetUploadReceived(context.WithoutCancel(ctx), u.id, offset+n); perr != nil {
			u.s.log.Debug("cannot record upload progress", "upload", u.id, "err", perr)
		}
	}
	return n, err
}

// errUploadStopped ends a PATCH whose upload was cancelled (or expired) while it ran.
var errUploadStopped = tusd.NewError("ERR_UPLOAD_STOPPED", "the upload was cancelled or expired while it was being sent", http.StatusGone)

type progressReader struct {
	r       io.Reader
	ctx     context.Context
	u       progressUpload
	at      int64
	last    time.Time
	stopped bool
}

func (p *progressReader) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	p.at += int64(n)
	if now := time.Now(); now.Sub(p.last) >= time.Second {
		p.last = now
		perr := p.u.s.deps.Store.SetUploadReceived(p.ctx, p.u.id, p.at)
		if errors.Is(perr, store.ErrInvalidArgument) {
			p.stopped = true
			return n, errUploadStopped
		}
	}
	return n, err
}
