package viewer

import (
	"context"
	"io"
	"net"
	"net/http"
	"sync"
	"time"
)

// announceRelay is the torrent's tracker URL: a loopback HTTP endpoint that forwards each
// announce to the gateway's tracker under the current passkey. Passkeys expire and are
// renewed; anacrolix/torrent v1.61 keeps announcing to a tracker URL that ModifyTrackers
// removed, so the URL the torrent client knows never changes and only the relay's passkey
// does. The gateway sees the announce from this process, as it would without the relay.
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

func (r *announceRelay) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	if req.Method != http.MethodGet || req.URL.Path != "/announce" {
		http.NotFound(w, req)
		return
	}
	r.mu.Lock()
	pk := r.passkey
	r.mu.Unlock()
	ctx, cancel := context.WithTimeout(req.Context(), time.Minute)
	defer cancel()
	out, err := http.NewRequestWithContext(ctx, http.MethodGet, r.gateway+"/announce/"+pk+"?"+req.URL.RawQuery, nil)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	out.Header.Set("User-Agent", req.Header.Get("User-Agent"))
	res, err := r.client.Do(out)
	if err != nil {
		http.Error(w, "the gateway's tracker does not answer", http.StatusBadGateway)
		return
	}
	defer res.Body.Close()
	if ct := res.Header.Get("Content-Type"); ct != "" {
		w.Header().Set("Content-Type", ct)
	}
	w.WriteHeader(res.StatusCode)
	_, _ = io.Copy(w, io.LimitReader(res.Body, maxAnnounceBytes))
}
