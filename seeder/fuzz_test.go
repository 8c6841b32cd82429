package seeder

import (
	"strings"
	"testing"
)

// FuzzParseItem: item arguments from the command line or the environment never panic the parser,
// and what it accepts as a magnet link is a magnet link.
func FuzzParseItem(f *testing.F) {
	for _, s := range []string{
		"magnet:?xt=urn:btih:64c00ce17d1047e7fb10910ffe705c7e2fcf1d73&dn=x",
		"magnet:?xt=urn:btih:zz", "magnet:", "/nonexistent.torrent", ".", "", "x.torrent",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, arg string) {
		spec, err := parseItem(arg)
		if err != nil {
			return
		}
		if spec.kind == itemMagnet && !strings.HasPrefix(arg, "magnet:") {
			t.Fatalf("%q taken as a magnet link", arg)
		}
	})
}
