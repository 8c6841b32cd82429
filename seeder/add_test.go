package seeder_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
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
	net.Item.CheckDownload(t, tor)
	s.Stop()
	if err := node.AddTorrent(ctx, net.Item.MetaInfo, s.ItemDir); !errors.Is(err, seeder.ErrNotRunning) {
		t.Fatalf("AddTorrent after stop: %v, want ErrNotRunning", err)
	}
}

// validConfig returns a function that makes a configuration Validate accepts but for items (a
// deployment file that exists, a dev key, an RPC URL, a fresh data directory).
func validConfig(t *testing.T) func() seeder.Config {
	t.Helper()
	dep := filepath.Join(t.TempDir(), "deployment.json")
	if err := os.WriteFile(dep, []byte("{}"), 0o600); err != nil {
		t.Fatal(err)
	}
	return func() seeder.Config {
		c := seeder.DefaultConfig()
		c.DataDir, c.DevKey, c.RPCURL, c.Deployment = t.TempDir(), "01", "http://127.0.0.1:8545", dep
		return c
	}
}

// TestValidateItemsAndLimit: a node needs items unless AllowNoItems is set, and MaxItems must
// not be negative.
func TestValidateItemsAndLimit(t *testing.T) {
	t.Parallel()
	base := validConfig(t)
	for _, c := range []struct {
		name   string
		mutate func(*seeder.Config)
		want   string // "" when valid
	}{
		{"no items", func(*seeder.Config) {}, "item: give at least one item"},
		{"no items allowed", func(c *seeder.Config) { c.AllowNoItems = true }, ""},
		{"negative max items", func(c *seeder.Config) { c.AllowNoItems, c.MaxItems = true, -1 }, "max-items: must not be negative"},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			cfg := base()
			c.mutate(&cfg)
			err := cfg.Validate()
			switch {
			case c.want == "" && err != nil:
				t.Fatalf("Validate: %v", err)
			case c.want != "" && (!errors.Is(err, seeder.ErrConfig) || !strings.Contains(err.Error(), c.want)):
				t.Fatalf("Validate: %v, want ErrConfig naming %q", err, c.want)
			}
		})
	}
}

// TestListenOnAllIPv4Interfaces: a node told to listen on 0.0.0.0 (the CLI's default) starts;
// anacrolix used to be handed 0.0.0.0 for its IPv6 listener too and refused to start.
func TestListenOnAllIPv4Interfaces(t *testing.T) {
	t.Parallel()
	net := testnet.New(t, testnet.Config{Seeders: 1, Payers: 0, ItemSize: 1 << 16, Seeder: func(_ int, c *seeder.Config) {
		c.Listen = "0.0.0.0:0"
	}})
	addr := net.Seeders[0].Node().Addr()
	if !strings.HasPrefix(addr, "0.0.0.0:") && !strings.HasPrefix(addr, "[::]:") {
		t.Fatalf("node listens on %q, want every IPv4 interface", addr)
	}
	for _, a := range net.Seeders[0].Node().Client().ListenAddrs() {
		if a.Network() != "tcp" || strings.HasPrefix(a.String(), "[") {
			t.Errorf("node also listens on %s %s; 0.0.0.0 asks for IPv4 only", a.Network(), a)
		}
	}
}
