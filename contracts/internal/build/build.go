// Package build regenerates everything generated under contracts/: the solc artifacts, the
// standard-JSON verification input and the abigen v2 Go bindings. It is used by
// `go generate ./contracts/...` (through contracts/internal/gen) and by the drift test, so the
// files that are checked in and the files the test compares them with come from one code path.
package build

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
)

// ErrNoNode is returned when Node.js or the pinned npm packages are not installed.
var ErrNoNode = errors.New("node and contracts/node_modules are needed: run `npm ci --ignore-scripts` in contracts/")

// Artifact is one compiled contract, as build.mjs writes it.
type Artifact struct {
	ContractName     string          `json:"contractName"`
	SourceName       string          `json:"sourceName"`
	Compiler         string          `json:"compiler"`
	ABI              json.RawMessage `json:"abi"`
	Bytecode         string          `json:"bytecode"`
	DeployedBytecode string          `json:"deployedBytecode"`
}

// Package is one generated Go bindings package.
type Package struct {
	Name      string   // Go package name
	Dir       string   // output directory, relative to contracts/
	Contracts []string // contract names bound into it
}

// Packages lists the bindings packages for a set of artifacts. Each production contract (from
// src/) gets a package of its own, named after it in lower case (bindings/contentregistry):
// abigen v2 names helper types after functions (Eip712DomainOutput, for instance), so two
// contracts in one package can collide. Test-only contracts (src/test/) share package
// testbindings, so that production code never links them.
func Packages(arts []Artifact) []Package {
	var pkgs []Package
	test := Package{Name: "testbindings", Dir: "bindings/testbindings"}
	for _, a := range arts {
		switch filepath.Dir(a.SourceName) {
		case "src":
			name := strings.ToLower(a.ContractName)
			pkgs = append(pkgs, Package{Name: name, Dir: "bindings/" + name, Contracts: []string{a.ContractName}})
		case "src/test":
			test.Contracts = append(test.Contracts, a.ContractName)
		}
	}
	if len(test.Contracts) > 0 {
		pkgs = append(pkgs, test)
	}
	return pkgs
}

// Generate compiles the sources in contractsDir and writes artifacts to outDir/artifacts and
// bindings to outDir/<Package.Dir>. With outDir == contractsDir it refreshes the checked-in files.
func Generate(contractsDir, outDir string) error {
	if _, err := exec.LookPath("node"); err != nil {
		return ErrNoNode
	}
	if _, err := os.Stat(filepath.Join(contractsDir, "node_modules", "solc")); err != nil {
		return ErrNoNode
	}
	artifactsDir := filepath.Join(outDir, "artifacts")
	if err := os.RemoveAll(artifactsDir); err != nil {
		return err
	}
	cmd := exec.Command("node", "build.mjs", artifactsDir)
	cmd.Dir = contractsDir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("compile contracts: %w\n%s", err, stderr.String())
	}
	arts, err := ReadArtifacts(artifactsDir)
	if err != nil {
		return err
	}
	byName := map[string]Artifact{}
	for _, a := range arts {
		byName[a.ContractName] = a
	}
	pkgs := Packages(arts)
	if err := removeStale(filepath.Join(outDir, "bindings"), pkgs); err != nil {
		return err
	}
	for _, p := range pkgs {
		var types, abis, bins []string
		for _, name := range p.Contracts {
			a := byName[name]
			types = append(types, a.ContractName)
			abis = append(abis, string(a.ABI))
			bins = append(bins, a.Bytecode)
		}
		code, err := abigen.BindV2(types, abis, bins, p.Name, map[string]string{}, map[string]string{})
		if err != nil {
			return fmt.Errorf("bind %s: %w", p.Name, err)
		}
		dir := filepath.Join(outDir, p.Dir)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, "bindings.go"), []byte(code), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// removeStale deletes generated bindings packages that no contract produces any more (a
// renamed or deleted contract), and the single-package layout's bindings.go.
func removeStale(dir string, pkgs []Package) error {
	keep := map[string]bool{}
	for _, p := range pkgs {
		keep[filepath.Base(p.Dir)] = true
	}
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return err
	}
	for _, e := range entries {
		if !keep[e.Name()] {
			if err := os.RemoveAll(filepath.Join(dir, e.Name())); err != nil {
				return err
			}
		}
	}
	return nil
}

// ReadArtifacts reads every contract artifact in dir, sorted by contract name.
func ReadArtifacts(dir string) ([]Artifact, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var arts []Artifact
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".json") || e.Name() == "standard-input.json" {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		var a Artifact
		if err := json.Unmarshal(b, &a); err != nil {
			return nil, fmt.Errorf("%s: %w", e.Name(), err)
		}
		arts = append(arts, a)
	}
	sort.Slice(arts, func(i, j int) bool { return arts[i].ContractName < arts[j].ContractName })
	return arts, nil
}
