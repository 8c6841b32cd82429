package gwclient

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// ExpiryMargin is how long before its expiry a cached session is no longer used: a command
// that starts with it should not have it expire halfway.
const ExpiryMargin = 2 * time.Minute

// Sessions is the session cache: bearer sessions by gateway URL and account, in a JSON file
// of mode 0600 (a bearer token is a password until it expires). A file that others may read is
// refused.
type Sessions struct {
	path string
	now  func() time.Time
}

// OpenSessions returns the cache kept in the file at path (created on first Put).
func OpenSessions(path string) *Sessions { return &Sessions{path: path, now: time.Now} }

// Path is the cache file.
func (s *Sessions) Path() string { return s.path }

func sessionKey(gateway string, addr common.Address) string {
	return strings.TrimRight(gateway, "/") + "|" + addr.Hex()
}

func (s *Sessions) load() (map[string]Session, error) {
	m := map[string]Session{}
	f, err := os.Open(s.path)
	if errors.Is(err, fs.ErrNotExist) {
		return m, nil
	}
	if err != nil {
		return nil, fmt.Errorf("session cache: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("session cache: %w", err)
	}
	if st.Mode().Perm()&0o077 != 0 {
		return nil, fmt.Errorf("session cache %s may be read by other users (mode %04o): run 'chmod 600 %s' or delete it", s.path, st.Mode().Perm(), s.path)
	}
	if err := json.NewDecoder(f).Decode(&m); err != nil {
		// A damaged cache costs a sign-in, nothing more.
		return map[string]Session{}, nil
	}
	return m, nil
}

// Get returns the cached session for gateway and addr that is still valid for ExpiryMargin.
func (s *Sessions) Get(gateway string, addr common.Address) (Session, bool, error) {
	m, err := s.load()
	if err != nil {
		return Session{}, false, err
	}
	sess, ok := m[sessionKey(gateway, addr)]
	if !ok || !sess.ExpiresAt.After(s.now().Add(ExpiryMargin)) {
		return Session{}, false, nil
	}
	return sess, true, nil
}

// List returns the cached sessions for gateway (every gateway when it is ""), expired ones
// included, ordered by address.
func (s *Sessions) List(gateway string) ([]Session, error) {
	m, err := s.load()
	if err != nil {
		return nil, err
	}
	var out []Session
	for _, sess := range m {
		if gateway == "" || strings.TrimRight(sess.Gateway, "/") == strings.TrimRight(gateway, "/") {
			out = append(out, sess)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Gateway != out[j].Gateway {
			return out[i].Gateway < out[j].Gateway
		}
		return out[i].Address.Hex() < out[j].Address.Hex()
	})
	return out, nil
}

// Put caches sess, replacing the session for the same gateway and account, and drops expired
// sessions.
func (s *Sessions) Put(sess Session) error {
	m, err := s.load()
	if err != nil {
		return err
	}
	for k, old := range m {
		if !old.ExpiresAt.After(s.now()) {
			delete(m, k)
		}
	}
	m[sessionKey(sess.Gateway, sess.Address)] = sess
	return s.save(m)
}

// Delete forgets the session for gateway and addr; it reports whether there was one.
func (s *Sessions) Delete(gateway string, addr common.Address) (bool, error) {
	m, err := s.load()
	if err != nil {
		return false, err
	}
	k := sessionKey(gateway, addr)
	if _, ok := m[k]; !ok {
		return false, nil
	}
	delete(m, k)
	return true, s.save(m)
}

func (s *Sessions) save(m map[string]Session) error {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	if err := writeFile0600(s.path, b); err != nil {
		return fmt.Errorf("session cache: %w", err)
	}
	return nil
}
