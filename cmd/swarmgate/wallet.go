package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/swarmgate/swarmgate/chain/wallet"
)

// walletCmd manages the Ethereum accounts that creators, viewers, seeders and operators sign with.
type walletCmd struct {
	Create walletCreateCmd `cmd:"" help:"Create a new account, encrypted with a passphrase, in the keystore."`
	Import walletImportCmd `cmd:"" help:"Import an account from a keystore JSON file or a hex private key file."`
	List   walletListCmd   `cmd:"" help:"List the accounts in the keystore."`
}

// keystoreFlag is the --keystore flag every wallet command shares.
type keystoreFlag struct {
	Keystore string `placeholder:"DIR" type:"path" help:"Keystore directory (go-ethereum keystore files). Default: $XDG_DATA_HOME/swarmgate/keystore, or ~/.local/share/swarmgate/keystore."`
}

func (f keystoreFlag) dir() (string, error) {
	if f.Keystore != "" {
		return f.Keystore, nil
	}
	return defaultKeystoreDir()
}

// defaultKeystoreDir is the keystore under Swarmgate's per-user data directory.
func defaultKeystoreDir() (string, error) {
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "swarmgate", "keystore"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("no home directory for the default keystore (give --keystore): %w", err)
	}
	return filepath.Join(home, ".local", "share", "swarmgate", "keystore"), nil
}

// passphraseFlag is the --passphrase-file flag; the passphrase itself never goes on the
// command line.
type passphraseFlag struct {
	PassphraseFile string `placeholder:"FILE" type:"path" help:"File holding the keystore passphrase (one trailing newline is ignored). Without it the passphrase is read from SWARMGATE_PASSPHRASE."`
}

func (f passphraseFlag) passphrase() (string, error) {
	return wallet.ReadPassphrase(f.PassphraseFile)
}

type walletCreateCmd struct {
	KS       keystoreFlag   `embed:""`
	Pass     passphraseFlag `embed:""`
	LightKdf bool           `name:"light-kdf" help:"Encrypt with go-ethereum's light scrypt cost: fast and weak, for throwaway dev accounts only."`
}

func (c *walletCreateCmd) Run(ctx context.Context, g *globals) error {
	dir, err := c.KS.dir()
	if err != nil {
		return err
	}
	pass, err := c.Pass.passphrase()
	if err != nil {
		return err
	}
	var opts []wallet.Option
	if c.LightKdf {
		opts = append(opts, wallet.LightScrypt())
	}
	a, err := wallet.Open(dir, opts...).Create(pass)
	if err != nil {
		return err
	}
	g.logger().Info("account created", "address", a.Address.Hex(), "file", a.File)
	return printAccount(g, "Created", a)
}

type walletImportCmd struct {
	KS     keystoreFlag   `embed:""`
	Pass   passphraseFlag `embed:""`
	Format string         `default:"auto" enum:"auto,keystore,hex" help:"Format of FILE: keystore (JSON, keeps its passphrase, which must be given), hex (a raw private key, encrypted with the given passphrase), or auto to detect."`
	File   string         `arg:"" type:"path" help:"Keystore JSON file or file holding a hex private key."`
}

func (c *walletImportCmd) Run(ctx context.Context, g *globals) error {
	dir, err := c.KS.dir()
	if err != nil {
		return err
	}
	format := c.Format
	if format == "auto" {
		b, err := os.ReadFile(c.File)
		if err != nil {
			return fmt.Errorf("read %s: %w", c.File, err)
		}
		format = "hex"
		if json.Valid(b) {
			format = "keystore"
		}
	}
	pass, err := c.Pass.passphrase()
	if err != nil {
		return err
	}
	ks := wallet.Open(dir)
	var a wallet.Account
	if format == "keystore" {
		a, err = ks.ImportKeystoreFile(c.File, pass)
	} else {
		a, err = ks.ImportHexKey(c.File, pass)
	}
	if err != nil {
		return err
	}
	g.logger().Info("account imported", "address", a.Address.Hex(), "file", a.File, "format", format)
	return printAccount(g, "Imported", a)
}

type walletListCmd struct {
	KS keystoreFlag `embed:""`
}

func (c *walletListCmd) Run(ctx context.Context, g *globals) error {
	dir, err := c.KS.dir()
	if err != nil {
		return err
	}
	accounts, err := wallet.Open(dir).List()
	if err != nil {
		return err
	}
	if g.JSON {
		out := make([]accountJSON, 0, len(accounts))
		for _, a := range accounts {
			out = append(out, toAccountJSON(a))
		}
		return g.printJSON(out)
	}
	if len(accounts) == 0 {
		fmt.Fprintf(g.errw(), "No accounts in %s. Create one with 'swarmgate wallet create'.\n", dir)
		return nil
	}
	for _, a := range accounts {
		fmt.Fprintf(g.out(), "%s  %s\n", a.Address.Hex(), a.File)
	}
	return nil
}

// accountJSON is an account as --json prints it: the address in EIP-55 checksum form.
type accountJSON struct {
	Address string `json:"address"`
	File    string `json:"file"`
}

func toAccountJSON(a wallet.Account) accountJSON {
	return accountJSON{Address: a.Address.Hex(), File: a.File}
}

func printAccount(g *globals, verb string, a wallet.Account) error {
	if g.JSON {
		return g.printJSON(toAccountJSON(a))
	}
	_, err := fmt.Fprintf(g.out(), "%s account %s\nkeystore file: %s\n", verb, a.Address.Hex(), a.File)
	return err
}
