package api

import (
	"errors"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/swarmgate/swarmgate/store"
)

// ErrInvalidParameter is returned when a path or query parameter is malformed.
var ErrInvalidParameter = errors.New("invalid parameter")

// ErrNotFound is returned when the requested resource does not exist.
var ErrNotFound = errors.New("not found")

// ErrRouteNotFound is returned for a path the gateway does not serve.
var ErrRouteNotFound = errors.New("no such endpoint")

// ErrMethodNotAllowed is returned for a known path with a method it does not accept.
var ErrMethodNotAllowed = errors.New("method not allowed")

// ErrBodyTooLarge is returned when a request body exceeds the configured limit.
var ErrBodyTooLarge = errors.New("request body too large")

// ErrTokenMissing is returned when an endpoint needs a bearer session and none was sent.
var ErrTokenMissing = errors.New("bearer token missing")

// ErrTokenInvalid is returned for a malformed or unknown bearer token.
var ErrTokenInvalid = errors.New("bearer token invalid")

// ErrTokenExpired is returned for a bearer token whose session has expired.
var ErrTokenExpired = errors.New("bearer token expired")

// ErrTokenRevoked is returned for a bearer token whose session was signed out.
var ErrTokenRevoked = errors.New("bearer token revoked")

// ErrRateLimited is returned when a client sends more requests than its rate limit.
var ErrRateLimited = errors.New("rate limit exceeded")

// ErrConflict is returned when a request conflicts with the current state.
var ErrConflict = errors.New("conflict")

// ErrUnavailable is returned when a dependency (database, chain) is not answering.
var ErrUnavailable = errors.New("service unavailable")

// ErrBusy is returned when the sealing queue is full: the gateway refuses new uploads until
// workers catch up.
var ErrBusy = errors.New("gateway busy")

// ErrUploadTooLarge is returned when an upload is larger than the configured limit.
var ErrUploadTooLarge = errors.New("upload too large")

// ErrBadSignature is returned when a signed message (a seeder announcement) does not verify.
var ErrBadSignature = errors.New("bad signature")

// Problem is an RFC 9457 problem details document.
type Problem struct {
	Type     string `json:"type"`
	Title    string `json:"title"`
	Status   int    `json:"status"`
	Detail   string `json:"detail,omitempty"`
	Code     string `json:"code"`
	Instance string `json:"instance,omitempty"`
}

// ProblemContentType is the media type of error responses.
const ProblemContentType = "application/problem+json"

// problemKind is how one family of errors looks on the wire.
type problemKind struct {
	err    error
	status int
	code   string
	title  string
	// showDetail says whether err's text is safe and useful for the client. It is false for
	// errors whose text may carry internals.
	showDetail bool
}

// problemKinds maps errors to statuses and stable codes: the one place this happens. The
// first match wins.
var problemKinds = []problemKind{
	{ErrInvalidParameter, http.StatusBadRequest, "invalid_parameter", "Invalid parameter", true},
	{store.ErrInvalidArgument, http.StatusBadRequest, "invalid_parameter", "Invalid parameter", true},
	{ErrTokenMissing, http.StatusUnauthorized, "token_missing", "Authentication required", true},
	{ErrTokenInvalid, http.StatusUnauthorized, "token_invalid", "Invalid bearer token", true},
	{ErrTokenExpired, http.StatusUnauthorized, "token_expired", "Session expired", true},
	{ErrTokenRevoked, http.StatusUnauthorized, "token_revoked", "Session revoked", true},
	{ErrRouteNotFound, http.StatusNotFound, "route_not_found", "No such endpoint", true},
	{ErrNotFound, http.StatusNotFound, "not_found", "Not found", true},
	{store.ErrNotFound, http.StatusNotFound, "not_found", "Not found", false},
	{ErrMethodNotAllowed, http.StatusMethodNotAllowed, "method_not_allowed", "Method not allowed", true},
	{ErrConflict, http.StatusConflict, "conflict", "Conflict", true},
	{store.ErrDuplicate, http.StatusConflict, "conflict", "Conflict", false},
	{ErrBodyTooLarge, http.StatusRequestEntityTooLarge, "body_too_large", "Request body too large", true},
	{ErrUploadTooLarge, http.StatusRequestEntityTooLarge, "upload_too_large", "Upload too large", true},
	{ErrBadSignature, http.StatusUnauthorized, "bad_signature", "Bad signature", true},
	{store.ErrStale, http.StatusConflict, "stale_announcement", "Stale announcement", true},
	{ErrBusy, http.StatusServiceUnavailable, "busy", "Gateway busy", true},
	{ErrRateLimited, http.StatusTooManyRequests, "rate_limited", "Too many requests", true},
	{ErrUnavailable, http.StatusServiceUnavailable, "unavailable", "Service unavailable", true},
}

// internalProblem is what every unmapped error becomes.
var internalProblem = problemKind{status: http.StatusInternalServerError, code: "internal", title: "Internal server error"}

// problemFor maps err to its problem.
func problemFor(err error) Problem {
	k := internalProblem
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		k = problemKinds[indexOf(ErrBodyTooLarge)]
		err = bodyTooLarge(mbe.Limit)
	} else {
		for _, pk := range problemKinds {
			if errors.Is(err, pk.err) {
				k = pk
				break
			}
		}
	}
	p := Problem{Type: "urn:swarmgate:problem:" + k.code, Title: k.title, Status: k.status, Code: k.code}
	switch {
	case k.showDetail:
		p.Detail = err.Error()
	case k.status == http.StatusNotFound:
		p.Detail = "the requested resource does not exist"
	case k.status >= 500:
		p.Detail = "the gateway failed to handle this request; quote the request id when reporting it"
	}
	return p
}

func indexOf(err error) int {
	for i, k := range problemKinds {
		if k.err == err {
			return i
		}
	}
	panic("api: no problem kind for " + err.Error())
}

func bodyTooLarge(limit int64) error {
	return &wrapped{ErrBodyTooLarge, "request body too large: send at most " + strconv.FormatInt(limit, 10) + " bytes"}
}

// wrapped carries a sentinel with a full user-facing message.
type wrapped struct {
	err error
	msg string
}

func (w *wrapped) Error() string { return w.msg }
func (w *wrapped) Unwrap() error { return w.err }

// abort ends the request with err as a problem document. 5xx errors are logged with the
// request id; their text never reaches the client.
func (s *Server) abort(c *gin.Context, err error) {
	p := problemFor(err)
	p.Instance = requestID(c)
	if p.Status >= 500 {
		s.log.ErrorContext(c.Request.Context(), "request failed", "request_id", p.Instance, "route", c.FullPath(), "err", err)
	}
	switch p.Code {
	case "token_missing":
		c.Header("WWW-Authenticate", `Bearer realm="swarmgate"`)
	case "token_invalid", "token_expired", "token_revoked":
		c.Header("WWW-Authenticate", `Bearer realm="swarmgate", error="invalid_token"`)
	}
	writeProblem(c, p)
}

func writeProblem(c *gin.Context, p Problem) {
	c.Header("Cache-Control", "no-store")
	c.Abort()
	c.Render(p.Status, problemRender{p})
}
