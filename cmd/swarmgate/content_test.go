package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/anacrolix/torrent/metainfo"

	"github.com/swarmgate/swarmgate/sealed"
)

// runExit runs the command line in-process and returns the exit code, stdout and stderr.
func runExit(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// sealFixture seals a plaintext file through the CLI and returns its description.
func sealFixture(t *testing.T, plain []byte) (sealDescription, string) {
	t.Helper()
	dir := t.TempDir()
	src := filepath.Join(dir, "My Holiday Video.mp4")
	if err := os.WriteFile(src, plain, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	code, stdout, stderr := runExit(t, "--json", "content", "seal", src, "--out", out)
	if code != 0 {
		t.Fatalf("seal exit %d: %s", code, stderr)
	}
	var desc sealDescription
	if err := json.Unmarshal([]byte(stdout), &desc); err != nil {
		t.Fatalf("seal --json output %q: %v", stdout, err)
	}
	return desc, out
}

func TestContentSealOpen(t *testing.T) {
	plain := bytes.Repeat([]byte("swarmgate sealed content "), 40_000) // 1 MB
	desc, out := sealFixture(t, plain)

	if desc.Key != "" {
		t.Fatal("key printed without --print-key")
	}
	if strings.Contains(desc.Name, "Holiday") {
		t.Fatalf("torrent name %q leaks the original file name", desc.Name)
	}
	sum := sha256.Sum256(plain)
	if desc.ContentHash != "0x"+hex.EncodeToString(sum[:]) || desc.PlainSize != int64(len(plain)) {
		t.Fatalf("description %+v", desc)
	}
	// Key file: mode 0600, hex, and its commitment is the one described.
	st, err := os.Stat(desc.KeyFile)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("key file %s: %v, mode %v", desc.KeyFile, err, st.Mode())
	}
	raw, _ := os.ReadFile(desc.KeyFile)
	key, err := sealed.ParseKey(string(raw))
	if err != nil {
		t.Fatal(err)
	}
	c := key.Commitment()
	if desc.KeyCommitment != "0x"+hex.EncodeToString(c[:]) {
		t.Fatal("key commitment does not match the key file")
	}
	// The .torrent and the JSON file describe the ciphertext in the directory.
	mi, err := metainfo.LoadFromFile(desc.Torrent)
	if err != nil {
		t.Fatal(err)
	}
	if mi.HashInfoBytes().HexString() != desc.InfoHash {
		t.Fatal(".torrent info hash differs from the description")
	}
	var onDisk sealDescription
	jb, _ := os.ReadFile(filepath.Join(out, desc.Name+".json"))
	if err := json.Unmarshal(jb, &onDisk); err != nil || onDisk.InfoHash != desc.InfoHash || onDisk.Key != "" {
		t.Fatalf("description file: %v %+v", err, onDisk)
	}
	entries, _ := os.ReadDir(out)
	if len(entries) != 4 {
		t.Fatalf("output directory has %d entries, want 4 (ciphertext, torrent, json, key)", len(entries))
	}

	t.Run("whole file", func(t *testing.T) {
		dst := filepath.Join(t.TempDir(), "plain.out")
		code, stdout, stderr := runExit(t, "content", "open", desc.Ciphertext, "--key-file", desc.KeyFile, "--out", dst)
		if code != 0 {
			t.Fatalf("open exit %d: %s", code, stderr)
		}
		got, _ := os.ReadFile(dst)
		if !bytes.Equal(got, plain) || !strings.Contains(stdout, desc.ContentHash) {
			t.Fatalf("open wrote %d bytes, stdout %q", len(got), stdout)
		}
	})
	t.Run("range", func(t *testing.T) {
		dst := filepath.Join(t.TempDir(), "range.out")
		code, _, stderr := runExit(t, "--json", "content", "open", desc.Ciphertext, "--key-file", desc.KeyFile,
			"--offset", "65000", "--length", "200000", "--out", dst)
		if code != 0 {
			t.Fatalf("open exit %d: %s", code, stderr)
		}
		got, _ := os.ReadFile(dst)
		if !bytes.Equal(got, plain[65000:265000]) {
			t.Fatal("range differs from the plaintext")
		}
	})
	t.Run("print key", func(t *testing.T) {
		dir := t.TempDir()
		src := filepath.Join(dir, "a")
		os.WriteFile(src, []byte("hello"), 0o644)
		keyOut := filepath.Join(dir, "content.key")
		code, stdout, stderr := runExit(t, "content", "seal", src, "--out", dir, "--key-out", keyOut, "--print-key")
		if code != 0 {
			t.Fatalf("seal exit %d: %s", code, stderr)
		}
		raw, _ := os.ReadFile(keyOut)
		if !strings.Contains(stdout, strings.TrimSpace(string(raw))) {
			t.Fatalf("--print-key output %q lacks the key", stdout)
		}
		// An existing key file is never overwritten.
		code, _, stderr = runExit(t, "content", "seal", src, "--out", dir, "--key-out", keyOut)
		if code != 1 || !strings.Contains(stderr, "already exists") {
			t.Fatalf("second seal to the same key file: exit %d, %s", code, stderr)
		}
		if raw2, _ := os.ReadFile(keyOut); !bytes.Equal(raw, raw2) {
			t.Fatal("key file was overwritten")
		}
	})
}

func TestContentErrors(t *testing.T) {
	plain := bytes.Repeat([]byte{7}, 300_000)
	desc, _ := sealFixture(t, plain)
	ct, _ := os.ReadFile(desc.Ciphertext)
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	wrongKey, _ := sealed.GenerateKey()
	tampered := bytes.Clone(ct)
	tampered[3*sealed.DefaultChunkSize+100] ^= 1
	files := map[string]string{
		"wrong key":    write("wrong.key", []byte(wrongKey.Hex())),
		"bad key":      write("bad.key", []byte("not a key")),
		"truncated":    write("truncated", ct[:len(ct)-1000]),
		"cut at chunk": write("cut", ct[:2*sealed.DefaultChunkSize]),
		"appended":     write("appended", append(bytes.Clone(ct), 1, 2, 3)),
		"tampered":     write("tampered", tampered),
		"not sealed":   write("plain.txt", []byte("hello, world")),
	}
	tests := []struct {
		name    string
		ct, key string
		want    string
	}{
		{"wrong key", desc.Ciphertext, files["wrong key"], "is not the key of"},
		{"malformed key file", desc.Ciphertext, files["bad key"], "invalid key"},
		{"missing key file", desc.Ciphertext, filepath.Join(dir, "nope.key"), "read key file"},
		{"unreadable key file (a directory)", desc.Ciphertext, dir, "read key file"},
		{"missing ciphertext", filepath.Join(dir, "nope"), desc.KeyFile, "no such file"},
		{"truncated mid-chunk", files["truncated"], desc.KeyFile, "truncated or has extra bytes"},
		{"truncated at a chunk boundary", files["cut at chunk"], desc.KeyFile, "truncated or has extra bytes"},
		{"appended data", files["appended"], desc.KeyFile, "truncated or has extra bytes"},
		{"tampered chunk", files["tampered"], desc.KeyFile, "damaged or was modified at chunk 3"},
		{"not sealed", files["not sealed"], desc.KeyFile, "not sealed content"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			outDir := t.TempDir()
			dst := filepath.Join(outDir, "plain.out")
			code, _, stderr := runExit(t, "content", "open", tt.ct, "--key-file", tt.key, "--out", dst)
			if code != 1 {
				t.Fatalf("exit %d, want 1; stderr %s", code, stderr)
			}
			if !strings.Contains(stderr, tt.want) {
				t.Fatalf("stderr %q does not say %q", stderr, tt.want)
			}
			if strings.Contains(stderr, strings.TrimSpace(mustRead(t, desc.KeyFile))) {
				t.Fatal("error message contains the key")
			}
			if entries, _ := os.ReadDir(outDir); len(entries) != 0 {
				t.Fatalf("output left behind: %v", entries)
			}
		})
	}
	t.Run("range past the end", func(t *testing.T) {
		outDir := t.TempDir()
		code, _, stderr := runExit(t, "content", "open", desc.Ciphertext, "--key-file", desc.KeyFile,
			"--offset", "299000", "--length", "5000", "--out", filepath.Join(outDir, "x"))
		if code != 1 || !strings.Contains(stderr, "outside the plaintext") {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if entries, _ := os.ReadDir(outDir); len(entries) != 0 {
			t.Fatalf("output left behind: %v", entries)
		}
	})
	t.Run("tampered chunk after good ones leaves no partial output", func(t *testing.T) {
		// The first 3 chunks decrypt and would be written before chunk 3 fails.
		outDir := t.TempDir()
		code, _, _ := runExit(t, "content", "open", files["tampered"], "--key-file", desc.KeyFile, "--out", filepath.Join(outDir, "x"))
		if entries, _ := os.ReadDir(outDir); code != 1 || len(entries) != 0 {
			t.Fatalf("exit %d, entries %v", code, entries)
		}
	})
	t.Run("seal missing file", func(t *testing.T) {
		outDir := filepath.Join(t.TempDir(), "out")
		code, _, stderr := runExit(t, "content", "seal", filepath.Join(dir, "missing.mp4"), "--out", outDir)
		if code != 1 || !strings.Contains(stderr, "open plaintext") || !strings.Contains(stderr, "no such file") {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if entries, _ := os.ReadDir(outDir); len(entries) != 0 {
			t.Fatalf("output left behind: %v", entries)
		}
	})
	t.Run("seal a directory", func(t *testing.T) {
		outDir := t.TempDir()
		code, _, stderr := runExit(t, "content", "seal", dir, "--out", outDir)
		if code != 1 || !strings.Contains(stderr, "not a regular file") {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if entries, _ := os.ReadDir(outDir); len(entries) != 0 {
			t.Fatalf("output left behind: %v", entries)
		}
	})
	t.Run("seal with a bad chunk size", func(t *testing.T) {
		outDir := t.TempDir()
		code, _, stderr := runExit(t, "content", "seal", files["not sealed"], "--out", outDir, "--chunk-size", "1000")
		if code != 1 || !strings.Contains(stderr, "chunk size") {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if entries, _ := os.ReadDir(outDir); len(entries) != 0 {
			t.Fatalf("output left behind: %v", entries)
		}
	})
}

func mustRead(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
