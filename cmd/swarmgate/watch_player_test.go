package main

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestWatchRealPlayerDecodesAndSeeks: a real player (ffprobe and ffmpeg) reads the local URL of
// `watch` with its own Range requests. The video is made here by ffmpeg as an MP4 whose index
// (moov) is at the end, so opening it already seeks far ahead; ffprobe reads its duration,
// ffmpeg decodes the whole stream, and a seek to 7 s decodes from there.
func TestWatchRealPlayerDecodesAndSeeks(t *testing.T) {
	if _, err := exec.LookPath("ffprobe"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("ffprobe is not installed: .ci/run installs ffmpeg for this test")
		}
		t.Skip("ffprobe is not installed (apt-get install ffmpeg): the real-player test is skipped")
	}
	video := filepath.Join(t.TempDir(), "clip.mp4")
	if out, err := exec.Command("ffmpeg", "-v", "error", "-f", "lavfi", "-i", "testsrc=duration=10:size=320x240:rate=25",
		"-c:v", "mpeg4", "-q:v", "5", video).CombinedOutput(); err != nil {
		t.Fatalf("make the video: %v\n%s", err, out)
	}
	n := newViewerNet(t)
	ctx := context.Background()
	out, _ := mustRun(t, ctx, append([]string{"--json", "content", "upload", video, "--title", "Clip", "--price", "0.001", "--state-file", n.state}, n.args(1)...)...)
	var res uploadResult
	if err := jsonUnmarshal(out, &res); err != nil || res.ContentID == "" {
		t.Fatalf("upload: %v %s", err, out)
	}
	id := res.ContentID
	mustRun(t, ctx, append([]string{"access", "buy", id, "--yes", "--dev-key", n.devKey(3)}, n.chainArgs()...)...)
	mustRun(t, ctx, append([]string{"escrow", "deposit", "0.01", "--dev-key", n.devKey(3)}, n.chainArgs()...)...)
	n.startSellers(t, id, 2_000_000_000_000_000, false, 5, 6)
	url, stderr, end := startWatch(t, append([]string{id}, n.viewerArgs(3)...)...)

	probe, err := exec.Command("ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", url).CombinedOutput()
	if err != nil {
		t.Fatalf("ffprobe: %v\n%s\nwatch:\n%s", err, probe, stderr.String())
	}
	if d, err := strconv.ParseFloat(strings.TrimSpace(string(probe)), 64); err != nil || d < 9.9 || d > 10.1 {
		t.Fatalf("ffprobe duration %q, want 10 s", probe)
	}
	if out, err := exec.Command("ffmpeg", "-v", "error", "-i", url, "-f", "null", "-").CombinedOutput(); err != nil || len(strings.TrimSpace(string(out))) > 0 {
		t.Fatalf("decode the whole stream: %v\n%s", err, out)
	}
	if out, err := exec.Command("ffmpeg", "-v", "error", "-ss", "7", "-i", url, "-frames:v", "5", "-f", "null", "-").CombinedOutput(); err != nil || len(strings.TrimSpace(string(out))) > 0 {
		t.Fatalf("seek to 7 s and decode: %v\n%s", err, out)
	}
	if err := end(); err != nil {
		t.Fatalf("watch: %v", err)
	}
}

func jsonUnmarshal(s string, v any) error { return json.Unmarshal([]byte(s), v) }
