package seeder

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"

	"github.com/anacrolix/torrent"
	"github.com/anacrolix/torrent/metainfo"
	"github.com/anacrolix/torrent/storage"
)

var (
	// ErrTooManyItems means the node already seeds Config.MaxItems items.
	ErrTooManyItems = errors.New("seeder node seeds as many items as it may")
	// ErrItemElsewhere means AddTorrent was given an item the node already seeds from another
	// directory.
	ErrItemElsewhere = errors.New("item is already seeded from another directory")
)

// AddTorrent adds an item to the running node and seeds it from dir, in place: the torrent's
// files are read at dir/<Info.Name> (single file) or dir/<Info.Name>/<path> and never copied.
// Piece state is rebuilt by hashing what dir holds; the node fetches nothing for such items.
// The torrent's announce list (mi.Announce, mi.AnnounceList) is used for the trackers.
//
// It is idempotent: adding an item the node already seeds from the same directory only
// replaces its trackers with mi's (when mi names any), so callers refresh announce URLs that
// way. It is safe to call while Run is going; before the node serves and after it stops it
// returns ErrNotRunning. At most Config.MaxItems items are seeded (ErrTooManyItems).
func (n *Node) AddTorrent(ctx context.Context, mi *metainfo.MetaInfo, dir string) error {
	if mi == nil {
		return errors.New("add torrent: no metainfo given")
	}
	if dir == "" {
		return errors.New("add torrent: no directory given for the item's files")
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("add torrent: %w", err)
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		return fmt.Errorf("add torrent: directory %s: %w", dir, err)
	}
	spec, err := torrent.TorrentSpecFromMetaInfoErr(mi)
	if err != nil {
		return fmt.Errorf("add torrent: %w", err)
	}
	ih := spec.InfoHash
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.client == nil {
		return fmt.Errorf("add torrent %s: %w", ih.HexString(), ErrNotRunning)
	}
	if t, ok := n.client.Torrent(ih); ok {
		if prev, ok := n.added[ih]; ok && prev != dir {
			return fmt.Errorf("add torrent %s from %s: %w (%s)", ih.HexString(), dir, ErrItemElsewhere, prev)
		}
		if len(spec.Trackers) > 0 {
			t.ModifyTrackers(spec.Trackers)
		}
		return nil
	}
	limit := n.cfg.MaxItems
	if limit == 0 {
		limit = DefaultMaxItems
	}
	if len(n.torrents) >= limit {
		return fmt.Errorf("add torrent %s: %w (%d)", ih.HexString(), ErrTooManyItems, limit)
	}
	spec.Storage = storage.NewFileOpts(storage.NewFileClientOpts{
		ClientBaseDir: dir, PieceCompletion: storage.NewMapPieceCompletion(), UsePartFiles: falseOpt(),
	})
	t, _, err := n.client.AddTorrentSpec(spec)
	if err != nil {
		return fmt.Errorf("add torrent %s: %w", ih.HexString(), err)
	}
	if n.added == nil {
		n.added = map[metainfo.Hash]string{}
	}
	n.added[ih] = dir
	n.torrents = append(n.torrents, t)
	n.log.Info("seeding item", "infohash", ih.HexString(), "dir", dir)
	return nil
}
