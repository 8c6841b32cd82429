package wallet

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
)

// PassphraseEnv is the environment variable a passphrase is read from when no passphrase file
// is given.
const PassphraseEnv = "SWARMGATE_PASSPHRASE"

// DevChainID is the only chain on which a raw (unencrypted) private key is accepted.
const DevChainID uint64 = 1337

// MaxScryptN bounds the scrypt cost of a keystore file this package will decrypt: four times
// go-ethereum's standard. A file asking for more would take minutes and gigabytes to open.
const MaxScryptN = 4 * keystore.StandardScryptN

// maxPBKDF2Iterations bounds the cost of the rarer pbkdf2 keystore files (wallets use 262144).
const maxPBKDF2Iterations = 1 << 24

var (
	// ErrWrongPassphrase means the passphrase does not decrypt the keystore file.
	ErrWrongPassphrase = errors.New("wrong passphrase")
	// ErrNoAccount means the keystore holds no account with the requested address, or no
	// account at all.
	ErrNoAccount = errors.New("no such account")
	// ErrAmbiguousAccount means the keystore holds several accounts and none was chosen.
	ErrAmbiguousAccount = errors.New("several accounts and none chosen")
	// ErrAccountExists means an import would add an address the keystore already holds.
	ErrAccountExists = errors.New("account already in keystore")
	// ErrNoPassphrase means neither a passphrase file nor SWARMGATE_PASSPHRASE was given, or the
	// passphrase is empty.
	ErrNoPassphrase = errors.New("no passphrase")
	// ErrPassphraseFile means the passphrase file could not be read.
	ErrPassphraseFile = errors.New("unreadable passphrase file")
	// ErrBadKeyFile means a keystore or key file is malformed (not keystore JSON, not a hex
	// private key, or a key that does not match its file's address).
	ErrBadKeyFile = errors.New("malformed key file")
	// ErrRawKeyRefused means a raw private key was offered for a chain other than the dev chain.
	ErrRawKeyRefused = errors.New("raw private keys are accepted only on the dev chain")
)

// Account is an account in a keystore directory.
type Account struct {
	Address common.Address `json:"address"`
	File    string         `json:"file"`
}

// Key is an unlocked account: what signing code needs. Never log it.
type Key struct {
	Address    common.Address
	PrivateKey *ecdsa.PrivateKey
	// File is the keystore file the key came from, "" for a raw dev key.
	File string
}

// TransactOpts returns transaction options that sign with k for chainID.
func (k *Key) TransactOpts(chainID uint64) *bind.TransactOpts {
	return bind.NewKeyedTransactor(k.PrivateKey, new(big.Int).SetUint64(chainID))
}

// String names the key by its address only, so that printing or logging a Key never leaks it.
func (k Key) String() string { return "key " + k.Address.Hex() }

// GoString keeps %#v from printing the private key too.
func (k Key) GoString() string { return "wallet.Key{" + k.Address.Hex() + "}" }

// Keystore is a directory of go-ethereum keystore files (Web3 Secret Storage v3, as geth,
// clef and wallet exports write them), named UTC--<time>--<address>.
type Keystore struct {
	dir     string
	scryptN int
	scryptP int
}

// Option adjusts a Keystore.
type Option func(*Keystore)

// LightScrypt makes new keys cheap to encrypt (and weak): for tests and throwaway dev accounts.
func LightScrypt() Option {
	return func(k *Keystore) { k.scryptN, k.scryptP = keystore.LightScryptN, keystore.LightScryptP }
}

// Open returns the keystore in dir. It does no I/O: the directory is created by the first
// Create or Import.
func Open(dir string, opts ...Option) *Keystore {
	k := &Keystore{dir: dir, scryptN: keystore.StandardScryptN, scryptP: keystore.StandardScryptP}
	for _, o := range opts {
		o(k)
	}
	return k
}

// Dir returns the keystore directory.
func (k *Keystore) Dir() string { return k.dir }

// Create generates a new key, encrypts it with passphrase and stores it.
func (k *Keystore) Create(passphrase string) (Account, error) {
	if passphrase == "" {
		return Account{}, fmt.Errorf("%w: refusing to encrypt a new key with an empty passphrase", ErrNoPassphrase)
	}
	priv, err := crypto.GenerateKey()
	if err != nil {
		return Account{}, fmt.Errorf("generate key: %w", err)
	}
	return k.store(priv, passphrase)
}

// ImportHexKey reads a file holding one hex private key (with or without 0x, surrounding
// whitespace ignored), encrypts it with passphrase and stores it.
func (k *Keystore) ImportHexKey(path, passphrase string) (Account, error) {
	if passphrase == "" {
		return Account{}, fmt.Errorf("%w: refusing to encrypt an imported key with an empty passphrase", ErrNoPassphrase)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return Account{}, fmt.Errorf("read key file: %w", err)
	}
	priv, err := parseHexKey(string(b))
	if err != nil {
		return Account{}, fmt.Errorf("%w: %s: %w", ErrBadKeyFile, path, err)
	}
	return k.store(priv, passphrase)
}

// ImportKeystoreFile checks that passphrase opens the keystore JSON file at path and copies the
// file, unchanged, into the keystore. The imported account keeps its passphrase.
func (k *Keystore) ImportKeystoreFile(path, passphrase string) (Account, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Account{}, fmt.Errorf("read keystore file: %w", err)
	}
	key, err := decrypt(b, path, passphrase)
	if err != nil {
		return Account{}, err
	}
	if err := k.refuseDuplicate(key.Address); err != nil {
		return Account{}, err
	}
	return k.write(key.Address, b)
}

// List returns the accounts in the keystore, sorted by file name (oldest first for files that
// follow the naming convention). A missing directory is an empty keystore; files that are not
// keystore JSON are skipped, as geth skips them.
func (k *Keystore) List() ([]Account, error) {
	entries, err := os.ReadDir(k.dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read keystore %s: %w", k.dir, err)
	}
	var out []Account
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~") || strings.HasSuffix(name, ".tmp") {
			continue
		}
		path := filepath.Join(k.dir, name)
		b, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		addr, ok := fileAddress(b)
		if !ok {
			continue
		}
		out = append(out, Account{Address: addr, File: path})
	}
	slices.SortFunc(out, func(a, b Account) int { return strings.Compare(a.File, b.File) })
	return out, nil
}

// Find returns the account with address addr; with the zero address, the only account.
func (k *Keystore) Find(addr common.Address) (Account, error) {
	accounts, err := k.List()
	if err != nil {
		return Account{}, err
	}
	if addr == (common.Address{}) {
		switch len(accounts) {
		case 0:
			return Account{}, fmt.Errorf("%w: keystore %s is empty (create one with 'swarmgate wallet create' or import one)", ErrNoAccount, k.dir)
		case 1:
			return accounts[0], nil
		default:
			return Account{}, fmt.Errorf("%w: keystore %s holds %d accounts: choose one by address", ErrAmbiguousAccount, k.dir, len(accounts))
		}
	}
	var found []Account
	for _, a := range accounts {
		if a.Address == addr {
			found = append(found, a)
		}
	}
	switch len(found) {
	case 0:
		return Account{}, fmt.Errorf("%w: %s is not in keystore %s", ErrNoAccount, addr.Hex(), k.dir)
	case 1:
		return found[0], nil
	default:
		return Account{}, fmt.Errorf("%w: %s has %d files in keystore %s: remove the duplicates", ErrAmbiguousAccount, addr.Hex(), len(found), k.dir)
	}
}

// Unlock decrypts the key of addr (the zero address: the only account) with passphrase.
func (k *Keystore) Unlock(addr common.Address, passphrase string) (*Key, error) {
	a, err := k.Find(addr)
	if err != nil {
		return nil, err
	}
	b, err := os.ReadFile(a.File)
	if err != nil {
		return nil, fmt.Errorf("read keystore file: %w", err)
	}
	key, err := decrypt(b, a.File, passphrase)
	if err != nil {
		return nil, err
	}
	if key.Address != a.Address {
		return nil, fmt.Errorf("%w: %s names address %s but holds the key of %s", ErrBadKeyFile, a.File, a.Address.Hex(), key.Address.Hex())
	}
	return key, nil
}

// RawKey turns a hex private key into a Key, for the dev chain and tests only: any chainID other
// than DevChainID is refused with ErrRawKeyRefused. Real accounts live in a keystore.
func RawKey(chainID uint64, hexKey string) (*Key, error) {
	if chainID != DevChainID {
		return nil, fmt.Errorf("%w (chain id %d); on chain id %d use a keystore file ('swarmgate wallet import')", ErrRawKeyRefused, DevChainID, chainID)
	}
	priv, err := parseHexKey(hexKey)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadKeyFile, err)
	}
	return &Key{Address: crypto.PubkeyToAddress(priv.PublicKey), PrivateKey: priv}, nil
}

// ReadPassphrase returns the passphrase from file if file is not "" (one trailing newline, LF or
// CRLF, removed), else from SWARMGATE_PASSPHRASE. An empty passphrase is ErrNoPassphrase.
func ReadPassphrase(file string) (string, error) {
	if file != "" {
		b, err := os.ReadFile(file)
		if err != nil {
			return "", fmt.Errorf("%w: %w", ErrPassphraseFile, err)
		}
		s := string(b)
		if t, ok := strings.CutSuffix(s, "\n"); ok {
			s = strings.TrimSuffix(t, "\r")
		}
		if s == "" {
			return "", fmt.Errorf("%w: passphrase file %s is empty", ErrNoPassphrase, file)
		}
		return s, nil
	}
	if s := os.Getenv(PassphraseEnv); s != "" {
		return s, nil
	}
	return "", fmt.Errorf("%w: give a passphrase file or set %s", ErrNoPassphrase, PassphraseEnv)
}

func parseHexKey(s string) (*ecdsa.PrivateKey, error) {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if len(s) != 64 {
		return nil, fmt.Errorf("want 64 hex digits of a private key, got %d characters", len(s))
	}
	b, err := hex.DecodeString(s)
	if err != nil {
		return nil, errors.New("private key is not hex")
	}
	priv, err := crypto.ToECDSA(b)
	if err != nil {
		return nil, errors.New("not a valid secp256k1 private key")
	}
	return priv, nil
}

// keyFileJSON is the part of a keystore file read without decrypting it.
type keyFileJSON struct {
	Address string          `json:"address"`
	Crypto  json.RawMessage `json:"crypto"`
	Crypto2 json.RawMessage `json:"Crypto"`
	Version json.RawMessage `json:"version"`
}

func fileAddress(b []byte) (common.Address, bool) {
	var f keyFileJSON
	if err := json.Unmarshal(b, &f); err != nil {
		return common.Address{}, false
	}
	if len(f.Crypto) == 0 && len(f.Crypto2) == 0 {
		return common.Address{}, false
	}
	a := strings.TrimPrefix(f.Address, "0x")
	if len(a) != 40 || !common.IsHexAddress(a) {
		return common.Address{}, false
	}
	return common.HexToAddress(a), true
}

// decrypt opens keystore JSON b (read from path, named in errors) with passphrase, refusing
// files whose scrypt cost exceeds MaxScryptN.
func decrypt(b []byte, path, passphrase string) (*Key, error) {
	var f struct {
		Crypto  *keystore.CryptoJSON `json:"crypto"`
		Crypto2 *keystore.CryptoJSON `json:"Crypto"`
	}
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("%w: %s is not keystore JSON: %w", ErrBadKeyFile, path, err)
	}
	c := f.Crypto
	if c == nil {
		c = f.Crypto2
	}
	if c == nil {
		return nil, fmt.Errorf("%w: %s has no crypto section", ErrBadKeyFile, path)
	}
	if c.KDF == "scrypt" {
		n, _ := c.KDFParams["n"].(float64)
		if n <= 0 || n > MaxScryptN {
			return nil, fmt.Errorf("%w: %s asks for scrypt cost n=%v, above the limit %d", ErrBadKeyFile, path, n, MaxScryptN)
		}
	}
	if c.KDF == "pbkdf2" {
		if iter, _ := c.KDFParams["c"].(float64); iter <= 0 || iter > maxPBKDF2Iterations {
			return nil, fmt.Errorf("%w: %s asks for %v pbkdf2 iterations, above the limit %d", ErrBadKeyFile, path, iter, maxPBKDF2Iterations)
		}
	}
	gk, err := keystore.DecryptKey(b, passphrase)
	if errors.Is(err, keystore.ErrDecrypt) {
		return nil, fmt.Errorf("%w for keystore file %s", ErrWrongPassphrase, path)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrBadKeyFile, path, err)
	}
	return &Key{Address: gk.Address, PrivateKey: gk.PrivateKey, File: path}, nil
}

func (k *Keystore) refuseDuplicate(addr common.Address) error {
	accounts, err := k.List()
	if err != nil {
		return err
	}
	for _, a := range accounts {
		if a.Address == addr {
			return fmt.Errorf("%w: %s is already in %s", ErrAccountExists, addr.Hex(), a.File)
		}
	}
	return nil
}

func (k *Keystore) store(priv *ecdsa.PrivateKey, passphrase string) (Account, error) {
	addr := crypto.PubkeyToAddress(priv.PublicKey)
	if err := k.refuseDuplicate(addr); err != nil {
		return Account{}, err
	}
	id, err := uuid.NewRandom()
	if err != nil {
		return Account{}, err
	}
	b, err := keystore.EncryptKey(&keystore.Key{Id: id, Address: addr, PrivateKey: priv}, passphrase, k.scryptN, k.scryptP)
	if err != nil {
		return Account{}, fmt.Errorf("encrypt key: %w", err)
	}
	return k.write(addr, b)
}

// write stores b as the keystore file of addr: written to a temporary file with mode 0600 and
// renamed into place, so a crash never leaves half a key file.
func (k *Keystore) write(addr common.Address, b []byte) (Account, error) {
	if err := os.MkdirAll(k.dir, 0o700); err != nil {
		return Account{}, fmt.Errorf("create keystore %s: %w", k.dir, err)
	}
	path := filepath.Join(k.dir, keyFileName(addr, time.Now()))
	tmp, err := os.CreateTemp(k.dir, "."+filepath.Base(path)+".tmp")
	if err != nil {
		return Account{}, fmt.Errorf("write keystore file: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(bytes.TrimSpace(b)); err != nil {
		tmp.Close()
		return Account{}, fmt.Errorf("write keystore file: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return Account{}, fmt.Errorf("write keystore file: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return Account{}, fmt.Errorf("write keystore file: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return Account{}, fmt.Errorf("write keystore file: %w", err)
	}
	return Account{Address: addr, File: path}, nil
}

// keyFileName follows go-ethereum: UTC--2006-01-02T15-04-05.000000000Z--<address, lower hex>.
func keyFileName(addr common.Address, t time.Time) string {
	ts := t.UTC().Format("2006-01-02T15-04-05.000000000Z")
	return "UTC--" + ts + "--" + hex.EncodeToString(addr[:])
}
