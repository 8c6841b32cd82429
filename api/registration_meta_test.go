package api

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/chaintest"
	"github.com/swarmgate/swarmgate/indexer"
	"github.com/swarmgate/swarmgate/store"
	"github.com/swarmgate/swarmgate/viewerkey"
)

// sealedUploadMeta stores a sealed upload of creator that declared title and policy (JSON in
// the regPolicyJSON shape) and a poster, as an upload through the API would leave it, and
// returns the upload id and the content key.
func (s *stack) sealedUploadMeta(creator common.Address, title, policy string, poster []byte) (string, []byte) {
	t := s.t
	t.Helper()
	ctx := context.Background()
	p, bad := policyFields(policy, "policy")
	if len(bad) > 0 {
		t.Fatalf("policy %s: %+v", policy, bad)
	}
	key := make([]byte, 32)
	_, _ = rand.Read(key)
	var ch common.Hash
	_, _ = rand.Read(ch[:])
	var info [20]byte
	_, _ = rand.Read(info[:])
	id := newUploadID()
	nu := store.NewUpload{ID: id, Creator: creator, Filename: "v.mp4", Size: 10, Title: title, MimeType: "video/mp4", Policy: policy}
	posterType := ""
	if poster != nil {
		nu.Poster = &store.NewPoster{MimeType: "image/png", Data: poster}
		posterType = "image/png"
	}
	if _, err := s.st.CreateUpload(ctx, nu); err != nil {
		t.Fatal(err)
	}
	if err := s.st.SetUploadState(ctx, id, store.UploadReceiving, store.UploadSealing, "", nil); err != nil {
		t.Fatal(err)
	}
	if _, err := s.st.CreateSealedContent(ctx, store.Sealed{ContentHash: ch, InfoHash: info, KeyCommitment: crypto.Keccak256Hash(key), Title: title,
		Creator: creator, Policy: indexer.StorePolicy(p), MimeType: "video/mp4", PosterType: posterType, MetadataURI: s.srv.metadataURI(id),
		PlaintextSize: 10, CiphertextSize: 50, PieceLength: 16384, Torrent: []byte("d4:infode"), UploadID: id}); err != nil {
		t.Fatal(err)
	}
	if err := s.st.PutContentKey(ctx, s.keys, ch, key); err != nil {
		t.Fatal(err)
	}
	if err := s.st.SetUploadState(ctx, id, store.UploadSealing, store.UploadSealed, "", &ch); err != nil {
		t.Fatal(err)
	}
	return id, key
}

// offer fetches GET /v1/uploads/{id}/registration.
func (s *stack) offer(token, upload string) (regOffer, registrationJSON) {
	s.t.Helper()
	code, body := s.call("GET", "/v1/uploads/"+upload+"/registration", token, nil)
	if code != 200 {
		s.t.Fatalf("GET registration: %d %s", code, body)
	}
	var o regOffer
	var r registrationJSON
	if err := json.Unmarshal(body, &o); err != nil {
		s.t.Fatal(err)
	}
	var raw map[string]json.RawMessage
	_ = json.Unmarshal(body, &raw)
	_ = json.Unmarshal(raw["policy"], &r.Policy)
	_ = json.Unmarshal(raw["metadata_uri"], &r.MetadataURI)
	_ = json.Unmarshal(raw["direct"], &r.Direct)
	return o, r
}

// sendDirect sends the direct register transaction of an offer from account i's wallet.
func (s *stack) sendDirect(i int, d directTxJSON) *types.Receipt {
	s.t.Helper()
	ctx := context.Background()
	bc := bind.NewBoundContract(common.HexToAddress(d.To), abi.ABI{}, s.env.Chain.Client(), s.env.Chain.Client(), s.env.Chain.Client())
	tx, err := bc.RawTransact(s.env.Opts(i), common.FromHex(d.Data))
	if err != nil {
		s.t.Fatalf("send the direct registration: %v", err)
	}
	rcpt, err := chain.WaitMined(ctx, s.env.Chain.Client(), tx.Hash(), chaintest.Poll)
	if err != nil || rcpt.Status != types.ReceiptStatusSuccessful {
		s.t.Fatalf("direct registration: %v %+v", err, rcpt)
	}
	return rcpt
}

// TestFullStackRegistrationCarriesUploadPolicy: the typed data GET returns carries exactly the
// policy and metadata URI the upload declared; the relayed registerWithSig registers them on
// the dev chain; the catalog lists title, poster and policy; the ERC-721 metadata served at the
// token's tokenURI names the item; and the direct transaction from GET registers a second
// upload from the creator's own wallet, whose key viewers then get. On SQLite and PostgreSQL.
func TestFullStackRegistrationCarriesUploadPolicy(t *testing.T) {
	eachBackend(t, func(t *testing.T, st *store.Store) {
		s := newStack(t, st, nil)
		ctx := context.Background()
		creatorKey, creator := s.env.Accounts[1].Key, s.env.Addr(1)
		// Any contract serves as the ERC-20 currency for the code check; nobody buys here.
		currency := s.env.Deployment.Escrow
		policy := policyOf(map[string]any{"model": "rent", "price": "123456789", "currency": currency.Hex(), "duration_seconds": 3600, "royalty_bps": 500,
			"payees": []map[string]any{{"account": s.env.Addr(3).Hex(), "share_bps": 2500}, {"account": "", "share_bps": 7500}}})
		upload, _ := s.sealedUploadMeta(creator, "Priced film", policy, testPNG(t))
		token := s.signIn(creatorKey)

		offer, reg := s.offer(token, upload)
		want, _ := policyFields(policy, "policy")
		wantJSON, _ := json.Marshal(toRegPolicyJSON(want))
		gotJSON, _ := json.Marshal(reg.Policy)
		if string(gotJSON) != string(wantJSON) || reg.MetadataURI != s.url+"/v1/metadata/"+upload+".json" {
			t.Fatalf("offer policy %s metadata %q, want %s", gotJSON, reg.MetadataURI, wantJSON)
		}
		if !strings.Contains(string(offer.TypedData), `"metadataURI":"`+reg.MetadataURI+`"`) || !strings.Contains(string(offer.TypedData), `"price":"123456789"`) {
			t.Fatalf("typed data does not carry the policy and metadata URI: %s", offer.TypedData)
		}
		// A policy other than the upload's is refused before any gas is spent.
		other := json.RawMessage(`{"model":"free","price":"0","currency":"","duration_seconds":0,"subscribers":false,"royalty_bps":0,"payees":[]}`)
		code, body := s.call("POST", "/v1/uploads/"+upload+"/registration", token, map[string]any{
			"policy": other, "nonce": offer.Nonce, "deadline": offer.Deadline, "signature": signTypedData(t, offer.TypedData, creatorKey)})
		if code != 409 || problemCode(t, code, body) != "policy_mismatch" {
			t.Fatalf("other policy: %d %s", code, body)
		}
		// The relayed registration, with the policy left out.
		code, body = s.call("POST", "/v1/uploads/"+upload+"/registration", token, map[string]any{
			"nonce": offer.Nonce, "deadline": offer.Deadline, "signature": signTypedData(t, offer.TypedData, creatorKey)})
		if code != 200 {
			t.Fatalf("relay: %d %s", code, body)
		}
		var out registeredJSON
		_ = json.Unmarshal(body, &out)
		onchain, err := s.env.Client.Content(ctx, mustBig(out.ContentID))
		if err != nil || onchain.Policy.StructHash() != want.StructHash() || onchain.MetadataURI != reg.MetadataURI {
			t.Fatalf("registered %+v %v; want the upload's policy and metadata URI", onchain, err)
		}
		s.sync()
		code, body = s.call("GET", "/v1/content/"+out.ContentID, "", nil)
		var item contentJSON
		_ = json.Unmarshal(body, &item)
		if code != 200 || item.Title != "Priced film" || item.PosterURL != s.url+"/v1/posters/"+upload || item.Policy.Kind != store.PolicyRent ||
			item.Policy.Price != "123456789" || item.Policy.Currency != strings.ToLower(currency.Hex()) || item.Policy.RoyaltyBps != 500 ||
			len(item.Policy.Payees) != 2 || item.Policy.Payees[0].ShareBps != 2500 || item.MimeType != "video/mp4" {
			t.Fatalf("catalog item: %d %s", code, body)
		}
		// The metadata wallets read from tokenURI.
		res, err := http.Get(onchain.MetadataURI)
		if err != nil {
			t.Fatal(err)
		}
		var md metadataJSON
		_ = json.NewDecoder(res.Body).Decode(&md)
		res.Body.Close()
		if res.StatusCode != 200 || md.Name != "Priced film" || md.Image != item.PosterURL || md.ExternalURL != s.url+"/v1/content/"+out.ContentID {
			t.Fatalf("metadata at tokenURI: %d %+v", res.StatusCode, md)
		}
		// The poster of a registered item is fixed.
		if code, body := s.call("PUT", "/v1/uploads/"+upload+"/poster", token, nil); code != 409 || problemCode(t, code, body) != "already_registered" {
			t.Fatalf("PUT poster after registration: %d %s", code, body)
		}

		// The direct transaction registers from the creator's wallet; the key is the viewers'.
		upload2, key2 := s.sealedUploadMeta(creator, "Free short", policyOf(map[string]any{"model": "free"}), nil)
		_, reg2 := s.offer(token, upload2)
		if reg2.Direct.To != s.env.Deployment.Registry.Hex() {
			t.Fatalf("direct tx to %s", reg2.Direct.To)
		}
		s.sendDirect(1, reg2.Direct)
		s.sync()
		code, body = s.call("GET", "/v1/uploads/"+upload2, token, nil)
		var u2 uploadJSON
		_ = json.Unmarshal(body, &u2)
		if code != 200 || u2.ContentID == "" {
			t.Fatalf("upload after the direct registration: %d %s", code, body)
		}
		got, err := s.client.FetchKey(ctx, s.signIn(s.env.Accounts[2].Key), u2.ContentID, viewerkey.KeyOptions{})
		if err != nil || string(got.ContentKey) != string(key2) {
			t.Fatalf("key of the directly registered item: %v", err)
		}
	})
}

// TestFullStackRelayedRegistrationContractWallet: a creator that is an ERC-1271 contract wallet
// (TestWallet on the dev chain, owned by an EOA) signs in, and its relayed registration, signed
// by the wallet's owner, is checked with isValidSignature and registered to the wallet. Another
// key's signature is refused before any gas is spent. On SQLite and PostgreSQL.
func TestFullStackRelayedRegistrationContractWallet(t *testing.T) {
	eachBackend(t, func(t *testing.T, st *store.Store) {
		s := newStack(t, st, nil)
		ctx := context.Background()
		ownerKey, owner := chaintest.NewKey(t)
		wallet := s.env.DeployTestWallet(t, owner)
		token := s.signInWallet(wallet, ownerKey)
		upload, _ := s.sealedUploadMeta(wallet, "Made by a Safe", policyOf(map[string]any{"model": "buy", "price": "1000"}), nil)
		offer, _ := s.offer(token, upload)

		// Signed by someone else: refused here, no transaction sent.
		relayer := s.env.Addr(0)
		before, err := s.env.Chain.Client().NonceAt(ctx, relayer, nil)
		if err != nil {
			t.Fatal(err)
		}
		code, body := s.call("POST", "/v1/uploads/"+upload+"/registration", token, map[string]any{
			"nonce": offer.Nonce, "deadline": offer.Deadline, "signature": signTypedData(t, offer.TypedData, s.env.Accounts[2].Key)})
		if code != 403 || problemCode(t, code, body) != "signer_mismatch" || !strings.Contains(string(body), "EIP-1271") {
			t.Fatalf("other signer: %d %s", code, body)
		}
		code, body = s.call("POST", "/v1/uploads/"+upload+"/registration", token, map[string]any{
			"nonce": offer.Nonce, "deadline": offer.Deadline, "signature": "0x1234"})
		if code != 403 || problemCode(t, code, body) != "signer_mismatch" {
			t.Fatalf("short signature the wallet reverts on: %d %s", code, body)
		}
		if after, _ := s.env.Chain.Client().NonceAt(ctx, relayer, nil); after != before {
			t.Fatalf("refused registrations sent %d transactions", after-before)
		}

		code, body = s.call("POST", "/v1/uploads/"+upload+"/registration", token, map[string]any{
			"nonce": offer.Nonce, "deadline": offer.Deadline, "signature": signTypedData(t, offer.TypedData, ownerKey)})
		if code != 200 {
			t.Fatalf("contract wallet registration: %d %s", code, body)
		}
		var out registeredJSON
		_ = json.Unmarshal(body, &out)
		if got, err := s.env.Client.OwnerOf(ctx, mustBig(out.ContentID)); err != nil || got != wallet {
			t.Fatalf("owner %s %v, want the wallet %s", got, err, wallet)
		}
		s.sync()
		if it, err := st.Content(ctx, out.ContentID); err != nil || it.Creator != store.Addr(wallet) || it.UploadID == nil || *it.UploadID != upload {
			t.Fatalf("indexed %+v %v: want the wallet's item linked to its upload", it, err)
		}
		// The wallet, as owner, changes the policy the same way (updatePolicyWithSig).
		rent := policyOf(map[string]any{"model": "rent", "price": "10", "duration_seconds": 60})
		code, body = s.call("GET", "/v1/content/"+out.ContentID+"/policy-update?policy="+url.QueryEscape(rent), token, nil)
		var pu struct {
			Nonce     string          `json:"nonce"`
			Deadline  string          `json:"deadline"`
			TypedData json.RawMessage `json:"typed_data"`
		}
		if code != 200 || json.Unmarshal(body, &pu) != nil {
			t.Fatalf("policy update offer: %d %s", code, body)
		}
		code, body = s.call("POST", "/v1/content/"+out.ContentID+"/policy-update", token, map[string]any{
			"policy": json.RawMessage(rent), "nonce": pu.Nonce, "deadline": pu.Deadline, "signature": signTypedData(t, pu.TypedData, ownerKey)})
		if code != 200 {
			t.Fatalf("contract wallet policy update: %d %s", code, body)
		}
		if c, err := s.env.Client.Content(ctx, mustBig(out.ContentID)); err != nil || c.Policy.Duration != 60 {
			t.Fatalf("policy after the wallet's update: %+v %v", c.Policy, err)
		}
	})
}

// signInWallet signs a contract wallet in with its owner's signature (EIP-1271).
func (s *stack) signInWallet(wallet common.Address, ownerKey *ecdsa.PrivateKey) string {
	s.t.Helper()
	code, body := s.call("POST", "/v1/auth/nonce", "", struct{}{})
	var n viewerkey.NonceResponse
	if code != 200 || json.Unmarshal(body, &n) != nil {
		s.t.Fatalf("nonce: %d %s", code, body)
	}
	text := siweFor(n, wallet)
	code, body = s.call("POST", "/v1/auth/verify", "", viewerkey.VerifyRequest{Message: text, Signature: personalSign(s.t, text, ownerKey)})
	var sess viewerkey.SessionResponse
	if code != 200 || json.Unmarshal(body, &sess) != nil {
		s.t.Fatalf("wallet sign-in: %d %s", code, body)
	}
	return sess.Token
}

// TestCatalogPaidFilter: paid=true lists items for sale (buy, rent), paid=false the others; a
// bad value is refused.
func TestCatalogPaidFilter(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, st *store.Store) {
		seedCatalog(t, st, 7)
		h := newServer(t, st, nil).Handler()
		for target, want := range map[string]string{
			"/v1/content?paid=true":                       "7,4,1",
			"/v1/content?paid=false":                      "6,5,3,2",
			"/v1/content?paid=false&creator=" + bob.Hex(): "6,2",
			"/v1/content?paid=true&q=video&limit=2":       "7,4",
			"/v1/content?paid=false&policy=buy":           "",
			"/v1/content?paid=true&q=" + "Video%203":      "4",
		} {
			r := do(h, "GET", target, nil)
			var page contentPageJSON
			r.decode(t, &page)
			var got []string
			for _, it := range page.Items {
				got = append(got, it.ID)
			}
			if r.StatusCode != 200 || strings.Join(got, ",") != want {
				t.Errorf("GET %s: %d ids %v, want %s", target, r.StatusCode, got, want)
			}
		}
		if r := do(h, "GET", "/v1/content?paid=maybe", nil); r.StatusCode != 400 || r.problem(t).Code != "invalid_parameter" {
			t.Errorf("paid=maybe: %d %s", r.StatusCode, r.body)
		}
	})
}
