package sealed

import (
	"bytes"
	"context"
	"crypto/sha1"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/anacrolix/torrent/bencode"
	"github.com/anacrolix/torrent/metainfo"
)

// TestTorrentMatchesAnacrolix: the torrent built while sealing is the one anacrolix/torrent
// builds from the ciphertext file, and every piece verifies.
func TestTorrentMatchesAnacrolix(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name  string
		size  int
		chunk int
		piece int64
	}{
		{"empty", 0, 0, 0},
		{"one piece", 1000, 0, 0},
		{"default", 3<<20 + 11, 0, 0},
		{"exact pieces", 4*(256<<10) - HeaderSize - 16*TagSize, 0, 0},
		{"small chunks big pieces", 2<<20 + 5, MinChunkSize, 1 << 20},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ct, res := sealBytes(t, randBytes(tt.size, 11), testKey(11), SealOptions{ChunkSize: tt.chunk, PieceLength: tt.piece})
			dir := t.TempDir()
			path := filepath.Join(dir, res.Info.Name)
			if err := os.WriteFile(path, ct, 0o600); err != nil {
				t.Fatal(err)
			}
			info := metainfo.Info{PieceLength: res.Info.PieceLength}
			if err := info.BuildFromFilePath(path); err != nil {
				t.Fatal(err)
			}
			b, err := bencode.Marshal(info)
			if err != nil {
				t.Fatal(err)
			}
			if got := metainfo.HashBytes(b); got != res.InfoHash {
				t.Fatalf("info hash %s, anacrolix builds %s", res.InfoHash.HexString(), got.HexString())
			}
			if !bytes.Equal(b, res.MetaInfo.InfoBytes) {
				t.Fatal("info bytes differ from anacrolix's")
			}
			// The .torrent round-trips and every piece hash matches the ciphertext.
			var buf bytes.Buffer
			if err := res.MetaInfo.Write(&buf); err != nil {
				t.Fatal(err)
			}
			mi, err := metainfo.Load(&buf)
			if err != nil {
				t.Fatal(err)
			}
			got, err := mi.UnmarshalInfo()
			if err != nil {
				t.Fatal(err)
			}
			if got.NumPieces() != int((res.CipherSize+got.PieceLength-1)/got.PieceLength) {
				t.Fatalf("%d pieces for %d bytes", got.NumPieces(), res.CipherSize)
			}
			for i := range got.NumPieces() {
				p := got.Piece(i)
				sum := sha1.Sum(ct[p.Offset() : p.Offset()+p.Length()])
				if !bytes.Equal(sum[:], p.V1Hash().Value.Bytes()) {
					t.Fatalf("piece %d does not verify", i)
				}
			}
			if m, err := res.Magnet(); err != nil || !bytes.Contains([]byte(m), []byte(res.InfoHash.HexString())) {
				t.Fatalf("magnet %q, %v", m, err)
			}
		})
	}
}

func TestChoosePieceLength(t *testing.T) {
	t.Parallel()
	tests := []struct {
		cipher int64
		chunk  int
		want   int64
	}{
		{0, DefaultChunkSize, 256 << 10},
		{4 << 30, DefaultChunkSize, 256 << 10},
		{4<<30 + 1, DefaultChunkSize, 512 << 10},
		{1 << 50, DefaultChunkSize, MaxPieceLength},
		{100, 1 << 20, 1 << 20},
	}
	for _, tt := range tests {
		if got := ChoosePieceLength(tt.cipher, tt.chunk); got != tt.want {
			t.Errorf("ChoosePieceLength(%d, %d) = %d, want %d", tt.cipher, tt.chunk, got, tt.want)
		}
	}
}

// failWriter fails after n bytes.
type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		return 0, errors.New("disk full")
	}
	w.n -= len(p)
	return len(p), nil
}

// cancelReader cancels a context once it has handed out n bytes.
type cancelReader struct {
	r      io.Reader
	n      int
	cancel context.CancelFunc
}

func (c *cancelReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n -= n
	if c.n <= 0 {
		c.cancel()
	}
	return n, err
}

// errReader fails every read.
type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errors.New("network down") }

func TestSealErrors(t *testing.T) {
	t.Parallel()
	key := testKey(12)
	plain := randBytes(3<<20, 12)
	tests := []struct {
		name    string
		src     func(cancel context.CancelFunc) io.Reader
		size    int64
		dst     io.Writer
		opts    SealOptions
		want    error
		wantMsg string
	}{
		{"source shorter", func(context.CancelFunc) io.Reader { return bytes.NewReader(plain[:1000]) }, 5000, io.Discard, SealOptions{}, ErrSourceSize, ""},
		{"source longer", func(context.CancelFunc) io.Reader { return bytes.NewReader(plain) }, 5000, io.Discard, SealOptions{}, ErrSourceSize, ""},
		{"source fails", func(context.CancelFunc) io.Reader { return errReader{} }, 5000, io.Discard, SealOptions{}, nil, "network down"},
		{"write fails", func(context.CancelFunc) io.Reader { return bytes.NewReader(plain) }, int64(len(plain)), &failWriter{n: 1 << 20}, SealOptions{}, nil, "disk full"},
		{"cancelled midway", func(c context.CancelFunc) io.Reader {
			return &cancelReader{r: bytes.NewReader(plain), n: 1 << 20, cancel: c}
		}, int64(len(plain)), io.Discard, SealOptions{}, context.Canceled, ""},
		{"negative size", func(context.CancelFunc) io.Reader { return bytes.NewReader(nil) }, -1, io.Discard, SealOptions{}, ErrInvalidOptions, ""},
		{"chunk not a power of two", func(context.CancelFunc) io.Reader { return bytes.NewReader(nil) }, 0, io.Discard, SealOptions{ChunkSize: 5000}, ErrInvalidOptions, ""},
		{"piece smaller than chunk", func(context.CancelFunc) io.Reader { return bytes.NewReader(nil) }, 0, io.Discard, SealOptions{ChunkSize: 1 << 20, PieceLength: 512 << 10}, ErrInvalidOptions, ""},
		{"piece not a power of two", func(context.CancelFunc) io.Reader { return bytes.NewReader(nil) }, 0, io.Discard, SealOptions{PieceLength: 3 << 16}, ErrInvalidOptions, ""},
		{"piece too large", func(context.CancelFunc) io.Reader { return bytes.NewReader(nil) }, 0, io.Discard, SealOptions{PieceLength: 32 << 20}, ErrInvalidOptions, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			res, err := Seal(ctx, tt.dst, tt.src(cancel), tt.size, key, tt.opts)
			if err == nil || res != nil {
				t.Fatalf("Seal succeeded: %+v", res)
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Fatalf("Seal: %v, want %v", err, tt.want)
			}
			if tt.wantMsg != "" && !bytes.Contains([]byte(err.Error()), []byte(tt.wantMsg)) {
				t.Fatalf("Seal: %v, want it to mention %q", err, tt.wantMsg)
			}
		})
	}
	t.Run("cancelled before start", func(t *testing.T) {
		t.Parallel()
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if _, err := Seal(ctx, io.Discard, bytes.NewReader(plain), int64(len(plain)), key, SealOptions{}); !errors.Is(err, context.Canceled) {
			t.Fatalf("Seal = %v, want context.Canceled", err)
		}
	})
}

func TestSealProgress(t *testing.T) {
	t.Parallel()
	plain := randBytes(5<<20+9, 13)
	var calls []int64
	_, res := sealBytes(t, plain, testKey(13), SealOptions{Workers: 3, Progress: func(done int64) { calls = append(calls, done) }})
	if len(calls) != res.Info.NumPieces() {
		t.Fatalf("%d progress calls for %d pieces", len(calls), res.Info.NumPieces())
	}
	for i := 1; i < len(calls); i++ {
		if calls[i] <= calls[i-1] {
			t.Fatalf("progress went from %d to %d", calls[i-1], calls[i])
		}
	}
	if calls[len(calls)-1] != int64(len(plain)) {
		t.Fatalf("last progress %d, want %d", calls[len(calls)-1], len(plain))
	}
}

// TestSealSingleWorker: the pipeline gives the same bytes whatever the worker count.
func TestSealSingleWorker(t *testing.T) {
	t.Parallel()
	plain := randBytes(2<<20+1, 14)
	id := [FileIDSize]byte{1, 2, 3}
	a, ra := sealBytes(t, plain, testKey(14), SealOptions{Workers: 1, fileID: &id})
	b, rb := sealBytes(t, plain, testKey(14), SealOptions{Workers: 4, fileID: &id})
	if !bytes.Equal(a, b) || ra.InfoHash != rb.InfoHash {
		t.Fatal("worker count changed the output")
	}
}
