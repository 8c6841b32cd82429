package api

import (
	"context"
	"errors"
	"net/http"
	"net/netip"
	"net/url"
	"sync"
	"time"

	"github.com/anacrolix/generics"
	"github.com/anacrolix/torrent/bencode"
	"github.com/anacrolix/torrent/tracker"
	httpTrackerServer "github.com/anacrolix/torrent/tracker/http/server"
	trackerServer "github.com/anacrolix/torrent/tracker/server"
	"github.com/anacrolix/torrent/tracker/udp"
	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"
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
	httpTrackerServer.Handler{
		Announce: s.announce,
		RequestHost: func(*http.Request) (netip.Addr, error) {
			a, err := netip.ParseAddr(c.ClientIP())
			return a.Unmap(), err
		},
	}.ServeHTTP(c.Writer, c.Request)
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
