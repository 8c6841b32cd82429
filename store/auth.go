package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/migrations"
)

// CreateNonce records a fresh sign-in nonce valid for ttl.
func (s *Store) CreateNonce(ctx context.Context, nonce string, ttl time.Duration) error {
	if nonce == "" || len(nonce) > 128 || ttl <= 0 {
		return fmt.Errorf("create nonce: %w: nonce must be 1–128 characters and ttl positive", ErrInvalidArgument)
	}
	t := s.now()
	n := Nonce{Nonce: nonce, CreatedAt: t, ExpiresAt: t.Add(ttl)}
	return translate(s.q(ctx).Create(&n).Error, "create nonce")
}

// ConsumeNonce marks nonce used, exactly once: of several concurrent calls one succeeds and
// the rest get ErrNonceUsed. An unknown nonce gives ErrNotFound, an expired one
// ErrNonceExpired.
func (s *Store) ConsumeNonce(ctx context.Context, nonce string) error {
	t := s.now()
	res := s.q(ctx).Model(&Nonce{}).
		Where("nonce = ? AND used_at IS NULL AND expires_at > ?", nonce, t).
		Update("used_at", t)
	if res.Error != nil {
		return translate(res.Error, "consume nonce")
	}
	if res.RowsAffected == 1 {
		return nil
	}
	var n Nonce
	if err := s.q(ctx).Where("nonce = ?", nonce).Take(&n).Error; err != nil {
		return translate(err, "consume nonce")
	}
	if n.UsedAt != nil {
		return fmt.Errorf("consume nonce: %w", ErrNonceUsed)
	}
	return fmt.Errorf("consume nonce: %w", ErrNonceExpired)
}

// DeleteExpiredNonces removes nonces that expired before t and reports how many.
func (s *Store) DeleteExpiredNonces(ctx context.Context, t time.Time) (int64, error) {
	res := s.q(ctx).Where("expires_at < ?", norm(t)).Delete(&Nonce{})
	return res.RowsAffected, translate(res.Error, "delete expired nonces")
}

// HashToken is how a bearer token is stored and looked up: its SHA-256.
func HashToken(token string) [32]byte { return sha256.Sum256([]byte(token)) }

// CreateSession stores a session for address whose bearer token hashes to tokenHash.
func (s *Store) CreateSession(ctx context.Context, tokenHash [32]byte, address common.Address, expiresAt time.Time) (Session, error) {
	t := s.now()
	if !expiresAt.After(t) {
		return Session{}, fmt.Errorf("create session: %w: expiry is in the past", ErrInvalidArgument)
	}
	sess := Session{TokenHash: tokenHash[:], Address: Addr(address), CreatedAt: t, ExpiresAt: norm(expiresAt)}
	if err := s.q(ctx).Create(&sess).Error; err != nil {
		return Session{}, translate(err, "create session")
	}
	return sess, nil
}

// SessionByTokenHash finds a session by its token hash, whether or not it is expired or
// revoked: the caller decides (and tells the user which). Every authenticated request makes
// this lookup (it is what makes a revocation take effect at once on every gateway), so
// outside a transaction it runs as a prepared statement through database/sql rather than
// through gorm.
func (s *Store) SessionByTokenHash(ctx context.Context, tokenHash [32]byte) (Session, error) {
	var sess Session
	if s.stmts == nil {
		err := s.q(ctx).Where("token_hash = ?", tokenHash[:]).Take(&sess).Error
		return sess, translate(err, "look up session")
	}
	q := sessionByTokenHashSQL
	if s.dialect == migrations.Postgres {
		q = strings.Replace(q, "?", "$1", 1)
	}
	st, err := s.stmts.get(ctx, q)
	if err != nil {
		return sess, fmt.Errorf("look up session: %w", err)
	}
	var revoked sql.NullTime
	err = st.QueryRowContext(ctx, tokenHash[:]).Scan(&sess.ID, &sess.TokenHash, &sess.Address, &sess.CreatedAt, &sess.ExpiresAt, &revoked)
	if errors.Is(err, sql.ErrNoRows) {
		return Session{}, fmt.Errorf("look up session: %w", ErrNotFound)
	}
	if err != nil {
		return Session{}, fmt.Errorf("look up session: %w", err)
	}
	if revoked.Valid {
		sess.RevokedAt = &revoked.Time
	}
	return sess, nil
}

// sessionByTokenHashSQL reads a Session row; written for SQLite, "?" becomes "$1" on
// PostgreSQL.
const sessionByTokenHashSQL = `SELECT id, token_hash, address, created_at, expires_at, revoked_at FROM sessions WHERE token_hash = ? LIMIT 1`

// RevokeSession revokes the session with tokenHash. Revoking twice is not an error; an
// unknown hash is ErrNotFound.
func (s *Store) RevokeSession(ctx context.Context, tokenHash [32]byte) error {
	res := s.q(ctx).Model(&Session{}).
		Where("token_hash = ? AND revoked_at IS NULL", tokenHash[:]).
		Update("revoked_at", s.now())
	if res.Error != nil {
		return translate(res.Error, "revoke session")
	}
	if res.RowsAffected == 0 {
		if _, err := s.SessionByTokenHash(ctx, tokenHash); err != nil {
			return fmt.Errorf("revoke session: %w", ErrNotFound)
		}
	}
	return nil
}

// RevokeSessionsOf revokes every live session of address (sign out everywhere) and reports how
// many it revoked.
func (s *Store) RevokeSessionsOf(ctx context.Context, address common.Address) (int64, error) {
	res := s.q(ctx).Model(&Session{}).
		Where("address = ? AND revoked_at IS NULL", Addr(address)).
		Update("revoked_at", s.now())
	return res.RowsAffected, translate(res.Error, "revoke sessions")
}

// DeleteExpiredSessions removes sessions that expired before t.
func (s *Store) DeleteExpiredSessions(ctx context.Context, t time.Time) (int64, error) {
	res := s.q(ctx).Where("expires_at < ?", norm(t)).Delete(&Session{})
	return res.RowsAffected, translate(res.Error, "delete expired sessions")
}
