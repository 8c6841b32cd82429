package seeder_test

import (
	"testing"
	"time"

	"github.com/swarmgate/swarmgate/internal/testnet"
	"github.com/swarmgate/swarmgate/seeder"
)

// TestMaxUploadRate: a node capped at 1 MiB/s needs about 3 s to send a 4 MiB item to a paying
// viewer (its first 1 MiB goes out as a burst); the same setup uncapped, measured first as the
// baseline, is at least twice as fast.
func TestMaxUploadRate(t *testing.T) {
	download := func(rate uint64) time.Duration {
		n := testnet.New(t, testnet.Config{Seeders: 1, Payers: 1, ItemSize: 4 << 20, Seeder: func(_ int, c *seeder.Config) {
			c.MaxUploadRate = rate
		}})
		start := time.Now()
		tor := n.Payers[0].Start()
		select {
		case <-tor.Complete().On():
		case <-time.After(time.Minute):
			t.Fatalf("cap %d B/s: %d of %d bytes after a minute", rate, tor.BytesCompleted(), tor.Length())
		}
		took := time.Since(start)
		n.Item.CheckDownload(t, tor)
		return took
	}
	uncapped := download(0)
	capped := download(1 << 20)
	t.Logf("4 MiB: uncapped %v, capped at 1 MiB/s %v", uncapped, capped)
	if capped < 2500*time.Millisecond {
		t.Errorf("capped at 1 MiB/s, 4 MiB came in %v: the cap is not applied", capped)
	}
	if capped < 2*uncapped {
		t.Errorf("capped %v is not twice the uncapped %v: the cap is not what limits", capped, uncapped)
	}
}
