package api

import (
	"errors"
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/swarmgate/swarmgate/store"
)

// bearerToken extracts the token of an "Authorization: Bearer …" header.
func bearerToken(h string) (string, error) {
	if h == "" {
		return "", &wrapped{ErrTokenMissing, "this endpoint needs a session: sign in and send Authorization: Bearer <token>"}
	}
	scheme, token, ok := strings.Cut(h, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return "", &wrapped{ErrTokenInvalid, "the Authorization header must read: Bearer <token>"}
	}
	token = strings.TrimSpace(token)
	if len(token) < 16 || len(token) > 256 {
		return "", &wrapped{ErrTokenInvalid, "the bearer token is malformed; sign in again for a new one"}
	}
	for i := 0; i < len(token); i++ {
		c := token[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == '~' || c == '+' || c == '/' || c == '=') {
			return "", &wrapped{ErrTokenInvalid, "the bearer token is malformed; sign in again for a new one"}
		}
	}
	return token, nil
}

// requireSession admits requests with a live bearer session and puts the session in the
// context.
func (s *Server) requireSession(c *gin.Context) {
	token, err := bearerToken(c.GetHeader("Authorization"))
	if err != nil {
		s.abort(c, err)
		return
	}
	sess, err := s.deps.Store.SessionByTokenHash(c.Request.Context(), store.HashToken(token))
	switch {
	case errors.Is(err, store.ErrNotFound):
		s.abort(c, &wrapped{ErrTokenInvalid, "the bearer token is not known here; sign in again"})
		return
	case err != nil:
		s.abort(c, err)
		return
	case sess.RevokedAt != nil:
		s.abort(c, &wrapped{ErrTokenRevoked, "this session was signed out; sign in again"})
		return
	case !s.now().Before(sess.ExpiresAt):
		s.abort(c, &wrapped{ErrTokenExpired, "this session expired at " + sess.ExpiresAt.Format(time.RFC3339) + "; sign in again"})
		return
	}
	c.Set(ctxSession, sess)
	c.Next()
}

// sessionJSON is a session as clients see it.
type sessionJSON struct {
	Address   string    `json:"address"`
	CreatedAt time.Time `json:"created_at"`
	ExpiresAt time.Time `json:"expires_at"`
}

func (s *Server) getSession(c *gin.Context) {
	sess := c.MustGet(ctxSession).(store.Session)
	c.Header("Cache-Control", "no-store")
	c.JSON(http.StatusOK, sessionJSON{Address: sess.Address, CreatedAt: sess.CreatedAt, ExpiresAt: sess.ExpiresAt})
}

// deleteSession signs the caller's session out.
func (s *Server) deleteSession(c *gin.Context) {
	sess := c.MustGet(ctxSession).(store.Session)
	var h [32]byte
	copy(h[:], sess.TokenHash)
	if err := s.deps.Store.RevokeSession(c.Request.Context(), h); err != nil {
		s.abort(c, err)
		return
	}
	c.Status(http.StatusNoContent)
}
