package seeder_test

import (
	"bytes"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/anacrolix/torrent"
	"golang.org/x/time/rate"

	"github.com/swarmgate/swarmgate/internal/testnet"
	"github.com/swarmgate/swarmgate/paywire"
	"github.com/swarmgate/swarmgate/seeder"
)

// acks records the receipts a seller acknowledged to the payer: the baseline of an invoice is the
// newest receipt the seller has stored.
type acks struct {
	mu  sync.Mutex
	max uint64
	n   int
}

func (a *acks) observe(ev torrent.PeerConnReadExtensionMessageEvent) {
	m := ev.PeerConn.LocalLtepProtocolMap
	if m == nil {
		return
	}
	if name, _, err := m.LookupId(ev.ExtensionNumber); err != nil || name != paywire.ExtensionName {
		return
	}
	msg, err := paywire.Decode(ev.Payload)
	if err != nil {
		return
	}
	if inv, ok := msg.(*paywire.Invoice); ok && inv.Baseline != nil {
		a.mu.Lock()
		a.max = max(a.max, inv.Baseline.Receipt.Bytes.Uint64())
		a.n++
		a.mu.Unlock()
	}
}

func (a *acks) get() (uint64, int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.max, a.n
}

func freePort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// buildBinary builds swarmgate into a temporary directory.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "swarmgate")
	args := []string{"build", "-o", bin}
	if raceEnabled {
		args = append(args, "-race")
	}
	cmd := exec.Command("go", append(args, "../cmd/swarmgate")...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// child is a `swarmgate seeder run` process.
type child struct {
	cmd    *exec.Cmd
	stderr *bytes.Buffer
	exited chan struct{} // closed once Wait returned; err is then set
	err    error
}

func startChild(t *testing.T, bin string, args []string, status string) *child {
	t.Helper()
	c := &child{stderr: &bytes.Buffer{}, exited: make(chan struct{})}
	c.cmd = exec.Command(bin, args...)
	c.cmd.Stderr = c.stderr
	c.cmd.Env = append(os.Environ(), "SWARMGATE_PASSPHRASE=") // the passphrase comes from the file
	if err := c.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		c.err = c.cmd.Wait()
		close(c.exited)
	}()
	deadline := time.Now().Add(time.Minute)
	for {
		resp, err := http.Get("http://" + status + "/status")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return c
			}
		}
		select {
		case <-c.exited:
			t.Fatalf("seeder process exited at start (%v):\n%s", c.err, c.stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			c.kill(t)
			t.Fatalf("seeder process not ready within a minute:\n%s", c.stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func (c *child) kill(t *testing.T) {
	t.Helper()
	if err := c.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-c.exited
}

func (c *child) stop(t *testing.T) {
	t.Helper()
	if err := c.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	<-c.exited
	if c.err != nil {
		t.Errorf("seeder process exited with %v:\n%s", c.err, c.stderr.String())
	}
}

// TestSeederKilledDuringDownload runs `swarmgate seeder run` as a child process and SIGKILLs it
// several times while a paying viewer downloads (and while batches settle). After every restart
// the database holds every receipt the seller had acknowledged before the kill, and in the end
// every receipt settles on chain.
func TestSeederKilledDuringDownload(t *testing.T) {
	t.Parallel()
	bin := buildBinary(t)
	var seen acks
	netw := testnet.New(t, testnet.Config{Seeders: 1, Payers: 1, ItemSize: 24 << 20, NoStart: true,
		Seeder: func(_ int, c *seeder.Config) {
			c.SettleInterval = 300 * time.Millisecond
			c.SettleMargin = time.Hour
			c.Cooldown = time.Second
		},
		Client: func(_ int, cc *torrent.ClientConfig) {
			// The payer seeds once complete, as a viewer does while it watches: a client that has
			// the whole item and does not seed takes and makes no connection, so a seller that
			// crashed before saving the last receipt could not get it again.
			cc.Seed = true
			cc.DownloadRateLimiter = rate.NewLimiter(rate.Limit(6<<20), 256<<10)
			cc.Callbacks.PeerConnReadExtensionMessage = append(cc.Callbacks.PeerConnReadExtensionMessage, seen.observe)
		},
	})
	s, p := netw.Seeders[0], netw.Payers[0]
	s.Config.Listen, s.Config.StatusListen = freePort(t), freePort(t)
	args := s.Args()
	ctx := t.Context()

	latestInDB := func() uint64 {
		st, err := seeder.OpenStoreReadOnly(ctx, s.DataDir)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		rec, err := st.Latest(ctx, p.Viewer, s.Payout)
		if err != nil {
			t.Fatal(err)
		}
		if rec == nil {
			return 0
		}
		return rec.Receipt.Receipt.Bytes.Uint64()
	}

	c := startChild(t, bin, args, s.Config.StatusListen)
	tor, err := p.Client.AddTorrent(netw.Item.MetaInfo)
	if err != nil {
		t.Fatal(err)
	}
	peer := []torrent.PeerInfo{{Addr: stringer(s.Config.Listen), Trusted: true}}
	tor.AddPeers(peer)
	tor.DownloadAll()

	kills := 0
	for !tor.Complete().Bool() || kills < 3 {
		if kills >= 30 {
			t.Fatalf("download not complete after %d kills", kills)
		}
		time.Sleep(time.Duration(300+rand.IntN(700)) * time.Millisecond)
		acked, _ := seen.get()
		c.kill(t)
		kills++
		if got := latestInDB(); got < acked {
			t.Fatalf("kill %d: the database holds a receipt for %d bytes, the seller had acknowledged %d", kills, got, acked)
		}
		c = startChild(t, bin, args, s.Config.StatusListen)
		tor.AddPeers(peer)
	}
	// Let the last bytes be paid, and everything settle.
	var want uint64
	testnet.WaitFor(t, time.Minute, "the payer's newest receipt in the seeder's database", func() bool {
		tor.AddPeers(peer)
		if l := p.Payer.Latest(s.Payout); l != nil {
			want = l.Receipt.Bytes.Uint64()
		}
		return want > 0 && latestInDB() == want
	})
	acked, n := seen.get()
	if acked > want {
		t.Errorf("the seller acknowledged %d bytes, holds %d", acked, want)
	}
	// Settled on chain and recorded: the node records a batch a poll after it is mined, and a
	// batch stopped in between stays open until the next start reconciles it.
	testnet.WaitFor(t, time.Minute, "settlement of the newest receipt, recorded", func() bool {
		st, err := seeder.OpenStoreReadOnly(ctx, s.DataDir)
		if err != nil {
			return false
		}
		defer st.Close()
		rec, err := st.Latest(ctx, p.Viewer, s.Payout)
		if err != nil || rec == nil {
			return false
		}
		paid, err := netw.Chain.Client.Paid(ctx, p.Viewer, s.Payout)
		if err != nil || paid.Cmp(rec.Receipt.Receipt.Amount) != 0 {
			return false
		}
		rep, err := seeder.BuildReport(ctx, st, s.Payout, nil)
		return err == nil && rep.Totals.OpenBatches == 0
	})
	c.stop(t)
	netw.Item.CheckDownload(t, tor)
	// The report (read by the earnings command) agrees.
	st, err := seeder.OpenStoreReadOnly(ctx, s.DataDir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	rep, err := seeder.BuildReport(ctx, st, s.Payout, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Totals.Unredeemed != "0" || rep.Totals.OpenBatches != 0 {
		t.Errorf("report after settlement: %+v", rep.Totals)
	}
	t.Logf("%d kills; %d acknowledgements seen, newest %d bytes; paid %s wei in %d batches (%d gas)",
		kills, n, want, rep.Totals.Settled, rep.Totals.Batches, rep.Totals.GasUsed)
}

type stringer string

func (s stringer) String() string { return string(s) }
