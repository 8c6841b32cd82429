package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// runningDemo is `swarmgate demo` running in the test process.
type runningDemo struct {
	info           demoInfo
	stdout, stderr *syncBuffer
	stop           func() error
}

// startDemo runs `swarmgate --json demo --data-dir dir` on free ports with extra flags and
// waits for its summary; the demo is stopped when the test ends, if not before.
func startDemo(t *testing.T, dir string, extra ...string) *runningDemo {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	d := &runningDemo{stdout: &syncBuffer{}, stderr: &syncBuffer{}}
	done := make(chan error, 1)
	go func() {
		done <- runCLI(ctx, t, d.stdout, d.stderr, append([]string{"--json", "demo", "--data-dir", dir, "--listen", "127.0.0.1:0", "--rpc-port", "0"}, extra...)...)
	}()
	var stopped bool
	var stopErr error
	d.stop = func() error {
		if !stopped {
			stopped = true
			cancel()
			select {
			case stopErr = <-done:
			case <-time.After(60 * time.Second):
				t.Fatal("the demo did not stop within 60 s of Ctrl-C")
			}
		}
		return stopErr
	}
	t.Cleanup(func() { _ = d.stop() })
	for deadline := time.Now().Add(4 * time.Minute); ; time.Sleep(100 * time.Millisecond) {
		if json.Unmarshal([]byte(d.stdout.String()), &d.info) == nil && d.info.ContentID != "" {
			return d
		}
		select {
		case err := <-done:
			stopped, stopErr = true, err
			t.Fatalf("the demo ended before printing its summary: %v\nstderr:\n%s\nlog:\n%s", err, d.stderr.String(), tailFile(filepath.Join(dir, "demo.log"), 4000))
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("no summary after 4 minutes; stderr:\n%s\nlog:\n%s", d.stderr.String(), tailFile(filepath.Join(dir, "demo.log"), 4000))
		}
	}
}

func tailFile(path string, n int) string {
	b, _ := os.ReadFile(path)
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return string(b)
}

// shellWords splits a command line the demo printed (words, single-quoted words) and drops the
// command that runs swarmgate.
func shellWords(t *testing.T, line string) []string {
	t.Helper()
	for _, prefix := range []string{"go run ./cmd/swarmgate ", "swarmgate "} {
		if rest, ok := strings.CutPrefix(line, prefix); ok {
			line = rest
			break
		}
	}
	var words []string
	var cur strings.Builder
	in, quoted := false, false
	for _, r := range line {
		switch {
		case r == '\'':
			quoted = !quoted
			in = true
		case r == ' ' && !quoted:
			if in {
				words = append(words, cur.String())
				cur.Reset()
				in = false
			}
		default:
			cur.WriteRune(r)
			in = true
		}
	}
	if quoted {
		t.Fatalf("unbalanced quotes in %q", line)
	}
	if in {
		words = append(words, cur.String())
	}
	return words
}

// TestDemoWatchRestartAndMismatch runs the demo as a newcomer would: the printed watch command,
// run as printed, serves exactly the shipped clip on its local URL (and a real player decodes
// it); the printed earnings command reports the seeders' receipts; Ctrl-C stops everything and
// frees the gateway's port. A second run on the same data directory goes on with the same chain,
// contracts, item and viewer, and the printed get command writes the clip. With the chain
// removed but the database kept, the demo refuses to start and says to use --fresh; --fresh
// then starts both afresh.
func TestDemoWatchRestartAndMismatch(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "demo")
	ctx := context.Background()
	start := time.Now()
	d := startDemo(t, dir)
	t.Logf("first start: summary after %s", time.Since(start).Round(time.Millisecond))
	info := d.info
	if info.Resumed || info.ChainID != 1337 || info.Seeders == nil || len(info.Seeders) != demoSeeders || info.Price != demoPrice+" ETH" {
		t.Fatalf("summary: %+v", info)
	}
	for _, f := range []string{info.Deployment, info.PassphraseFile, info.Creator.Keystore, info.Viewer.Keystore, info.LogFile} {
		if _, err := os.Stat(f); err != nil {
			t.Errorf("the summary names %s: %v", f, err)
		}
	}
	if st, err := os.Stat(info.PassphraseFile); err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("passphrase file mode: %v %v", st.Mode(), err)
	}
	// What the gateway publishes points at the demo's chain.
	res, err := http.Get(info.GatewayURL + "/v1/chain")
	if err != nil {
		t.Fatal(err)
	}
	var ci struct {
		ChainID    uint64 `json:"chain_id"`
		Registry   string `json:"registry"`
		Escrow     string `json:"escrow"`
		StartBlock uint64 `json:"start_block"`
		RPCURL     string `json:"rpc_url"`
	}
	json.NewDecoder(res.Body).Decode(&ci)
	res.Body.Close()
	if ci.ChainID != 1337 || ci.Registry != info.Registry || ci.Escrow != info.Escrow || ci.StartBlock != info.StartBlock || ci.StartBlock == 0 || ci.RPCURL != info.RPCURL {
		t.Fatalf("GET /v1/chain: %+v, summary %+v", ci, info)
	}

	// The printed watch command, as printed.
	watchArgs := shellWords(t, info.Commands.Watch)
	if watchArgs[0] != "watch" || !strings.Contains(info.Commands.Watch, "--keystore "+info.Viewer.Keystore) {
		t.Fatalf("watch command: %s", info.Commands.Watch)
	}
	watchStart := time.Now()
	url, wstderr, endWatch := startWatch(t, watchArgs[1:]...)
	urlAfter := time.Since(watchStart)
	status, body, _ := rangeGet(t, url, "")
	t.Logf("watch: URL after %s, whole clip read after %s", urlAfter.Round(time.Millisecond), time.Since(watchStart).Round(time.Millisecond))
	if status != http.StatusOK || !bytes.Equal(body, demoClip) {
		t.Fatalf("the watch URL gave status %d and %d bytes, not the %d-byte clip\n%s", status, len(body), len(demoClip), wstderr.String())
	}
	if ffprobe, err := exec.LookPath("ffprobe"); err == nil {
		out, err := exec.Command(ffprobe, "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", url).CombinedOutput()
		if dur, perr := strconv.ParseFloat(strings.TrimSpace(string(out)), 64); err != nil || perr != nil || dur < 9.5 || dur > 10.5 {
			t.Fatalf("ffprobe on the watch URL: %v %s", err, out)
		}
	} else {
		t.Log("ffprobe is not installed: the player check was left out")
	}
	if err := endWatch(); err != nil {
		t.Fatalf("watch: %v\n%s", err, wstderr.String())
	}

	// The printed earnings commands work while the nodes run, and account for every byte the
	// viewer got (the ciphertext is a little longer than the clip).
	if len(info.Commands.Earnings) != demoSeeders+1 {
		t.Fatalf("earnings commands: %v", info.Commands.Earnings)
	}
	var served uint64
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(500 * time.Millisecond) {
		served = 0
		var who []string
		unpaid := false
		for _, line := range info.Commands.Earnings {
			out, _ := mustRun(t, ctx, append([]string{"--json"}, shellWords(t, line)...)...)
			var rep struct {
				Totals struct {
					BytesServed uint64 `json:"bytesServed"`
					Earned      string `json:"earned"`
				} `json:"totals"`
			}
			if err := json.Unmarshal([]byte(out), &rep); err != nil {
				t.Fatalf("%s: %v: %s", line, err, out)
			}
			served += rep.Totals.BytesServed
			who = append(who, fmt.Sprintf("%d bytes for %s wei", rep.Totals.BytesServed, rep.Totals.Earned))
			if rep.Totals.BytesServed > 32<<10 && (rep.Totals.Earned == "" || rep.Totals.Earned == "0") {
				unpaid = true // every node charges: a node that served more than a chunk was paid
			}
		}
		if served >= uint64(len(demoClip)) && !unpaid {
			t.Logf("bytes served to the viewer by seeder 1, seeder 2, origin: %s", strings.Join(who, ", "))
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the nodes' databases account for %d bytes served (%s), the clip is %d; each serving node must be paid", served, strings.Join(who, ", "), len(demoClip))
		}
	}

	// Ctrl-C: everything stops, the ports are free again.
	stopStart := time.Now()
	if err := d.stop(); err != nil {
		t.Fatalf("the demo ended with %v after Ctrl-C\n%s", err, d.stderr.String())
	}
	t.Logf("stopped %s after Ctrl-C", time.Since(stopStart).Round(time.Millisecond))
	if res, err := http.Get(info.GatewayURL + "/healthz"); err == nil {
		res.Body.Close()
		t.Fatal("the gateway still answers after the demo stopped")
	}

	// Again on the same directory: the same chain, contracts, item and accounts.
	start = time.Now()
	d2 := startDemo(t, dir)
	t.Logf("second start: summary after %s", time.Since(start).Round(time.Millisecond))
	if !d2.info.Resumed || d2.info.ContentID != info.ContentID || d2.info.Registry != info.Registry ||
		d2.info.Viewer.Address != info.Viewer.Address || d2.info.Creator.Address != info.Creator.Address {
		t.Fatalf("second run: %+v\nfirst run: %+v", d2.info, info)
	}
	getArgs := shellWords(t, d2.info.Commands.Get)
	out := filepath.Join(t.TempDir(), "clip.mp4")
	for i, a := range getArgs {
		if a == "--out" {
			getArgs[i+1] = out
		}
	}
	mustRun(t, ctx, getArgs...)
	if got, err := os.ReadFile(out); err != nil || !bytes.Equal(got, demoClip) {
		t.Fatalf("get after a restart: %v, %d bytes", err, len(got))
	}
	// The other printed commands: the catalog lists the item as the viewer's, a deposit works,
	// and the buy command parses (the viewer owns the item already).
	out2, _ := mustRun(t, ctx, shellWords(t, d2.info.Commands.List)...)
	if !strings.Contains(out2, demoTitle) || !strings.Contains(out2, "for sale at "+demoPrice+" ETH") {
		t.Fatalf("%s:\n%s", d2.info.Commands.List, out2)
	}
	mustRun(t, ctx, shellWords(t, d2.info.Commands.Deposit)...)
	var c cli
	parser, err := newParser(&c)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := parser.Parse(shellWords(t, d2.info.Commands.AccessBuy)); err != nil {
		t.Fatalf("%s: %v", d2.info.Commands.AccessBuy, err)
	}

	// A second demo on a directory in use is refused, and leaves the running one alone.
	_, _, err = runCapture(t, ctx, "demo", "--data-dir", dir, "--listen", "127.0.0.1:0", "--rpc-port", "0")
	if err == nil || !strings.Contains(err.Error(), "another demo running") {
		t.Fatalf("a second demo on a directory in use: %v", err)
	}
	if !httpOK(d2.info.GatewayURL + "/healthz") {
		t.Fatal("the running demo's gateway stopped answering")
	}
	if err := d2.stop(); err != nil {
		t.Fatalf("second run: %v", err)
	}

	// The chain gone, the database kept: refused, saying what to do.
	if err := os.RemoveAll(filepath.Join(dir, "chain")); err != nil {
		t.Fatal(err)
	}
	_, _, err = runCapture(t, ctx, "demo", "--data-dir", dir, "--listen", "127.0.0.1:0", "--rpc-port", "0")
	if !errors.Is(err, errDemoMismatch) || !strings.Contains(err.Error(), "--fresh") {
		t.Fatalf("a demo directory without its chain: %v", err)
	}
	notes := filepath.Join(dir, "my-notes.txt")
	if err := os.WriteFile(notes, []byte("mine"), 0o600); err != nil {
		t.Fatal(err)
	}
	d3 := startDemo(t, dir, "--fresh")
	if d3.info.Resumed || d3.info.Viewer.Address == info.Viewer.Address {
		t.Fatalf("--fresh: %+v", d3.info)
	}
	if b, err := os.ReadFile(notes); err != nil || string(b) != "mine" {
		t.Fatalf("--fresh deleted a file the demo did not make: %v", err)
	}
	if err := d3.stop(); err != nil {
		t.Fatalf("--fresh run: %v", err)
	}
}

// TestDemoBadFlags: bad flags and a directory that is not the demo's are refused before
// anything starts, with what to do, and the directory is left alone.
func TestDemoBadFlags(t *testing.T) {
	t.Parallel()
	other := t.TempDir()
	keep := filepath.Join(other, "thesis.tex")
	if err := os.WriteFile(keep, []byte("precious"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"listen not host:port", []string{"demo", "--data-dir", t.TempDir(), "--listen", "8080"}, 1, "--listen \"8080\" is not HOST:PORT"},
		{"listen bad port", []string{"demo", "--data-dir", t.TempDir(), "--listen", "127.0.0.1:99999"}, 1, "port \"99999\""},
		{"listen bad host", []string{"demo", "--data-dir", t.TempDir(), "--listen", "gateway.local:8080"}, 1, "is not an IP address"},
		{"rpc port", []string{"demo", "--data-dir", t.TempDir(), "--rpc-port", "70000"}, 1, "--rpc-port 70000"},
		{"several at once", []string{"demo", "--data-dir", t.TempDir(), "--listen", "x", "--rpc-port=-1"}, 1, "--rpc-port -1"},
		{"not a demo directory", []string{"demo", "--data-dir", other, "--listen", "127.0.0.1:0", "--rpc-port", "0"}, 1, "not a demo data directory"},
		{"not a demo directory, --fresh", []string{"demo", "--data-dir", other, "--fresh", "--listen", "127.0.0.1:0", "--rpc-port", "0"}, 1, "neither uses nor deletes it"},
		{"unknown flag", []string{"demo", "--price", "1"}, 2, "unknown flag --price"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr syncBuffer
			if code := run(context.Background(), tc.args, &stdout, &stderr); code != tc.code || !strings.Contains(stderr.String(), tc.want) {
				t.Fatalf("exit %d (want %d); stderr %q does not say %q", code, tc.code, stderr.String(), tc.want)
			}
		})
	}
	if b, err := os.ReadFile(keep); err != nil || string(b) != "precious" {
		t.Fatalf("the demo touched a directory that is not its own: %v %q", err, b)
	}
	if entries, _ := os.ReadDir(other); len(entries) != 1 {
		t.Fatalf("the demo wrote into a directory that is not its own: %d entries", len(entries))
	}
	var stdout, stderr syncBuffer
	if code := run(context.Background(), []string{"demo", "--help"}, &stdout, &stderr); code != 0 {
		t.Fatalf("--help: exit %d", code)
	}
	for _, env := range []string{"SWARMGATE_DATA_DIR", "SWARMGATE_LISTEN", "SWARMGATE_RPC_PORT", "SWARMGATE_FRESH"} {
		if !strings.Contains(stdout.String(), env) {
			t.Errorf("demo --help does not name %s:\n%s", env, stdout.String())
		}
	}
}

// TestDemoClip: the shipped clip is a real, small video that decodes (H.264 and AAC, 10 s).
func TestDemoClip(t *testing.T) {
	t.Parallel()
	if len(demoClip) > 1<<20 || len(demoClip) < 8 || string(demoClip[4:8]) != "ftyp" {
		t.Fatalf("the clip is %d bytes and starts %q: not a small MP4", len(demoClip), demoClip[:min(8, len(demoClip))])
	}
	ffprobe, err := exec.LookPath("ffprobe")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("ffprobe is required under CI=true (apt-get install ffmpeg)")
		}
		t.Skip("ffprobe is not installed (apt-get install ffmpeg): the decode check cannot run")
	}
	out, err := exec.Command(ffprobe, "-v", "error", "-show_entries", "stream=codec_name:format=duration", "-of", "csv=p=0", "demo/clip.mp4").CombinedOutput()
	if err != nil || !strings.Contains(string(out), "h264") || !strings.Contains(string(out), "aac") || !strings.Contains(string(out), "10.0") {
		t.Fatalf("ffprobe: %v\n%s", err, out)
	}
	if out, err := exec.Command("ffmpeg", "-v", "error", "-i", "demo/clip.mp4", "-f", "null", "-").CombinedOutput(); err != nil || len(bytes.TrimSpace(out)) > 0 {
		t.Fatalf("ffmpeg decode: %v\n%s", err, out)
	}
}

// TestDemoPortsInUse: a gateway or RPC port another process holds stops the demo with a message
// that names it and exit code 1; the first run left unfinished is started afresh the next time.
func TestDemoPortsInUse(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	busy := ln.Addr().(*net.TCPAddr).Port
	dir := filepath.Join(t.TempDir(), "demo")

	var stdout, stderr syncBuffer
	if code := run(context.Background(), []string{"demo", "--data-dir", dir, "--rpc-port", strconv.Itoa(busy), "--listen", "127.0.0.1:0"}, &stdout, &stderr); code != 1 ||
		!strings.Contains(stderr.String(), "port already in use") || !strings.Contains(stderr.String(), strconv.Itoa(busy)) || !strings.Contains(stderr.String(), "--rpc-port") {
		t.Fatalf("RPC port in use: exit %d, stderr %s", code, stderr.String())
	}
	stdout, stderr = syncBuffer{}, syncBuffer{}
	if code := run(context.Background(), []string{"demo", "--data-dir", dir, "--rpc-port", "0", "--listen", ln.Addr().String()}, &stdout, &stderr); code != 1 ||
		!strings.Contains(stderr.String(), "the gateway did not start") || !strings.Contains(stderr.String(), "address already in use") || !strings.Contains(stderr.String(), "another --listen") {
		t.Fatalf("gateway port in use: exit %d, stderr %s", code, stderr.String())
	}
	b, err := os.ReadFile(filepath.Join(dir, demoStateFile))
	var st demoState
	if err != nil || json.Unmarshal(b, &st) != nil || st.Ready {
		t.Fatalf("after a failed first run the state is %s (%v), want not ready", b, err)
	}
	if st, err := prepareDemoDir(demoLayout{dir: dir}, false); err != nil || st != nil {
		t.Fatalf("an unfinished first run is not started afresh: %+v %v", st, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "chain")); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("the unfinished run's chain is still there: %v", err)
	}
}

// demoSignals runs the demo as its own process, as `make demo` does, and stops it
// the way Ctrl-C does (SIGINT), then again as closing its terminal does (SIGHUP): each time it
// exits 0 within seconds and its gateway and chain are gone, and the next run on the same
// directory goes on with the same item.
func demoSignals(t *testing.T, bin string) {
	dir := filepath.Join(t.TempDir(), "demo")
	for i, sig := range []os.Signal{os.Interrupt, syscall.SIGHUP, os.Interrupt} {
		info, cmd, done, stderr := startDemoProcess(t, bin, dir)
		if info.Resumed != (i > 0) {
			t.Fatalf("run %d: resumed %v", i+1, info.Resumed)
		}
		if err := cmd.Process.Signal(sig); err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("after %v the demo exited with %v\n%s", sig, err, stderr.String())
			}
		case <-time.After(60 * time.Second):
			t.Fatalf("the demo did not exit within 60 s of %v\n%s", sig, stderr.String())
		}
		t.Logf("run %d: exited 0 %s after %v", i+1, time.Since(start).Round(time.Millisecond), sig)
		for _, u := range []string{info.GatewayURL + "/healthz", info.RPCURL} {
			if res, err := http.Get(u); err == nil {
				res.Body.Close()
				t.Errorf("%s still answers after the demo exited", u)
			}
		}
	}
}

// startDemoProcess starts the demo binary on dir and waits for its summary.
func startDemoProcess(t *testing.T, bin, dir string) (demoInfo, *exec.Cmd, <-chan error, *syncBuffer) {
	t.Helper()
	cmd := exec.Command(bin, "--json", "demo", "--data-dir", dir, "--listen", "127.0.0.1:0", "--rpc-port", "0")
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir()}
	var stdout, stderr syncBuffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			_ = cmd.Process.Kill()
			<-done
		}
	})
	var info demoInfo
	for deadline := time.Now().Add(4 * time.Minute); json.Unmarshal([]byte(stdout.String()), &info) != nil || info.ContentID == ""; time.Sleep(100 * time.Millisecond) {
		select {
		case err := <-done:
			t.Fatalf("the demo exited: %v\n%s", err, stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("no summary after 4 minutes:\n%s", stderr.String())
		}
	}
	return info, cmd, done, &stderr
}
