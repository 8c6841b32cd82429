package platform_test

import (
	"context"
	"crypto/rand"
	"fmt"
	"io"
	"math/big"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/anacrolix/torrent"
	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/internal/netlab"
	"github.com/swarmgate/swarmgate/internal/testnet"
	"github.com/swarmgate/swarmgate/internal/testnet/platform"
	"github.com/swarmgate/swarmgate/seeder"
	"github.com/swarmgate/swarmgate/viewer"
)

// The swarm figures (issue #13): one paid item, three seeders and the gateway's origin seeding
// it, ten viewers starting a few seconds apart, each playing the whole item at a video's rate
// (with two peeks elsewhere in it, to measure seeks), all serving each other (free). Measured:
// the share of the bytes the viewers received that the origin sent, that other viewers sent,
// time to the first frame, seek latency, rebuffering, and what each seeder was paid.
//
// Run with:
//
//	go test -run '^$' -bench BenchmarkSwarm -benchtime 1x -timeout 20m ./internal/testnet/platform/
//
// loopback is every part on the loopback; shaped puts each seeder, the origin and each viewer
// on a host of its own (internal/netlab): 50 Mbit/s each way per viewer, 200 Mbit/s per seeder
// and for the origin, 40 ms round trip on every connection. The loopback run is the shaped
// run's baseline. The origin-capped runs cap the origin's upload at figOriginRate (the
// gateway's --origin-max-upload-rate); the uncapped runs are their baseline.
const (
	figItemSize  = 24 << 20
	figSeeders   = 3
	figViewers   = 10
	figStagger   = 3 * time.Second
	figBitrate   = 10 * netlab.Mbit // bits per second of video
	figFPS       = 25
	figLookahead = time.Second // how far ahead of the playback clock the player reads
	// figOriginRate is the origin's upload cap in the origin-capped runs (seeder.Config.
	// MaxUploadRate): 512 KiB/s. Below the 10 Mbit/s video rate: an item without seeders
	// would not play smoothly from the origin alone; the figures show what the cap buys.
	figOriginRate = 512 << 10
)

// figPrice is every seeder's price, the origin's and the viewers' limit (wei per GiB).
var figPrice = big.NewInt(1_000_000_000_000_000)

func BenchmarkSwarm(b *testing.B) {
	for _, shaped := range []bool{false, true} {
		for _, capped := range []bool{false, true} {
			name := "loopback"
			if shaped {
				name = "shaped"
			}
			var originRate uint64
			if capped {
				name += "/origin-capped"
				originRate = figOriginRate
			}
			b.Run(name, func(b *testing.B) {
				if shaped {
					netlab.Require(b)
				}
				for range b.N {
					runSwarm(b, shaped, originRate)
				}
			})
		}
	}
}

// playStats is what one viewer's player measured.
type playStats struct {
	firstFrame time.Duration // from Watch to the first frame read
	seeks      []time.Duration
	rebuffers  int
	stalled    time.Duration
	frames     int
}

// swarmHosts are the lab's hosts: nil on the loopback.
type swarmHosts struct {
	lab     *netlab.Lab
	origin  *netlab.Host
	seeders []*netlab.Host
	viewers []*netlab.Host
}

func newSwarmHosts(b *testing.B) *swarmHosts {
	lab, err := netlab.New(netlab.Config{RTT: 40 * time.Millisecond})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = lab.Close() })
	h := &swarmHosts{lab: lab}
	add := func(name string, link netlab.Link) *netlab.Host {
		host, err := lab.AddHost(name, link)
		if err != nil {
			b.Fatal(err)
		}
		return host
	}
	fast := netlab.Link{Up: 200 * netlab.Mbit, Down: 200 * netlab.Mbit}
	h.origin = add("origin", fast)
	for i := range figSeeders {
		h.seeders = append(h.seeders, add(fmt.Sprintf("seeder%d", i), fast))
	}
	for i := range figViewers {
		h.viewers = append(h.viewers, add(fmt.Sprintf("viewer%d", i), netlab.Link{Up: 50 * netlab.Mbit, Down: 50 * netlab.Mbit}))
	}
	return h
}

// onHost returns seeder.Deps hooks that put a node's torrent client on host at port.
func onHost(host *netlab.Host, port int) (func(*torrent.ClientConfig), func(*torrent.Client) error) {
	return host.Attach, func(cl *torrent.Client) error {
		_, _, err := host.Join(cl, port)
		return err
	}
}

func runSwarm(b *testing.B, shaped bool, originRate uint64) {
	b.StopTimer()
	var hosts *swarmHosts
	if shaped {
		hosts = newSwarmHosts(b)
	}
	gc := platform.GatewayConfig{OriginPricePerGiB: figPrice, Origin: func(c *seeder.Config) { c.MaxUploadRate = originRate }}
	if shaped {
		gc.OriginDeps = func(d *seeder.Deps) { d.Client, d.ClientStarted = onHost(hosts.origin, 0) }
	}
	n := platform.New(b, platform.Config{
		Config:  testnet.Config{Seeders: figSeeders, NoStart: true, ItemSize: 1 << 10, PricePerGiB: figPrice},
		Gateway: gc,
	})
	creator := n.AddCreator(big.NewInt(1e17))
	plain := make([]byte, figItemSize)
	_, _ = rand.Read(plain)
	id := creator.Upload(plain, platform.UploadOptions{Policy: eip712.Policy{Model: eip712.ModelBuy, Price: big.NewInt(1e15)}})
	var sellers []common.Address
	for i, s := range n.Seeders {
		s.Join(n.Gateway.URL, id)
		if shaped {
			port, err := hosts.seeders[i].FreePort()
			if err != nil {
				b.Fatal(err)
			}
			s.Config.PublicAddr = fmt.Sprintf("%s:%d", hosts.seeders[i].Emulated, port)
			host := hosts.seeders[i]
			s.Deps = func(d *seeder.Deps) { d.Client, d.ClientStarted = onHost(host, port) }
		}
		s.Start()
		sellers = append(sellers, s.Payout)
	}
	for _, s := range n.Seeders {
		s.WaitComplete(3 * time.Minute)
	}
	sellers = append(sellers, n.Gateway.Origin)
	origin := itemTorrent(b, n.Gateway.OriginNode().Torrents())
	seederTors := make([]*torrent.Torrent, len(n.Seeders))
	for i, s := range n.Seeders {
		seederTors[i] = itemTorrent(b, s.Node().Torrents())
	}
	upBefore := func(t *torrent.Torrent) int64 { st := t.Stats(); return st.BytesWrittenData.Int64() }
	originBefore := upBefore(origin)
	seedersBefore := make([]int64, len(seederTors))
	for i, t := range seederTors {
		seedersBefore[i] = upBefore(t)
	}

	viewers := make([]*platform.Viewer, figViewers)
	for i := range viewers {
		v := n.AddViewer(big.NewInt(2e17))
		v.Buy(id)
		v.Deposit(big.NewInt(5e16))
		viewers[i] = v
	}
	b.StartTimer()
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		stats = make([]playStats, figViewers)
		errs  []error
		comps = make([]*viewer.Viewer, figViewers)
	)
	// Who sent each viewer what, from the viewer's side: each connection's useful bytes, polled
	// (a connection closes once both ends are complete).
	roles := map[torrent.PeerID]string{n.Gateway.OriginNode().Client().PeerID(): "origin"}
	for _, s := range n.Seeders {
		roles[s.Node().Client().PeerID()] = "seeders"
	}
	var (
		fromMu sync.Mutex
		from   = make([]map[torrent.PeerID]int64, figViewers)
	)
	poll := func() {
		fromMu.Lock()
		defer fromMu.Unlock()
		for i, c := range comps {
			if c == nil {
				continue
			}
			t := c.Torrent()
			if t == nil {
				continue
			}
			if from[i] == nil {
				from[i] = map[torrent.PeerID]int64{}
			}
			for _, pc := range t.PeerConns() {
				st := pc.Stats()
				if u := st.BytesReadUsefulData.Int64(); u > from[i][pc.PeerID] {
					from[i][pc.PeerID] = u
				}
			}
		}
	}
	pollDone := make(chan struct{})
	var pollWG sync.WaitGroup
	pollWG.Add(1)
	go func() {
		defer pollWG.Done()
		for {
			select {
			case <-pollDone:
				return
			case <-time.After(100 * time.Millisecond):
				poll()
			}
		}
	}()
	start := time.Now()
	for i, v := range viewers {
		time.Sleep(time.Until(start.Add(time.Duration(i) * figStagger)))
		opts := platform.WatchOptions{MaxPricePerGiB: figPrice, NoServe: true}
		if shaped {
			host := hosts.viewers[i]
			opts.Client = host.Attach
			opts.ClientStarted = func(cl *torrent.Client) error { _, _, err := host.Join(cl, 0); return err }
		}
		t0 := time.Now()
		comp := v.Watch(id, opts)
		fromMu.Lock()
		comps[i] = comp
		fromMu.Unlock()
		wg.Add(1)
		go func() {
			defer wg.Done()
			st, err := play(n.Ctx(), comp, t0)
			mu.Lock()
			defer mu.Unlock()
			stats[i] = st
			if err != nil {
				errs = append(errs, fmt.Errorf("viewer %d: %w", i, err))
			}
		}()
	}
	wg.Wait()
	b.StopTimer()
	close(pollDone)
	pollWG.Wait()
	poll()
	for _, err := range errs {
		b.Error(err)
	}
	// Every viewer has played the whole item; they all still run. Count bytes now.
	var recv, viewersUp int64
	for i, comp := range comps {
		t := comp.Torrent()
		if t == nil {
			b.Fatalf("viewer %d stopped early", i)
		}
		st := t.Stats()
		recv += st.BytesReadUsefulData.Int64()
		viewersUp += st.BytesWrittenData.Int64()
	}
	originUp := upBefore(origin) - originBefore
	var seedersUp int64
	var perSeeder []string
	for i, t := range seederTors {
		up := upBefore(t) - seedersBefore[i]
		seedersUp += up
		perSeeder = append(perSeeder, fmt.Sprintf("seeder %d sent %.1f MiB", i, float64(up)/(1<<20)))
	}
	earned := map[common.Address]*big.Int{}
	for _, v := range viewers {
		for a, x := range v.Paid(sellers...) {
			if earned[a] == nil {
				earned[a] = new(big.Int)
			}
			earned[a].Add(earned[a], x)
		}
	}
	var earnings []string
	for i, a := range sellers {
		name := fmt.Sprintf("seeder %d", i)
		if i == len(sellers)-1 {
			name = "origin"
		}
		e := earned[a]
		if e == nil {
			e = new(big.Int)
		}
		mib, _ := new(big.Float).Quo(new(big.Float).SetInt(new(big.Int).Mul(e, big.NewInt(1024))), new(big.Float).SetInt(figPrice)).Float64()
		earnings = append(earnings, fmt.Sprintf("%s %s wei (%.1f MiB at the price)", name, e, mib))
	}
	sent := originUp + seedersUp + viewersUp
	pct := func(x int64) float64 { return 100 * float64(x) / float64(sent) }
	var ttff, seeks []time.Duration
	var rebuf, frames int
	var stalled time.Duration
	for _, s := range stats {
		ttff = append(ttff, s.firstFrame)
		seeks = append(seeks, s.seeks...)
		rebuf += s.rebuffers
		stalled += s.stalled
		frames += s.frames
	}
	slices.Sort(ttff)
	slices.Sort(seeks)
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(pct(originUp), "origin-sent-%")
	b.ReportMetric(pct(viewersUp), "viewers-sent-%")
	b.ReportMetric(pct(seedersUp), "seeders-sent-%")
	b.ReportMetric(ms(ttff[len(ttff)/2]), "first-frame-median-ms")
	b.ReportMetric(ms(ttff[len(ttff)-1]), "first-frame-max-ms")
	b.ReportMetric(ms(seeks[len(seeks)/2]), "seek-median-ms")
	b.ReportMetric(ms(seeks[len(seeks)-1]), "seek-max-ms")
	b.ReportMetric(float64(rebuf), "rebuffers")
	b.ReportMetric(ms(stalled), "stalled-ms")
	var rows []string
	var byRole = map[string]int64{}
	for i, m := range from {
		per := map[string]int64{}
		var sum int64
		for id, x := range m {
			r := roles[id]
			if r == "" {
				r = "viewers"
			}
			per[r] += x
			byRole[r] += x
			sum += x
		}
		if sum == 0 {
			sum = 1
		}
		rows = append(rows, fmt.Sprintf("viewer %d: %.1f MiB, origin %.0f%%, seeders %.0f%%, viewers %.0f%%", i, float64(sum)/(1<<20),
			100*float64(per["origin"])/float64(sum), 100*float64(per["seeders"])/float64(sum), 100*float64(per["viewers"])/float64(sum)))
	}
	var seen int64
	for _, x := range byRole {
		seen += x
	}
	b.ReportMetric(100*float64(byRole["origin"])/float64(max(seen, 1)), "origin-recv-%")
	b.ReportMetric(100*float64(byRole["viewers"])/float64(max(seen, 1)), "viewers-recv-%")
	b.Logf("viewers received %.1f MiB, %.1f MiB were sent: origin %.1f%%, seeders %.1f%%, viewers %.1f%% of it; %s; paid: %s; %d frames, %d rebuffers (%v stalled)",
		float64(recv)/(1<<20), float64(sent)/(1<<20), pct(originUp), pct(seedersUp), pct(viewersUp), strings.Join(perSeeder, ", "), strings.Join(earnings, ", "),
		frames, rebuf, stalled)
	b.Logf("received, by sender, as the viewers counted (%.1f MiB of %.1f MiB seen): origin %.1f%%, seeders %.1f%%, viewers %.1f%%\n%s",
		float64(seen)/(1<<20), float64(recv)/(1<<20), 100*float64(byRole["origin"])/float64(max(seen, 1)), 100*float64(byRole["seeders"])/float64(max(seen, 1)),
		100*float64(byRole["viewers"])/float64(max(seen, 1)), strings.Join(rows, "\n"))
	b.ReportMetric(float64(sent)/float64(recv), "sent/received")
	for _, v := range viewers {
		v.Stop()
	}
}

// itemTorrent is the one torrent of a node that seeds one item.
func itemTorrent(b *testing.B, ts []*torrent.Torrent) *torrent.Torrent {
	b.Helper()
	if len(ts) != 1 {
		b.Fatalf("a node seeds %d torrents, want 1", len(ts))
	}
	return ts[0]
}

// play plays the viewer's item from the start to the end at figBitrate, reading frames of
// 1/figFPS s up to figLookahead ahead of the playback clock; a frame read after its time is a
// rebuffer, and the clock waits for it. At 10 % and 20 % of the item the player peeks half the
// item further on (one frame) and comes back: the seek latency.
func play(ctx context.Context, v *viewer.Viewer, watched time.Time) (playStats, error) {
	var st playStats
	r, err := v.NewReader(ctx)
	if err != nil {
		return st, err
	}
	defer r.Close()
	size, err := r.Seek(0, io.SeekEnd)
	if err != nil {
		return st, err
	}
	if _, err := r.Seek(0, io.SeekStart); err != nil {
		return st, err
	}
	frame := int64(figBitrate / 8 / figFPS)
	frameDur := time.Second / figFPS
	buf := make([]byte, frame)
	n := int((size + frame - 1) / frame)
	peeks := map[int]bool{n / 10: true, n / 5: true}
	var clock time.Time // when frame 0 plays; frame i plays at clock + i*frameDur
	for i := range n {
		if i > 0 {
			due := clock.Add(time.Duration(i) * frameDur)
			if w := time.Until(due.Add(-figLookahead)); w > 0 {
				time.Sleep(w)
			}
		}
		if peeks[i] {
			pos := int64(i) * frame
			away := (pos + size/2) % size / frame * frame
			t0 := time.Now()
			if _, err := r.Seek(away, io.SeekStart); err != nil {
				return st, err
			}
			if _, err := io.ReadFull(r, buf[:min(frame, size-away)]); err != nil {
				return st, fmt.Errorf("peek at %d: %w", away, err)
			}
			d := time.Since(t0)
			st.seeks = append(st.seeks, d)
			clock = clock.Add(d) // the viewer paused to look: not a rebuffer
			if _, err := r.Seek(pos, io.SeekStart); err != nil {
				return st, err
			}
		}
		want := min(frame, size-int64(i)*frame)
		if _, err := io.ReadFull(r, buf[:want]); err != nil {
			return st, fmt.Errorf("frame %d: %w", i, err)
		}
		now := time.Now()
		st.frames++
		if i == 0 {
			st.firstFrame = now.Sub(watched)
			clock = now
			continue
		}
		if late := now.Sub(clock.Add(time.Duration(i) * frameDur)); late > 0 {
			st.rebuffers++
			st.stalled += late
			clock = clock.Add(late)
		}
	}
	return st, nil
}
