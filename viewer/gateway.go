package viewer

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"

	"github.com/anacrolix/torrent/bencode"
	"github.com/anacrolix/torrent/metainfo"
)

// maxTorrentBytes bounds a .torrent read from the gateway; maxJSONBytes a JSON answer.
const (
	maxTorrentBytes = 32 << 20
	maxJSONBytes    = 1 << 20
)

// fetchTorrent reads the item's .torrent from the gateway.
func (v *Viewer) fetchTorrent(ctx context.Context) (*metainfo.MetaInfo, error) {
	return FetchTorrent(ctx, v.deps.HTTP, v.cfg.Gateway, v.cfg.ContentID)
}

// FetchTorrent reads item id's .torrent from gateway (GET /v1/content/{id}/torrent), bounded in
// size. The caller checks its info hash against the registry.
func FetchTorrent(ctx context.Context, hc *http.Client, gateway, id string) (*metainfo.MetaInfo, error) {
	what := "fetch the torrent of content " + id
	b, err := gatewayGet(ctx, hc, gateway, "/v1/content/"+url.PathEscape(id)+"/torrent", maxTorrentBytes)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	var mi metainfo.MetaInfo
	if err := bencode.Unmarshal(b, &mi); err != nil {
		return nil, fmt.Errorf("%s: the gateway's answer is not a .torrent file: %v", what, err)
	}
	return &mi, nil
}

// directoryEntry is one seeder of GET /v1/content/{id}/seeders.
type directoryEntry struct {
	Address     string `json:"address"`
	Endpoint    string `json:"endpoint"`
	PricePerGiB string `json:"price_per_gib"`
}

// seederDirectory lists the item's seeders in the gateway's directory; a failure is logged and
// leaves the tracker to find peers.
func (v *Viewer) seederDirectory(ctx context.Context) []directoryEntry {
	b, err := v.get(ctx, "/v1/content/"+url.PathEscape(v.cfg.ContentID)+"/seeders", maxJSONBytes)
	if err != nil {
		v.log.Warn("cannot read the seeder directory; relying on the tracker", "err", err)
		return nil
	}
	var out struct {
		Items []directoryEntry `json:"items"`
	}
	if err := json.Unmarshal(b, &out); err != nil {
		v.log.Warn("the seeder directory does not decode; relying on the tracker", "err", err)
		return nil
	}
	return out.Items
}

func (v *Viewer) get(ctx context.Context, path string, limit int64) ([]byte, error) {
	return gatewayGet(ctx, v.deps.HTTP, v.cfg.Gateway, path, limit)
}

// gatewayGet reads at most limit bytes of GET gateway+path; an answer other than 200 is an error
// with the gateway's problem code and detail.
func gatewayGet(ctx context.Context, hc *http.Client, gateway, path string, limit int64) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, gateway+path, nil)
	if err != nil {
		return nil, err
	}
	res, err := hc.Do(req)
	if err != nil {
		return nil, fmt.Errorf("gateway %s does not answer: %w", gateway, err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(io.LimitReader(res.Body, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read the gateway's answer: %w", err)
	}
	if res.StatusCode != http.StatusOK {
		var p struct {
			Code   string `json:"code"`
			Detail string `json:"detail"`
		}
		_ = json.Unmarshal(b, &p)
		return nil, fmt.Errorf("the gateway answered %d %s: %s", res.StatusCode, p.Code, strings.TrimSpace(p.Detail))
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("the gateway's answer exceeds %d bytes", limit)
	}
	return b, nil
}
