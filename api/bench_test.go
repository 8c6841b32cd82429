package api

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/swarmgate/swarmgate/store/storetest"
)

// BenchmarkGateway measures the gateway's full middleware chain (request id, access log to a
// discarding logger, panic recovery, metrics, per-IP and per-session rate limits with limits
// too high to trigger, body limit) against a bare gin handler in the same run. The store is
// SQLite in a temporary directory.
//
//	go test -run '^$' -bench BenchmarkGateway -benchmem ./api/
func BenchmarkGateway(b *testing.B) {
	st := storetest.Open(b, storetest.Backends[0])
	seedCatalog(b, st, 50)
	token := session(b, st, "bench", time.Now().Add(24*time.Hour))
	s := newServer(b, st, func(c *Config, _ *Deps) {
		c.RateIP, c.BurstIP, c.RateSession, c.BurstSession = 1e9, 1e9, 1e9, 1e9
	})
	bare := gin.New()
	bare.GET("/v1/content/:id", func(c *gin.Context) { c.JSON(http.StatusOK, gin.H{"id": c.Param("id")}) })

	run := func(b *testing.B, h http.Handler, target string, header ...string) {
		req := httptest.NewRequest("GET", target, nil)
		for i := 0; i+1 < len(header); i += 2 {
			req.Header.Set(header[i], header[i+1])
		}
		b.ReportAllocs()
		b.ResetTimer()
		for b.Loop() {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != http.StatusOK {
				b.Fatalf("%s: %d %s", target, rec.Code, rec.Body)
			}
		}
	}
	b.Run("bare_gin", func(b *testing.B) { run(b, bare, "/v1/content/1") })
	b.Run("catalog_get", func(b *testing.B) { run(b, s.Handler(), "/v1/content/1") })
	b.Run("catalog_list_20", func(b *testing.B) { run(b, s.Handler(), "/v1/content?limit=20") })
	b.Run("bearer_session", func(b *testing.B) { run(b, s.Handler(), "/v1/session", "Authorization", "Bearer "+token) })
}
