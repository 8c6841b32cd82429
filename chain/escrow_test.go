package chain_test

import (
	"context"
	"errors"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/chaintest"
	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/contracts/bindings/bandwidthescrow"
)

// TestRedeemOutcomesFromReceipt redeems a batch with redeemed and skipped receipts on the dev
// chain, then reads the outcomes again from the transaction receipt alone (as a seeder does
// after a crash): they equal what Redeem returned. Then each way a receipt can be wrong.
func TestRedeemOutcomesFromReceipt(t *testing.T) {
	t.Parallel()
	env := chaintest.New(t, chaintest.Options{})
	ctx := context.Background()
	c := env.Client
	seeder := env.Addr(1)
	dom := c.EscrowDomain()

	type viewer struct {
		name    string
		deposit int64
		amount  int64
		grant   bool // sign with a session key under a grant
		wrong   bool // sign with a key the escrow knows nothing of
	}
	viewers := []viewer{
		{name: "wallet", deposit: 1e15, amount: 1000},
		{name: "no deposit", amount: 1000},
		{name: "grant", deposit: 1e15, amount: 2000, grant: true},
		{name: "stranger's signature", deposit: 1e15, amount: 1000, wrong: true},
		{name: "balance short", deposit: 600, amount: 1000},
	}
	want := []chain.RedeemOutcome{
		{Payment: big.NewInt(1000), PaidTotal: big.NewInt(1000)},
		{Payment: new(big.Int), Skipped: true, Reason: chain.SkipNoBalance},
		{Payment: big.NewInt(2000), PaidTotal: big.NewInt(2000)},
		{Payment: new(big.Int), Skipped: true, Reason: chain.SkipUnauthorizedSigner},
		{Payment: big.NewInt(600), PaidTotal: big.NewInt(600)},
	}
	var batch []chain.SignedReceipt
	var addrs []common.Address
	for i, v := range viewers {
		wallet, addr := chaintest.NewKey(t)
		addrs = append(addrs, addr)
		want[i].Viewer = addr
		if v.deposit > 0 {
			if _, err := c.Deposit(ctx, env.Opts(0), addr, big.NewInt(v.deposit)); err != nil {
				t.Fatal(err)
			}
		}
		r := eip712.Receipt{Viewer: addr, Seeder: seeder, Bytes: big.NewInt(v.amount << 10), Amount: big.NewInt(v.amount)}
		signer := wallet
		var grant *chain.SignedGrant
		switch {
		case v.grant:
			key, keyAddr := chaintest.NewKey(t)
			s := eip712.Session{Viewer: addr, Key: keyAddr, Limit: big.NewInt(1e15), Expiry: uint64(time.Now().Add(time.Hour).Unix())}
			sig, err := s.Sign(dom, wallet)
			if err != nil {
				t.Fatal(err)
			}
			signer, grant = key, &chain.SignedGrant{Session: s, Sig: sig}
		case v.wrong:
			signer, _ = chaintest.NewKey(t)
		}
		sig, err := r.Sign(dom, signer)
		if err != nil {
			t.Fatal(err)
		}
		batch = append(batch, chain.SignedReceipt{Receipt: r, Sig: sig, Grant: grant})
	}
	live, err := c.Redeem(ctx, env.Opts(1), seeder, batch)
	if err != nil {
		t.Fatal(err)
	}
	checkOutcomes(t, "Redeem", live, want)

	mined, err := c.Backend().TransactionReceipt(ctx, live.Receipt.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	escrowABI := bandwidthescrow.NewBandwidthEscrow().GetABI()
	if !slices.ContainsFunc(mined.Logs, func(l *types.Log) bool {
		return l.Topics[0] == escrowABI.Events[bandwidthescrow.BandwidthEscrowSessionRecordedEventName].ID
	}) {
		t.Fatal("the batch recorded no session: the test does not cover the escrow's other events")
	}
	read, err := c.RedeemOutcomes(mined, seeder, addrs)
	if err != nil {
		t.Fatal(err)
	}
	checkOutcomes(t, "RedeemOutcomes", read, want)
	if read.Receipt != mined {
		t.Error("RedeemOutcomes does not return the receipt it read")
	}

	// edit returns a copy of the mined receipt changed by f (logs copied, so f may change them).
	edit := func(f func(r *types.Receipt)) *types.Receipt {
		r := *mined
		r.Logs = nil
		for _, l := range mined.Logs {
			cp := *l
			cp.Topics = slices.Clone(l.Topics)
			cp.Data = slices.Clone(l.Data)
			r.Logs = append(r.Logs, &cp)
		}
		f(&r)
		return &r
	}
	escrow := env.Deployment.Escrow
	redeemedID := escrowABI.Events[bandwidthescrow.BandwidthEscrowRedeemedEventName].ID
	firstRedeemed := func(r *types.Receipt) *types.Log {
		for _, l := range r.Logs {
			if l.Address == escrow && l.Topics[0] == redeemedID {
				return l
			}
		}
		t.Fatal("no Redeemed log")
		return nil
	}
	swapped := slices.Clone(addrs)
	swapped[0], swapped[2] = swapped[2], swapped[0]

	t.Run("logs of other contracts are ignored", func(t *testing.T) {
		r := edit(func(r *types.Receipt) {
			foreign := *firstRedeemed(r)
			foreign.Address = common.HexToAddress("0x0000000000000000000000000000000000000bad")
			garbage := &types.Log{Address: foreign.Address, Topics: []common.Hash{{1}}, Data: []byte{1, 2, 3}}
			r.Logs = append([]*types.Log{&foreign, garbage}, r.Logs...)
		})
		res, err := c.RedeemOutcomes(r, seeder, addrs)
		if err != nil {
			t.Fatal(err)
		}
		checkOutcomes(t, "with foreign logs", res, want)
	})

	for _, tc := range []struct {
		name    string
		receipt *types.Receipt
		seeder  common.Address
		viewers []common.Address
		want    error
	}{
		{"an escrow log of no known event", edit(func(r *types.Receipt) {
			r.Logs = append(r.Logs, &types.Log{Address: escrow, Topics: []common.Hash{crypto.Keccak256Hash([]byte("Unknown(uint256)"))}})
		}), seeder, addrs, chain.ErrBadEvent},
		{"an escrow log without topics", edit(func(r *types.Receipt) {
			r.Logs = append(r.Logs, &types.Log{Address: escrow, Data: []byte{1}})
		}), seeder, addrs, chain.ErrBadEvent},
		{"a Redeemed log with truncated data", edit(func(r *types.Receipt) {
			l := firstRedeemed(r)
			l.Data = l.Data[:40]
		}), seeder, addrs, chain.ErrBadEvent},
		{"a Redeemed log without data", edit(func(r *types.Receipt) {
			firstRedeemed(r).Data = nil
		}), seeder, addrs, chain.ErrBadEvent},
		{"a Redeemed log without its seeder topic", edit(func(r *types.Receipt) {
			l := firstRedeemed(r)
			l.Topics = l.Topics[:2]
		}), seeder, addrs, chain.ErrBadEvent},
		{"another seeder", mined, env.Addr(2), addrs, chain.ErrRedeemMismatch},
		{"fewer viewers than outcomes", mined, seeder, addrs[:4], chain.ErrRedeemMismatch},
		{"more viewers than outcomes", mined, seeder, append(slices.Clone(addrs), env.Addr(3)), chain.ErrRedeemMismatch},
		{"no viewers", mined, seeder, nil, chain.ErrRedeemMismatch},
		{"viewers in another order", mined, seeder, swapped, chain.ErrRedeemMismatch},
		{"a skipped entry's log out of place", edit(func(r *types.Receipt) {
			// Move the first log (the first viewer's Redeemed) to the end.
			r.Logs = append(r.Logs[1:], r.Logs[0])
		}), seeder, addrs, chain.ErrRedeemMismatch},
		{"the escrow's logs missing", edit(func(r *types.Receipt) { r.Logs = nil }), seeder, addrs, chain.ErrRedeemMismatch},
		{"a reverted transaction", edit(func(r *types.Receipt) {
			r.Status, r.Logs = types.ReceiptStatusFailed, nil
		}), seeder, addrs, chain.ErrTxFailed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := c.RedeemOutcomes(tc.receipt, tc.seeder, tc.viewers)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			if res.Receipt != tc.receipt || res.Outcomes != nil {
				t.Fatalf("on error: %+v, want only the receipt", res)
			}
		})
	}

	t.Run("no receipt", func(t *testing.T) {
		if _, err := c.RedeemOutcomes(nil, seeder, addrs); err == nil {
			t.Fatal("no error")
		}
	})
}

func checkOutcomes(t *testing.T, what string, got chain.RedeemResult, want []chain.RedeemOutcome) {
	t.Helper()
	total := new(big.Int)
	for _, o := range want {
		total.Add(total, o.Payment)
	}
	if got.Total == nil || got.Total.Cmp(total) != 0 {
		t.Errorf("%s: total %v, want %s", what, got.Total, total)
	}
	if len(got.Outcomes) != len(want) {
		t.Fatalf("%s: %d outcomes, want %d", what, len(got.Outcomes), len(want))
	}
	for i, w := range want {
		g := got.Outcomes[i]
		paidEq := (g.PaidTotal == nil) == (w.PaidTotal == nil) && (w.PaidTotal == nil || g.PaidTotal.Cmp(w.PaidTotal) == 0)
		if g.Viewer != w.Viewer || g.Payment.Cmp(w.Payment) != 0 || !paidEq || g.Skipped != w.Skipped || g.Reason != w.Reason {
			t.Errorf("%s: outcome %d = %+v, want %+v", what, i, g, w)
		}
	}
}

// FuzzRedeemOutcomes: whatever escrow logs a receipt holds, RedeemOutcomes never panics, and
// what it accepts has one outcome per viewer, in order, adding up to the total.
func FuzzRedeemOutcomes(f *testing.F) {
	escrow := common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	seeder := common.HexToAddress("0x00000000000000000000000000000000000000a1")
	viewers := []common.Address{common.HexToAddress("0xb1"), common.HexToAddress("0xb2")}
	c := chain.NewClient(nil, chain.Deployment{ChainID: 1337, Escrow: escrow}, chain.Config{})
	a := bandwidthescrow.NewBandwidthEscrow().GetABI()
	redeemed, skipped := a.Events["Redeemed"], a.Events["RedeemSkipped"]
	word := func(a common.Address) common.Hash { return common.BytesToHash(a.Bytes()) }
	// A log is one byte choosing topic 0 (Redeemed, RedeemSkipped, SessionRecorded or none),
	// one byte choosing the viewer, then a length byte and that much data.
	enc := func(kind, viewer byte, data []byte) []byte {
		return append([]byte{kind, viewer, byte(len(data))}, data...)
	}
	pay, err := redeemed.Inputs.NonIndexed().Pack(big.NewInt(5), big.NewInt(7))
	if err != nil {
		f.Fatal(err)
	}
	skip, err := skipped.Inputs.NonIndexed().Pack(big.NewInt(1), uint8(chain.SkipNoBalance))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(append(enc(0, 0, pay), enc(1, 1, skip)...))
	f.Add(append(enc(0, 0, pay), enc(0, 1, pay)...))
	f.Add(append(enc(1, 0, skip), enc(2, 1, nil)...))
	f.Add([]byte{3, 0, 0})
	f.Fuzz(func(t *testing.T, in []byte) {
		r := &types.Receipt{Status: types.ReceiptStatusSuccessful}
		for len(in) >= 3 && len(r.Logs) < 16 {
			kind, v, n := in[0], in[1], int(in[2])
			in = in[3:]
			data := in[:min(n, len(in))]
			in = in[len(data):]
			l := &types.Log{Address: escrow, Data: data}
			viewer := common.Address{v}
			if int(v) < len(viewers) {
				viewer = viewers[v]
			}
			switch kind % 4 {
			case 0:
				l.Topics = []common.Hash{redeemed.ID, word(viewer), word(seeder)}
			case 1:
				l.Topics = []common.Hash{skipped.ID, word(viewer), word(seeder)}
			case 2:
				l.Topics = []common.Hash{a.Events["SessionRecorded"].ID, word(viewer), {}}
			}
			r.Logs = append(r.Logs, l)
		}
		res, err := c.RedeemOutcomes(r, seeder, viewers)
		if err != nil {
			if !errors.Is(err, chain.ErrBadEvent) && !errors.Is(err, chain.ErrRedeemMismatch) {
				t.Fatalf("error of no known kind: %v", err)
			}
			return
		}
		total := new(big.Int)
		for i, o := range res.Outcomes {
			if o.Viewer != viewers[i] || o.Payment == nil || (o.Skipped == (o.PaidTotal != nil)) {
				t.Fatalf("outcome %d: %+v", i, o)
			}
			total.Add(total, o.Payment)
		}
		if len(res.Outcomes) != len(viewers) || total.Cmp(res.Total) != 0 {
			t.Fatalf("accepted %+v", res)
		}
	})
}
