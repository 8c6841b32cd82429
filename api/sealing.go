package api

import (
	"bufio"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/indexer"
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
// renamed into place just before the content row is committed; what a crash between the two
// leaves is removed by sweep (at start, then hourly).
type sealer struct {
	st         *store.Store
	keys       *keyring.Keyring
	log        *slog.Logger
	uploadDir  string
	contentDir string
	// metadataURI names the metadata document of an upload's item (Server.metadataURI).
	metadataURI func(uploadID string) string
	workers     int
	queueLen    int
	opts        sealed.SealOptions // chunk and piece sizes; tests shrink them
	metrics     *swarmMetrics
	// beforeCommit, when set (tests), runs after the ciphertext is in place and before the
	// content row is committed.
	beforeCommit func(ctx context.Context, id string)

	// gatewayID names this gateway's upload directory (prepare reads or creates it); uploads
	// whose files arrive here carry it, and resume takes only those.
	gatewayID string

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

// prepare creates the directories and reads the gateway id of the upload directory. Run
// calls it, before anything is served.
func (s *sealer) prepare() error {
	for _, d := range []string{s.uploadDir, s.contentDir, filepath.Join(s.contentDir, ".sealing")} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			return fmt.Errorf("create directory %s: %w", d, err)
		}
	}
	id, err := loadGatewayID(s.uploadDir)
	if err != nil {
		return err
	}
	s.gatewayID = id
	return nil
}

// gatewayIDFile is the file in the upload directory that names it. Gateways that share a
// database each keep their uploads' files in their own upload directory; the id says whose
// they are, so that a gateway restarting resumes its own uploads and leaves the others'.
const gatewayIDFile = ".gateway-id"

// loadGatewayID reads the upload directory's gateway id, creating it (16 random bytes, hex)
// on first use.
func loadGatewayID(dir string) (string, error) {
	p := filepath.Join(dir, gatewayIDFile)
	for range 2 {
		b, err := os.ReadFile(p)
		if err == nil {
			id := strings.TrimSpace(string(b))
			if len(id) != 32 {
				return "", fmt.Errorf("%s does not hold a gateway id (32 hex digits); remove it to have a new one made", p)
			}
			return id, nil
		}
		if !errors.Is(err, os.ErrNotExist) {
			return "", fmt.Errorf("read the upload directory's gateway id: %w", err)
		}
		f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if errors.Is(err, os.ErrExist) {
			continue // another process made it first: read theirs
		}
		if err != nil {
			return "", fmt.Errorf("create the upload directory's gateway id: %w", err)
		}
		id := newUploadID()
		_, werr := f.WriteString(id + "\n")
		if err := errors.Join(werr, f.Sync(), f.Close()); err != nil {
			_ = os.Remove(p)
			return "", fmt.Errorf("write the upload directory's gateway id: %w", err)
		}
		return id, nil
	}
	return "", fmt.Errorf("%s appeared empty twice; remove it and start again", p)
}

// resume picks up what a previous run of this gateway left (uploads whose files are in its
// upload directory): uploads in sealing are queued again when their plaintext is complete,
// failed otherwise; multipart uploads caught in receiving (they have no tus .info file) are
// failed. Other gateways' uploads are left to them.
func (s *sealer) resume(ctx context.Context) error {
	sealing, err := s.st.UploadsInState(ctx, store.UploadSealing, s.gatewayID, store.MaxLimit)
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
	receiving, err := s.st.UploadsInState(ctx, store.UploadReceiving, s.gatewayID, store.MaxLimit)
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
	title := u.Title
	if title == "" {
		title = u.Filename // uploads from before uploads carried a title
	}
	mimeType := u.MimeType
	if mimeType == "" {
		var head [512]byte
		n, _ := src.ReadAt(head[:], 0)
		mimeType = http.DetectContentType(head[:n])
	}
	var policy store.Policy
	if u.Policy != "" {
		p, bad := policyFields(u.Policy, "policy")
		if len(bad) > 0 {
			return nil, fmt.Errorf("stored policy does not parse: %s", bad[0].Detail)
		}
		policy = indexer.StorePolicy(p)
	}
	var metadataURI string
	if s.metadataURI != nil {
		metadataURI = s.metadataURI(id)
	}
	err = s.st.Tx(ctx, func(tx *store.Store) error {
		posterType, err := tx.PosterType(ctx, id)
		if err != nil {
			return err
		}
		if _, err := tx.CreateSealedContent(ctx, store.Sealed{
			ContentHash: contentHash, InfoHash: res.InfoHash, KeyCommitment: res.KeyCommitment,
			Title: title, Description: u.Description, MimeType: mimeType, PosterType: posterType, MetadataURI: metadataURI,
			Creator: common.HexToAddress(u.Creator), Policy: policy,
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

// Orphan sweep. seal moves the ciphertext to ContentDir/<info hash>/ just before the content
// row commits, so a crash between the two leaves a directory no row refers to; a crash while
// encrypting leaves ContentDir/.sealing/<upload id>. The sweep removes both.
const (
	// orphanGrace is how long an unreferenced content directory is left alone: another
	// gateway sharing the content store may be between moving its ciphertext into place and
	// committing the row (a few milliseconds to seconds).
	orphanGrace = 10 * time.Minute
	// sweepInterval is how often the sweep runs after the one at start, so an orphan left by
	// a crash just before a quick restart does not wait for the next restart.
	sweepInterval = time.Hour
	// sweepBatch is how many directory entries are read at once.
	sweepBatch = 512
)

// sweepResult counts what one sweep removed.
type sweepResult struct {
	Dirs, TempFiles, UploadFiles int
}

// uploadFileSuffixes are the files an upload has in the upload directory: its bytes, tusd's
// .info, and the file locker's .lock and .stop.
var uploadFileSuffixes = []string{"", ".info", ".lock", ".stop"}

// sweep removes content directories (named by a 40-hex-digit info hash, changed more than
// orphanGrace ago) whose info hash no content row knows, files in ContentDir/.sealing/ whose
// upload is not being sealed, and the files in the upload directory of uploads that ended
// (sealed, failed, cancelled or unknown). It never touches a directory a row refers to, a
// file of an upload still receiving or sealing (here or on another gateway sharing the
// directories), or any name it did not make. Each removal is logged.
func (s *sealer) sweep(ctx context.Context, now time.Time) (sweepResult, error) {
	var res sweepResult
	err := readDirBatches(s.contentDir, func(e os.DirEntry) error {
		ih, ok := infoHashDir(e)
		if !ok {
			return nil
		}
		known, err := s.st.HasInfoHash(ctx, ih)
		if err != nil || known {
			return err
		}
		fi, err := e.Info()
		if err != nil || now.Sub(fi.ModTime()) < orphanGrace {
			return nil // gone meanwhile, or possibly being committed
		}
		// Checked again just before removing: a commit may have landed since.
		if known, err := s.st.HasInfoHash(ctx, ih); err != nil || known {
			return err
		}
		if err := os.RemoveAll(filepath.Join(s.contentDir, e.Name())); err != nil {
			s.log.Warn("cannot remove orphaned ciphertext", "infohash", e.Name(), "err", err)
			return nil
		}
		res.Dirs++
		s.log.Info("removed orphaned ciphertext: no content row refers to it", "infohash", e.Name())
		return nil
	})
	if err != nil {
		return res, fmt.Errorf("sweep content store: %w", err)
	}
	tmpDir := filepath.Join(s.contentDir, ".sealing")
	err = readDirBatches(tmpDir, func(e os.DirEntry) error {
		if validUploadID(e.Name()) && e.Type().IsRegular() {
			u, err := s.st.Upload(ctx, e.Name())
			switch {
			case err == nil && u.State == store.UploadSealing:
				return nil
			case err != nil && !errors.Is(err, store.ErrNotFound):
				return err
			}
		}
		if err := os.RemoveAll(filepath.Join(tmpDir, e.Name())); err != nil {
			s.log.Warn("cannot remove stale sealing file", "name", e.Name(), "err", err)
			return nil
		}
		res.TempFiles++
		s.log.Info("removed stale sealing file: its upload is not being sealed", "upload", e.Name())
		return nil
	})
	if err != nil {
		return res, fmt.Errorf("sweep %s: %w", tmpDir, err)
	}
	// Upload files whose upload is over (sealed, failed or cancelled) or unknown: a crash
	// between the state change and the removal leaves them, and so does another gateway
	// cancelling an expired upload whose files are in this gateway's upload directory.
	ended := map[string]bool{}
	err = readDirBatches(s.uploadDir, func(e os.DirEntry) error {
		id, ok := uploadFileID(e)
		if !ok {
			return nil
		}
		gone, seen := ended[id]
		if !seen {
			u, err := s.st.Upload(ctx, id)
			switch {
			case errors.Is(err, store.ErrNotFound):
				gone = true
			case err != nil:
				return err
			default:
				gone = u.State != store.UploadReceiving && u.State != store.UploadSealing
			}
			ended[id] = gone
		}
		if !gone {
			return nil
		}
		if err := os.Remove(filepath.Join(s.uploadDir, e.Name())); err != nil && !errors.Is(err, os.ErrNotExist) {
			s.log.Warn("cannot remove a finished upload's file", "name", e.Name(), "err", err)
			return nil
		}
		res.UploadFiles++
		s.log.Info("removed a finished upload's file", "upload", id, "name", e.Name())
		return nil
	})
	if err != nil {
		return res, fmt.Errorf("sweep %s: %w", s.uploadDir, err)
	}
	if res != (sweepResult{}) {
		s.log.Info("content store swept", "orphaned_dirs", res.Dirs, "stale_sealing_files", res.TempFiles, "finished_upload_files", res.UploadFiles)
	}
	return res, nil
}

// uploadFileID reports whether e is one of an upload's files in the upload directory (see
// uploadFileSuffixes) and names the upload.
func uploadFileID(e os.DirEntry) (string, bool) {
	if !e.Type().IsRegular() || len(e.Name()) < 32 {
		return "", false
	}
	id, suffix := e.Name()[:32], e.Name()[32:]
	return id, validUploadID(id) && slices.Contains(uploadFileSuffixes, suffix)
}

// sweepLogged sweeps once; a failure is logged (the next sweep tries again), since a content
// store that cannot be swept still serves.
func (s *sealer) sweepLogged(ctx context.Context) {
	if _, err := s.sweep(ctx, time.Now()); err != nil && ctx.Err() == nil {
		s.log.Warn("content store sweep failed; it runs again within the hour", "err", err)
	}
}

// sweepEvery runs sweep every interval until ctx ends (the first sweep runs at start, before
// the workers).
func (s *sealer) sweepEvery(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		s.sweepLogged(ctx)
	}
}

// infoHashDir reports whether e is a content directory, named by 40 lowercase hex digits.
func infoHashDir(e os.DirEntry) (ih [20]byte, ok bool) {
	name := e.Name()
	if !e.IsDir() || len(name) != 40 || strings.ToLower(name) != name {
		return ih, false
	}
	if _, err := hex.Decode(ih[:], []byte(name)); err != nil {
		return ih, false
	}
	return ih, true
}

// readDirBatches calls fn for every entry of dir, reading sweepBatch entries at a time so a
// large content store is never listed into memory at once. A missing dir has no entries.
func readDirBatches(dir string, fn func(os.DirEntry) error) error {
	f, err := os.Open(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close()
	for {
		ents, err := f.ReadDir(sweepBatch)
		for _, e := range ents {
			if err := fn(e); err != nil {
				return err
			}
		}
		if errors.Is(err, io.EOF) || len(ents) == 0 {
			return nil
		}
		if err != nil {
			return err
		}
	}
}
