//go:build race

package paywire

// raceEnabled says whether the race detector instruments this test binary.
const raceEnabled = true
