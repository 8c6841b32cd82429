package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/swarmgate/swarmgate/gwclient"
)

// TestUploadResumesAfterKill: the `swarmgate` binary, killed (SIGKILL, no chance to clean up)
// halfway through an upload, resumes it on the next run of the same command, and the gateway
// ends up with the file's exact bytes (the content hash is the file's SHA-256).
func TestUploadResumesAfterKill(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "swarmgate")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	n := newCreatorNet(t, 0)
	var th throttle
	th.delay.Store(int64(150 * time.Millisecond))
	proxied := th.proxy(t, n.url)
	file, data := writeRandomFile(t, "film.mp4", 5<<20)
	args := []string{"--json", "content", "upload", file, "--title", "Film", "--price", "0.001", "--chunk-size", "262144",
		"--state-file", n.state, "--gateway", proxied, "--session-file", n.sessions}
	env := append(os.Environ(), "SWARMGATE_DEV_KEY="+n.devKey(1)) // the key stays off the command line

	first := exec.Command(bin, args...)
	first.Env = env
	var stderr bytes.Buffer
	first.Stderr = &stderr
	if err := first.Start(); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(60 * time.Second); th.patches.Load() < 8; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			first.Process.Kill()
			t.Fatalf("the upload did not get going:\n%s", stderr.String())
		}
	}
	if err := first.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = first.Wait()
	killedAt := th.patches.Load()

	th.delay.Store(0)
	second := exec.Command(bin, args...)
	second.Env = env
	stderr.Reset()
	second.Stderr = &stderr
	out, err := second.Output()
	if err != nil {
		t.Fatalf("second run: %v\n%s", err, stderr.String())
	}
	var res uploadResult
	if err := json.Unmarshal(out, &res); err != nil || !res.Resumed || res.ContentID == "" {
		t.Fatalf("second run: %v %s\n%s", err, out, stderr.String())
	}
	if !strings.Contains(stderr.String(), "resumed an earlier upload") {
		t.Fatalf("the second run does not say it resumed:\n%s", stderr.String())
	}
	if after := th.patches.Load() - killedAt; after >= 20 {
		t.Fatalf("%d PATCHes before the kill, %d after, of 20 chunks: the upload started over", killedAt, after)
	}
	sum := sha256.Sum256(data)
	it, err := gwclient.New(n.url, nil).Content(context.Background(), res.ContentID)
	if err != nil || it.ContentHash != "0x"+hex.EncodeToString(sum[:]) || it.Policy.Price != "1000000000000000" {
		t.Fatalf("catalog item %+v %v; want content hash %x", it, err, sum)
	}
}
