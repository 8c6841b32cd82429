package api

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/migrations"
	"github.com/swarmgate/swarmgate/store"
	"github.com/swarmgate/swarmgate/viewerkey"
)

// TestKeyIssuanceItemCache checks what the key issuance cache holds and when it lets go: a
// served item is cached (its stored key is not read again), a key that does not match the
// registered commitment is never served and drops the entry, an item whose key is not held is
// not cached (so it is served as soon as the key is there), and without the cache every
// request reads the database.
func TestKeyIssuanceItemCache(t *testing.T) {
	eachBackend(t, func(t *testing.T, st *store.Store) {
		s := newStack(t, st, nil)
		ctx := context.Background()
		upload, key, _ := s.sealedUpload(s.env.Addr(1), store.Policy{Kind: store.PolicyFree})
		id := s.register(s.signIn(s.env.Accounts[1].Key), upload, s.env.Accounts[1].Key)
		s.sync()
		vtoken := s.signIn(s.env.Accounts[2].Key)
		fetch := func(want int, wantCode string) {
			t.Helper()
			sk, _ := viewerkey.GenerateKey("")
			code, body := s.call("POST", "/v1/content/"+id+"/key", vtoken, viewerkey.KeyRequest{PublicKey: base64.StdEncoding.EncodeToString(sk.PublicKey().Bytes())})
			if code != want {
				t.Fatalf("key request: %d %s, want %d", code, body, want)
			}
			if want != 200 {
				if got := problemCode(t, code, body); got != wantCode {
					t.Fatalf("key request: code %q, want %q", got, wantCode)
				}
				return
			}
			var out viewerkey.KeyResponse
			if err := json.Unmarshal(body, &out); err != nil {
				t.Fatal(err)
			}
			sealed, _ := base64.StdEncoding.DecodeString(out.SealedKey)
			got, err := viewerkey.Open(sk, viewerkey.Info(id, s.srv.cfg.ChainID, s.env.Addr(2)), sealed)
			if err != nil || !bytes.Equal(got, key) {
				t.Fatalf("issued key does not open to the content key: %v", err)
			}
		}
		var contentHash common.Hash
		item, err := st.Content(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		copy(contentHash[:], item.ContentHash)
		deleteKey := func() {
			t.Helper()
			q := "DELETE FROM content_keys WHERE content_hash = ?"
			if st.Dialect() == migrations.Postgres {
				q = "DELETE FROM content_keys WHERE content_hash = $1"
			}
			if _, err := st.SQL().ExecContext(ctx, q, contentHash.Bytes()); err != nil {
				t.Fatal(err)
			}
		}

		fetch(200, "")
		if n := s.srv.items.size(); n != 1 {
			t.Fatalf("%d items cached after a key was issued, want 1", n)
		}
		// Served from the cache: the stored key is not read again.
		deleteKey()
		fetch(200, "")

		// A cached key that does not match the registered commitment is refused and dropped.
		cached, ok := s.srv.items.get(id)
		if !ok {
			t.Fatal("item not cached")
		}
		wrong := make([]byte, 32)
		_, _ = rand.Read(wrong)
		if cached.sealed, err = s.keys.Seal(cached.contentHash, wrong); err != nil {
			t.Fatal(err)
		}
		s.srv.items.put(id, cached)
		fetch(500, "internal")
		if n := s.srv.items.size(); n != 0 {
			t.Fatalf("%d items cached after a commitment mismatch, want 0", n)
		}

		// Not held (the row is gone): refused, and not cached.
		fetch(404, "key_not_held")
		if n := s.srv.items.size(); n != 0 {
			t.Fatalf("%d items cached after key_not_held, want 0", n)
		}
		// As soon as the key is stored again it is served.
		if err := st.PutContentKey(ctx, s.keys, contentHash, key); err != nil {
			t.Fatal(err)
		}
		fetch(200, "")

		// Without the cache each request reads the database.
		s.srv.items = nil
		fetch(200, "")
		deleteKey()
		fetch(404, "key_not_held")
	})
}

// TestKeyIssuanceRevocationIsImmediate checks that a revoked session gets no key on its next
// request, whether it was signed out through this gateway or revoked in the shared database
// (as another gateway, or sign-out everywhere, does).
func TestKeyIssuanceRevocationIsImmediate(t *testing.T) {
	eachBackend(t, func(t *testing.T, st *store.Store) {
		s := newStack(t, st, nil)
		ctx := context.Background()
		upload, _, _ := s.sealedUpload(s.env.Addr(1), store.Policy{Kind: store.PolicyFree})
		id := s.register(s.signIn(s.env.Accounts[1].Key), upload, s.env.Accounts[1].Key)
		s.sync()
		sk, _ := viewerkey.GenerateKey("")
		req := viewerkey.KeyRequest{PublicKey: base64.StdEncoding.EncodeToString(sk.PublicKey().Bytes())}
		path := "/v1/content/" + id + "/key"

		here := s.signIn(s.env.Accounts[2].Key)
		if code, body := s.call("POST", path, here, req); code != 200 {
			t.Fatalf("before sign-out: %d %s", code, body)
		}
		if code, body := s.call("DELETE", "/v1/session", here, nil); code != 204 {
			t.Fatalf("sign-out: %d %s", code, body)
		}
		if code, body := s.call("POST", path, here, req); code != 401 || problemCode(t, code, body) != "token_revoked" {
			t.Fatalf("after sign-out: %d %s, want 401 token_revoked", code, body)
		}

		elsewhere := s.signIn(s.env.Accounts[2].Key)
		if code, body := s.call("POST", path, elsewhere, req); code != 200 {
			t.Fatalf("before revocation: %d %s", code, body)
		}
		if n, err := st.RevokeSessionsOf(ctx, s.env.Addr(2)); err != nil || n != 1 {
			t.Fatalf("RevokeSessionsOf = %d, %v; want 1", n, err)
		}
		if code, body := s.call("POST", path, elsewhere, req); code != 401 || problemCode(t, code, body) != "token_revoked" {
			t.Fatalf("after revocation in the database: %d %s, want 401 token_revoked", code, body)
		}
	})
}
