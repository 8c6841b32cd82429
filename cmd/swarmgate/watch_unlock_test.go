package main

import (
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/swarmgate/swarmgate/chain/chaintest"
	"github.com/swarmgate/swarmgate/chain/wallet"
	"github.com/swarmgate/swarmgate/internal/testnet"
)

// TestWatchUnlocker: the wallet `watch` and `get` unlock in the background gives the keystore's
// key when asked, a wrong passphrase as the same "unlock the wallet" error as before (only when
// the key is asked for), and a --dev-key only on the dev chain.
func TestWatchUnlocker(t *testing.T) {
	key, addr := chaintest.NewKey(t)
	ks, passFile := testnet.WriteKeystore(t, t.TempDir(), key)

	f := &viewerFlags{}
	f.Keystore, f.PassphraseFile = ks, passFile
	k, err := f.unlocker()(wallet.DevChainID)
	if err != nil || crypto.PubkeyToAddress(k.PublicKey) != addr {
		t.Fatalf("keystore unlock: %v, %v", k, err)
	}

	wrong := filepath.Join(t.TempDir(), "wrong")
	if err := os.WriteFile(wrong, []byte("not the passphrase\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	f.PassphraseFile = wrong
	unlock := f.unlocker()
	for range 2 { // asked twice (sign-in, then the grant): the same error
		if _, err := unlock(wallet.DevChainID); !errors.Is(err, wallet.ErrWrongPassphrase) || !strings.HasPrefix(err.Error(), "unlock the wallet: ") {
			t.Fatalf("wrong passphrase: %v", err)
		}
	}

	d := &viewerFlags{}
	d.DevKey = hex.EncodeToString(crypto.FromECDSA(key))
	if k, err := d.unlocker()(wallet.DevChainID); err != nil || crypto.PubkeyToAddress(k.PublicKey) != addr {
		t.Fatalf("dev key: %v, %v", k, err)
	}
	if _, err := d.unlocker()(1); !errors.Is(err, wallet.ErrRawKeyRefused) {
		t.Fatalf("dev key on chain id 1: %v", err)
	}
}
