package api

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/swarmgate/swarmgate/chain/siwe"
	"github.com/swarmgate/swarmgate/store"
	"github.com/swarmgate/swarmgate/viewerkey"
)

// TestSignInRefusals sends every kind of bad sign-in: each is a 4xx problem with a stable code,
// and none opens a session.
func TestSignInRefusals(t *testing.T) {
	eachBackend(t, func(t *testing.T, st *store.Store) {
		s := newStack(t, st, nil)
		key := s.env.Accounts[1].Key
		nonce := func() viewerkey.NonceResponse {
			code, body := s.call("POST", "/v1/auth/nonce", "", struct{}{})
			var n viewerkey.NonceResponse
			if code != 200 || json.Unmarshal(body, &n) != nil {
				t.Fatalf("nonce: %d %s", code, body)
			}
			return n
		}
		msg := func(n viewerkey.NonceResponse, edit func(*siwe.Message)) string {
			now := time.Now().UTC().Truncate(time.Second)
			m := &siwe.Message{Domain: n.Domain, Address: s.env.Addr(1), URI: n.URI, Version: "1", ChainID: n.ChainID,
				Nonce: n.Nonce, IssuedAt: now, ExpirationTime: now.Add(time.Minute)}
			if edit != nil {
				edit(m)
			}
			return m.String()
		}
		sign := func(text string) string {
			sig, err := siwe.Sign(text, key)
			if err != nil {
				t.Fatal(err)
			}
			return hexutil.Encode(sig)
		}
		verify := func(text, sig string) (int, []byte) {
			return s.call("POST", "/v1/auth/verify", "", viewerkey.VerifyRequest{Message: text, Signature: sig})
		}
		// A good sign-in, then its replay.
		good := msg(nonce(), nil)
		if code, body := verify(good, sign(good)); code != 200 {
			t.Fatalf("good sign-in: %d %s", code, body)
		}
		otherKey := s.env.Accounts[2].Key
		cases := []struct {
			name   string
			text   func() string
			sig    func(string) string
			status int
			code   string
		}{
			{"replayed nonce", func() string { return good }, sign, 401, "nonce_used"},
			{"unknown nonce", func() string { return msg(nonce(), func(m *siwe.Message) { m.Nonce = "abcdef0123456789" }) }, sign, 401, "nonce_unknown"},
			{"expired message", func() string {
				return msg(nonce(), func(m *siwe.Message) {
					m.IssuedAt, m.ExpirationTime = time.Now().Add(-5*time.Minute).UTC().Truncate(time.Second), time.Now().Add(-time.Minute).UTC().Truncate(time.Second)
				})
			}, sign, 401, "message_expired"},
			{"issued in the future", func() string {
				return msg(nonce(), func(m *siwe.Message) {
					m.IssuedAt = time.Now().Add(time.Hour).UTC().Truncate(time.Second)
					m.ExpirationTime = time.Time{}
				})
			}, sign, 401, "message_not_yet_valid"},
			{"wrong domain", func() string { return msg(nonce(), func(m *siwe.Message) { m.Domain = "evil.example" }) }, sign, 400, "wrong_domain"},
			{"wrong uri", func() string { return msg(nonce(), func(m *siwe.Message) { m.URI = "https://evil.example/" }) }, sign, 400, "wrong_uri"},
			{"wrong chain", func() string { return msg(nonce(), func(m *siwe.Message) { m.ChainID = 1 }) }, sign, 400, "wrong_chain"},
			{"signed by another account", func() string { return msg(nonce(), nil) }, func(text string) string {
				sig, _ := siwe.Sign(text, otherKey)
				return hexutil.Encode(sig)
			}, 401, "bad_signature"},
			{"bad signature", func() string { return msg(nonce(), nil) }, func(string) string { return "0x" + strings.Repeat("11", 64) + "1b" }, 401, "bad_signature"},
			{"malformed message", func() string { return "hello" }, sign, 400, "malformed_message"},
			{"empty message", func() string { return "" }, sign, 400, "malformed_message"},
			{"malformed signature", func() string { return msg(nonce(), nil) }, func(string) string { return "0x12345" }, 400, "malformed_signature"},
			{"signature too long even for a contract wallet", func() string { return msg(nonce(), nil) }, func(string) string { return hexutil.Encode(make([]byte, siwe.MaxSignatureLength+1)) }, 400, "malformed_signature"},
			// Not an ECDSA signature, but it could be a contract wallet's (EIP-1271): the
			// account is asked, and an EOA says no.
			{"short signature", func() string { return msg(nonce(), nil) }, func(string) string { return "0x1234" }, 401, "bad_signature"},
		}
		for _, c := range cases {
			text := c.text()
			code, body := verify(text, c.sig(text))
			if code != c.status || problemCode(t, code, body) != c.code {
				t.Errorf("%s: %d %s, want %d %s", c.name, code, body, c.status, c.code)
			}
		}
		// Not JSON, unknown fields: 400 invalid_parameter.
		for _, body := range []any{"just a string", map[string]any{"message": good, "signature": "0x", "extra": 1}} {
			if code, b := s.call("POST", "/v1/auth/verify", "", body); code != 400 || problemCode(t, code, b) != "invalid_parameter" {
				t.Errorf("body %v: %d %s", body, code, b)
			}
		}
		// Only the one good sign-in opened a session; a refused message did not burn its nonce
		// unless its signature was valid (the nonce check runs last).
		var n int64
		if err := st.SQL().QueryRow("SELECT COUNT(*) FROM sessions").Scan(&n); err != nil || n != 1 {
			t.Fatalf("sessions: %d, %v", n, err)
		}
	})
}

// TestKeyIssuanceRefusals covers every bad key request.
func TestKeyIssuanceRefusals(t *testing.T) {
	eachBackend(t, func(t *testing.T, st *store.Store) {
		s := newStack(t, st, nil)
		ctx := context.Background()
		upload, _, _ := s.sealedUpload(s.env.Addr(1), store.Policy{Kind: store.PolicyFree})
		ctoken := s.signIn(s.env.Accounts[1].Key)
		id := s.register(ctoken, upload, s.env.Accounts[1].Key)
		s.sync()
		vtoken := s.signIn(s.env.Accounts[2].Key)
		sk, _ := viewerkey.GenerateKey("")
		good := base64.StdEncoding.EncodeToString(sk.PublicKey().Bytes())
		x, _ := viewerkey.GenerateKey(viewerkey.KEMX25519)
		xpub := base64.StdEncoding.EncodeToString(x.PublicKey().Bytes())
		cases := []struct {
			name, path, token string
			body              any
			status            int
			code              string
		}{
			{"no session", "/v1/content/" + id + "/key", "", viewerkey.KeyRequest{PublicKey: good}, 401, "token_missing"},
			{"bad id", "/v1/content/01/key", vtoken, viewerkey.KeyRequest{PublicKey: good}, 400, "invalid_parameter"},
			{"unknown content", "/v1/content/999/key", vtoken, viewerkey.KeyRequest{PublicKey: good}, 404, "not_found"},
			{"unknown kem", "/v1/content/" + id + "/key", vtoken, viewerkey.KeyRequest{KEM: "P-256", PublicKey: good}, 400, "unknown_kem"},
			{"key not base64", "/v1/content/" + id + "/key", vtoken, viewerkey.KeyRequest{PublicKey: "!!!"}, 400, "bad_hpke_key"},
			{"empty key", "/v1/content/" + id + "/key", vtoken, viewerkey.KeyRequest{}, 400, "bad_hpke_key"},
			{"x25519 key named hybrid", "/v1/content/" + id + "/key", vtoken, viewerkey.KeyRequest{KEM: viewerkey.KEMHybrid, PublicKey: xpub}, 400, "bad_hpke_key"},
			{"short key", "/v1/content/" + id + "/key", vtoken, viewerkey.KeyRequest{KEM: viewerkey.KEMX25519, PublicKey: "AAEC"}, 400, "bad_hpke_key"},
			{"not json", "/v1/content/" + id + "/key", vtoken, "x", 400, "invalid_parameter"},
		}
		for _, c := range cases {
			code, body := s.call("POST", c.path, c.token, c.body)
			if code != c.status || problemCode(t, code, body) != c.code {
				t.Errorf("%s: %d %s, want %d %s", c.name, code, body, c.status, c.code)
			}
		}
		// An item registered on-chain whose key another gateway holds: 404 key_not_held.
		_, err := st.Content(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := st.SQL().Exec("DELETE FROM content_keys"); err != nil {
			t.Fatal(err)
		}
		code, body := s.call("POST", "/v1/content/"+id+"/key", vtoken, viewerkey.KeyRequest{PublicKey: good})
		if code != 404 || problemCode(t, code, body) != "key_not_held" {
			t.Errorf("key not held: %d %s", code, body)
		}
		// Nothing was counted for refused requests.
		c, err := st.Counters(ctx, counterKeysIssued, time.Now().Add(-time.Hour), time.Now().Add(time.Hour))
		if err != nil || len(c) != 0 {
			t.Fatalf("refused requests were counted: %+v %v", c, err)
		}
	})
}

// TestRegistrationRefusals covers every bad registration, and checks that a refused one leaves
// the item unregistered and spends no nonce.
func TestRegistrationRefusals(t *testing.T) {
	eachBackend(t, func(t *testing.T, st *store.Store) {
		s := newStack(t, st, nil)
		ctx := context.Background()
		creatorKey := s.env.Accounts[1].Key
		upload, _, _ := s.sealedUpload(s.env.Addr(1), store.Policy{Kind: store.PolicyBuy, Price: "10"})
		ctoken := s.signIn(creatorKey)
		otherToken := s.signIn(s.env.Accounts[2].Key)
		code, body := s.call("GET", "/v1/uploads/"+upload+"/registration", ctoken, nil)
		if code != 200 {
			t.Fatalf("GET: %d %s", code, body)
		}
		var offer regOffer
		_ = json.Unmarshal(body, &offer)
		goodSig := signTypedData(t, offer.TypedData, creatorKey)
		post := func(token string, body map[string]any) (int, []byte) {
			full := map[string]any{"policy": offer.Policy, "nonce": offer.Nonce, "deadline": offer.Deadline, "signature": goodSig}
			for k, v := range body {
				full[k] = v
			}
			return s.call("POST", "/v1/uploads/"+upload+"/registration", token, full)
		}
		// A registration for price 0 signed correctly: the signer check passes and the
		// contract refuses the policy.
		var td map[string]any
		_ = json.Unmarshal(offer.TypedData, &td)
		td["message"].(map[string]any)["policy"].(map[string]any)["price"] = "0"
		zeroTD, _ := json.Marshal(td)
		var pol map[string]any
		_ = json.Unmarshal(offer.Policy, &pol)
		pol["price"] = "0"
		// Another upload, still receiving.
		if _, err := st.CreateUpload(ctx, store.NewUpload{ID: "up_receiving", Creator: s.env.Addr(1), Size: 5}); err != nil {
			t.Fatal(err)
		}
		cases := []struct {
			name   string
			do     func() (int, []byte)
			status int
			code   string
		}{
			{"signed by another account", func() (int, []byte) {
				return post(ctoken, map[string]any{"signature": signTypedData(t, offer.TypedData, s.env.Accounts[2].Key)})
			}, 403, "signer_mismatch"},
			{"policy changed after signing", func() (int, []byte) { return post(ctoken, map[string]any{"policy": pol}) }, 409, "policy_mismatch"},
			{"stale nonce", func() (int, []byte) {
				td2 := map[string]any{}
				_ = json.Unmarshal(offer.TypedData, &td2)
				td2["message"].(map[string]any)["nonce"] = "7"
				raw, _ := json.Marshal(td2)
				return post(ctoken, map[string]any{"nonce": "7", "signature": signTypedData(t, raw, creatorKey)})
			}, 409, "stale_nonce"},
			{"deadline passed", func() (int, []byte) {
				return post(ctoken, map[string]any{"deadline": "1000"})
			}, 422, "deadline_passed"},
			{"policy signed is not the upload's", func() (int, []byte) {
				return post(ctoken, map[string]any{"policy": pol, "signature": signTypedData(t, zeroTD, creatorKey)})
			}, 409, "policy_mismatch"},
			{"invalid policy (contract revert)", func() (int, []byte) {
				// An upload from before uploads were validated, whose stored policy breaks
				// the registry's rules: the contract's revert is decoded.
				bad, _, _ := s.sealedUpload(s.env.Addr(1), store.Policy{Kind: store.PolicyBuy, Price: "0"})
				code, body := s.call("GET", "/v1/uploads/"+bad+"/registration", ctoken, nil)
				var o regOffer
				if code != 200 || json.Unmarshal(body, &o) != nil {
					t.Fatalf("GET: %d %s", code, body)
				}
				return s.call("POST", "/v1/uploads/"+bad+"/registration", ctoken, map[string]any{
					"nonce": o.Nonce, "deadline": o.Deadline, "signature": signTypedData(t, o.TypedData, creatorKey)})
			}, 422, "invalid_policy"},
			{"malformed signature", func() (int, []byte) { return post(ctoken, map[string]any{"signature": "0xzz"}) }, 400, "malformed_signature"},
			{"unknown model", func() (int, []byte) { return post(ctoken, map[string]any{"policy": map[string]any{"model": "lease"}}) }, 400, "invalid_parameter"},
			{"bad price", func() (int, []byte) {
				return post(ctoken, map[string]any{"policy": map[string]any{"model": "buy", "price": "-1"}})
			}, 400, "invalid_parameter"},
			{"missing nonce", func() (int, []byte) { return post(ctoken, map[string]any{"nonce": ""}) }, 400, "invalid_parameter"},
			{"another creator's upload", func() (int, []byte) { return post(otherToken, nil) }, 404, "not_found"},
			{"unknown upload", func() (int, []byte) { return s.call("GET", "/v1/uploads/nope/registration", ctoken, nil) }, 404, "not_found"},
			{"upload not sealed", func() (int, []byte) { return s.call("GET", "/v1/uploads/up_receiving/registration", ctoken, nil) }, 409, "upload_not_sealed"},
			{"no session", func() (int, []byte) { return post("", nil) }, 401, "token_missing"},
		}
		for _, c := range cases {
			code, body := c.do()
			if code != c.status || problemCode(t, code, body) != c.code {
				t.Errorf("%s: %d %s, want %d %s", c.name, code, body, c.status, c.code)
			}
		}
		// Nothing half-stored: the item is unregistered, the creator's nonce unspent, and the
		// good signature still registers it.
		it, err := st.ContentByHash(ctx, common.BytesToHash(mustUpload(t, st, upload).ContentHash))
		if err != nil || it.ContentID != nil {
			t.Fatalf("item after refusals: %+v %v", it, err)
		}
		if n, _ := s.env.Client.Nonce(ctx, s.env.Addr(1)); n.String() != offer.Nonce {
			t.Fatalf("nonce moved to %s", n)
		}
		if code, body := post(ctoken, nil); code != 200 {
			t.Fatalf("good registration after refusals: %d %s", code, body)
		}
		if code, body := post(ctoken, nil); code != 409 || problemCode(t, code, body) != "already_registered" {
			t.Fatalf("second relay: %d %s", code, body)
		}
	})
}

func mustUpload(t *testing.T, st *store.Store, id string) store.Upload {
	t.Helper()
	u, err := st.Upload(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// TestRegistrationRateLimitedPerCreator checks the per-creator relay limit.
func TestRegistrationRateLimitedPerCreator(t *testing.T) {
	eachBackend(t, func(t *testing.T, st *store.Store) {
		s := newStack(t, st, func(c *Config) { c.RateRegister, c.BurstRegister = 0.001, 2 })
		token := s.signIn(s.env.Accounts[1].Key)
		var last int
		var body []byte
		for range 3 {
			last, body = s.call("POST", "/v1/uploads/none/registration", token, map[string]any{})
		}
		if last != 429 || problemCode(t, last, body) != "rate_limited" {
			t.Fatalf("third relay in a burst of 2: %d %s", last, body)
		}
	})
}
