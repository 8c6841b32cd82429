package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/swarmgate/swarmgate/api"
	"github.com/swarmgate/swarmgate/store/keyring"
	"github.com/swarmgate/swarmgate/store/storetest"
)

// runCapture runs the command line with ctx and returns what it wrote to stdout and stderr.
func runCapture(t *testing.T, ctx context.Context, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb syncBuffer
	err = runCLI(ctx, t, &out, &errb, args...)
	return out.String(), errb.String(), err
}

// TestGatewayRunReportsEveryBadFlag checks that the whole configuration is validated before
// anything starts: every problem is named at once, and the exit code is 1.
func TestGatewayRunReportsEveryBadFlag(t *testing.T) {
	t.Setenv("SWARMGATE_MASTER_KEY", "")
	t.Setenv("SWARMGATE_MASTER_KEY_FILE", "")
	dir := t.TempDir()
	var stderr bytes.Buffer
	code := run(context.Background(), []string{"gateway", "run",
		"--listen", "localhost",
		"--public-url", "gateway.example.com",
		"--data-dir", filepath.Join(dir, "never-created"),
		"--max-body-bytes", "0",
		"--rate-ip=-1",
		"--trusted-proxies", "10.0.0.0/33",
		"--read-timeout=-1s",
		"--cors-origin", "https://app.example.com/",
	}, io.Discard, &stderr)
	out := stderr.String()
	if code != 1 {
		t.Fatalf("exit code %d, want 1; stderr:\n%s", code, out)
	}
	for _, want := range []string{"listen address \"localhost\"", "public URL \"gateway.example.com\"", "no master key",
		"request body limit", "per-IP rate limit", "trusted proxy \"10.0.0.0/33\"", "read timeout", "CORS origin \"https://app.example.com/\""} {
		if !strings.Contains(out, want) {
			t.Errorf("stderr does not name %q:\n%s", want, out)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "never-created")); !os.IsNotExist(err) {
		t.Errorf("the data directory was created before the configuration was valid: %v", err)
	}
}

// TestGatewayFlagDefaultsMatchConfig keeps the flag defaults equal to api.DefaultConfig.
func TestGatewayFlagDefaultsMatchConfig(t *testing.T) {
	var c cli
	parser, err := newParser(&c)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := parser.Parse([]string{"gateway", "run", "--data-dir", "/d", "--master-key", strings.Repeat("ab", 32)}); err != nil {
		t.Fatal(err)
	}
	got := c.Gateway.Run.config()
	want := api.DefaultConfig()
	want.DataDir, want.ContentDir, want.MasterKey = "/d", "/d/content", strings.Repeat("ab", 32)
	gj, _ := json.Marshal(got)
	wj, _ := json.Marshal(want)
	if !bytes.Equal(gj, wj) {
		t.Fatalf("flag defaults differ from api.DefaultConfig:\nflags  %s\nconfig %s", gj, wj)
	}
}

// TestGatewayCORSOriginFlag checks that --cors-origin repeats, takes comma lists, and is read
// from SWARMGATE_CORS_ORIGIN.
func TestGatewayCORSOriginFlag(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		env  string
		want []string
	}{
		{"repeated and comma list", []string{"--cors-origin", "https://a.example", "--cors-origin", "https://b.example,http://localhost:5173"}, "",
			[]string{"https://a.example", "https://b.example", "http://localhost:5173"}},
		{"environment", nil, "https://a.example,https://b.example", []string{"https://a.example", "https://b.example"}},
		{"unset", nil, "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("SWARMGATE_CORS_ORIGIN", tc.env)
			var c cli
			parser, err := newParser(&c)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := parser.Parse(append([]string{"gateway", "run", "--data-dir", "/d"}, tc.args...)); err != nil {
				t.Fatal(err)
			}
			if got := c.Gateway.Run.config().CORSOrigins; strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("CORS origins %q, want %q", got, tc.want)
			}
		})
	}
}

func TestMigrateUpAndStatus(t *testing.T) {
	for _, b := range storetest.Backends {
		t.Run(b.Name, func(t *testing.T) {
			ctx := context.Background()
			args := []string{"--database", b.DSN(t)}
			if b.Name == "sqlite" {
				args = []string{"--data-dir", t.TempDir()}
			}
			out, errOut, err := runCapture(t, ctx, append([]string{"migrate", "status", "--json"}, args...)...)
			if err != nil {
				t.Fatalf("status: %v %s", err, errOut)
			}
			var st struct {
				Dialect    string
				Pending    int
				Migrations []struct{ Applied bool }
			}
			if err := json.Unmarshal([]byte(out), &st); err != nil || st.Pending == 0 || st.Dialect != b.Name {
				t.Fatalf("status before up: %v %s", err, out)
			}
			out, _, err = runCapture(t, ctx, append([]string{"migrate", "up"}, args...)...)
			if err != nil || !strings.Contains(out, "applied 00001_init.sql") {
				t.Fatalf("up: %v %q", err, out)
			}
			out, _, err = runCapture(t, ctx, append([]string{"migrate", "up"}, args...)...)
			if err != nil || !strings.Contains(out, "up to date") {
				t.Fatalf("second up: %v %q", err, out)
			}
			out, _, err = runCapture(t, ctx, append([]string{"migrate", "status"}, args...)...)
			if err != nil || !strings.Contains(out, "00001_init.sql") || strings.Contains(out, "pending") {
				t.Fatalf("status after up: %v\n%s", err, out)
			}
		})
	}
}

func TestMigrateRefusesBadDSN(t *testing.T) {
	_, _, err := runCapture(t, context.Background(), "migrate", "up", "--database", "mysql://u@h/db")
	if err == nil || !strings.Contains(err.Error(), "postgres://") {
		t.Fatalf("bad DSN: %v", err)
	}
}

// TestGatewayRunServes starts the gateway from the command line on SQLite, checks /healthz,
// and stops it by cancelling its context.
func TestGatewayRunServes(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	dir := t.TempDir()
	keyFile := filepath.Join(dir, "master.key")
	if err := os.WriteFile(keyFile, []byte(strings.Repeat("cd", 32)+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	var stderr string
	go func() {
		var err error
		_, stderr, err = runCapture(t, ctx, "gateway", "run", "--listen", addr, "--data-dir", dir, "--master-key-file", keyFile, "--log-format", "json")
		done <- err
	}()
	var res *http.Response
	for i := 0; ; i++ {
		res, err = http.Get("http://" + addr + "/healthz")
		if err == nil {
			break
		}
		select {
		case err := <-done:
			t.Fatalf("gateway exited: %v", err)
		case <-time.After(50 * time.Millisecond):
		}
		if i > 200 {
			t.Fatal("gateway did not start listening")
		}
	}
	res.Body.Close()
	if res.StatusCode != 200 {
		t.Fatalf("healthz: %d", res.StatusCode)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("gateway run: %v", err)
	}
	if strings.Contains(stderr, strings.Repeat("cd", 32)) {
		t.Fatal("the master key appears in the logs")
	}
	if _, err := os.Stat(filepath.Join(dir, "content")); err != nil {
		t.Fatalf("content directory: %v", err)
	}
}

// TestDevMasterKey: a --dev gateway without a master key creates one (0600) in its data
// directory and reuses it on restart; without --dev nothing is created.
func TestDevMasterKey(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	log := slog.New(slog.DiscardHandler)
	prod := &gatewayRunCmd{}
	prod.DataDir = dir
	if err := prod.devMasterKey(log); err != nil || prod.MasterKeyFile != "" {
		t.Fatalf("without --dev: file %q, err %v; want nothing created", prod.MasterKeyFile, err)
	}
	first := &gatewayRunCmd{}
	first.Dev, first.DataDir = true, dir
	if err := first.devMasterKey(log); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(first.MasterKeyFile)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("master key file: %v, %v; want mode 0600", info, err)
	}
	key1, _ := os.ReadFile(first.MasterKeyFile)
	if _, err := keyring.Parse(key1); err != nil {
		t.Fatalf("created key does not parse: %v", err)
	}
	again := &gatewayRunCmd{}
	again.Dev, again.DataDir = true, dir
	if err := again.devMasterKey(log); err != nil {
		t.Fatal(err)
	}
	if key2, _ := os.ReadFile(again.MasterKeyFile); string(key2) != string(key1) {
		t.Fatal("a restart replaced the dev master key: content keys sealed before would be lost")
	}
}
