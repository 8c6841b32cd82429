package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/swarmgate/swarmgate/sealed"
)

// contentCmd seals files for the swarm and opens sealed files.
type contentCmd struct {
	Upload contentUploadCmd `cmd:"" help:"Upload a file to a gateway (resumable) with its title, poster and price, register it on-chain (gasless by default) and wait until the catalog lists it."`
	Mine   contentMineCmd   `cmd:"" help:"List your items at a gateway with their price and sales, and the revenue the registry owes you per currency."`
	Policy contentPolicyCmd `cmd:"" help:"Change the access policy (price, rental, splits, gate) of an item you own."`
	Seal   contentSealCmd   `cmd:"" help:"Encrypt a file for the swarm: write the ciphertext, its .torrent, a JSON description and a new content key into a directory."`
	Open   contentOpenCmd   `cmd:"" help:"Decrypt sealed content, whole or a byte range, into a file."`
	List   contentListCmd   `cmd:"" help:"List the gateway's catalog: title, policy in words and (with the chain flags) your access."`
	Show   contentShowCmd   `cmd:"" help:"Show one item: title, creator, policy in words, listed seeders and their prices, and (with the chain flags) your access and until when."`
}

type contentSealCmd struct {
	File        string `arg:"" help:"Plaintext file to seal."`
	Out         string `required:"" placeholder:"DIR" help:"Directory for the outputs (created if missing): NAME (ciphertext), NAME.torrent, NAME.json and NAME.key, where NAME comes from the random file id."`
	KeyOut      string `placeholder:"PATH" help:"Write the new content key here instead of DIR/NAME.key (hex, mode 0600; an existing file is never overwritten)."`
	PrintKey    bool   `help:"Also print the content key on stdout (in the JSON with --json). Anyone with the key can decrypt the content."`
	ChunkSize   int    `default:"65536" help:"Sealed chunk size in bytes: a power of two from 4096 to 16777216."`
	PieceLength int64  `default:"0" help:"Torrent piece length in bytes: a power of two, a multiple of the chunk size; 0 picks 256 KiB, more for ciphertext above 4 GiB."`
}

// sealDescription is what `content seal` writes to NAME.json and prints with --json. Hashes that
// go on-chain are 0x-prefixed bytes32; the info hash is the usual 40 hex digits.
type sealDescription struct {
	Name          string `json:"name"`
	InfoHash      string `json:"infoHash"`
	Magnet        string `json:"magnet"`
	ContentHash   string `json:"contentHash"`
	KeyCommitment string `json:"keyCommitment"`
	PlainSize     int64  `json:"plainSize"`
	CipherSize    int64  `json:"cipherSize"`
	ChunkSize     int    `json:"chunkSize"`
	PieceLength   int64  `json:"pieceLength"`
	Pieces        int    `json:"pieces"`
	FileID        string `json:"fileId"`
	Ciphertext    string `json:"ciphertext"`
	Torrent       string `json:"torrent"`
	KeyFile       string `json:"keyFile"`
	Key           string `json:"key,omitempty"`
}

func (c *contentSealCmd) Run(ctx context.Context, g *globals) error {
	in, err := os.Open(c.File)
	if err != nil {
		return fmt.Errorf("open plaintext: %w", err)
	}
	defer in.Close()
	st, err := in.Stat()
	if err != nil {
		return fmt.Errorf("open plaintext: %w", err)
	}
	if !st.Mode().IsRegular() {
		return fmt.Errorf("plaintext %s is not a regular file", c.File)
	}
	if c.KeyOut != "" {
		if _, err := os.Lstat(c.KeyOut); err == nil {
			return fmt.Errorf("key file %s already exists: choose another --key-out, a content key is never overwritten", c.KeyOut)
		}
	}
	if err := os.MkdirAll(c.Out, 0o755); err != nil {
		return fmt.Errorf("create output directory: %w", err)
	}
	key, err := sealed.GenerateKey()
	if err != nil {
		return err
	}

	var files pendingFiles
	defer files.abort()
	ct, err := files.create(c.Out, 0o644)
	if err != nil {
		return err
	}
	bar := newProgress(g, st.Size(), "sealing")
	res, err := sealed.Seal(ctx, ct, in, st.Size(), key, sealed.SealOptions{
		ChunkSize:   c.ChunkSize,
		PieceLength: c.PieceLength,
		Progress:    bar.set,
	})
	bar.finish()
	if err != nil {
		return fmt.Errorf("seal %s: %w", c.File, err)
	}

	name := res.Info.Name
	files.target(ct, filepath.Join(c.Out, name), false)
	keyPath := c.KeyOut
	if keyPath == "" {
		keyPath = filepath.Join(c.Out, name+".key")
	}
	magnet, err := res.Magnet()
	if err != nil {
		return err
	}
	desc := sealDescription{
		Name:          name,
		InfoHash:      res.InfoHash.HexString(),
		Magnet:        magnet,
		ContentHash:   "0x" + hex.EncodeToString(res.ContentHash[:]),
		KeyCommitment: "0x" + hex.EncodeToString(res.KeyCommitment[:]),
		PlainSize:     res.PlainSize,
		CipherSize:    res.CipherSize,
		ChunkSize:     res.Header.ChunkSize,
		PieceLength:   res.Info.PieceLength,
		Pieces:        res.Info.NumPieces(),
		FileID:        hex.EncodeToString(res.Header.FileID[:]),
		Ciphertext:    filepath.Join(c.Out, name),
		Torrent:       filepath.Join(c.Out, name+".torrent"),
		KeyFile:       keyPath,
	}

	kf, err := files.create(filepath.Dir(keyPath), 0o600)
	if err != nil {
		return err
	}
	if _, err := io.WriteString(kf, key.Hex()+"\n"); err != nil {
		return fmt.Errorf("write key file: %w", err)
	}
	files.target(kf, keyPath, true)
	tf, err := files.create(c.Out, 0o644)
	if err != nil {
		return err
	}
	if err := res.MetaInfo.Write(tf); err != nil {
		return fmt.Errorf("write torrent: %w", err)
	}
	files.target(tf, desc.Torrent, false)
	jf, err := files.create(c.Out, 0o644)
	if err != nil {
		return err
	}
	if err := writeJSON(jf, desc); err != nil {
		return fmt.Errorf("write description: %w", err)
	}
	files.target(jf, filepath.Join(c.Out, name+".json"), false)
	if err := files.commit(); err != nil {
		return err
	}

	g.logger().Info("content sealed", "name", name, "info_hash", desc.InfoHash, "plain_bytes", res.PlainSize, "cipher_bytes", res.CipherSize)
	if c.PrintKey {
		desc.Key = key.Hex()
	}
	if g.JSON {
		return g.printJSON(desc)
	}
	w := g.out()
	fmt.Fprintf(w, "ciphertext      %s (%d bytes)\n", desc.Ciphertext, desc.CipherSize)
	fmt.Fprintf(w, "torrent         %s (%d pieces of %d bytes)\n", desc.Torrent, desc.Pieces, desc.PieceLength)
	fmt.Fprintf(w, "info hash       %s\n", desc.InfoHash)
	fmt.Fprintf(w, "content hash    %s\n", desc.ContentHash)
	fmt.Fprintf(w, "key commitment  %s\n", desc.KeyCommitment)
	fmt.Fprintf(w, "key file        %s (keep it secret)\n", desc.KeyFile)
	if c.PrintKey {
		fmt.Fprintf(w, "key             %s\n", desc.Key)
	}
	return nil
}

type contentOpenCmd struct {
	Ciphertext string `arg:"" help:"Sealed file to decrypt."`
	KeyFile    string `required:"" placeholder:"PATH" help:"File holding the content key as 64 hex digits."`
	Offset     int64  `default:"0" help:"First plaintext byte to decrypt."`
	Length     int64  `default:"-1" help:"Number of plaintext bytes to decrypt; -1 means to the end."`
	Out        string `required:"" placeholder:"FILE" help:"Where to write the plaintext; written to a temporary file and renamed, so nothing is left on failure."`
}

// openResult is what `content open` prints with --json.
type openResult struct {
	Out    string `json:"out"`
	Offset int64  `json:"offset"`
	Length int64  `json:"length"`
	Size   int64  `json:"plainSize"`
	SHA256 string `json:"sha256,omitempty"` // of the whole plaintext, when the whole file was opened
}

func (c *contentOpenCmd) Run(ctx context.Context, g *globals) error {
	raw, err := os.ReadFile(c.KeyFile)
	if err != nil {
		return fmt.Errorf("read key file: %w", err)
	}
	key, err := sealed.ParseKey(string(raw))
	if err != nil {
		return fmt.Errorf("key file %s: %w", c.KeyFile, err)
	}
	in, err := os.Open(c.Ciphertext)
	if err != nil {
		return fmt.Errorf("open ciphertext: %w", err)
	}
	defer in.Close()
	st, err := in.Stat()
	if err != nil {
		return fmt.Errorf("open ciphertext: %w", err)
	}
	r, err := sealed.Open(in, st.Size(), key)
	if err != nil {
		return explainOpenError(c.Ciphertext, c.KeyFile, err)
	}
	size := r.Size()
	n := c.Length
	if n < 0 {
		n = size - c.Offset
	}
	if c.Offset < 0 || c.Offset > size || n < 0 || n > size-c.Offset {
		return fmt.Errorf("range --offset %d --length %d is outside the plaintext (%d bytes)", c.Offset, c.Length, size)
	}

	var files pendingFiles
	defer files.abort()
	out, err := files.create(filepath.Dir(c.Out), 0o644)
	if err != nil {
		return err
	}
	hash := c.Offset == 0 && n == size
	bar := newProgress(g, n, "decrypting")
	sum, err := copyPlain(ctx, out, r, c.Offset, n, hash, bar.set)
	bar.finish()
	if err != nil {
		return explainOpenError(c.Ciphertext, c.KeyFile, err)
	}
	files.target(out, c.Out, false)
	if err := files.commit(); err != nil {
		return err
	}
	res := openResult{Out: c.Out, Offset: c.Offset, Length: n, Size: size}
	if hash {
		res.SHA256 = "0x" + hex.EncodeToString(sum)
	}
	if g.JSON {
		return g.printJSON(res)
	}
	fmt.Fprintf(g.out(), "wrote %d plaintext bytes to %s\n", n, c.Out)
	if hash {
		fmt.Fprintf(g.out(), "content hash    %s\n", res.SHA256)
	}
	return nil
}

// explainOpenError turns the sealed package's errors into messages that say what to do; the
// sentinel stays in the chain for errors.Is.
func explainOpenError(ct, keyFile string, err error) error {
	var ce *sealed.ChunkError
	switch {
	case errors.As(err, &ce):
		return fmt.Errorf("%s is damaged or was modified at chunk %d; fetch it again: %w", ct, ce.Chunk, err)
	case errors.Is(err, sealed.ErrWrongKey):
		return fmt.Errorf("the key in %s is not the key of %s; check --key-file: %w", keyFile, ct, err)
	case errors.Is(err, sealed.ErrSize):
		return fmt.Errorf("%s is truncated or has extra bytes; fetch it again: %w", ct, err)
	case errors.Is(err, sealed.ErrNotSealed):
		return fmt.Errorf("%s is not sealed content: %w", ct, err)
	case errors.Is(err, sealed.ErrCorrupt), errors.Is(err, sealed.ErrMalformedHeader):
		return fmt.Errorf("%s has a damaged or modified header; fetch it again: %w", ct, err)
	case errors.Is(err, sealed.ErrUnsupported):
		return fmt.Errorf("%s needs a newer swarmgate: %w", ct, err)
	}
	return fmt.Errorf("decrypt %s: %w", ct, err)
}

// copyPlain decrypts plaintext bytes [off, off+n) from r into w and returns their SHA-256 when
// hash is set.
func copyPlain(ctx context.Context, w io.Writer, r *sealed.Reader, off, n int64, hash bool, progress func(int64)) ([]byte, error) {
	if _, err := r.Seek(off, io.SeekStart); err != nil {
		return nil, err
	}
	h := sha256.New()
	buf := make([]byte, 1<<20)
	var done int64
	for done < n {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		k, err := io.ReadFull(r, buf[:min(int64(len(buf)), n-done)])
		if err != nil {
			return nil, err
		}
		if hash {
			h.Write(buf[:k])
		}
		if _, err := w.Write(buf[:k]); err != nil {
			return nil, fmt.Errorf("write plaintext: %w", err)
		}
		done += int64(k)
		progress(done)
	}
	return h.Sum(nil), nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// progress draws a progress bar on stderr when stderr is a terminal, and does nothing otherwise.
type progress struct{ bar *progressbar.ProgressBar }

func newProgress(g *globals, total int64, what string) *progress {
	f, ok := g.errw().(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return &progress{}
	}
	return &progress{bar: progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(f),
		progressbar.OptionSetDescription(what),
		progressbar.OptionShowBytes(true),
		progressbar.OptionUseIECUnits(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)}
}

func (p *progress) set(done int64) {
	if p.bar != nil {
		_ = p.bar.Set64(done)
	}
}

func (p *progress) finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}

// pendingFiles are output files written under temporary names in their target directory and
// put in place together by commit, so that a failed command leaves no partial output behind.
type pendingFiles struct {
	files     []*pendingFile
	committed bool
}

type pendingFile struct {
	f         *os.File
	tmp       string
	dst       string
	noClobber bool
	placed    bool
}

// create opens a new temporary file in dir with the given mode.
func (p *pendingFiles) create(dir string, mode os.FileMode) (*os.File, error) {
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, ".swarmgate-*.tmp")
	if err != nil {
		return nil, fmt.Errorf("create output file: %w", err)
	}
	p.files = append(p.files, &pendingFile{f: f, tmp: f.Name()})
	if err := f.Chmod(mode); err != nil {
		return nil, fmt.Errorf("create output file: %w", err)
	}
	return f, nil
}

// target names where the temporary file f goes on commit. With noClobber an existing file at dst
// makes commit fail instead of being replaced (content keys are never overwritten).
func (p *pendingFiles) target(f *os.File, dst string, noClobber bool) {
	for _, pf := range p.files {
		if pf.f == f {
			pf.dst, pf.noClobber = dst, noClobber
		}
	}
}

// commit flushes every file to disk and moves each to its target, in creation order.
func (p *pendingFiles) commit() error {
	for _, pf := range p.files {
		if err := pf.f.Sync(); err != nil {
			return fmt.Errorf("write %s: %w", pf.dst, err)
		}
		if err := pf.f.Close(); err != nil {
			return fmt.Errorf("write %s: %w", pf.dst, err)
		}
	}
	for _, pf := range p.files {
		if pf.noClobber {
			if err := os.Link(pf.tmp, pf.dst); err != nil {
				return fmt.Errorf("write %s: %w", pf.dst, err)
			}
			pf.placed = true
			_ = os.Remove(pf.tmp)
			continue
		}
		if err := os.Rename(pf.tmp, pf.dst); err != nil {
			return fmt.Errorf("write %s: %w", pf.dst, err)
		}
		pf.placed = true
	}
	p.committed = true
	return nil
}

// abort removes every temporary file and every target already placed, unless commit succeeded.
func (p *pendingFiles) abort() {
	if p.committed {
		return
	}
	for _, pf := range p.files {
		_ = pf.f.Close()
		_ = os.Remove(pf.tmp)
		if pf.placed {
			_ = os.Remove(pf.dst)
		}
	}
}
