package seeder_test

import (
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/anacrolix/torrent/metainfo"

	"github.com/swarmgate/swarmgate/internal/testnet"
	"github.com/swarmgate/swarmgate/seeder"
)

// TestAddTorrentWhileRunning: a node started with no items is given one with AddTorrent (from
// several goroutines at once, while it runs); it seeds the ciphertext in place and a paying
// viewer downloads it. Adding again is a no-op, from another directory an error, beyond
// MaxItems an error, and before start or after stop ErrNotRunning.
func TestAddTorrentWhileRunning(t *testing.T) {
	t.Parallel()
	net := testnet.New(t, testnet.Config{Seeders: 1, Payers: 1, ItemSize: 3 << 20, NoStart: true, Seeder: func(_ int, c *seeder.Config) {
		c.Items, c.AllowNoItems, c.MaxItems = nil, true, 1
	}})
	s := net.Seeders[0]
	ctx := t.Context()
	node, err := seeder.New(s.Config, seeder.Deps{})
	if err != nil {
		t.Fatal(err)
	}
	if err := node.AddTorrent(ctx, net.Item.MetaInfo, s.ItemDir); !errors.Is(err, seeder.ErrNotRunning) {
		t.Fatalf("AddTorrent before Run: %v, want ErrNotRunning", err)
	}
	s.Start()
	node = s.Node()
	if n := len(node.Torrents()); n != 0 {
		t.Fatalf("node started with %d items, want none", n)
	}
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range errs {
		wg.Go(func() { errs[i] = node.AddTorrent(ctx, net.Item.MetaInfo, s.ItemDir) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("AddTorrent %d: %v", i, err)
		}
	}
	ts := node.Torrents()
	if len(ts) != 1 || ts[0].InfoHash() != net.Item.InfoHash {
		t.Fatalf("node seeds %d items after adding one four times", len(ts))
	}
	if err := node.AddTorrent(ctx, net.Item.MetaInfo, t.TempDir()); !errors.Is(err, seeder.ErrItemElsewhere) {
		t.Fatalf("AddTorrent from another directory: %v, want ErrItemElsewhere", err)
	}
	other := testnet.NewItem(t, 1<<16)
	if err := node.AddTorrent(ctx, other.MetaInfo, other.Dir); !errors.Is(err, seeder.ErrTooManyItems) {
		t.Fatalf("AddTorrent beyond MaxItems: %v, want ErrTooManyItems", err)
	}
	if err := node.AddTorrent(ctx, &metainfo.MetaInfo{InfoBytes: []byte("not bencode")}, s.ItemDir); err == nil {
		t.Fatal("AddTorrent accepted a metainfo whose info does not decode")
	}
	if err := node.AddTorrent(ctx, nil, s.ItemDir); err == nil {
		t.Fatal("AddTorrent accepted no metainfo")
	}
	if err := node.AddTorrent(ctx, net.Item.MetaInfo, ""); err == nil {
		t.Fatal("AddTorrent accepted no directory")
	}

	tor := net.Payers[0].Start(s)
	testnet.WaitFor(t, time.Minute, "the download", tor.Complete().Bool)
	ct, err := testnet.ReadAll(tor)
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := net.Item.Open(ct); err != nil || !ok {
		t.Fatalf("downloaded ciphertext does not open to the original: ok=%v err=%v", ok, err)
	}
	s.Stop()
	if err := node.AddTorrent(ctx, net.Item.MetaInfo, s.ItemDir); !errors.Is(err, seeder.ErrNotRunning) {
		t.Fatalf("AddTorrent after stop: %v, want ErrNotRunning", err)
	}
}
