package api

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/chaintest"
	"github.com/swarmgate/swarmgate/chain/siwe"
	"github.com/swarmgate/swarmgate/store"
	"github.com/swarmgate/swarmgate/viewerkey"
)

// siweFor builds the sign-in message for account from a nonce answer.
func siweFor(n viewerkey.NonceResponse, account common.Address) string {
	now := time.Now().UTC().Truncate(time.Second)
	m := &siwe.Message{Domain: n.Domain, Address: account, Statement: n.Statement, URI: n.URI, Version: siwe.Version,
		ChainID: n.ChainID, Nonce: n.Nonce, IssuedAt: now, ExpirationTime: now.Add(5 * time.Minute)}
	return m.String()
}

func personalSign(t testing.TB, text string, key *ecdsa.PrivateKey) string {
	t.Helper()
	sig, err := siwe.Sign(text, key)
	if err != nil {
		t.Fatal(err)
	}
	return hexutil.Encode(sig)
}

// TestSignInContractWallet1271: an ERC-1271 wallet (TestWallet on the dev chain) signs in with
// its owner's signature and gets a session for the wallet's own address; another signer, a
// malformed signature and a replay are refused, and refusals do not burn the nonce.
func TestSignInContractWallet1271(t *testing.T) {
	eachBackend(t, func(t *testing.T, st *store.Store) {
		s := newStack(t, st, nil)
		ownerKey, owner := chaintest.NewKey(t)
		otherKey := s.env.Accounts[2].Key
		wallet := s.env.DeployTestWallet(t, owner)
		nonce := func() viewerkey.NonceResponse {
			code, body := s.call("POST", "/v1/auth/nonce", "", struct{}{})
			var n viewerkey.NonceResponse
			if code != 200 || json.Unmarshal(body, &n) != nil {
				t.Fatalf("nonce: %d %s", code, body)
			}
			return n
		}
		verify := func(text, sig string) (int, []byte) {
			return s.call("POST", "/v1/auth/verify", "", viewerkey.VerifyRequest{Message: text, Signature: sig})
		}
		refused := func(what, text, sig string, status int, code, detail string) {
			t.Helper()
			got, body := verify(text, sig)
			if got != status || problemCode(t, got, body) != code {
				t.Fatalf("%s: %d %s, want %d %s", what, got, body, status, code)
			}
			if !strings.Contains(string(body), detail) {
				t.Fatalf("%s: problem %s does not say %q", what, body, detail)
			}
		}

		text := siweFor(nonce(), wallet)
		// Refusals first, with the message the owner signs below: none may consume its nonce.
		refused("signed by someone else", text, personalSign(t, text, otherKey), 401, "bad_signature", "did not accept the signature as a contract wallet (EIP-1271)")
		refused("signed by the wallet's owner for another message", text, personalSign(t, text+" ", ownerKey), 401, "bad_signature", "EIP-1271")
		refused("short signature the wallet reverts on", text, "0x1234", 401, "bad_signature", "EIP-1271")
		refused("empty signature", text, "0x", 401, "bad_signature", "EIP-1271")
		refused("signature over the limit", text, hexutil.Encode(make([]byte, siwe.MaxSignatureLength+1)), 400, "malformed_signature", "contract wallet")
		refused("signature not hex", text, "0xzz", 400, "malformed_signature", "130 hex digits")

		sig := personalSign(t, text, ownerKey)
		code, body := verify(text, sig)
		if code != 200 {
			t.Fatalf("contract wallet sign-in: %d %s", code, body)
		}
		var sess viewerkey.SessionResponse
		if err := json.Unmarshal(body, &sess); err != nil {
			t.Fatal(err)
		}
		if sess.Address != wallet.Hex() {
			t.Fatalf("session for %s, want the wallet %s (not its owner %s)", sess.Address, wallet.Hex(), owner.Hex())
		}
		code, body = s.call("GET", "/v1/session", sess.Token, nil)
		var who sessionJSON
		if code != 200 || json.Unmarshal(body, &who) != nil || common.HexToAddress(who.Address) != wallet {
			t.Fatalf("GET /v1/session: %d %s, want the wallet %s", code, body, wallet.Hex())
		}
		refused("replay", text, sig, 401, "nonce_used", "already used")

		// The owner's own account (an EOA) still signs in as itself, without the wallet.
		own := siweFor(nonce(), owner)
		if code, body := verify(own, personalSign(t, own, ownerKey)); code != 200 || !strings.Contains(string(body), owner.Hex()) {
			t.Fatalf("owner sign-in: %d %s", code, body)
		}
		// The wallet's owner signing for an EOA that is not theirs is still refused.
		eoa := siweFor(nonce(), s.env.Addr(3))
		refused("owner signs for an unrelated EOA", eoa, personalSign(t, eoa, ownerKey), 401, "bad_signature", "EIP-1271")

		var n int64
		if err := st.SQL().QueryRow("SELECT COUNT(*) FROM sessions").Scan(&n); err != nil || n != 2 {
			t.Fatalf("sessions: %d, %v; want the wallet's and the owner's", n, err)
		}
	})
}

// TestSignInContractWalletNoChain: a gateway that cannot ask contract wallets (no chain client,
// or a chain that does not answer) says so in its problems.
func TestSignInContractWalletNoChain(t *testing.T) {
	eachBackend(t, func(t *testing.T, st *store.Store) {
		env := chaintest.New(t, chaintest.Options{})
		ownerKey, owner := chaintest.NewKey(t)
		wallet := env.DeployTestWallet(t, owner)

		// A node that is not there: a port that was just closed.
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		deadURL := "http://" + ln.Addr().String()
		_ = ln.Close()
		dead, err := ethclient.Dial(deadURL)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(dead.Close)
		deadChain := chain.NewClient(dead, env.Deployment, chain.Config{Retry: chain.RetryPolicy{MaxAttempts: 1}})

		for _, c := range []struct {
			name    string
			chain   ChainStatus
			wallets SignatureVerifier
			sig     func(text string) string
			status  int
			code    string
			detail  string
		}{
			{"no chain client", nil, nil, func(text string) string { return personalSign(t, text, ownerKey) }, 401, "bad_signature", "no chain connection to ask contract wallets"},
			{"no chain client, non-ECDSA signature", nil, nil, func(string) string { return "0x1234" }, 400, "malformed_signature", "no chain connection to ask contract wallets"},
			{"chain without contract wallet checks", fakeChain{head: 1}, nil, func(text string) string { return personalSign(t, text, ownerKey) }, 401, "bad_signature", "only externally owned accounts"},
			{"chain does not answer", deadChain, deadChain, func(text string) string { return personalSign(t, text, ownerKey) }, 503, "unavailable", "try again shortly"},
		} {
			t.Run(c.name, func(t *testing.T) {
				srv := newServer(t, st, func(cfg *Config, d *Deps) {
					cfg.ChainID, cfg.RateAuth = env.Deployment.ChainID, 0
					d.Chain, d.Wallets = c.chain, c.wallets
				})
				post := func(path string, body any) *httptest.ResponseRecorder {
					b, _ := json.Marshal(body)
					req := httptest.NewRequest(http.MethodPost, path, bytes.NewReader(b))
					req.Header.Set("Content-Type", "application/json")
					w := httptest.NewRecorder()
					srv.Handler().ServeHTTP(w, req)
					return w
				}
				var n viewerkey.NonceResponse
				if w := post("/v1/auth/nonce", struct{}{}); w.Code != 200 || json.Unmarshal(w.Body.Bytes(), &n) != nil {
					t.Fatalf("nonce: %d %s", w.Code, w.Body)
				}
				text := siweFor(n, wallet)
				w := post("/v1/auth/verify", viewerkey.VerifyRequest{Message: text, Signature: c.sig(text)})
				if w.Code != c.status || problemCode(t, w.Code, w.Body.Bytes()) != c.code || !strings.Contains(w.Body.String(), c.detail) {
					t.Fatalf("%d %s, want %d %s saying %q", w.Code, w.Body, c.status, c.code, c.detail)
				}
				if strings.Contains(w.Body.String(), deadURL) {
					t.Fatalf("problem leaks the RPC URL: %s", w.Body)
				}
			})
		}
	})
}
