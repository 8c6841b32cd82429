package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"crypto/rand"

	"github.com/anacrolix/torrent"
	"github.com/anacrolix/torrent/metainfo"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/swarmgate/swarmgate/chain/devchain"
	"github.com/swarmgate/swarmgate/sealed"
	"github.com/swarmgate/swarmgate/viewerkey"
)

// devGateway runs `gateway run --dev` with extra flags until the test ends; it returns the
// base URL and a function that stops it and returns its error and stderr.
func devGateway(t *testing.T, extra ...string) (string, func() (error, string)) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	type result struct {
		err    error
		stderr string
	}
	done := make(chan result, 1)
	args := append([]string{"gateway", "run", "--dev", "--listen", addr, "--public-url", "http://" + addr,
		"--data-dir", t.TempDir(), "--master-key", strings.Repeat("ab", 32), "--index-poll", "50ms"}, extra...)
	go func() {
		_, stderr, err := runCapture(t, ctx, args...)
		done <- result{err, stderr}
	}()
	var stopped *result
	stop := func() (error, string) {
		if stopped == nil {
			cancel()
			select {
			case r := <-done:
				stopped = &r
			case <-time.After(30 * time.Second):
				t.Fatal("gateway did not stop")
			}
		}
		return stopped.err, stopped.stderr
	}
	t.Cleanup(func() { stop() })
	deadline := time.Now().Add(60 * time.Second)
	for {
		if res, err := http.Get("http://" + addr + "/healthz"); err == nil {
			res.Body.Close()
			return "http://" + addr, stop
		}
		select {
		case r := <-done:
			t.Fatalf("gateway exited: %v\n%s", r.err, r.stderr)
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatal("gateway did not start")
		}
	}
}

// call sends a request with a bearer token and decodes a JSON answer into out.
func call(t *testing.T, method, url, token, contentType string, body io.Reader, want int, out any) {
	t.Helper()
	req, err := http.NewRequest(method, url, body)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+token)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if res.StatusCode != want {
		t.Fatalf("%s %s: %d %s", method, url, res.StatusCode, b)
	}
	if out != nil {
		if err := json.Unmarshal(b, out); err != nil {
			t.Fatalf("%s %s: %v: %s", method, url, err, b)
		}
	}
}

// TestGatewayDevOriginSeedsUpload runs `gateway run --dev` and drives it as a creator and a
// viewer would: a multipart upload is sealed and registered (relayed, free), the gateway's
// origin seeds it, and a plain BitTorrent client that knows only the embedded tracker and the
// viewer's passkey downloads the ciphertext, which opens with the viewer's content key to the
// uploaded bytes. Cancelling stops everything, origin first.
func TestGatewayDevOriginSeedsUpload(t *testing.T) {
	url, stop := devGateway(t, "--origin-listen", "127.0.0.1:0")
	ctx := context.Background()
	accts := devchain.DevAccounts(3)
	kc := viewerkey.NewClient(url, nil)
	creator, err := kc.SignIn(ctx, accts[1].Key)
	if err != nil {
		t.Fatal(err)
	}

	data := make([]byte, 3<<20)
	_, _ = rand.Read(data)
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	_ = mw.WriteField("title", "Clip") // uploads carry their metadata, fields before the file
	fw, _ := mw.CreateFormFile("file", "clip.mp4")
	_, _ = fw.Write(data)
	_ = mw.Close()
	var up struct {
		ID    string `json:"id"`
		State string `json:"state"`
	}
	call(t, "POST", url+"/v1/uploads", creator.Token, mw.FormDataContentType(), &body, http.StatusAccepted, &up)
	for deadline := time.Now().Add(30 * time.Second); up.State != "sealed"; time.Sleep(20 * time.Millisecond) {
		call(t, "GET", url+"/v1/uploads/"+up.ID, creator.Token, "", nil, 200, &up)
		if up.State == "failed" || time.Now().After(deadline) {
			t.Fatalf("upload %s is %s", up.ID, up.State)
		}
	}

	var offer struct {
		Nonce     string          `json:"nonce"`
		Deadline  string          `json:"deadline"`
		TypedData json.RawMessage `json:"typed_data"`
	}
	call(t, "GET", url+"/v1/uploads/"+up.ID+"/registration", creator.Token, "", nil, 200, &offer)
	var td apitypes.TypedData
	if err := json.Unmarshal(offer.TypedData, &td); err != nil {
		t.Fatal(err)
	}
	h, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := crypto.Sign(h, accts[1].Key)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	reg, _ := json.Marshal(map[string]any{"policy": map[string]any{"model": "free", "price": "0"}, "nonce": offer.Nonce,
		"deadline": offer.Deadline, "signature": hexutil.Encode(sig)})
	var registered struct {
		ContentID string `json:"content_id"`
	}
	call(t, "POST", url+"/v1/uploads/"+up.ID+"/registration", creator.Token, "application/json", bytes.NewReader(reg), 200, &registered)
	id := registered.ContentID
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		res, err := http.Get(url + "/v1/content/" + id)
		if err == nil {
			res.Body.Close()
			if res.StatusCode == 200 {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("content %s not in the catalog", id)
		}
	}

	viewer, err := kc.SignIn(ctx, accts[2].Key)
	if err != nil {
		t.Fatal(err)
	}
	key, err := kc.FetchKey(ctx, viewer.Token, id, viewerkey.KeyOptions{})
	if err != nil {
		t.Fatalf("key of the free item: %v", err)
	}
	res, err := http.Get(url + "/v1/content/" + id + "/torrent")
	if err != nil {
		t.Fatal(err)
	}
	mi, err := metainfo.Load(res.Body)
	res.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	mi.Announce, mi.AnnounceList = url+"/announce/"+key.Response.Passkey, nil

	cfg := torrent.NewDefaultClientConfig()
	cfg.DataDir, cfg.ListenPort = t.TempDir(), 0
	cfg.SetListenAddr("127.0.0.1:0")
	cfg.NoDHT, cfg.DisablePEX, cfg.DisableUTP, cfg.DisableIPv6 = true, true, true, true
	cfg.DisableWebtorrent, cfg.DisableWebseeds = true, true
	cl, err := torrent.NewClient(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	tor, err := cl.AddTorrent(mi)
	if err != nil {
		t.Fatal(err)
	}
	tor.DownloadAll()
	select {
	case <-tor.Complete().On():
	case <-time.After(90 * time.Second):
		t.Fatalf("leecher got %d of %d bytes through the tracker", tor.BytesCompleted(), tor.Length())
	}
	rd := tor.NewReader()
	cipher, err := io.ReadAll(rd)
	rd.Close()
	if err != nil {
		t.Fatal(err)
	}
	var k sealed.Key
	copy(k[:], key.ContentKey)
	pr, err := sealed.Open(bytes.NewReader(cipher), int64(len(cipher)), k)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := io.ReadAll(pr)
	if err != nil || !bytes.Equal(plain, data) {
		t.Fatalf("downloaded ciphertext does not open to the upload: %v", err)
	}
	cl.Close()

	err, stderr := stop()
	if err != nil {
		t.Fatalf("gateway run: %v\n%s", err, stderr)
	}
	for _, want := range []string{"origin seeding registered items", "origin seeding item", "seeder node stopping"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("gateway log does not say %q", want)
		}
	}
	origin, server := strings.Index(stderr, "seeder node stopping"), strings.Index(stderr, "gateway shutting down")
	if server < 0 || origin > server {
		t.Errorf("origin stopped at log offset %d, HTTP server at %d: want the origin first", origin, server)
	}
}

// TestGatewayOriginBadFlags: origin flags are checked before the gateway serves.
func TestGatewayOriginBadFlags(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--origin-price-per-gib", "ten"}, `origin price "ten" is not a whole number of wei`},
		{[]string{"--origin-address", "0x12"}, `origin address "0x12" is not`},
		{[]string{"--origin-listen", "nowhere"}, "listen"},
	} {
		t.Run(fmt.Sprint(c.args), func(t *testing.T) {
			var stderr strings.Builder
			code := run(context.Background(), append([]string{"gateway", "run", "--dev", "--listen", "127.0.0.1:0",
				"--data-dir", filepath.Join(t.TempDir(), "d"), "--master-key", strings.Repeat("ab", 32)}, c.args...), io.Discard, &stderr)
			if code != 1 || !strings.Contains(stderr.String(), c.want) {
				t.Fatalf("exit %d, stderr does not say %q:\n%s", code, c.want, stderr.String())
			}
		})
	}
}
