package api

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/sealed"
	"github.com/swarmgate/swarmgate/store"
	"github.com/swarmgate/swarmgate/store/keyring"
)

// errCancelled is the cause a sealing job's context carries when its creator cancelled it (as
// opposed to the gateway shutting down, which leaves the upload to be resumed).
var errCancelled = errors.New("upload cancelled by its creator")

// sealer is the service that turns finished uploads into sealed content: a bounded queue and a
// fixed pool of workers. The database is the durable record: an upload in state sealing is
// either queued here, being sealed, or (after a restart) picked up again by resume.
//
// Content store layout, seedable as is: ContentDir/<info hash hex>/<torrent name>, so a seeder
// (storage.NewFile over ContentDir/<info hash hex>) finds the single file of each torrent where
// the torrent's info says it is. Ciphertext is written under ContentDir/.sealing/ first and
// renamed into place just before the content row is committed.
type sealer struct {
	st         *store.Store
	keys       *keyring.Keyring
	log        *slog.Logger
	uploadDir  string
	contentDir string
	workers    int
	queueLen   int
	opts       sealed.SealOptions // chunk and piece sizes; tests shrink them
	metrics    *swarmMetrics
	// beforeCommit, when set (tests), runs after the ciphertext is in place and before the
	// content row is committed.
	beforeCommit func(ctx context.Context, id string)

	mu      sync.Mutex
	cond    *sync.Cond
	queue   []string
	running map[string]context.CancelCauseFunc
	stopped bool
}

func newSealer(cfg Config, st *store.Store, keys *keyring.Keyring, log *slog.Logger, m *swarmMetrics) *sealer {
	s := &sealer{st: st, keys: keys, log: log.With("service", "sealer"), uploadDir: cfg.uploadDir(), contentDir: cfg.contentDir(), metrics: m,
		workers: cfg.SealWorkers, queueLen: cfg.SealQueue, running: map[string]context.CancelCauseFunc{}}
	s.cond = sync.NewCond(&s.mu)
	return s
}

// admit says whether a new upload may start: ErrBusy while the queue is full.
func (s *sealer) admit() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.queue) >= s.queueLen {
		return &wrapped{ErrBusy, fmt.Sprintf("%d uploads are waiting to be sealed; retry in a minute", len(s.queue))}
	}
	return nil
}

// submit queues an upload that is in state sealing. Uploads admitted earlier are always taken,
// so the queue may briefly hold more than its length.
func (s *sealer) submit(id string) {
	s.mu.Lock()
	s.queue = append(s.queue, id)
	s.mu.Unlock()
	s.cond.Signal()
}

// cancel takes upload id off the queue, or stops its running job; it reports whether a job
// was running (that job then deletes the upload's files itself).
func (s *sealer) cancel(id string) (running bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, q := range s.queue {
		if q == id {
			s.queue = append(s.queue[:i], s.queue[i+1:]...)
			return false
		}
	}
	if c, ok := s.running[id]; ok {
		c(errCancelled)
		return true
	}
	return false
}

// isRunning reports whether a worker is sealing upload id.
func (s *sealer) isRunning(id string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.running[id]
	return ok
}

// queued is the number of uploads waiting for a worker.
func (s *sealer) queued() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.queue)
}

// plainPath is where an upload's plaintext lives while it arrives and until it is sealed (tus's
// file store uses the same name, next to <id>.info).
func (s *sealer) plainPath(id string) string { return filepath.Join(s.uploadDir, id) }

// removeUpload deletes an upload's plaintext and tus bookkeeping files.
func (s *sealer) removeUpload(id string) {
	for _, p := range []string{s.plainPath(id), s.plainPath(id) + ".info"} {
		if err := os.Remove(p); err != nil && !errors.Is(err, os.ErrNotExist) {
			s.log.Warn("cannot remove upload file", "upload", id, "err", err)
		}
	}
}

// prepare creates the directories. Run calls it.
func (s *sealer) prepare() error {
	for _, d := range []string{s.uploadDir, s.contentDir, filepath.Join(s.contentDir, ".sealing")} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			return fmt.Errorf("create directory %s: %w", d, err)
		}
	}
	return nil
}

// resume picks up what a previous run left: uploads in sealing are queued again when their
// plaintext is complete, failed otherwise; multipart uploads caught in receiving (they have no
// tus .info file) are failed.
func (s *sealer) resume(ctx context.Context) error {
	sealing, err := s.st.UploadsInState(ctx, store.UploadSealing, store.MaxLimit)
	if err != nil {
		return fmt.Errorf("resume sealing: %w", err)
	}
	for _, u := range sealing {
		fi, err := os.Stat(s.plainPath(u.ID))
		if err == nil && fi.Size() == u.Size {
			s.log.Info("resuming sealing", "upload", u.ID, "size", u.Size)
			s.submit(u.ID)
			continue
		}
		s.fail(ctx, u.ID, store.UploadSealing, "the uploaded file was lost while the gateway restarted; upload it again")
	}
	receiving, err := s.st.UploadsInState(ctx, store.UploadReceiving, store.MaxLimit)
	if err != nil {
		return fmt.Errorf("resume uploads: %w", err)
	}
	for _, u := range receiving {
		if _, err := os.Stat(s.plainPath(u.ID) + ".info"); errors.Is(err, os.ErrNotExist) {
			s.fail(ctx, u.ID, store.UploadReceiving, "the upload was interrupted by a gateway restart; upload it again")
		}
	}
	return nil
}

// fail marks an upload failed and deletes its files.
func (s *sealer) fail(ctx context.Context, id string, from store.UploadState, reason string) {
	if err := s.st.SetUploadState(ctx, id, from, store.UploadFailed, reason, nil); err != nil {
		s.log.Warn("cannot mark upload failed", "upload", id, "err", err)
	}
	s.removeUpload(id)
}

// run starts the workers and returns when ctx ends and every worker has stopped. A job cut
// short by ctx stays in state sealing and is resumed at the next start.
func (s *sealer) run(ctx context.Context) {
	var wg sync.WaitGroup
	for range s.workers {
		wg.Go(func() {
			for {
				id, ok := s.next()
				if !ok {
					return
				}
				s.work(ctx, id)
			}
		})
	}
	<-ctx.Done()
	s.mu.Lock()
	s.stopped = true
	s.mu.Unlock()
	s.cond.Broadcast()
	wg.Wait()
}

// next blocks until a job is queued (ok) or the sealer stops.
func (s *sealer) next() (string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for len(s.queue) == 0 && !s.stopped {
		s.cond.Wait()
	}
	if s.stopped {
		return "", false
	}
	id := s.queue[0]
	s.queue = s.queue[1:]
	return id, true
}

func (s *sealer) work(ctx context.Context, id string) {
	jctx, cancel := context.WithCancelCause(ctx)
	s.mu.Lock()
	s.running[id] = cancel
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.running, id)
		s.mu.Unlock()
		cancel(nil)
	}()
	start := time.Now()
	res, err := s.seal(jctx, id)
	switch {
	case err == nil:
		s.metrics.uploadsSealed.Inc()
		s.metrics.bytesSealed.Add(float64(res.PlainSize))
		s.log.Info("upload sealed", "upload", id, "info_hash", res.InfoHash.HexString(), "size", res.PlainSize, "duration", time.Since(start))
	case errors.Is(context.Cause(jctx), errCancelled) || errors.Is(err, errCancelled):
		s.log.Info("sealing cancelled", "upload", id)
		s.removeUpload(id)
	case ctx.Err() != nil:
		s.log.Info("sealing interrupted by shutdown; it resumes at the next start", "upload", id)
	default:
		s.log.Warn("sealing failed", "upload", id, "err", err)
		reason := "sealing failed; upload the file again (quote the upload id when reporting it)"
		var ue *userError
		if errors.As(err, &ue) {
			reason = ue.msg
		}
		// The background context: the job's may be cancelled by now.
		s.fail(context.WithoutCancel(ctx), id, store.UploadSealing, reason)
	}
}

// userError is a failure whose text is safe and useful for the creator.
type userError struct{ msg string }

func (e *userError) Error() string { return e.msg }

// seal encrypts upload id, moves the ciphertext into the content store and records the item,
// its key and the upload's new state in one transaction. Whatever fails, nothing half-stored
// remains: no content row, no key, no ciphertext.
func (s *sealer) seal(ctx context.Context, id string) (res *sealed.Result, err error) {
	u, err := s.st.Upload(ctx, id)
	if err != nil {
		return nil, err
	}
	if u.State != store.UploadSealing {
		return nil, fmt.Errorf("upload is %s, not sealing", u.State)
	}
	src, err := os.Open(s.plainPath(id))
	if err != nil {
		return nil, fmt.Errorf("open upload: %w", err)
	}
	defer src.Close()
	tmp := filepath.Join(s.contentDir, ".sealing", id)
	dst, err := os.OpenFile(tmp, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return nil, fmt.Errorf("create ciphertext: %w", err)
	}
	var finalDir string
	defer func() {
		_ = dst.Close()
		if err != nil {
			_ = os.Remove(tmp)
			if finalDir != "" {
				_ = os.RemoveAll(finalDir)
			}
		}
	}()

	key, err := sealed.GenerateKey()
	if err != nil {
		return nil, fmt.Errorf("generate content key: %w", err)
	}
	defer clear(key[:])
	opts := s.opts
	var lastReport time.Time
	opts.Progress = func(done int64) {
		if now := time.Now(); now.Sub(lastReport) >= 500*time.Millisecond {
			lastReport = now
			if err := s.st.SetUploadSealed(ctx, id, done); err != nil && ctx.Err() == nil {
				s.log.Debug("cannot record sealing progress", "upload", id, "err", err)
			}
		}
	}
	w := bufio.NewWriterSize(dst, 1<<20)
	res, err = sealed.Seal(ctx, w, src, u.Size, key, opts)
	if err != nil {
		if errors.Is(err, sealed.ErrSourceSize) {
			return nil, &userError{"the uploaded file is not the size that was declared; upload it again"}
		}
		return nil, fmt.Errorf("seal: %w", err)
	}
	if err := w.Flush(); err != nil {
		return nil, fmt.Errorf("write ciphertext: %w", err)
	}
	if err := dst.Sync(); err != nil {
		return nil, fmt.Errorf("write ciphertext: %w", err)
	}
	if err := dst.Close(); err != nil {
		return nil, fmt.Errorf("write ciphertext: %w", err)
	}
	torrent, err := encodeTorrent(res)
	if err != nil {
		return nil, err
	}
	finalDir = filepath.Join(s.contentDir, res.InfoHash.HexString())
	if err := os.MkdirAll(finalDir, 0o700); err != nil {
		return nil, fmt.Errorf("create content directory: %w", err)
	}
	if err := os.Rename(tmp, filepath.Join(finalDir, res.Info.Name)); err != nil {
		return nil, fmt.Errorf("move ciphertext into the content store: %w", err)
	}
	if s.beforeCommit != nil {
		s.beforeCommit(ctx, id)
	}
	if err := ctx.Err(); err != nil {
		return nil, context.Cause(ctx)
	}
	contentHash := common.Hash(res.ContentHash)
	err = s.st.Tx(ctx, func(tx *store.Store) error {
		if _, err := tx.CreateSealedContent(ctx, store.Sealed{
			ContentHash: contentHash, InfoHash: res.InfoHash, KeyCommitment: res.KeyCommitment,
			Title: u.Filename, Creator: common.HexToAddress(u.Creator),
			PlaintextSize: res.PlainSize, CiphertextSize: res.CipherSize, PieceLength: res.Info.PieceLength,
			Torrent: torrent, UploadID: id,
		}); err != nil {
			return err
		}
		if err := tx.PutContentKey(ctx, s.keys, contentHash, key[:]); err != nil {
			return err
		}
		if err := tx.SetUploadSealed(ctx, id, res.PlainSize); err != nil {
			return err
		}
		return tx.SetUploadState(ctx, id, store.UploadSealing, store.UploadSealed, "", &contentHash)
	})
	switch {
	case err == nil:
	case errors.Is(err, store.ErrDuplicate):
		return nil, &userError{"this file was already uploaded (content hash " + contentHash.Hex() + "); its earlier upload is the one to register"}
	case errors.Is(err, store.ErrInvalidArgument) && context.Cause(ctx) == nil:
		// The upload left state sealing meanwhile: the creator cancelled it.
		return nil, errCancelled
	default:
		return nil, fmt.Errorf("record sealed content: %w", err)
	}
	s.removeUpload(id)
	return res, nil
}
