package seeder

import (
	"bytes"
	"cmp"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/anacrolix/torrent"
	"github.com/anacrolix/torrent/bencode"
	"github.com/anacrolix/torrent/metainfo"
	"github.com/anacrolix/torrent/storage"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/eip712"
)

var (
	// ErrContentNotFound means the gateway has no torrent for a content id: the item is not
	// registered there, or another gateway sealed it.
	ErrContentNotFound = errors.New("content item not found on the gateway")
	// ErrGatewayRefused means the gateway answered a request with a client error (4xx other than
	// 404 and 429): retrying the same request will not help.
	ErrGatewayRefused = errors.New("gateway refused the request")
	// ErrTorrentMismatch means the gateway's torrent of a content id is not the one the registry
	// records for that id (its info hash differs): the node refuses to seed it.
	ErrTorrentMismatch = errors.New("gateway torrent does not match the registry")
	// ErrGatewayUnavailable means the gateway could not be reached or kept failing (network
	// errors, timeouts, 5xx, 429) after every retry.
	ErrGatewayUnavailable = errors.New("gateway unavailable")
)

// Gateway client limits.
const (
	// DefaultAnnounceTTL is how long an announcement asks to stay in the gateway's directory.
	DefaultAnnounceTTL = time.Hour
	// DefaultPolicyInterval is how often a node that joined a gateway reads its items' policies
	// from the registry, to serve free items free (DESIGN: "everything for content whose policy
	// makes bandwidth free") and to start charging when an item stops being free.
	DefaultPolicyInterval = time.Minute
	// policyTimeout bounds one round of policy reads.
	policyTimeout = 30 * time.Second
	// maxTorrentBytes bounds a .torrent read from the gateway.
	maxTorrentBytes = 32 << 20
	// maxJSONBytes bounds a JSON or problem answer read from the gateway.
	maxJSONBytes = 64 << 10
	// maxAnnouncedHashes is the most info hashes the gateway takes in one announcement.
	maxAnnouncedHashes = 10_000
	// minRenew is the least time between two announcements: the gateway refuses a timestamp
	// (unix seconds) that is not newer than the stored one.
	minRenew = 2 * time.Second
	// webseedPlaceholder stands for the passkey in the web seed URLs given to the torrent
	// client; gatewayTransport puts the current passkey in its place on every request.
	webseedPlaceholder = "passkey"
	// staleRetries is how often a stale_announcement answer is retried with a newer timestamp.
	staleRetries = 2
)

// gatewayClient is the seeder's HTTP client of a gateway's API: every request has a timeout,
// transient failures (network errors, 5xx, 429) are retried with exponential backoff, and
// answers are read with a size bound.
type gatewayClient struct {
	base     string // without a trailing slash
	http     *http.Client
	timeout  time.Duration // per attempt
	attempts int
	backoff  time.Duration // first wait; doubles up to maxWait
	maxWait  time.Duration
	log      *slog.Logger
}

func newGatewayClient(base string, log *slog.Logger) *gatewayClient {
	return &gatewayClient{
		base: strings.TrimRight(base, "/"), http: &http.Client{Transport: newHTTPTransport()},
		timeout: 30 * time.Second, attempts: 5, backoff: 500 * time.Millisecond, maxWait: 30 * time.Second, log: log,
	}
}

// newHTTPTransport is an http.Transport with timeouts on dialling, TLS and response headers.
func newHTTPTransport() *http.Transport {
	return &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: 30 * time.Second,
		IdleConnTimeout:       90 * time.Second,
		MaxConnsPerHost:       10,
	}
}

// problem is the part of the gateway's problem+json answers the seeder reads.
type problem struct {
	Code   string `json:"code"`
	Detail string `json:"detail"`
}

// statusError is one failed attempt: the status and what the gateway said.
type statusError struct {
	status int
	p      problem
}

func (e *statusError) Error() string {
	msg := fmt.Sprintf("HTTP %d", e.status)
	if e.p.Code != "" {
		msg += " " + e.p.Code
	}
	if e.p.Detail != "" {
		msg += ": " + e.p.Detail
	}
	return msg
}

// permanentError is a failure retrying will not mend.
type permanentError struct{ msg string }

func (e *permanentError) Error() string { return e.msg }

func (e *statusError) transient() bool {
	return e.status >= 500 || e.status == http.StatusTooManyRequests || e.status == http.StatusRequestTimeout
}

// do sends method path (with body, a fresh one per attempt) and returns the 200 answer's body,
// at most limit bytes. It retries transient failures; a 4xx ends it at once.
func (g *gatewayClient) do(ctx context.Context, what, method, path string, body func() ([]byte, error), limit int64) ([]byte, error) {
	wait := g.backoff
	var last error
	for attempt := 1; ; attempt++ {
		b, err := g.once(ctx, method, path, body, limit)
		if err == nil {
			return b, nil
		}
		var se *statusError
		var pe *permanentError
		if errors.As(err, &se) && !se.transient() || errors.As(err, &pe) {
			return nil, err
		}
		if ctx.Err() != nil {
			return nil, fmt.Errorf("%s: %w", what, ctx.Err())
		}
		last = err
		if attempt >= g.attempts {
			break
		}
		g.log.Warn("gateway request failed; retrying", "request", what, "attempt", attempt, "retry_in", wait, "err", err)
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("%s: %w", what, ctx.Err())
		case <-time.After(wait):
		}
		wait = min(2*wait, g.maxWait)
	}
	return nil, fmt.Errorf("%s: %w after %d attempts: %v (check that the gateway at %s is up and reachable)", what, ErrGatewayUnavailable, g.attempts, last, g.base)
}

func (g *gatewayClient) once(ctx context.Context, method, path string, body func() ([]byte, error), limit int64) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, g.timeout)
	defer cancel()
	var rd io.Reader
	if body != nil {
		b, err := body()
		if err != nil {
			return nil, err
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, g.base+path, rd)
	if err != nil {
		return nil, err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := g.http.Do(req)
	if err != nil {
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, fmt.Errorf("no answer within %s", g.timeout)
		}
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		se := &statusError{status: resp.StatusCode}
		b, _ := io.ReadAll(io.LimitReader(resp.Body, maxJSONBytes))
		_ = json.Unmarshal(b, &se.p)
		return nil, se
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, fmt.Errorf("answer not read within %s", g.timeout)
		}
		return nil, fmt.Errorf("read answer: %w", err)
	}
	if int64(len(b)) > limit {
		return nil, &permanentError{fmt.Sprintf("the gateway's answer exceeds %d bytes", limit)}
	}
	return b, nil
}

// torrent fetches the .torrent of content item id.
func (g *gatewayClient) torrent(ctx context.Context, id string) (*metainfo.MetaInfo, error) {
	what := "fetch torrent of content " + id
	b, err := g.do(ctx, what, http.MethodGet, "/v1/content/"+id+"/torrent", nil, maxTorrentBytes)
	var se *statusError
	switch {
	case errors.As(err, &se) && se.status == http.StatusNotFound:
		return nil, fmt.Errorf("%s: %w: %s has no torrent for content id %s (is the id right, and was the item sealed by this gateway?)", what, ErrContentNotFound, g.base, id)
	case errors.As(err, &se):
		return nil, fmt.Errorf("%s: %w: %v", what, ErrGatewayRefused, se)
	case err != nil:
		return nil, err
	}
	var mi metainfo.MetaInfo
	if err := bencode.Unmarshal(b, &mi); err != nil {
		return nil, fmt.Errorf("%s: the gateway's answer is not a .torrent file: %v", what, err)
	}
	if _, err := mi.UnmarshalInfo(); err != nil {
		return nil, fmt.Errorf("%s: the torrent's info does not decode: %v", what, err)
	}
	return &mi, nil
}

// announceRequest is the body of POST /v1/seeders/announce.
type announceRequest struct {
	Seeder      string   `json:"seeder"`
	Endpoint    string   `json:"endpoint"`
	PricePerGiB string   `json:"price_per_gib"`
	InfoHashes  []string `json:"info_hashes"`
	Timestamp   uint64   `json:"timestamp"`
	Expiry      uint64   `json:"expiry"`
	Signature   string   `json:"signature"`
}

// announced is the gateway's answer to an announcement.
type announced struct {
	Passkey     string    `json:"passkey"`
	AnnounceURL string    `json:"announce_url"`
	ExpiresAt   time.Time `json:"expires_at"`
}

// announce posts the announcement sign returns, signing a fresh one for each attempt (the
// gateway keeps only announcements newer than the stored one).
func (g *gatewayClient) announce(ctx context.Context, sign func() (announceRequest, error)) (announced, error) {
	const what = "announce to the gateway's seeder directory"
	var (
		b   []byte
		err error
		se  *statusError
	)
	for try := 1; ; try++ {
		b, err = g.do(ctx, what, http.MethodPost, "/v1/seeders/announce", func() ([]byte, error) {
			req, err := sign()
			if err != nil {
				return nil, err
			}
			return json.Marshal(req)
		}, maxJSONBytes)
		// The gateway holds an announcement signed in the same second (a quick restart): sign
		// again a second later, up to staleRetries times.
		if !errors.As(err, &se) || se.p.Code != "stale_announcement" || try > staleRetries {
			break
		}
		select {
		case <-ctx.Done():
			return announced{}, fmt.Errorf("%s: %w", what, ctx.Err())
		case <-time.After(time.Second):
		}
	}
	if errors.As(err, &se) {
		return announced{}, fmt.Errorf("%s: %w: %v", what, ErrGatewayRefused, se)
	}
	if err != nil {
		return announced{}, err
	}
	var a announced
	if err := json.Unmarshal(b, &a); err != nil || a.Passkey == "" || a.AnnounceURL == "" || a.ExpiresAt.IsZero() {
		return announced{}, fmt.Errorf("%s: the gateway's answer lacks passkey, announce_url or expires_at", what)
	}
	if _, err := url.Parse(a.AnnounceURL); err != nil || strings.ContainsAny(a.Passkey, "/?#%") {
		return announced{}, fmt.Errorf("%s: the gateway's answer has a malformed passkey or announce URL", what)
	}
	return a, nil
}

// redact shows the first characters of a secret, enough to tell two apart in logs.
func redact(s string) string {
	if len(s) <= 6 {
		return "…"
	}
	return s[:6] + "…"
}

// gatewayJoin is the chore that joins a gateway (Config.Gateway): it fetches the torrents of
// Config.Contents, announces the node in the gateway's seeder directory (signed with the payout
// key), points those torrents at the gateway's tracker and web seed with the passkey the
// gateway answers, and renews the announcement at half its lifetime.
type gatewayJoin struct {
	n       *Node
	gc      *gatewayClient
	key     *ecdsa.PrivateKey
	payout  common.Address
	domain  eip712.Domain
	ttl     time.Duration
	now     func() time.Time
	webBase *url.URL // {gateway}/v1/webseed/

	// Set by verifyTorrents: where policies are read, and the items' ids and info hashes.
	reg      registryReader
	ids      []*big.Int
	infos    []metainfo.Hash
	policyIn time.Duration

	mu       sync.Mutex
	passkey  string
	announce string
	expires  time.Time
	lastTS   uint64
	items    []*torrent.Torrent // the gateway's items
	count    uint64             // announcements accepted
	failures uint64             // renewals failed
	lastErr  string
}

// status reports the listing.
func (j *gatewayJoin) status() GatewayStatus {
	j.mu.Lock()
	defer j.mu.Unlock()
	return GatewayStatus{URL: j.n.cfg.Gateway, Endpoint: j.n.cfg.PublicAddr, ListedUntil: j.expires, Announcements: j.count,
		RenewalErrors: j.failures, LastError: j.lastErr}
}

func newGatewayJoin(n *Node, key *ecdsa.PrivateKey, payout common.Address, chainID uint64, registry common.Address) (*gatewayJoin, error) {
	web, err := url.Parse(strings.TrimRight(n.cfg.Gateway, "/") + "/v1/webseed/")
	if err != nil {
		return nil, fmt.Errorf("gateway URL: %w", err)
	}
	ttl := n.cfg.AnnounceTTL
	if ttl == 0 {
		ttl = DefaultAnnounceTTL
	}
	return &gatewayJoin{
		n: n, gc: newGatewayClient(n.cfg.Gateway, n.log.With("gateway", n.cfg.Gateway)), key: key, payout: payout,
		domain: eip712.NewDomain(new(big.Int).SetUint64(chainID), registry), ttl: ttl, now: time.Now, webBase: web,
		policyIn: cmp.Or(n.cfg.PolicyInterval, DefaultPolicyInterval),
	}, nil
}

// webseedURL is the BEP 19 URL of item ih; the passkey is filled in by gatewayTransport.
func (j *gatewayJoin) webseedURL(ih metainfo.Hash) string {
	return j.webBase.String() + webseedPlaceholder + "/" + ih.HexString() + "/"
}

// currentPasskey returns the passkey of the newest accepted announcement ("" before the first).
func (j *gatewayJoin) currentPasskey() string {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.passkey
}

// fetchTorrents fetches the torrent of every configured content id.
func (j *gatewayJoin) fetchTorrents(ctx context.Context) ([]*metainfo.MetaInfo, error) {
	out := make([]*metainfo.MetaInfo, 0, len(j.n.cfg.Contents))
	for _, id := range j.n.cfg.Contents {
		mi, err := j.gc.torrent(ctx, id)
		if err != nil {
			return nil, err
		}
		out = append(out, mi)
	}
	return out, nil
}

// registryReader reads registered items (chain.Client).
type registryReader interface {
	Content(ctx context.Context, id *big.Int) (chain.Content, error)
}

// verifyTorrents checks each fetched torrent against the registry: the gateway is trusted for
// bytes only, and the chain says which info hash a content id has. Items whose policy is free
// are served free.
func (j *gatewayJoin) verifyTorrents(ctx context.Context, reg registryReader, mis []*metainfo.MetaInfo) error {
	j.reg, j.ids, j.infos = reg, make([]*big.Int, len(mis)), make([]metainfo.Hash, len(mis))
	for i, mi := range mis {
		id := j.n.cfg.Contents[i]
		n, _ := new(big.Int).SetString(id, 10)
		c, err := reg.Content(ctx, n)
		if errors.Is(err, chain.ErrUnknownContent) {
			return fmt.Errorf("content %s: %w: no item has this id in the registry; check the id", id, err)
		}
		if err != nil {
			return fmt.Errorf("content %s: read the registry: %w", id, err)
		}
		got := mi.HashInfoBytes()
		if !bytes.Equal(c.InfoHash[:20], got[:]) {
			return fmt.Errorf("content %s: %w: the gateway's torrent has info hash %s, the registry records %x",
				id, ErrTorrentMismatch, got.HexString(), c.InfoHash[:20])
		}
		j.ids[i], j.infos[i] = n, got
		j.setFree(got, c.Policy)
	}
	return nil
}

// setFree serves item ih free when its policy is free (an item configured free stays free).
func (j *gatewayJoin) setFree(ih metainfo.Hash, p eip712.Policy) {
	j.n.SetFree(ih, p.Model == eip712.ModelFree || slices.Contains(j.n.cfg.FreeItems, ih))
}

// followPolicies reads the items' policies from the registry every PolicyInterval until ctx
// ends, so that an item turning free or paid is served accordingly. A failed read keeps the
// item as it is and is retried at the next round.
func (j *gatewayJoin) followPolicies(ctx context.Context) {
	t := time.NewTicker(j.policyIn)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		rctx, cancel := context.WithTimeout(ctx, policyTimeout)
		for i, id := range j.ids {
			c, err := j.reg.Content(rctx, id)
			if err != nil {
				if ctx.Err() == nil {
					j.n.log.Warn("cannot read an item's policy; serving it as before", "content", id, "err", err)
				}
				continue
			}
			j.setFree(j.infos[i], c.Policy)
		}
		cancel()
	}
}

// sign builds and signs an announcement of hashes, valid for the TTL from now.
func (j *gatewayJoin) sign(hashes []metainfo.Hash) (announceRequest, error) {
	j.mu.Lock()
	ts := uint64(j.now().Unix())
	if ts <= j.lastTS {
		ts = j.lastTS + 1
	}
	j.lastTS = ts
	j.mu.Unlock()
	a := eip712.Announcement{
		Seeder: j.payout, Endpoint: j.n.cfg.PublicAddr, PricePerGiB: j.n.cfg.PricePerGiB,
		Timestamp: ts, Expiry: ts + uint64(j.ttl/time.Second),
	}
	hexes := make([]string, len(hashes))
	for i, h := range hashes {
		a.InfoHashes = append(a.InfoHashes, [20]byte(h))
		hexes[i] = h.HexString()
	}
	sig, err := a.Sign(j.domain, j.key)
	if err != nil {
		return announceRequest{}, fmt.Errorf("sign announcement: %w", err)
	}
	return announceRequest{
		Seeder: a.Seeder.Hex(), Endpoint: a.Endpoint, PricePerGiB: a.PricePerGiB.String(), InfoHashes: hexes,
		Timestamp: a.Timestamp, Expiry: a.Expiry, Signature: hexutil.Encode(sig),
	}, nil
}

// hashes lists what the announcement names: the gateway's items first, then the node's other
// items (others), at most maxAnnouncedHashes.
func (j *gatewayJoin) hashes(others []*torrent.Torrent) []metainfo.Hash {
	seen := map[metainfo.Hash]bool{}
	var out []metainfo.Hash
	addAll := func(ts []*torrent.Torrent) {
		for _, t := range ts {
			if ih := t.InfoHash(); !seen[ih] {
				seen[ih] = true
				out = append(out, ih)
			}
		}
	}
	j.mu.Lock()
	addAll(j.items)
	j.mu.Unlock()
	addAll(others)
	if len(out) > maxAnnouncedHashes {
		j.n.log.Warn("the node seeds more items than one announcement may list; the gateway lists the first ones",
			"items", len(out), "announced", maxAnnouncedHashes)
		out = out[:maxAnnouncedHashes]
	}
	return out
}

// announceOnce announces the node with its items (the gateway's and others) and applies the
// passkey the gateway answers.
func (j *gatewayJoin) announceOnce(ctx context.Context, others []*torrent.Torrent) error {
	hashes := j.hashes(others)
	a, err := j.gc.announce(ctx, func() (announceRequest, error) { return j.sign(hashes) })
	if err != nil {
		return err
	}
	j.mu.Lock()
	changed := a.Passkey != j.passkey
	j.passkey, j.announce, j.expires = a.Passkey, a.AnnounceURL, a.ExpiresAt
	j.count++
	j.lastErr = ""
	items := append([]*torrent.Torrent(nil), j.items...)
	j.mu.Unlock()
	if changed {
		for _, t := range items {
			t.ModifyTrackers([][]string{{a.AnnounceURL}})
		}
	}
	j.n.log.Info("announced to the gateway's seeder directory", "endpoint", j.n.cfg.PublicAddr, "items", len(hashes),
		"expires_at", a.ExpiresAt, "passkey", redact(a.Passkey))
	return nil
}

// start adds the gateway's items to client (storage DataDir/content/<info hash>/), announces the
// node with them and the node's other items, and gives the gateway's items its tracker and web
// seed. It returns the items; the caller starts fetching them.
func (j *gatewayJoin) start(ctx context.Context, client *torrent.Client, mis []*metainfo.MetaInfo, others []*torrent.Torrent) ([]*torrent.Torrent, error) {
	var ts []*torrent.Torrent
	for i, mi := range mis {
		spec, err := torrent.TorrentSpecFromMetaInfoErr(mi)
		if err != nil {
			return nil, fmt.Errorf("torrent of content %s: %w", j.n.cfg.Contents[i], err)
		}
		spec.Trackers = nil // the gateway's tracker needs the passkey; set once announced
		spec.Webseeds, spec.Sources = nil, nil
		spec.Storage = j.n.gatewayStorage
		t, _, err := client.AddTorrentSpec(spec)
		if err != nil {
			return nil, fmt.Errorf("add torrent of content %s: %w", j.n.cfg.Contents[i], err)
		}
		j.n.log.Info("seeding gateway item", "content", j.n.cfg.Contents[i], "infohash", t.InfoHash().HexString())
		ts = append(ts, t)
	}
	j.mu.Lock()
	j.items = ts
	j.mu.Unlock()
	if err := j.announceOnce(ctx, others); err != nil {
		return nil, err
	}
	for _, t := range ts {
		t.AddWebSeeds([]string{j.webseedURL(t.InfoHash())})
	}
	return ts, nil
}

// run renews the announcement at half its lifetime until ctx ends. A failed renewal is logged
// and retried with backoff; the tracker and web seed keep the old passkey until then.
func (j *gatewayJoin) run(ctx context.Context) {
	wait := j.gc.backoff
	for {
		j.mu.Lock()
		next := max(j.expires.Sub(j.now())/2, minRenew)
		j.mu.Unlock()
		select {
		case <-ctx.Done():
			return
		case <-time.After(next):
		}
		for {
			err := j.announceOnce(ctx, j.n.Torrents())
			if err == nil {
				wait = j.gc.backoff
				break
			}
			if ctx.Err() != nil {
				return
			}
			j.mu.Lock()
			left := j.expires.Sub(j.now())
			j.failures++
			j.lastErr = err.Error()
			j.mu.Unlock()
			j.n.log.Error("cannot renew the announcement to the gateway; retrying", "retry_in", wait, "listed_for", max(left, 0), "err", err)
			select {
			case <-ctx.Done():
				return
			case <-time.After(wait):
			}
			wait = min(2*wait, j.gc.maxWait)
		}
	}
}

// gatewayTransport puts the current passkey into the torrent client's web seed requests to the
// gateway ({gateway}/v1/webseed/passkey/<info hash>/<name>). anacrolix/torrent cannot remove a
// web seed, so each item gets one web seed URL for good and the passkey, which changes at every
// renewal, is filled in here; it also keeps the passkey out of the torrent client's logs.
type gatewayTransport struct {
	base    http.RoundTripper
	prefix  *url.URL // {gateway}/v1/webseed/
	passkey func() string
}

func (t *gatewayTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	u := req.URL
	ph := t.prefix.Path + webseedPlaceholder + "/"
	if u.Scheme != t.prefix.Scheme || u.Host != t.prefix.Host || !strings.HasPrefix(u.Path, ph) {
		return t.base.RoundTrip(req)
	}
	pk := t.passkey()
	if pk == "" {
		if req.Body != nil {
			_ = req.Body.Close()
		}
		return nil, errors.New("no gateway passkey yet: the node has not been listed in the gateway's seeder directory")
	}
	r := req.Clone(req.Context())
	nu := *u
	nu.Path = t.prefix.Path + pk + "/" + strings.TrimPrefix(u.Path, ph)
	if u.RawPath != "" {
		nu.RawPath = t.prefix.EscapedPath() + pk + "/" + strings.TrimPrefix(u.RawPath, t.prefix.EscapedPath()+webseedPlaceholder+"/")
	}
	r.URL = &nu
	return t.base.RoundTrip(r)
}

// sharedCompletion is the client's piece completion shared with the gateway items' storage; only
// the client's default storage closes it.
type sharedCompletion struct{ storage.PieceCompletion }

func (sharedCompletion) Close() error { return nil }

// Persistent reports what the shared completion reports.
func (s sharedCompletion) Persistent() bool {
	p, ok := s.PieceCompletion.(storage.PieceCompletionPersistenter)
	return ok && p.Persistent()
}

// gatewayItemDir keeps each gateway item in its own directory, DataDir/content/<info hash>/,
// as the gateway does: two items may have the same name.
func gatewayItemDir(base string, _ *metainfo.Info, ih metainfo.Hash) string {
	return filepath.Join(base, ih.HexString())
}
