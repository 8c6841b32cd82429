package api

import (
	"strconv"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// metrics are the gateway's Prometheus series, on a registry of the server's own.
type metrics struct {
	reg        *prometheus.Registry
	requests   *prometheus.CounterVec
	latency    *prometheus.HistogramVec
	keysIssued prometheus.Counter
	rateLimits *prometheus.CounterVec
	// Web seed: body bytes served and requests by result (see webseed.go).
	webseedBytes    prometheus.Counter
	webseedRequests *prometheus.CounterVec
}

func newMetrics() *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "swarmgate", Subsystem: "http", Name: "requests_total",
			Help: "HTTP requests handled, by route pattern, method and status code.",
		}, []string{"route", "method", "status"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Namespace: "swarmgate", Subsystem: "http", Name: "request_duration_seconds",
			Help:    "Time to handle an HTTP request, by route pattern and method.",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"route", "method"}),
		keysIssued: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: "swarmgate", Subsystem: "gateway", Name: "keys_issued_total",
			Help: "Content keys issued to entitled viewers.",
		}),
		rateLimits: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "swarmgate", Subsystem: "http", Name: "rate_limited_total",
			Help: "Requests refused by a rate limit, by limit (ip or session).",
		}, []string{"limit"}),
		webseedBytes: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: "swarmgate", Subsystem: "gateway", Name: "webseed_bytes_total",
			Help: "Ciphertext bytes the web seed sent to directory seeders (response bodies).",
		}),
		webseedRequests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "swarmgate", Subsystem: "gateway", Name: "webseed_requests_total",
			Help: "Web seed requests, by result (served, bad_range, passkey, not_in_directory, bad_request, not_found, unavailable, error).",
		}, []string{"result"}),
	}
	for _, r := range []string{webseedServed, webseedBadRange, webseedPasskey, webseedNotInDirectory, webseedBadRequest, webseedNotFound, webseedUnavailable, webseedNotEntitled, webseedViewerBusy, webseedError} {
		m.webseedRequests.WithLabelValues(r)
	}
	m.reg.MustRegister(m.requests, m.latency, m.keysIssued, m.rateLimits, m.webseedBytes, m.webseedRequests,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// observe is the middleware that counts and times each request.
func (m *metrics) observe(c *gin.Context) {
	start := time.Now()
	c.Next()
	route := routeLabel(c)
	m.requests.WithLabelValues(route, c.Request.Method, strconv.Itoa(c.Writer.Status())).Inc()
	m.latency.WithLabelValues(route, c.Request.Method).Observe(time.Since(start).Seconds())
}

// routeLabel is the route pattern (bounded cardinality), "webapp" for a file of the web app,
// or "unmatched".
func routeLabel(c *gin.Context) string {
	if r := c.FullPath(); r != "" {
		return r
	}
	if c.GetBool(ctxWebApp) {
		return "webapp"
	}
	return "unmatched"
}
