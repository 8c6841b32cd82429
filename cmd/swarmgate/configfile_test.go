package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeConfig writes a TOML configuration file and returns its path.
func writeConfig(t *testing.T, text string) string {
	t.Helper()
	f := filepath.Join(t.TempDir(), "swarmgate.toml")
	if err := os.WriteFile(f, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return f
}

// TestConfigFileSettings: a config file sets gateway flags of every kind (string, number,
// duration, bool, list); a flag on the command line and an environment variable each win over
// it; the file may be named by SWARMGATE_CONFIG.
func TestConfigFileSettings(t *testing.T) {
	f := writeConfig(t, `
listen = "127.0.0.1:9000"
public-url = "https://gateway.example"
rate-ip = 3.5
burst-ip = 7
trusted-proxies = ["10.0.0.0/8", "192.168.0.1"]
read-timeout = "90s"
audit-log = true
seeder-ttl = "2h"
`)
	t.Setenv("SWARMGATE_SEEDER_TTL", "3h")
	for _, how := range []string{"flag", "env"} {
		t.Run(how, func(t *testing.T) {
			args := []string{"gateway", "run", "--rate-ip", "9"}
			if how == "flag" {
				args = append(args, "--config", f)
			} else {
				t.Setenv("SWARMGATE_CONFIG", f)
			}
			var c cli
			parser, err := newParser(&c)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := parser.Parse(args); err != nil {
				t.Fatal(err)
			}
			r := c.Gateway.Run
			got := []any{r.Listen, r.PublicURL, r.RateIP, r.BurstIP, strings.Join(r.TrustedProxies, " "), r.ReadTimeout.String(), r.AuditLog, r.SeederTTL.String()}
			want := []any{"127.0.0.1:9000", "https://gateway.example", 9.0, 7, "10.0.0.0/8 192.168.0.1", "1m30s", true, "3h0m0s"}
			for i := range want {
				if got[i] != want[i] {
					t.Errorf("setting %d: got %v, want %v (all: %v)", i, got[i], want[i], got)
				}
			}
		})
	}
}

// TestConfigFileBadInput: a config file that is missing, does not parse, names unknown flags
// or gives a value of the wrong type stops the command with exit code 1 or 2 and a message that
// names the file and what is wrong, before anything starts.
func TestConfigFileBadInput(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"missing", "", []string{"configuration file", "no such file"}},
		{"syntax", "listen = \"unterminated\n", []string{"configuration file", "line 1"}},
		{"unknown keys", "listen = \"127.0.0.1:1\"\nlisten-port = 5\nrpcurl = \"x\"\n", []string{`"listen-port" names no flag of "gateway run"`, `"rpcurl" names no flag`}},
		{"table", "[chain]\nrpc-url = \"x\"\n", []string{`"chain" is a table`}},
		{"nested config", "config = \"other.toml\"\n", []string{"cannot name another configuration file"}},
		{"wrong type", "burst-ip = \"many\"\n", []string{"burst-ip", "many"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "absent.toml")
			if c.name != "missing" {
				path = writeConfig(t, c.text)
			}
			code, stdout, stderr := runExit(t, "gateway", "run", "--config", path, "--data-dir", t.TempDir())
			if code == 0 || stdout != "" {
				t.Fatalf("exit %d, stdout %q", code, stdout)
			}
			for _, w := range c.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr)
				}
			}
		})
	}
}

// TestDeployConfigExamples: every key of the example configuration files in deploy/ names a
// flag of its command, and every value parses.
func TestDeployConfigExamples(t *testing.T) {
	for file, cmd := range map[string][]string{"gateway.toml": {"gateway", "run"}, "seeder.toml": {"seeder", "run"}} {
		t.Run(file, func(t *testing.T) {
			var c cli
			parser, err := newParser(&c)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := parser.Parse(append(cmd, "--config", filepath.Join("..", "..", "deploy", file))); err != nil {
				t.Fatalf("deploy/%s: %v", file, err)
			}
		})
	}
}
