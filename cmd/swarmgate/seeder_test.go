package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSeederRunBadConfig: every bad field is named, and the command exits 1 without starting.
func TestSeederRunBadConfig(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	dep := filepath.Join(dir, "deployment.json")
	if err := os.WriteFile(dep, []byte("{}"), 0o600); err != nil {
		t.Fatal(err)
	}
	ok := []string{"seeder", "run", "--data-dir", dir, "--keystore", dir, "--rpc-url", "http://127.0.0.1:1",
		"--deployment", dep, "--item", dir + "/missing.torrent"}
	cases := []struct {
		name  string
		args  []string
		wants []string
	}{
		{"nothing", []string{"seeder", "run", "--data-dir", dir}, []string{"keystore:", "rpc-url:", "deployment:", "item:"}},
		{"price", append(ok, "--price-per-gib", "lots"), []string{"price-per-gib:"}},
		{"listen", append(ok, "--listen", "nowhere"), []string{"listen:"}},
		{"status", append(ok, "--status-listen", "1.2.3.4:99999"), []string{"status-listen:"}},
		{"payout", append(ok, "--payout", "0x12"), []string{"payout:"}},
		{"free item", append(ok, "--free-item", "abc"), []string{"free-item:"}},
		{"window", append(ok, "--credit-window", "100"), []string{"credit-window:"}},
		{"upload rate", append(ok, "--max-upload-rate", "1000"), []string{"max-upload-rate: 1000 bytes per second is below 16384"}},
		{"batch", append(ok, "--settle-batch", "0"), []string{"settle-batch:"}},
		{"margin", append(ok, "--settle-interval", "2h", "--settle-margin", "1h"), []string{"settle-margin:"}},
		{"threshold", append(ok, "--settle-threshold=-1"), []string{"settle-threshold:"}},
		{"max unsettled", append(ok, "--max-unsettled=-1"), []string{"max-unsettled:"}},
		{"max unsettled below two windows", append(ok, "--max-unsettled", "1000"), []string{"max-unsettled: 1000 wei is less than twice"}},
		{"max fee", append(ok, "--settle-max-fee", "0.5wei"), []string{"settle-max-fee:"}},
		{"hold back", append(ok, "--settle-margin", "1h", "--settle-hold-back", "2h"), []string{"settle-hold-back:"}},
		{"peer", append(ok, "--peer", "nohostport"), []string{"peer:"}},
		{"rpc", append(ok, "--rpc-url", "localhost"), []string{"rpc-url:"}},
		{"both keys", append(ok, "--dev-key", "00"), []string{"dev-key:"}},
		{"content without gateway", append(ok, "--content", "7"), []string{"content: needs --gateway"}},
		{"gateway not a URL", append(ok, "--gateway", "gateway.example.com", "--public-addr", "198.51.100.7:6881"), []string{"gateway:"}},
		{"gateway without public addr", append(ok, "--gateway", "https://gateway.example.com", "--content", "7"), []string{"public-addr: is required"}},
		{"bad content and public addr", append(ok, "--gateway", "https://gateway.example.com", "--content", "07,x", "--public-addr", "198.51.100.7:0"), []string{`content: "07"`, `content: "x"`, "public-addr:"}},
		{"announce ttl", append(ok, "--gateway", "https://gateway.example.com", "--public-addr", "seeder.example.com:6881", "--announce-ttl", "10s"), []string{"announce-ttl:"}},
		{"all at once", append(ok, "--price-per-gib", "x", "--listen", "x", "--settle-batch", "9999"), []string{"price-per-gib:", "listen:", "settle-batch:", "item:"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var stdout, stderr syncBuffer
			code := run(context.Background(), tc.args, &stdout, &stderr)
			if code != 1 {
				t.Fatalf("exit %d, want 1; stderr:\n%s", code, stderr.String())
			}
			for _, w := range tc.wants {
				if !strings.Contains(stderr.String(), w) {
					t.Errorf("stderr does not name %q:\n%s", w, stderr.String())
				}
			}
		})
	}
}

// TestSeederEarningsNoDatabase: the earnings command on a directory without a node database
// says what to do.
func TestSeederEarningsNoDatabase(t *testing.T) {
	t.Parallel()
	var stdout, stderr syncBuffer
	if code := run(context.Background(), []string{"seeder", "earnings", "--data-dir", t.TempDir()}, &stdout, &stderr); code != 1 {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(stderr.String(), "seeder run") {
		t.Errorf("stderr: %s", stderr.String())
	}
}
