// Package devchain runs a real go-ethereum node inside the process, in developer mode: chain id
// 1337, every fork through Osaka active at genesis, a simulated beacon that seals a block as soon
// as a transaction reaches the pool, and JSON-RPC over HTTP on 127.0.0.1.
//
// It is what `swarmgate devnet`, the demo and the end-to-end tests run against. The funded dev
// accounts come from fixed keys (DevKey), so their addresses are the same on every run and every
// machine. Those keys are public: anyone can spend from them on any chain, so they must never
// hold value anywhere but here.
//
// A Chain follows the component rules: New checks the configuration and does nothing else;
// Start opens the database, binds the HTTP port and starts mining; Close stops all of it.
package devchain
