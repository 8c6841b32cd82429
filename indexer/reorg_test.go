package indexer

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/store"
	"github.com/swarmgate/swarmgate/store/storetest"
)

// fakeSource is a small in-memory chain of events for unit tests of the cursor and reorg
// logic (a real dev chain cannot reorganize on demand). fork changes every block hash from a
// height on, as a reorganization does.
type fakeSource struct {
	mu     sync.Mutex
	head   uint64
	fork   map[uint64]int // block → fork generation
	events map[uint64][]chain.Event
	froms  []uint64 // from of every Events call
}

func newFake(head uint64) *fakeSource {
	return &fakeSource{head: head, fork: map[uint64]int{}, events: map[uint64][]chain.Event{}}
}

func (f *fakeSource) ConfirmedHead(context.Context) (uint64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.head, nil
}

func (f *fakeSource) BlockHash(_ context.Context, n uint64) (common.Hash, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if n > f.head {
		return common.Hash{}, fmt.Errorf("block %d beyond head %d", n, f.head)
	}
	return common.BigToHash(big.NewInt(int64(n*1000 + uint64(f.fork[n]) + 1))), nil
}

func (f *fakeSource) Events(_ context.Context, from, to uint64) ([]chain.Event, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.froms = append(f.froms, from)
	var out []chain.Event
	for n := from; n <= to; n++ {
		out = append(out, f.events[n]...)
	}
	return out, nil
}

// reorg replaces blocks from n on.
func (f *fakeSource) reorg(n uint64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for b := n; b <= f.head+100; b++ {
		f.fork[b]++
		delete(f.events, b)
	}
}

func (f *fakeSource) add(n uint64, ev chain.Event) {
	f.mu.Lock()
	defer f.mu.Unlock()
	ev.Block = n
	ev.LogIndex = uint(len(f.events[n]))
	f.events[n] = append(f.events[n], ev)
}

var (
	creator = common.HexToAddress("0x00000000000000000000000000000000000C0FFE")
	alice   = common.HexToAddress("0x00000000000000000000000000000000000A11CE")
	bob     = common.HexToAddress("0x0000000000000000000000000000000000000B0B")
)

func registered(id int64) chain.Event {
	return chain.Event{Kind: chain.EventRegistered, Registered: &chain.Registered{
		ID: big.NewInt(id), Creator: creator, ContentHash: common.BigToHash(big.NewInt(100 + id)),
		InfoHash:      common.BytesToHash(append(common.BigToHash(big.NewInt(200 + id)).Bytes()[12:], make([]byte, 12)...)),
		KeyCommitment: common.BigToHash(big.NewInt(300 + id)), MetadataURI: "ipfs://item",
		Policy: eip712.Policy{Model: eip712.ModelBuy, Price: big.NewInt(5)},
	}}
}

func transfer(id int64, from, to common.Address) chain.Event {
	return chain.Event{Kind: chain.EventTransfer, Transfer: &chain.Transfer{ID: big.NewInt(id), From: from, To: to}}
}

func owner(t *testing.T, st *store.Store, id string) string {
	t.Helper()
	it, err := st.Content(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return it.Owner
}

// TestReorgRereadsFromBeforeIt uses a fake event source: the cursor's block hash changes under
// the indexer, and the catalog must follow the new branch.
func TestReorgRereadsFromBeforeIt(t *testing.T) {
	storetest.Each(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		src := newFake(20)
		src.add(3, registered(1))
		src.add(3, transfer(1, common.Address{}, creator))
		src.add(12, transfer(1, creator, alice))
		ix := New(src, st, Config{StartBlock: 2, BatchBlocks: 5, ReorgDepth: 10})
		last, err := ix.Sync(ctx)
		if err != nil || last != 20 {
			t.Fatalf("Sync = %d, %v", last, err)
		}
		if got := owner(t, st, "1"); got != store.Addr(alice) {
			t.Fatalf("owner %s before the reorg, want alice", got)
		}

		// Blocks 10 and later are replaced: the transfer now goes to bob, in block 15.
		src.reorg(10)
		src.add(15, transfer(1, creator, bob))
		src.froms = nil
		if _, err := ix.Sync(ctx); err != nil {
			t.Fatal(err)
		}
		if got := owner(t, st, "1"); got != store.Addr(bob) {
			t.Fatalf("owner %s after the reorg, want bob", got)
		}
		if len(src.froms) == 0 || src.froms[0] != 10 {
			t.Fatalf("after the reorg, reading started at %v, want block 10 (cursor 20 - depth 10)", src.froms)
		}
		cur, err := st.Cursor(ctx, DefaultCursor)
		if err != nil || cur.BlockNumber != 20 {
			t.Fatalf("cursor %+v, %v", cur, err)
		}
		h, _ := src.BlockHash(ctx, 20)
		if common.BytesToHash(cur.BlockHash) != h {
			t.Fatal("cursor keeps the old branch's hash")
		}
	})
}

// TestReplayChangesNothing replays the whole range from the start block: the catalog must be
// identical afterwards.
func TestReplayChangesNothing(t *testing.T) {
	storetest.Each(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		src := newFake(9)
		src.add(1, registered(1))
		src.add(2, registered(2))
		src.add(4, transfer(2, creator, alice))
		src.add(6, chain.Event{Kind: chain.EventPolicyUpdated, Policy: &chain.PolicyUpdate{ID: big.NewInt(1),
			Policy: eip712.Policy{Model: eip712.ModelRent, Price: big.NewInt(9), Duration: 60}}})
		src.add(7, transfer(99, alice, bob)) // an item registered before the start block
		snapshot := func() string {
			page, err := st.ListContent(ctx, store.ContentFilter{})
			if err != nil {
				t.Fatal(err)
			}
			s := ""
			for _, it := range page.Items {
				it.UpdatedAt, it.CreatedAt = it.UpdatedAt.UTC().Truncate(0), it.CreatedAt.UTC().Truncate(0)
				s += fmt.Sprintf("%s %s %s %+v|", *it.ContentID, it.Owner, it.Creator, it.Policy)
			}
			return s
		}
		if _, err := New(src, st, Config{}).Sync(ctx); err != nil {
			t.Fatal(err)
		}
		first := snapshot()
		if err := st.SetCursor(ctx, DefaultCursor, 0, common.Hash{1}); err != nil { // wrong hash: forces a full re-read
			t.Fatal(err)
		}
		if _, err := New(src, st, Config{}).Sync(ctx); err != nil {
			t.Fatal(err)
		}
		if again := snapshot(); again != first {
			t.Fatalf("replay changed the catalog:\n%s\n%s", first, again)
		}
		it, _ := st.Content(ctx, "1")
		if it.Policy.Kind != store.PolicyRent || it.Policy.Price != "9" || it.Policy.DurationSeconds != 60 {
			t.Fatalf("policy update not applied: %+v", it.Policy)
		}
		if owner(t, st, "2") != store.Addr(alice) {
			t.Fatal("transfer not applied")
		}
	})
}

func TestStorePolicy(t *testing.T) {
	t.Parallel()
	tok := common.HexToAddress("0x00000000000000000000000000000000000000AB")
	for _, c := range []struct {
		in   eip712.Policy
		want store.PolicyKind
	}{
		{eip712.Policy{Model: eip712.ModelFree}, store.PolicyFree},
		{eip712.Policy{Model: eip712.ModelBuy, Price: big.NewInt(1)}, store.PolicyBuy},
		{eip712.Policy{Model: eip712.ModelRent, Price: big.NewInt(1), Duration: 5}, store.PolicyRent},
		{eip712.Policy{Model: eip712.ModelExclusive, Subscribers: true}, store.PolicySubscription},
		{eip712.Policy{Model: eip712.ModelExclusive}, store.PolicyExclusive},
		{eip712.Policy{Model: eip712.ModelExclusive, GateKind: eip712.GateERC20, GateToken: tok, GateAmount: big.NewInt(3)}, store.PolicyTokenGated},
		{eip712.Policy{Model: eip712.ModelBuy, Price: big.NewInt(1), GateKind: eip712.GateERC721, GateToken: tok, GateAmount: big.NewInt(1)}, store.PolicyBuy},
	} {
		got := StorePolicy(c.in)
		if got.Kind != c.want || !got.Kind.Valid() {
			t.Errorf("StorePolicy(%+v).Kind = %s, want %s", c.in, got.Kind, c.want)
		}
		if c.in.GateKind != eip712.GateNone && (got.GateToken != store.Addr(tok) || got.GateStandard == "") {
			t.Errorf("gate not carried: %+v", got)
		}
	}
}
