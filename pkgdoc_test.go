package swarmgate_test

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// TestEveryPackageDocumented: every Go package in the module has a package doc comment that
// says what it is for (STYLE.md). Generated bindings carry abigen's own header and are exempt.
func TestEveryPackageDocumented(t *testing.T) {
	documented := map[string]bool{}
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case "testdata", "node_modules", ".git":
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") || strings.Contains(path, "contracts/bindings") {
			return nil
		}
		dir := filepath.Dir(path)
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.PackageClauseOnly|parser.ParseComments)
		if err != nil {
			return err
		}
		if _, seen := documented[dir]; !seen {
			documented[dir] = false
		}
		if f.Doc != nil && len(strings.Fields(f.Doc.Text())) >= 5 {
			documented[dir] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(documented) < 10 {
		t.Fatalf("found only %d packages: is the walk broken?", len(documented))
	}
	for dir, ok := range documented {
		if !ok {
			t.Errorf("package %s has no package doc comment (add a doc.go saying what it is for)", dir)
		}
	}
}
