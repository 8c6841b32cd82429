package store_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/swarmgate/swarmgate/store"
	"github.com/swarmgate/swarmgate/store/storetest"
)

func TestAnnounceSeederRefusesStale(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		t0 := time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)
		a := store.Announcement{Address: bob, Endpoint: "198.51.100.7:6881", PricePerGiB: "7", InfoHashes: [][20]byte{{1}},
			Signature: []byte{1}, SignedAt: t0, ExpiresAt: t0.Add(time.Hour)}
		if err := st.AnnounceSeeder(ctx, a); err != nil {
			t.Fatal(err)
		}
		for name, at := range map[string]time.Time{"replay": t0, "older": t0.Add(-time.Second)} {
			b := a
			b.SignedAt, b.Endpoint = at, "203.0.113.1:1"
			if err := st.AnnounceSeeder(ctx, b); !errors.Is(err, store.ErrStale) {
				t.Errorf("%s: err %v, want ErrStale", name, err)
			}
		}
		b := a
		b.SignedAt, b.Endpoint, b.InfoHashes = t0.Add(time.Second), "203.0.113.1:1", [][20]byte{{2}}
		if err := st.AnnounceSeeder(ctx, b); err != nil {
			t.Fatal(err)
		}
		got, err := st.Seeder(ctx, bob)
		if err != nil || got.Endpoint != "203.0.113.1:1" || !got.SignedAt.Equal(t0.Add(time.Second)) {
			t.Fatalf("Seeder = %+v, %v", got, err)
		}
		if old, _ := st.SeedersFor(ctx, [20]byte{1}, t0, 10); len(old) != 0 {
			t.Errorf("the replaced item list still lists the old info hash: %+v", old)
		}
	})
}

func TestUploadsInStateAndHasInfoHash(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		for id, gw := range map[string]string{"u1": "", "u2": "gw-a", "u3": "gw-a", "u4": "gw-b"} {
			if _, err := st.CreateUpload(ctx, store.NewUpload{ID: id, Creator: alice, Size: 10, GatewayID: gw}); err != nil {
				t.Fatal(err)
			}
		}
		if err := st.SetUploadState(ctx, "u2", store.UploadReceiving, store.UploadSealing, "", nil); err != nil {
			t.Fatal(err)
		}
		us, err := st.UploadsInState(ctx, store.UploadSealing, "gw-a", 10)
		if err != nil || len(us) != 1 || us[0].ID != "u2" || us[0].GatewayID == nil || *us[0].GatewayID != "gw-a" {
			t.Fatalf("UploadsInState(sealing, gw-a) = %+v, %v", us, err)
		}
		if us, _ := st.UploadsInState(ctx, store.UploadSealing, "gw-b", 10); len(us) != 0 {
			t.Fatalf("UploadsInState(sealing, gw-b) lists another gateway's upload: %+v", us)
		}
		// Receiving: gateway a's own and the one recorded without a gateway, not b's.
		var ids []string
		rs, _ := st.UploadsInState(ctx, store.UploadReceiving, "gw-a", 10)
		for _, u := range rs {
			ids = append(ids, u.ID)
		}
		if slices.Sort(ids); strings.Join(ids, ",") != "u1,u3" {
			t.Fatalf("UploadsInState(receiving, gw-a) = %v, want u1,u3", ids)
		}
		ih := [20]byte{9, 9}
		if ok, err := st.HasInfoHash(ctx, ih); ok || err != nil {
			t.Fatalf("HasInfoHash before = %v, %v", ok, err)
		}
		if _, err := st.CreateSealedContent(ctx, store.Sealed{ContentHash: [32]byte{1}, InfoHash: ih, KeyCommitment: [32]byte{2}, Creator: alice}); err != nil {
			t.Fatal(err)
		}
		if ok, err := st.HasInfoHash(ctx, ih); !ok || err != nil {
			t.Fatalf("HasInfoHash after = %v, %v", ok, err)
		}
	})
}

func TestRegisteredTorrentByInfoHash(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		sealedHere, elsewhere := [20]byte{7, 1}, [20]byte{7, 2}
		if _, err := st.CreateSealedContent(ctx, store.Sealed{ContentHash: [32]byte{1}, InfoHash: sealedHere, KeyCommitment: [32]byte{2},
			Creator: alice, Torrent: []byte("d4:infod4:name1:xee")}); err != nil {
			t.Fatal(err)
		}
		for _, ih := range [][20]byte{sealedHere, elsewhere, {7, 3}} {
			if _, err := st.RegisteredTorrentByInfoHash(ctx, ih); !errors.Is(err, store.ErrNotFound) {
				t.Errorf("%x before registration: %v, want ErrNotFound", ih, err)
			}
		}
		for i, ih := range [][20]byte{sealedHere, elsewhere} {
			if err := st.UpsertRegistration(ctx, store.Registration{ContentID: string(rune('1' + i)), ContentHash: [32]byte{byte(1 + 10*i)}, InfoHash: ih,
				KeyCommitment: [32]byte{2}, Creator: alice, Owner: alice, Policy: store.Policy{Kind: store.PolicyFree}, Block: uint64(10 + i)}); err != nil {
				t.Fatal(err)
			}
		}
		if raw, err := st.RegisteredTorrentByInfoHash(ctx, sealedHere); err != nil || string(raw) != "d4:infod4:name1:xee" {
			t.Fatalf("registered item sealed here: %q, %v", raw, err)
		}
		if _, err := st.RegisteredTorrentByInfoHash(ctx, elsewhere); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("registered item sealed elsewhere (no torrent): %v, want ErrNotFound", err)
		}
	})
}
