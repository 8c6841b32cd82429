package main

import (
	"context"
	"testing"

	"github.com/swarmgate/swarmgate/internal/testnet"
)

// syncBuffer is testnet.SyncBuffer: safe to write from a running command and read from the test.
type syncBuffer = testnet.SyncBuffer

// runCLI parses args like main does and runs the command with captured stdout and stderr. A
// command line that does not parse fails the test.
func runCLI(ctx context.Context, t *testing.T, stdout, stderr *syncBuffer, args ...string) error {
	t.Helper()
	var c cli
	parser, err := newParser(&c)
	if err != nil {
		t.Fatal(err)
	}
	kctx, err := parser.Parse(args)
	if err != nil {
		t.Fatalf("parse %v: %v", args, err)
	}
	c.globals.stdout, c.globals.stderr = stdout, stderr
	kctx.BindTo(ctx, (*context.Context)(nil))
	return kctx.Run(&c.globals)
}
