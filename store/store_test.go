package store_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/migrations"
	"github.com/swarmgate/swarmgate/store"
	"github.com/swarmgate/swarmgate/store/keyring"
	"github.com/swarmgate/swarmgate/store/storetest"
)

var (
	alice = common.HexToAddress("0x00000000000000000000000000000000000A11CE")
	bob   = common.HexToAddress("0x0000000000000000000000000000000000000B0B")
)

func TestResolveDSN(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		cfg     store.Config
		dialect migrations.Dialect
		want    []string // substrings of the driver DSN
		wantErr bool
	}{
		{name: "default sqlite", cfg: store.Config{DataDir: "/var/lib/sg"}, dialect: migrations.SQLite,
			want: []string{"file:/var/lib/sg/gateway.db?", "foreign_keys%281%29", "journal_mode%28WAL%29", "busy_timeout", "_txlock=immediate"}},
		{name: "sqlite keeps own pragma", cfg: store.Config{DSN: "file:x.db?_pragma=journal_mode(DELETE)"}, dialect: migrations.SQLite,
			want: []string{"journal_mode%28DELETE%29", "foreign_keys%281%29"}},
		{name: "postgres", cfg: store.Config{DSN: "postgres://u@db:5432/gw?sslmode=disable"}, dialect: migrations.Postgres,
			want: []string{"postgres://u@db:5432/gw?sslmode=disable"}},
		{name: "postgresql scheme", cfg: store.Config{DSN: "postgresql://u@db/gw"}, dialect: migrations.Postgres, want: []string{"postgresql://"}},
		{name: "nothing given", cfg: store.Config{}, wantErr: true},
		{name: "mysql", cfg: store.Config{DSN: "mysql://u@db/gw"}, wantErr: true},
		{name: "postgres without host", cfg: store.Config{DSN: "postgres:///gw"}, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			d, dsn, err := tt.cfg.Resolve()
			if tt.wantErr {
				if !errors.Is(err, store.ErrBadDSN) {
					t.Fatalf("Resolve() error = %v, want ErrBadDSN", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if d != tt.dialect {
				t.Errorf("dialect %s, want %s", d, tt.dialect)
			}
			for _, w := range tt.want {
				if !strings.Contains(dsn, w) {
					t.Errorf("DSN %q lacks %q", dsn, w)
				}
			}
		})
	}
}

func TestBadPostgresDSNDoesNotLeakPassword(t *testing.T) {
	t.Parallel()
	_, _, err := store.Config{DSN: "postgres://u:s3cret@db:bad port/gw"}.Resolve()
	if err == nil || strings.Contains(err.Error(), "s3cret") {
		t.Fatalf("error %v: want an error without the password", err)
	}
}

func TestNonces(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		if err := s.CreateNonce(ctx, "n1", time.Minute); err != nil {
			t.Fatal(err)
		}
		if err := s.CreateNonce(ctx, "n1", time.Minute); !errors.Is(err, store.ErrDuplicate) {
			t.Fatalf("second create: %v, want ErrDuplicate", err)
		}
		if err := s.CreateNonce(ctx, "", time.Minute); !errors.Is(err, store.ErrInvalidArgument) {
			t.Fatalf("empty nonce: %v, want ErrInvalidArgument", err)
		}
		// Consumed exactly once under concurrency.
		var wg sync.WaitGroup
		results := make([]error, 8)
		for i := range results {
			wg.Add(1)
			go func() { defer wg.Done(); results[i] = s.ConsumeNonce(ctx, "n1") }()
		}
		wg.Wait()
		ok := 0
		for _, err := range results {
			switch {
			case err == nil:
				ok++
			case !errors.Is(err, store.ErrNonceUsed):
				t.Errorf("concurrent consume: %v", err)
			}
		}
		if ok != 1 {
			t.Fatalf("%d consumers succeeded, want exactly 1", ok)
		}
		if err := s.ConsumeNonce(ctx, "unknown"); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("unknown nonce: %v, want ErrNotFound", err)
		}
		if err := s.CreateNonce(ctx, "short", time.Microsecond); err != nil {
			t.Fatal(err)
		}
		time.Sleep(5 * time.Millisecond)
		if err := s.ConsumeNonce(ctx, "short"); !errors.Is(err, store.ErrNonceExpired) {
			t.Fatalf("expired nonce: %v, want ErrNonceExpired", err)
		}
		n, err := s.DeleteExpiredNonces(ctx, time.Now())
		if err != nil || n != 1 {
			t.Fatalf("DeleteExpiredNonces = %d, %v; want 1", n, err)
		}
	})
}

func TestSessions(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		h := store.HashToken("token-1")
		exp := time.Now().Add(time.Hour)
		created, err := s.CreateSession(ctx, h, alice, exp)
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.SessionByTokenHash(ctx, h)
		if err != nil {
			t.Fatal(err)
		}
		if got.Address != store.Addr(alice) || !got.ExpiresAt.Equal(created.ExpiresAt) || got.RevokedAt != nil || got.ID != created.ID {
			t.Fatalf("read back %+v, created %+v", got, created)
		}
		if _, err := s.CreateSession(ctx, h, bob, exp); !errors.Is(err, store.ErrDuplicate) {
			t.Fatalf("same token twice: %v, want ErrDuplicate", err)
		}
		if _, err := s.CreateSession(ctx, store.HashToken("x"), bob, time.Now().Add(-time.Second)); !errors.Is(err, store.ErrInvalidArgument) {
			t.Fatalf("expired session: %v, want ErrInvalidArgument", err)
		}
		if _, err := s.SessionByTokenHash(ctx, store.HashToken("nope")); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("unknown token: %v, want ErrNotFound", err)
		}
		if err := s.RevokeSession(ctx, h); err != nil {
			t.Fatal(err)
		}
		if err := s.RevokeSession(ctx, h); err != nil {
			t.Fatalf("second revoke: %v", err)
		}
		if err := s.RevokeSession(ctx, store.HashToken("nope")); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("revoke unknown: %v, want ErrNotFound", err)
		}
		got, _ = s.SessionByTokenHash(ctx, h)
		if got.RevokedAt == nil {
			t.Fatal("revoked session has no revoked_at")
		}
		for i := range 3 {
			if _, err := s.CreateSession(ctx, store.HashToken(fmt.Sprint("b", i)), bob, exp); err != nil {
				t.Fatal(err)
			}
		}
		if n, err := s.RevokeSessionsOf(ctx, bob); err != nil || n != 3 {
			t.Fatalf("RevokeSessionsOf = %d, %v; want 3", n, err)
		}
	})
}

func TestUploads(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		u, err := s.CreateUpload(ctx, store.NewUpload{ID: "up1", Creator: alice, Filename: "a.mp4", Size: 100, ExpiresAt: time.Now().Add(-time.Second)})
		if err != nil {
			t.Fatal(err)
		}
		if u.State != store.UploadReceiving {
			t.Fatalf("new upload in state %s", u.State)
		}
		if _, err := s.CreateUpload(ctx, store.NewUpload{ID: "up1", Creator: alice, Size: 1}); !errors.Is(err, store.ErrDuplicate) {
			t.Fatalf("duplicate id: %v", err)
		}
		if err := s.SetUploadReceived(ctx, "up1", 60); err != nil {
			t.Fatal(err)
		}
		if err := s.SetUploadReceived(ctx, "up1", 50); !errors.Is(err, store.ErrInvalidArgument) {
			t.Fatalf("progress backwards: %v, want ErrInvalidArgument", err)
		}
		if err := s.SetUploadReceived(ctx, "up1", 101); !errors.Is(err, store.ErrInvalidArgument) {
			t.Fatalf("progress past size: %v, want ErrInvalidArgument", err)
		}
		if err := s.SetUploadReceived(ctx, "nope", 1); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("unknown upload: %v, want ErrNotFound", err)
		}
		exp, err := s.ExpiredUploads(ctx, time.Now(), 10)
		if err != nil || len(exp) != 1 || exp[0].ID != "up1" {
			t.Fatalf("ExpiredUploads = %v, %v", exp, err)
		}
		if err := s.SetUploadState(ctx, "up1", store.UploadReceiving, store.UploadSealed, "", nil); !errors.Is(err, store.ErrInvalidArgument) {
			t.Fatalf("skip sealing: %v, want ErrInvalidArgument", err)
		}
		if err := s.SetUploadState(ctx, "up1", store.UploadReceiving, store.UploadSealing, "", nil); err != nil {
			t.Fatal(err)
		}
		if err := s.SetUploadState(ctx, "up1", store.UploadReceiving, store.UploadSealing, "", nil); !errors.Is(err, store.ErrInvalidArgument) {
			t.Fatalf("stale from-state: %v, want ErrInvalidArgument", err)
		}
		if err := s.SetUploadSealed(ctx, "up1", 100); err != nil {
			t.Fatal(err)
		}
		h := common.HexToHash("0x01")
		if err := s.SetUploadState(ctx, "up1", store.UploadSealing, store.UploadSealed, "", &h); err != nil {
			t.Fatal(err)
		}
		got, err := s.Upload(ctx, "up1")
		if err != nil {
			t.Fatal(err)
		}
		if got.State != store.UploadSealed || got.BytesReceived != 60 || got.BytesSealed != 100 || common.BytesToHash(got.ContentHash) != h {
			t.Fatalf("upload read back as %+v", got)
		}
		list, err := s.UploadsByCreator(ctx, alice, 10)
		if err != nil || len(list) != 1 {
			t.Fatalf("UploadsByCreator = %v, %v", list, err)
		}
		if err := s.DeleteUpload(ctx, "up1"); err != nil {
			t.Fatal(err)
		}
		if err := s.DeleteUpload(ctx, "up1"); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("second delete: %v", err)
		}
	})
}

func TestSetUploadSize(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		if _, err := s.CreateUpload(ctx, store.NewUpload{ID: "mp1", Creator: alice, Size: 1000}); err != nil {
			t.Fatal(err)
		}
		if err := s.SetUploadReceived(ctx, "mp1", 400); err != nil {
			t.Fatal(err)
		}
		for _, bad := range []int64{399, -1} {
			if err := s.SetUploadSize(ctx, "mp1", bad); !errors.Is(err, store.ErrInvalidArgument) {
				t.Errorf("size %d: %v, want ErrInvalidArgument", bad, err)
			}
		}
		if err := s.SetUploadSize(ctx, "nope", 1); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("unknown upload: %v", err)
		}
		if err := s.SetUploadSize(ctx, "mp1", 400); err != nil {
			t.Fatal(err)
		}
		if u, _ := s.Upload(ctx, "mp1"); u.Size != 400 || u.BytesReceived != 400 {
			t.Fatalf("read back %+v", u)
		}
		if err := s.SetUploadState(ctx, "mp1", store.UploadReceiving, store.UploadSealing, "", nil); err != nil {
			t.Fatal(err)
		}
		if err := s.SetUploadSize(ctx, "mp1", 500); !errors.Is(err, store.ErrInvalidArgument) {
			t.Errorf("size after receiving: %v, want ErrInvalidArgument", err)
		}
	})
}

func hashN(i int) common.Hash { return common.BigToHash(big.NewInt(int64(i + 1000))) }

func infoN(i int) (h [20]byte) {
	h[0], h[19] = byte(i), byte(i>>8)
	return h
}

// register puts n registered items into s: item i has id i+1, block i+10, title "Video i",
// creator alice for even i and bob for odd i, policy buy for i%3 == 0 and free otherwise.
func register(t *testing.T, s *store.Store, n int) {
	t.Helper()
	for i := range n {
		creator := alice
		if i%2 == 1 {
			creator = bob
		}
		kind := store.PolicyFree
		if i%3 == 0 {
			kind = store.PolicyBuy
		}
		err := s.UpsertRegistration(context.Background(), store.Registration{
			ContentID: fmt.Sprint(i + 1), ContentHash: hashN(i), InfoHash: infoN(i), KeyCommitment: hashN(100 + i),
			Creator: creator, Owner: creator, Policy: store.Policy{Kind: kind, Price: "1000"},
			Block: uint64(i + 10), LogIndex: 0, TxHash: hashN(200 + i), Title: fmt.Sprintf("Video %d", i),
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

func TestContentCatalog(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		// Sealed here first, then registered: the registration completes the row.
		sealed, err := s.CreateSealedContent(ctx, store.Sealed{
			ContentHash: hashN(0), InfoHash: infoN(0), KeyCommitment: hashN(100), Title: "My 100% _real_ film",
			Creator: alice, Torrent: []byte("d4:infod...ee"), PlaintextSize: 10, CiphertextSize: 20, PieceLength: 16384,
		})
		if err != nil {
			t.Fatal(err)
		}
		if sealed.ContentID != nil {
			t.Fatal("sealed item has a content id")
		}
		if _, err := s.CreateSealedContent(ctx, store.Sealed{ContentHash: hashN(0), InfoHash: infoN(0), KeyCommitment: hashN(100), Creator: alice}); !errors.Is(err, store.ErrDuplicate) {
			t.Fatalf("second seal of the same content: %v", err)
		}
		if page, _ := s.ListContent(ctx, store.ContentFilter{}); len(page.Items) != 0 {
			t.Fatalf("unregistered item is listed: %+v", page.Items)
		}
		register(t, s, 7)
		item, err := s.Content(ctx, "1")
		if err != nil {
			t.Fatal(err)
		}
		if item.Title != "My 100% _real_ film" || item.PlaintextSize != 10 || item.Policy.Kind != store.PolicyBuy || item.RegisteredBlock == nil || *item.RegisteredBlock != 10 {
			t.Fatalf("registered item read back as %+v", item)
		}
		if item.Torrent != nil {
			t.Fatal("Content returned torrent bytes")
		}
		tor, err := s.ContentTorrent(ctx, "1")
		if err != nil || string(tor) != "d4:infod...ee" {
			t.Fatalf("ContentTorrent = %q, %v", tor, err)
		}
		if _, err := s.ContentTorrent(ctx, "2"); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("torrent of item sealed elsewhere: %v, want ErrNotFound", err)
		}
		if _, err := s.Content(ctx, "999"); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("unknown id: %v", err)
		}
		byHash, err := s.ContentByHash(ctx, hashN(3))
		if err != nil || byHash.ContentID == nil || *byHash.ContentID != "4" {
			t.Fatalf("ContentByHash = %+v, %v", byHash, err)
		}

		// Paging: newest first, three per page, no item twice.
		var ids []string
		f := store.ContentFilter{Limit: 3}
		for {
			page, err := s.ListContent(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			for _, it := range page.Items {
				ids = append(ids, *it.ContentID)
			}
			if page.Next == nil {
				break
			}
			f.After = page.Next
		}
		if got := strings.Join(ids, ","); got != "7,6,5,4,3,2,1" {
			t.Fatalf("paged ids %s, want 7,6,5,4,3,2,1", got)
		}
		filters := []struct {
			name string
			f    store.ContentFilter
			want string
		}{
			{"creator", store.ContentFilter{Creator: &bob}, "6,4,2"},
			{"owner", store.ContentFilter{Owner: &alice}, "7,5,3,1"},
			{"policy", store.ContentFilter{Policy: store.PolicyBuy}, "7,4,1"},
			{"search ignores case", store.ContentFilter{Search: "VIDEO 5"}, "6"},
			{"search is literal", store.ContentFilter{Search: "100% _r"}, "1"},
			{"percent alone matches only literal percent", store.ContentFilter{Search: "%"}, "1"},
			{"combined", store.ContentFilter{Creator: &alice, Policy: store.PolicyFree}, "5,3"},
		}
		for _, tt := range filters {
			page, err := s.ListContent(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, it := range page.Items {
				got = append(got, *it.ContentID)
			}
			if strings.Join(got, ",") != tt.want {
				t.Errorf("%s: got %v, want %s", tt.name, got, tt.want)
			}
		}
		if _, err := s.ListContent(ctx, store.ContentFilter{Policy: "lease"}); !errors.Is(err, store.ErrInvalidArgument) {
			t.Fatalf("unknown policy: %v", err)
		}
		if _, err := s.ListContent(ctx, store.ContentFilter{Limit: store.MaxLimit + 1}); !errors.Is(err, store.ErrInvalidArgument) {
			t.Fatalf("limit too large: %v", err)
		}

		mark := time.Now()
		if err := s.SetContentOwner(ctx, "1", bob); err != nil {
			t.Fatal(err)
		}
		if err := s.SetContentPolicy(ctx, "1", store.Policy{Kind: store.PolicyRent, Price: "5", DurationSeconds: 3600}); err != nil {
			t.Fatal(err)
		}
		changed, err := s.ListContent(ctx, store.ContentFilter{UpdatedSince: &mark})
		if err != nil || len(changed.Items) != 1 || *changed.Items[0].ContentID != "1" || changed.Items[0].Policy.Kind != store.PolicyRent {
			t.Fatalf("items updated since the policy change: %+v, %v; want item 1 alone, on rent", changed.Items, err)
		}
		item, _ = s.Content(ctx, "1")
		if item.Owner != store.Addr(bob) || item.Policy.Kind != store.PolicyRent || item.Policy.DurationSeconds != 3600 || item.Creator != store.Addr(alice) {
			t.Fatalf("after transfer and policy change: %+v", item)
		}
		if err := s.SetContentOwner(ctx, "999", bob); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("owner of unknown item: %v", err)
		}

		// A registration naming another torrent for the same content drops the gateway's torrent.
		err = s.UpsertRegistration(ctx, store.Registration{ContentID: "1", ContentHash: hashN(0), InfoHash: infoN(50), KeyCommitment: hashN(100),
			Creator: alice, Owner: bob, Policy: store.Policy{Kind: store.PolicyFree}, Block: 10})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.ContentTorrent(ctx, "1"); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("torrent kept after the chain named another info hash: %v", err)
		}
		if err := s.UpsertRegistration(ctx, store.Registration{ContentID: "01", Policy: store.Policy{Kind: store.PolicyFree}}); !errors.Is(err, store.ErrInvalidArgument) {
			t.Fatalf("non-canonical id: %v", err)
		}
	})
}

func TestIndexerCursorInTransaction(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		if _, err := s.Cursor(ctx, "registry"); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("cursor before first set: %v", err)
		}
		boom := errors.New("boom")
		err := s.Tx(ctx, func(tx *store.Store) error {
			register(t, tx, 2)
			if err := tx.SetCursor(ctx, "registry", 11, hashN(1)); err != nil {
				return err
			}
			return boom
		})
		if !errors.Is(err, boom) {
			t.Fatalf("Tx = %v", err)
		}
		if _, err := s.Cursor(ctx, "registry"); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("cursor survived a rolled-back transaction: %v", err)
		}
		if page, _ := s.ListContent(ctx, store.ContentFilter{}); len(page.Items) != 0 {
			t.Fatal("content survived a rolled-back transaction")
		}
		err = s.Tx(ctx, func(tx *store.Store) error {
			register(t, tx, 2)
			return tx.SetCursor(ctx, "registry", 11, hashN(1))
		})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.SetCursor(ctx, "registry", 12, hashN(2)); err != nil {
			t.Fatal(err)
		}
		c, err := s.Cursor(ctx, "registry")
		if err != nil || c.BlockNumber != 12 || common.BytesToHash(c.BlockHash) != hashN(2) {
			t.Fatalf("cursor = %+v, %v", c, err)
		}
	})
}

func TestContentKeys(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		v1 := bytesOf(1)
		kr1, _ := keyring.New(map[uint32][]byte{1: v1})
		key := bytesOf(42)
		if err := s.PutContentKey(ctx, kr1, hashN(0), key); err != nil {
			t.Fatal(err)
		}
		if err := s.PutContentKey(ctx, kr1, hashN(0), key); !errors.Is(err, store.ErrDuplicate) {
			t.Fatalf("second put: %v", err)
		}
		got, err := s.ContentKey(ctx, kr1, hashN(0))
		if err != nil || string(got) != string(key) {
			t.Fatalf("ContentKey = %x, %v", got, err)
		}
		if _, err := s.ContentKey(ctx, kr1, hashN(1)); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("unknown key: %v", err)
		}
		other, _ := keyring.New(map[uint32][]byte{1: bytesOf(2)})
		if _, err := s.ContentKey(ctx, other, hashN(0)); !errors.Is(err, keyring.ErrOpen) {
			t.Fatalf("wrong master key: %v, want ErrOpen", err)
		}
		// Rotate: load v1 and v2, rewrap, then v2 alone opens it.
		kr12, _ := keyring.New(map[uint32][]byte{1: v1, 2: bytesOf(3)})
		n, err := s.RewrapContentKeys(ctx, kr12, 10)
		if err != nil || n != 1 {
			t.Fatalf("RewrapContentKeys = %d, %v; want 1", n, err)
		}
		if n, _ := s.RewrapContentKeys(ctx, kr12, 10); n != 0 {
			t.Fatalf("second rewrap moved %d keys", n)
		}
		kr2, _ := keyring.New(map[uint32][]byte{2: bytesOf(3)})
		got, err = s.ContentKey(ctx, kr2, hashN(0))
		if err != nil || string(got) != string(key) {
			t.Fatalf("after rotation ContentKey = %x, %v", got, err)
		}
		if _, err := s.ContentKey(ctx, kr1, hashN(0)); !errors.Is(err, keyring.ErrUnknownVersion) {
			t.Fatalf("old keyring after rotation: %v, want ErrUnknownVersion", err)
		}
	})
}

func TestDeleteUnregisteredContent(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		kr, _ := keyring.New(map[uint32][]byte{1: bytesOf(1)})
		for i := range 2 {
			if _, err := s.CreateSealedContent(ctx, store.Sealed{ContentHash: hashN(i), InfoHash: [20]byte{byte(i + 1)}, KeyCommitment: hashN(50 + i),
				Creator: alice, Torrent: []byte("d4:infode")}); err != nil {
				t.Fatal(err)
			}
			if err := s.PutContentKey(ctx, kr, hashN(i), bytesOf(byte(40+i))); err != nil {
				t.Fatal(err)
			}
		}
		// Item 1 is registered: refused, and it keeps its row and its key.
		if err := s.UpsertRegistration(ctx, store.Registration{ContentID: "7", ContentHash: hashN(1), InfoHash: [20]byte{2}, KeyCommitment: hashN(51),
			Creator: alice, Owner: alice, Policy: store.Policy{Kind: store.PolicyFree}, Block: 3}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.DeleteUnregisteredContent(ctx, hashN(1)); !errors.Is(err, store.ErrRegistered) || !strings.Contains(err.Error(), "content 7") {
			t.Fatalf("registered item: %v, want ErrRegistered naming content 7", err)
		}
		if _, err := s.ContentKey(ctx, kr, hashN(1)); err != nil {
			t.Fatalf("registered item lost its key: %v", err)
		}
		if _, err := s.Content(ctx, "7"); err != nil {
			t.Fatalf("registered item lost its row: %v", err)
		}
		// Item 0 is not: row and key go, inside a transaction, and its info hash is returned.
		var got store.ContentItem
		err := s.Tx(ctx, func(tx *store.Store) error {
			var err error
			got, err = tx.DeleteUnregisteredContent(ctx, hashN(0))
			return err
		})
		if err != nil || len(got.InfoHash) != 20 || got.InfoHash[0] != 1 {
			t.Fatalf("delete: %+v, %v", got, err)
		}
		if _, err := s.ContentByHash(ctx, hashN(0)); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("row still there: %v", err)
		}
		if _, err := s.ContentKey(ctx, kr, hashN(0)); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("key still there: %v", err)
		}
		if ok, _ := s.HasInfoHash(ctx, [20]byte{1}); ok {
			t.Error("info hash still known")
		}
		// Unknown, and a rolled-back transaction deletes nothing.
		if _, err := s.DeleteUnregisteredContent(ctx, hashN(0)); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("second delete: %v", err)
		}
		if _, err := s.CreateSealedContent(ctx, store.Sealed{ContentHash: hashN(2), InfoHash: [20]byte{3}, KeyCommitment: hashN(52), Creator: alice}); err != nil {
			t.Fatal(err)
		}
		if err := s.PutContentKey(ctx, kr, hashN(2), bytesOf(42)); err != nil {
			t.Fatal(err)
		}
		boom := errors.New("boom")
		if err := s.Tx(ctx, func(tx *store.Store) error {
			if _, err := tx.DeleteUnregisteredContent(ctx, hashN(2)); err != nil {
				return err
			}
			return boom
		}); !errors.Is(err, boom) {
			t.Fatal(err)
		}
		if _, err := s.ContentKey(ctx, kr, hashN(2)); err != nil {
			t.Errorf("rolled back, yet the key is gone: %v", err)
		}
	})
}

func bytesOf(b byte) []byte {
	out := make([]byte, 32)
	for i := range out {
		out[i] = b
	}
	return out
}

func TestSeederDirectory(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		now := time.Now()
		a := store.Announcement{Address: alice, Endpoint: "203.0.113.1:6881", PricePerGiB: "900", InfoHashes: [][20]byte{infoN(1), infoN(2), infoN(1)},
			Signature: []byte{1, 2, 3}, SignedAt: now, ExpiresAt: now.Add(time.Hour)}
		b := store.Announcement{Address: bob, Endpoint: "203.0.113.2:6881", PricePerGiB: "10000", InfoHashes: [][20]byte{infoN(1)},
			Signature: []byte{4}, SignedAt: now, ExpiresAt: now.Add(time.Hour)}
		for _, ann := range []store.Announcement{a, b} {
			if err := s.UpsertSeeder(ctx, ann); err != nil {
				t.Fatal(err)
			}
		}
		got, err := s.SeedersFor(ctx, infoN(1), now, 10)
		if err != nil || len(got) != 2 || got[0].Address != store.Addr(alice) || got[1].Address != store.Addr(bob) {
			t.Fatalf("SeedersFor = %+v, %v; want alice (cheaper) then bob", got, err)
		}
		// Re-announce: alice drops item 1 and becomes expired-soon.
		a.InfoHashes = [][20]byte{infoN(2)}
		a.ExpiresAt = now.Add(-time.Second)
		if err := s.UpsertSeeder(ctx, a); err != nil {
			t.Fatal(err)
		}
		got, _ = s.SeedersFor(ctx, infoN(1), now, 10)
		if len(got) != 1 || got[0].Address != store.Addr(bob) {
			t.Fatalf("after re-announce: %+v", got)
		}
		if got, _ := s.SeedersFor(ctx, infoN(2), now, 10); len(got) != 0 {
			t.Fatalf("expired seeder listed: %+v", got)
		}
		if n, err := s.DeleteExpiredSeeders(ctx, now); err != nil || n != 1 {
			t.Fatalf("DeleteExpiredSeeders = %d, %v", n, err)
		}
		bad := b
		bad.PricePerGiB = "-1"
		if err := s.UpsertSeeder(ctx, bad); !errors.Is(err, store.ErrInvalidArgument) {
			t.Fatalf("negative price: %v", err)
		}
	})
}

func TestCountersAndAudit(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		day1 := time.Date(2026, 3, 1, 23, 59, 0, 0, time.UTC)
		day2 := day1.Add(2 * time.Minute)
		var wg sync.WaitGroup
		for range 10 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if err := s.AddCounter(ctx, "keys_issued", day1, 1); err != nil {
					t.Error(err)
				}
			}()
		}
		wg.Wait()
		if err := s.AddCounter(ctx, "keys_issued", day2, 5); err != nil {
			t.Fatal(err)
		}
		cs, err := s.Counters(ctx, "keys_issued", day1, day2)
		if err != nil || len(cs) != 2 || cs[0].Value != 10 || cs[1].Value != 5 || cs[0].Day != "2026-03-01" {
			t.Fatalf("Counters = %+v, %v", cs, err)
		}
		if err := s.RecordKeyIssuance(ctx, "1", alice); err != nil {
			t.Fatal(err)
		}
	})
}
