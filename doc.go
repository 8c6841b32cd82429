// Package swarmgate holds repository-wide checks only; the code lives in the packages below it
// (see README.md): contracts, chain, sealed, paywire, seeder, api, store, migrations, indexer,
// viewerkey and the swarmgate command in cmd/swarmgate.
package swarmgate
