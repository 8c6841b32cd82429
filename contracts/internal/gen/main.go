// Command gen regenerates contracts/artifacts and contracts/bindings from contracts/src.
// Run it through `go generate ./contracts/...`.
package main

import (
	"fmt"
	"os"

	"github.com/swarmgate/swarmgate/contracts/internal/build"
)

func main() {
	if err := build.Generate(".", "."); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
