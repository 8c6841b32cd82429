package platform_test

import (
	"crypto/rand"
	"math/big"
	"testing"
	"time"

	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/internal/testnet"
	"github.com/swarmgate/swarmgate/internal/testnet/platform"
)

// TestGatewayRestart: the gateway stops and starts again on the same data directory and
// database; the free item uploaded before the restart is still listed, and a viewer with no
// deposit watches it from the origin seeder, which the origin chore fed again.
func TestGatewayRestart(t *testing.T) {
	n := platform.New(t, platform.Config{Config: testnet.Config{Seeders: 1, NoStart: true}})
	plain := make([]byte, 1<<20+17)
	if _, err := rand.Read(plain); err != nil {
		t.Fatal(err)
	}
	id := n.AddCreator(nil).Upload(plain, platform.UploadOptions{Policy: eip712.Policy{Model: eip712.ModelFree}})
	n.Gateway.Stop()
	if n.Gateway.Server() != nil || n.Gateway.OriginNode() != nil {
		t.Fatal("the stopped gateway still reports a server or an origin")
	}
	n.Gateway.Start()
	v := n.AddViewer(big.NewInt(1e17))
	v.Watch(id, platform.WatchOptions{})
	checkRange(t, v.URL(), plain, 0, len(plain)-1)
	if res := v.Wait(60 * time.Second); !res.OK {
		t.Fatalf("the plaintext does not match the on-chain hash: %+v", res)
	}
	if paid := v.PaidTotal(n.Gateway.Origin); paid.Sign() != 0 {
		t.Fatalf("a free item cost %s wei", paid)
	}
}
