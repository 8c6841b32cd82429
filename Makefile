# The two commands a fresh machine needs are in README.md: `make demo` and `make test`.

GO ?= go
# Packages that run goroutines (swarm, seeder, gateway) are also tested under the race detector,
# one package at a time (-p 1): their tests run real swarms in parallel already, and two race
# binaries sharing two cores starve them (see docs/field-notes.md, "stalled last chunk").
RACE_PKGS ?= $(shell $(GO) list ./... | grep -E '/(seeder|api|paywire|sealed|indexer|viewer|gwclient|chain/devchain|internal/testnet)($$|/)' )

.PHONY: demo test test-race generate bench web

demo:
	$(GO) run ./cmd/swarmgate gateway run --dev --data-dir swarmgate-data

test:
	$(GO) test -count=1 -timeout 20m ./...
	@if [ -n "$(RACE_PKGS)" ]; then $(GO) test -race -p 1 -count=1 -timeout 20m $(RACE_PKGS); fi

generate:
	$(GO) generate ./...

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

# The web app (web/): installs the npm packages from the lockfile and builds web/dist, which is
# committed and embedded in the binary (web.TestDistMatchesSources checks it for drift).
web:
	cd web && npm ci --ignore-scripts --no-audit --no-fund && npm run build
