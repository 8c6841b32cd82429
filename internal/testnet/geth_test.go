package testnet_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/swarmgate/swarmgate/internal/testnet"
)

// recorder is a testing.TB that records Fatal and Skip instead of ending the test; the
// function under test runs in a goroutine that Fatal and Skip end.
type recorder struct {
	testing.TB
	failed, skipped string
}

func (r *recorder) Helper() {}
func (r *recorder) Fatalf(format string, args ...any) {
	r.failed = fmt.Sprintf(format, args...)
	runtime.Goexit()
}
func (r *recorder) Skip(args ...any) {
	r.skipped = fmt.Sprint(args...)
	runtime.Goexit()
}

func gethBinary(t *testing.T) (string, *recorder) {
	r := &recorder{TB: t}
	var bin string
	done := make(chan struct{})
	go func() {
		defer close(done)
		bin = testnet.GethBinary(r)
	}()
	<-done
	return bin, r
}

// TestGethBinary: without a geth binary the journey on geth skips, saying how to build one,
// except under CI=true, where it fails; a binary of another version than go.mod's fails; the
// right version is used.
func TestGethBinary(t *testing.T) {
	v := testnet.GethVersion()
	if v == "" {
		t.Fatal("no go-ethereum version found in go.mod")
	}
	dir := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", dir) // no cached build
	fake := func(version string) string {
		p := filepath.Join(t.TempDir(), "geth")
		if err := os.WriteFile(p, []byte("#!/bin/sh\necho Geth\necho Version: "+version+"-stable\n"), 0o755); err != nil {
			t.Fatal(err)
		}
		return p
	}

	t.Setenv(testnet.GethEnv, filepath.Join(dir, "missing"))
	t.Setenv("CI", "")
	if _, r := gethBinary(t); !strings.Contains(r.skipped, "no geth binary") || !strings.Contains(r.skipped, "go install github.com/ethereum/go-ethereum/cmd/geth@v"+v) {
		t.Errorf("missing binary: skipped %q, failed %q", r.skipped, r.failed)
	}
	t.Setenv("CI", "true")
	if _, r := gethBinary(t); !strings.Contains(r.failed, "no geth binary") || !strings.Contains(r.failed, "CI=true") {
		t.Errorf("missing binary under CI: skipped %q, failed %q", r.skipped, r.failed)
	}
	t.Setenv(testnet.GethEnv, fake("0.0.1"))
	if _, r := gethBinary(t); !strings.Contains(r.failed, "is not geth "+v) {
		t.Errorf("wrong version: skipped %q, failed %q", r.skipped, r.failed)
	}
	right := fake(v)
	t.Setenv(testnet.GethEnv, right)
	if bin, r := gethBinary(t); bin != right || r.failed != "" || r.skipped != "" {
		t.Errorf("right version: %q, skipped %q, failed %q", bin, r.skipped, r.failed)
	}
}
