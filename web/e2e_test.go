package web_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/swarmgate/swarmgate/chain/devchain"
	"github.com/swarmgate/swarmgate/internal/testnet"
)

// e2eAccounts is how many dev accounts the browser specs may sign with (DEV_KEYS); account 0
// also deploys the contracts and relays registrations in a --dev gateway.
const e2eAccounts = 4

// TestBrowser runs every spec in web/e2e/specs in Debian's Chromium (playwright-core, headless)
// against a real gateway: the swarmgate binary built from this tree, `gateway run --dev`, so
// the dev chain with the contracts, sign-in, uploads, sealing, key issuance and the web seed are
// all real; the wallet is simulated in the page (web/e2e/wallet.mjs) and signs with dev keys.
// Each spec gets a fresh gateway. Screenshots of each page at phone and desktop sizes go to
// $SWARMGATE_ARTIFACTS/<test>/ when set, else to t.ArtifactDir() (kept with go test -artifacts).
func TestBrowser(t *testing.T) {
	needBrowser(t)
	specs, err := filepath.Glob(filepath.Join("e2e", "specs", "*.mjs"))
	if err != nil || len(specs) == 0 {
		t.Fatalf("no specs in web/e2e/specs: %v", err)
	}
	bin := buildSwarmgate(t)
	video := sampleVideo(t)
	for _, spec := range specs {
		name := strings.TrimSuffix(filepath.Base(spec), ".mjs")
		t.Run(name, func(t *testing.T) {
			gw := startDevGateway(t, bin)
			runSpec(t, gw, spec, video)
		})
	}
}

// needBrowser skips (or under CI=true fails) unless node, web/e2e's packages, Chromium and the
// web app's build are all here.
func needBrowser(t *testing.T) {
	t.Helper()
	needNode(t, "e2e", "run the browser tests")
	miss := func(why string) {
		t.Helper()
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI must run the browser tests: %s", why)
		}
		t.Skipf("cannot run the browser tests: %s", why)
	}
	if _, err := os.Stat(chromium()); err != nil {
		miss(chromium() + " is missing (apt-get install chromium; never a browser download)")
	}
	if b, err := os.ReadFile(filepath.Join("dist", "index.html")); err != nil || bytes.Contains(b, []byte("not built into this gateway yet")) {
		miss("web/dist holds no build of the web app (run `make web`)")
	}
}

func chromium() string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	return "/usr/bin/chromium"
}

// artifactDir is where a test's screenshots go.
func artifactDir(t *testing.T) string {
	t.Helper()
	if root := os.Getenv("SWARMGATE_ARTIFACTS"); root != "" {
		dir := filepath.Join(root, filepath.FromSlash(t.Name()))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	return t.ArtifactDir()
}

// buildSwarmgate builds the binary from this tree (the web app embedded as committed).
func buildSwarmgate(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "swarmgate")
	start := time.Now()
	cmd := exec.Command("go", "build", "-o", bin, "github.com/swarmgate/swarmgate/cmd/swarmgate")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	t.Logf("built swarmgate in %v", time.Since(start).Round(time.Millisecond))
	return bin
}

// sampleVideo makes a short real video (H.264 + AAC, faststart MP4) for upload flows, or ""
// when ffmpeg is missing (flow specs that need it say so).
func sampleVideo(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("ffmpeg"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI must give the browser tests a video: ffmpeg is missing")
		}
		t.Log("ffmpeg is missing: specs get no E2E_VIDEO")
		return ""
	}
	out := filepath.Join(t.TempDir(), "sample.mp4")
	cmd := exec.Command("ffmpeg", "-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=25",
		"-f", "lavfi", "-i", "sine=frequency=440", "-t", "6", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
		"-c:a", "aac", "-movflags", "+faststart", out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("ffmpeg: %v\n%s", err, b)
	}
	return out
}

// devGateway is a running `swarmgate gateway run --dev`.
type devGateway struct {
	url  string
	rpc  string
	keys []string
}

// startDevGateway starts the binary with its own dev chain on free loopback ports (HTTP and
// the origin seeder's BitTorrent) and waits
// until it answers; t.Cleanup stops it (SIGINT, then kill after 20 s).
func startDevGateway(t *testing.T, bin string) devGateway {
	t.Helper()
	port := freePort(t)
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, bin, "gateway", "run", "--dev",
		"--data-dir", t.TempDir(), "--listen", fmt.Sprintf("127.0.0.1:%d", port), "--public-url", url,
		"--origin-listen", fmt.Sprintf("127.0.0.1:%d", freePort(t)))
	cmd.Env = gatewayEnv()
	cmd.Cancel = func() error { return cmd.Process.Signal(os.Interrupt) }
	cmd.WaitDelay = 20 * time.Second
	logs := &lockedBuffer{}
	cmd.Stdout, cmd.Stderr = logs, logs
	if err := cmd.Start(); err != nil {
		cancel()
		t.Fatalf("start the gateway: %v", err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() {
		cancel()
		<-exited
		if t.Failed() {
			t.Logf("gateway log:\n%s", logs.String())
		}
	})
	deadline := time.Now().Add(90 * time.Second)
	for {
		select {
		case err := <-exited:
			exited <- err
			t.Fatalf("the gateway exited while starting: %v\n%s", err, logs.String())
		default:
		}
		if res, err := http.Get(url + "/v1/chain"); err == nil {
			var info struct {
				RPCURL string `json:"rpc_url"`
			}
			err = json.NewDecoder(res.Body).Decode(&info)
			res.Body.Close()
			if res.StatusCode == http.StatusOK && err == nil {
				if info.RPCURL == "" {
					t.Fatal("GET /v1/chain of a --dev gateway names no rpc_url: the browser wallet needs it")
				}
				gw := devGateway{url: url, rpc: info.RPCURL}
				for _, a := range devchain.DevAccounts(e2eAccounts) {
					gw.keys = append(gw.keys, a.KeyHex())
				}
				return gw
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("the gateway did not answer GET /v1/chain within 90 s:\n%s", logs.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// gatewayEnv is the environment without SWARMGATE_ settings of the machine (the test's flags
// must be the gateway's whole configuration).
func gatewayEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "SWARMGATE_") {
			env = append(env, kv)
		}
	}
	return env
}

func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// runSpec runs `node e2e/run.mjs <spec>` against gw and fails the test when the spec fails;
// the spec's output goes to the test log line by line.
func runSpec(t *testing.T, gw devGateway, spec, video string) {
	t.Helper()
	artifacts := artifactDir(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "node", filepath.Join("e2e", "run.mjs"), spec)
	cmd.Env = append(os.Environ(),
		"GATEWAY_URL="+gw.url, "RPC_URL="+gw.rpc, "DEV_KEYS="+strings.Join(gw.keys, ","),
		"ARTIFACTS="+artifacts, "CHROMIUM="+chromium(), "E2E_VIDEO="+video, "E2E_TIMEOUT=240")
	pr, pw := io.Pipe()
	cmd.Stdout, cmd.Stderr = pw, pw
	done := make(chan struct{})
	go func() {
		defer close(done)
		sc := bufio.NewScanner(pr)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for sc.Scan() {
			t.Log(sc.Text())
		}
	}()
	start := time.Now()
	err := cmd.Run()
	pw.Close()
	<-done
	if err != nil {
		t.Fatalf("spec %s failed after %v: %v (screenshots in %s)", filepath.Base(spec), time.Since(start).Round(time.Millisecond), err, artifacts)
	}
	shots, _ := filepath.Glob(filepath.Join(artifacts, "*.png"))
	if len(shots) == 0 {
		t.Errorf("spec %s saved no screenshots in %s", filepath.Base(spec), artifacts)
	}
	t.Logf("spec %s passed in %v; %d screenshots in %s", filepath.Base(spec), time.Since(start).Round(time.Millisecond), len(shots), artifacts)
}

// lockedBuffer is testnet.SyncBuffer: safe to write from a running command and read from the test.
type lockedBuffer = testnet.SyncBuffer
