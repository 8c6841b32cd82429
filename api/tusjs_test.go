package api

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/swarmgate/swarmgate/store"
)

// tusJSDir holds the pinned tus-js-client (package-lock.json) and the script that drives it;
// .ci/run installs its node_modules.
const tusJSDir = "testdata/tusjs"

// tusJSResult is what upload.mjs prints.
type tusJSResult struct {
	URL       string `json:"url"`
	ResumedAt int64  `json:"resumed_at"`
	Error     string `json:"error"`
	Status    int    `json:"status"`
	Code      string `json:"code"`
}

// needTusJS skips the test when Node or the installed tus-js-client is missing, except in CI,
// where a missing client must not pass silently.
func needTusJS(t *testing.T) string {
	t.Helper()
	missing := func(what string) {
		msg := what + "; install it with (cd api/testdata/tusjs && npm ci --ignore-scripts)"
		if os.Getenv("CI") == "true" {
			t.Fatal(msg + " (CI=true: the real-client test must run)")
		}
		t.Skip(msg)
	}
	node, err := exec.LookPath("node")
	if err != nil {
		missing("node is not on PATH")
	}
	if _, err := os.Stat(filepath.Join(tusJSDir, "node_modules", "tus-js-client", "package.json")); err != nil {
		missing("tus-js-client is not installed in " + tusJSDir + "/node_modules")
	}
	return node
}

// runTusJS uploads file with tus-js-client; interruptAfter > 0 aborts the upload once that many
// bytes are accepted and resumes it. It returns what the script printed and whether it exited 0.
func runTusJS(t *testing.T, node, gateway, token, file, policy string, interruptAfter int64) (tusJSResult, bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	args := []string{filepath.Join(tusJSDir, "upload.mjs"), gateway, token, file, policy}
	if interruptAfter > 0 {
		args = append(args, strconv.FormatInt(interruptAfter, 10))
	}
	cmd := exec.CommandContext(ctx, node, args...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatalf("node: %v; stderr %s", err, stderr.String())
	}
	var r tusJSResult
	if jerr := json.Unmarshal(out, &r); jerr != nil {
		t.Fatalf("upload.mjs printed %q (%v); stderr %s", out, err, stderr.String())
	}
	return r, err == nil
}

// TestTusJSClient uploads through the gateway's tus endpoint with tus-js-client, the client
// creator web apps use: an interrupted and resumed upload seals to the file's hash with its
// metadata, and bad metadata is refused with the gateway's problem code, storing nothing.
func TestTusJSClient(t *testing.T) {
	t.Parallel()
	node := needTusJS(t)
	st := storeFor(t)
	g := startGateway(t, st, nil, nil)
	token := session(t, st, "alice", time.Now().Add(time.Hour))
	data := randomBytes(t, 5<<20+12345)
	file := filepath.Join(t.TempDir(), "clip.mp4")
	if err := os.WriteFile(file, data, 0o600); err != nil {
		t.Fatal(err)
	}
	count := func(table string) (n int64) {
		t.Helper()
		if err := st.SQL().QueryRow("SELECT COUNT(*) FROM " + table).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}

	uploadDirBefore := dirNames(g.cfg.uploadDir())

	t.Run("bad metadata", func(t *testing.T) {
		r, ok := runTusJS(t, node, g.url, token, file, `{"model":"free","price":"1000","currency":"","payees":[]}`, 0)
		if ok || r.Status != 422 || r.Code != "invalid_upload" || !strings.Contains(r.Error, "sale_terms_not_allowed") {
			t.Fatalf("tus-js-client with a priced free policy: exit ok %v, %+v", ok, r)
		}
		if n := count("uploads"); n != 0 {
			t.Errorf("%d upload rows after a refused upload", n)
		}
		if after := dirNames(g.cfg.uploadDir()); after != uploadDirBefore {
			t.Errorf("upload directory holds %s after a refused upload; before, %s", after, uploadDirBefore)
		}
		g.checkNothingStoredContent(t)
	})

	t.Run("interrupted and resumed", func(t *testing.T) {
		policy := `{"model":"buy","price":"1000","currency":"","payees":[]}`
		r, ok := runTusJS(t, node, g.url, token, file, policy, 2<<20)
		if !ok || !strings.HasPrefix(r.URL, g.url+"/v1/tus/") {
			t.Fatalf("tus-js-client upload: exit ok %v, %+v", ok, r)
		}
		// The second tus.Upload asked the gateway for the offset and sent only the rest.
		if r.ResumedAt < 2<<20 || r.ResumedAt >= int64(len(data)) {
			t.Fatalf("resumed at byte %d; want at least %d (what was accepted before the abort)", r.ResumedAt, 2<<20)
		}
		id := strings.TrimPrefix(r.URL, g.url+"/v1/tus/")
		u := g.waitUpload(t, token, id)
		g.checkSealed(t, u, data)
		if u.Title != "A tus-js-client upload" || u.Description != "Uploaded by tus-js-client from Node" || u.MimeType != "video/mp4" || u.Filename != "clip.mp4" {
			t.Errorf("upload metadata %+v", u)
		}
		if u.Policy == nil {
			t.Fatalf("upload has no policy: %+v", u)
		}
		if got, _ := json.Marshal(u.Policy); !strings.Contains(string(got), `"model":"buy"`) || !strings.Contains(string(got), `"price":"1000"`) {
			t.Errorf("upload policy %s", got)
		}
		if n := count("uploads"); n != 1 {
			t.Errorf("%d upload rows; want 1 (the resumed upload is the same upload)", n)
		}
		if u.State != store.UploadSealed {
			t.Errorf("state %s", u.State)
		}
	})
}

// dirNames lists the names in dir.
func dirNames(dir string) string {
	ents, _ := os.ReadDir(dir)
	names := make([]string, len(ents))
	for i, e := range ents {
		names[i] = e.Name()
	}
	return "[" + strings.Join(names, " ") + "]"
}

// checkNothingStoredContent checks that no content row, key or sealed file exists.
func (g *liveGateway) checkNothingStoredContent(t *testing.T) {
	t.Helper()
	var n int64
	for _, table := range []string{"content_items", "content_keys"} {
		if err := g.st.SQL().QueryRow("SELECT COUNT(*) FROM " + table).Scan(&n); err != nil || n != 0 {
			t.Errorf("%s rows: %d %v", table, n, err)
		}
	}
	ents, _ := os.ReadDir(g.cfg.contentDir())
	for _, e := range ents {
		if e.Name() != ".sealing" {
			t.Errorf("left in %s: %s", g.cfg.contentDir(), e.Name())
		}
	}
}
