package viewer

import (
	"io"
	"math/big"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/anacrolix/torrent"

	"github.com/swarmgate/swarmgate/internal/testnet"
)

// benchSize is the sealed item's plaintext size; benchSeeks the random seeks per iteration.
const (
	benchSize  = 64 << 20
	benchSeeks = 15
	benchRead  = 64 << 10
)

// latencies is what one iteration measured.
type latencies struct {
	ttfb  time.Duration
	seeks []time.Duration
	// swarm is, for the paid side, the swarm's part of watch's start-up: the torrent client's
	// start, then from AddTorrent to the first plaintext byte over HTTP.
	swarm time.Duration
}

// summary is the median time to first byte and the median and max seek over iterations.
type summary struct{ ttfb, seekMedian, seekMax time.Duration }

func summarize(all []latencies) summary {
	var ttfb, seeks []time.Duration
	for _, l := range all {
		ttfb = append(ttfb, l.ttfb)
		seeks = append(seeks, l.seeks...)
	}
	slices.Sort(ttfb)
	slices.Sort(seeks)
	return summary{ttfb: ttfb[len(ttfb)/2], seekMedian: seeks[len(seeks)/2], seekMax: seeks[len(seeks)-1]}
}

func seekOffsets(seed uint64) []int64 {
	r := rand.New(rand.NewPCG(seed, 1))
	out := make([]int64, benchSeeks)
	for i := range out {
		out[i] = r.Int64N(benchSize - benchRead)
	}
	return out
}

// watchPaid measures one cold viewer (a fresh funded account, its session grant and payer, the
// viewer's torrent client as newClient builds it; with all, DownloadAll as Run does) through its local
// HTTP server: the first byte of a GET, then the seeks of iteration i as Range requests of
// benchRead bytes. Only the requests are timed.
func watchPaid(b *testing.B, n *testnet.Network, sellers []*testnet.Seller, price *big.Int, i int, all bool) latencies {
	bv := newBenchViewer(b, n, price)
	defer bv.stop()
	added := time.Now()
	tor, err := bv.client.AddTorrent(n.Item.MetaInfo)
	if err != nil {
		b.Fatal(err)
	}
	for _, s := range sellers {
		tor.AddPeers([]torrent.PeerInfo{{Addr: peerAddr(s.Addr()), Trusted: true}})
	}
	<-tor.GotInfo()
	if all {
		tor.DownloadAll()
	}
	bv.v.tor = tor
	srv := httptest.NewServer(bv.v.handler())
	defer srv.Close()
	url := srv.URL + "/" + bv.v.fileName()
	var l latencies
	start := time.Now()
	res, err := http.Get(url)
	if err != nil {
		b.Fatal(err)
	}
	var one [1]byte
	if _, err := io.ReadFull(res.Body, one[:]); err != nil {
		b.Fatal(err)
	}
	l.ttfb = time.Since(start)
	l.swarm = bv.started + time.Since(added)
	res.Body.Close()
	for _, off := range seekOffsets(uint64(i)) {
		req, _ := http.NewRequest(http.MethodGet, url, nil)
		req.Header.Set("Range", "bytes="+strconv.FormatInt(off, 10)+"-"+strconv.FormatInt(off+benchRead-1, 10))
		start := time.Now()
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			b.Fatal(err)
		}
		nr, err := io.Copy(io.Discard, res.Body)
		res.Body.Close()
		if err != nil || nr != benchRead {
			b.Fatalf("seek to %d: %d bytes, %v", off, nr, err)
		}
		l.seeks = append(l.seeks, time.Since(start))
	}
	return l
}

// watchPlain is watchPaid's baseline: a cold plain default anacrolix client
// (torrent.NewDefaultClientConfig(), default storage; with all, DownloadAll) reading the ciphertext
// through a torrent Reader with the same readahead: first byte, then the same seeks. No
// payment, no decryption, no HTTP.
func watchPlain(b *testing.B, it *testnet.Item, seeders []*torrent.Client, i int, all bool) latencies {
	c, err := torrent.NewClient(defaultClientConfig(b.TempDir()))
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	tor, err := c.AddTorrent(it.MetaInfo)
	if err != nil {
		b.Fatal(err)
	}
	for _, s := range seeders {
		tor.AddClientPeer(s)
	}
	<-tor.GotInfo()
	if all {
		tor.DownloadAll()
	}
	var l latencies
	start := time.Now()
	r := tor.NewReader()
	defer r.Close()
	r.SetReadahead(DefaultReadahead)
	var one [1]byte
	if _, err := io.ReadFull(r, one[:]); err != nil {
		b.Fatal(err)
	}
	l.ttfb = time.Since(start)
	buf := make([]byte, benchRead)
	// The same offsets as the paid side (there plaintext, here ciphertext: the item is the same
	// size to within its tags).
	for _, off := range seekOffsets(uint64(i)) {
		start := time.Now()
		if _, err := r.Seek(off, io.SeekStart); err != nil {
			b.Fatal(err)
		}
		if _, err := io.ReadFull(r, buf); err != nil {
			b.Fatal(err)
		}
		l.seeks = append(l.seeks, time.Since(start))
	}
	return l
}

// BenchmarkWatch: time to first byte (request to the first plaintext byte) and seek latency (a
// 64 KiB read at a random offset, benchSeeks per iteration) of `watch`, against the baseline in
// the same iteration. "paid" is the viewer (watchPaid) with two paid sellers on loopback and
// decryption on the fly; "plain" is a plain default anacrolix Reader (watchPlain) from two plain
// default seeders of the same ciphertext. Each iteration runs a cold paid viewer and a cold
// plain client, in an order that alternates, over the same seek offsets. Reported: median and
// max of each side over all the iterations' seeks, and the ratios paid/plain. downloadall=true
// has both sides also want every piece, as Run does: the reader's pieces then compete with the
// rest, and a plain Reader tends to wait for most of the item at its first seek.
func BenchmarkWatch(b *testing.B) {
	n := testnet.New(b, testnet.Config{Seeders: 1, NoStart: true, ItemSize: benchSize})
	price := big.NewInt(1_000_000_000_000_000)
	sellers := paidSellers(b, n, 2, price)
	plain := plainSeeders(b, n.Item, 2)
	for _, all := range []bool{false, true} {
		b.Run("downloadall="+strconv.FormatBool(all), func(b *testing.B) {
			var paid, base []latencies
			i := 0
			for b.Loop() {
				if i%2 == 0 {
					paid = append(paid, watchPaid(b, n, sellers, price, i, all))
					base = append(base, watchPlain(b, n.Item, plain, i, all))
				} else {
					base = append(base, watchPlain(b, n.Item, plain, i, all))
					paid = append(paid, watchPaid(b, n, sellers, price, i, all))
				}
				i++
			}
			reportWatch(b, paid, base)
		})
	}
}

// reportWatch reports the medians and maxima of both sides and their ratios.
func reportWatch(b *testing.B, paid, base []latencies) {
	var swarm []time.Duration
	for _, l := range paid {
		swarm = append(swarm, l.swarm)
	}
	slices.Sort(swarm)
	b.ReportMetric(float64(swarm[len(swarm)/2])/float64(time.Millisecond), "paid-swarm-start-median-ms")
	b.ReportMetric(float64(swarm[len(swarm)-1])/float64(time.Millisecond), "paid-swarm-start-max-ms")
	p, q := summarize(paid), summarize(base)
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(ms(p.ttfb), "paid-ttfb-median-ms")
	b.ReportMetric(ms(q.ttfb), "plain-ttfb-median-ms")
	b.ReportMetric(ms(p.seekMedian), "paid-seek-median-ms")
	b.ReportMetric(ms(q.seekMedian), "plain-seek-median-ms")
	b.ReportMetric(ms(p.seekMax), "paid-seek-max-ms")
	b.ReportMetric(ms(q.seekMax), "plain-seek-max-ms")
	b.ReportMetric(p.ttfb.Seconds()/q.ttfb.Seconds(), "ttfb-paid/plain")
	b.ReportMetric(p.seekMedian.Seconds()/q.seekMedian.Seconds(), "seek-median-paid/plain")
	b.ReportMetric(p.seekMax.Seconds()/q.seekMax.Seconds(), "seek-max-paid/plain")
}
