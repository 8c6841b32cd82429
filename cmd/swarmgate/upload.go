package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/gwclient"
)

// maxPosterBytes bounds the poster image sent with an upload.
const maxPosterBytes = 2 << 20

// contentUploadCmd is `content upload`: a file to a priced, registered catalog item.
type contentUploadCmd struct {
	File        string `arg:"" help:"Video (or any file) to upload."`
	Title       string `required:"" help:"Title shown in the catalog and in wallets."`
	Description string `help:"Description shown in the catalog."`
	Poster      string `placeholder:"IMAGE" type:"path" help:"Poster image (PNG, JPEG or WebP, at most 2 MiB)."`
	policyFlags
	Direct    bool          `help:"Register by sending the register transaction from your own wallet (you pay the gas) instead of signing a registration the gateway relays."`
	StateFile string        `placeholder:"FILE" type:"path" help:"Where the upload URLs of unfinished uploads are kept, so that the same command resumes a stopped upload. Default: $XDG_CONFIG_HOME/swarmgate/uploads.json, or ~/.config/swarmgate/uploads.json."`
	ChunkSize int64         `default:"4194304" placeholder:"BYTES" help:"Bytes per tus request: the most a dropped connection costs."`
	Wait      time.Duration `default:"5m" help:"How long to wait for sealing and then for the catalog to list the item."`
	gatewayFlags
	signerFlags
	chainFlags
}

// uploadResult is what `content upload` prints with --json.
type uploadResult struct {
	ContentID    string          `json:"content_id"`
	UploadID     string          `json:"upload_id"`
	Title        string          `json:"title"`
	Creator      string          `json:"creator"`
	Policy       gwclient.Policy `json:"policy"`
	Registration string          `json:"registration"` // gasless or direct
	Tx           string          `json:"tx,omitempty"`
	Resumed      bool            `json:"resumed"`
	Gateway      string          `json:"gateway"`
	Watch        string          `json:"watch"`
}

func (c *contentUploadCmd) Run(ctx context.Context, g *globals) error {
	// Everything that can be checked locally is, before anything is sent.
	f, err := os.Open(c.File)
	if err != nil {
		return fmt.Errorf("open %s: %w", c.File, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return fmt.Errorf("open %s: %w", c.File, err)
	}
	if !st.Mode().IsRegular() {
		return fmt.Errorf("%s is not a regular file", c.File)
	}
	if st.Size() == 0 {
		return fmt.Errorf("%s is empty: there is nothing to upload", c.File)
	}
	if strings.TrimSpace(c.Title) == "" {
		return errors.New("--title is empty: give the title viewers see")
	}
	var poster []byte
	var posterType string
	if c.Poster != "" {
		if poster, posterType, err = readPoster(c.Poster); err != nil {
			return err
		}
	}
	base, err := c.gatewayURL()
	if err != nil {
		return err
	}
	var oc *onChain
	oc, cur, pol, polJSON, err := c.resolve(ctx, c.chainFlags, c.Direct, base)
	if err != nil {
		return err
	}
	if oc != nil {
		defer oc.Close()
	}
	var expectChain uint64
	if oc != nil {
		expectChain = oc.chainID
	}

	cr, err := signIn(ctx, g, c.gatewayFlags, c.signerFlags, expectChain, false)
	if err != nil {
		return err
	}
	statePath := c.StateFile
	if statePath == "" {
		if statePath, err = configPath("uploads.json"); err != nil {
			return err
		}
	}
	state := gwclient.OpenState(statePath)
	rawPolicy, _ := json.Marshal(polJSON)
	meta := map[string]string{
		"filename": filepath.Base(c.File), "title": c.Title, "description": c.Description,
		"mime_type": mimeType(f, c.File), "policy": string(rawPolicy),
	}
	fp := gwclient.Fingerprint(cr.gw.Base(), cr.sess.Address, c.File, st, meta)
	log := g.logger()
	res := uploadResult{Title: c.Title, Creator: cr.sess.Address.Hex(), Policy: polJSON, Registration: "gasless", Gateway: cr.gw.Base()}
	if c.Direct {
		res.Registration = "direct"
	}

	// A registration made by an earlier run that stopped before the catalog listed the item.
	contentID, _ := state.Get(fp + "#content")
	if contentID == "" {
		bar := newBar(g, st.Size(), "uploading")
		up, err := cr.gw.TusUpload(ctx, gwclient.TusOptions{
			File: f, Size: st.Size(), Metadata: meta, Fingerprint: fp, State: state,
			ChunkSize: c.ChunkSize, Progress: bar.set, Retries: 3,
		})
		bar.finish()
		if err != nil {
			if ctx.Err() != nil {
				return fmt.Errorf("upload stopped; run the same command again to resume it: %w", ctx.Err())
			}
			return fmt.Errorf("upload %s: %w", c.File, explain(err))
		}
		res.UploadID, res.Resumed = up.ID, up.Resumed
		if up.Resumed {
			log.Info("resumed an earlier upload", "upload", up.ID, "from_byte", up.From)
		}
		if poster != nil {
			if err := cr.gw.PutPoster(ctx, up.ID, posterType, poster); err != nil {
				return fmt.Errorf("send the poster: %w", explain(err))
			}
		}
		if err := c.waitSealed(ctx, g, cr, up.ID); err != nil {
			if errors.Is(err, errUploadGone) {
				state.Delete(fp)
			}
			return err
		}
		var tx string
		contentID, tx, err = c.register(ctx, g, cr, oc, up.ID, pol, polJSON)
		if err != nil {
			return err
		}
		res.Tx = tx
		state.Set(fp+"#content", contentID)
	}
	res.ContentID = contentID
	if err := waitListed(ctx, cr.gw, contentID, c.Wait); err != nil {
		return err
	}
	state.Delete(fp)
	state.Delete(fp + "#content")
	res.Watch = fmt.Sprintf("swarmgate watch %s --gateway %s", contentID, cr.gw.Base())
	log.Info("item listed", "content", contentID, "title", c.Title)
	if g.JSON {
		return g.printJSON(res)
	}
	w := g.out()
	fmt.Fprintf(w, "content id  %s\n", contentID)
	fmt.Fprintf(w, "title       %s\n", c.Title)
	fmt.Fprintf(w, "policy      %s\n", describePolicy(pol, cur))
	if res.Tx != "" {
		fmt.Fprintf(w, "registered  %s (%s)\n", res.Tx, res.Registration)
	}
	fmt.Fprintf(w, "viewers     %s\n", res.Watch)
	return nil
}

// errUploadGone means the gateway dropped the upload (it failed or was cancelled): the next run
// starts a new one.
var errUploadGone = errors.New("the gateway dropped the upload")

// waitSealed follows the upload until the gateway has sealed it, with a progress bar.
func (c *contentUploadCmd) waitSealed(ctx context.Context, g *globals, cr *creator, id string) error {
	deadline := time.Now().Add(c.Wait)
	var bar *progress
	defer func() {
		if bar != nil {
			bar.finish()
		}
	}()
	for {
		u, err := cr.gw.Upload(ctx, id)
		if err != nil {
			return fmt.Errorf("follow upload %s: %w", id, explain(err))
		}
		if bar == nil && u.Size > 0 {
			bar = newBar(g, u.Size, "sealing")
		}
		if bar != nil {
			bar.set(u.BytesSealed)
		}
		switch u.State {
		case "sealed", "registered":
			if bar != nil {
				bar.set(u.Size)
			}
			return nil
		case "failed", "cancelled":
			detail := u.Error
			if detail == "" {
				detail = "no reason given"
			}
			return fmt.Errorf("%w: upload %s is %s (%s); run the command again to upload anew", errUploadGone, id, u.State, detail)
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("upload %s is still %s after %v; run the same command again later to go on", id, u.State, c.Wait)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(300 * time.Millisecond):
		}
	}
}

// register registers the sealed upload with the creator's policy: signed and relayed by the
// gateway (gasless), or sent from the creator's wallet (--direct). It returns the content id
// and the transaction.
func (c *contentUploadCmd) register(ctx context.Context, g *globals, cr *creator, oc *onChain, id string, pol eip712.Policy, polJSON gwclient.Policy) (string, string, error) {
	offer, err := cr.gw.Registration(ctx, id)
	if err != nil {
		return "", "", fmt.Errorf("registration of upload %s: %w", id, explain(err))
	}
	reg, dom, err := checkOffer(offer, cr.sess.Address, oc)
	if err != nil {
		return "", "", err
	}
	reg.Policy = pol
	if same, _ := json.Marshal(offer.Policy); string(same) != mustJSON(polJSON) {
		g.logger().Debug("the gateway's offer carries another policy; registering the one asked for", "offered", string(same))
	}
	if c.Direct {
		key, err := cr.unlock(oc.chainID)
		if err != nil {
			return "", "", err
		}
		tctx, cancel := context.WithTimeout(ctx, c.TxTimeout)
		defer cancel()
		cid, receipt, err := oc.client.Register(tctx, key.TransactOpts(oc.chainID), reg)
		if err != nil {
			return "", "", fmt.Errorf("register upload %s on-chain: %w", id, err)
		}
		return cid.String(), receipt.TxHash.Hex(), nil
	}
	if !offer.Relay {
		return "", "", fmt.Errorf("the gateway relays no registrations: run the command again with --direct to send the transaction yourself")
	}
	key, err := cr.unlock(offer.ChainID)
	if err != nil {
		return "", "", err
	}
	sig, err := reg.Sign(dom, key.PrivateKey)
	if err != nil {
		return "", "", err
	}
	done, err := cr.gw.Register(ctx, id, gwclient.RegisterRequest{Policy: polJSON, Nonce: offer.Nonce, Deadline: offer.Deadline, Signature: "0x" + common.Bytes2Hex(sig)})
	if err != nil {
		return "", "", fmt.Errorf("gasless registration of upload %s: %w", id, explain(err))
	}
	return done.ContentID, done.Tx, nil
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// checkOffer reads the gateway's registration offer into the registration the creator signs or
// sends, after checking that it is the creator's, and, when the chain is known, on that chain
// and registry. The typed data the gateway offers is not signed as it is: the creator signs
// its own encoding of the fields, with its own policy.
func checkOffer(o gwclient.Registration, creator common.Address, oc *onChain) (eip712.Registration, eip712.Domain, error) {
	var reg eip712.Registration
	bad := func(format string, a ...any) (eip712.Registration, eip712.Domain, error) {
		return reg, eip712.Domain{}, fmt.Errorf("the gateway's registration offer "+format, a...)
	}
	if !common.IsHexAddress(o.Creator) || common.HexToAddress(o.Creator) != creator {
		return bad("names creator %q, not %s", o.Creator, creator.Hex())
	}
	if !common.IsHexAddress(o.Registry) {
		return bad("names no registry")
	}
	if oc != nil && (o.ChainID != oc.chainID || common.HexToAddress(o.Registry) != oc.dep.Registry) {
		return bad("is for chain %d, registry %s; the deployment file says chain %d, registry %s", o.ChainID, o.Registry, oc.chainID, oc.dep.Registry.Hex())
	}
	nonce, ok1 := new(big.Int).SetString(o.Nonce, 10)
	deadline, ok2 := new(big.Int).SetString(o.Deadline, 10)
	if !ok1 || !ok2 {
		return bad("has no nonce or deadline")
	}
	for _, h := range []string{o.ContentHash, o.InfoHash, o.KeyCommitment} {
		if b := common.FromHex(h); len(b) != 32 {
			return bad("has a malformed hash %q", h)
		}
	}
	reg = eip712.Registration{Creator: creator, ContentHash: common.HexToHash(o.ContentHash), InfoHash: common.HexToHash(o.InfoHash),
		KeyCommitment: common.HexToHash(o.KeyCommitment), MetadataURI: o.MetadataURI, Nonce: nonce, Deadline: deadline}
	return reg, eip712.NewDomain(new(big.Int).SetUint64(o.ChainID), common.HexToAddress(o.Registry)), nil
}

// waitListed waits until the catalog lists item id.
func waitListed(ctx context.Context, gw *gwclient.Client, id string, wait time.Duration) error {
	deadline := time.Now().Add(wait)
	for {
		_, err := gw.Content(ctx, id)
		if err == nil {
			return nil
		}
		if !gwclient.IsStatus(err, http.StatusNotFound) {
			return fmt.Errorf("look for content %s in the catalog: %w", id, explain(err))
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("content %s is registered but the catalog has not listed it after %v; run the same command again to go on waiting", id, wait)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(300 * time.Millisecond):
		}
	}
}

// readPoster reads a poster image and its type, refusing what is not an image.
func readPoster(path string) ([]byte, string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, "", fmt.Errorf("poster: %w", err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxPosterBytes+1))
	if err != nil {
		return nil, "", fmt.Errorf("poster: %w", err)
	}
	if len(b) > maxPosterBytes {
		return nil, "", fmt.Errorf("poster %s is larger than %d MiB", path, maxPosterBytes>>20)
	}
	ct := http.DetectContentType(b)
	switch ct {
	case "image/png", "image/jpeg", "image/webp":
		return b, ct, nil
	}
	return nil, "", fmt.Errorf("poster %s is %s, not a PNG, JPEG or WebP image", path, ct)
}

// mimeType guesses the file's media type from its name, else from its first bytes.
func mimeType(f *os.File, name string) string {
	if t := mime.TypeByExtension(strings.ToLower(filepath.Ext(name))); t != "" {
		return t
	}
	head := make([]byte, 512)
	n, _ := f.ReadAt(head, 0)
	return http.DetectContentType(head[:n])
}

// bar is a progress bar on stderr, or nothing with --json or when stderr is not a terminal.
func newBar(g *globals, total int64, what string) *progress {
	if g.JSON {
		return &progress{}
	}
	return newProgress(g, total, what)
}
