package api

import (
	"context"
	"encoding/hex"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/swarmgate/swarmgate/store"
)

// TestSweepOrphanedCiphertextAtRestart leaves in the content store what a crash between
// moving ciphertext into place and committing its row leaves (and a crash while encrypting,
// and one between an upload's end and the removal of its files), restarts the gateway, and checks that the orphans are gone, each removal logged, and that
// nothing a row refers to, nothing recent and nothing the gateway did not make was touched.
func TestSweepOrphanedCiphertextAtRestart(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		dir := t.TempDir()
		g := startGateway(t, st, func(c *Config, _ *Deps) { c.DataDir = dir }, nil)
		token := session(t, st, "alice", time.Now().Add(time.Hour))
		data := randomBytes(t, 100<<10)
		real := g.sealFile(t, token, data)
		g.checkSealed(t, real, data)
		g.stop()

		content := filepath.Join(dir, "content")
		write := func(path string, age time.Duration) {
			t.Helper()
			if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte("ciphertext"), 0o600); err != nil {
				t.Fatal(err)
			}
			old := time.Now().Add(-age)
			for _, p := range []string{path, filepath.Dir(path)} {
				if err := os.Chtimes(p, old, old); err != nil {
					t.Fatal(err)
				}
			}
		}
		orphan := strings.Repeat("ab", 20)
		fresh := strings.Repeat("cd", 20) // may be another gateway's, about to commit
		write(filepath.Join(content, orphan, "0123.sealed"), 2*time.Hour)
		write(filepath.Join(content, fresh, "4567.sealed"), time.Minute)
		write(filepath.Join(content, "not-an-info-hash", "x"), 2*time.Hour)
		write(filepath.Join(content, strings.Repeat("AB", 20), "x"), 2*time.Hour) // not how the gateway names it
		// Temp files: one of an upload that failed, one of an upload the database never had,
		// one that is not an upload id at all.
		failed := strings.Repeat("f", 32)
		if _, err := st.CreateUpload(ctx, store.NewUpload{ID: failed, Creator: alice, Size: 10}); err != nil {
			t.Fatal(err)
		}
		if err := st.SetUploadState(ctx, failed, store.UploadReceiving, store.UploadFailed, "test", nil); err != nil {
			t.Fatal(err)
		}
		stale := []string{failed, strings.Repeat("e", 32), "junk.tmp"}
		for _, name := range stale {
			write(filepath.Join(content, ".sealing", name), 0)
		}
		// Upload files: the plaintext of the sealed upload (a crash right after the commit),
		// the tus files of the failed one; those of an upload still receiving stay, and so
		// does what is not an upload's file.
		uploads := filepath.Join(dir, "uploads")
		receiving := strings.Repeat("7", 32)
		if _, err := st.CreateUpload(ctx, store.NewUpload{ID: receiving, Creator: alice, Size: 10, ExpiresAt: time.Now().Add(time.Hour)}); err != nil {
			t.Fatal(err)
		}
		finished := []string{real.ID, failed, failed + ".info", failed + ".lock"}
		keptUploads := []string{receiving, receiving + ".info", failed + ".bak", "notes.txt"}
		for _, name := range append(append([]string{}, finished...), keptUploads...) {
			write(filepath.Join(uploads, name), 0)
		}

		var logs syncBuffer
		g2 := startGateway(t, st, func(c *Config, d *Deps) {
			c.DataDir = dir
			d.Logger = slog.New(slog.NewTextHandler(&logs, nil))
		}, nil)
		deadline := time.Now().Add(10 * time.Second)
		for !strings.Contains(logs.String(), "content store swept") && time.Now().Before(deadline) {
			time.Sleep(10 * time.Millisecond)
		}
		if _, err := os.Stat(filepath.Join(content, orphan)); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("orphaned ciphertext still there: %v", err)
		}
		for _, name := range stale {
			if _, err := os.Stat(filepath.Join(content, ".sealing", name)); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("stale sealing file %s still there: %v", name, err)
			}
		}
		for _, kept := range []string{fresh, "not-an-info-hash", strings.Repeat("AB", 20), ".sealing"} {
			if _, err := os.Stat(filepath.Join(content, kept)); err != nil {
				t.Errorf("%s was removed: %v", kept, err)
			}
		}
		for _, name := range finished {
			if _, err := os.Stat(filepath.Join(uploads, name)); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("finished upload's file %s still there: %v", name, err)
			}
		}
		for _, name := range keptUploads {
			if _, err := os.Stat(filepath.Join(uploads, name)); err != nil {
				t.Errorf("upload file %s was removed: %v", name, err)
			}
		}
		g2.checkSealed(t, g2.waitUpload(t, token, real.ID), data)
		out := logs.String()
		for _, want := range []string{"infohash=" + orphan, "upload=" + failed, "upload=junk.tmp", "orphaned_dirs=1", "stale_sealing_files=3", "finished_upload_files=4", "name=" + failed + ".info"} {
			if !strings.Contains(out, want) {
				t.Errorf("log does not show %q:\n%s", want, out)
			}
		}
	})
}

// TestSweepKeepsWorkInProgress checks the sweep against what a running gateway (this one or
// another sharing the content store) is doing: a temp file of an upload in state sealing and
// a content directory whose row is committed are kept.
func TestSweepKeepsWorkInProgress(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		g := startGateway(t, st, nil, nil)
		sealing := strings.Repeat("5", 32)
		if _, err := st.CreateUpload(ctx, store.NewUpload{ID: sealing, Creator: alice, Size: 10}); err != nil {
			t.Fatal(err)
		}
		if err := st.SetUploadState(ctx, sealing, store.UploadReceiving, store.UploadSealing, "", nil); err != nil {
			t.Fatal(err)
		}
		tmp := filepath.Join(g.cfg.contentDir(), ".sealing", sealing)
		if err := os.WriteFile(tmp, []byte("half"), 0o600); err != nil {
			t.Fatal(err)
		}
		ih := infoN(7)
		if _, err := st.CreateSealedContent(ctx, store.Sealed{ContentHash: hashN(7), InfoHash: ih, KeyCommitment: hashN(8), Creator: alice}); err != nil {
			t.Fatal(err)
		}
		known := filepath.Join(g.cfg.contentDir(), hex.EncodeToString(ih[:]))
		if err := os.MkdirAll(known, 0o700); err != nil {
			t.Fatal(err)
		}
		old := time.Now().Add(-24 * time.Hour)
		_ = os.Chtimes(known, old, old)
		res, err := g.s.sealer.sweep(ctx, time.Now())
		if err != nil || res != (sweepResult{}) {
			t.Fatalf("sweep removed %+v, %v", res, err)
		}
		for _, p := range []string{tmp, known} {
			if _, err := os.Stat(p); err != nil {
				t.Errorf("%s removed: %v", p, err)
			}
		}
	})
}
