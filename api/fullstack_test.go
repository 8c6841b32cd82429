package api

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/chaintest"
	"github.com/swarmgate/swarmgate/indexer"
	"github.com/swarmgate/swarmgate/store"
	"github.com/swarmgate/swarmgate/store/keyring"
	"github.com/swarmgate/swarmgate/viewerkey"
)

// stack is a gateway on a real dev chain and a real database, served over loopback HTTP.
type stack struct {
	t      testing.TB
	env    *chaintest.Env
	st     *store.Store
	keys   *keyring.Keyring
	srv    *Server
	url    string
	client *viewerkey.Client
	ix     *indexer.Indexer
}

func newStack(t testing.TB, st *store.Store, mutate func(*Config)) *stack {
	t.Helper()
	env := chaintest.New(t, chaintest.Options{})
	keys, err := keyring.Parse([]byte(testMasterKey))
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	url := "http://" + ln.Addr().String()
	cfg := testConfig(t)
	cfg.PublicURL, cfg.ChainID = url, env.Deployment.ChainID
	cfg.RateAuth, cfg.RateRegister = 0, 0
	if mutate != nil {
		mutate(&cfg)
	}
	srv, err := New(cfg, Deps{Store: st, Keys: keys, Chain: env.Client, Entitlement: env.Client, Registry: env.Client, Relayer: env.Opts(0),
		Policies: env.Client, Code: env.Client.Backend(), ChainInfo: env.Client, Wallets: env.Client})
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewUnstartedServer(srv.Handler())
	hs.Listener.Close()
	hs.Listener = ln
	hs.Start()
	t.Cleanup(hs.Close)
	return &stack{t: t, env: env, st: st, keys: keys, srv: srv, url: url, client: viewerkey.NewClient(url, hs.Client()),
		ix: indexer.New(env.Client, st, indexer.Config{StartBlock: env.Deployment.StartBlock})}
}

// sealedUpload stores a sealed upload of creator with a fresh content key and returns the
// upload id, the key and its commitment.
func (s *stack) sealedUpload(creator common.Address, policy store.Policy) (string, []byte, common.Hash) {
	t := s.t
	t.Helper()
	ctx := context.Background()
	key := make([]byte, 32)
	_, _ = rand.Read(key)
	var ch common.Hash
	_, _ = rand.Read(ch[:])
	var info [20]byte
	_, _ = rand.Read(info[:])
	id := "up_" + hexutil.Encode(ch[:6])[2:]
	if _, err := s.st.CreateUpload(ctx, store.NewUpload{ID: id, Creator: creator, Filename: "v.mp4", Size: 10}); err != nil {
		t.Fatal(err)
	}
	if err := s.st.SetUploadState(ctx, id, store.UploadReceiving, store.UploadSealing, "", nil); err != nil {
		t.Fatal(err)
	}
	commit := crypto.Keccak256Hash(key)
	if _, err := s.st.CreateSealedContent(ctx, store.Sealed{ContentHash: ch, InfoHash: info, KeyCommitment: commit, Title: "Film " + id,
		Creator: creator, Policy: policy, PlaintextSize: 10, CiphertextSize: 50, PieceLength: 16384, Torrent: []byte("d4:infode"), UploadID: id}); err != nil {
		t.Fatal(err)
	}
	if err := s.st.PutContentKey(ctx, s.keys, ch, key); err != nil {
		t.Fatal(err)
	}
	if err := s.st.SetUploadState(ctx, id, store.UploadSealing, store.UploadSealed, "", &ch); err != nil {
		t.Fatal(err)
	}
	return id, key, commit
}

// call sends a JSON request with a bearer token and returns the status and body.
func (s *stack) call(method, path, token string, body any) (int, []byte) {
	s.t.Helper()
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, s.url+path, rd)
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		s.t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, b
}

// problemCode checks that body is a problem with status and returns its code.
func problemCode(t *testing.T, status int, body []byte) string {
	t.Helper()
	var p Problem
	if err := json.Unmarshal(body, &p); err != nil || p.Status != status || p.Code == "" || p.Detail == "" {
		t.Fatalf("not a complete problem for status %d: %s", status, body)
	}
	return p.Code
}

func (s *stack) signIn(key *ecdsa.PrivateKey) string {
	s.t.Helper()
	sess, err := s.client.SignIn(context.Background(), key)
	if err != nil {
		s.t.Fatalf("sign in: %v", err)
	}
	return sess.Token
}

// signTypedData signs the typed data JSON the gateway returned as a wallet would: hashed by
// go-ethereum's own EIP-712 implementation, not by ours.
func signTypedData(t testing.TB, raw json.RawMessage, key *ecdsa.PrivateKey) string {
	t.Helper()
	var td apitypes.TypedData
	if err := json.Unmarshal(raw, &td); err != nil {
		t.Fatal(err)
	}
	h, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := crypto.Sign(h, key)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	return hexutil.Encode(sig)
}

type regOffer struct {
	Policy    json.RawMessage `json:"policy"`
	Nonce     string          `json:"nonce"`
	Deadline  string          `json:"deadline"`
	TypedData json.RawMessage `json:"typed_data"`
	Direct    struct{ To, Data string }
	Relay     bool `json:"relay"`
}

// register fetches the registration of upload, signs it with key and relays it.
func (s *stack) register(token, upload string, key *ecdsa.PrivateKey) string {
	t := s.t
	t.Helper()
	code, body := s.call("GET", "/v1/uploads/"+upload+"/registration", token, nil)
	if code != 200 {
		t.Fatalf("GET registration: %d %s", code, body)
	}
	var offer regOffer
	if err := json.Unmarshal(body, &offer); err != nil || !offer.Relay {
		t.Fatalf("offer %s: %v", body, err)
	}
	code, body = s.call("POST", "/v1/uploads/"+upload+"/registration", token, map[string]any{
		"policy": offer.Policy, "nonce": offer.Nonce, "deadline": offer.Deadline, "signature": signTypedData(t, offer.TypedData, key)})
	if code != 200 {
		t.Fatalf("POST registration: %d %s", code, body)
	}
	var out registeredJSON
	if err := json.Unmarshal(body, &out); err != nil || out.ContentID == "" {
		t.Fatalf("registered %s: %v", body, err)
	}
	return out.ContentID
}

func (s *stack) sync() {
	s.t.Helper()
	if _, err := s.ix.Sync(context.Background()); err != nil {
		s.t.Fatalf("index: %v", err)
	}
}

// TestFullStackKeyIssuance runs the creator and viewer flows against a real dev chain on both
// databases: sign in, register (relayed), indexed, 403 without access, purchase, key within
// the no-cache window, key commitment checked against the chain; then transfer and policy
// update reach the catalog.
func TestFullStackKeyIssuance(t *testing.T) {
	eachBackend(t, func(t *testing.T, st *store.Store) {
		s := newStack(t, st, nil)
		ctx := context.Background()
		creatorKey, viewerKey := s.env.Accounts[1].Key, s.env.Accounts[2].Key
		creator, viewer := s.env.Addr(1), s.env.Addr(2)
		upload, key, commit := s.sealedUpload(creator, store.Policy{Kind: store.PolicyBuy, Price: "1000"})

		ctoken := s.signIn(creatorKey)
		id := s.register(ctoken, upload, creatorKey)
		s.sync()
		code, body := s.call("GET", "/v1/content/"+id, "", nil)
		if code != 200 {
			t.Fatalf("registered item not in the catalog: %d %s", code, body)
		}
		var item contentJSON
		_ = json.Unmarshal(body, &item)
		if item.Owner != store.Addr(creator) || item.Policy.Kind != store.PolicyBuy || item.KeyCommitment != commit.Hex() {
			t.Fatalf("catalog item %+v", item)
		}
		// The registration cannot be relayed twice.
		code, body = s.call("GET", "/v1/uploads/"+upload+"/registration", ctoken, nil)
		if code != 409 || problemCode(t, code, body) != "already_registered" {
			t.Fatalf("GET registration after registering: %d %s", code, body)
		}

		vtoken := s.signIn(viewerKey)
		onchain, err := s.env.Client.Content(ctx, mustBig(id))
		if err != nil {
			t.Fatal(err)
		}
		_, err = s.client.FetchKey(ctx, vtoken, id, viewerkey.KeyOptions{Commitment: &onchain.KeyCommitment})
		if !viewerkey.IsProblem(err, "not_purchased") {
			t.Fatalf("key without access: %v, want 403 not_purchased", err)
		}
		if _, _, err := s.env.Client.Purchase(ctx, s.env.Opts(2), mustBig(id), viewer, purchaseTerms(t, s.env.Client, id)); err != nil {
			t.Fatal(err)
		}
		paid := time.Now()
		var got *viewerkey.Key
		for {
			got, err = s.client.FetchKey(ctx, vtoken, id, viewerkey.KeyOptions{Commitment: &onchain.KeyCommitment})
			if err == nil || !viewerkey.IsProblem(err, "not_purchased") || time.Since(paid) > s.srv.cfg.AccessNoTTL+time.Second {
				break
			}
			time.Sleep(50 * time.Millisecond)
		}
		if err != nil {
			t.Fatalf("key after purchase: %v", err)
		}
		if !bytes.Equal(got.ContentKey, key) || got.KeyCommitment != onchain.KeyCommitment || crypto.Keccak256Hash(got.ContentKey) != commit {
			t.Fatal("the key issued is not the content key")
		}
		if got.Response.Passkey == "" || got.Response.AccessExpiresAt != nil {
			t.Fatalf("response %+v", got.Response)
		}
		if _, err := s.srv.passkeys.Verify(got.Response.Passkey, time.Now()); err != nil {
			t.Fatalf("passkey does not verify: %v", err)
		}
		// X25519 works too.
		if _, err := s.client.FetchKey(ctx, vtoken, id, viewerkey.KeyOptions{KEM: viewerkey.KEMX25519}); err != nil {
			t.Fatalf("X25519: %v", err)
		}

		// Transfer and policy update reach the catalog.
		if _, err := s.env.Client.TransferRights(ctx, s.env.Opts(1), mustBig(id), s.env.Addr(3)); err != nil {
			t.Fatal(err)
		}
		onchain.Policy.Price = big.NewInt(5000)
		if _, err := s.env.Client.UpdatePolicy(ctx, s.env.Opts(3), mustBig(id), onchain.Policy); err != nil {
			t.Fatal(err)
		}
		s.sync()
		it, err := st.Content(ctx, id)
		if err != nil || it.Owner != store.Addr(s.env.Addr(3)) || it.Policy.Price != "5000" {
			t.Fatalf("after transfer and policy update: %+v %v", it, err)
		}

		// A restarted indexer resumes from the cursor.
		cur, err := st.Cursor(ctx, indexer.DefaultCursor)
		if err != nil {
			t.Fatal(err)
		}
		up2, _, _ := s.sealedUpload(creator, store.Policy{Kind: store.PolicyFree})
		id2 := s.register(ctoken, up2, creatorKey)
		counter := &countingSource{Source: s.env.Client}
		if _, err := indexer.New(counter, st, indexer.Config{StartBlock: s.env.Deployment.StartBlock}).Sync(ctx); err != nil {
			t.Fatal(err)
		}
		if len(counter.froms) == 0 || counter.froms[0] != cur.BlockNumber+1 {
			t.Fatalf("restarted indexer read from %v, want %d", counter.froms, cur.BlockNumber+1)
		}
		if _, err := st.Content(ctx, id2); err != nil {
			t.Fatalf("item registered after the restart not indexed: %v", err)
		}
		// The day counter is counted in memory and written when the server closes (or by the
		// flush chore Run starts).
		if n := s.srv.issued.unflushed(); n != 2 {
			t.Fatalf("%d issuances counted in memory, want 2", n)
		}
		if err := s.srv.Close(); err != nil {
			t.Fatal(err)
		}
		c, err := st.Counters(ctx, counterKeysIssued, time.Now().Add(-time.Hour), time.Now().Add(time.Hour))
		if err != nil || len(c) != 1 || c[0].Value != 2 {
			t.Fatalf("keys issued counter %+v %v", c, err)
		}
	})
}

type countingSource struct {
	indexer.Source
	froms []uint64
}

func (c *countingSource) Events(ctx context.Context, from, to uint64) ([]chain.Event, error) {
	c.froms = append(c.froms, from)
	return c.Source.Events(ctx, from, to)
}

func mustBig(s string) *big.Int {
	x, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic(fmt.Sprintf("not a number: %q", s))
	}
	return x
}

// TestFullStackRentalExpires registers a 2-second rental: the key is issued while it runs and
// refused with rental_expired once it is over (the dev chain's clock is the wall clock; a new
// block moves chain time forward).
func TestFullStackRentalExpires(t *testing.T) {
	eachBackend(t, func(t *testing.T, st *store.Store) {
		s := newStack(t, st, nil)
		ctx := context.Background()
		creatorKey, viewerKey := s.env.Accounts[1].Key, s.env.Accounts[2].Key
		upload, _, _ := s.sealedUpload(s.env.Addr(1), store.Policy{Kind: store.PolicyRent, Price: "7", DurationSeconds: 2})
		id := s.register(s.signIn(creatorKey), upload, creatorKey)
		s.sync()
		vtoken := s.signIn(viewerKey)
		if _, _, err := s.env.Client.Purchase(ctx, s.env.Opts(2), mustBig(id), s.env.Addr(2), purchaseTerms(t, s.env.Client, id)); err != nil {
			t.Fatal(err)
		}
		var k *viewerkey.Key
		var err error
		for range 60 {
			if k, err = s.client.FetchKey(ctx, vtoken, id, viewerkey.KeyOptions{}); !viewerkey.IsProblem(err, "not_purchased") {
				break
			}
			time.Sleep(50 * time.Millisecond)
		}
		if err != nil {
			t.Fatalf("key during the rental: %v", err)
		}
		exp := k.Response.AccessExpiresAt
		if exp == nil || !k.Response.PasskeyExpiresAt.Equal(*exp) {
			t.Fatalf("rental expiry %v, passkey expiry %v: the passkey must end with the rental", exp, k.Response.PasskeyExpiresAt)
		}
		time.Sleep(time.Until(*exp) + 1100*time.Millisecond)
		// Mine a block so the chain's time passes the expiry.
		if _, err := s.env.Client.Deposit(ctx, s.env.Opts(4), s.env.Addr(4), big.NewInt(1)); err != nil {
			t.Fatal(err)
		}
		_, err = s.client.FetchKey(ctx, vtoken, id, viewerkey.KeyOptions{})
		if !viewerkey.IsProblem(err, "rental_expired") {
			t.Fatalf("key after the rental: %v, want 403 rental_expired", err)
		}
	})
}
