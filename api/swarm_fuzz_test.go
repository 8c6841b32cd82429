package api

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParseAnnouncement feeds arbitrary JSON to the announcement parser: it must never panic,
// and whatever it accepts must round-trip to the same fields.
func FuzzParseAnnouncement(f *testing.F) {
	f.Add([]byte(`{"seeder":"0x70997970C51812dc3A010C7d01b50e0d17dc79C8","endpoint":"198.51.100.7:6881","price_per_gib":"5","info_hashes":["0101010101010101010101010101010101010101"],"timestamp":1700000000,"expiry":1700003600,"signature":"0x` + strings.Repeat("11", 64) + `1b"}`))
	f.Add([]byte(`{"seeder":"0x0","endpoint":"[::1]:1","price_per_gib":"00","info_hashes":[],"timestamp":1,"expiry":0,"signature":""}`))
	f.Add([]byte(`{"endpoint":"a-.b:65536","price_per_gib":"-1"}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		var in announceJSON
		if json.Unmarshal(body, &in) != nil {
			return
		}
		a, sig, err := parseAnnouncement(in)
		if err != nil {
			return
		}
		if a.Endpoint != in.Endpoint || a.PricePerGiB.String() != in.PricePerGiB || len(sig) != 65 ||
			len(a.InfoHashes) != len(in.InfoHashes) || a.Expiry <= a.Timestamp || validEndpoint(a.Endpoint) != nil {
			t.Fatalf("accepted inconsistent announcement %+v from %s", a, body)
		}
	})
}

// FuzzCleanFilename: the result is valid UTF-8, at most 255 bytes, without slashes or control
// characters.
func FuzzCleanFilename(f *testing.F) {
	for _, s := range []string{"movie.mkv", `C:\a\b.mp4`, "../x", "a\x00b", strings.Repeat("é", 200), "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := cleanFilename(s)
		if !utf8.ValidString(got) || len(got) > 255 || strings.ContainsAny(got, "/\\") {
			t.Fatalf("cleanFilename(%q) = %q", s, got)
		}
		for _, r := range got {
			if r < 0x20 || r == 0x7f {
				t.Fatalf("cleanFilename(%q) = %q keeps a control character", s, got)
			}
		}
	})
}
