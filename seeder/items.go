package seeder

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	g "github.com/anacrolix/generics"
	"github.com/anacrolix/torrent"
	"github.com/anacrolix/torrent/metainfo"
	"github.com/anacrolix/torrent/storage"
)

func falseOpt() g.Option[bool] { return g.Some(false) }

// sealedDescription is the part of NAME.json (written by `swarmgate content seal`) the seeder
// reads. The key file next to it is never opened.
type sealedDescription struct {
	Name     string `json:"name"`
	InfoHash string `json:"infoHash"`
}

// addItems adds every configured item to client and starts, for each, fetching what is missing
// from the swarm (trackers of the torrent, and the configured peers). It returns the torrents;
// storages it opened for sealed directories are closed when the client closes them.
func (n *Node) addItems(ctx context.Context, client *torrent.Client, wg *sync.WaitGroup) ([]*torrent.Torrent, error) {
	var out []*torrent.Torrent
	for _, arg := range n.cfg.Items {
		spec, err := parseItem(arg)
		if err != nil {
			return nil, err
		}
		var ts []*torrent.Torrent
		switch spec.kind {
		case itemMagnet:
			t, err := client.AddMagnet(arg)
			if err != nil {
				return nil, fmt.Errorf("add magnet %s: %w", arg, err)
			}
			ts = append(ts, t)
		case itemTorrentFile:
			mi, err := metainfo.LoadFromFile(arg)
			if err != nil {
				return nil, fmt.Errorf("read torrent %s: %w", arg, err)
			}
			t, err := client.AddTorrent(mi)
			if err != nil {
				return nil, fmt.Errorf("add torrent %s: %w", arg, err)
			}
			ts = append(ts, t)
		case itemSealedDir:
			sts, err := n.addSealedDir(client, arg)
			if err != nil {
				return nil, err
			}
			ts = append(ts, sts...)
		}
		for _, t := range ts {
			n.log.Info("seeding item", "item", arg, "infohash", t.InfoHash().HexString())
			wg.Add(1)
			go func() {
				defer wg.Done()
				n.fetch(ctx, t)
			}()
		}
		out = append(out, ts...)
	}
	return out, nil
}

// addSealedDir adds every item of a directory written by `swarmgate content seal`, seeding the
// ciphertext in place (NAME next to NAME.torrent).
func (n *Node) addSealedDir(client *torrent.Client, dir string) ([]*torrent.Torrent, error) {
	descs, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	var out []*torrent.Torrent
	for _, p := range descs {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("read sealed description: %w", err)
		}
		var d sealedDescription
		if err := json.Unmarshal(b, &d); err != nil || d.Name == "" || strings.ContainsAny(d.Name, `/\`) {
			return nil, fmt.Errorf("%s is not a sealed description written by 'swarmgate content seal'", p)
		}
		tp := filepath.Join(dir, d.Name+".torrent")
		mi, err := metainfo.LoadFromFile(tp)
		if err != nil {
			return nil, fmt.Errorf("read torrent %s: %w", tp, err)
		}
		if ih := mi.HashInfoBytes(); d.InfoHash != "" && !strings.EqualFold(ih.HexString(), d.InfoHash) {
			return nil, fmt.Errorf("%s names info hash %s but %s has %s", p, d.InfoHash, tp, ih.HexString())
		}
		spec, err := torrent.TorrentSpecFromMetaInfoErr(mi)
		if err != nil {
			return nil, fmt.Errorf("torrent %s: %w", tp, err)
		}
		// The ciphertext stays where `content seal` wrote it; piece state is rebuilt by hashing.
		spec.Storage = storage.NewFileOpts(storage.NewFileClientOpts{
			ClientBaseDir: dir, PieceCompletion: storage.NewMapPieceCompletion(), UsePartFiles: falseOpt(),
		})
		t, _, err := client.AddTorrentSpec(spec)
		if err != nil {
			return nil, fmt.Errorf("add sealed item %s: %w", tp, err)
		}
		out = append(out, t)
	}
	return out, nil
}

// fetch waits for the item's metadata, then downloads whatever pieces are missing, from the
// trackers and the configured peers.
func (n *Node) fetch(ctx context.Context, t *torrent.Torrent) {
	if len(n.cfg.Peers) > 0 {
		peers := make([]torrent.PeerInfo, 0, len(n.cfg.Peers))
		for _, p := range n.cfg.Peers {
			peers = append(peers, torrent.PeerInfo{Addr: stringAddr(p), Trusted: true})
		}
		t.AddPeers(peers)
	}
	select {
	case <-ctx.Done():
		return
	case <-t.GotInfo():
	}
	t.DownloadAll()
	select {
	case <-ctx.Done():
	case <-t.Complete().On():
		n.log.Info("item complete", "infohash", t.InfoHash().HexString(), "bytes", t.Length())
	}
}

// stringAddr is a peer address given as host:port.
type stringAddr string

func (a stringAddr) String() string  { return string(a) }
func (a stringAddr) Network() string { return "tcp" }
