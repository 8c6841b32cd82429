package paywire

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"math/big"
	"os"
	"runtime/pprof"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/anacrolix/torrent"
	"github.com/anacrolix/torrent/metainfo"
	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/time/rate"
)

// readAll reads the whole item back from the client's storage.
func readAll(t *testing.T, tor *torrent.Torrent) []byte {
	t.Helper()
	r := tor.NewReader()
	defer r.Close()
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestPaidDownloadFromTwoSellers(t *testing.T) {
	t.Parallel()
	it := newItem(t, 6<<20)
	store := newMemStore()
	bal := newMemBalance(big.NewInt(1e18))
	type seeding struct {
		s   *Seller
		cl  *torrent.Client
		tor *torrent.Torrent
	}
	var seeds []seeding
	for range 2 {
		s, _ := newTestSeller(t, store, bal)
		cl, tor := seedClient(t, it, s)
		seeds = append(seeds, seeding{s, cl, tor})
	}
	payer, wallet := newTestPayer(t)
	var from []*torrent.Client
	for _, sd := range seeds {
		from = append(from, sd.cl)
	}
	lt := download(t, leechClient(t, payer), it, from...)
	waitFor(t, 2*time.Minute, "the download to complete", lt.Complete().Bool)
	if !bytes.Equal(readAll(t, lt), it.data) {
		t.Fatal("downloaded bytes differ from the item")
	}

	t.Cleanup(func() {
		if t.Failed() {
			for i, sd := range seeds {
				t.Logf("seller %d stats %+v", i, sd.s.Stats())
			}
			t.Logf("payer stats %+v", payer.Stats())
		}
	})
	viewer := addr(wallet)
	var total uint64
	for i, sd := range seeds {
		payout := sd.s.cfg.Payout
		served := func() uint64 { st := sd.tor.Stats(); return uint64(st.BytesWrittenData.Int64()) }
		paid := func() uint64 {
			if r, _ := store.Latest(context.Background(), viewer, payout); r != nil {
				return r.Receipt.Receipt.Bytes.Uint64()
			}
			return 0
		}
		// Every verified byte is paid once, to the seller that sent it; what a seller wrote
		// beyond that is what the leecher received and did not use (end-game duplicates,
		// chunks for requests it had cancelled), which the payer never counts.
		waitFor(t, 20*time.Second, "the receipts to cover the whole item", func() bool {
			var sum uint64
			for _, sd := range seeds {
				if r, _ := store.Latest(context.Background(), viewer, sd.s.cfg.Payout); r != nil {
					sum += r.Receipt.Receipt.Bytes.Uint64()
				}
			}
			return sum == uint64(len(it.data))
		})
		if unused := unusedBytes(lt); paid()+unused+chunkSize < served() {
			t.Errorf("seller %d served %d bytes, paid %d, leecher discarded only %d", i, served(), paid(), unused)
		}
		recs := store.all(viewer, payout)
		if len(recs) == 0 {
			t.Fatalf("seller %d stored no receipt", i)
		}
		last := recs[len(recs)-1].Receipt.Receipt
		b := last.Bytes.Uint64()
		if b > served() {
			t.Errorf("seller %d: receipt for %d bytes, served only %d", i, b, served())
		}
		if want := Cost(b, testPrice); last.Amount.Cmp(want) != 0 {
			t.Errorf("seller %d: amount %s, want %d bytes × price = %s", i, last.Amount, b, want)
		}
		var items uint64
		for j, r := range recs {
			for _, ib := range r.Items {
				if ib.InfoHash != it.mi.HashInfoBytes() {
					t.Errorf("seller %d: record for item %s", i, ib.InfoHash)
				}
				items += ib.Bytes
			}
			if j > 0 && r.Receipt.Receipt.Bytes.Cmp(recs[j-1].Receipt.Receipt.Bytes) <= 0 {
				t.Errorf("seller %d: stored receipts not increasing at %d", i, j)
			}
			if r.Grant == nil {
				t.Errorf("seller %d: record %d lacks the session grant it was signed under", i, j)
			}
		}
		if items == 0 || items > served() {
			t.Errorf("seller %d: per-item bytes %d, served %d", i, items, served())
		}
		t.Logf("seller %d served %d bytes, paid %d bytes (%s wei) in %d receipts", i, served(), b, last.Amount, len(recs))
		total += b
	}
	if total != uint64(len(it.data)) {
		t.Errorf("paid %d bytes in all for an item of %d", total, len(it.data))
	}
	if st := payer.Stats(); st.ReceiptsSigned == 0 || st.PriceRefusals != 0 {
		t.Errorf("payer stats %+v", st)
	}
	for i, sd := range seeds {
		if st := sd.s.Stats(); st.CutOffs != 0 || st.ReceiptsRejected != 0 {
			t.Errorf("seller %d cut off or refused the paying peer: %+v", i, st)
		}
	}
}

// TestPlainClientCutOff: an ordinary client gets one credit window, is disconnected, and is
// refused when it comes back during the cool-down.
func TestPlainClientCutOff(t *testing.T) {
	t.Parallel()
	const window = 1 << 20
	it := newItem(t, 8<<20)
	s, _ := newTestSeller(t, newMemStore(), newMemBalance(big.NewInt(1e18)), func(c *SellerConfig) { c.CreditWindow = window })
	scl, _ := seedClient(t, it, s)
	lt := download(t, leechClient(t, nil), it, scl)
	waitFor(t, 30*time.Second, "the cut-off", func() bool { return s.Stats().CutOffs >= 1 })
	time.Sleep(200 * time.Millisecond) // let anything in flight land
	got := bytesRead(lt)
	if got > window+chunkSize {
		t.Errorf("plain client received %d bytes, window is %d", got, window)
	}
	if got < window/2 {
		t.Errorf("plain client received only %d bytes of a %d window", got, window)
	}
	// It comes back: refused.
	waitFor(t, 30*time.Second, "the reconnection to be refused", func() bool {
		lt.AddClientPeer(scl)
		return s.Stats().Refusals >= 1
	})
	time.Sleep(200 * time.Millisecond)
	if after := bytesRead(lt); after != got {
		t.Errorf("refused client received %d more bytes", after-got)
	}
	if lt.Complete().Bool() {
		t.Error("plain client completed the download")
	}
	t.Logf("plain client got %d bytes (window %d); seller stats %+v", got, window, s.Stats())
}

func TestFreeItemServedToPlainClient(t *testing.T) {
	t.Parallel()
	it := newItem(t, 4<<20)
	s, _ := newTestSeller(t, newMemStore(), newMemBalance(big.NewInt(0)), func(c *SellerConfig) {
		c.CreditWindow = 1 << 20
		c.Free = func(h metainfo.Hash) bool { return h == it.mi.HashInfoBytes() }
	})
	scl, _ := seedClient(t, it, s)
	payer, _ := newTestPayer(t)
	for _, p := range []*Payer{nil, payer} {
		lcl := leechClient(t, p)
		lt := download(t, lcl, it, scl)
		t.Cleanup(func() {
			if t.Failed() {
				t.Logf("payer %v: leech has %d of %d bytes, %d peer conns; seller %+v", p != nil, lt.BytesCompleted(), lt.Length(), len(lt.PeerConns()), s.Stats())
				if f := os.Getenv("PAYWIRE_STALL_DUMP"); f != "" && p != nil {
					w, _ := os.Create(f)
					pprof.Lookup("goroutine").WriteTo(w, 1)
					for _, pc := range lt.PeerConns() {
						fmt.Fprintf(w, "\nleech conn %+v\n", pc.Stats())
					}
					lcl.WriteStatus(w)
					scl.WriteStatus(w)
					w.Close()
				}
			}
		})
		waitFor(t, time.Minute, "the free download to complete", lt.Complete().Bool)
	}
	if st := s.Stats(); st.CutOffs != 0 || st.InvoicesSent != 0 {
		t.Errorf("free item metered: %+v", st)
	}
	if st := payer.Stats(); st.ReceiptsSigned != 0 {
		t.Errorf("payer paid for a free item: %+v", st)
	}
}

// TestFreeItemTurnsPaid: when an item stops being free, EndFree closes the connections served
// free without refusing the peers; back on the item, a plain client gets one credit window and a
// paying viewer pays.
func TestFreeItemTurnsPaid(t *testing.T) {
	t.Parallel()
	const window = 1 << 20
	it := newItem(t, 8<<20)
	var free atomic.Bool
	free.Store(true)
	s, _ := newTestSeller(t, newMemStore(), newMemBalance(big.NewInt(1e18)), func(c *SellerConfig) {
		c.CreditWindow = window
		c.Free = func(metainfo.Hash) bool { return free.Load() }
	})
	scl, _ := seedClient(t, it, s)
	// A plain client slow enough to be mid-download when the item turns paid.
	cfg := clientConfig(t)
	cfg.DownloadRateLimiter = rate.NewLimiter(2<<20, 256<<10)
	plain := download(t, newClient(t, cfg), it, scl)
	waitFor(t, 30*time.Second, "the plain client to get free bytes", func() bool { return bytesRead(plain) > 0 })

	free.Store(false)
	if n := s.EndFree(it.mi.HashInfoBytes()); n != 1 {
		t.Fatalf("EndFree closed %d connections, want the plain client's one", n)
	}
	waitFor(t, 30*time.Second, "the free connection to close", func() bool { return len(plain.PeerConns()) == 0 })
	if st := s.Stats(); st.CutOffs != 0 || st.Refusals != 0 {
		t.Fatalf("ending free service cut off or refused the peer: %+v", st)
	}
	gotFree := bytesRead(plain)

	// The plain client comes back: it is not refused, and gets one window of the paid item.
	plain.AddClientPeer(scl)
	waitFor(t, 30*time.Second, "the plain client's cut-off", func() bool { return s.Stats().CutOffs >= 1 })
	time.Sleep(200 * time.Millisecond) // let anything in flight land
	if got := bytesRead(plain) - gotFree; got > window+chunkSize || plain.Complete().Bool() {
		t.Errorf("plain client received %d bytes of the item once it was no longer free, window is %d", got, window)
	}
	if st := s.Stats(); st.Refusals != 0 {
		t.Errorf("the plain client was refused when it came back after free service ended: %+v", st)
	}

	// A paying viewer is asked for receipts for it.
	payer, _ := newTestPayer(t)
	// Slow, so that it identifies itself before it has requested the 1 MiB window: at loopback
	// speed an unidentified peer can be cut off by the request gate first.
	lt := download(t, slowLeechClient(t, payer, 2<<20), it, scl)
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("seller %+v; payer %+v; paying leech read %d bytes, %d conns", s.Stats(), payer.Stats(), bytesRead(lt), len(lt.PeerConns()))
		}
	})
	// (Asked, not necessarily paid: paid downloads have tests of their own.)
	waitFor(t, 30*time.Second, "the paying viewer to be invoiced", func() bool { return payer.Stats().InvoicesReceived > 0 })
	if st := payer.Stats(); st.HellosAccepted != 1 {
		t.Errorf("the paying viewer accepted %d priced hellos, want 1: %+v", st.HellosAccepted, st)
	}
}

// TestPriceAboveMaximum: a payer that refuses a seller's price closes the connection, and
// closes a redial from that seller as it is added: it takes no free bytes from a seller it will
// not pay (before, it downloaded until the seller cut it off after a credit window, more than
// a small item).
func TestPriceAboveMaximum(t *testing.T) {
	t.Parallel()
	const window = 1 << 20
	it := newItem(t, 8<<20)
	s, _ := newTestSeller(t, newMemStore(), newMemBalance(big.NewInt(1e18)), func(c *SellerConfig) { c.CreditWindow = window })
	scl, _ := seedClient(t, it, s)
	var mu sync.Mutex
	var events []PayerEvent
	payer, _ := newTestPayer(t, func(c *PayerConfig) {
		c.MaxPricePerGiB = new(big.Int).Sub(testPrice, big.NewInt(1))
		c.OnEvent = func(e PayerEvent) { mu.Lock(); events = append(events, e); mu.Unlock() }
	})
	lt := download(t, leechClient(t, payer), it, scl)
	waitFor(t, 30*time.Second, "the price refusal", func() bool { return payer.Stats().PriceRefusals >= 1 })
	waitFor(t, 10*time.Second, "the payer to close the connection", func() bool { return len(lt.PeerConns()) == 0 })
	// A redial from the same peer is closed as it is added.
	lt.AddClientPeer(scl)
	time.Sleep(500 * time.Millisecond)
	// It takes nothing from a seller it will not pay: at most what was in flight before the
	// hello arrived, far less than the window the seller would have given.
	if got := bytesRead(lt); got > window/4 {
		t.Errorf("refusing payer received %d bytes from the refused seller; window is %d", got, window)
	}
	if st := payer.Stats(); st.PriceRefusals != 1 || st.ReceiptsSigned != 0 {
		t.Errorf("payer stats %+v", st)
	}
	if n := len(lt.PeerConns()); n != 0 {
		t.Errorf("%d connections to the refused seller are open", n)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(events) != 1 || events[0].Kind != EventPriceRefused || events[0].Seeder != s.cfg.Payout {
		t.Errorf("events %+v", events)
	}
}

// TestBalanceRunsOut: a payer whose escrow balance covers 6 MiB downloads from a seller with a
// 16 MiB window. The seller extends no credit the balance could not pay: it cuts the payer off
// once what it accepted plus what it served unpaid would pass the balance (or, should a receipt
// past the balance come first, keeps that receipt, since the escrow pays what the balance
// holds, and cuts the payer off). The payer never gets more than the window past the balance.
func TestBalanceRunsOut(t *testing.T) {
	t.Parallel()
	const window = 16 << 20
	it := newItem(t, 32<<20)
	bal := newMemBalance(big.NewInt(1e18))
	store := newMemStore()
	s, _ := newTestSeller(t, store, bal, func(c *SellerConfig) { c.CreditWindow = window })
	scl, _ := seedClient(t, it, s)
	payer, wallet := newTestPayer(t)
	limit := Cost(6<<20, testPrice)
	bal.set(addr(wallet), limit)
	// A link slow enough that receipts keep pace with the data: at loopback speed a payer can
	// owe more than this 16 MiB window before its receipts arrive, and be cut off for that
	// first (SPEC.md §9), which is not what this test is about.
	lt := download(t, slowLeechClient(t, payer, 8<<20), it, scl)
	waitFor(t, 30*time.Second, "the cut-off", func() bool { return s.Stats().CutOffs >= 1 })
	if lt.Complete().Bool() {
		t.Error("download completed past the balance")
	}
	if got := bytesRead(lt); got > 6<<20+window+chunkSize {
		t.Errorf("payer received %d bytes; the balance covers 6 MiB and the window is %d", got, window)
	}
	st := s.Stats()
	if st.ReceiptsRejected != 0 || st.ReceiptsUnderfunded+st.CreditCutOffs == 0 || st.ReceiptsUnderfunded > 1 {
		t.Errorf("seller stats %+v; want a cut-off for credit or one underfunded receipt, none rejected", st)
	}
	rec, _ := store.Latest(context.Background(), addr(wallet), s.cfg.Payout)
	if rec == nil {
		t.Fatal("no receipt stored")
	}
	if past := rec.Receipt.Receipt.Amount.Cmp(limit) > 0; past != (st.ReceiptsUnderfunded == 1) {
		t.Errorf("stored receipt for %s wei, balance %s, %d underfunded", rec.Receipt.Receipt.Amount, limit, st.ReceiptsUnderfunded)
	}
	if rec.Grant == nil {
		t.Error("a receipt signed by a session key was stored without its grant")
	}
	t.Logf("payer received %d bytes, paid %s; seller %+v", bytesRead(lt), rec.Receipt.Receipt.Bytes, st)
}

// TestUnderfundedReceiptKept: a receipt that is valid but for more than the viewer's balance,
// or more than its grant's limit, is stored (it binds the viewer; the escrow pays what it can)
// and the peer is cut off. A receipt that fails any other check is not stored.
func TestUnderfundedReceiptKept(t *testing.T) {
	t.Parallel()
	const bytes = 1 << 20
	cost := Cost(bytes, testPrice)
	half := new(big.Int).Div(cost, big.NewInt(2))
	for _, tc := range []struct {
		name        string
		balance     *big.Int
		grantLimit  *big.Int
		wrongAmount bool
		kept        bool
	}{
		{name: "balance short", balance: half, grantLimit: big.NewInt(1e18), kept: true},
		{name: "grant limit short", balance: big.NewInt(1e18), grantLimit: half, kept: true},
		{name: "balance short and wrong amount", balance: half, grantLimit: big.NewInt(1e18), wrongAmount: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			it := newItem(t, 4<<20)
			store := newMemStore()
			wallet, session := newKey(t), newKey(t)
			bal := newMemBalance(big.NewInt(1e18))
			bal.set(addr(wallet), tc.balance)
			s, payout := newTestSeller(t, store, bal)
			scl, _ := seedClient(t, it, s)

			amount := cost
			if tc.wrongAmount {
				amount = new(big.Int).Add(cost, big.NewInt(1))
			}
			grant := signGrant(t, testDomain(), wallet, session, tc.grantLimit, time.Now().Add(7*24*time.Hour))
			r := signReceipt(t, testDomain(), session, addr(wallet), addr(payout), bytes, amount)
			download(t, sendingClient(t, func(h *Hello) *Payment {
				return &Payment{Grant: grant, Identify: identifyAs(t, h, addr(wallet), session), Receipt: r}
			}), it, scl)
			waitFor(t, 30*time.Second, "the cut-off", func() bool { return s.Stats().CutOffs >= 1 })
			if err := s.Flush(context.Background()); err != nil { // the write-behind
				t.Fatal(err)
			}
			st := s.Stats()
			rec, _ := store.Latest(context.Background(), addr(wallet), addr(payout))
			if !tc.kept {
				if rec != nil || st.ReceiptsRejected != 1 || st.ReceiptsUnderfunded != 0 {
					t.Errorf("stored %+v, stats %+v; want nothing stored, one rejected", rec, st)
				}
				return
			}
			if rec == nil || !sameReceipt(&rec.Receipt, r) || rec.Grant == nil || !sameGrant(rec.Grant, grant) {
				t.Fatalf("stored %+v; want the receipt with its grant", rec)
			}
			if st.ReceiptsUnderfunded != 1 || st.ReceiptsAccepted != 0 || st.ReceiptsRejected != 0 || st.BytesPaid != 0 {
				t.Errorf("seller stats %+v; want one underfunded receipt, nothing counted as paid", st)
			}
		})
	}
}

// TestForgedReceiptOverTheWire: a peer that speaks sg_pay but sends a receipt signed by a key
// that is not the viewer's is cut off at once.
func TestForgedReceiptOverTheWire(t *testing.T) {
	t.Parallel()
	it := newItem(t, 4<<20)
	s, payout := newTestSeller(t, newMemStore(), newMemBalance(big.NewInt(1e18)))
	scl, _ := seedClient(t, it, s)

	victim, forger := newKey(t), newKey(t)
	forged := signReceipt(t, testDomain(), forger, addr(victim), addr(payout), 1<<20, Cost(1<<20, testPrice))
	download(t, sendingClient(t, func(*Hello) *Payment { return &Payment{Receipt: forged} }), it, scl)
	waitFor(t, 30*time.Second, "the forger to be cut off", func() bool { return s.Stats().CutOffs >= 1 })
	if st := s.Stats(); st.ReceiptsRejected != 1 || st.ReceiptsAccepted != 0 {
		t.Errorf("seller stats %+v", st)
	}
	if s.Latest(addr(victim)) != nil {
		t.Error("a forged receipt was kept")
	}
}

// TestStoreFailureExtendsNoCredit: receipts that cannot be saved are not counted as paid, so
// the peer is cut off after the window.
func TestStoreFailureExtendsNoCredit(t *testing.T) {
	t.Parallel()
	it := newItem(t, 8<<20)
	store := newMemStore()
	store.failing = true
	s, _ := newTestSeller(t, store, newMemBalance(big.NewInt(1e18)), func(c *SellerConfig) {
		c.CreditWindow = 1 << 20
		c.FlushReceipts = 1 // write-through: no receipt counts before it was stored
	})
	// The disk recovers before the seller stops, so its final flush succeeds (Close reports a
	// failed one).
	t.Cleanup(func() { store.mu.Lock(); store.failing = false; store.mu.Unlock() })
	scl, _ := seedClient(t, it, s)
	payer, _ := newTestPayer(t)
	// A link slow enough for receipts to arrive before the window is used up (at loopback speed
	// the seller could cut the peer off before any receipt came, and the test would show
	// nothing about stores).
	lt := download(t, slowLeechClient(t, payer, 2<<20), it, scl)
	waitFor(t, 30*time.Second, "the cut-off", func() bool { return s.Stats().CutOffs >= 1 })
	st := s.Stats()
	if st.StoreErrors == 0 || st.ReceiptsAccepted != 0 {
		t.Errorf("seller stats %+v", st)
	}
	if lt.Complete().Bool() {
		t.Error("download completed without a stored receipt")
	}
	// An identified peer is metered on bytes written, read every HotPollInterval once it nears
	// the window: what leaks past it is what the link carries in that time.
	if got := bytesRead(lt); got > 2<<20 {
		t.Errorf("received %d bytes for a 1 MiB window", got)
	}
}

// unusedBytes is what tor's client received and did not use.
func unusedBytes(tor *torrent.Torrent) uint64 {
	st := tor.Stats()
	return uint64(st.BytesReadData.Int64() - st.BytesReadUsefulData.Int64())
}

// TestRestartedSellerGetsLastReceipt: a seller that lost the newest receipt (it restarted with a
// store that lacks it) learns it from a payer that already has the whole item: the payer's
// answer to the hello carries it. The seller used to close such a connection as soon as it saw
// the peer complete, before the answer arrived, and the receipt was lost to it.
func TestRestartedSellerGetsLastReceipt(t *testing.T) {
	t.Parallel()
	it := newItem(t, 4<<20)
	bal := newMemBalance(big.NewInt(1e18))
	s1, payoutKey := newTestSeller(t, newMemStore(), bal)
	scl1, _ := seedClient(t, it, s1)
	payer, wallet := newTestPayer(t)
	// A viewer that seeds what it has, so that it takes connections once it has everything.
	lcfg := clientConfig(t)
	lcfg.Seed = true
	payer.Attach(lcfg)
	lcl := newClient(t, lcfg)
	lt := download(t, lcl, it, scl1)
	waitFor(t, 30*time.Second, "the download", lt.Complete().Bool)
	var latest *SignedReceipt
	waitFor(t, 30*time.Second, "the payer's receipt for every byte", func() bool {
		latest = payer.Latest(addr(payoutKey))
		return latest != nil && latest.Receipt.Bytes.Uint64() == uint64(len(it.data))
	})
	scl1.Close()

	// The same seeder, restarted with nothing stored.
	store2 := newMemStore()
	s2, _ := newTestSeller(t, store2, bal, func(c *SellerConfig) { c.Payout, c.PayoutKey = addr(payoutKey), payoutKey })
	_, st2 := seedClient(t, it, s2)
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("restarted seller %+v; payer %+v; %d connections", s2.Stats(), payer.Stats(), len(lt.PeerConns()))
		}
	})
	waitFor(t, 30*time.Second, "the payer's newest receipt in the restarted seller's store", func() bool {
		st2.AddClientPeer(lcl) // again, should a connection have dropped before the handshakes
		rec, _ := store2.Latest(context.Background(), addr(wallet), addr(payoutKey))
		return rec != nil && sameReceipt(&rec.Receipt, latest)
	})
	waitFor(t, 30*time.Second, "the connection closed, complete and paid up", func() bool {
		return len(lt.PeerConns()) == 0
	})
	if st := s2.Stats(); st.ReceiptsAccepted != 1 || st.CutOffs != 0 {
		t.Errorf("restarted seller stats %+v; want the one receipt accepted, nobody cut off", st)
	}
}

// sendingClient returns a client that speaks sg_pay only to answer every hello it gets with the
// payment pay makes of it, once: a hand-made payer, for payments the real one never sends.
func sendingClient(t *testing.T, pay func(*Hello) *Payment) *torrent.Client {
	t.Helper()
	cfg := clientConfig(t)
	cfg.Callbacks.PeerConnAdded = append(cfg.Callbacks.PeerConnAdded, addExtension)
	cfg.Callbacks.PeerConnReadExtensionMessage = append(cfg.Callbacks.PeerConnReadExtensionMessage, func(ev torrent.PeerConnReadExtensionMessageEvent) {
		if !isOurs(ev) {
			return
		}
		h, ok := helloOf(ev.Payload)
		if !ok {
			return
		}
		payload, err := Encode(pay(h))
		if err != nil {
			t.Error(err)
			return
		}
		go func() { _ = ev.PeerConn.WriteExtendedMessage(ExtensionName, payload) }()
	})
	return newClient(t, cfg)
}

func helloOf(b []byte) (*Hello, bool) {
	m, err := Decode(b)
	if err != nil {
		return nil, false
	}
	h, ok := m.(*Hello)
	return h, ok
}

// identifyAs signs the identification of viewer with key over h's challenge.
func identifyAs(t testing.TB, h *Hello, viewer common.Address, key *ecdsa.PrivateKey) *Identification {
	t.Helper()
	sig, err := Identify{Viewer: viewer, Seeder: h.Payout, Challenge: h.Challenge}.Sign(testDomain(), key)
	if err != nil {
		t.Fatal(err)
	}
	return &Identification{Viewer: viewer, Signature: sig}
}

// TestPaidDownloadWithWalletKey: a payer without a session grant identifies itself and signs
// receipts with its wallet key; the seller stores them without a grant.
func TestPaidDownloadWithWalletKey(t *testing.T) {
	t.Parallel()
	it := newItem(t, 4<<20)
	store := newMemStore()
	s, _ := newTestSeller(t, store, newMemBalance(big.NewInt(1e18)))
	scl, _ := seedClient(t, it, s)
	wallet := newKey(t)
	payer, _ := newTestPayer(t, func(c *PayerConfig) { c.Viewer, c.Key, c.Grant = addr(wallet), wallet, nil })
	lt := download(t, leechClient(t, payer), it, scl)
	waitFor(t, time.Minute, "the download", lt.Complete().Bool)
	var rec *Record
	waitFor(t, 30*time.Second, "a receipt for the whole item", func() bool {
		rec, _ = store.Latest(context.Background(), addr(wallet), s.cfg.Payout)
		return rec != nil && rec.Receipt.Receipt.Bytes.Uint64() == uint64(len(it.data))
	})
	if rec.Grant != nil {
		t.Errorf("a wallet-signed receipt was stored with grant %+v", rec.Grant)
	}
	if st := s.Stats(); st.IdentifyRejected != 0 || st.ReceiptsRejected != 0 || st.CutOffs != 0 {
		t.Errorf("seller stats %+v", st)
	}
}
