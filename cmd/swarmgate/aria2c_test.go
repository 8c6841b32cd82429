package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/anacrolix/torrent/metainfo"
)

// aria2c returns the path of Debian's aria2c: skipped where it is missing, except under CI=true
// (.ci/run installs it).
func aria2c(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("aria2c")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("aria2c is not installed; .ci/run installs it (apt-get install aria2)")
		}
		t.Skip("aria2c is not installed (apt-get install aria2): the real-BitTorrent-client test needs it")
	}
	return p
}

// TestAria2cDownloadsFreeItem points a real BitTorrent client at the swarm: a creator gives an
// item away, `access torrent` writes its .torrent (tracker URL with the viewer's passkey) and
// the content key, aria2c downloads the ciphertext from the gateway's origin and a free seeder
// through the gateway's tracker, and `content open` decrypts it to exactly the uploaded bytes.
// The written torrent's info hash is the registry's; without the passkey the tracker refuses
// aria2c, and a second `access torrent` into the same directory overwrites nothing.
func TestAria2cDownloadsFreeItem(t *testing.T) {
	bin := aria2c(t)
	n := newViewerNet(t)
	id, plain := n.upload(t, 3<<20+12345, "--free")
	n.startSellers(t, id, 0, true, 3)

	dir := t.TempDir()
	out, _ := mustRun(t, context.Background(), append([]string{"--json", "access", "torrent", id, "--out", dir}, append(n.args(2), n.chainArgs()...)...)...)
	var res torrentResult
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("access torrent --json: %v: %s", err, out)
	}
	if !res.Free || res.Torrent != filepath.Join(dir, id+".torrent") || res.KeyFile != filepath.Join(dir, id+".key") {
		t.Fatalf("access torrent answered %+v", res)
	}
	if fi, err := os.Stat(res.KeyFile); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("key file: %v, mode %v; want 0600", err, fi.Mode())
	}

	// The same again: nothing is overwritten, and the error says which file is in the way.
	_, errOut, err := runCapture(t, context.Background(), append([]string{"access", "torrent", id, "--out", dir}, append(n.args(2), n.chainArgs()...)...)...)
	if err == nil || !strings.Contains(errOut+err.Error(), "exists") {
		t.Fatalf("a second access torrent into %s: err %v, stderr %q; want an 'exists' error", dir, err, errOut)
	}

	dl := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin,
		"--dir", dl, "--seed-time=0", "--enable-dht=false", "--enable-dht6=false", "--bt-enable-lpd=false",
		"--enable-peer-exchange=false", "--bt-tracker-interval=2", "--listen-port="+port(t), "--bt-stop-timeout=60", "--console-log-level=warn",
		"--summary-interval=0", "--follow-torrent=false", res.Torrent)
	cmd.Stdout, cmd.Stderr = new(bytes.Buffer), new(bytes.Buffer)
	if err := cmd.Run(); err != nil {
		t.Fatalf("aria2c: %v\nstdout: %s\nstderr: %s", err, cmd.Stdout, cmd.Stderr)
	}
	cipher := filepath.Join(dl, res.Name)
	if fi, err := os.Stat(cipher); err != nil || fi.Size() != res.Size {
		t.Fatalf("aria2c wrote %s: %v (size %v, want %d)", cipher, err, fi, res.Size)
	}

	got := filepath.Join(t.TempDir(), "film.mp4")
	mustRun(t, context.Background(), "content", "open", cipher, "--key-file", res.KeyFile, "--out", got)
	b, err := os.ReadFile(got)
	if err != nil || !bytes.Equal(b, plain) {
		t.Fatalf("decrypted download: %v, %d bytes; want the %d uploaded bytes", err, len(b), len(plain))
	}

	// Without the passkey the tracker refuses the client: aria2c then finds no peer and fails.
	bare := filepath.Join(t.TempDir(), "bare.torrent")
	mi, err := metainfo.LoadFromFile(res.Torrent)
	if err != nil {
		t.Fatal(err)
	}
	mi.Announce = n.url + "/announce"
	f, err := os.Create(bare)
	if err != nil {
		t.Fatal(err)
	}
	if err := mi.Write(f); err != nil || f.Close() != nil {
		t.Fatalf("write %s: %v", bare, err)
	}
	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Minute)
	defer cancel2()
	cmd = exec.CommandContext(ctx2, bin, "--dir", t.TempDir(), "--seed-time=0", "--enable-dht=false", "--enable-dht6=false",
		"--bt-enable-lpd=false", "--enable-peer-exchange=false", "--listen-port="+port(t), "--bt-stop-timeout=5",
		"--bt-tracker-timeout=5", "--console-log-level=warn", "--summary-interval=0", bare)
	if out, err := cmd.CombinedOutput(); err == nil {
		t.Fatalf("aria2c without a passkey downloaded the item: %s", out)
	}
}

// port is a free TCP port on loopback, for aria2c (which takes no port 0).
func port(t *testing.T) string {
	_, p, _ := strings.Cut(freeAddr(t), ":")
	return p
}
