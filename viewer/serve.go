package viewer

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync"
	"time"

	"github.com/anacrolix/torrent"

	"github.com/swarmgate/swarmgate/sealed"
)

// handler serves the plaintext at /<file name> (and /) with HTTP Range support. Each request
// reads through its own torrent Reader, whose readahead window follows the request's position,
// so the pieces a player asks for are wanted first and a seek far ahead does not wait for the
// pieces before it.
func (v *Viewer) handler() http.Handler {
	name := "/" + v.fileName()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" && r.URL.Path != name {
			http.NotFound(w, r)
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		pr, err := v.NewReader(r.Context())
		if err != nil {
			v.log.Warn("cannot open the item for a request", "err", err)
			http.Error(w, "the item cannot be read: "+err.Error(), http.StatusServiceUnavailable)
			return
		}
		defer pr.Close()
		w.Header().Set("Cache-Control", "no-store")
		http.ServeContent(w, r, v.fileName(), time.Time{}, pr)
	})
}

// PlainReader reads an item's plaintext from the swarm: Read and Seek on the plaintext,
// decrypted and authenticated chunk by chunk, over a torrent Reader that wants the pieces under
// and ahead of the read position first.
type PlainReader struct {
	*sealed.Reader
	tr torrent.Reader
}

// Close releases the torrent Reader (its piece priorities).
func (p *PlainReader) Close() error { return p.tr.Close() }

// NewReader returns a reader of the plaintext for reads bound to ctx: it blocks until the bytes
// asked for are downloaded and verified. Close it when done.
func (v *Viewer) NewReader(ctx context.Context) (*PlainReader, error) {
	v.mu.Lock()
	tor, key, readahead := v.tor, v.key, v.cfg.Readahead
	v.mu.Unlock()
	if tor == nil {
		if err := ctx.Err(); err != nil {
			return nil, err // stopped because the caller gave up (Ctrl-C): say so, not "not running"
		}
		return nil, ErrNotRunning
	}
	tr := tor.NewReader()
	tr.SetContext(ctx)
	tr.SetReadahead(readahead)
	sr, err := sealed.Open(&readerAt{r: tr}, tor.Length(), key)
	if err != nil {
		tr.Close()
		if errors.Is(err, sealed.ErrWrongKey) {
			return nil, fmt.Errorf("%w: %v", ErrKeyMismatch, err)
		}
		return nil, err
	}
	return &PlainReader{Reader: sr, tr: tr}, nil
}

// readerAt maps ReadAt onto a torrent Reader: a seek (which moves the Reader's piece
// priorities) and a full read. sealed.Reader reads whole chunks, so reads are sequential within
// a chunk and seek only across chunks.
type readerAt struct {
	mu  sync.Mutex
	r   torrent.Reader
	pos int64
}

func (a *readerAt) ReadAt(p []byte, off int64) (int, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if off != a.pos {
		if _, err := a.r.Seek(off, io.SeekStart); err != nil {
			return 0, err
		}
		a.pos = off
	}
	n, err := io.ReadFull(a.r, p)
	a.pos += int64(n)
	if errors.Is(err, io.ErrUnexpectedEOF) {
		err = io.EOF
	}
	return n, err
}
