// Package contracts holds Swarmgate's Solidity sources (src/), the compiled artifacts
// (artifacts/), the standard-JSON input used to verify deployments on block explorers, and the
// abigen v2 Go bindings (bindings/, and bindings/testbindings for test-only tokens).
//
// Everything generated here comes from one command, run from the repository root:
//
//	go generate ./contracts/...
//
// It compiles offline with the exact solc and OpenZeppelin versions pinned in package.json
// (install them once with `npm ci --ignore-scripts` in this folder). TestGeneratedUpToDate
// regenerates everything into a temporary directory and fails on any difference.
//
// Only package chain imports the bindings; every other package talks to the contracts through
// chain's interfaces.
package contracts

//go:generate go run ./internal/gen
