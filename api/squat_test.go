package api

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/store"
	"github.com/swarmgate/swarmgate/viewerkey"
)

// TestContentHashSquattingGetsNoKey performs issue #11 item 7 on the dev chain: a squatter
// copies the hashes, key commitment and metadata URI of a creator's pending registration and
// registers them first, with a free policy. The gateway lists the squatter's item but never
// links it to the upload: a viewer asking for its key gets 403 key_not_linked. The creator's
// own registration still succeeds (content hashes are unique per creator on-chain), is linked
// to the upload, and its buyers get the key. On SQLite and PostgreSQL.
func TestContentHashSquattingGetsNoKey(t *testing.T) {
	eachBackend(t, func(t *testing.T, st *store.Store) {
		s := newStack(t, st, nil)
		ctx := context.Background()
		creatorKey, creator := s.env.Accounts[1].Key, s.env.Addr(1)
		squatter, viewer := 3, 2
		upload, key := s.sealedUploadMeta(creator, "Original", policyOf(map[string]any{"model": "buy", "price": "1000"}), nil)
		ctoken := s.signIn(creatorKey)
		vtoken := s.signIn(s.env.Accounts[viewer].Key)
		offer, reg := s.offer(ctoken, upload)

		// The squatter copies what the pending registration shows and registers it as free.
		var msg struct {
			Message struct {
				ContentHash, InfoHash, KeyCommitment string
				MetadataURI                          string `json:"metadataURI"`
			} `json:"message"`
		}
		if err := json.Unmarshal(offer.TypedData, &msg); err != nil {
			t.Fatal(err)
		}
		m := msg.Message
		squat := eip712.Registration{Creator: s.env.Addr(squatter), ContentHash: common.HexToHash(m.ContentHash), InfoHash: common.HexToHash(m.InfoHash),
			KeyCommitment: common.HexToHash(m.KeyCommitment), MetadataURI: m.MetadataURI,
			Policy: eip712.Policy{Model: eip712.ModelFree, Price: new(big.Int), GateID: new(big.Int), GateAmount: new(big.Int)}}
		squatID, _, err := s.env.Client.Register(ctx, s.env.Opts(squatter), squat)
		if err != nil {
			t.Fatalf("the squatter's registration: %v", err)
		}
		s.sync()
		it, err := st.Content(ctx, squatID.String())
		if err != nil || it.Creator != store.Addr(s.env.Addr(squatter)) || it.UploadID != nil {
			t.Fatalf("squatter's item %+v %v: want listed, not linked to the upload", it, err)
		}
		code, body := s.call("GET", "/v1/uploads/"+upload, ctoken, nil)
		var u uploadJSON
		if code != 200 || json.Unmarshal(body, &u) != nil || u.ContentID != "" {
			t.Fatalf("the upload after the squat: %d %s; want it unregistered", code, body)
		}
		// The squatter's free item gets no key from this gateway.
		_, err = s.client.FetchKey(ctx, vtoken, squatID.String(), viewerkey.KeyOptions{})
		if !viewerkey.IsProblem(err, "key_not_linked") {
			t.Fatalf("key of the squatter's item: %v, want 403 key_not_linked", err)
		}
		if _, err := s.client.FetchKey(ctx, s.signIn(s.env.Accounts[squatter].Key), squatID.String(), viewerkey.KeyOptions{}); !viewerkey.IsProblem(err, "key_not_linked") {
			t.Fatalf("key for the squatter itself: %v, want key_not_linked", err)
		}

		// The creator's own registration is not blocked, and is the one linked to the upload.
		offer2, reg2 := s.offer(ctoken, upload)
		if reg2.MetadataURI != reg.MetadataURI {
			t.Fatalf("offer changed: %+v", reg2)
		}
		code, body = s.call("POST", "/v1/uploads/"+upload+"/registration", ctoken, map[string]any{
			"nonce": offer2.Nonce, "deadline": offer2.Deadline, "signature": signTypedData(t, offer2.TypedData, creatorKey)})
		if code != 200 {
			t.Fatalf("the creator's registration after the squat: %d %s", code, body)
		}
		var out registeredJSON
		_ = json.Unmarshal(body, &out)
		s.sync()
		own, err := st.Content(ctx, out.ContentID)
		if err != nil || own.UploadID == nil || *own.UploadID != upload || own.Creator != store.Addr(creator) || own.Title != "Original" {
			t.Fatalf("creator's item %+v %v: want it linked to the upload", own, err)
		}
		if _, _, err := s.env.Client.Purchase(ctx, s.env.Opts(viewer), mustBig(out.ContentID), s.env.Addr(viewer), purchaseTerms(t, s.env.Client, out.ContentID)); err != nil {
			t.Fatal(err)
		}
		got, err := fetchKeyAfterPurchase(ctx, s, vtoken, out.ContentID)
		if err != nil || !bytes.Equal(got.ContentKey, key) {
			t.Fatalf("the buyer's key: %v", err)
		}
		// The squatter's item still gets none, also once the key is cached for the real one.
		if _, err := s.client.FetchKey(ctx, vtoken, squatID.String(), viewerkey.KeyOptions{}); !viewerkey.IsProblem(err, "key_not_linked") {
			t.Fatalf("key of the squatter's item afterwards: %v", err)
		}
		code, body = s.call("GET", "/v1/uploads/"+upload, ctoken, nil)
		if code != 200 || json.Unmarshal(body, &u) != nil || u.ContentID != out.ContentID {
			t.Fatalf("upload after the creator's registration: %d %s", code, body)
		}
	})
}

// fetchKeyAfterPurchase asks for a key until the entitlement cache's no-answer expires.
func fetchKeyAfterPurchase(ctx context.Context, s *stack, token, id string) (*viewerkey.Key, error) {
	for range 100 {
		k, err := s.client.FetchKey(ctx, token, id, viewerkey.KeyOptions{})
		if !viewerkey.IsProblem(err, "not_purchased") {
			return k, err
		}
		sleepBriefly()
	}
	return s.client.FetchKey(ctx, token, id, viewerkey.KeyOptions{})
}

func sleepBriefly() { time.Sleep(50 * time.Millisecond) }
