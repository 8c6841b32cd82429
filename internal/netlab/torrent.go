package netlab

import (
	"context"
	"fmt"
	"net"
	"strconv"

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
// to give peers. With port 0 a port free on both addresses is picked; else port is used (see
// FreePort). The listener closes with the lab (or with the returned close function).
func (h *Host) Join(cl *torrent.Client, port int) (addr string, closeFn func() error, err error) {
	for range 5 {
		ln, err := h.Listen("tcp4", ":"+strconv.Itoa(port))
		if err != nil {
			return "", nil, err
		}
		_, p, _ := net.SplitHostPort(ln.Addr().String())
		emu, err := h.expose(ln.Addr().String(), p)
		if err != nil {
			_ = ln.Close()
			if port != 0 {
				return "", nil, err
			}
			continue // the port is taken on the emulated address: try another
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

// FreePort returns a TCP port that is free on the host's emulated address (and, the host's
// namespace being its own, inside it), for a component that must know its announced address
// before its client starts (a seeder's public address).
func (h *Host) FreePort() (int, error) {
	ln, err := net.Listen("tcp4", net.JoinHostPort(h.Emulated.String(), "0"))
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

type hostDialer struct{ h *Host }

func (d hostDialer) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	return d.h.DialContext(ctx, network, addr)
}
