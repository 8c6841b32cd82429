package platform

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/swarmgate/swarmgate/chain/chaintest"
	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/gwclient"
)

// Creator is a creator's account, uploading and registering items through the network's
// gateway as `swarmgate content upload` does: sign-in (EIP-4361), a tus upload, the gateway's
// sealing, and a registration the creator signs and the gateway relays (gasless).
type Creator struct {
	n       *Network
	Key     *ecdsa.PrivateKey
	Account common.Address
	gw      *gwclient.Client
}

// AddCreator creates a creator with a fresh wallet funded with funds wei (0: unfunded, which a
// gasless registration allows).
func (n *Network) AddCreator(funds *big.Int) *Creator {
	n.T().Helper()
	key, addr := chaintest.NewKey(n.T())
	if funds != nil && funds.Sign() > 0 {
		n.Fund(addr, funds)
	}
	return &Creator{n: n, Key: key, Account: addr}
}

// UploadOptions describe an upload.
type UploadOptions struct {
	// Title (default "Film") and Filename (default "film.mp4") as the catalog shows them.
	Title, Filename string
	// Policy is the item's access policy (default free).
	Policy eip712.Policy
}

// Upload uploads data to the gateway, waits for it to be sealed, registers it gaslessly with
// o.Policy and waits for the catalog to list it; it returns the on-chain content id.
func (c *Creator) Upload(data []byte, o UploadOptions) string {
	t := c.n.T()
	t.Helper()
	if c.n.Gateway == nil {
		t.Fatal("uploads need the network's gateway")
	}
	if o.Title == "" {
		o.Title = "Film"
	}
	if o.Filename == "" {
		o.Filename = "film.mp4"
	}
	ctx, cancel := context.WithTimeout(c.n.Ctx(), 2*time.Minute)
	defer cancel()
	gw := c.client(ctx)
	dir := t.TempDir()
	file := filepath.Join(dir, o.Filename)
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		t.Fatal(err)
	}
	pol := PolicyJSON(o.Policy)
	rawPolicy, err := json.Marshal(pol)
	if err != nil {
		t.Fatal(err)
	}
	meta := map[string]string{"filename": o.Filename, "title": o.Title, "description": "", "mime_type": "video/mp4", "policy": string(rawPolicy)}
	up, err := gw.TusUpload(ctx, gwclient.TusOptions{
		File: f, Size: st.Size(), Metadata: meta, Fingerprint: gwclient.Fingerprint(gw.Base(), c.Account, file, st, meta),
		State: gwclient.OpenState(filepath.Join(dir, "uploads.json")), Retries: 1,
	})
	if err != nil {
		t.Fatalf("upload: %v", err)
	}
	for {
		u, err := gw.Upload(ctx, up.ID)
		if err != nil {
			t.Fatalf("follow upload %s: %v", up.ID, err)
		}
		if u.State == "sealed" {
			break
		}
		if u.State != "receiving" && u.State != "sealing" {
			t.Fatalf("upload %s is %s: %s", up.ID, u.State, u.Error)
		}
		select {
		case <-ctx.Done():
			t.Fatalf("upload %s not sealed: %v", up.ID, ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
	offer, err := gw.Registration(ctx, up.ID)
	if err != nil {
		t.Fatalf("registration offer: %v", err)
	}
	if !offer.Relay || common.HexToAddress(offer.Creator) != c.Account || offer.ChainID != c.n.Deployment().ChainID ||
		common.HexToAddress(offer.Registry) != c.n.Deployment().Registry {
		t.Fatalf("registration offer %+v", offer)
	}
	nonce, _ := new(big.Int).SetString(offer.Nonce, 10)
	deadline, _ := new(big.Int).SetString(offer.Deadline, 10)
	if nonce == nil || deadline == nil {
		t.Fatalf("registration offer without nonce or deadline: %+v", offer)
	}
	reg := eip712.Registration{Creator: c.Account, ContentHash: common.HexToHash(offer.ContentHash), InfoHash: common.HexToHash(offer.InfoHash),
		KeyCommitment: common.HexToHash(offer.KeyCommitment), MetadataURI: offer.MetadataURI, Policy: o.Policy, Nonce: nonce, Deadline: deadline}
	sig, err := reg.Sign(c.n.Chain.Client.RegistryDomain(), c.Key)
	if err != nil {
		t.Fatal(err)
	}
	done, err := gw.Register(ctx, up.ID, gwclient.RegisterRequest{Policy: pol, Nonce: offer.Nonce, Deadline: offer.Deadline, Signature: hexutil.Encode(sig)})
	if err != nil {
		t.Fatalf("gasless registration: %v", err)
	}
	for {
		_, err := gw.Content(ctx, done.ContentID)
		if err == nil {
			return done.ContentID
		}
		if !gwclient.IsStatus(err, http.StatusNotFound) {
			t.Fatalf("catalog: %v", err)
		}
		select {
		case <-ctx.Done():
			t.Fatalf("content %s not listed: %v", done.ContentID, ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// client is a gateway client signed in as the creator.
func (c *Creator) client(ctx context.Context) *gwclient.Client {
	t := c.n.T()
	t.Helper()
	if c.gw != nil {
		return c.gw
	}
	gw := gwclient.New(c.n.Gateway.URL, nil)
	if _, err := gw.SignIn(ctx, c.n.Deployment().ChainID, func(uint64) (*ecdsa.PrivateKey, error) { return c.Key, nil }); err != nil {
		t.Fatalf("creator sign-in: %v", err)
	}
	c.gw = gw
	return gw
}

// PolicyJSON is p as the gateway's JSON carries it (native-coin and ungated policies).
func PolicyJSON(p eip712.Policy) gwclient.Policy {
	models := map[eip712.Model]string{eip712.ModelFree: "free", eip712.ModelBuy: "buy", eip712.ModelRent: "rent", eip712.ModelExclusive: "exclusive"}
	price := "0"
	if p.Price != nil {
		price = p.Price.String()
	}
	out := gwclient.Policy{Model: models[p.Model], Price: price, DurationSeconds: p.Duration, Subscribers: p.Subscribers,
		RoyaltyBps: p.RoyaltyBps, Payees: []gwclient.Payee{}}
	if p.Currency != (common.Address{}) {
		out.Currency = p.Currency.Hex()
	}
	for _, pe := range p.Payees {
		out.Payees = append(out.Payees, gwclient.Payee{Account: pe.Account.Hex(), ShareBps: pe.ShareBps})
	}
	return out
}
