package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAccessTorrentRefuses: an account without access gets the deny reason, the price and the
// command that buys, a bad or unknown id says so, and none of them writes a file.
func TestAccessTorrentRefuses(t *testing.T) {
	n := newViewerNet(t)
	id, _ := n.upload(t, 1<<20, "--price", "0.002")
	dir := t.TempDir()
	for _, c := range []struct {
		name, id string
		want     []string
	}{
		{"not bought", id, []string{"access buy " + id, "0.002"}},
		{"bad id", "abc", []string{"content id"}},
		{"unknown id", "999", []string{"999"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, errOut, err := runCapture(t, context.Background(), append([]string{"access", "torrent", c.id, "--out", dir}, append(n.args(2), n.chainArgs()...)...)...)
			if err == nil {
				t.Fatal("access torrent succeeded")
			}
			msg := err.Error() + errOut
			for _, w := range c.want {
				if !strings.Contains(msg, w) {
					t.Errorf("error %q does not say %q", msg, w)
				}
			}
			if ents, _ := os.ReadDir(dir); len(ents) != 0 {
				t.Errorf("wrote %s", filepath.Join(dir, ents[0].Name()))
			}
		})
	}
}
