package store_test

import (
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/store"
	"github.com/swarmgate/swarmgate/store/storetest"
)

// TestRegistrationLinksOnlyTheUploader: a registration of an upload's hashes by another account
// (a squatter) is a catalog row of its own, never linked to the upload or its torrent; the
// uploader's registration of the same hashes completes the sealed row. Reading an event again
// changes nothing.
func TestRegistrationLinksOnlyTheUploader(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		ch, kc := common.HexToHash("0x01"), common.HexToHash("0x02")
		var ih [20]byte
		ih[0] = 7
		if _, err := st.CreateUpload(ctx, store.NewUpload{ID: "u1", Creator: alice, Size: 1, Title: "Mine", Policy: `{"model":"free"}`,
			Poster: &store.NewPoster{MimeType: "image/png", Data: []byte("png")}}); err != nil {
			t.Fatal(err)
		}
		if _, err := st.CreateSealedContent(ctx, store.Sealed{ContentHash: ch, InfoHash: ih, KeyCommitment: kc, Title: "Mine", Creator: alice,
			Torrent: []byte("t"), UploadID: "u1", PosterType: "image/png", MimeType: "video/mp4"}); err != nil {
			t.Fatal(err)
		}
		squat := store.Registration{ContentID: "1", ContentHash: ch, InfoHash: ih, KeyCommitment: kc, Creator: bob, Owner: bob,
			Policy: store.Policy{Kind: store.PolicyFree}, Block: 10, TxHash: common.HexToHash("0xaa")}
		for range 2 {
			if err := st.UpsertRegistration(ctx, squat); err != nil {
				t.Fatal(err)
			}
		}
		it, err := st.Content(ctx, "1")
		if err != nil || it.UploadID != nil || it.Creator != store.Addr(bob) || len(it.Torrent) != 0 {
			t.Fatalf("squatter's row %+v %v", it, err)
		}
		sealed, err := st.ContentByUpload(ctx, "u1")
		if err != nil || sealed.ContentID != nil {
			t.Fatalf("sealed row after the squat %+v %v", sealed, err)
		}
		if byHash, err := st.ContentByHash(ctx, ch); err != nil || byHash.UploadID == nil {
			t.Fatalf("ContentByHash prefers the sealed row: %+v %v", byHash, err)
		}
		own := squat
		own.ContentID, own.Creator, own.Owner, own.Block, own.TxHash = "2", alice, alice, 11, common.HexToHash("0xbb")
		own.Policy = store.Policy{Kind: store.PolicyBuy, Price: "5", RoyaltyBps: 300, Payees: `[{"account":"0x0000000000000000000000000000000000000B0B","share_bps":10000}]`}
		if err := st.UpsertRegistration(ctx, own); err != nil {
			t.Fatal(err)
		}
		it, err = st.Content(ctx, "2")
		if err != nil || it.UploadID == nil || *it.UploadID != "u1" || it.Title != "Mine" || it.PosterType != "image/png" || it.Policy.RoyaltyBps != 300 {
			t.Fatalf("uploader's row %+v %v", it, err)
		}
		if tor, err := st.RegisteredTorrentByInfoHash(ctx, ih); err != nil || string(tor) != "t" {
			t.Fatalf("torrent by info hash with two rows: %q %v", tor, err)
		}
		// The poster is fixed once registered.
		if err := st.PutPoster(ctx, "u1", store.NewPoster{MimeType: "image/jpeg", Data: []byte("jpg")}); !errors.Is(err, store.ErrRegistered) {
			t.Fatalf("PutPoster after registration: %v", err)
		}
		if p, err := st.Poster(ctx, "u1"); err != nil || p.MimeType != "image/png" || len(p.Sha256) != 32 {
			t.Fatalf("poster %+v %v", p, err)
		}
		if cur, err := st.CreatorCurrencies(ctx, alice); err != nil || len(cur) != 0 {
			t.Fatalf("currencies %v %v", cur, err)
		}
	})
}

// TestPurchasesCountedOnce: a Purchased event read twice (a re-read after a reorganization) is
// one sale.
func TestPurchasesCountedOnce(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		p := store.Purchase{TxHash: common.HexToHash("0x01").Bytes(), LogIndex: 3, ContentID: "9", Block: 5, Buyer: "0xb", Recipient: "0xb", Amount: "10"}
		for range 2 {
			if err := st.RecordPurchase(ctx, p); err != nil {
				t.Fatal(err)
			}
		}
		p.LogIndex = 4
		if err := st.RecordPurchase(ctx, p); err != nil {
			t.Fatal(err)
		}
		n, err := st.SalesCounts(ctx, []string{"9", "10"})
		if err != nil || n["9"] != 2 || n["10"] != 0 {
			t.Fatalf("sales %v %v", n, err)
		}
		if err := st.RecordPurchase(ctx, store.Purchase{ContentID: "x"}); !errors.Is(err, store.ErrInvalidArgument) {
			t.Fatalf("bad purchase: %v", err)
		}
	})
}
