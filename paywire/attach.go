package paywire

import (
	"net"
	"net/netip"
	"slices"

	"github.com/anacrolix/torrent"
	pp "github.com/anacrolix/torrent/peer_protocol"
)

// addExtension advertises sg_pay on pc. The client shares one default protocol map between all
// connections, and AddUserProtocol edits its slice in place, so the map is cloned first.
// It is called from PeerConnAdded, before the extended handshake goes out.
func addExtension(pc *torrent.PeerConn) {
	m := torrent.LocalLtepProtocolMap{}
	if pc.LocalLtepProtocolMap != nil {
		m = *pc.LocalLtepProtocolMap
		m.Index = slices.Clone(m.Index)
	}
	if slices.Contains(m.Index[m.NumBuiltin:], pp.ExtensionName(ExtensionName)) {
		pc.LocalLtepProtocolMap = &m
		return
	}
	m.AddUserProtocol(ExtensionName)
	pc.LocalLtepProtocolMap = &m
}

// isOurs reports whether an extension message event is an sg_pay message (not the handshake).
func isOurs(ev torrent.PeerConnReadExtensionMessageEvent) bool {
	if ev.ExtensionNumber == pp.HandshakeExtendedID || ev.PeerConn.LocalLtepProtocolMap == nil {
		return false
	}
	name, _, err := ev.PeerConn.LocalLtepProtocolMap.LookupId(ev.ExtensionNumber)
	return err == nil && name == ExtensionName
}

// remoteIP returns the IP address of pc's peer, or the zero Addr when it has none.
func remoteIP(pc *torrent.PeerConn) netip.Addr {
	if pc.RemoteAddr == nil {
		return netip.Addr{}
	}
	s := pc.RemoteAddr.String()
	if host, _, err := net.SplitHostPort(s); err == nil {
		s = host
	}
	ip, err := netip.ParseAddr(s)
	if err != nil {
		return netip.Addr{}
	}
	return ip.Unmap()
}

// inbox is a small bounded queue of sg_pay payloads handed from a callback (client lock held)
// to the connection's goroutine.
type inbox struct {
	msgs     [][]byte
	overflow bool
}

// maxInbox bounds how many unprocessed sg_pay messages a connection may have queued; a peer that
// sends more before the previous ones are handled is flooding and is disconnected.
const maxInbox = 16

func (q *inbox) push(payload []byte) {
	if len(payload) > MaxMessageSize || len(q.msgs) >= maxInbox {
		q.overflow = true
		return
	}
	q.msgs = append(q.msgs, slices.Clone(payload))
}

func (q *inbox) take() ([][]byte, bool) {
	m, o := q.msgs, q.overflow
	q.msgs, q.overflow = nil, false
	return m, o
}

func signal(ch chan struct{}) {
	select {
	case ch <- struct{}{}:
	default:
	}
}

// then1 and then2 chain a callback after one already installed (nil: none), for the client
// callbacks that hold a single function rather than a list.
func then1[A any](prev, next func(A)) func(A) {
	if prev == nil {
		return next
	}
	return func(a A) { prev(a); next(a) }
}

func then2[A, B any](prev, next func(A, B)) func(A, B) {
	if prev == nil {
		return next
	}
	return func(a A, b B) { prev(a, b); next(a, b) }
}
