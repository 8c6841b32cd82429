package paywire

import (
	"math/big"
	"testing"
	"time"

	"github.com/anacrolix/torrent"
	"golang.org/x/time/rate"
)

// TestReturningViewerKeepsCredit (issue #14, the debt item of SPEC.md 7.6): an honest viewer
// quits in the middle of the stream ten times, each time with a new session key and client, and
// pays on leaving for the bytes of its unfinished pieces (Payer.PayTail). The seller holds no
// debt against it beyond a chunk in flight now and then, and the eleventh viewing gets credit and
// downloads the whole item. Without the tail payment (checked by hand) each quit leaves up to
// MaxUnverifiedBytes owed, and the eleventh viewing never completes against a 1 MiB window.
func TestReturningViewerKeepsCredit(t *testing.T) {
	t.Parallel()
	const (
		window     = 1 << 20
		unverified = window / 4
		quits      = 10
	)
	it := newItem(t, 24<<20)
	s, _ := newTestSeller(t, newMemStore(), newMemBalance(big.NewInt(1e18)), func(c *SellerConfig) { c.CreditWindow = window })
	scl, _ := seedClient(t, it, s)
	wallet := newKey(t)
	viewing := func() (*Payer, *torrent.Client, *torrent.Torrent) {
		session := newKey(t)
		p, err := NewPayer(PayerConfig{
			Viewer: addr(wallet), Key: session, ChainID: testChainID, Escrow: testEscrow, MaxUnverifiedBytes: unverified,
			Grant:          signGrant(t, testDomain(), wallet, session, big.NewInt(1e18), time.Now().Add(7*24*time.Hour)),
			MaxPricePerGiB: new(big.Int).Mul(testPrice, big.NewInt(2)), Logger: testLogger(),
		})
		if err != nil {
			t.Fatal(err)
		}
		run(t, p.Run, p.Close)
		cfg := clientConfig(t)
		cfg.DownloadRateLimiter = rate.NewLimiter(8<<20, 64<<10)
		p.Attach(cfg)
		cl := newClient(t, cfg)
		return p, cl, download(t, cl, it, scl)
	}
	var tail uint64
	for q := range quits {
		p, cl, lt := viewing()
		// Watch past two windows (so it pays as it goes), then quit mid-stream.
		waitFor(t, time.Minute, "two windows downloaded", func() bool { return bytesRead(lt) > 2*window })
		lt.DisallowDataDownload()
		waitFor(t, 30*time.Second, "verified bytes paid", func() bool { st := p.Stats(); return st.BytesSigned >= st.BytesVerified })
		n := p.PayTail()
		if n > unverified {
			t.Errorf("quit %d paid a tail of %d bytes, more than MaxUnverifiedBytes %d", q+1, n, unverified)
		}
		tail += n
		waitFor(t, 30*time.Second, "the tail paid", func() bool { return p.Unpaid() == 0 })
		time.Sleep(300 * time.Millisecond) // the last receipt goes out
		cl.Close()
		time.Sleep(100 * time.Millisecond) // the seller reads its last byte counts
		if u := s.Unpaid(addr(wallet)); u > uint64(q+1)*pieceLength/4 {
			t.Errorf("after %d quits the seller holds %d bytes unpaid", q+1, u)
		}
		t.Logf("quit %d: read %d bytes, paid %d of them on leaving; the seller holds %d unpaid", q+1, bytesRead(lt), p.Stats().BytesTail, s.Unpaid(addr(wallet)))
	}
	if tail == 0 {
		t.Fatal("no quit left a tail to pay: the test proves nothing")
	}
	if raceEnabled {
		// Under the race detector the eleventh viewing crawls at about 80 KB/s with a 1 MiB
		// window (everything paid, no cut-off: see the failure message below), at 10 MB/s
		// without it; the ten quits above are what this test is about and ran all the same.
		t.Log("the eleventh full viewing is checked without the race detector only")
		return
	}
	p11, _, lt := viewing()
	deadline := time.Now().Add(time.Minute)
	for !lt.Complete().Bool() {
		if time.Now().After(deadline) {
			t.Fatalf("the eleventh viewing did not complete in a minute: %d of %d bytes, %d peers; seller %+v; payer %+v; unpaid at the seller %d",
				lt.BytesCompleted(), lt.Length(), len(lt.PeerConns()), s.Stats(), p11.Stats(), s.Unpaid(addr(wallet)))
		}
		time.Sleep(5 * time.Millisecond)
	}
	if st := s.Stats(); st.CreditCutOffs != 0 {
		t.Errorf("the seller cut the honest viewer off for credit %d times", st.CreditCutOffs)
	}
}
