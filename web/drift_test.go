package web_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// needNode skips the test (or, under CI=true, fails it) unless node runs and the npm project in
// dir has its packages installed.
func needNode(t *testing.T, dir, what string) {
	t.Helper()
	miss := func(why string) {
		t.Helper()
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI must %s: %s", what, why)
		}
		t.Skipf("cannot %s: %s", what, why)
	}
	if _, err := exec.LookPath("node"); err != nil {
		miss("node is not installed (apt-get install nodejs npm)")
	}
	if _, err := os.Stat(filepath.Join(dir, "package.json")); err != nil {
		miss(filepath.ToSlash(filepath.Join("web", dir)) + "/package.json is missing")
	}
	if _, err := os.Stat(filepath.Join(dir, "node_modules")); err != nil {
		miss("run `npm ci` in " + filepath.ToSlash(filepath.Join("web", dir)) + "/ (make web does)")
	}
	if err := installedMatchesLock(dir); err != nil {
		name := filepath.ToSlash(filepath.Join("web", dir))
		t.Fatalf("%s/node_modules is not what %s/package-lock.json pins (%v): run `npm ci` in %s/", name, name, err, name)
	}
}

// installedMatchesLock checks that every package the lockfile pins (optional ones aside: other
// platforms' binaries) is installed at its version, as npm records in node_modules/.package-lock.json.
func installedMatchesLock(dir string) error {
	type pkgs struct {
		Packages map[string]struct {
			Version  string `json:"version"`
			Optional bool   `json:"optional"`
		} `json:"packages"`
	}
	read := func(p string) (pkgs, error) {
		var v pkgs
		b, err := os.ReadFile(p)
		if err == nil {
			err = json.Unmarshal(b, &v)
		}
		return v, err
	}
	lock, err := read(filepath.Join(dir, "package-lock.json"))
	if err != nil {
		return err
	}
	inst, err := read(filepath.Join(dir, "node_modules", ".package-lock.json"))
	if err != nil {
		return err
	}
	for path, p := range lock.Packages {
		if path == "" || p.Optional {
			continue
		}
		if got, ok := inst.Packages[path]; !ok || got.Version != p.Version {
			return fmt.Errorf("%s %s is not installed", strings.TrimPrefix(path, "node_modules/"), p.Version)
		}
	}
	return nil
}

// TestDistMatchesSources rebuilds the web app from its sources in a copy of web/ (with
// contracts/artifacts, which the build reads) and fails when any file of the committed web/dist
// differs, is missing or is left over, or when the build changes a committed generated source
// (src/abi.gen.ts): `go build` embeds web/dist as it is, so it must be what the sources build.
func TestDistMatchesSources(t *testing.T) {
	needNode(t, ".", "check web/dist for drift")
	tmp := t.TempDir()
	copyTree(t, ".", filepath.Join(tmp, "web"), func(rel string) bool {
		return rel == "dist" || rel == "e2e" || strings.HasSuffix(rel, ".go")
	})
	if _, err := os.Stat(filepath.Join("..", "contracts", "artifacts")); err == nil {
		copyTree(t, filepath.Join("..", "contracts", "artifacts"), filepath.Join(tmp, "contracts", "artifacts"), nil)
	}
	cmd := exec.Command("npm", "run", "--silent", "build")
	cmd.Dir = filepath.Join(tmp, "web")
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	start := time.Now()
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("npm run build: %v\n%s", err, out)
	}
	t.Logf("built the web app in %v", time.Since(start).Round(time.Millisecond))

	want := readTree(t, filepath.Join(tmp, "web", "dist"))
	got := readTree(t, "dist")
	for name, w := range want {
		g, ok := got[name]
		switch {
		case !ok:
			t.Errorf("web/dist/%s is missing: run `make web` and commit web/dist", name)
		case !bytes.Equal(g, w):
			t.Errorf("web/dist/%s differs from what the sources build: run `make web` and commit web/dist", name)
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("web/dist/%s is not built from the sources: run `make web` (it empties dist first) and commit", name)
		}
	}
	// Sources the build regenerates (src/abi.gen.ts) must be committed as generated.
	built := readTree(t, filepath.Join(tmp, "web"))
	for name, b := range built {
		if strings.HasPrefix(name, "node_modules/") || strings.HasPrefix(name, "dist/") {
			continue
		}
		if orig, err := os.ReadFile(filepath.FromSlash(name)); err != nil || !bytes.Equal(orig, b) {
			t.Errorf("web/%s changes when the web app is built: run `make web` and commit it", name)
		}
	}
	if _, ok := want["index.html"]; !ok {
		t.Errorf("the build wrote no dist/index.html")
	}
	if _, ok := want["sw.js"]; !ok {
		t.Errorf("the build wrote no dist/sw.js (the Service Worker must sit at the root for scope /)")
	}
}

// copyTree copies the regular files under src to dst, skipping paths (relative, slash
// separated) for which skip reports true. Files in node_modules (large) are hard-linked where
// the file system allows, everything else is copied; symbolic links are copied as links.
func copyTree(t *testing.T, src, dst string, skip func(rel string) bool) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		if rel != "." && skip != nil && skip(filepath.ToSlash(rel)) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		out := filepath.Join(dst, rel)
		switch {
		case d.IsDir():
			return os.MkdirAll(out, 0o755)
		case d.Type()&fs.ModeSymlink != 0:
			target, err := os.Readlink(p)
			if err != nil {
				return err
			}
			return os.Symlink(target, out)
		case !d.Type().IsRegular():
			return nil
		}
		// Only packages are linked: the build writes generated sources (a write through a
		// link would change the original).
		if strings.Contains(filepath.ToSlash(rel), "node_modules/") && os.Link(p, out) == nil {
			return nil
		}
		in, err := os.Open(p)
		if err != nil {
			return err
		}
		defer in.Close()
		info, err := in.Stat()
		if err != nil {
			return err
		}
		f, err := os.OpenFile(out, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, info.Mode().Perm())
		if err != nil {
			return err
		}
		if _, err := io.Copy(f, in); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	})
	if err != nil {
		t.Fatalf("copy %s: %v", src, err)
	}
}

// readTree returns the regular files under dir by slash-separated relative path.
func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "node_modules" {
			return filepath.SkipDir
		}
		if !d.Type().IsRegular() {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = b
		return nil
	})
	if err != nil {
		t.Fatalf("read %s: %v", dir, err)
	}
	return files
}
