package main

import (
	"encoding/json"
	"io"
	"log/slog"
	"os"
)

// globals are the flags every command accepts.
type globals struct {
	LogLevel  string `default:"info" enum:"debug,info,warn,error" help:"Least severe log level written to stderr (debug, info, warn, error)."`
	LogFormat string `default:"text" enum:"text,json" help:"Log line format on stderr: text for people, json for log collectors."`
	JSON      bool   `name:"json" help:"Print the command's result on stdout as JSON, for scripts."`

	stdout io.Writer
	stderr io.Writer
}

// out is where results go.
func (g *globals) out() io.Writer {
	if g.stdout != nil {
		return g.stdout
	}
	return os.Stdout
}

// errw is where logs and progress go.
func (g *globals) errw() io.Writer {
	if g.stderr != nil {
		return g.stderr
	}
	return os.Stderr
}

// logger returns the root logger, configured by --log-level and --log-format.
func (g *globals) logger() *slog.Logger {
	var level slog.Level
	_ = level.UnmarshalText([]byte(g.LogLevel))
	opts := &slog.HandlerOptions{Level: level}
	if g.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(g.errw(), opts))
	}
	return slog.New(slog.NewTextHandler(g.errw(), opts))
}

// printJSON writes v to stdout as indented JSON.
func (g *globals) printJSON(v any) error {
	enc := json.NewEncoder(g.out())
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
