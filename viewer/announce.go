package viewer

import (
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"
)

// announceRelay is the torrent's tracker URL: a loopback HTTP endpoint that forwards each
// announce to the gateway's tracker under the current passkey. Passkeys expire and are
// renewed; anacrolix/torrent v1.61 keeps announcing to a tracker URL that ModifyTrackers
// removed, so the URL the torrent client knows never changes and only the relay's passkey
// does. The gateway sees the announce from this process, as it would without the relay. The
// gateway's web seed (the fallback source) goes through the relay too, under /webseed/, for the
// same reason: its URLs carry the passkey.
type announceRelay struct {
	gateway string
	client  *http.Client

	mu      sync.Mutex
	passkey string

	srv *http.Server
	url string
}

// maxAnnounceBytes bounds a tracker answer relayed to the torrent client.
const maxAnnounceBytes = 1 << 20

// startAnnounceRelay listens on a loopback port and serves until close.
func startAnnounceRelay(gateway, passkey string, client *http.Client) (*announceRelay, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	r := &announceRelay{gateway: gateway, client: client, passkey: passkey, url: "http://" + ln.Addr().String() + "/announce"}
	r.srv = &http.Server{Handler: r, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = r.srv.Serve(ln) }()
	return r, nil
}

// setPasskey makes the following announces use passkey.
func (r *announceRelay) setPasskey(passkey string) {
	r.mu.Lock()
	r.passkey = passkey
	r.mu.Unlock()
}

func (r *announceRelay) close() { _ = r.srv.Close() }

// webseedBase is the relay's web seed URL for a torrent with info hash ih (hex), ending in "/"
// as BEP 19 wants for a single-file torrent.
func (r *announceRelay) webseedBase(ih string) string {
	return strings.TrimSuffix(r.url, "/announce") + "/webseed/" + ih + "/"
}

func (r *announceRelay) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	r.mu.Lock()
	pk := r.passkey
	r.mu.Unlock()
	var target string
	limit := int64(maxAnnounceBytes)
	switch rest, webseed := strings.CutPrefix(req.URL.EscapedPath(), "/webseed/"); {
	case req.Method == http.MethodGet && req.URL.Path == "/announce":
		target = r.gateway + "/announce/" + pk + "?" + req.URL.RawQuery
	case webseed && (req.Method == http.MethodGet || req.Method == http.MethodHead):
		target, limit = r.gateway+"/v1/webseed/"+pk+"/"+rest, -1
	default:
		http.NotFound(w, req)
		return
	}
	ctx, cancel := context.WithTimeout(req.Context(), time.Minute)
	defer cancel()
	out, err := http.NewRequestWithContext(ctx, req.Method, target, nil)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	for _, h := range []string{"User-Agent", "Range"} {
		if v := req.Header.Get(h); v != "" {
			out.Header.Set(h, v)
		}
	}
	res, err := r.client.Do(out)
	if err != nil {
		http.Error(w, "the gateway does not answer", http.StatusBadGateway)
		return
	}
	defer res.Body.Close()
	for _, h := range []string{"Content-Type", "Content-Length", "Content-Range", "Accept-Ranges"} {
		if v := res.Header.Get(h); v != "" && (h != "Content-Length" || limit < 0) {
			w.Header().Set(h, v)
		}
	}
	w.WriteHeader(res.StatusCode)
	var body io.Reader = res.Body
	if limit >= 0 {
		body = io.LimitReader(res.Body, limit)
	}
	_, _ = io.Copy(w, body)
}
