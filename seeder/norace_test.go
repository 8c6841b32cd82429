//go:build !race

package seeder_test

const raceEnabled = false
