package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/swarmgate/swarmgate/chain/wallet"
)

func writeTestFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestWalletCreateListImport(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	ks := filepath.Join(t.TempDir(), "keystore")
	passFile := writeTestFile(t, "pass", "s3cret\n")

	var out, errb syncBuffer
	if err := runCLI(ctx, t, &out, &errb, "--json", "wallet", "create", "--keystore", ks, "--passphrase-file", passFile, "--light-kdf"); err != nil {
		t.Fatal(err)
	}
	var created accountJSON
	if err := json.Unmarshal([]byte(out.String()), &created); err != nil {
		t.Fatalf("create --json output %q: %v", out.String(), err)
	}
	if !strings.HasPrefix(created.Address, "0x") || filepath.Dir(created.File) != ks {
		t.Fatalf("created %+v", created)
	}
	if strings.Contains(errb.String(), "s3cret") {
		t.Fatal("passphrase in the logs")
	}

	// Import a hex key into the same keystore, then list both.
	priv, _ := crypto.GenerateKey()
	keyFile := writeTestFile(t, "key.hex", hex.EncodeToString(crypto.FromECDSA(priv))+"\n")
	out = syncBuffer{}
	if err := runCLI(ctx, t, &out, &errb, "wallet", "import", "--keystore", ks, "--passphrase-file", passFile, keyFile); err != nil {
		t.Fatal(err)
	}
	imported := crypto.PubkeyToAddress(priv.PublicKey).Hex()
	if !strings.Contains(out.String(), imported) {
		t.Fatalf("import output %q does not name %s", out.String(), imported)
	}

	// Import the created keystore file into a second keystore (auto-detected as JSON).
	ks2 := filepath.Join(t.TempDir(), "keystore2")
	out = syncBuffer{}
	if err := runCLI(ctx, t, &out, &errb, "wallet", "import", "--keystore", ks2, "--passphrase-file", passFile, created.File); err != nil {
		t.Fatal(err)
	}

	out = syncBuffer{}
	if err := runCLI(ctx, t, &out, &errb, "--json", "wallet", "list", "--keystore", ks); err != nil {
		t.Fatal(err)
	}
	var listed []accountJSON
	if err := json.Unmarshal([]byte(out.String()), &listed); err != nil {
		t.Fatal(err)
	}
	if len(listed) != 2 {
		t.Fatalf("listed %v, want 2 accounts", listed)
	}
	out = syncBuffer{}
	if err := runCLI(ctx, t, &out, &errb, "wallet", "list", "--keystore", ks); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), created.Address) || !strings.Contains(out.String(), imported) {
		t.Fatalf("list output %q", out.String())
	}
}

func TestWalletListEmpty(t *testing.T) {
	t.Parallel()
	var out, errb syncBuffer
	if err := runCLI(context.Background(), t, &out, &errb, "--json", "wallet", "list", "--keystore", filepath.Join(t.TempDir(), "none")); err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(out.String()) != "[]" {
		t.Fatalf("empty list as JSON = %q, want []", out.String())
	}
}

func TestWalletBadInput(t *testing.T) {
	t.Parallel()
	// A keystore with one account, passphrase "right".
	ks := t.TempDir()
	a, err := wallet.Open(ks, wallet.LightScrypt()).Create("right")
	if err != nil {
		t.Fatal(err)
	}
	wrong := writeTestFile(t, "wrong", "wrong\n")
	right := writeTestFile(t, "right", "right\n")
	missing := filepath.Join(t.TempDir(), "missing")
	unreadable := t.TempDir() // a directory cannot be read as a file

	for _, tc := range []struct {
		name string
		args []string
		want error
		text string
	}{
		{"wrong passphrase", []string{"wallet", "import", "--keystore", t.TempDir(), "--passphrase-file", wrong, a.File}, wallet.ErrWrongPassphrase, a.File},
		{"missing passphrase file", []string{"wallet", "create", "--keystore", ks, "--passphrase-file", missing}, wallet.ErrPassphraseFile, missing},
		{"unreadable passphrase file", []string{"wallet", "create", "--keystore", ks, "--passphrase-file", unreadable}, wallet.ErrPassphraseFile, unreadable},
		{"missing key file", []string{"wallet", "import", "--keystore", ks, "--passphrase-file", right, missing}, os.ErrNotExist, missing},
		{"missing keystore file", []string{"wallet", "import", "--format", "keystore", "--keystore", ks, "--passphrase-file", right, missing}, os.ErrNotExist, missing},
		{"not a key", []string{"wallet", "import", "--keystore", ks, "--passphrase-file", right, writeTestFile(t, "junk", "hello")}, wallet.ErrBadKeyFile, "junk"},
		{"already there", []string{"wallet", "import", "--keystore", ks, "--passphrase-file", right, a.File}, wallet.ErrAccountExists, a.Address.Hex()},
		{"keystore is a file", []string{"wallet", "list", "--keystore", right}, nil, right},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var out, errb syncBuffer
			err := runCLI(context.Background(), t, &out, &errb, tc.args...)
			if err == nil {
				t.Fatal("no error")
			}
			if tc.want != nil && !errors.Is(err, tc.want) {
				t.Fatalf("error %v, want %v", err, tc.want)
			}
			if !strings.Contains(err.Error(), tc.text) {
				t.Fatalf("error %q does not mention %q", err, tc.text)
			}
			for _, secret := range []string{"wrong", "right"} {
				if strings.Contains(err.Error(), secret+"\n") || strings.HasSuffix(err.Error(), secret) {
					t.Fatalf("error %q carries the passphrase", err)
				}
			}
		})
	}
}

// TestWalletExitCodes runs the real entry point: a failed command exits 1, a bad command line 2.
func TestWalletExitCodes(t *testing.T) {
	t.Parallel()
	ks := t.TempDir()
	a, err := wallet.Open(ks, wallet.LightScrypt()).Create("right")
	if err != nil {
		t.Fatal(err)
	}
	wrong := writeTestFile(t, "wrong", "wrong")
	if code := run(context.Background(), []string{"wallet", "import", "--keystore", t.TempDir(), "--passphrase-file", wrong, a.File}, io.Discard, io.Discard); code != 1 {
		t.Errorf("wrong passphrase: exit %d, want 1", code)
	}
	if code := run(context.Background(), []string{"wallet", "import", "--format", "pem", a.File}, io.Discard, io.Discard); code != 2 {
		t.Errorf("bad --format: exit %d, want 2", code)
	}
}

// TestWalletPassphraseFromEnv sets the environment, so it does not run in parallel.
func TestWalletPassphraseFromEnv(t *testing.T) {
	ks := t.TempDir()
	t.Setenv(wallet.PassphraseEnv, "from-env")
	var out, errb syncBuffer
	if err := runCLI(context.Background(), t, &out, &errb, "wallet", "create", "--keystore", ks, "--light-kdf"); err != nil {
		t.Fatal(err)
	}
	if _, err := wallet.Open(ks).Unlock([20]byte{}, "from-env"); err != nil {
		t.Fatalf("account created from the env passphrase does not unlock with it: %v", err)
	}
	t.Setenv(wallet.PassphraseEnv, "")
	err := runCLI(context.Background(), t, &out, &errb, "wallet", "create", "--keystore", ks)
	if !errors.Is(err, wallet.ErrNoPassphrase) || !strings.Contains(err.Error(), wallet.PassphraseEnv) {
		t.Fatalf("no passphrase: %v", err)
	}
}
