package seeder_test

import (
	"fmt"
	"testing"
	"time"

	g "github.com/anacrolix/generics"
	"github.com/anacrolix/torrent"
	"github.com/anacrolix/torrent/storage"

	"github.com/swarmgate/swarmgate/internal/testnet"
)

// BenchmarkDownload downloads a 32 MiB sealed item from 1 and 3 seeders on loopback: through real
// seeder nodes with the protocol on (a paying viewer, receipts stored durably), and from plain
// anacrolix clients seeding the same files, in the same run. Reported: MiB/s.
func BenchmarkDownload(b *testing.B) {
	const size = 32 << 20
	for _, seeders := range []int{1, 3} {
		net := testnet.New(b, testnet.Config{Seeders: seeders, Payers: 0, ItemSize: size})
		b.Run(fmt.Sprintf("paid/seeders=%d", seeders), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				p := net.AddPayer(len(net.Payers))
				b.StartTimer()
				tor := p.Start()
				waitComplete(b, tor)
			}
			b.ReportMetric(float64(size)*float64(b.N)/(1<<20)/b.Elapsed().Seconds(), "MiB/s")
		})
		b.Run(fmt.Sprintf("plain/seeders=%d", seeders), func(b *testing.B) {
			var plain []*torrent.Client
			for _, s := range net.Seeders {
				cfg := testnet.ClientConfig(b)
				cfg.Seed = true
				// The same storage as the node's for sealed directories.
				cfg.DefaultStorage = storage.NewFileOpts(storage.NewFileClientOpts{
					ClientBaseDir: s.ItemDir, PieceCompletion: storage.NewMapPieceCompletion(), UsePartFiles: g.Some(false),
				})
				cl, err := torrent.NewClient(cfg)
				if err != nil {
					b.Fatal(err)
				}
				b.Cleanup(func() { cl.Close() })
				t, err := cl.AddTorrent(net.Item.MetaInfo)
				if err != nil {
					b.Fatal(err)
				}
				if err := t.VerifyData(); err != nil {
					b.Fatal(err)
				}
				waitComplete(b, t)
				plain = append(plain, cl)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				cl, err := torrent.NewClient(testnet.ClientConfig(b))
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				tor, err := cl.AddTorrent(net.Item.MetaInfo)
				if err != nil {
					b.Fatal(err)
				}
				for _, s := range plain {
					tor.AddClientPeer(s)
				}
				tor.DownloadAll()
				waitComplete(b, tor)
				b.StopTimer()
				cl.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(size)*float64(b.N)/(1<<20)/b.Elapsed().Seconds(), "MiB/s")
		})
	}
}

func waitComplete(b *testing.B, t *torrent.Torrent) {
	b.Helper()
	select {
	case <-t.Complete().On():
	case <-time.After(2 * time.Minute):
		b.Fatal("download did not complete within 2 minutes")
	}
}
