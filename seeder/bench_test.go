package seeder

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/swarmgate/swarmgate/chain/chaintest"
	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/paywire"
)

// BenchmarkSettle settles one receipt per viewer for `pairs` viewers through the chore, as the
// node batches them (at most `batch` per transaction), on the dev chain; every viewer signs
// under a session grant. Each iteration redeems a newer receipt for every pair. Reported:
// gas/pair (gas used by the batches / pairs) and pairs/s.
func BenchmarkSettle(b *testing.B) {
	for _, bc := range []struct{ pairs, batch int }{{1, 1}, {10, 10}, {50, 50}, {50, 10}} {
		b.Run(fmt.Sprintf("pairs=%d/batch=%d", bc.pairs, bc.batch), func(b *testing.B) {
			env := chaintest.New(b, chaintest.Options{Accounts: bc.pairs + 2})
			ctx := context.Background()
			st, err := OpenStore(ctx, b.TempDir(), true, nil)
			if err != nil {
				b.Fatal(err)
			}
			defer st.Close()
			seederOpts := env.Opts(1)
			seeder := seederOpts.From
			domain := env.Client.EscrowDomain()
			price := big.NewInt(3e15)
			type viewer struct {
				grant   *paywire.SignedGrant
				session *eip712.Session
				keyIdx  int
			}
			sessionKey, err := crypto.GenerateKey()
			if err != nil {
				b.Fatal(err)
			}
			var viewers []viewer
			for i := range bc.pairs {
				acct := env.Accounts[i+2]
				if _, err := env.Client.Deposit(ctx, env.Opts(i+2), acct.Address, big.NewInt(1e18)); err != nil {
					b.Fatal(err)
				}
				s := eip712.Session{Viewer: acct.Address, Key: crypto.PubkeyToAddress(sessionKey.PublicKey), Limit: big.NewInt(1e18), Expiry: uint64(time.Now().Add(7 * 24 * time.Hour).Unix())}
				sig, err := s.Sign(domain, acct.Key)
				if err != nil {
					b.Fatal(err)
				}
				viewers = append(viewers, viewer{grant: &paywire.SignedGrant{Session: s, Signature: sig}, keyIdx: i + 2})
			}
			settler := NewSettler(st, env.Client, seederOpts, SettleConfig{Interval: time.Hour, Threshold: 0, BatchSize: bc.batch, Margin: 2 * time.Hour}, nil, nil)
			var gas uint64
			var pairs int
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				bytes := uint64(i+1) << 30
				for _, v := range viewers {
					r := eip712.Receipt{Viewer: v.grant.Session.Viewer, Seeder: seeder, Bytes: new(big.Int).SetUint64(bytes), Amount: paywire.Cost(bytes, price)}
					sig, err := r.Sign(domain, sessionKey)
					if err != nil {
						b.Fatal(err)
					}
					if err := st.Save(ctx, paywire.Record{Receipt: paywire.SignedReceipt{Receipt: r, Signature: sig}, Grant: v.grant}); err != nil {
						b.Fatal(err)
					}
				}
				before := settler.Stats()
				b.StartTimer()
				if err := settler.Round(ctx); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				after := settler.Stats()
				if got := after.PairsRedeemed - before.PairsRedeemed; got != uint64(bc.pairs) {
					b.Fatalf("redeemed %d pairs, want %d (skips %v)", got, bc.pairs, settler.SkipsByReason())
				}
				gas += after.GasUsed - before.GasUsed
				pairs += bc.pairs
				b.StartTimer()
			}
			b.ReportMetric(float64(gas)/float64(pairs), "gas/pair")
			b.ReportMetric(float64(pairs)/b.Elapsed().Seconds(), "pairs/s")
		})
	}
}
