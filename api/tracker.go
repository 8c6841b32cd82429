package api

import (
	"context"
	"errors"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"sync"
	"time"

	"github.com/anacrolix/generics"
	"github.com/anacrolix/torrent/bencode"
	"github.com/anacrolix/torrent/tracker"
	trackerServer "github.com/anacrolix/torrent/tracker/server"
	"github.com/anacrolix/torrent/tracker/udp"
	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/swarmgate/swarmgate/store"
)

// swarmTracker is the embedded BitTorrent tracker's peer store (it implements
// trackerServer.AnnounceTracker). Peers live in memory only, per info hash, at most maxPeers
// per torrent; a peer that has not announced for two intervals is forgotten. Which torrents
// it tracks is decided before an announce reaches it (passkey, catalog).
type swarmTracker struct {
	interval time.Duration
	ttl      time.Duration
	maxPeers int
	now      func() time.Time

	mu     sync.Mutex
	swarms map[[20]byte]map[netip.AddrPort]trackedPeer
}

type trackedPeer struct {
	seeder  bool
	expires time.Time
}

func newSwarmTracker(interval time.Duration, maxPeers int, now func() time.Time) *swarmTracker {
	return &swarmTracker{interval: interval, ttl: 2 * interval, maxPeers: maxPeers, now: now, swarms: map[[20]byte]map[netip.AddrPort]trackedPeer{}}
}

// TrackAnnounce records (or, on "stopped", forgets) the announcing peer.
func (t *swarmTracker) TrackAnnounce(_ context.Context, req udp.AnnounceRequest, addr trackerServer.AnnounceAddr) error {
	now := t.now()
	t.mu.Lock()
	defer t.mu.Unlock()
	sw := t.swarms[req.InfoHash]
	if req.Event == tracker.Stopped {
		delete(sw, addr)
		if len(sw) == 0 {
			delete(t.swarms, req.InfoHash)
		}
		return nil
	}
	if sw == nil {
		sw = map[netip.AddrPort]trackedPeer{}
		t.swarms[req.InfoHash] = sw
	}
	if _, ok := sw[addr]; !ok && len(sw) >= t.maxPeers {
		evictOne(sw, now)
	}
	sw[addr] = trackedPeer{seeder: req.Left == 0, expires: now.Add(t.ttl)}
	return nil
}

// evictOne drops the expired peers of a full swarm, or else the one that announced longest ago.
func evictOne(sw map[netip.AddrPort]trackedPeer, now time.Time) {
	var oldest netip.AddrPort
	var oldestAt time.Time
	dropped := false
	for a, p := range sw {
		if !p.expires.After(now) {
			delete(sw, a)
			dropped = true
			continue
		}
		if oldestAt.IsZero() || p.expires.Before(oldestAt) {
			oldest, oldestAt = a, p.expires
		}
	}
	if !dropped && !oldestAt.IsZero() {
		delete(sw, oldest)
	}
}

// Scrape reports seeders and leechers per torrent.
func (t *swarmTracker) Scrape(_ context.Context, hashes []trackerServer.InfoHash) ([]udp.ScrapeInfohashResult, error) {
	now := t.now()
	t.mu.Lock()
	defer t.mu.Unlock()
	out := make([]udp.ScrapeInfohashResult, len(hashes))
	for i, h := range hashes {
		for _, p := range t.swarms[h] {
			if !p.expires.After(now) {
				continue
			}
			if p.seeder {
				out[i].Seeders++
			} else {
				out[i].Leechers++
			}
		}
	}
	return out, nil
}

// GetPeers returns live peers of a torrent other than the one asking, at most opts.MaxCount.
func (t *swarmTracker) GetPeers(_ context.Context, ih trackerServer.InfoHash, opts trackerServer.GetPeersOpts, remote trackerServer.AnnounceAddr) trackerServer.ServerAnnounceResult {
	now := t.now()
	t.mu.Lock()
	defer t.mu.Unlock()
	var res trackerServer.ServerAnnounceResult
	var seeders, leechers int32
	limit := opts.MaxCount.UnwrapOr(200)
	for a, p := range t.swarms[ih] { // map order is random: every asker sees another sample
		if !p.expires.After(now) {
			continue
		}
		if p.seeder {
			seeders++
		} else {
			leechers++
		}
		if a != remote && uint(len(res.Peers)) < limit {
			res.Peers = append(res.Peers, trackerServer.PeerInfo{AnnounceAddr: a})
		}
	}
	res.Interval = generics.Some(int32(t.interval / time.Second))
	res.Seeders, res.Leechers = generics.Some(seeders), generics.Some(leechers)
	return res
}

// sweep forgets expired peers and empty swarms.
func (t *swarmTracker) sweep() {
	now := t.now()
	t.mu.Lock()
	defer t.mu.Unlock()
	for h, sw := range t.swarms {
		for a, p := range sw {
			if !p.expires.After(now) {
				delete(sw, a)
			}
		}
		if len(sw) == 0 {
			delete(t.swarms, h)
		}
	}
}

// peers counts the live peers of a torrent (tests, metrics).
func (t *swarmTracker) peers(ih [20]byte) int {
	now := t.now()
	t.mu.Lock()
	defer t.mu.Unlock()
	n := 0
	for _, p := range t.swarms[ih] {
		if p.expires.After(now) {
			n++
		}
	}
	return n
}

// run sweeps every interval until ctx ends.
func (t *swarmTracker) run(ctx context.Context) {
	tick := time.NewTicker(t.interval)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
			t.sweep()
		}
	}
}

// knownHashes caches which info hashes the catalog holds (only positive answers, for a
// minute), so a busy swarm does not ask the database on every announce.
type knownHashes struct {
	mu    sync.Mutex
	until map[[20]byte]time.Time
}

const (
	knownHashTTL = time.Minute
	knownHashMax = 100_000
)

// trackerFailure answers an announce with a bencoded failure reason, as BitTorrent clients
// expect (status 200: clients show the reason only then).
func trackerFailure(c *gin.Context, reason string) {
	body, _ := bencode.Marshal(map[string]string{"failure reason": reason})
	c.Header("Cache-Control", "no-store")
	c.Data(http.StatusOK, "text/plain; charset=utf-8", body)
	c.Abort()
}

// trackerAnnounce is GET /announce/{passkey}: the embedded tracker. Only holders of a valid
// passkey (viewers get one with their content key, seeders with a directory announcement) may
// announce, and only torrents the catalog knows are tracked.
func (s *Server) trackerAnnounce(c *gin.Context) {
	if s.passkeys == nil {
		trackerFailure(c, "the tracker is off on this gateway")
		return
	}
	if _, err := s.passkeys.Verify(c.Param("passkey"), s.now()); err != nil {
		s.swarmMetrics.trackerRefusals.WithLabelValues("passkey").Inc()
		if errors.Is(err, ErrPasskeyExpired) {
			trackerFailure(c, "your tracker passkey has expired; ask the gateway for a new announce URL")
		} else {
			trackerFailure(c, "this announce URL has no valid tracker passkey; ask the gateway for one")
		}
		return
	}
	q, err := url.ParseQuery(c.Request.URL.RawQuery)
	ih := q.Get("info_hash")
	if err != nil || len(ih) != 20 || len(q.Get("peer_id")) != 20 {
		trackerFailure(c, "malformed announce: info_hash and peer_id must be 20 bytes each")
		return
	}
	var event tracker.AnnounceEvent
	if err := event.UnmarshalText([]byte(q.Get("event"))); err != nil {
		trackerFailure(c, "malformed announce: event must be started, stopped, completed or empty")
		return
	}
	port, err := strconv.ParseUint(q.Get("port"), 10, 16)
	if err != nil || port == 0 {
		trackerFailure(c, "malformed announce: port must be a TCP port from 1 to 65535")
		return
	}
	left, err := strconv.ParseInt(q.Get("left"), 10, 64)
	if err != nil {
		left = -1 // unknown: neither a seeder nor counted as one
	}
	host, err := netip.ParseAddr(c.ClientIP())
	if err != nil {
		trackerFailure(c, "the tracker cannot tell your address")
		return
	}
	var h [20]byte
	copy(h[:], ih)
	known, err := s.knownInfoHash(c.Request.Context(), h)
	if err != nil {
		s.log.WarnContext(c.Request.Context(), "tracker cannot look up info hash", "request_id", requestID(c), "err", err)
		trackerFailure(c, "the tracker cannot check this torrent right now; retry later")
		return
	}
	if !known {
		s.swarmMetrics.trackerRefusals.WithLabelValues("unknown_torrent").Inc()
		trackerFailure(c, "this tracker only tracks torrents in the gateway's catalog")
		return
	}
	s.swarmMetrics.trackerAnnounces.Inc()
	req := tracker.AnnounceRequest{InfoHash: h, Event: event, Port: uint16(port), NumWant: -1, Left: left}
	copy(req.PeerId[:], q.Get("peer_id"))
	res := s.announce.Serve(c.Request.Context(), req, netip.AddrPortFrom(host.Unmap(), uint16(port)),
		trackerServer.GetPeersOpts{MaxCount: generics.Some[uint](trackerMaxPeers)})
	if res.Err != nil {
		s.log.WarnContext(c.Request.Context(), "tracker cannot serve announce", "request_id", requestID(c), "err", res.Err)
		trackerFailure(c, "the tracker cannot serve this announce right now; retry later")
		return
	}
	// The seeder directory's entries for this torrent are peers too: seeders list themselves
	// there rather than announce, and any BitTorrent client should find them.
	if dir, err := s.deps.Store.SeedersFor(c.Request.Context(), h, s.now(), trackerDirectoryPeers); err != nil {
		s.log.WarnContext(c.Request.Context(), "tracker cannot read the seeder directory", "request_id", requestID(c), "err", err)
	} else {
		res.Peers = withDirectory(res.Peers, dir, trackerMaxPeers)
	}
	body, err := bencode.Marshal(newAnnounceResponse(res))
	if err != nil {
		s.abort(c, err)
		return
	}
	c.Header("Cache-Control", "no-store")
	c.Data(http.StatusOK, "text/plain; charset=utf-8", body)
}

// Tracker answer sizes.
const (
	// trackerMaxPeers is the most peers one announce answer lists.
	trackerMaxPeers = 200
	// trackerDirectoryPeers is the most directory seeders (cheapest first) added to an answer.
	trackerDirectoryPeers = 50
)

// withDirectory adds the directory seeders whose endpoint is an IP address and port to peers,
// each once, up to max peers in all; directory seeders come first (they hold the whole item).
func withDirectory(peers []trackerServer.PeerInfo, dir []store.Seeder, max int) []trackerServer.PeerInfo {
	out := make([]trackerServer.PeerInfo, 0, min(max, len(peers)+len(dir)))
	seen := map[netip.AddrPort]bool{}
	add := func(a netip.AddrPort) {
		a = netip.AddrPortFrom(a.Addr().Unmap(), a.Port())
		if len(out) < max && !seen[a] && a.Port() != 0 && !a.Addr().IsUnspecified() {
			seen[a] = true
			out = append(out, trackerServer.PeerInfo{AnnounceAddr: a})
		}
	}
	for _, sd := range dir {
		if a, err := netip.ParseAddrPort(sd.Endpoint); err == nil {
			add(a)
		}
	}
	for _, p := range peers {
		add(p.AnnounceAddr)
	}
	return out
}

// announceResponse is a successful announce answer (BEP 3, compact peers per BEP 23, IPv6 peers
// per BEP 7). It is encoded here rather than by anacrolix's tracker/http/server, whose answer
// always carries a "failure reason" key, empty on success: aria2c (and libtorrent-based
// clients) read any such key as a failure and never connect.
type announceResponse struct {
	Interval   int32  `bencode:"interval"`
	Complete   int32  `bencode:"complete"`
	Incomplete int32  `bencode:"incomplete"`
	Peers      string `bencode:"peers"`
	Peers6     string `bencode:"peers6,omitempty"`
}

func newAnnounceResponse(res trackerServer.ServerAnnounceResult) announceResponse {
	out := announceResponse{Interval: res.Interval.UnwrapOr(5 * 60), Complete: res.Seeders.Value, Incomplete: res.Leechers.Value}
	var v4, v6 []byte
	for _, p := range res.Peers {
		a := p.Addr().Unmap()
		switch {
		case a.Is4():
			b := a.As4()
			v4 = append(append(v4, b[:]...), byte(p.Port()>>8), byte(p.Port()))
		case a.Is6():
			b := a.As16()
			v6 = append(append(v6, b[:]...), byte(p.Port()>>8), byte(p.Port()))
		}
	}
	out.Peers, out.Peers6 = string(v4), string(v6)
	return out
}

func (s *Server) knownInfoHash(ctx context.Context, h [20]byte) (bool, error) {
	now := s.now()
	k := &s.known
	k.mu.Lock()
	until, ok := k.until[h]
	k.mu.Unlock()
	if ok && now.Before(until) {
		return true, nil
	}
	yes, err := s.deps.Store.HasInfoHash(ctx, h)
	if err != nil || !yes {
		return false, err
	}
	k.mu.Lock()
	if k.until == nil || len(k.until) >= knownHashMax {
		k.until = map[[20]byte]time.Time{}
	}
	k.until[h] = now.Add(knownHashTTL)
	k.mu.Unlock()
	return true, nil
}

// swarmMetrics are the upload, sealing and tracker series.
type swarmMetrics struct {
	trackerAnnounces prometheus.Counter
	trackerRefusals  *prometheus.CounterVec
	uploadsSealed    prometheus.Counter
	bytesSealed      prometheus.Counter
}

func newSwarmMetrics(reg *prometheus.Registry) *swarmMetrics {
	m := &swarmMetrics{
		trackerAnnounces: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: "swarmgate", Subsystem: "tracker", Name: "announces_total",
			Help: "Tracker announces accepted.",
		}),
		trackerRefusals: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "swarmgate", Subsystem: "tracker", Name: "refusals_total",
			Help: "Tracker announces refused, by reason (passkey, unknown_torrent).",
		}, []string{"reason"}),
		uploadsSealed: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: "swarmgate", Subsystem: "uploads", Name: "sealed_total",
			Help: "Uploads sealed into the content store.",
		}),
		bytesSealed: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: "swarmgate", Subsystem: "uploads", Name: "sealed_bytes_total",
			Help: "Plaintext bytes sealed into the content store.",
		}),
	}
	reg.MustRegister(m.trackerAnnounces, m.trackerRefusals, m.uploadsSealed, m.bytesSealed)
	return m
}
