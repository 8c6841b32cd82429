package paywire

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/anacrolix/torrent"
	pp "github.com/anacrolix/torrent/peer_protocol"
	"github.com/anacrolix/torrent/storage"
	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/time/rate"
)

// Each test here performs an attack from issue #11 against the seller or the payer and shows
// that it fails, or is held to the bound SPEC.md states.

// TestReconnectKeepsDebt (issue #11, item 2): a throwaway wallet that never pays takes most of
// a window, leaves, and comes back with a new peer id, again and again. Its unpaid bytes are held
// per wallet across connections, so all it gets without a receipt stays within one window (the
// old seller forgot them when the last connection closed: 3.6 MB against a 1 MiB window), plus
// what each new connection is written before its identification arrives (which the request gate
// holds per peer id and address, as for any peer that does not pay).
func TestReconnectKeepsDebt(t *testing.T) {
	t.Parallel()
	const (
		window = 1 << 20
		rounds = 6
	)
	it := newItem(t, 16<<20)
	s, _ := newTestSeller(t, newMemStore(), newMemBalance(big.NewInt(1e18)), func(c *SellerConfig) { c.CreditWindow = window })
	scl, _ := seedClient(t, it, s)
	wallet, session := newKey(t), newKey(t)
	// A grant that could pay for many windows, from a wallet that never pays: it identifies
	// itself and sends no receipt.
	grant := signGrant(t, testDomain(), wallet, session, big.NewInt(1e18), time.Now().Add(7*24*time.Hour))
	var total int64
	for round := range rounds {
		cfg := clientConfig(t)
		cfg.DownloadRateLimiter = rate.NewLimiter(4<<20, 32<<10)
		cfg.Callbacks.PeerConnAdded = append(cfg.Callbacks.PeerConnAdded, addExtension)
		cfg.Callbacks.PeerConnReadExtensionMessage = append(cfg.Callbacks.PeerConnReadExtensionMessage, func(ev torrent.PeerConnReadExtensionMessageEvent) {
			if h, ok := helloOf(ev.Payload); ok && isOurs(ev) {
				b, err := Encode(&Payment{Grant: grant, Identify: identifyAs(t, h, addr(wallet), session)})
				if err == nil {
					go func() { _ = ev.PeerConn.WriteExtendedMessage(ExtensionName, b) }()
				}
			}
		})
		cl, err := torrent.NewClient(cfg)
		if err != nil {
			t.Fatal(err)
		}
		cuts := s.Stats().CutOffs
		lt := download(t, cl, it, scl)
		deadline := time.Now().Add(5 * time.Second)
		for bytesRead(lt) < window*6/10 && s.Stats().CutOffs == cuts && time.Now().Before(deadline) {
			time.Sleep(5 * time.Millisecond)
		}
		time.Sleep(50 * time.Millisecond) // what is in flight lands
		got := bytesRead(lt)
		cl.Close() // leave, owing
		total += got
		t.Logf("round %d: got %d bytes, seller holds %d unpaid for the wallet", round, got, s.Unpaid(addr(wallet)))
	}
	st := s.Stats()
	t.Logf("%d rounds: %d bytes without a receipt (window %d); seller %+v", rounds, total, window, st)
	if st.ReceiptsAccepted != 0 || st.IdentifyRejected != 0 {
		t.Fatalf("seller stats %+v; want the wallet identified and unpaid", st)
	}
	// One window, plus what each reconnection is written before its identification arrives.
	if limit := int64(window + rounds*64<<10); total > limit {
		t.Errorf("the wallet got %d bytes without paying over %d connections, more than one window %d (limit %d)", total, rounds, window, limit)
	}
	if s.Unpaid(addr(wallet)) == 0 {
		t.Error("the seller forgot the wallet's debt")
	}
}

// TestReplayedIdentificationRefused (issue #11, item 3): another peer replays a real viewer's
// grant and newest receipt, with or without an identification signed for another connection.
// It identifies nobody: it is cut off, nothing of it is charged to the viewer, and the viewer
// still downloads.
func TestReplayedIdentificationRefused(t *testing.T) {
	t.Parallel()
	it := newItem(t, 4<<20)
	store := newMemStore()
	s, payoutKey := newTestSeller(t, store, newMemBalance(big.NewInt(1e18)), func(c *SellerConfig) { c.CreditWindow = 2 << 20 })
	scl, _ := seedClient(t, it, s)
	wallet, session := newKey(t), newKey(t)
	grant := signGrant(t, testDomain(), wallet, session, big.NewInt(1e18), time.Now().Add(7*24*time.Hour))
	viewerCfg := func(c *PayerConfig) {
		c.Viewer, c.Key, c.Grant = addr(wallet), session, grant
		c.MaxUnverifiedBytes = 512 << 10
	}
	payer, _ := newTestPayer(t, viewerCfg)
	lt := download(t, slowLeechClient(t, payer, 8<<20), it, scl)
	waitFor(t, time.Minute, "the viewer's download", lt.Complete().Bool)
	var latest *SignedReceipt
	waitFor(t, 30*time.Second, "the viewer's last receipt", func() bool {
		latest = payer.Latest(addr(payoutKey))
		return latest != nil && latest.Receipt.Bytes.Uint64() == uint64(len(it.data))
	})
	before := len(store.all(addr(wallet), addr(payoutKey)))
	// An identification the viewer really signed, on an earlier connection (another challenge).
	old := identifyAs(t, &Hello{Payout: addr(payoutKey), Challenge: [32]byte{0xee}}, addr(wallet), session)
	for _, c := range []struct {
		name string
		pay  func(*Hello) *Payment
	}{
		{"grant and receipt", func(*Hello) *Payment { return &Payment{Grant: grant, Receipt: latest} }},
		{"grant, old identification and receipt", func(*Hello) *Payment { return &Payment{Grant: grant, Identify: old, Receipt: latest} }},
		{"old identification by the wallet's grant key alone", func(*Hello) *Payment { return &Payment{Grant: grant, Identify: old} }},
	} {
		cuts := s.Stats().CutOffs
		at := download(t, sendingClient(t, c.pay), it, scl)
		waitFor(t, 30*time.Second, c.name+": the replayer cut off", func() bool { return s.Stats().CutOffs > cuts })
		time.Sleep(100 * time.Millisecond)
		if got := bytesRead(at); got > 2<<20+chunkSize {
			t.Errorf("%s: the replayer got %d bytes, more than the 2 MiB an unidentified peer gets", c.name, got)
		}
		if u := s.Unpaid(addr(wallet)); u != 0 {
			t.Errorf("%s: the viewer owes %d bytes the replayer took", c.name, u)
		}
		t.Logf("%s: replayer got %d bytes; seller %+v", c.name, bytesRead(at), s.Stats())
	}
	if st := s.Stats(); st.IdentifyRejected == 0 || st.ReceiptsAccepted == 0 {
		t.Errorf("seller stats %+v; want the replayed identifications rejected", st)
	}
	if n := len(store.all(addr(wallet), addr(payoutKey))); n != before {
		t.Errorf("the replays stored %d receipts", n-before)
	}
	// The real viewer is not cut off for what the replayer took: on a new device (client) it
	// downloads the item again, and pays.
	payer2, _ := newTestPayer(t, viewerCfg)
	lt2 := download(t, slowLeechClient(t, payer2, 8<<20), it, scl)
	waitFor(t, time.Minute, "the viewer's second download", lt2.Complete().Bool)
}

// TestForgedHelloNotPaid (issue #11, "payout address taken on trust"): a peer announces an
// honest seller's payout address at another price, signed with its own key, or replays the
// honest seller's signed hello made for another peer. The payer pays neither, and its receipts
// to the honest seller stay exactly at the honest price.
func TestForgedHelloNotPaid(t *testing.T) {
	t.Parallel()
	it := newItem(t, 6<<20)
	store := newMemStore()
	s, honestKey := newTestSeller(t, store, newMemBalance(big.NewInt(1e18)))
	scl, _ := seedClient(t, it, s)
	forgerKey := newKey(t)
	doubled := new(big.Int).Mul(testPrice, big.NewInt(2))
	forgers := map[string]func(peer [20]byte, ih [20]byte) *Hello{
		"another price, forger's signature": func(peer, ih [20]byte) *Hello {
			h := &Hello{ChainID: testChainID, Escrow: testEscrow, Payout: addr(honestKey), PricePerGiB: doubled, CreditWindow: 16 << 20, Challenge: [32]byte{1}}
			h.Signature, _ = TermsOf(h, ih, peer).Sign(testDomain(), forgerKey)
			return h
		},
		"another price, honest signature for another peer": func(peer, ih [20]byte) *Hello {
			h := &Hello{ChainID: testChainID, Escrow: testEscrow, Payout: addr(honestKey), PricePerGiB: doubled, CreditWindow: 16 << 20, Challenge: [32]byte{2}}
			peer[0] ^= 0xff
			h.Signature, _ = TermsOf(h, ih, peer).Sign(testDomain(), honestKey)
			return h
		},
	}
	var mu sync.Mutex
	var events []PayerEvent
	payer, wallet := newTestPayer(t, func(c *PayerConfig) {
		c.OnEvent = func(e PayerEvent) { mu.Lock(); events = append(events, e); mu.Unlock() }
	})
	from := []*torrent.Client{scl}
	for _, forge := range forgers {
		from = append(from, forgingSeeder(t, it, forge))
	}
	lt := download(t, slowLeechClient(t, payer, 16<<20), it, from...)
	waitFor(t, time.Minute, "the download", lt.Complete().Bool)
	waitFor(t, 30*time.Second, "both forged hellos refused", func() bool { return payer.Stats().HellosInvalid >= 2 })
	var latest *SignedReceipt
	waitFor(t, 30*time.Second, "the honest seller's receipts to settle", func() bool {
		latest = payer.Latest(addr(honestKey))
		rec, _ := store.Latest(context.Background(), addr(wallet), addr(honestKey))
		return latest != nil && rec != nil && sameReceipt(&rec.Receipt, latest) && payer.Owed(addr(honestKey)) == 0
	})
	if want := Cost(latest.Receipt.Bytes.Uint64(), testPrice); latest.Receipt.Amount.Cmp(want) != 0 {
		t.Errorf("the payer's baseline for the honest seller is %s wei for %s bytes, want %s at its price", latest.Receipt.Amount, latest.Receipt.Bytes, want)
	}
	if st := s.Stats(); st.ReceiptsRejected != 0 || st.CutOffs != 0 {
		t.Errorf("honest seller stats %+v", st)
	}
	mu.Lock()
	defer mu.Unlock()
	invalid := 0
	for _, e := range events {
		if e.Kind == EventHelloInvalid && e.Seeder == addr(honestKey) {
			invalid++
		}
	}
	if invalid < 2 {
		t.Errorf("events %+v; want the two forged hellos reported", events)
	}
	t.Logf("payer %+v; paid the honest seller %s bytes", payer.Stats(), latest.Receipt.Bytes)
}

// forgingSeeder seeds it and sends every peer that speaks sg_pay the hello forge makes for it.
func forgingSeeder(t *testing.T, it *item, forge func(peer, ih [20]byte) *Hello) *torrent.Client {
	t.Helper()
	cfg := clientConfig(t)
	cfg.Seed = true
	cfg.DefaultStorage = storage.NewFile(it.dir)
	cfg.Callbacks.PeerConnAdded = append(cfg.Callbacks.PeerConnAdded, addExtension)
	cfg.Callbacks.ReadExtendedHandshake = func(pc *torrent.PeerConn, m *pp.ExtendedHandshakeMessage) {
		if m.M[ExtensionName] == 0 {
			return
		}
		b, err := Encode(forge(pc.PeerID, pc.Torrent().InfoHash()))
		if err != nil {
			t.Error(err)
			return
		}
		go func() { _ = pc.WriteExtendedMessage(ExtensionName, b) }()
	}
	cl := newClient(t, cfg)
	tor, err := cl.AddTorrent(it.mi)
	if err != nil {
		t.Fatal(err)
	}
	if err := tor.VerifyData(); err != nil {
		t.Fatal(err)
	}
	return cl
}

// memEscrow is one viewer's deposit shared by several sellers: a BalanceChecker, and the
// escrow's redemption rule (pay amount − paid, capped by the balance).
type memEscrow struct {
	mu      sync.Mutex
	balance *big.Int
	paid    map[common.Address]*big.Int
}

func (e *memEscrow) Account(_ context.Context, _, seeder common.Address) (EscrowAccount, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	paid := new(big.Int)
	if p := e.paid[seeder]; p != nil {
		paid.Set(p)
	}
	return EscrowAccount{Available: new(big.Int).Set(e.balance), Paid: paid}, nil
}

func (e *memEscrow) redeem(seeder common.Address, amount *big.Int) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.paid[seeder] == nil {
		e.paid[seeder] = new(big.Int)
	}
	pay := new(big.Int).Sub(amount, e.paid[seeder])
	if pay.Sign() <= 0 {
		return
	}
	if pay.Cmp(e.balance) > 0 {
		pay.Set(e.balance)
	}
	e.balance.Sub(e.balance, pay)
	e.paid[seeder].Add(e.paid[seeder], pay)
}

func (e *memEscrow) paidTo(seeder common.Address) *big.Int {
	e.mu.Lock()
	defer e.mu.Unlock()
	if p := e.paid[seeder]; p != nil {
		return new(big.Int).Set(p)
	}
	return new(big.Int)
}

// TestSellersShareOneBalance (issue #11, item 4, seller side): three sellers serve one viewer
// whose deposit covers 16 MiB; each redeems once a pair reaches half of MaxUnsettled (what the
// seeder's settlement chore does), and midway the viewer drains its whole remaining balance
// through a second address of its own (a viewer that is also a seeder). Every seller's money at
// risk stays within MaxUnsettled + one window at its price, and all they accepted is at most
// what the escrow paid them plus three times that bound.
func TestSellersShareOneBalance(t *testing.T) {
	t.Parallel()
	const (
		window  = 2 << 20
		sellers = 3
	)
	maxUnsettled := Cost(4<<20, testPrice)
	bound := new(big.Int).Add(maxUnsettled, Cost(window, testPrice))
	it := newItem(t, 32<<20)
	store := newMemStore()
	esc := &memEscrow{balance: Cost(16<<20, testPrice), paid: make(map[common.Address]*big.Int)}
	deposit := new(big.Int).Set(esc.balance)
	var ss []*Seller
	var from []*torrent.Client
	for range sellers {
		s, _ := newTestSeller(t, store, esc, func(c *SellerConfig) {
			c.CreditWindow, c.MaxUnsettled = window, maxUnsettled
		})
		cl, _ := seedClient(t, it, s)
		ss = append(ss, s)
		from = append(from, cl)
	}
	payer, wallet := newTestPayer(t, func(c *PayerConfig) { c.MaxUnverifiedBytes = 512 << 10 })
	viewer := addr(wallet)

	// The settlement chores, and the viewer's own drain once a third of its deposit was paid.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var drained sync.WaitGroup
	drained.Add(1)
	go func() {
		defer drained.Done()
		half := new(big.Int).Rsh(maxUnsettled, 1)
		third := new(big.Int).Div(deposit, big.NewInt(3))
		did := false
		for ctx.Err() == nil {
			total := new(big.Int)
			for _, s := range ss {
				rec, _ := store.Latest(ctx, viewer, s.cfg.Payout)
				if rec == nil {
					continue
				}
				paid := esc.paidTo(s.cfg.Payout)
				if new(big.Int).Sub(rec.Receipt.Receipt.Amount, paid).Cmp(half) >= 0 {
					esc.redeem(s.cfg.Payout, rec.Receipt.Receipt.Amount)
				}
				total.Add(total, esc.paidTo(s.cfg.Payout))
			}
			if !did && total.Cmp(third) >= 0 {
				did = true
				esc.redeem(common.Address{0xc0}, maxUint256) // the viewer's own "seeder" takes the rest
			}
			time.Sleep(10 * time.Millisecond)
		}
	}()

	lt := download(t, slowLeechClient(t, payer, 16<<20), it, from...)
	waitFor(t, 2*time.Minute, "every seller to stop serving the viewer", func() bool {
		for _, s := range ss {
			if s.Stats().CutOffs == 0 {
				return false
			}
		}
		return true
	})
	time.Sleep(300 * time.Millisecond) // the last receipts and redemptions land
	cancel()
	drained.Wait()
	if lt.Complete().Bool() {
		t.Error("the viewer got the whole 32 MiB item on a 16 MiB deposit")
	}
	accepted, redeemed := new(big.Int), new(big.Int)
	for i, s := range ss {
		acc := new(big.Int)
		if rec, _ := store.Latest(context.Background(), viewer, s.cfg.Payout); rec != nil {
			acc.Set(rec.Receipt.Receipt.Amount)
		}
		paid := esc.paidTo(s.cfg.Payout)
		risk := new(big.Int).Sub(acc, paid)
		risk.Add(risk, Cost(s.Unpaid(viewer), testPrice))
		t.Logf("seller %d: accepted %s wei, redeemed %s, unpaid %d bytes; at risk %s wei (bound %s); %+v",
			i, acc, paid, s.Unpaid(viewer), risk, bound, s.Stats())
		if risk.Cmp(bound) > 0 {
			t.Errorf("seller %d has %s wei at risk, over the bound %s", i, risk, bound)
		}
		accepted.Add(accepted, acc)
		redeemed.Add(redeemed, paid)
	}
	limit := new(big.Int).Add(redeemed, new(big.Int).Mul(bound, big.NewInt(sellers)))
	t.Logf("deposit %s: sellers accepted %s, the escrow paid them %s, the viewer drained %s; limit %s",
		deposit, accepted, redeemed, esc.paidTo(common.Address{0xc0}), limit)
	if accepted.Cmp(limit) > 0 {
		t.Errorf("sellers accepted %s wei in all, over what was redeemable (%s) plus %d × bound", accepted, redeemed, sellers)
	}
	if redeemed.Sign() == 0 {
		t.Error("no seller was paid: the test shows nothing")
	}
}

// memKeys is a KeyChecker with a fixed state per key.
type memKeys struct {
	mu    sync.Mutex
	state map[common.Address]KeyState
}

func (k *memKeys) Key(_ context.Context, _, key common.Address) (KeyState, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.state[key], nil
}

// TestOlderGrantRefused (issue #11, item 5, seller side): after a viewer paid under a grant of
// nonce 2 (limit 100× smaller), its older grant of nonce 1 is presented again; and a key the
// viewer revoked presents its grant. Both are refused before any credit, and the store keeps
// the newer grant.
func TestOlderGrantRefused(t *testing.T) {
	t.Parallel()
	it := newItem(t, 2<<20)
	store := newMemStore()
	keys := &memKeys{state: make(map[common.Address]KeyState)}
	s, payoutKey := newTestSeller(t, store, newMemBalance(big.NewInt(1e18)), func(c *SellerConfig) {
		c.CreditWindow = 2 << 20
		c.Keys = keys
	})
	scl, _ := seedClient(t, it, s)
	wallet, session := newKey(t), newKey(t)
	exp := uint64(time.Now().Add(7 * 24 * time.Hour).Unix())
	older := signGrantNonce(t, testDomain(), wallet, session, big.NewInt(1e18), exp, 1)
	newer := signGrantNonce(t, testDomain(), wallet, session, big.NewInt(1e16), exp, 2)
	payer, _ := newTestPayer(t, func(c *PayerConfig) {
		c.Viewer, c.Key, c.Grant = addr(wallet), session, newer
		c.MaxUnverifiedBytes = 512 << 10
	})
	lt := download(t, slowLeechClient(t, payer, 8<<20), it, scl)
	waitFor(t, time.Minute, "the download under the newer grant", lt.Complete().Bool)
	waitFor(t, 30*time.Second, "its receipts", func() bool {
		rec, _ := store.Latest(context.Background(), addr(wallet), addr(payoutKey))
		return rec != nil && rec.Receipt.Receipt.Bytes.Uint64() == uint64(len(it.data))
	})

	replay := func(name string, g *SignedGrant, key *ecdsa.PrivateKey) {
		t.Helper()
		rejected := s.Stats().ReceiptsRejected
		at := download(t, sendingClient(t, func(h *Hello) *Payment {
			return &Payment{Grant: g, Identify: identifyAs(t, h, addr(wallet), key)}
		}), it, scl)
		waitFor(t, 30*time.Second, name+": refused", func() bool { return s.Stats().ReceiptsRejected > rejected })
		time.Sleep(100 * time.Millisecond)
		if got := bytesRead(at); got > 2<<20+chunkSize {
			t.Errorf("%s: got %d bytes, more than one window", name, got)
		}
	}
	replay("older grant after the newer", older, session)
	keys.mu.Lock()
	keys.state[addr(session)] = KeyState{Recorded: true, Nonce: 2, Limit: big.NewInt(1e16), Expiry: exp, Revoked: true, RedeemUntil: exp}
	keys.mu.Unlock()
	replay("revoked key", newer, session)

	rec, _ := store.Latest(context.Background(), addr(wallet), addr(payoutKey))
	if rec == nil || rec.Grant == nil || !sameGrant(rec.Grant, newer) {
		t.Fatalf("stored grant %+v; want the newer one", rec)
	}
	t.Logf("seller %+v", s.Stats())
}

// TestTinyGrantGetsNoCredit (issue #11, item 2, the 1-wei grant): a wallet whose grant can pay
// almost nothing gets no credit past what its grant covers once identified: the seller extends
// no credit the escrow could not pay.
func TestTinyGrantGetsNoCredit(t *testing.T) {
	t.Parallel()
	const window = 1 << 20
	it := newItem(t, 8<<20)
	s, _ := newTestSeller(t, newMemStore(), newMemBalance(big.NewInt(1e18)), func(c *SellerConfig) { c.CreditWindow = window })
	scl, _ := seedClient(t, it, s)
	wallet, session := newKey(t), newKey(t)
	grant := signGrant(t, testDomain(), wallet, session, big.NewInt(1), time.Now().Add(7*24*time.Hour))
	payer, _ := newTestPayer(t, func(c *PayerConfig) { c.Viewer, c.Key, c.Grant = addr(wallet), session, grant })
	lt := download(t, slowLeechClient(t, payer, 4<<20), it, scl)
	waitFor(t, 30*time.Second, "the cut-off", func() bool { return s.Stats().CutOffs >= 1 })
	time.Sleep(100 * time.Millisecond)
	st := s.Stats()
	if st.CreditCutOffs == 0 || st.ReceiptsAccepted != 0 {
		t.Errorf("seller stats %+v; want the wallet cut off for credit", st)
	}
	if got := bytesRead(lt); got > window/2 {
		t.Errorf("a 1-wei grant got %d bytes", got)
	}
	t.Logf("1-wei grant got %d bytes; seller %+v", bytesRead(lt), st)
}
