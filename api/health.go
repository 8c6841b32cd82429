package api

import (
	"context"
	_ "embed"
	"errors"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/swarmgate/swarmgate/store"
)

func isNotFound(err error) bool { return errors.Is(err, store.ErrNotFound) }

// componentJSON is one component's health.
type componentJSON struct {
	Status    string  `json:"status"` // ok, down, not_configured
	LatencyMS float64 `json:"latency_ms,omitempty"`
	Head      *uint64 `json:"head,omitempty"`
	Error     string  `json:"error,omitempty"`
}

type healthJSON struct {
	Status     string                   `json:"status"` // ok or down
	Components map[string]componentJSON `json:"components"`
}

// healthTimeout bounds each component check.
const healthTimeout = 2 * time.Second

// health checks the database and the chain. It answers 200 when every configured component
// is up and 503 otherwise; errors are described in words, without internals.
func (s *Server) health(c *gin.Context) {
	out := healthJSON{Status: "ok", Components: map[string]componentJSON{}}
	check := func(name string, fn func(ctx context.Context) (*uint64, error), failure string) {
		ctx, cancel := context.WithTimeout(c.Request.Context(), healthTimeout)
		defer cancel()
		start := time.Now()
		head, err := fn(ctx)
		comp := componentJSON{Status: "ok", LatencyMS: float64(time.Since(start).Microseconds()) / 1000, Head: head}
		if err != nil {
			s.log.WarnContext(ctx, "health check failed", "component", name, "err", err)
			comp = componentJSON{Status: "down", Error: failure}
			out.Status = "down"
		}
		out.Components[name] = comp
	}
	check("database", func(ctx context.Context) (*uint64, error) { return nil, s.deps.Store.Ping(ctx) }, "the database does not answer")
	if s.deps.Chain == nil {
		out.Components["chain"] = componentJSON{Status: "not_configured"}
	} else {
		check("chain", func(ctx context.Context) (*uint64, error) {
			h, err := s.deps.Chain.Head(ctx)
			return &h, err
		}, "the chain RPC endpoint does not answer")
	}
	status := http.StatusOK
	if out.Status != "ok" {
		status = http.StatusServiceUnavailable
	}
	c.Header("Cache-Control", "no-store")
	c.JSON(status, out)
}

//go:embed openapi.json
var openAPIDoc []byte

func (s *Server) openAPI(c *gin.Context) {
	c.Header("Cache-Control", "public, max-age=300")
	c.Data(http.StatusOK, "application/json", openAPIDoc)
}
