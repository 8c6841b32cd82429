package api

import (
	"bytes"
	"context"
	"encoding/json"
	"net/url"
	"strings"
	"testing"

	"github.com/swarmgate/swarmgate/store"
	"github.com/swarmgate/swarmgate/viewerkey"
)

// TestFullStackPolicyUpdateAndCreatorRevenue on the dev chain: a creator's own items list with
// their sales (indexed Purchased events) and what the registry owes it per currency; the owner
// changes the policy through the gateway, relayed (typed data signed) and by the direct
// transaction; the catalog, the metadata and key issuance follow the change; a non-owner, a bad
// policy and another signer are refused. On SQLite and PostgreSQL.
func TestFullStackPolicyUpdateAndCreatorRevenue(t *testing.T) {
	eachBackend(t, func(t *testing.T, st *store.Store) {
		s := newStack(t, st, nil)
		ctx := context.Background()
		creatorKey, creator := s.env.Accounts[1].Key, s.env.Addr(1)
		upload, key := s.sealedUploadMeta(creator, "Sold film", policyOf(map[string]any{"model": "buy", "price": "1000"}), nil)
		ctoken := s.signIn(creatorKey)
		id := s.register(ctoken, upload, creatorKey)
		s.sync()
		if _, _, err := s.env.Client.Purchase(ctx, s.env.Opts(2), mustBig(id), s.env.Addr(2), purchaseTerms(t, s.env.Client, id)); err != nil {
			t.Fatal(err)
		}
		s.sync()

		// The creator's items: sales and revenue owed.
		code, body := s.call("GET", "/v1/creators/"+creator.Hex()+"/content", "", nil)
		var page creatorPageJSON
		if code != 200 || json.Unmarshal(body, &page) != nil || len(page.Items) != 1 || page.Items[0].ID != id || page.Items[0].Sales != 1 ||
			page.Items[0].Title != "Sold film" || len(page.Owed) != 1 || page.Owed[0].Currency != "" || page.Owed[0].Amount != "1000" {
			t.Fatalf("creator content: %d %s", code, body)
		}
		if code, body := s.call("GET", "/v1/creators/"+s.env.Addr(3).Hex()+"/content?paid=true", "", nil); code != 200 || !strings.Contains(string(body), `"items":[]`) {
			t.Fatalf("another creator's content: %d %s", code, body)
		}
		if code, body := s.call("GET", "/v1/creators/nope/content", "", nil); code != 400 || problemCode(t, code, body) != "invalid_parameter" {
			t.Fatalf("bad address: %d %s", code, body)
		}

		get := func(token, policy string) (int, []byte) {
			return s.call("GET", "/v1/content/"+id+"/policy-update?policy="+url.QueryEscape(policy), token, nil)
		}
		rent := policyOf(map[string]any{"model": "rent", "price": "500", "duration_seconds": 3600})
		// Not the owner; no session; a bad policy (every field named).
		if code, body := get(s.signIn(s.env.Accounts[2].Key), rent); code != 403 || problemCode(t, code, body) != "not_owner" {
			t.Fatalf("non-owner: %d %s", code, body)
		}
		if code, body := get("", rent); code != 401 {
			t.Fatalf("no session: %d %s", code, body)
		}
		code, body = get(ctoken, policyOf(map[string]any{"model": "rent", "royalty_bps": 2000, "currency": s.env.Addr(5).Hex()}))
		if code != 422 || problemCode(t, code, body) != "invalid_policy" {
			t.Fatalf("bad policy: %d %s", code, body)
		}
		for _, want := range []string{`"policy.price","code":"price_missing"`, `"policy.duration_seconds","code":"duration_invalid"`, `"policy.royalty_bps","code":"royalty_too_high"`,
			`"policy.currency","code":"currency_not_contract"`} {
			if !strings.Contains(string(body), want) {
				t.Errorf("bad policy problem %s does not name %s", body, want)
			}
		}
		// The relayed change.
		code, body = get(ctoken, rent)
		var offer policyUpdateJSON
		var raw struct {
			TypedData json.RawMessage `json:"typed_data"`
		}
		if code != 200 || json.Unmarshal(body, &offer) != nil || json.Unmarshal(body, &raw) != nil || offer.Policy.Model != "rent" || !offer.Relay ||
			offer.Direct.To != s.env.Deployment.Registry.Hex() || offer.Owner != creator.Hex() {
			t.Fatalf("offer: %d %s", code, body)
		}
		post := func(sig string) (int, []byte) {
			return s.call("POST", "/v1/content/"+id+"/policy-update", ctoken, map[string]any{
				"policy": json.RawMessage(rent), "nonce": offer.Nonce, "deadline": offer.Deadline, "signature": sig})
		}
		if code, body := post(signTypedData(t, raw.TypedData, s.env.Accounts[2].Key)); code != 403 || problemCode(t, code, body) != "signer_mismatch" {
			t.Fatalf("another signer: %d %s", code, body)
		}
		if code, body := post(signTypedData(t, raw.TypedData, creatorKey)); code != 200 {
			t.Fatalf("relayed policy update: %d %s", code, body)
		}
		s.sync()
		code, body = s.call("GET", "/v1/content/"+id, "", nil)
		var item contentJSON
		if code != 200 || json.Unmarshal(body, &item) != nil || item.Policy.Kind != store.PolicyRent || item.Policy.Price != "500" || item.Policy.DurationSeconds != 3600 {
			t.Fatalf("catalog after the relayed update: %d %s", code, body)
		}
		if code, body := s.call("GET", "/v1/content?paid=true&policy=rent&creator="+creator.Hex(), "", nil); code != 200 || !strings.Contains(string(body), `"id":"`+id+`"`) {
			t.Fatalf("catalog filter after the update: %d %s", code, body)
		}
		if code, body := s.call("GET", "/v1/metadata/"+upload+".json", "", nil); code != 200 || !strings.Contains(string(body), `"value":"rent"`) {
			t.Fatalf("metadata after the update: %d %s", code, body)
		}

		// Key issuance follows: viewer 4 has bought nothing; the direct transaction makes the
		// item free, and then the key is theirs.
		vtoken := s.signIn(s.env.Accounts[4].Key)
		if _, err := s.client.FetchKey(ctx, vtoken, id, viewerkey.KeyOptions{}); !viewerkey.IsProblem(err, "not_purchased") {
			t.Fatalf("key before the item is free: %v", err)
		}
		code, body = get(ctoken, policyOf(map[string]any{"model": "free"}))
		if code != 200 || json.Unmarshal(body, &offer) != nil {
			t.Fatalf("offer free: %d %s", code, body)
		}
		s.sendDirect(1, offer.Direct)
		s.sync()
		if it, err := st.Content(ctx, id); err != nil || it.Policy.Kind != store.PolicyFree {
			t.Fatalf("catalog after the direct update: %+v %v", it, err)
		}
		got, err := fetchKeyAfterPurchase(ctx, s, vtoken, id)
		if err != nil || !bytes.Equal(got.ContentKey, key) {
			t.Fatalf("key once free: %v", err)
		}
	})
}
