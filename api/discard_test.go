package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain/chaintest"
	"github.com/swarmgate/swarmgate/indexer"
	"github.com/swarmgate/swarmgate/store"
	"github.com/swarmgate/swarmgate/viewerkey"
)

// flakyRegistry is the dev chain's registry with contentIdOf failing on demand, like an RPC
// node that stopped answering.
type flakyRegistry struct {
	Registry
	fail atomic.Bool
}

func (f *flakyRegistry) ContentIDOf(ctx context.Context, creator common.Address, h common.Hash) (*big.Int, error) {
	if f.fail.Load() {
		return nil, errors.New("dial tcp 127.0.0.1:8545: connect: connection refused")
	}
	return f.Registry.ContentIDOf(ctx, creator, h)
}

// sealFile uploads data as multipart and waits until it is sealed.
func (g *liveGateway) sealFile(t *testing.T, token string, data []byte) uploadJSON {
	t.Helper()
	body, ct := multipartBody(t, "file", "clip.mp4", data)
	r := g.req(t, "POST", "/v1/uploads", body, "Authorization", "Bearer "+token, "Content-Type", ct)
	if r.StatusCode != http.StatusAccepted {
		t.Fatalf("POST /v1/uploads: %d %s", r.StatusCode, r.body)
	}
	var u uploadJSON
	r.decode(t, &u)
	u = g.waitUpload(t, token, u.ID)
	if u.State != store.UploadSealed {
		t.Fatalf("upload %+v", u)
	}
	return u
}

// checkKept checks that a sealed upload's item survived a refused discard: upload sealed, row,
// key and ciphertext in place.
func (g *liveGateway) checkKept(t *testing.T, token string, u uploadJSON, data []byte) {
	t.Helper()
	got := g.waitUpload(t, token, u.ID)
	g.checkSealed(t, got, data)
}

// checkDiscarded checks that a discarded upload is cancelled and its row, key and ciphertext
// are gone.
func (g *liveGateway) checkDiscarded(t *testing.T, token string, u uploadJSON) {
	t.Helper()
	got := g.waitUpload(t, token, u.ID)
	if got.State != store.UploadCancelled || got.InfoHash != "" {
		t.Errorf("discarded upload shows %+v", got)
	}
	ctx := context.Background()
	h := common.HexToHash(u.ContentHash)
	if _, err := g.st.ContentByHash(ctx, h); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("content row left: %v", err)
	}
	if _, err := g.st.SealedContentKey(ctx, h); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("content key left: %v", err)
	}
	if _, err := os.Stat(filepath.Join(g.cfg.contentDir(), u.InfoHash)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("ciphertext left: %v", err)
	}
}

// TestDiscardSealedUpload runs DELETE /v1/uploads/{id} on sealed uploads against a dev chain:
// an unregistered one is discarded; while its registration is being relayed, once it is
// registered (indexed or not yet) and while the chain does not answer it is refused and keeps
// its key and ciphertext.
func TestDiscardSealedUpload(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, st *store.Store) {
		env := chaintest.New(t, chaintest.Options{})
		reg := &flakyRegistry{Registry: env.Client}
		var hold atomic.Bool
		relaying, release := make(chan string, 1), make(chan struct{})
		g := startGateway(t, st, func(c *Config, d *Deps) {
			c.ChainID = env.Deployment.ChainID
			c.RateAuth, c.RateRegister = 0, 0
			d.Chain, d.Entitlement, d.Registry, d.Relayer, d.Wallets = env.Client, env.Client, reg, env.Opts(0), env.Client
		}, func(s *Server) {
			s.beforeRelay = func(ctx context.Context, id string) {
				if hold.Load() {
					relaying <- id
					select {
					case <-release:
					case <-ctx.Done():
					}
				}
			}
		})
		s := &stack{t: t, env: env, st: st, keys: g.s.deps.Keys, srv: g.s, url: g.url, client: viewerkey.NewClient(g.url, http.DefaultClient),
			ix: indexer.New(env.Client, st, indexer.Config{StartBlock: env.Deployment.StartBlock})}
		creatorKey := env.Accounts[1].Key
		token := s.signIn(creatorKey)
		del := func(id string) resp {
			return g.req(t, "DELETE", "/v1/uploads/"+id, nil, "Authorization", "Bearer "+token)
		}

		t.Run("unregistered", func(t *testing.T) {
			data := randomBytes(t, 20<<10)
			u := g.sealFile(t, token, data)
			if r := del(u.ID); r.StatusCode != http.StatusNoContent {
				t.Fatalf("DELETE: %d %s", r.StatusCode, r.body)
			}
			g.checkDiscarded(t, token, u)
			if code, body := s.call("GET", "/v1/uploads/"+u.ID+"/registration", token, nil); code != 409 || problemCode(t, code, body) != "upload_not_sealed" {
				t.Errorf("registration of a discarded upload: %d %s", code, body)
			}
			if r := del(u.ID); r.StatusCode != http.StatusConflict || r.problem(t).Code != "conflict" {
				t.Errorf("second DELETE: %d %s", r.StatusCode, r.body)
			}
			// The same file may be uploaded again: its content hash is free.
			again := g.sealFile(t, token, data)
			g.checkSealed(t, again, data)
		})

		t.Run("chain does not answer", func(t *testing.T) {
			data := randomBytes(t, 20<<10)
			u := g.sealFile(t, token, data)
			reg.fail.Store(true)
			r := del(u.ID)
			reg.fail.Store(false)
			if r.StatusCode != http.StatusServiceUnavailable || r.problem(t).Code != "unavailable" || !strings.Contains(r.problem(t).Detail, "chain") {
				t.Fatalf("DELETE: %d %s", r.StatusCode, r.body)
			}
			g.checkKept(t, token, u, data)
		})

		t.Run("registered", func(t *testing.T) {
			data := randomBytes(t, 20<<10)
			u := g.sealFile(t, token, data)
			code, body := s.call("GET", "/v1/uploads/"+u.ID+"/registration", token, nil)
			if code != 200 {
				t.Fatalf("GET registration: %d %s", code, body)
			}
			var offer regOffer
			if err := json.Unmarshal(body, &offer); err != nil {
				t.Fatal(err)
			}
			signed, _ := json.Marshal(map[string]any{"policy": offer.Policy, "nonce": offer.Nonce, "deadline": offer.Deadline,
				"signature": signTypedData(t, offer.TypedData, creatorKey)})
			hold.Store(true)
			posted := make(chan int, 1)
			go func() {
				req, _ := http.NewRequest("POST", g.url+"/v1/uploads/"+u.ID+"/registration", bytes.NewReader(signed))
				req.Header.Set("Authorization", "Bearer "+token)
				req.Header.Set("Content-Type", "application/json")
				res, err := http.DefaultClient.Do(req)
				if err != nil {
					posted <- 0
					return
				}
				res.Body.Close()
				posted <- res.StatusCode
			}()
			select {
			case <-relaying:
			case <-time.After(30 * time.Second):
				t.Fatal("the relay did not start")
			}
			// While the relay is in flight.
			r := del(u.ID)
			if r.StatusCode != http.StatusConflict || r.problem(t).Code != "conflict" || !strings.Contains(r.problem(t).Detail, "registration relayed") {
				t.Errorf("DELETE while relaying: %d %s", r.StatusCode, r.body)
			}
			hold.Store(false)
			close(release)
			if code := <-posted; code != 200 {
				t.Fatalf("relayed registration: %d", code)
			}
			// Registered on-chain, not indexed yet: the registry says so.
			if _, err := st.ContentByHash(context.Background(), common.HexToHash(u.ContentHash)); err != nil {
				t.Fatal(err)
			}
			r = del(u.ID)
			if r.StatusCode != http.StatusConflict || r.problem(t).Code != "already_registered" || !strings.Contains(r.problem(t).Detail, "registered items cannot be deleted") {
				t.Errorf("DELETE registered, not indexed: %d %s", r.StatusCode, r.body)
			}
			g.checkKept(t, token, u, data)
			// Indexed: the catalog says so, the registry is not even asked.
			s.sync()
			reg.fail.Store(true)
			r = del(u.ID)
			reg.fail.Store(false)
			if r.StatusCode != http.StatusConflict || r.problem(t).Code != "already_registered" {
				t.Errorf("DELETE registered and indexed: %d %s", r.StatusCode, r.body)
			}
			g.checkKept(t, token, u, data)
		})
	})
}

// TestDiscardSealedUploadWithoutChain discards a sealed upload on a gateway without a chain,
// which cannot have registered it: nothing of it is left.
func TestDiscardSealedUploadWithoutChain(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, st *store.Store) {
		g := startGateway(t, st, nil, nil)
		token := session(t, st, "alice", time.Now().Add(time.Hour))
		u := g.sealFile(t, token, randomBytes(t, 20<<10))
		if _, err := st.CreateSession(context.Background(), store.HashToken("tok_bob_0123456789abcdef"), bob, time.Now().Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		if r := g.req(t, "DELETE", "/v1/uploads/"+u.ID, nil, "Authorization", "Bearer tok_bob_0123456789abcdef"); r.StatusCode != http.StatusNotFound {
			t.Fatalf("another creator's DELETE: %d %s", r.StatusCode, r.body)
		}
		// tus DELETE only cancels uploads in progress, and says where to discard.
		if r := g.req(t, "DELETE", "/v1/tus/"+u.ID, nil, "Authorization", "Bearer "+token, "Tus-Resumable", "1.0.0"); r.StatusCode != http.StatusConflict ||
			!strings.Contains(r.problem(t).Detail, "DELETE /v1/uploads/"+u.ID) {
			t.Fatalf("tus DELETE: %d %s", r.StatusCode, r.body)
		}
		if r := g.req(t, "DELETE", "/v1/uploads/"+u.ID, nil, "Authorization", "Bearer "+token); r.StatusCode != http.StatusNoContent {
			t.Fatalf("DELETE: %d %s", r.StatusCode, r.body)
		}
		g.checkDiscarded(t, token, u)
		g.checkNothingStored(t, u.ID)
	})
}
