package wallet

import (
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
)

const pass = "correct horse battery staple"

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestCreateListUnlock(t *testing.T) {
	t.Parallel()
	ks := Open(filepath.Join(t.TempDir(), "keystore"), LightScrypt())
	if accounts, err := ks.List(); err != nil || len(accounts) != 0 {
		t.Fatalf("List of a missing directory = %v, %v; want empty", accounts, err)
	}
	a, err := ks.Create(pass)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(filepath.Base(a.File), "UTC--") || !strings.HasSuffix(a.File, hex.EncodeToString(a.Address[:])) {
		t.Errorf("file name %s does not follow go-ethereum's convention", a.File)
	}
	fi, err := os.Stat(a.File)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("key file mode %v, want 0600", fi.Mode().Perm())
	}
	// go-ethereum itself opens the file.
	b, _ := os.ReadFile(a.File)
	gk, err := keystore.DecryptKey(b, pass)
	if err != nil || gk.Address != a.Address {
		t.Fatalf("go-ethereum cannot open the created file: %v", err)
	}

	accounts, err := ks.List()
	if err != nil || len(accounts) != 1 || accounts[0] != a {
		t.Fatalf("List = %v, %v; want [%v]", accounts, err, a)
	}
	for _, addr := range []common.Address{{}, a.Address} {
		key, err := ks.Unlock(addr, pass)
		if err != nil {
			t.Fatalf("Unlock(%s): %v", addr, err)
		}
		if key.Address != a.Address || crypto.PubkeyToAddress(key.PrivateKey.PublicKey) != a.Address {
			t.Fatal("unlocked key does not match the account")
		}
		secret := key.PrivateKey.D.String()
		for _, s := range []string{fmt.Sprint(key), fmt.Sprintf("%+v", *key), fmt.Sprintf("%#v", *key), fmt.Sprintf("%v", key)} {
			if strings.Contains(s, secret) || strings.Contains(s, hex.EncodeToString(crypto.FromECDSA(key.PrivateKey))) {
				t.Fatalf("printing a Key shows the private key: %s", s)
			}
		}
	}
}

func TestUnlockErrors(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	ks := Open(dir, LightScrypt())
	a, err := ks.Create(pass)
	if err != nil {
		t.Fatal(err)
	}

	_, err = ks.Unlock(a.Address, "not the passphrase")
	if !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("wrong passphrase: %v", err)
	}
	if !strings.Contains(err.Error(), a.File) || strings.Contains(err.Error(), "not the passphrase") {
		t.Errorf("error %q should name the file and not the passphrase", err)
	}

	other := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	if _, err := ks.Unlock(other, pass); !errors.Is(err, ErrNoAccount) || !strings.Contains(err.Error(), other.Hex()) {
		t.Fatalf("unknown address: %v", err)
	}
	if _, err := Open(t.TempDir()).Unlock(common.Address{}, pass); !errors.Is(err, ErrNoAccount) {
		t.Fatalf("empty keystore: %v", err)
	}

	if _, err := ks.Create(pass); err != nil {
		t.Fatal(err)
	}
	if _, err := ks.Unlock(common.Address{}, pass); !errors.Is(err, ErrAmbiguousAccount) {
		t.Fatalf("two accounts, none chosen: %v", err)
	}
	if _, err := ks.Unlock(a.Address, pass); err != nil {
		t.Fatalf("two accounts, one chosen: %v", err)
	}
}

func TestUnlockRefusesLyingAddress(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	ks := Open(dir, LightScrypt())
	a, err := ks.Create(pass)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(a.File)
	lie := common.HexToAddress("0x1111111111111111111111111111111111111111")
	b = []byte(strings.Replace(string(b), hex.EncodeToString(a.Address[:]), hex.EncodeToString(lie[:]), 1))
	if err := os.WriteFile(a.File, b, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := ks.Unlock(lie, pass); !errors.Is(err, ErrBadKeyFile) {
		t.Fatalf("file whose address lies: %v, want ErrBadKeyFile", err)
	}
}

func TestImportHexKey(t *testing.T) {
	t.Parallel()
	priv, _ := crypto.GenerateKey()
	want := crypto.PubkeyToAddress(priv.PublicKey)
	hexKey := hex.EncodeToString(crypto.FromECDSA(priv))
	for _, tc := range []struct {
		name, content string
		err           error
	}{
		{"plain", hexKey, nil},
		{"0x and newline", "0x" + hexKey + "\n", nil},
		{"too short", hexKey[:60], ErrBadKeyFile},
		{"not hex", strings.Repeat("zz", 32), ErrBadKeyFile},
		{"zero key", strings.Repeat("00", 32), ErrBadKeyFile},
		{"keystore JSON", `{"address":"aa","crypto":{}}`, ErrBadKeyFile},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			ks := Open(t.TempDir(), LightScrypt())
			a, err := ks.ImportHexKey(writeFile(t, "key.hex", tc.content), pass)
			if !errors.Is(err, tc.err) || (tc.err == nil) != (err == nil) {
				t.Fatalf("ImportHexKey = %v, want %v", err, tc.err)
			}
			if err != nil {
				if strings.Contains(err.Error(), tc.content) && len(tc.content) > 8 {
					t.Fatalf("error %q repeats the key file's content", err)
				}
				return
			}
			if a.Address != want {
				t.Fatalf("imported %s, want %s", a.Address, want)
			}
			key, err := ks.Unlock(want, pass)
			if err != nil || key.PrivateKey.D.Cmp(priv.D) != 0 {
				t.Fatalf("Unlock after import: %v", err)
			}
			if _, err := ks.ImportHexKey(writeFile(t, "again.hex", tc.content), pass); !errors.Is(err, ErrAccountExists) {
				t.Fatalf("second import = %v, want ErrAccountExists", err)
			}
		})
	}
	if _, err := Open(t.TempDir()).ImportHexKey(writeFile(t, "k", hexKey), ""); !errors.Is(err, ErrNoPassphrase) {
		t.Fatalf("empty passphrase: %v", err)
	}
	if _, err := Open(t.TempDir()).ImportHexKey(filepath.Join(t.TempDir(), "missing"), pass); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("missing file: %v", err)
	}
}

func gethKeystoreFile(t *testing.T, passphrase string, n, p int) (string, common.Address) {
	t.Helper()
	priv, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(priv.PublicKey)
	b, err := keystore.EncryptKey(&keystore.Key{Id: uuid.New(), Address: addr, PrivateKey: priv}, passphrase, n, p)
	if err != nil {
		t.Fatal(err)
	}
	return writeFile(t, "export.json", string(b)), addr
}

func TestImportKeystoreFile(t *testing.T) {
	t.Parallel()
	path, addr := gethKeystoreFile(t, pass, keystore.LightScryptN, keystore.LightScryptP)
	ks := Open(t.TempDir())
	if _, err := ks.ImportKeystoreFile(path, "wrong"); !errors.Is(err, ErrWrongPassphrase) || !strings.Contains(err.Error(), path) {
		t.Fatalf("wrong passphrase: %v", err)
	}
	a, err := ks.ImportKeystoreFile(path, pass)
	if err != nil {
		t.Fatal(err)
	}
	if a.Address != addr || filepath.Dir(a.File) != ks.Dir() {
		t.Fatalf("imported %+v", a)
	}
	if _, err := ks.Unlock(addr, pass); err != nil {
		t.Fatal(err)
	}
	if _, err := ks.ImportKeystoreFile(path, pass); !errors.Is(err, ErrAccountExists) {
		t.Fatalf("second import: %v", err)
	}
	if _, err := ks.ImportKeystoreFile(writeFile(t, "junk.json", "not json"), pass); !errors.Is(err, ErrBadKeyFile) {
		t.Fatalf("junk: %v", err)
	}
}

// TestImportRefusesExpensiveScrypt: a keystore file sets its own scrypt cost; one asking for an
// absurd cost must be refused before decrypting, not hang the command.
func TestImportRefusesExpensiveScrypt(t *testing.T) {
	t.Parallel()
	path, _ := gethKeystoreFile(t, pass, keystore.LightScryptN, keystore.LightScryptP)
	b, _ := os.ReadFile(path)
	b = []byte(strings.Replace(string(b), fmt.Sprintf(`"n":%d`, keystore.LightScryptN), `"n":1073741824`, 1))
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(t.TempDir()).ImportKeystoreFile(path, pass); !errors.Is(err, ErrBadKeyFile) {
		t.Fatalf("expensive scrypt: %v, want ErrBadKeyFile", err)
	}
}

func TestListSkipsOtherFiles(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	ks := Open(dir, LightScrypt())
	a, err := ks.Create(pass)
	if err != nil {
		t.Fatal(err)
	}
	for name, content := range map[string]string{"README": "hello", "broken.json": "{", "other.json": `{"address":"zz"}`, ".hidden": "{}"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o700); err != nil {
		t.Fatal(err)
	}
	accounts, err := ks.List()
	if err != nil || len(accounts) != 1 || accounts[0] != a {
		t.Fatalf("List = %v, %v", accounts, err)
	}
}

func TestRawKey(t *testing.T) {
	t.Parallel()
	priv, _ := crypto.GenerateKey()
	hexKey := "0x" + hex.EncodeToString(crypto.FromECDSA(priv))
	k, err := RawKey(DevChainID, hexKey)
	if err != nil || k.Address != crypto.PubkeyToAddress(priv.PublicKey) {
		t.Fatalf("RawKey on the dev chain: %v", err)
	}
	for _, id := range []uint64{1, 10, 8453, 11155111, 0} {
		_, err := RawKey(id, hexKey)
		if !errors.Is(err, ErrRawKeyRefused) || !strings.Contains(err.Error(), fmt.Sprint(id)) {
			t.Errorf("RawKey(%d) = %v, want ErrRawKeyRefused naming the chain", id, err)
		}
	}
	if _, err := RawKey(DevChainID, "0x1234"); !errors.Is(err, ErrBadKeyFile) {
		t.Fatalf("short key: %v", err)
	}
}

func TestTransactOpts(t *testing.T) {
	t.Parallel()
	k, err := RawKey(DevChainID, "0x"+strings.Repeat("11", 32))
	if err != nil {
		t.Fatal(err)
	}
	opts := k.TransactOpts(DevChainID)
	if opts.From != k.Address {
		t.Fatalf("From %s, want %s", opts.From, k.Address)
	}
	to := common.Address{1}
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: new(big.Int).SetUint64(DevChainID), To: &to, Gas: 21000})
	signed, err := opts.Signer(k.Address, tx)
	if err != nil {
		t.Fatal(err)
	}
	from, err := types.Sender(types.LatestSignerForChainID(signed.ChainId()), signed)
	if err != nil || from != k.Address {
		t.Fatalf("sender %s, %v", from, err)
	}
}

func TestReadPassphraseFile(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, content, want string
		err                 error
	}{
		{"no newline", "secret", "secret", nil},
		{"one newline trimmed", "secret\n", "secret", nil},
		{"CRLF trimmed", "secret\r\n", "secret", nil},
		{"only one newline trimmed", "secret\n\n", "secret\n", nil},
		{"spaces kept", " secret ", " secret ", nil},
		{"empty", "", "", ErrNoPassphrase},
		{"just a newline", "\n", "", ErrNoPassphrase},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, err := ReadPassphrase(writeFile(t, "pass", tc.content))
			if !errors.Is(err, tc.err) || (tc.err == nil) != (err == nil) {
				t.Fatalf("ReadPassphrase = %v, want %v", err, tc.err)
			}
			if got != tc.want {
				t.Fatalf("ReadPassphrase = %q, want %q", got, tc.want)
			}
		})
	}
	if _, err := ReadPassphrase(filepath.Join(t.TempDir(), "missing")); !errors.Is(err, ErrPassphraseFile) {
		t.Fatalf("missing file: %v", err)
	}
}

// TestReadPassphraseEnv changes the environment, so it does not run in parallel.
func TestReadPassphraseEnv(t *testing.T) {
	t.Setenv(PassphraseEnv, "from env")
	if got, err := ReadPassphrase(""); err != nil || got != "from env" {
		t.Fatalf("ReadPassphrase from env = %q, %v", got, err)
	}
	// A file wins over the environment.
	if got, err := ReadPassphrase(writeFile(t, "p", "from file\n")); err != nil || got != "from file" {
		t.Fatalf("ReadPassphrase with file = %q, %v", got, err)
	}
	t.Setenv(PassphraseEnv, "")
	if _, err := ReadPassphrase(""); !errors.Is(err, ErrNoPassphrase) || !strings.Contains(err.Error(), PassphraseEnv) {
		t.Fatalf("no passphrase: %v", err)
	}
}

// BenchmarkUnlock measures opening a key encrypted with go-ethereum's standard scrypt cost (what
// a gateway or seeder pays once at start), against the light cost used in tests.
func BenchmarkUnlock(b *testing.B) {
	for _, tc := range []struct {
		name string
		opts []Option
	}{{"standard", nil}, {"light", []Option{LightScrypt()}}} {
		b.Run(tc.name, func(b *testing.B) {
			ks := Open(b.TempDir(), tc.opts...)
			a, err := ks.Create(pass)
			if err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				if _, err := ks.Unlock(a.Address, pass); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
