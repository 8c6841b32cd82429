package netlab

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/netip"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	toxiproxy "github.com/Shopify/toxiproxy/v2"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"
	"golang.org/x/sys/unix"
)

// Errors.
var (
	// ErrUnavailable means this machine cannot run a lab: not root, no ip or tc command, no
	// network namespaces or no tbf qdisc. The error says which.
	ErrUnavailable = errors.New("netlab: network emulation is unavailable")
	// ErrClosed means the lab was closed.
	ErrClosed = errors.New("netlab: lab closed")
	// ErrConfig means a Config or Link is invalid; the message says which field.
	ErrConfig = errors.New("netlab: invalid configuration")
)

// Config shapes a lab.
type Config struct {
	// RTT is the round-trip time every connection to an exposed listener gets: half of it is
	// added in each direction by the listener's proxy (0: none).
	RTT time.Duration
	// Logger receives the lab's logs (nil: discard).
	Logger *slog.Logger
}

// Link is a host's access link. Rates are in bits per second; 0 leaves a direction unshaped.
type Link struct {
	// Up limits what the host sends, Down what it receives.
	Up, Down int64
}

// Mbit is one megabit per second, for Link rates.
const Mbit = 1_000_000

// Validate reports a negative rate.
func (l Link) Validate() error {
	if l.Up < 0 || l.Down < 0 {
		return fmt.Errorf("%w: link rates must not be negative (up %d, down %d bit/s)", ErrConfig, l.Up, l.Down)
	}
	if (l.Up > 0 && l.Up < 64_000) || (l.Down > 0 && l.Down < 64_000) {
		return fmt.Errorf("%w: link rates below 64 kbit/s are not supported (up %d, down %d bit/s)", ErrConfig, l.Up, l.Down)
	}
	return nil
}

// Lab is a bridge with hosts on it. Create it with New; Close removes everything it created.
type Lab struct {
	cfg    Config
	log    *slog.Logger
	k      int    // the second octet of the lab's 10.k.0.0/16
	bridge string // interface name of the bridge
	tox    *toxiproxy.ApiServer

	mu      sync.Mutex
	closed  bool
	hosts   []*Host
	proxies []*toxiproxy.Proxy
	closers []func()
}

// Host is a network namespace on the lab's bridge.
type Host struct {
	lab *Lab
	// Name is the name given to AddHost; NS the network namespace's name (for ip netns exec).
	Name, NS string
	// Addr is the host's own address inside its namespace; Emulated the address, in the
	// lab's namespace, where its exposed listeners are reached through their proxies.
	Addr, Emulated netip.Addr
	// Link is the host's access link.
	Link Link
	veth string // the bridge side of the veth pair
}

const (
	firstK, lastK = 100, 249
	lockFile      = "netlab.lock"
	stateDir      = "netlab"
)

// Available reports nil when this machine can run a lab, or an ErrUnavailable saying why not.
func Available() error {
	if os.Geteuid() != 0 {
		return fmt.Errorf("%w: it needs root (network namespaces, veth pairs and tc qdiscs)", ErrUnavailable)
	}
	for _, c := range []string{"ip", "tc"} {
		if _, err := exec.LookPath(c); err != nil {
			return fmt.Errorf("%w: the %s command is missing (install iproute2)", ErrUnavailable, c)
		}
	}
	probe := fmt.Sprintf("nlprobe%d", os.Getpid())
	if out, err := run("ip", "netns", "add", probe); err != nil {
		return fmt.Errorf("%w: cannot create a network namespace: %s", ErrUnavailable, out)
	}
	defer run("ip", "netns", "del", probe) //nolint:errcheck
	if _, err := run("ip", "-n", probe, "link", "add", "nlp0", "type", "dummy"); err != nil {
		// No dummy driver: tbf is checked on a veth pair by AddHost instead.
		return nil
	}
	if out, err := run("ip", "netns", "exec", probe, "tc", "qdisc", "add", "dev", "nlp0", "root", "tbf", "rate", "10mbit", "burst", "64kb", "latency", "20ms"); err != nil {
		return fmt.Errorf("%w: the kernel has no tbf qdisc: %s", ErrUnavailable, out)
	}
	return nil
}

// Require skips the test when a lab cannot run here, or fails it when CI=true (where the lab is
// expected to work).
func Require(t interface {
	Helper()
	Skipf(string, ...any)
	Fatalf(string, ...any)
}) {
	t.Helper()
	if err := Available(); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI=true and %v", err)
		}
		t.Skipf("skipping: %v", err)
	}
}

// New creates a lab: a bridge with its own 10.k.0.0/16 range. It removes what labs of
// processes that no longer run left behind.
func New(cfg Config) (_ *Lab, err error) {
	if cfg.RTT < 0 {
		return nil, fmt.Errorf("%w: RTT must not be negative", ErrConfig)
	}
	if err := Available(); err != nil {
		return nil, err
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	dir := filepath.Join(os.TempDir(), stateDir)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	lf, err := os.OpenFile(filepath.Join(dir, lockFile), os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, err
	}
	defer lf.Close()
	if err := unix.Flock(int(lf.Fd()), unix.LOCK_EX); err != nil {
		return nil, fmt.Errorf("netlab: lock %s: %w", lf.Name(), err)
	}
	defer unix.Flock(int(lf.Fd()), unix.LOCK_UN) //nolint:errcheck
	reapStale(dir)
	k := 0
	for c := firstK; c <= lastK; c++ {
		if _, err := os.Stat(filepath.Join(dir, strconv.Itoa(c))); errors.Is(err, os.ErrNotExist) && !addrInUse(c) {
			k = c
			break
		}
	}
	if k == 0 {
		return nil, fmt.Errorf("netlab: every lab range 10.%d-%d.0.0/16 is in use", firstK, lastK)
	}
	if err := os.WriteFile(filepath.Join(dir, strconv.Itoa(k)), []byte(strconv.Itoa(os.Getpid())), 0o600); err != nil {
		return nil, err
	}
	l := &Lab{cfg: cfg, log: cfg.Logger.With("component", "netlab", "lab", k), k: k, bridge: fmt.Sprintf("nlb%d", k)}
	l.closers = append(l.closers, func() { _ = os.Remove(filepath.Join(dir, strconv.Itoa(k))) })
	defer func() {
		if err != nil {
			_ = l.Close()
		}
	}()
	l.closers = append(l.closers, func() { _, _ = run("ip", "link", "del", l.bridge) })
	if err := runAll(
		[]string{"ip", "link", "add", l.bridge, "type", "bridge"},
		[]string{"ip", "addr", "add", l.GatewayAddr().String() + "/16", "dev", l.bridge},
		[]string{"ip", "link", "set", l.bridge, "up"},
	); err != nil {
		return nil, err
	}
	l.tox = toxiproxy.NewServer(toxiproxy.NewMetricsContainer(prometheus.NewRegistry()), zerolog.Nop())
	l.log.Info("lab ready", "bridge", l.bridge, "range", fmt.Sprintf("10.%d.0.0/16", k), "rtt", cfg.RTT)
	return l, nil
}

// GatewayAddr is the bridge's address in the lab's (the test process's) namespace: hosts reach
// services of the test process that listen on it (or on every address).
func (l *Lab) GatewayAddr() netip.Addr { return netip.AddrFrom4([4]byte{10, byte(l.k), 0, 1}) }

// RTT is the round-trip time the lab's proxies add.
func (l *Lab) RTT() time.Duration { return l.cfg.RTT }

// Hosts returns the hosts added so far.
func (l *Lab) Hosts() []*Host {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]*Host(nil), l.hosts...)
}

// AddHost creates a host: a network namespace joined to the bridge by a veth pair, its link
// shaped by tbf in both directions.
func (l *Lab) AddHost(name string, link Link) (_ *Host, err error) {
	if err := link.Validate(); err != nil {
		return nil, err
	}
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		return nil, ErrClosed
	}
	i := len(l.hosts) + 2
	if i > 254 {
		l.mu.Unlock()
		return nil, fmt.Errorf("netlab: a lab holds at most 253 hosts")
	}
	h := &Host{lab: l, Name: name, NS: fmt.Sprintf("nl%d-%d", l.k, i), Link: link, veth: fmt.Sprintf("nl%dh%d", l.k, i),
		Addr: netip.AddrFrom4([4]byte{10, byte(l.k), 0, byte(i)}), Emulated: netip.AddrFrom4([4]byte{10, byte(l.k), 1, byte(i)})}
	l.hosts = append(l.hosts, h)
	l.closers = append(l.closers, func() { _, _ = run("ip", "netns", "del", h.NS) }, func() { _, _ = run("ip", "link", "del", h.veth) })
	l.mu.Unlock()
	peer := h.veth + "p"
	gw := l.GatewayAddr().String()
	cmds := [][]string{
		{"ip", "netns", "add", h.NS},
		{"ip", "link", "add", h.veth, "type", "veth", "peer", "name", peer},
		{"ip", "link", "set", peer, "netns", h.NS},
		{"ip", "-n", h.NS, "link", "set", peer, "name", "eth0"},
		{"ip", "-n", h.NS, "addr", "add", h.Addr.String() + "/16", "dev", "eth0"},
		{"ip", "-n", h.NS, "link", "set", "lo", "up"},
		{"ip", "-n", h.NS, "link", "set", "eth0", "up"},
		{"ip", "-n", h.NS, "route", "add", "default", "via", gw},
		{"ip", "link", "set", h.veth, "master", l.bridge},
		{"ip", "link", "set", h.veth, "up"},
		{"ip", "addr", "add", h.Emulated.String() + "/16", "dev", l.bridge},
	}
	if link.Up > 0 {
		cmds = append(cmds, append([]string{"ip", "netns", "exec", h.NS, "tc", "qdisc", "replace", "dev", "eth0", "root"}, tbf(link.Up)...))
	}
	if link.Down > 0 {
		cmds = append(cmds, append([]string{"tc", "qdisc", "replace", "dev", h.veth, "root"}, tbf(link.Down)...))
	}
	if err := runAll(cmds...); err != nil {
		return nil, fmt.Errorf("netlab: host %s: %w", name, err)
	}
	l.log.Info("host ready", "host", name, "ns", h.NS, "addr", h.Addr, "emulated", h.Emulated, "up_bit_s", link.Up, "down_bit_s", link.Down)
	return h, nil
}

// tbf is a token bucket at rate bit/s: a burst of 10 ms of traffic (at least 64 KiB, so that
// a segmentation-offloaded packet always fits) and a queue of at most 20 ms.
func tbf(rate int64) []string {
	burst := max(rate/8/100, 64<<10)
	return []string{"tbf", "rate", fmt.Sprintf("%dbit", rate), "burst", strconv.FormatInt(burst, 10), "latency", "20ms"}
}

// Close stops the proxies and removes the hosts and the bridge.
func (l *Lab) Close() error {
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		return nil
	}
	l.closed = true
	proxies, closers := l.proxies, l.closers
	l.proxies, l.closers = nil, nil
	l.mu.Unlock()
	for _, p := range proxies {
		p.Stop()
	}
	for i := len(closers) - 1; i >= 0; i-- {
		closers[i]()
	}
	return nil
}

// Do runs fn on an OS thread inside the host's network namespace: the sockets fn creates belong
// to the host, whichever goroutine uses them afterwards. Goroutines fn starts run outside.
func (h *Host) Do(fn func() error) error {
	errc := make(chan error, 1)
	go func() {
		runtime.LockOSThread()
		orig, err := unix.Open("/proc/thread-self/ns/net", unix.O_RDONLY|unix.O_CLOEXEC, 0)
		if err != nil {
			runtime.UnlockOSThread()
			errc <- fmt.Errorf("netlab: open this thread's network namespace: %w", err)
			return
		}
		defer unix.Close(orig) //nolint:errcheck
		target, err := unix.Open(filepath.Join("/var/run/netns", h.NS), unix.O_RDONLY|unix.O_CLOEXEC, 0)
		if err != nil {
			runtime.UnlockOSThread()
			errc <- fmt.Errorf("netlab: open namespace %s: %w", h.NS, err)
			return
		}
		defer unix.Close(target) //nolint:errcheck
		if err := unix.Setns(target, unix.CLONE_NEWNET); err != nil {
			runtime.UnlockOSThread()
			errc <- fmt.Errorf("netlab: enter namespace %s: %w", h.NS, err)
			return
		}
		ferr := fn()
		if err := unix.Setns(orig, unix.CLONE_NEWNET); err != nil {
			// The thread stays locked and ends with this goroutine: it never runs other code.
			errc <- errors.Join(ferr, fmt.Errorf("netlab: leave namespace %s: %w", h.NS, err))
			return
		}
		runtime.UnlockOSThread()
		errc <- ferr
	}()
	return <-errc
}

// Listen listens inside the host. An address without a host part listens on the host's address.
func (h *Host) Listen(network, addr string) (net.Listener, error) {
	if strings.HasPrefix(addr, ":") {
		addr = h.Addr.String() + addr
	}
	var ln net.Listener
	err := h.Do(func() (err error) {
		ln, err = net.Listen(network, addr)
		return err
	})
	return ln, err
}

// DialContext dials from inside the host.
func (h *Host) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	var c net.Conn
	err := h.Do(func() (err error) {
		var d net.Dialer
		c, err = d.DialContext(ctx, network, addr)
		return err
	})
	return c, err
}

// DialFromEmulated dials from the lab's namespace with the host's emulated address as the
// source: what a service of the test process (a tracker, a gateway on loopback) sees as the
// host's address is then the one other hosts reach it at.
func (h *Host) DialFromEmulated(ctx context.Context, network, addr string) (net.Conn, error) {
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: h.Emulated.AsSlice()}}
	return d.DialContext(ctx, network, addr)
}

// Expose starts a proxy on the host's emulated address in front of upstream, a TCP listener
// inside the host (host:port), adding half the lab's RTT in each direction. The proxy listens
// on upstream's port when that port is free on the emulated address, else on one the system
// picks. It returns the emulated address (host:port) peers should dial.
func (h *Host) Expose(upstream string) (string, error) {
	_, port, err := net.SplitHostPort(upstream)
	if err != nil {
		return "", fmt.Errorf("netlab: expose %q: %w", upstream, err)
	}
	emu, err := h.expose(upstream, port)
	if err != nil {
		emu, err = h.expose(upstream, "0")
	}
	return emu, err
}

func (h *Host) expose(upstream, port string) (string, error) {
	l := h.lab
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		return "", ErrClosed
	}
	name := fmt.Sprintf("%s-%d", h.NS, len(l.proxies))
	l.mu.Unlock()
	p := toxiproxy.NewProxy(l.tox, name, net.JoinHostPort(h.Emulated.String(), port), upstream)
	if err := p.Start(); err != nil {
		return "", fmt.Errorf("netlab: proxy for %s on %s: %w", upstream, p.Listen, err)
	}
	if half := l.cfg.RTT / 2; half > 0 {
		// toxiproxy's latency is in whole milliseconds.
		ms := half.Milliseconds()
		for _, stream := range []string{"upstream", "downstream"} {
			j := fmt.Sprintf(`{"name":"latency_%s","type":"latency","stream":%q,"attributes":{"latency":%d}}`, stream, stream, ms)
			if _, err := p.Toxics.AddToxicJson(strings.NewReader(j)); err != nil {
				p.Stop()
				return "", fmt.Errorf("netlab: latency toxic: %w", err)
			}
		}
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		p.Stop()
		return "", ErrClosed
	}
	l.proxies = append(l.proxies, p)
	return p.Listen, nil
}

// Command returns a command that runs inside the host (ip netns exec).
func (h *Host) Command(ctx context.Context, name string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, "ip", append([]string{"netns", "exec", h.NS, name}, args...)...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	cmd.WaitDelay = 5 * time.Second
	return cmd
}

// String names the host in logs.
func (h *Host) String() string {
	return fmt.Sprintf("%s (%s, emulated %s)", h.Name, h.Addr, h.Emulated)
}

func run(name string, args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	s := strings.TrimSpace(out.String())
	if err != nil {
		return s, fmt.Errorf("%s %s: %w: %s", name, strings.Join(args, " "), err, s)
	}
	return s, nil
}

func runAll(cmds ...[]string) error {
	for _, c := range cmds {
		if _, err := run(c[0], c[1:]...); err != nil {
			return err
		}
	}
	return nil
}

// addrInUse reports whether an interface of this namespace already has an address in
// 10.k.0.0/16.
func addrInUse(k int) bool {
	out, err := run("ip", "-o", "-4", "addr", "show")
	if err != nil {
		return true
	}
	return strings.Contains(out, fmt.Sprintf(" 10.%d.", k))
}

// reapStale removes the bridges, namespaces and veth pairs of labs whose process has ended
// without closing them (a killed test).
func reapStale(dir string) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range ents {
		k, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		b, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		pid, _ := strconv.Atoi(strings.TrimSpace(string(b)))
		if pid > 0 && unix.Kill(pid, 0) == nil {
			continue
		}
		if out, err := run("ip", "netns", "list"); err == nil {
			for _, line := range strings.Split(out, "\n") {
				if f := strings.Fields(line); len(f) > 0 && strings.HasPrefix(f[0], fmt.Sprintf("nl%d-", k)) {
					_, _ = run("ip", "netns", "del", f[0])
				}
			}
		}
		_, _ = run("ip", "link", "del", fmt.Sprintf("nlb%d", k))
		_ = os.Remove(filepath.Join(dir, e.Name()))
	}
}
