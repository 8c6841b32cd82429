package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/viewer"
	"github.com/swarmgate/swarmgate/viewerkey"
)

// accessTorrentCmd is `swarmgate access torrent`: what any BitTorrent client needs to fetch an
// item's ciphertext from the swarm (a .torrent whose tracker URL carries this account's
// passkey) and the content key to decrypt it afterwards with `swarmgate content open`.
type accessTorrentCmd struct {
	ID  string `arg:"" help:"On-chain content id of the item."`
	Out string `default:"." type:"path" placeholder:"DIR" help:"Directory for ID.torrent and ID.key (created if missing; an existing file is never overwritten)."`
	gatewayFlags
	signerFlags
	chainFlags
}

// torrentResult is what `access torrent` prints with --json.
type torrentResult struct {
	ContentID        string    `json:"content_id"`
	Torrent          string    `json:"torrent"`
	KeyFile          string    `json:"key_file"`
	InfoHash         string    `json:"info_hash"`
	Name             string    `json:"name"`
	Size             int64     `json:"size"`
	Free             bool      `json:"free"`
	PasskeyExpiresAt time.Time `json:"passkey_expires_at"`
}

func (c *accessTorrentCmd) Run(ctx context.Context, g *globals) error {
	id, err := parseContentID(c.ID)
	if err != nil {
		return err
	}
	base, err := c.gatewayURL()
	if err != nil {
		return err
	}
	addr, err := c.address()
	if err != nil {
		return err
	}
	oc, err := c.chainFlags.openVia(ctx, "access torrent (the key commitment and the info hash are read from the chain)", base)
	if err != nil {
		return err
	}
	defer oc.Close()
	item, err := oc.client.Content(ctx, id)
	if err != nil {
		return fmt.Errorf("content %s: %w", id, err)
	}
	acc, err := oc.client.Access(ctx, id, addr)
	if err != nil {
		return fmt.Errorf("content %s: read access from the registry: %w", id, err)
	}
	if !acc.Allowed {
		return explainViewer(&viewer.NotEntitledError{ContentID: id.String(), Account: addr, Reason: string(acc.Reason), Policy: item.Policy})
	}
	keyPath := filepath.Join(c.Out, id.String()+".key")
	torPath := filepath.Join(c.Out, id.String()+".torrent")
	for _, p := range []string{keyPath, torPath} {
		if _, err := os.Lstat(p); err == nil {
			return fmt.Errorf("%s exists: remove it or choose another --out", p)
		}
	}

	who, err := signIn(ctx, g, c.gatewayFlags, c.signerFlags, oc.chainID, false)
	if err != nil {
		return err
	}
	hc := &http.Client{Timeout: time.Minute}
	commitment := item.KeyCommitment
	k, err := viewerkey.NewClient(base, hc).FetchKey(ctx, who.sess.Token, id.String(), viewerkey.KeyOptions{Commitment: &commitment})
	var p *viewerkey.ProblemError
	switch {
	case errors.Is(err, viewerkey.ErrCommitment):
		return fmt.Errorf("content %s: %w", id, viewer.ErrKeyMismatch)
	case errors.As(err, &p) && p.Status == http.StatusForbidden:
		return explainViewer(&viewer.NotEntitledError{ContentID: id.String(), Account: addr, Reason: p.Code, Detail: p.Detail, Policy: item.Policy})
	case err != nil:
		return fmt.Errorf("content %s: %w", id, err)
	}
	defer clear(k.ContentKey)

	mi, err := viewer.FetchTorrent(ctx, hc, base, id.String())
	if err != nil {
		return err
	}
	ih := mi.HashInfoBytes()
	if !bytes.Equal(item.InfoHash[:20], ih[:]) {
		return fmt.Errorf("content %s: %w: the gateway's torrent has info hash %s, the registry records %x", id, viewer.ErrTorrentMismatch, ih.HexString(), item.InfoHash[:20])
	}
	info, err := mi.UnmarshalInfo()
	if err != nil {
		return fmt.Errorf("content %s: the gateway's torrent does not decode: %w", id, err)
	}
	// The swarm's tracker admits this account's passkey only: announce there, nowhere else.
	mi.Announce = base + "/announce/" + url.PathEscape(k.Response.Passkey)
	mi.AnnounceList = nil
	mi.UrlList = nil
	var buf bytes.Buffer
	if err := mi.Write(&buf); err != nil {
		return err
	}
	if err := os.MkdirAll(c.Out, 0o755); err != nil {
		return fmt.Errorf("--out: %w", err)
	}
	if err := writeNew(keyPath, []byte(hex.EncodeToString(k.ContentKey)+"\n"), 0o600); err != nil {
		return err
	}
	if err := writeNew(torPath, buf.Bytes(), 0o644); err != nil {
		_ = os.Remove(keyPath)
		return err
	}
	res := torrentResult{
		ContentID: id.String(), Torrent: torPath, KeyFile: keyPath, InfoHash: ih.HexString(),
		Name: info.BestName(), Size: info.TotalLength(), Free: item.Policy.Model == eip712.ModelFree,
		PasskeyExpiresAt: k.Response.PasskeyExpiresAt,
	}
	if g.JSON {
		return g.printJSON(res)
	}
	w := g.out()
	fmt.Fprintf(w, "torrent   %s (tracker passkey valid until %s)\n", torPath, res.PasskeyExpiresAt.Local().Format(time.RFC1123))
	fmt.Fprintf(w, "key       %s (keep it secret)\n", keyPath)
	fmt.Fprintf(w, "download  aria2c --seed-time=0 %s   (or any BitTorrent client)\n", torPath)
	fmt.Fprintf(w, "decrypt   swarmgate content open %s --key-file %s --out video\n", info.BestName(), keyPath)
	if !res.Free {
		fmt.Fprintf(w, "note      seeders are paid for this item through the paywire extension, which other clients do not speak;\n          they get what seeders give away. 'swarmgate get %s' pays them and is faster.\n", id)
	}
	return nil
}

// writeNew writes b to a new file at path with mode perm; an existing file is an error.
func writeNew(path string, b []byte, perm os.FileMode) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
	if err != nil {
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		_ = os.Remove(path)
		return err
	}
	if err := f.Close(); err != nil {
		_ = os.Remove(path)
		return err
	}
	return nil
}
