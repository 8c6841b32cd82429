package main

import (
	"bytes"
	"encoding/json"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/swarmgate/swarmgate/chain/chaintest"
	"github.com/swarmgate/swarmgate/chain/siwe"
	"github.com/swarmgate/swarmgate/viewerkey"
)

// TestGatewayAcceptsWalletSignIn: the gateway (`gateway run --dev`) signs in messages as real
// wallets write them, an empty statement line and a bare "Resources:" line, signed with v 0/1;
// and still refuses a high-s twin of such a signature and a message for another chain.
func TestGatewayAcceptsWalletSignIn(t *testing.T) {
	url, _ := devGateway(t)
	key, addr := chaintest.NewKey(t)
	post := func(path string, body any, out any) int {
		b, _ := json.Marshal(body)
		res, err := http.Post(url+path, "application/json", bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		if out != nil {
			_ = json.NewDecoder(res.Body).Decode(out)
		}
		return res.StatusCode
	}
	message := func(chainID uint64) string {
		var n viewerkey.NonceResponse
		if code := post("/v1/auth/nonce", struct{}{}, &n); code != 200 {
			t.Fatalf("nonce: %d", code)
		}
		if chainID == 0 {
			chainID = n.ChainID
		}
		issued := time.Now().UTC().Format("2006-01-02T15:04:05.000Z")
		// What the reference library writes for statement "" and resources [].
		return n.Domain + " wants you to sign in with your Ethereum account:\n" + addr.Hex() + "\n\n\n\n" +
			"URI: " + n.URI + "\nVersion: 1\nChain ID: " + strconv.FormatUint(chainID, 10) + "\nNonce: " + n.Nonce + "\nIssued At: " + issued + "\nResources:"
	}
	sign := func(text string) []byte {
		h := siwe.Hash(text)
		sig, err := crypto.Sign(h[:], key) // v 0 or 1, as crypto.Sign and several wallets return it
		if err != nil {
			t.Fatal(err)
		}
		return sig
	}
	text := message(0)
	var sess viewerkey.SessionResponse
	if code := post("/v1/auth/verify", viewerkey.VerifyRequest{Message: text, Signature: hexutil.Encode(sign(text))}, &sess); code != 200 || sess.Address != addr.Hex() {
		t.Fatalf("wallet-style sign-in: %d %+v", code, sess)
	}

	var p struct{ Code string }
	text = message(0)
	sig := sign(text)
	n := crypto.S256().Params().N
	s := new(big.Int).SetBytes(sig[32:64])
	s.Sub(n, s)
	s.FillBytes(sig[32:64])
	sig[64] ^= 1
	if code := post("/v1/auth/verify", viewerkey.VerifyRequest{Message: text, Signature: hexutil.Encode(sig)}, &p); code != 401 || p.Code != "bad_signature" {
		t.Fatalf("high-s twin: %d %s", code, p.Code)
	}
	text = message(1)
	if code := post("/v1/auth/verify", viewerkey.VerifyRequest{Message: text, Signature: hexutil.Encode(sign(text))}, &p); code == 200 || !strings.Contains(p.Code, "chain") {
		t.Fatalf("another chain: %d %s", code, p.Code)
	}
}
