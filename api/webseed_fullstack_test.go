package api

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/swarmgate/swarmgate/internal/testnet"
	"github.com/swarmgate/swarmgate/store"
	"github.com/swarmgate/swarmgate/viewerkey"
)

// sealedUploadWithCiphertext is sealedUpload with a real sealed item: its ciphertext in the
// content store under its torrent's name and its real torrent, as the sealer leaves them.
func (s *stack) sealedUploadWithCiphertext(creator common.Address, policy store.Policy, size int) (string, *testnet.Item) {
	t := s.t
	t.Helper()
	ctx := context.Background()
	it := testnet.NewItem(t, size)
	res := it.Sealed
	id := "up_" + hexutil.Encode(res.ContentHash[:6])[2:]
	if _, err := s.st.CreateUpload(ctx, store.NewUpload{ID: id, Creator: creator, Filename: "v.mp4", Size: int64(size)}); err != nil {
		t.Fatal(err)
	}
	if err := s.st.SetUploadState(ctx, id, store.UploadReceiving, store.UploadSealing, "", nil); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(s.srv.cfg.contentDir(), it.InfoHash.HexString())
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, it.Name), it.Cipher, 0o600); err != nil {
		t.Fatal(err)
	}
	var tb bytes.Buffer
	if err := it.MetaInfo.Write(&tb); err != nil {
		t.Fatal(err)
	}
	ch := common.Hash(res.ContentHash)
	if _, err := s.st.CreateSealedContent(ctx, store.Sealed{ContentHash: ch, InfoHash: it.InfoHash, KeyCommitment: common.Hash(it.Key.Commitment()),
		Title: "Film " + id, Creator: creator, Policy: policy, PlaintextSize: int64(size), CiphertextSize: int64(len(it.Cipher)),
		PieceLength: res.Info.PieceLength, Torrent: tb.Bytes(), UploadID: id}); err != nil {
		t.Fatal(err)
	}
	if err := s.st.PutContentKey(ctx, s.keys, ch, it.Key[:]); err != nil {
		t.Fatal(err)
	}
	if err := s.st.SetUploadState(ctx, id, store.UploadSealing, store.UploadSealed, "", &ch); err != nil {
		t.Fatal(err)
	}
	return id, it
}

// TestFullStackWebseedForViewers: on a real dev chain, a viewer who bought an item reads its
// ciphertext from the web seed with the passkey key issuance gave it (Range requests, as a
// browser's Service Worker sends them), and the bytes open with the issued key; the same
// passkey on an item the viewer did not buy is 403 not_purchased, with no ciphertext.
func TestFullStackWebseedForViewers(t *testing.T) {
	eachBackend(t, func(t *testing.T, st *store.Store) {
		s := newStack(t, st, nil)
		ctx := context.Background()
		creatorKey, viewerKey := s.env.Accounts[1].Key, s.env.Accounts[2].Key
		creator, viewer := s.env.Addr(1), s.env.Addr(2)
		ctoken := s.signIn(creatorKey)
		up1, bought := s.sealedUploadWithCiphertext(creator, store.Policy{Kind: store.PolicyBuy, Price: "1000"}, 300_000)
		up2, other := s.sealedUploadWithCiphertext(creator, store.Policy{Kind: store.PolicyBuy, Price: "1000"}, 50_000)
		id1 := s.register(ctoken, up1, creatorKey)
		s.register(ctoken, up2, creatorKey)
		s.sync()

		vtoken := s.signIn(viewerKey)
		if _, _, err := s.env.Client.Purchase(ctx, s.env.Opts(2), mustBig(id1), viewer, purchaseTerms(t, s.env.Client, id1)); err != nil {
			t.Fatal(err)
		}
		var k *viewerkey.Key
		var err error
		for start := time.Now(); ; time.Sleep(50 * time.Millisecond) {
			k, err = s.client.FetchKey(ctx, vtoken, id1, viewerkey.KeyOptions{KEM: viewerkey.KEMX25519})
			if err == nil || !viewerkey.IsProblem(err, "not_purchased") || time.Since(start) > s.srv.cfg.AccessNoTTL+time.Second {
				break
			}
		}
		if err != nil {
			t.Fatalf("key after purchase: %v", err)
		}
		if !bytes.Equal(k.ContentKey, bought.Key[:]) {
			t.Fatal("the issued key is not the content key")
		}
		get := func(ih, name, rng string) (int, []byte, string) {
			t.Helper()
			req, _ := http.NewRequest("GET", s.url+"/v1/webseed/"+k.Response.Passkey+"/"+ih+"/"+name, nil)
			if rng != "" {
				req.Header.Set("Range", rng)
			}
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			b, _ := io.ReadAll(res.Body)
			return res.StatusCode, b, res.Header.Get("Content-Type")
		}
		if k.Response.InfoHash != bought.InfoHash.HexString() {
			t.Fatalf("key response names info hash %s, want %s", k.Response.InfoHash, bought.InfoHash.HexString())
		}
		// Ranges in order, as a player reads, then the whole file.
		n := len(bought.Cipher)
		var got []byte
		for off := 0; off < n; off += 64 << 10 {
			end := min(off+64<<10, n) - 1
			code, b, _ := get(k.Response.InfoHash, bought.Name, fmt.Sprintf("bytes=%d-%d", off, end))
			if code != http.StatusPartialContent || len(b) != end-off+1 {
				t.Fatalf("range %d-%d: %d, %d bytes: %.200s", off, end, code, len(b), b)
			}
			got = append(got, b...)
		}
		if !bytes.Equal(got, bought.Cipher) {
			t.Fatal("the ranges do not add up to the ciphertext")
		}
		if ok, err := bought.Open(got); !ok || err != nil {
			t.Fatalf("the web seed's ciphertext does not open with the issued key: %v %v", ok, err)
		}

		// The passkey is the viewer's, not the item's: another item it has not bought is refused.
		code, b, ctype := get(other.InfoHash.HexString(), other.Name, "bytes=0-1023")
		if code != http.StatusForbidden || ctype != ProblemContentType || problemCode(t, code, b) != "not_purchased" {
			t.Fatalf("passkey on an item not bought: %d %s %s", code, ctype, b)
		}
		if bytes.Contains(b, other.Cipher[:64]) {
			t.Fatal("the refusal carries ciphertext")
		}
	})
}
