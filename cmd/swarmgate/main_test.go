package main

import (
	"strings"
	"testing"

	"github.com/alecthomas/kong"
)

// viewerEnvs are the flags whose environment variable is not SWARMGATE_<FLAG>: the viewer's
// addresses and data directory must not follow a gateway's or seeder's SWARMGATE_LISTEN or
// SWARMGATE_DATA_DIR set in the same environment (a watch on 0.0.0.0 would serve the plaintext
// to the network).
var viewerEnvs = map[string]string{
	"listen":         "SWARMGATE_WATCH_LISTEN",
	"data-dir":       "SWARMGATE_VIEWER_DATA_DIR",
	"torrent-listen": "SWARMGATE_VIEWER_TORRENT_LISTEN",
}

// TestEveryFlagDocumented walks the whole command tree: every flag must have help text and an
// environment variable named SWARMGATE_<FLAG> (viewerEnvs for watch and get), and every command
// must have help text.
func TestEveryFlagDocumented(t *testing.T) {
	var c cli
	parser, err := newParser(&c)
	if err != nil {
		t.Fatal(err)
	}
	var walk func(n *kong.Node)
	walk = func(n *kong.Node) {
		if n.Type == kong.CommandNode && n.Help == "" {
			t.Errorf("command %q has no help", n.Path())
		}
		for _, f := range n.Flags {
			if f.Name == "help" || f.Name == "version" {
				continue
			}
			if f.Help == "" {
				t.Errorf("%s --%s has no help", n.Path(), f.Name)
			}
			want := "SWARMGATE_" + strings.ToUpper(strings.ReplaceAll(f.Name, "-", "_"))
			if p := n.Path(); p == "watch" || p == "get" {
				if v, ok := viewerEnvs[f.Name]; ok {
					want = v
				}
			}
			if len(f.Envs) != 1 || f.Envs[0] != want {
				t.Errorf("%s --%s: environment variables %v, want [%s]", n.Path(), f.Name, f.Envs, want)
			}
		}
		for _, child := range n.Children {
			walk(child)
		}
	}
	walk(parser.Model.Node)
}
