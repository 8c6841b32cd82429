package api

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/anacrolix/torrent/metainfo"
	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/swarmgate/swarmgate/store"
)

// ErrOriginUnavailable means the origin chore cannot run on this gateway: it has no keyring,
// so no tracker passkeys and no content store.
var ErrOriginUnavailable = errors.New("origin seeding needs the gateway's keyring (tracker passkeys, content store)")

// Origin is the gateway's own seeder, which the origin chore hands every registered item whose
// ciphertext is in this gateway's content store (seeder.Node satisfies it). AddTorrent must be
// idempotent, seed dir in place, and replace the item's trackers with mi's when it already
// seeds it. SetFree says whether an item is served without receipts (the chore calls it for
// every item it hands over, and again when the item's policy changes); it must be idempotent.
// Collector is the origin's Prometheus collector, served on the gateway's /metrics with the
// label seeder="origin" while the chore runs.
type Origin interface {
	AddTorrent(ctx context.Context, mi *metainfo.MetaInfo, dir string) error
	SetFree(ih metainfo.Hash, free bool)
	Collector() prometheus.Collector
}

// OriginConfig configures the origin chore.
type OriginConfig struct {
	// Account is the origin seeder's payout account; its tracker passkey names it.
	Account common.Address
	// Poll is how often the catalog is checked for newly registered items (0: DefaultOriginPoll).
	Poll time.Duration
	// PasskeyTTL is the lifetime of the origin's tracker passkey; a new one is handed to the
	// origin at half of it (0: DefaultOriginPasskeyTTL).
	PasskeyTTL time.Duration
}

// Origin defaults.
const (
	DefaultOriginPoll       = 3 * time.Second
	DefaultOriginPasskeyTTL = 7 * 24 * time.Hour
)

// policyLookback is how far before its previous look the chore reads policy changes again: a
// change is stamped with the clock of whichever gateway indexed it, and its transaction may
// commit a moment after the stamp.
const policyLookback = time.Minute

// originItem is an item handed to the origin.
type originItem struct {
	mi  *metainfo.MetaInfo
	dir string
}

// originChore is RunOrigin's state.
type originChore struct {
	s       *Server
	o       Origin
	cfg     OriginConfig
	dir     string
	seen    map[string]bool // content ids handled (handed over, or not stored here)
	retry   map[string]bool // content ids whose hand-over failed, tried again every poll
	added   map[metainfo.Hash]originItem
	ids     map[string]metainfo.Hash // content ids of the items handed over
	checked time.Time                // start of the last look at policy changes
	pk      string
	renew   time.Time
}

// RunOrigin runs the origin chore until ctx ends: at start and every cfg.Poll it hands o every
// registered item of the catalog whose ciphertext is in this gateway's content store
// (ContentDir/<info hash hex>/<torrent name>), with the embedded tracker's announce URL and a
// passkey for cfg.Account in the torrent's announce list (in memory only), so viewers with
// passkeys find the origin through the tracker. Items whose policy is free are served without
// receipts (the whole item to any BitTorrent client); the chore follows policy changes the
// indexer records. Items the origin refuses are retried at each poll; database errors are
// logged and retried. The passkey is renewed at half its lifetime. It returns nil when ctx
// ends.
func (s *Server) RunOrigin(ctx context.Context, o Origin, cfg OriginConfig) error {
	if s.passkeys == nil || s.deps.Keys == nil {
		return ErrOriginUnavailable
	}
	if o == nil {
		return fmt.Errorf("%w: no origin seeder given", ErrMissingDependency)
	}
	if cfg.Poll <= 0 {
		cfg.Poll = DefaultOriginPoll
	}
	if cfg.PasskeyTTL <= 0 {
		cfg.PasskeyTTL = DefaultOriginPasskeyTTL
	}
	c := &originChore{s: s, o: o, cfg: cfg, dir: s.cfg.contentDir(), checked: s.now(),
		seen: map[string]bool{}, retry: map[string]bool{}, added: map[metainfo.Hash]originItem{}, ids: map[string]metainfo.Hash{}}
	metrics := prometheus.WrapRegistererWith(prometheus.Labels{"seeder": "origin"}, s.metrics.reg)
	collector := o.Collector()
	if err := metrics.Register(collector); err != nil {
		return fmt.Errorf("origin metrics: %w", err)
	}
	defer metrics.Unregister(collector)
	c.newPasskey()
	log := s.log.With("service", "origin")
	log.Info("origin seeding registered items", "account", cfg.Account, "poll", cfg.Poll)
	tick := time.NewTicker(cfg.Poll)
	defer tick.Stop()
	for {
		if s.now().After(c.renew) {
			c.newPasskey()
			c.reannounce(ctx)
		}
		if err := c.scan(ctx); err != nil && ctx.Err() == nil {
			log.Warn("origin cannot read the catalog; retrying", "err", err)
		}
		if err := c.followPolicies(ctx); err != nil && ctx.Err() == nil {
			log.Warn("origin cannot read policy changes; retrying", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-tick.C:
		}
	}
}

func (c *originChore) newPasskey() {
	now := c.s.now()
	c.pk = c.s.passkeys.Issue(c.cfg.Account, now.Add(c.cfg.PasskeyTTL))
	c.renew = now.Add(c.cfg.PasskeyTTL / 2)
}

// announceURL is the embedded tracker's announce URL with the origin's passkey. It carries a
// credential: never log it.
func (c *originChore) announceURL() string {
	return strings.TrimRight(c.s.cfg.PublicURL, "/") + "/announce/" + c.pk
}

// reannounce gives every item handed over the current passkey.
func (c *originChore) reannounce(ctx context.Context) {
	for ih, it := range c.added {
		c.setAnnounce(it.mi)
		if err := c.o.AddTorrent(ctx, it.mi, it.dir); err != nil && ctx.Err() == nil {
			c.s.log.Warn("origin cannot renew an item's tracker passkey", "service", "origin", "infohash", ih.HexString(), "err", err)
		}
	}
}

func (c *originChore) setAnnounce(mi *metainfo.MetaInfo) {
	mi.Announce = c.announceURL()
	mi.AnnounceList = metainfo.AnnounceList{{mi.Announce}}
}

// scan walks the catalog newest registration first until it reaches an item already handled
// (the indexer lists items in registration order, so anything older was seen), then retries
// the items whose hand-over failed.
func (c *originChore) scan(ctx context.Context) error {
	var after *store.PageCursor
walk:
	for {
		page, err := c.s.deps.Store.ListContent(ctx, store.ContentFilter{After: after, Limit: store.MaxLimit})
		if err != nil {
			return err
		}
		for _, item := range page.Items {
			if item.ContentID == nil {
				continue
			}
			id := *item.ContentID
			if c.seen[id] {
				break walk
			}
			c.seen[id] = true
			c.handOver(ctx, id, item.Policy.Kind == store.PolicyFree)
		}
		if page.Next == nil {
			break
		}
		after = page.Next
	}
	for id := range c.retry {
		if ctx.Err() != nil {
			return nil
		}
		item, err := c.s.deps.Store.Content(ctx, id)
		if err != nil {
			return err
		}
		c.handOver(ctx, id, item.Policy.Kind == store.PolicyFree)
	}
	return nil
}

// followPolicies tells the origin whether each item it seeds is free, for the items whose
// catalog row changed since the chore last looked (less policyLookback).
func (c *originChore) followPolicies(ctx context.Context) error {
	start, since := c.s.now(), c.checked.Add(-policyLookback)
	f := store.ContentFilter{UpdatedSince: &since, Limit: store.MaxLimit}
	for {
		page, err := c.s.deps.Store.ListContent(ctx, f)
		if err != nil {
			return err
		}
		for _, item := range page.Items {
			if ih, ok := c.ids[*item.ContentID]; ok {
				c.o.SetFree(ih, item.Policy.Kind == store.PolicyFree)
			}
		}
		if page.Next == nil {
			break
		}
		f.After = page.Next
	}
	c.checked = start
	return nil
}

// handOver gives the origin one registered item if its ciphertext is stored here, free or
// priced.
func (c *originChore) handOver(ctx context.Context, id string, free bool) {
	log := c.s.log.With("service", "origin", "content_id", id)
	raw, err := c.s.deps.Store.ContentTorrent(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		delete(c.retry, id) // sealed by another gateway: nothing to seed here
		return
	}
	if err != nil {
		c.retry[id] = true
		log.Warn("origin cannot read an item's torrent; retrying", "err", err)
		return
	}
	mi, dir, err := c.local(raw)
	if err != nil {
		delete(c.retry, id)
		log.Warn("origin skips an item whose ciphertext is not in the content store", "err", err)
		return
	}
	c.setAnnounce(mi)
	ih := mi.HashInfoBytes()
	c.o.SetFree(ih, free) // before the item is served, so its first peers get the right terms
	if err := c.o.AddTorrent(ctx, mi, dir); err != nil {
		if ctx.Err() == nil {
			c.retry[id] = true
			log.Warn("origin refused an item; retrying", "err", err)
		}
		return
	}
	delete(c.retry, id)
	if _, ok := c.added[ih]; !ok {
		log.Info("origin seeding item", "infohash", ih.HexString(), "free", free)
	}
	c.added[ih] = originItem{mi: mi, dir: dir}
	c.ids[id] = ih
}

// local parses an item's torrent and finds its ciphertext in the content store.
func (c *originChore) local(raw []byte) (*metainfo.MetaInfo, string, error) {
	mi, info, err := singleFileTorrent(raw)
	if err != nil {
		return nil, "", err
	}
	dir := filepath.Join(c.dir, mi.HashInfoBytes().HexString())
	fi, err := os.Stat(filepath.Join(dir, info.Name))
	if err != nil {
		return nil, "", fmt.Errorf("ciphertext: %w", err)
	}
	if fi.Size() != info.TotalLength() {
		return nil, "", fmt.Errorf("ciphertext is %d bytes, the torrent says %d", fi.Size(), info.TotalLength())
	}
	return mi, dir, nil
}
