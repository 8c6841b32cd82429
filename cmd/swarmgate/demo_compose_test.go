package main

import (
	"bufio"
	"bytes"
	"context"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/alecthomas/kong"
	"github.com/ethereum/go-ethereum/common"
	"github.com/goccy/go-yaml"

	"github.com/swarmgate/swarmgate/chain/devchain"
	"github.com/swarmgate/swarmgate/chain/wallet"
)

// composeFile is the part of deploy/compose.yaml the test checks.
type composeFile struct {
	Services map[string]composeService `yaml:"services"`
	Volumes  map[string]any            `yaml:"volumes"`
}

type composeService struct {
	Image       string   `yaml:"image"`
	Command     []string `yaml:"command"`
	Volumes     []string `yaml:"volumes"`
	Ports       []string `yaml:"ports"`
	EnvFile     []string `yaml:"env_file"`
	NetworkMode string   `yaml:"network_mode"`
}

// flagValue is the value of --name=V or --name V in args, and whether it is there.
func flagValue(args []string, name string) (string, bool) {
	for i, a := range args {
		if v, ok := strings.CutPrefix(a, "--"+name+"="); ok {
			return v, true
		}
		if a == "--"+name && i+1 < len(args) {
			return args[i+1], true
		}
	}
	return "", false
}

// TestSwarmgateBinary builds the binary once (as the Dockerfile does, without its flags) and
// runs the checks that need it as a real process: the compose file's commands, and the demo's
// signal handling.
func TestSwarmgateBinary(t *testing.T) {
	bin := buildSwarmgate(t)
	t.Run("compose_stack", func(t *testing.T) { composeStack(t, bin) })
	t.Run("demo_signals", func(t *testing.T) { demoSignals(t, bin) })
}

// composeStack checks deploy/compose.yaml without a container engine: every swarmgate
// service's command runs as a real process of the binary the image builds, with --help
// appended, so a removed or renamed flag or a value of the wrong type fails here; the command
// also parses as a whole (arguments, enums, durations). Then what makes the stack work: the
// gateway has a relayer and a master key, the deployment file the chain writes is the one the
// others read, from a volume they mount; dev keys and keystores are dev accounts (funded) and
// the keystores unlock with the passphrase file; the seeders join the gateway for the item the
// upload tool registers and publish their announced ports; every volume a service writes is a
// directory the Dockerfile gives the image's nonroot user; deploy/example.env names flags only.
func composeStack(t *testing.T, bin string) {
	raw, err := os.ReadFile("../../deploy/compose.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var cf composeFile
	// A key next to a merge (<<: *swarmgate) overrides the merged one, as in compose; goccy
	// calls that a duplicate unless allowed.
	if err := yaml.UnmarshalWithOptions(raw, &cf, yaml.AllowDuplicateMapKey()); err != nil {
		t.Fatalf("compose.yaml: %v", err)
	}
	ours := map[string]composeService{}
	for name, s := range cf.Services {
		if s.Image == "swarmgate:dev" {
			ours[name] = s
		}
	}
	for _, want := range []string{"chain", "gateway", "upload", "seeder-1", "seeder-2"} {
		if _, ok := ours[want]; !ok {
			t.Fatalf("compose.yaml has no swarmgate service %q (services: %v)", want, slices.Sorted(maps.Keys(cf.Services)))
		}
	}
	if _, ok := cf.Services["postgres"]; !ok {
		t.Fatal("compose.yaml has no postgres service")
	}

	// Every command, as a process of the real binary.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	for name, s := range ours {
		t.Run(name, func(t *testing.T) {
			if len(s.Command) < 1 {
				t.Fatalf("%s has no command", name)
			}
			cmd := exec.CommandContext(ctx, bin, append(slices.Clone(s.Command), "--help")...)
			cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir()} // no SWARMGATE_… of this machine
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("swarmgate %s --help: %v\n%s", strings.Join(s.Command, " "), err, out)
			}
			words := s.Command
			if len(words) > 2 {
				words = words[:2]
			}
			if !strings.Contains(string(out), "Usage: swarmgate "+strings.Join(words, " ")) && !strings.Contains(string(out), "Usage: swarmgate "+words[0]) {
				t.Fatalf("swarmgate %s --help printed no usage of the command:\n%s", strings.Join(s.Command, " "), out)
			}
			var c cli
			parser, err := newParser(&c, kong.Writers(&bytes.Buffer{}, &bytes.Buffer{}), kong.Exit(func(int) {}))
			if err != nil {
				t.Fatal(err)
			}
			t.Setenv("SWARMGATE_MASTER_KEY", strings.Repeat("ab", 32)) // from deploy/.env
			if _, err := parser.Parse(s.Command); err != nil {
				t.Fatalf("swarmgate %s: %v", strings.Join(s.Command, " "), err)
			}
			if !slices.Contains(s.EnvFile, ".env") {
				t.Errorf("%s does not read .env (the master key and log format come from there)", name)
			}
		})
	}

	// The chain writes the deployment file the others read, on a volume they all mount.
	dep, ok := flagValue(ours["chain"].Command, "deployment")
	if !ok {
		t.Fatal("the chain service writes no --deployment file")
	}
	mountOf := func(s composeService, path string) (string, bool) {
		src, _, ok := composeMount(s, path)
		return src, ok
	}
	chainVol, ok := mountOf(ours["chain"], dep)
	if !ok {
		t.Fatalf("the chain writes %s outside its volumes", dep)
	}
	for _, name := range []string{"gateway", "upload", "seeder-1", "seeder-2"} {
		s := ours[name]
		if got, _ := flagValue(s.Command, "deployment"); got != dep {
			t.Errorf("%s reads --deployment %q, the chain writes %q", name, got, dep)
		}
		if vol, ok := mountOf(s, dep); !ok || vol != chainVol {
			t.Errorf("%s does not mount volume %q where the deployment file is", name, chainVol)
		}
		if rpc, _ := flagValue(s.Command, "rpc-url"); rpc != "http://chain:8545" {
			t.Errorf("%s --rpc-url %q is not the chain service", name, rpc)
		}
	}

	// Accounts: dev keys and keystores are dev accounts, so the chain funded them.
	devAddrs := map[common.Address]bool{}
	for _, a := range devchain.DevAccounts(devchain.DefaultAccounts) {
		devAddrs[a.Address] = true
	}
	pass, err := wallet.ReadPassphrase("../../deploy/dev-keys/passphrase")
	if err != nil {
		t.Fatal(err)
	}
	checkKeystore := func(service, flag string) {
		s := ours[service]
		dir, ok := flagValue(s.Command, flag)
		if !ok {
			t.Errorf("%s has no --%s", service, flag)
			return
		}
		host, ok := composeHostPath(s, dir)
		if !ok {
			t.Errorf("%s --%s %s is not on a bind mount of deploy/", service, flag, dir)
			return
		}
		passFile, _ := flagValue(s.Command, "passphrase-file")
		if hostPass, _ := composeHostPath(s, passFile); hostPass != "../../deploy/dev-keys/passphrase" {
			t.Errorf("%s --passphrase-file %s is not deploy/dev-keys/passphrase", service, passFile)
		}
		key, err := wallet.Open(host).Unlock(common.Address{}, pass)
		if err != nil {
			t.Errorf("%s --%s %s (%s): %v", service, flag, dir, host, err)
			return
		}
		if !devAddrs[key.Address] {
			t.Errorf("%s's account %s is not a (funded) dev account", service, key.Address)
		}
	}
	checkKeystore("gateway", "relayer-keystore")
	checkKeystore("upload", "keystore")
	if err := func() error {
		_, err := wallet.Open("../../deploy/dev-keys/viewer").Unlock(common.Address{}, pass)
		return err
	}(); err != nil {
		t.Errorf("deploy/dev-keys/viewer: %v", err)
	}
	payouts := map[string]bool{}
	for _, name := range []string{"seeder-1", "seeder-2"} {
		s := ours[name]
		k, ok := flagValue(s.Command, "dev-key")
		if payouts[k] {
			t.Errorf("%s pays out to the same account as another seeder", name)
		}
		payouts[k] = true
		if !ok {
			t.Errorf("%s has no payout key", name)
			continue
		}
		key, err := wallet.RawKey(devchain.ChainID, k)
		if err != nil || !devAddrs[key.Address] {
			t.Errorf("%s --dev-key is not a dev account: %v", name, err)
		}
		// It joins the gateway for the item the upload tool registers (the first: id 1).
		if g, _ := flagValue(s.Command, "gateway"); g != "http://gateway:8080" {
			t.Errorf("%s --gateway %q is not the gateway service", name, g)
		}
		if c, _ := flagValue(s.Command, "content"); c != "1" {
			t.Errorf("%s --content %q is not the uploaded item 1", name, c)
		}
		pub, _ := flagValue(s.Command, "public-addr")
		listen, _ := flagValue(s.Command, "listen")
		_, pubPort, _ := strings.Cut(pub, ":")
		_, listenPort, _ := strings.Cut(listen, ":")
		if !slices.Contains(s.Ports, pub+":"+listenPort) || pubPort == "" {
			t.Errorf("%s announces %s but publishes %v (listening on %s)", name, pub, s.Ports, listen)
		}
	}
	if _, ok := flagValue(ours["gateway"].Command, "origin-listen"); !ok {
		t.Error("the gateway names no --origin-listen")
	}
	if m, _ := flagValue(ours["upload"].Command, "gateway"); m != "http://localhost:8080" || ours["upload"].NetworkMode != "service:gateway" {
		t.Error("the upload tool must reach the gateway at its public URL, from the gateway's network namespace")
	}
	if clip, ok := composeHostPath(ours["upload"], ours["upload"].Command[2]); !ok {
		t.Errorf("the upload tool's file %s is not on a bind mount", ours["upload"].Command[2])
	} else if b, err := os.ReadFile(clip); err != nil || !bytes.Equal(b, demoClip) {
		t.Errorf("the upload tool's file %s (%s) is not the shipped clip: %v", ours["upload"].Command[2], clip, err)
	}

	// Volumes the services write are directories the image gives its nonroot user.
	df, err := os.ReadFile("../../deploy/Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	mkdir := regexp.MustCompile(`RUN mkdir -p ((?:/out/root/\S+ ?)+)`).FindSubmatch(df)
	if mkdir == nil || !bytes.Contains(df, []byte("COPY --from=build --chown=65532:65532 /out/root/ /")) || !bytes.Contains(df, []byte("USER nonroot")) {
		t.Fatal("the Dockerfile does not make the volume directories for its nonroot user (65532)")
	}
	owned := strings.Fields(strings.ReplaceAll(string(mkdir[1]), "/out/root", ""))
	for name, s := range ours {
		for _, v := range s.Volumes {
			parts := strings.Split(v, ":")
			if len(parts) < 2 || strings.HasPrefix(parts[0], ".") || (len(parts) == 3 && parts[2] == "ro") {
				continue // bind mounts and read-only volumes are not written
			}
			if _, declared := cf.Volumes[parts[0]]; !declared {
				t.Errorf("%s mounts volume %q that is not declared", name, parts[0])
			}
			if !slices.Contains(owned, parts[1]) {
				t.Errorf("%s writes volume %s at %s, which the Dockerfile does not give to the nonroot user (it has %v)", name, parts[0], parts[1], owned)
			}
		}
	}

	// deploy/example.env: every SWARMGATE_ variable is a flag of some command; the master key is
	// there to be set.
	var c cli
	parser, err := newParser(&c)
	if err != nil {
		t.Fatal(err)
	}
	envs := map[string]bool{}
	var walk func(n *kong.Node)
	walk = func(n *kong.Node) {
		for _, f := range n.Flags {
			for _, e := range f.Envs {
				envs[e] = true
			}
		}
		for _, ch := range n.Children {
			walk(ch)
		}
	}
	walk(parser.Model.Node)
	env, err := os.Open("../../deploy/example.env")
	if err != nil {
		t.Fatal(err)
	}
	defer env.Close()
	sc := bufio.NewScanner(env)
	var keys []string
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, _, _ := strings.Cut(line, "=")
		keys = append(keys, k)
		if !envs[k] {
			t.Errorf("deploy/example.env sets %s, which no command reads", k)
		}
	}
	if !slices.Contains(keys, "SWARMGATE_MASTER_KEY") {
		t.Error("deploy/example.env does not ask for SWARMGATE_MASTER_KEY, which the gateway needs")
	}
}

// composeMount is the volume or host directory s mounts at path's directory, and its target.
func composeMount(s composeService, path string) (source, target string, ok bool) {
	for _, v := range s.Volumes {
		parts := strings.Split(v, ":")
		if len(parts) >= 2 && (path == parts[1] || strings.HasPrefix(path, parts[1]+"/")) {
			return parts[0], parts[1], true
		}
	}
	return "", "", false
}

// composeHostPath is where path inside s is on this machine, for a bind mount (relative to
// deploy/, as compose resolves it).
func composeHostPath(s composeService, path string) (string, bool) {
	src, target, ok := composeMount(s, path)
	if !ok || !strings.HasPrefix(src, ".") {
		return "", false
	}
	return filepath.Join("../../deploy", src, strings.TrimPrefix(path, target)), true
}

// buildSwarmgate builds the swarmgate binary into the test's temporary directory.
func buildSwarmgate(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "swarmgate")
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	if out, err := exec.CommandContext(ctx, "go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}
