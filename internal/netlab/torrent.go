package netlab

import (
	"context"
	"fmt"
	"net"

	"github.com/anacrolix/torrent"
)

// Attach prepares a torrent client configuration for the host: no built-in listeners or
// dialers (Join adds the host's), TCP over IPv4 only, no DHT, and tracker announces sent from
// the host's emulated address so that trackers hand out the address peers can reach it at.
func (h *Host) Attach(cfg *torrent.ClientConfig) {
	cfg.DisableTCP = true
	cfg.DisableUTP = true
	cfg.DisableIPv6 = true
	cfg.NoDHT = true
	cfg.NoDefaultPortForwarding = true
	cfg.PublicIp4 = h.Emulated.AsSlice()
	cfg.TrackerDialContext = h.DialFromEmulated
}

// Join puts a client made from an Attach-ed configuration on the host: a listener inside the
// host, exposed through a proxy on the emulated address with the same port (what the client
// announces), and a dialer that connects from inside the host. It returns the emulated address
// to give peers. The listener closes with the lab (or with the returned close function).
func (h *Host) Join(cl *torrent.Client) (addr string, closeFn func() error, err error) {
	for range 5 {
		ln, err := h.Listen("tcp4", ":0")
		if err != nil {
			return "", nil, err
		}
		_, port, _ := net.SplitHostPort(ln.Addr().String())
		emu, err := h.expose(ln.Addr().String(), port)
		if err != nil {
			// The port is taken on the emulated address: try another.
			_ = ln.Close()
			continue
		}
		cl.AddListener(ln)
		cl.AddDialer(torrent.NetworkDialer{Network: "tcp4", Dialer: hostDialer{h}})
		h.lab.mu.Lock()
		h.lab.closers = append(h.lab.closers, func() { _ = ln.Close() })
		h.lab.mu.Unlock()
		return emu, ln.Close, nil
	}
	return "", nil, fmt.Errorf("netlab: host %s: no port free both inside the host and on its emulated address", h.Name)
}

type hostDialer struct{ h *Host }

func (d hostDialer) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	return d.h.DialContext(ctx, network, addr)
}
