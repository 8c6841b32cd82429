package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math/big"
	"mime/multipart"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/store"
)

// Addresses the fake chain knows as contracts.
var (
	tokenAddr = common.HexToAddress("0x00000000000000000000000000000000000C0DE1")
	nftAddr   = common.HexToAddress("0x00000000000000000000000000000000000C0DE2")
	carol     = common.HexToAddress("0x0000000000000000000000000000000000000CA1")
)

// fakeCode is a CodeReader for unit tests: accounts in code are contracts; err fails every read.
type fakeCode struct {
	code map[common.Address]bool
	err  error
}

func (f fakeCode) CodeAt(_ context.Context, a common.Address, _ *big.Int) ([]byte, error) {
	if f.err != nil {
		return nil, f.err
	}
	if f.code[a] {
		return []byte{0x60, 0x00}, nil
	}
	return nil, nil
}

// form builds a multipart upload: fields in order, then the file (unless data is nil).
func form(t testing.TB, fields [][2]string, poster []byte, data []byte) (*bytes.Buffer, string) {
	t.Helper()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	for _, f := range fields {
		if err := w.WriteField(f[0], f[1]); err != nil {
			t.Fatal(err)
		}
	}
	if poster != nil {
		pw, _ := w.CreateFormFile("poster", "poster.png")
		_, _ = pw.Write(poster)
	}
	if data != nil {
		fw, _ := w.CreateFormFile("file", "clip.mp4")
		_, _ = fw.Write(data)
	}
	_ = w.Close()
	return &buf, w.FormDataContentType()
}

// testPNG is a small valid PNG image.
func testPNG(t testing.TB) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 4, 3))
	img.Set(1, 1, color.RGBA{200, 10, 10, 255})
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func policyOf(v map[string]any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// TestUploadRefusesBadMetadataAndPolicy sends uploads whose metadata or policy breaks a rule,
// one rule per case (several in the last): each is a 422 invalid_upload naming every bad field
// with its code, and nothing of any of them is stored (no upload row, no file, no poster).
func TestUploadRefusesBadMetadataAndPolicy(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, st *store.Store) {
		code := fakeCode{code: map[common.Address]bool{tokenAddr: true, nftAddr: true}}
		g := startGateway(t, st, func(_ *Config, d *Deps) { d.Code = code }, nil)
		token := session(t, st, "alice", time.Now().Add(time.Hour))
		payees := func(shares ...int) []map[string]any {
			var out []map[string]any
			for i, s := range shares {
				out = append(out, map[string]any{"account": common.BigToAddress(big.NewInt(int64(0xA0 + i))).Hex(), "share_bps": s})
			}
			return out
		}
		gate := func(kind, token, id, amount string) map[string]any {
			return map[string]any{"kind": kind, "token": token, "id": id, "amount": amount}
		}
		title := [2]string{"title", "A film"}
		cases := []struct {
			name   string
			fields [][2]string
			poster []byte
			want   []fieldError // field and code
		}{
			{"no title", [][2]string{{"description", "d"}}, nil, []fieldError{{Field: "title", Code: "required"}}},
			{"title too long", [][2]string{{"title", strings.Repeat("é", 201)}}, nil, []fieldError{{Field: "title", Code: "too_long"}}},
			{"title with control characters", [][2]string{{"title", "a\x07b"}}, nil, []fieldError{{Field: "title", Code: "invalid"}}},
			{"description too long", [][2]string{title, {"description", strings.Repeat("x", 5001)}}, nil, []fieldError{{Field: "description", Code: "too_long"}}},
			{"bad mime type", [][2]string{title, {"mime_type", "not a type"}}, nil, []fieldError{{Field: "mime_type", Code: "invalid"}}},
			{"unknown field", [][2]string{title, {"price", "5"}}, nil, []fieldError{{Field: "price", Code: "unknown_field"}}},
			{"poster not an image", [][2]string{title}, []byte("GIF89a not allowed"), []fieldError{{Field: "poster", Code: "unsupported_type"}}},
			{"poster too large", [][2]string{title}, append(testPNG(t), make([]byte, maxPosterBytes)...), []fieldError{{Field: "poster", Code: "too_large"}}},
			{"policy not JSON", [][2]string{title, {"policy", "{"}}, nil, []fieldError{{Field: "policy", Code: "invalid"}}},
			{"policy unknown key", [][2]string{title, {"policy", `{"model":"free","prize":"1"}`}}, nil, []fieldError{{Field: "policy", Code: "invalid"}}},
			{"unknown model", [][2]string{title, {"policy", policyOf(map[string]any{"model": "lease"})}}, nil, []fieldError{{Field: "policy.model", Code: "invalid"}}},
			{"price not a whole number", [][2]string{title, {"policy", policyOf(map[string]any{"model": "buy", "price": "1.5"})}}, nil, []fieldError{{Field: "policy.price", Code: "invalid"}}},
			{"price missing", [][2]string{title, {"policy", policyOf(map[string]any{"model": "buy"})}}, nil, []fieldError{{Field: "policy.price", Code: "price_missing"}}},
			{"sale terms on free", [][2]string{title, {"policy", policyOf(map[string]any{"model": "free", "price": "5", "currency": tokenAddr.Hex(), "payees": payees(10000)})}}, nil,
				[]fieldError{{Field: "policy.price", Code: "sale_terms_not_allowed"}, {Field: "policy.currency", Code: "sale_terms_not_allowed"}, {Field: "policy.payees", Code: "sale_terms_not_allowed"}}},
			{"rent without duration", [][2]string{title, {"policy", policyOf(map[string]any{"model": "rent", "price": "5"})}}, nil, []fieldError{{Field: "policy.duration_seconds", Code: "duration_invalid"}}},
			{"duration on buy", [][2]string{title, {"policy", policyOf(map[string]any{"model": "buy", "price": "5", "duration_seconds": 60})}}, nil, []fieldError{{Field: "policy.duration_seconds", Code: "duration_invalid"}}},
			{"duration too large", [][2]string{title, {"policy", `{"model":"rent","price":"5","duration_seconds":18446744073709551616}`}}, nil, []fieldError{{Field: "policy.duration_seconds", Code: "invalid"}}},
			{"shares not summing to 10000", [][2]string{title, {"policy", policyOf(map[string]any{"model": "buy", "price": "5", "payees": payees(5000, 4000)})}}, nil, []fieldError{{Field: "policy.payees", Code: "payee_shares_sum"}}},
			{"nine payees", [][2]string{title, {"policy", policyOf(map[string]any{"model": "buy", "price": "5", "payees": payees(1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 2000)})}}, nil, []fieldError{{Field: "policy.payees", Code: "too_many_payees"}}},
			{"payee share zero", [][2]string{title, {"policy", policyOf(map[string]any{"model": "buy", "price": "5", "payees": payees(10000, 0)})}}, nil, []fieldError{{Field: "policy.payees[1].share_bps", Code: "payee_share_zero"}}},
			{"duplicate payee", [][2]string{title, {"policy", policyOf(map[string]any{"model": "buy", "price": "5", "payees": []map[string]any{
				{"account": carol.Hex(), "share_bps": 5000}, {"account": strings.ToLower(carol.Hex()), "share_bps": 5000}}})}}, nil, []fieldError{{Field: "policy.payees[1].account", Code: "duplicate_payee"}}},
			{"bad payee address", [][2]string{title, {"policy", policyOf(map[string]any{"model": "buy", "price": "5", "payees": []map[string]any{{"account": "0x12", "share_bps": 10000}}})}}, nil, []fieldError{{Field: "policy.payees[0].account", Code: "invalid"}}},
			{"royalty too high", [][2]string{title, {"policy", policyOf(map[string]any{"model": "buy", "price": "5", "royalty_bps": 1001})}}, nil, []fieldError{{Field: "policy.royalty_bps", Code: "royalty_too_high"}}},
			{"gate on free", [][2]string{title, {"policy", policyOf(map[string]any{"model": "free", "gate": gate("erc20", tokenAddr.Hex(), "0", "1")})}}, nil, []fieldError{{Field: "policy.gate", Code: "free_with_restrictions"}}},
			{"subscribers on free", [][2]string{title, {"policy", policyOf(map[string]any{"model": "free", "subscribers": true})}}, nil, []fieldError{{Field: "policy.subscribers", Code: "free_with_restrictions"}}},
			{"erc721 gate with id and no amount", [][2]string{title, {"policy", policyOf(map[string]any{"model": "exclusive", "gate": gate("erc721", nftAddr.Hex(), "7", "0")})}}, nil,
				[]fieldError{{Field: "policy.gate.amount", Code: "gate_invalid"}, {Field: "policy.gate.id", Code: "gate_invalid"}}},
			{"unknown gate kind", [][2]string{title, {"policy", policyOf(map[string]any{"model": "exclusive", "gate": gate("erc777", nftAddr.Hex(), "0", "1")})}}, nil, []fieldError{{Field: "policy.gate.kind", Code: "invalid"}}},
			{"currency not a contract", [][2]string{title, {"policy", policyOf(map[string]any{"model": "buy", "price": "5", "currency": carol.Hex()})}}, nil, []fieldError{{Field: "policy.currency", Code: "currency_not_contract"}}},
			{"gate token not a contract", [][2]string{title, {"policy", policyOf(map[string]any{"model": "exclusive", "gate": gate("erc20", carol.Hex(), "0", "1")})}}, nil, []fieldError{{Field: "policy.gate.token", Code: "gate_invalid"}}},
			{"everything at once", [][2]string{{"title", ""}, {"mime_type", "x"}, {"policy", policyOf(map[string]any{"model": "rent", "royalty_bps": 5000, "currency": carol.Hex(), "payees": payees(100)})}}, []byte("nope"),
				[]fieldError{{Field: "title", Code: "required"}, {Field: "mime_type", Code: "invalid"}, {Field: "poster", Code: "unsupported_type"}, {Field: "policy.currency", Code: "currency_not_contract"},
					{Field: "policy.royalty_bps", Code: "royalty_too_high"}, {Field: "policy.price", Code: "price_missing"},
					{Field: "policy.duration_seconds", Code: "duration_invalid"}, {Field: "policy.payees", Code: "payee_shares_sum"}}},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				body, ct := form(t, tc.fields, tc.poster, []byte("the video bytes"))
				r := g.req(t, "POST", "/v1/uploads", body, "Authorization", "Bearer "+token, "Content-Type", ct)
				if r.StatusCode != 422 {
					t.Fatalf("%d %s, want 422", r.StatusCode, r.body)
				}
				p := r.problem(t)
				if p.Code != "invalid_upload" {
					t.Fatalf("code %s", p.Code)
				}
				var got []fieldError
				for _, e := range p.Errors {
					if e.Detail == "" {
						t.Errorf("field error %+v has no detail", e)
					}
					got = append(got, fieldError{Field: e.Field, Code: e.Code})
				}
				for _, w := range tc.want {
					if !slices.Contains(got, w) {
						t.Errorf("errors %+v do not name %s %s", got, w.Field, w.Code)
					}
				}
				if len(got) != len(tc.want) {
					t.Errorf("errors %+v, want exactly %+v", got, tc.want)
				}
			})
		}

		// The same checks on a tus upload, before anything is created.
		md := "filename " + b64("a.mp4") + ",title " + b64("T") + ",policy " + b64(policyOf(map[string]any{"model": "buy", "payees": payees(1)}))
		r := g.req(t, "POST", "/v1/tus/", nil, "Authorization", "Bearer "+token, "Tus-Resumable", "1.0.0", "Upload-Length", "10", "Upload-Metadata", md)
		if r.StatusCode != 422 || r.problem(t).Code != "invalid_upload" || !strings.Contains(string(r.body), "policy.price") || !strings.Contains(string(r.body), "payee_shares_sum") {
			t.Fatalf("tus with a bad policy: %d %s", r.StatusCode, r.body)
		}
		r = g.req(t, "POST", "/v1/tus/", nil, "Authorization", "Bearer "+token, "Tus-Resumable", "1.0.0", "Upload-Length", "10", "Upload-Metadata", "filename "+b64("a.mp4"))
		if r.StatusCode != 422 || !strings.Contains(string(r.body), `"field":"title"`) {
			t.Fatalf("tus without a title: %d %s", r.StatusCode, r.body)
		}

		// Nothing of any refused upload is stored.
		var n int64
		for _, table := range []string{"uploads", "upload_posters", "content_items"} {
			if err := st.SQL().QueryRow("SELECT COUNT(*) FROM " + table).Scan(&n); err != nil || n != 0 {
				t.Errorf("%s: %d rows, %v", table, n, err)
			}
		}
		ents, _ := os.ReadDir(g.cfg.uploadDir())
		for _, e := range ents {
			if e.Name() != gatewayIDFile {
				t.Errorf("refused uploads left %s", e.Name())
			}
		}
	})
}

// TestUploadPolicyChainDown: when the chain cannot say whether the currency is a contract, the
// upload is a 503 (try again), not a refusal of the policy, and nothing is stored.
func TestUploadPolicyChainDown(t *testing.T) {
	t.Parallel()
	st := storeFor(t)
	g := startGateway(t, st, func(_ *Config, d *Deps) { d.Code = fakeCode{err: errors.New("connection refused")} }, nil)
	token := session(t, st, "alice", time.Now().Add(time.Hour))
	body, ct := form(t, [][2]string{{"title", "T"}, {"policy", policyOf(map[string]any{"model": "buy", "price": "5", "currency": tokenAddr.Hex()})}}, nil, []byte("x"))
	r := g.req(t, "POST", "/v1/uploads", body, "Authorization", "Bearer "+token, "Content-Type", ct)
	if r.StatusCode != 503 || r.problem(t).Code != "unavailable" {
		t.Fatalf("%d %s, want 503 unavailable", r.StatusCode, r.body)
	}
	// A native-coin price needs no chain.
	body, ct = form(t, [][2]string{{"title", "T"}, {"policy", policyOf(map[string]any{"model": "buy", "price": "5"})}}, nil, []byte("x"))
	if r := g.req(t, "POST", "/v1/uploads", body, "Authorization", "Bearer "+token, "Content-Type", ct); r.StatusCode != 202 {
		t.Fatalf("native price: %d %s", r.StatusCode, r.body)
	}
	var n int64
	if err := st.SQL().QueryRow("SELECT COUNT(*) FROM uploads").Scan(&n); err != nil || n != 1 {
		t.Fatalf("uploads %d %v, want only the accepted one", n, err)
	}
}

// TestUploadMetadataPosterAndPolicy uploads with every field (multipart) and through tus, and
// follows the metadata to the upload, the content row, the poster and the ERC-721 metadata.
func TestUploadMetadataPosterAndPolicy(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, st *store.Store) {
		g := startGateway(t, st, func(_ *Config, d *Deps) { d.Code = fakeCode{code: map[common.Address]bool{tokenAddr: true}} }, nil)
		token := session(t, st, "alice", time.Now().Add(time.Hour))
		poster := testPNG(t)
		pol := map[string]any{"model": "rent", "price": "2500", "currency": tokenAddr.Hex(), "duration_seconds": 172800, "royalty_bps": 250,
			"payees": []map[string]any{{"account": carol.Hex(), "share_bps": 3000}, {"account": "", "share_bps": 7000}}}
		data := randomBytes(t, 40<<10)
		body, ct := form(t, [][2]string{{"title", "  The Film  "}, {"description", "Line one.\nLine two."}, {"policy", policyOf(pol)}}, poster, data)
		r := g.req(t, "POST", "/v1/uploads", body, "Authorization", "Bearer "+token, "Content-Type", ct)
		if r.StatusCode != 202 {
			t.Fatalf("upload: %d %s", r.StatusCode, r.body)
		}
		var u uploadJSON
		r.decode(t, &u)
		u = g.waitUpload(t, token, u.ID)
		g.checkSealed(t, u, data)
		if u.Title != "The Film" || u.Description != "Line one.\nLine two." || u.MimeType != "video/mp4" || u.Policy == nil ||
			u.Policy.Model != "rent" || u.Policy.Price != "2500" || u.Policy.Currency != tokenAddr.Hex() || u.Policy.DurationSeconds != 172800 ||
			u.Policy.RoyaltyBps != 250 || len(u.Policy.Payees) != 2 || u.Policy.Payees[0].Account != carol.Hex() || u.Policy.Payees[1].ShareBps != 7000 ||
			u.PosterURL != g.url+"/v1/posters/"+u.ID || u.MetadataURI != g.url+"/v1/metadata/"+u.ID+".json" {
			t.Fatalf("upload %+v policy %+v", u, u.Policy)
		}
		item, err := st.ContentByUpload(context.Background(), u.ID)
		if err != nil || item.Title != "The Film" || item.Policy.Kind != store.PolicyRent || item.Policy.Price != "2500" || item.Policy.DurationSeconds != 172800 ||
			item.Policy.RoyaltyBps != 250 || item.PosterType != "image/png" || item.MetadataURI != u.MetadataURI {
			t.Fatalf("content row %+v %v", item, err)
		}

		// The poster, cached by ETag.
		r = g.req(t, "GET", "/v1/posters/"+u.ID, nil)
		if r.StatusCode != 200 || r.Header.Get("Content-Type") != "image/png" || !bytes.Equal(r.body, poster) ||
			r.Header.Get("ETag") == "" || !strings.HasPrefix(r.Header.Get("Cache-Control"), "public, max-age=") {
			t.Fatalf("poster: %d %v", r.StatusCode, r.Header)
		}
		if r2 := g.req(t, "GET", "/v1/posters/"+u.ID, nil, "If-None-Match", r.Header.Get("ETag")); r2.StatusCode != 304 {
			t.Fatalf("poster revalidation: %d", r2.StatusCode)
		}
		// The ERC-721 metadata.
		r = g.req(t, "GET", "/v1/metadata/"+u.ID+".json", nil)
		var md metadataJSON
		r.decode(t, &md)
		if r.StatusCode != 200 || md.Name != "The Film" || md.Description != "Line one.\nLine two." || md.Image != u.PosterURL || md.ExternalURL != "" {
			t.Fatalf("metadata: %d %s", r.StatusCode, r.body)
		}
		if !strings.Contains(string(r.body), `"trait_type":"Access","value":"rent"`) || !strings.Contains(string(r.body), `"trait_type":"Rental seconds","value":172800`) {
			t.Fatalf("metadata attributes: %s", r.body)
		}
		for _, bad := range []string{"/v1/metadata/" + u.ID, "/v1/metadata/" + strings.Repeat("0", 32) + ".json", "/v1/posters/zz"} {
			if r := g.req(t, "GET", bad, nil); r.StatusCode != 400 && r.StatusCode != 404 {
				t.Errorf("GET %s: %d", bad, r.StatusCode)
			}
		}

		// PUT replaces the poster until registration; a bad image is refused.
		jpeg := append([]byte{0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0}, make([]byte, 100)...)
		r = g.req(t, "PUT", "/v1/uploads/"+u.ID+"/poster", bytes.NewReader(jpeg), "Authorization", "Bearer "+token, "Content-Type", "image/jpeg")
		if r.StatusCode != 200 {
			t.Fatalf("PUT poster: %d %s", r.StatusCode, r.body)
		}
		if r := g.req(t, "GET", "/v1/posters/"+u.ID, nil); r.Header.Get("Content-Type") != "image/jpeg" {
			t.Fatalf("poster after PUT: %v", r.Header)
		}
		r = g.req(t, "PUT", "/v1/uploads/"+u.ID+"/poster", strings.NewReader("<svg/>"), "Authorization", "Bearer "+token, "Content-Type", "image/svg+xml")
		if r.StatusCode != 422 || !strings.Contains(string(r.body), "unsupported_type") {
			t.Fatalf("PUT svg: %d %s", r.StatusCode, r.body)
		}
		if r := g.req(t, "PUT", "/v1/uploads/"+u.ID+"/poster", bytes.NewReader(poster)); r.StatusCode != 401 {
			t.Fatalf("PUT without a session: %d", r.StatusCode)
		}

		// tus carries the same metadata as Upload-Metadata; its poster comes by PUT.
		tdata := randomBytes(t, 20<<10)
		md2 := "filename " + b64("talk.webm") + ",title " + b64("A Talk") + ",description " + b64("Slides too") +
			",policy " + b64(policyOf(map[string]any{"model": "buy", "price": "9"}))
		r = g.req(t, "POST", "/v1/tus/", nil, "Authorization", "Bearer "+token, "Tus-Resumable", "1.0.0", "Upload-Length", strconv.Itoa(len(tdata)), "Upload-Metadata", md2)
		if r.StatusCode != 201 {
			t.Fatalf("tus create: %d %s", r.StatusCode, r.body)
		}
		tid := strings.TrimPrefix(r.Header.Get("Location"), g.url+"/v1/tus/")
		if r := g.req(t, "PUT", "/v1/uploads/"+tid+"/poster", bytes.NewReader(poster), "Authorization", "Bearer "+token); r.StatusCode != 200 {
			t.Fatalf("PUT poster while receiving: %d %s", r.StatusCode, r.body)
		}
		if r := g.tusPatch(t, token, tid, 0, bytes.NewReader(tdata)); r.StatusCode != 204 {
			t.Fatalf("tus patch: %d %s", r.StatusCode, r.body)
		}
		tu := g.waitUpload(t, token, tid)
		titem, err := st.ContentByUpload(context.Background(), tid)
		if tu.State != store.UploadSealed || err != nil || titem.Title != "A Talk" || titem.Description != "Slides too" || titem.MimeType != "video/webm" ||
			titem.Policy.Kind != store.PolicyBuy || titem.Policy.Price != "9" || titem.PosterType != "image/png" {
			t.Fatalf("tus item %+v %v", titem, err)
		}
	})
}

// TestPolicyFieldsAgreeWithEncoding: a policy that passes the checks round-trips through the
// stored JSON to the same registry policy.
func TestPolicyFieldsAgreeWithEncoding(t *testing.T) {
	t.Parallel()
	raw := policyOf(map[string]any{"model": "exclusive", "subscribers": true, "gate": map[string]any{"kind": "erc1155", "token": nftAddr.Hex(), "id": "12", "amount": "3"}, "royalty_bps": 1000})
	p, bad := policyFields(raw, "policy")
	if len(bad) != 0 {
		t.Fatalf("%+v", bad)
	}
	b, _ := json.Marshal(toRegPolicyJSON(p))
	q, bad := policyFields(string(b), "policy")
	if len(bad) != 0 || q.StructHash() != p.StructHash() {
		t.Fatalf("round trip: %+v %s", bad, b)
	}
	if fmt.Sprint(q.GateID, q.GateAmount, q.Subscribers, q.RoyaltyBps) != "12 3 true 1000" {
		t.Fatalf("%+v", q)
	}
}

// FuzzPolicyFields: the policy parser never panics, and what it accepts encodes and parses back
// to the same policy.
func FuzzPolicyFields(f *testing.F) {
	f.Add(`{"model":"buy","price":"5","payees":[{"account":"0x0000000000000000000000000000000000000001","share_bps":10000}]}`)
	f.Add(`{"model":"rent","price":1,"duration_seconds":1e3}`)
	f.Add(`{"model":"exclusive","gate":{"kind":"erc20","token":"0x0000000000000000000000000000000000000001","amount":"1"}}`)
	f.Add(``)
	f.Fuzz(func(t *testing.T, raw string) {
		p, bad := policyFields(raw, "policy")
		if len(bad) > 0 {
			return
		}
		b, _ := json.Marshal(toRegPolicyJSON(p))
		q, bad := policyFields(string(b), "policy")
		if len(bad) != 0 || q.StructHash() != p.StructHash() {
			t.Fatalf("accepted %q but its encoding %s does not parse back: %+v", raw, b, bad)
		}
	})
}

// TestUploadFieldAfterFileRefused: metadata must come before the file (it is checked before the
// bytes are stored); a field after the file fails the upload and its bytes are deleted.
func TestUploadFieldAfterFileRefused(t *testing.T) {
	t.Parallel()
	st := storeFor(t)
	g := startGateway(t, st, nil, nil)
	token := session(t, st, "alice", time.Now().Add(time.Hour))
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	_ = w.WriteField("title", "T")
	fw, _ := w.CreateFormFile("file", "a.mp4")
	_, _ = fw.Write([]byte("bytes"))
	_ = w.WriteField("policy", `{"model":"buy","price":"5"}`)
	_ = w.Close()
	r := g.req(t, "POST", "/v1/uploads", &buf, "Authorization", "Bearer "+token, "Content-Type", w.FormDataContentType())
	if r.StatusCode != 400 || r.problem(t).Code != "invalid_parameter" || !strings.Contains(string(r.body), "last part") {
		t.Fatalf("%d %s", r.StatusCode, r.body)
	}
	us, err := st.UploadsByCreator(context.Background(), alice, 10)
	if err != nil || len(us) != 1 || us[0].State != store.UploadFailed {
		t.Fatalf("uploads %+v %v: want one failed", us, err)
	}
	g.checkNothingStored(t, us[0].ID)
}
