// Package platform runs the whole Swarmgate platform inside a test: testnet's chain (in-process
// or external), seeder nodes and payers, plus the gateway as `swarmgate gateway run` runs it (on
// SQLite or PostgreSQL, with the tracker, the web seed, relayed registration and the origin
// seeder), creators uploading through it as `swarmgate content upload` does, and viewers
// running the viewer component `swarmgate watch` and `get` run. Everything listens on loopback
// and t.Cleanup shuts it down. It is a package of its own, apart from testnet, because the api
// and viewer packages' own tests use testnet.
package platform

import (
	"testing"

	"github.com/swarmgate/swarmgate/internal/testnet"
)

// Config shapes a platform: testnet's network and the gateway.
type Config struct {
	testnet.Config
	Gateway GatewayConfig
	// NoGatewayStart leaves the gateway stopped: call Gateway.Start.
	NoGatewayStart bool
}

// Network is a running platform.
type Network struct {
	*testnet.Network
	Gateway *Gateway
	Viewers []*Viewer
}

// New starts testnet's network and the gateway. It fails the test on any error.
func New(t testing.TB, cfg Config) *Network {
	t.Helper()
	n := &Network{Network: testnet.New(t, cfg.Config)}
	n.AddGateway(cfg.Gateway)
	if !cfg.NoGatewayStart {
		n.Gateway.Start()
	}
	return n
}
