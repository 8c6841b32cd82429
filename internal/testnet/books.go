package testnet

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Books keeps the native-coin books of a set of accounts over a stretch of the chain: Open
// records their balances at the head, Check replays every transaction mined since (values, gas
// paid from the receipts, priority fees to the block's coinbase) plus the transfers contracts
// made (Transfer: withdrawals), and fails the test unless every account's balance moved by
// exactly that, to the wei, and no transaction touched an account outside the set.
type Books struct {
	n        *Network
	from     uint64
	start    map[common.Address]*big.Int
	names    map[common.Address]string
	internal map[common.Address]*big.Int
}

// OpenBooks records the balances of accounts (named for messages) at the chain head. The
// coinbase of the head block, the registry and the escrow are always in the books.
func (n *Network) OpenBooks(accounts map[string]common.Address) *Books {
	t := n.t
	t.Helper()
	ctx := n.Ctx()
	b := n.eth
	head, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	bk := &Books{n: n, from: head.Number.Uint64(), start: map[common.Address]*big.Int{}, names: map[common.Address]string{},
		internal: map[common.Address]*big.Int{}}
	all := map[string]common.Address{"coinbase": head.Coinbase, "registry": n.Deployment().Registry, "escrow": n.Deployment().Escrow}
	for k, v := range accounts {
		all[k] = v
	}
	for name, a := range all {
		if prev, ok := bk.names[a]; ok {
			bk.names[a] = prev + "=" + name
			continue
		}
		bal, err := b.BalanceAt(ctx, a, head.Number)
		if err != nil {
			t.Fatal(err)
		}
		bk.start[a], bk.names[a] = bal, name
	}
	return bk
}

// Transfer records that a contract paid amount to an account inside a transaction (a
// withdrawal), which the transaction's value does not show.
func (bk *Books) Transfer(from, to common.Address, amount *big.Int) {
	bk.internal[from] = new(big.Int).Sub(bk.get(bk.internal, from), amount)
	bk.internal[to] = new(big.Int).Add(bk.get(bk.internal, to), amount)
}

func (bk *Books) get(m map[common.Address]*big.Int, a common.Address) *big.Int {
	if v, ok := m[a]; ok {
		return v
	}
	return new(big.Int)
}

// Entry is one account's movement in the books.
type Entry struct {
	Name                     string
	Start, End               *big.Int
	Gas, Sent, Received, Fee *big.Int // gas paid, values sent and received, priority fees earned
	Internal                 *big.Int // contract transfers (Transfer)
}

// Check replays the transactions mined since Open and fails the test unless every account's
// balance moved by exactly what they and the recorded transfers say (see Verify). It logs the
// books and returns each account's entry.
func (bk *Books) Check() map[common.Address]*Entry {
	t := bk.n.t
	t.Helper()
	entries, report, err := bk.Verify()
	t.Logf("%s", report)
	if err != nil {
		t.Error(err)
	}
	return entries
}

// ErrBooks means the books do not balance: an account's balance moved by other than its
// transactions and the recorded transfers say, or a transaction touched an account outside
// the books.
var ErrBooks = errors.New("the books do not balance")

// Verify replays every transaction mined since Open: the sender pays the value and the gas
// (gas used × effective price, from the receipt), the recipient gets the value when the
// transaction succeeded, the block's coinbase gets the priority fees; then the transfers
// recorded with Transfer. It returns each account's entry, the books as text, and an error
// (ErrBooks) listing every account whose balance is not exactly what that says, and every
// account outside the books a transaction touched. Chain errors fail the test.
func (bk *Books) Verify() (map[common.Address]*Entry, string, error) {
	t := bk.n.t
	t.Helper()
	ctx := context.WithoutCancel(bk.n.Ctx())
	b := bk.n.eth
	head, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	var problems []string
	out := map[common.Address]*Entry{}
	entry := func(a common.Address) *Entry {
		e := out[a]
		if e == nil {
			name, ok := bk.names[a]
			if !ok {
				problems = append(problems, fmt.Sprintf("a transaction touched %s, which is outside the books", a.Hex()))
				name = a.Hex()
			}
			e = &Entry{Name: name, Gas: new(big.Int), Sent: new(big.Int), Received: new(big.Int), Fee: new(big.Int), Internal: new(big.Int)}
			out[a] = e
		}
		return e
	}
	for a := range bk.start {
		entry(a)
	}
	signer := types.LatestSignerForChainID(bk.n.Chain.Client.ChainID())
	for num := bk.from + 1; num <= head.Number.Uint64(); num++ {
		blk, err := b.BlockByNumber(ctx, new(big.Int).SetUint64(num))
		if err != nil {
			t.Fatalf("block %d: %v", num, err)
		}
		for _, tx := range blk.Transactions() {
			from, err := types.Sender(signer, tx)
			if err != nil {
				t.Fatal(err)
			}
			r, err := b.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				t.Fatalf("receipt of %s: %v", tx.Hash().Hex(), err)
			}
			gasUsed := new(big.Int).SetUint64(r.GasUsed)
			entry(from).Gas.Add(entry(from).Gas, new(big.Int).Mul(gasUsed, r.EffectiveGasPrice))
			if blk.BaseFee() != nil {
				tip := new(big.Int).Sub(r.EffectiveGasPrice, blk.BaseFee())
				entry(blk.Coinbase()).Fee.Add(entry(blk.Coinbase()).Fee, tip.Mul(tip, gasUsed))
			}
			if r.Status == types.ReceiptStatusSuccessful && tx.Value().Sign() > 0 && tx.To() != nil {
				entry(from).Sent.Add(entry(from).Sent, tx.Value())
				entry(*tx.To()).Received.Add(entry(*tx.To()).Received, tx.Value())
			}
		}
	}
	for a, v := range bk.internal {
		entry(a).Internal.Add(entry(a).Internal, v)
	}
	var lines []string
	for a, e := range out {
		e.Start = bk.get(bk.start, a)
		if e.End, err = b.BalanceAt(ctx, a, head.Number); err != nil {
			t.Fatal(err)
		}
		want := new(big.Int).Set(e.Start)
		want.Sub(want, e.Gas).Sub(want, e.Sent).Add(want, e.Received).Add(want, e.Fee).Add(want, e.Internal)
		line := fmt.Sprintf("%-12s moved %s = -gas %s -sent %s +received %s +fees %s +transfers %s", e.Name,
			new(big.Int).Sub(e.End, e.Start), e.Gas, e.Sent, e.Received, e.Fee, e.Internal)
		if want.Cmp(e.End) != 0 {
			problems = append(problems, fmt.Sprintf("%s (%s): balance %s, the books say %s (off by %s)", e.Name, a.Hex(), e.End, want, new(big.Int).Sub(e.End, want)))
			line += "  MISMATCH"
		}
		lines = append(lines, line)
	}
	sort.Strings(lines)
	sort.Strings(problems)
	report := fmt.Sprintf("books over blocks %d..%d:\n%s", bk.from+1, head.Number, strings.Join(lines, "\n"))
	if len(problems) > 0 {
		return out, report, fmt.Errorf("%w: %s", ErrBooks, strings.Join(problems, "; "))
	}
	return out, report, nil
}
