package netlab_test

import (
	"io"
	"net"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/swarmgate/swarmgate/internal/netlab"
)

// newLab starts a lab for the test (skipped where labs cannot run, failed under CI=true).
func newLab(t *testing.T, rtt time.Duration) *netlab.Lab {
	t.Helper()
	netlab.Require(t)
	l, err := netlab.New(netlab.Config{RTT: rtt})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = l.Close() })
	return l
}

func addHost(t *testing.T, l *netlab.Lab, name string, link netlab.Link) *netlab.Host {
	t.Helper()
	h, err := l.AddHost(name, link)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// serve accepts connections on ln and hands each to f until ln closes.
func serve(ln net.Listener, f func(net.Conn)) {
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() { defer c.Close(); f(c) }()
		}
	}()
}

// medianRTT is the median of n one-byte round trips on c.
func medianRTT(t *testing.T, c net.Conn, n int) time.Duration {
	t.Helper()
	var rtts []time.Duration
	b := []byte{1}
	for range n {
		start := time.Now()
		if _, err := c.Write(b); err != nil {
			t.Fatal(err)
		}
		if _, err := io.ReadFull(c, b); err != nil {
			t.Fatal(err)
		}
		rtts = append(rtts, time.Since(start))
	}
	slices.Sort(rtts)
	return rtts[len(rtts)/2]
}

// TestLabRTT: a connection to an exposed listener has the lab's round-trip time (40 ms); the
// same listener dialled directly, inside the lab, has almost none (the baseline).
func TestLabRTT(t *testing.T) {
	l := newLab(t, 40*time.Millisecond)
	a := addHost(t, l, "a", netlab.Link{})
	b := addHost(t, l, "b", netlab.Link{})
	ln, err := b.Listen("tcp4", ":0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	serve(ln, func(c net.Conn) { _, _ = io.Copy(c, c) })
	emu, err := b.Expose(ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(emu, b.Emulated.String()+":") {
		t.Fatalf("exposed at %s, want the emulated address %s", emu, b.Emulated)
	}
	ctx := t.Context()
	direct, err := a.DialContext(ctx, "tcp4", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer direct.Close()
	if la := direct.LocalAddr().(*net.TCPAddr); la.IP.String() != a.Addr.String() {
		t.Fatalf("a dial from host a has source %v, want a's address %v (it did not run inside a's namespace)", la.IP, a.Addr)
	}
	shaped, err := a.DialContext(ctx, "tcp4", emu)
	if err != nil {
		t.Fatal(err)
	}
	defer shaped.Close()
	base, got := medianRTT(t, direct, 15), medianRTT(t, shaped, 15)
	t.Logf("median RTT: direct %v, through the proxy %v", base, got)
	if base > 10*time.Millisecond {
		t.Errorf("direct RTT %v: the lab's own links should add almost nothing", base)
	}
	if got < 40*time.Millisecond || got > 40*time.Millisecond+base+15*time.Millisecond {
		t.Errorf("RTT through the proxy is %v, want 40 ms (plus at most 15 ms of overhead)", got)
	}
	// The lab's namespace cannot reach a host's own address through the loopback: a socket
	// of the test process dialling the host goes over the bridge.
	if c, err := (&net.Dialer{}).DialContext(ctx, "tcp4", ln.Addr().String()); err != nil {
		t.Fatalf("the lab's namespace cannot reach host b: %v", err)
	} else {
		c.Close()
	}
}

// throughput sends n bytes from src's connection to a sink on dst (through dst's proxy) and
// returns the rate in bit/s measured at the receiver.
func throughput(t *testing.T, src, dst *netlab.Host, n int64) float64 {
	t.Helper()
	ln, err := dst.Listen("tcp4", ":0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	got := make(chan float64, 1)
	serve(ln, func(c net.Conn) {
		// Time from the first byte, so that the connection setup does not count.
		var one [1]byte
		if _, err := io.ReadFull(c, one[:]); err != nil {
			got <- 0
			return
		}
		start := time.Now()
		m, _ := io.Copy(io.Discard, c)
		got <- float64(m*8) / time.Since(start).Seconds()
	})
	emu, err := dst.Expose(ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	c, err := src.DialContext(t.Context(), "tcp4", emu)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.CopyN(c, zeros{}, n); err != nil {
		t.Fatal(err)
	}
	c.Close()
	select {
	case r := <-got:
		return r
	case <-time.After(30 * time.Second):
		t.Fatal("the transfer did not finish within 30 s")
		return 0
	}
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) { clear(p); return len(p), nil }

// TestLabBandwidth: a transfer runs at the slower of the sender's upload and the receiver's
// download, through the proxies and the 40 ms RTT; a transfer between unshaped hosts (the
// baseline) is much faster.
func TestLabBandwidth(t *testing.T) {
	l := newLab(t, 40*time.Millisecond)
	seeder := addHost(t, l, "seeder", netlab.Link{Up: 100 * netlab.Mbit, Down: 100 * netlab.Mbit})
	viewer := addHost(t, l, "viewer", netlab.Link{Up: 10 * netlab.Mbit, Down: 20 * netlab.Mbit})
	free1 := addHost(t, l, "free1", netlab.Link{})
	free2 := addHost(t, l, "free2", netlab.Link{})
	for _, c := range []struct {
		name     string
		src, dst *netlab.Host
		want     float64
		bytes    int64
	}{
		{"seeder to viewer: the viewer's 20 Mbit/s download", seeder, viewer, 20 * netlab.Mbit, 3 << 20},
		{"viewer to seeder: the viewer's 10 Mbit/s upload", viewer, seeder, 10 * netlab.Mbit, 3 << 19},
	} {
		r := throughput(t, c.src, c.dst, c.bytes)
		t.Logf("%s: %.1f Mbit/s", c.name, r/netlab.Mbit)
		if r < 0.75*c.want || r > 1.1*c.want {
			t.Errorf("%s: %.1f Mbit/s, want %.0f Mbit/s (within -25%%/+10%%)", c.name, r/netlab.Mbit, c.want/netlab.Mbit)
		}
	}
	base := throughput(t, free1, free2, 32<<20)
	t.Logf("baseline, unshaped hosts: %.1f Mbit/s", base/netlab.Mbit)
	if base < 100*netlab.Mbit {
		t.Errorf("unshaped hosts transfer at %.1f Mbit/s: the shaping seen above may be the machine's own limit", base/netlab.Mbit)
	}
}

// TestLabClose: closing a lab removes its namespaces and bridge.
func TestLabClose(t *testing.T) {
	l := newLab(t, 0)
	h := addHost(t, l, "h", netlab.Link{Up: netlab.Mbit, Down: netlab.Mbit})
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("ip", "netns", "list").CombinedOutput()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(out), h.NS) {
		t.Errorf("namespace %s is still there after Close", h.NS)
	}
	if _, err := l.AddHost("late", netlab.Link{}); err == nil {
		t.Error("AddHost on a closed lab succeeded")
	}
}

// TestLinkValidate: negative and tiny rates are refused with a message naming them.
func TestLinkValidate(t *testing.T) {
	for _, c := range []struct {
		link netlab.Link
		ok   bool
	}{
		{netlab.Link{}, true},
		{netlab.Link{Up: 50 * netlab.Mbit, Down: 50 * netlab.Mbit}, true},
		{netlab.Link{Up: -1}, false},
		{netlab.Link{Down: 1000}, false},
	} {
		err := c.link.Validate()
		if (err == nil) != c.ok {
			t.Errorf("%+v: err %v, want ok=%v", c.link, err, c.ok)
		}
	}
}

// TestHostCommand: a process started with Host.Command runs inside the host: it sees the
// host's address and not the lab's bridge.
func TestHostCommand(t *testing.T) {
	l := newLab(t, 0)
	h := addHost(t, l, "h", netlab.Link{})
	out, err := h.Command(t.Context(), "ip", "-o", "-4", "addr", "show").CombinedOutput()
	if err != nil {
		t.Fatalf("ip addr inside the host: %v: %s", err, out)
	}
	if !strings.Contains(string(out), " "+h.Addr.String()+"/16") {
		t.Errorf("inside the host, ip addr shows no %s:\n%s", h.Addr, out)
	}
	if gw := l.GatewayAddr().String(); strings.Contains(string(out), " "+gw+"/") {
		t.Errorf("inside the host, ip addr shows the lab's bridge address %s:\n%s", gw, out)
	}
}
