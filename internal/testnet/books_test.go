package testnet_test

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain/chaintest"
	"github.com/swarmgate/swarmgate/internal/testnet"
)

// TestBooksCatchWhatTheyShould: books that record every party balance to the wei; books that
// leave out the sender of a transaction, or record a transfer that never happened, do not, and
// say which account is wrong and by how much.
func TestBooksCatchWhatTheyShould(t *testing.T) {
	n := testnet.New(t, testnet.Config{Seeders: 1, NoStart: true})
	_, a := chaintest.NewKey(t)
	_, b := chaintest.NewKey(t)
	n.Fund(a, big.NewInt(1e15))

	full := n.OpenBooks(map[string]common.Address{"a": a, "b": b, "funder": n.Funder()})
	partial := n.OpenBooks(map[string]common.Address{"a": a, "b": b})
	wrong := n.OpenBooks(map[string]common.Address{"a": a, "b": b, "funder": n.Funder()})
	wrong.Transfer(b, a, big.NewInt(7))
	n.Fund(b, big.NewInt(12345))

	entries, _, err := full.Verify()
	if err != nil {
		t.Fatalf("complete books: %v", err)
	}
	if e := entries[b]; e.Received.Cmp(big.NewInt(12345)) != 0 || new(big.Int).Sub(e.End, e.Start).Cmp(big.NewInt(12345)) != 0 {
		t.Fatalf("b's entry %+v", e)
	}
	if e := entries[n.Funder()]; e.Gas.Sign() <= 0 || e.Sent.Cmp(big.NewInt(12345)) != 0 {
		t.Fatalf("the funder's entry %+v", e)
	}
	if _, _, err := partial.Verify(); !errors.Is(err, testnet.ErrBooks) || !strings.Contains(err.Error(), n.Funder().Hex()+", which is outside the books") {
		t.Fatalf("books without the sender: %v", err)
	}
	_, _, err = wrong.Verify()
	if !errors.Is(err, testnet.ErrBooks) || !strings.Contains(err.Error(), "off by 7") || !strings.Contains(err.Error(), "off by -7") {
		t.Fatalf("books with a transfer that never happened: %v", err)
	}
}
