package seeder

import (
	"math"
	"math/big"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/chaintest"
)

// TestGrantEdgesRedeemedOnChain: grants at the edges of every signed field go through the store
// into a real redemption on the dev chain. None is refused for a bad grant signature (the store
// used to clamp an expiry of 2^64-1 to 2^62, and the escrow then skipped every receipt under
// it); each is paid or skipped exactly as its signed terms say.
func TestGrantEdgesRedeemedOnChain(t *testing.T) {
	t.Parallel()
	env := chaintest.New(t, chaintest.Options{})
	ctx := t.Context()
	st, err := OpenStore(ctx, t.TempDir(), true, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	opts := env.Opts(1)
	dom := env.Client.EscrowDomain()
	amount, deposit := big.NewInt(1e15), big.NewInt(1e16)
	future := uint64(time.Now().Add(48 * time.Hour).Unix())

	type edge struct {
		name   string
		limit  *big.Int
		expiry uint64
		nonce  uint64
		paid   *big.Int         // nil: skipped
		skip   chain.SkipReason // when skipped
	}
	var edges []edge
	for _, e := range uint64Edges {
		ed := edge{name: "expiry " + strconv.FormatUint(e, 10), limit: big.NewInt(1e18), expiry: e, nonce: 1, paid: amount}
		if e < future {
			ed.paid, ed.skip = nil, chain.SkipGrantExpired
		}
		edges = append(edges, ed)
	}
	for _, l := range limitEdges {
		ed := edge{name: "limit " + l.String(), limit: l, expiry: math.MaxUint64, nonce: 1, paid: amount}
		switch {
		case l.Sign() == 0:
			ed.paid, ed.skip = nil, chain.SkipLimitExhausted
		case l.Cmp(amount) < 0:
			ed.paid = l
		}
		edges = append(edges, ed)
	}
	for _, n := range uint64Edges {
		edges = append(edges, edge{name: "nonce " + strconv.FormatUint(n, 10), limit: big.NewInt(1e18), expiry: future, nonce: n, paid: amount})
	}

	byViewer := map[common.Address]edge{}
	for _, e := range edges {
		wallet, viewer := chaintest.NewKey(t)
		sk, _ := chaintest.NewKey(t)
		if _, err := env.Client.Deposit(ctx, env.Opts(2), viewer, deposit); err != nil {
			t.Fatal(err)
		}
		if err := st.Save(ctx, grantRecord(t, dom, wallet, sk, opts.From, 1<<20, amount, e.limit, e.expiry, e.nonce)); err != nil {
			t.Fatal(err)
		}
		byViewer[viewer] = e
	}
	settler := NewSettler(st, env.Client, opts, SettleConfig{Interval: time.Hour, Threshold: 0, BatchSize: 50, Margin: time.Hour}, nil, nil)
	if err := settler.Round(ctx); err != nil {
		t.Fatal(err)
	}
	batches, err := st.Batches(ctx)
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	for _, b := range batches {
		if b.State != BatchMined {
			t.Fatalf("batch %d: %s (%s)", b.ID, b.State, b.Error)
		}
		for _, be := range b.Entries {
			e := byViewer[be.Viewer]
			seen++
			switch {
			case be.Outcome == OutcomeSkipped && be.SkipReason == chain.SkipBadGrantSignature.String():
				t.Errorf("%s: the escrow found the stored grant's signature bad", e.name)
			case e.paid == nil && (be.Outcome != OutcomeSkipped || be.SkipReason != e.skip.String()):
				t.Errorf("%s: %s (%q), want skipped for %q", e.name, be.Outcome, be.SkipReason, e.skip)
			case e.paid != nil && (be.Outcome != OutcomeRedeemed || be.Payment.Cmp(e.paid) != 0):
				t.Errorf("%s: %s %s wei (%q), want redeemed for %s", e.name, be.Outcome, be.Payment, be.SkipReason, e.paid)
			}
			if e.paid != nil {
				if onChain, err := env.Client.Paid(ctx, be.Viewer, opts.From); err != nil || onChain.Cmp(e.paid) != 0 {
					t.Errorf("%s: paid on chain %v, %v; want %s", e.name, onChain, err, e.paid)
				}
			}
		}
	}
	if seen != len(edges) {
		t.Fatalf("%d receipts settled, want %d", seen, len(edges))
	}
}

// TestOlderGrantDoesNotRestoreLimitOnChain: the review's attack. A viewer's key signs under a
// grant with limit 5,000 (nonce 1), then the wallet tightens it to 100 (nonce 2); a later
// receipt for 3,000 comes with the older grant again. The store keeps the newer grant, so the
// escrow pays 100, not 3,000.
func TestOlderGrantDoesNotRestoreLimitOnChain(t *testing.T) {
	t.Parallel()
	env := chaintest.New(t, chaintest.Options{})
	ctx := t.Context()
	st, err := OpenStore(ctx, t.TempDir(), true, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	opts := env.Opts(1)
	dom := env.Client.EscrowDomain()
	wallet, viewer := chaintest.NewKey(t)
	sk, skAddr := chaintest.NewKey(t)
	if _, err := env.Client.Deposit(ctx, env.Opts(2), viewer, big.NewInt(1e16)); err != nil {
		t.Fatal(err)
	}
	expiry := uint64(time.Now().Add(48 * time.Hour).Unix())
	for _, r := range []struct {
		bytes         uint64
		amount, limit int64
		nonce         uint64
	}{{1 << 20, 50, 100, 2}, {2 << 20, 3000, 5000, 1}} {
		if err := st.Save(ctx, grantRecord(t, dom, wallet, sk, opts.From, r.bytes, big.NewInt(r.amount), big.NewInt(r.limit), expiry, r.nonce)); err != nil {
			t.Fatal(err)
		}
	}
	settler := NewSettler(st, env.Client, opts, SettleConfig{Interval: time.Hour, Threshold: 0, BatchSize: 10, Margin: time.Hour}, nil, nil)
	if err := settler.Round(ctx); err != nil {
		t.Fatal(err)
	}
	paid, err := env.Client.Paid(ctx, viewer, opts.From)
	if err != nil {
		t.Fatal(err)
	}
	if paid.Int64() != 100 {
		t.Fatalf("paid %s, want the newer grant's limit 100", paid)
	}
	rec, err := env.Client.Session(ctx, viewer, skAddr)
	if err != nil || rec.Nonce != 2 || rec.Limit.Int64() != 100 {
		t.Fatalf("escrow's record %+v, %v; want nonce 2, limit 100", rec, err)
	}
}

// FuzzGrantRedeemedOnChain: any grant terms, stored and sent back by the store, are judged by the
// escrow on the viewer's signature: never a bad grant signature, and paid or skipped as the terms
// say. Each input is a new viewer and key on one dev chain (go test runs the edge seeds; -fuzz
// explores further at a few executions a second).
func FuzzGrantRedeemedOnChain(f *testing.F) {
	for i, e := range uint64Edges {
		f.Add(e, uint64Edges[(i+3)%len(uint64Edges)], limitEdges[i%len(limitEdges)].Bytes())
	}
	env := chaintest.New(f, chaintest.Options{})
	st, err := OpenStore(f.Context(), f.TempDir(), true, nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { st.Close() })
	opts := env.Opts(1)
	dom := env.Client.EscrowDomain()
	amount := big.NewInt(1e15)
	f.Fuzz(func(t *testing.T, expiry, nonce uint64, limitBytes []byte) {
		ctx := t.Context()
		if len(limitBytes) > 32 {
			limitBytes = limitBytes[:32]
		}
		limit := new(big.Int).SetBytes(limitBytes)
		wallet, viewer := chaintest.NewKey(t)
		sk, _ := chaintest.NewKey(t)
		if _, err := env.Client.Deposit(ctx, env.Opts(2), viewer, big.NewInt(1e16)); err != nil {
			t.Fatal(err)
		}
		if err := st.Save(ctx, grantRecord(t, dom, wallet, sk, opts.From, 1<<20, amount, limit, expiry, nonce)); err != nil {
			t.Fatal(err)
		}
		settler := NewSettler(st, env.Client, opts, SettleConfig{Interval: time.Hour, Threshold: 0, BatchSize: 50, Margin: time.Minute}, nil, nil)
		if err := settler.Round(ctx); err != nil {
			t.Fatal(err)
		}
		batches, err := st.Batches(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var got *BatchEntry
		for _, b := range batches {
			for i := range b.Entries {
				if b.Entries[i].Viewer == viewer {
					got = &b.Entries[i]
				}
			}
		}
		if got == nil {
			t.Fatal("the receipt was not settled")
		}
		want := new(big.Int).Set(amount)
		if limit.Cmp(want) < 0 {
			want.Set(limit)
		}
		switch {
		case got.SkipReason == chain.SkipBadGrantSignature.String():
			t.Fatalf("expiry %d, nonce %d, limit %s: the escrow found the stored grant's signature bad", expiry, nonce, limit)
		case expiry <= uint64(time.Now().Unix()):
			if got.SkipReason != chain.SkipGrantExpired.String() {
				t.Fatalf("expired grant: %s (%q)", got.Outcome, got.SkipReason)
			}
		case limit.Sign() == 0:
			if got.SkipReason != chain.SkipLimitExhausted.String() {
				t.Fatalf("limit 0: %s (%q)", got.Outcome, got.SkipReason)
			}
		case got.Outcome != OutcomeRedeemed || got.Payment.Cmp(want) != 0:
			t.Fatalf("expiry %d, nonce %d, limit %s: %s %s (%q), want %s redeemed", expiry, nonce, limit, got.Outcome, got.Payment, got.SkipReason, want)
		}
	})
}
