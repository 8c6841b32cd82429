package api

import (
	"errors"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/swarmgate/swarmgate/chain"
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

// Problem is an RFC 9457 problem details document.
type Problem struct {
	Type     string `json:"type"`
	Title    string `json:"title"`
	Status   int    `json:"status"`
	Detail   string `json:"detail,omitempty"`
	Code     string `json:"code"`
	Instance string `json:"instance,omitempty"`
	// Errors names every bad field of a request that has several (invalid_upload,
	// invalid_policy): field, a stable code and what to do.
	Errors []fieldError `json:"errors,omitempty"`
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
	{ErrPasskeyInvalid, http.StatusUnauthorized, "passkey_invalid", "Invalid tracker passkey", true},
	{ErrPasskeyExpired, http.StatusUnauthorized, "passkey_expired", "Tracker passkey expired", true},
	{ErrNotInDirectory, http.StatusForbidden, "not_in_directory", "Not in the seeder directory", true},
	{store.ErrStale, http.StatusConflict, "stale_announcement", "Stale announcement", true},
	{ErrBusy, http.StatusServiceUnavailable, "busy", "Gateway busy", true},
	{ErrRateLimited, http.StatusTooManyRequests, "rate_limited", "Too many requests", true},
	{ErrUnavailable, http.StatusServiceUnavailable, "unavailable", "Service unavailable", true},
	// gwkeys: sign-in, key issuance, registration.
	{ErrChainNotConfigured, http.StatusServiceUnavailable, "chain_not_configured", "Chain not configured", true},
	{ErrMalformedMessage, http.StatusBadRequest, "malformed_message", "Malformed sign-in message", true},
	{ErrMalformedSignature, http.StatusBadRequest, "malformed_signature", "Malformed signature", true},
	{ErrWrongDomain, http.StatusBadRequest, "wrong_domain", "Sign-in message for another site", true},
	{ErrWrongURI, http.StatusBadRequest, "wrong_uri", "Sign-in message for another URI", true},
	{ErrWrongChain, http.StatusBadRequest, "wrong_chain", "Wrong chain", true},
	{ErrMessageExpired, http.StatusUnauthorized, "message_expired", "Sign-in message expired", true},
	{ErrMessageNotYetValid, http.StatusUnauthorized, "message_not_yet_valid", "Sign-in message not yet valid", true},
	{ErrMessageTooOld, http.StatusUnauthorized, "message_too_old", "Sign-in message too old", true},
	{ErrNonceUsed, http.StatusUnauthorized, "nonce_used", "Sign-in nonce already used", true},
	{ErrNonceUnknown, http.StatusUnauthorized, "nonce_unknown", "Unknown sign-in nonce", true},
	{ErrNonceExpired, http.StatusUnauthorized, "nonce_expired", "Sign-in nonce expired", true},
	{ErrUnknownKEM, http.StatusBadRequest, "unknown_kem", "Unknown HPKE KEM", true},
	{ErrBadHPKEKey, http.StatusBadRequest, "bad_hpke_key", "Malformed HPKE public key", true},
	{ErrNotPurchased, http.StatusForbidden, string(chain.DenyNotPurchased), "Not purchased", true},
	{ErrRentalExpired, http.StatusForbidden, string(chain.DenyRentalExpired), "Rental expired", true},
	{ErrSubscriptionExpired, http.StatusForbidden, string(chain.DenySubscriptionExpired), "Subscription expired", true},
	{ErrGateTokenMissing, http.StatusForbidden, string(chain.DenyGateTokenMissing), "Gate token missing", true},
	{ErrNotForSale, http.StatusForbidden, string(chain.DenyNotForSale), "Not for sale", true},
	{ErrNotEntitled, http.StatusForbidden, "not_entitled", "Not entitled", true},
	{ErrKeyNotHeld, http.StatusNotFound, "key_not_held", "Key not held here", true},
	{ErrUploadNotSealed, http.StatusConflict, "upload_not_sealed", "Upload not sealed", true},
	{ErrAlreadyRegistered, http.StatusConflict, "already_registered", "Already registered", true},
	{ErrStaleNonce, http.StatusConflict, "stale_nonce", "Registration nonce is stale", true},
	{ErrSignerMismatch, http.StatusForbidden, "signer_mismatch", "Signed by another account", true},
	{ErrDeadlinePassed, http.StatusUnprocessableEntity, "deadline_passed", "Signature deadline passed", true},
	{ErrInvalidPolicy, http.StatusUnprocessableEntity, "invalid_policy", "Invalid policy", true},
	{ErrInvalidUpload, http.StatusUnprocessableEntity, "invalid_upload", "Invalid upload metadata or policy", true},
	{ErrNotOwner, http.StatusForbidden, "not_owner", "Not the owner", true},
	{ErrPolicyMismatch, http.StatusConflict, "policy_mismatch", "Policy differs from the upload's", true},
	{ErrKeyNotLinked, http.StatusForbidden, "key_not_linked", "Registered by another account than the uploader", true},
	{ErrRegistrationReverted, http.StatusUnprocessableEntity, "registration_reverted", "Registration refused by the contract", true},
	{ErrRelayerUnfunded, http.StatusServiceUnavailable, "relayer_unfunded", "Relayer out of funds", true},
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
	var fe *fieldsError
	if errors.As(err, &fe) {
		p.Errors = fe.fields
	}
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
