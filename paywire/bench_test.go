package paywire

import (
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/anacrolix/torrent"
)

// BenchmarkVerifyReceipt measures the seller's check of one receipt signed by a session key.
// "grant-cached" is the hot path (the connection's grant was verified when it arrived: one
// ecrecover per receipt); "grant-each-time" verifies the grant too (two ecrecovers).
func BenchmarkVerifyReceipt(b *testing.B) {
	d := testDomain()
	wallet, session, seeder := newKey(b), newKey(b), newKey(b)
	grant := signGrant(b, d, wallet, session, big.NewInt(1e18), time.Now().Add(7*24*time.Hour))
	v := NewVerifier(testChainID, testEscrow, addr(seeder), testPrice, time.Hour, 30*24*time.Hour)
	prev := signReceipt(b, d, session, addr(wallet), addr(seeder), 1<<30, Cost(1<<30, testPrice))
	next := signReceipt(b, d, session, addr(wallet), addr(seeder), 1<<30+1<<20, Cost(1<<30+1<<20, testPrice))
	acct := EscrowAccount{Available: big.NewInt(1e18), Paid: new(big.Int)}
	now := time.Now()
	b.Run("grant-cached", func(b *testing.B) {
		for b.Loop() {
			if _, err := v.CheckReceipt(next, grant, prev, acct, now); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "receipts/s")
	})
	b.Run("grant-each-time", func(b *testing.B) {
		for b.Loop() {
			if err := v.CheckGrant(grant, now); err != nil {
				b.Fatal(err)
			}
			if _, err := v.CheckReceipt(next, grant, prev, acct, now); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "receipts/s")
	})
}

func benchMessages(b testing.TB) []Message {
	d := testDomain()
	wallet, session, seeder := newKey(b), newKey(b), newKey(b)
	grant := signGrant(b, d, wallet, session, big.NewInt(1e18), time.Now().Add(time.Hour))
	r := signReceipt(b, d, session, addr(wallet), addr(seeder), 1<<30, Cost(1<<30, testPrice))
	h := &Hello{ChainID: testChainID, Escrow: testEscrow, Payout: addr(seeder), PricePerGiB: testPrice, CreditWindow: 16 << 20, Challenge: [32]byte{1, 2, 3}}
	var err error
	if h.Signature, err = TermsOf(h, [20]byte{9}, [20]byte{8}).Sign(d, seeder); err != nil {
		b.Fatal(err)
	}
	idSig, err := Identify{Viewer: addr(wallet), Seeder: addr(seeder), Challenge: h.Challenge}.Sign(d, session)
	if err != nil {
		b.Fatal(err)
	}
	return []Message{
		h,
		&Invoice{Served: 1<<30 + 1<<20, Baseline: r, Grant: grant},
		&Payment{Grant: grant, Identify: &Identification{Viewer: addr(wallet), Signature: idSig}, Receipt: r},
	}
}

func BenchmarkCodec(b *testing.B) {
	for _, m := range benchMessages(b) {
		enc, err := Encode(m)
		if err != nil {
			b.Fatal(err)
		}
		b.Run("encode/"+m.Type().String(), func(b *testing.B) {
			buf := make([]byte, 0, MaxMessageSize)
			b.SetBytes(int64(len(enc)))
			for b.Loop() {
				if _, err := m.AppendBinary(buf[:0]); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("decode/"+m.Type().String(), func(b *testing.B) {
			b.SetBytes(int64(len(enc)))
			for b.Loop() {
				if _, err := Decode(enc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkDownload downloads one item from 1 and 3 seeders over loopback TCP, with plain
// anacrolix clients and with the protocol on (sellers on the seeders, a payer on the leecher),
// the same data and peers in the same run. Each iteration is a fresh leecher.
func BenchmarkDownload(b *testing.B) {
	const size = 64 << 20
	it := newItem(b, size)
	for _, seeders := range []int{1, 3} {
		for _, paid := range []bool{false, true} {
			name := fmt.Sprintf("seeders=%d/plain", seeders)
			if paid {
				name = fmt.Sprintf("seeders=%d/paid", seeders)
			}
			b.Run(name, func(b *testing.B) {
				store, bal := newMemStore(), newMemBalance(big.NewInt(1e18))
				var sellers []*Seller
				var clients []*torrent.Client
				for range seeders {
					var s *Seller
					if paid {
						s, _ = newTestSeller(b, store, bal, func(c *SellerConfig) {
							c.CreditWindow, c.InvoiceInterval, c.PollInterval = 0, 0, 0 // the defaults
						})
						sellers = append(sellers, s)
					}
					cl, _ := seedClient(b, it, s)
					clients = append(clients, cl)
				}
				b.SetBytes(size)
				b.ResetTimer()
				for b.Loop() {
					var payer *Payer
					if paid {
						payer, _ = newTestPayer(b)
					}
					lc := leechClient(b, payer)
					lt, err := lc.AddTorrent(it.mi)
					if err != nil {
						b.Fatal(err)
					}
					for _, cl := range clients {
						lt.AddClientPeer(cl)
					}
					lt.DownloadAll()
					select {
					case <-lt.Complete().On():
					case <-time.After(2 * time.Minute):
						var st []SellerStats
						for _, s := range sellers {
							st = append(st, s.Stats())
						}
						b.Fatalf("download did not complete: %d of %d bytes, %d connections; sellers %+v",
							lt.BytesCompleted(), lt.Length(), len(lt.PeerConns()), st)
					}
					lc.Close()
				}
				var peak, cut uint64
				for _, s := range sellers {
					st := s.Stats()
					peak, cut = max(peak, st.PeakUnpaid), cut+st.CutOffs
				}
				if cut != 0 {
					b.Fatalf("%d paying peers were cut off", cut)
				}
				if paid {
					b.ReportMetric(float64(peak)/(1<<20), "peak-unpaid-MiB")
				}
			})
		}
	}
}

// BenchmarkHandshake measures the signatures a connection costs once, at its start: the seller
// signs its terms, the payer checks them and signs its identification, the seller checks that.
func BenchmarkHandshake(b *testing.B) {
	d := testDomain()
	wallet, session, seeder := newKey(b), newKey(b), newKey(b)
	grant := signGrant(b, d, wallet, session, big.NewInt(1e18), time.Now().Add(7*24*time.Hour))
	v := NewVerifier(testChainID, testEscrow, addr(seeder), testPrice, time.Hour, 30*24*time.Hour)
	h := &Hello{ChainID: testChainID, Escrow: testEscrow, Payout: addr(seeder), PricePerGiB: testPrice, CreditWindow: 32 << 20, Challenge: [32]byte{1}}
	ih, peer := [20]byte{9}, [20]byte{8}
	for b.Loop() {
		sig, err := TermsOf(h, ih, peer).Sign(d, seeder)
		if err != nil {
			b.Fatal(err)
		}
		h.Signature = sig
		if s, err := TermsOf(h, ih, peer).Signer(d, h.Signature); err != nil || s != h.Payout {
			b.Fatal("terms do not check", err)
		}
		idSig, err := Identify{Viewer: addr(wallet), Seeder: h.Payout, Challenge: h.Challenge}.Sign(d, session)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := v.CheckIdentify(&Identification{Viewer: addr(wallet), Signature: idSig}, grant, h.Challenge); err != nil {
			b.Fatal(err)
		}
	}
}
