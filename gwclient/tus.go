package gwclient

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	tus "github.com/eventials/go-tus"
)

// DefaultChunkSize is the size of one tus PATCH request: what a dropped connection loses at
// most.
const DefaultChunkSize = 4 << 20

// StateFile remembers the tus upload URL of each file being uploaded, by fingerprint, in a
// JSON file of mode 0600; it is the go-tus Store that makes an upload resumable across runs.
// Its methods never fail (the Store interface has no errors); Err reports the last write that
// did.
type StateFile struct {
	path string
	mu   sync.Mutex
	err  error
}

// OpenState returns the state kept in the file at path (created on first write).
func OpenState(path string) *StateFile { return &StateFile{path: path} }

func (s *StateFile) load() map[string]string {
	m := map[string]string{}
	b, err := os.ReadFile(s.path)
	if err == nil {
		_ = json.Unmarshal(b, &m) // a damaged file only loses the chance to resume
	}
	return m
}

func (s *StateFile) save(m map[string]string) {
	b, _ := json.MarshalIndent(m, "", "  ")
	if err := writeFile0600(s.path, b); err != nil {
		s.err = fmt.Errorf("keep the upload state in %s (the upload cannot resume after a stop): %w", s.path, err)
	}
}

// Get returns the upload URL kept for fingerprint.
func (s *StateFile) Get(fingerprint string) (string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	u, ok := s.load()[fingerprint]
	return u, ok
}

// Set keeps url for fingerprint.
func (s *StateFile) Set(fingerprint, url string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m := s.load()
	m[fingerprint] = url
	s.save(m)
}

// Delete forgets fingerprint: its upload is done.
func (s *StateFile) Delete(fingerprint string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m := s.load()
	if _, ok := m[fingerprint]; !ok {
		return
	}
	delete(m, fingerprint)
	s.save(m)
}

// Close does nothing: every change is written at once.
func (s *StateFile) Close() {}

// Err is the last failure to write the file, or nil.
func (s *StateFile) Err() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

// writeFile0600 replaces path with b atomically, mode 0600, creating its directory (0700).
func writeFile0600(path string, b []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, ".swarmgate-*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if err := f.Chmod(0o600); err != nil {
		f.Close()
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

// Fingerprint names one upload of a file: the gateway, the account, the file's absolute path,
// size and modification time, and the metadata it is sent with. The same command run again on
// the unchanged file finds the same upload; a changed file or changed metadata starts anew.
func Fingerprint(gateway string, account common.Address, file string, fi os.FileInfo, metadata map[string]string) string {
	abs, err := filepath.Abs(file)
	if err != nil {
		abs = file
	}
	keys := make([]string, 0, len(metadata))
	for k := range metadata {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	h := sha256.New()
	for _, k := range keys {
		fmt.Fprintf(h, "%q=%q;", k, metadata[k])
	}
	return fmt.Sprintf("%s|%s|%s|%d|%d|%s", strings.TrimRight(gateway, "/"), account.Hex(), abs, fi.Size(),
		fi.ModTime().UnixNano(), hex.EncodeToString(h.Sum(nil))[:16])
}

// TusOptions describe one resumable upload.
type TusOptions struct {
	File        *os.File
	Size        int64
	Metadata    map[string]string // tus Upload-Metadata: filename, title, description, mime_type, policy
	Fingerprint string            // see Fingerprint
	State       *StateFile
	ChunkSize   int64 // 0 means DefaultChunkSize
	// Progress, when set, is called with the bytes the gateway holds after each chunk (and once
	// at the start with the resumed offset).
	Progress func(sent int64)
	// Retries is how often a failed chunk (a dropped connection, a 5xx) is retried in this run,
	// after a resume from the gateway's offset.
	Retries int
}

// TusResult is a finished tus upload.
type TusResult struct {
	URL     string
	ID      string // the upload id, the last segment of URL
	Resumed bool   // the upload continued one that an earlier run started
	From    int64  // the offset it continued from
}

// ErrTusProtocol means the gateway's tus endpoint answered outside the protocol.
var ErrTusProtocol = errors.New("the gateway's tus endpoint answered outside the tus protocol")

// TusUpload sends o.File to the gateway's tus endpoint (/v1/tus/), resuming the upload that
// o.State keeps for o.Fingerprint when there is one and the gateway still has it. The upload
// URL stays in o.State: forget it (State.Delete) once the upload is registered.
func (c *Client) TusUpload(ctx context.Context, o TusOptions) (TusResult, error) {
	if o.ChunkSize <= 0 {
		o.ChunkSize = DefaultChunkSize
	}
	hc := *c.hc
	base := hc.Transport
	if base == nil {
		base = http.DefaultTransport
	}
	hc.Transport = ctxTransport{ctx: ctx, base: base}
	client, err := tus.NewClient(c.base+"/v1/tus/", &tus.Config{
		ChunkSize: o.ChunkSize, Resume: true, Store: o.State,
		Header: http.Header{"Authorization": {"Bearer " + c.token}}, HttpClient: &hc,
	})
	if err != nil {
		return TusResult{}, err
	}
	upload := tus.NewUpload(o.File, o.Size, tus.Metadata(o.Metadata), o.Fingerprint)
	var res TusResult
	for attempt := 0; ; attempt++ {
		prev, had := o.State.Get(o.Fingerprint)
		uploader, err := client.CreateOrResumeUpload(upload)
		if err == nil {
			if err := o.State.Err(); err != nil {
				return res, err
			}
			if attempt == 0 && had && uploader.Url() == prev {
				res.Resumed, res.From = true, uploader.Offset()
			}
			res.URL = uploader.Url()
			err = c.runUploader(uploader, o.Size, o.Progress)
		}
		if err == nil {
			break
		}
		if ctx.Err() != nil {
			return res, ctx.Err()
		}
		err = tusError(err)
		if attempt >= o.Retries || !retriable(err) {
			return res, fmt.Errorf("upload: %w", err)
		}
		select {
		case <-ctx.Done():
			return res, ctx.Err()
		case <-time.After(time.Duration(attempt+1) * time.Second):
		}
	}
	res.ID = path.Base(strings.TrimRight(res.URL, "/"))
	return res, nil
}

// runUploader uploads every remaining chunk, reporting progress after each. It drives the
// chunks itself rather than through go-tus's NotifyUploadProgress, whose broadcast goroutine
// copies the upload while the next chunk updates it (a data race the race detector reports).
func (c *Client) runUploader(u *tus.Uploader, size int64, progress func(int64)) error {
	for {
		if progress != nil {
			progress(u.Offset())
		}
		if u.Offset() >= size {
			return nil
		}
		if err := u.UploadChunck(); err != nil {
			return err
		}
	}
}

// tusError turns go-tus's errors into problems where the gateway sent one.
func tusError(err error) error {
	var ce tus.ClientError
	switch {
	case errors.As(err, &ce):
		return problem(ce.Code, ce.Body)
	case errors.Is(err, tus.ErrLargeUpload):
		return &Problem{Status: http.StatusRequestEntityTooLarge, Code: "upload_too_large", Detail: "the file is larger than this gateway takes"}
	case errors.Is(err, tus.ErrVersionMismatch):
		return fmt.Errorf("%w: protocol version mismatch", ErrTusProtocol)
	}
	return err
}

// retriable says whether a failed upload may go on from the gateway's offset: a dropped
// connection, a 5xx, an offset the gateway disagrees with.
func retriable(err error) bool {
	var p *Problem
	if errors.As(err, &p) {
		return p.Status >= 500 || p.Status == http.StatusConflict
	}
	return !errors.Is(err, ErrTusProtocol)
}

// ctxTransport binds every request go-tus makes (it takes no context) to ctx, so a cancelled
// command stops the chunk in flight.
type ctxTransport struct {
	ctx  context.Context
	base http.RoundTripper
}

func (t ctxTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	return t.base.RoundTrip(r.WithContext(t.ctx))
}
