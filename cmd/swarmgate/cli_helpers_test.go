package main

import (
	"bytes"
	"context"
	"sync"
	"testing"
)

// syncBuffer is a bytes.Buffer safe to write from a running command and read from the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

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
