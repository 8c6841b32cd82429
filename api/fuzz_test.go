package api

import (
	"errors"
	"net/url"
	"testing"
)

func FuzzBearerToken(f *testing.F) {
	for _, s := range []string{"", "Bearer abc", "Bearer tok_valid_0123456789abcdef", "bearer  x", "Basic YTpi", "Bearer \x00\x01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, h string) {
		tok, err := bearerToken(h)
		if err != nil {
			if !errors.Is(err, ErrTokenMissing) && !errors.Is(err, ErrTokenInvalid) {
				t.Fatalf("error %v is neither missing nor invalid", err)
			}
			return
		}
		if len(tok) < 16 || len(tok) > 256 {
			t.Fatalf("accepted token of length %d", len(tok))
		}
	})
}

func FuzzParseListQuery(f *testing.F) {
	for _, s := range []string{"", "limit=5", "limit=5&cursor=MTIuMw", "creator=0x00000000000000000000000000000000000a11ce&policy=buy&q=x", "q=%zz", "limit=1&limit=2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		fl, err := parseListQuery(q)
		if err != nil {
			if !errors.Is(err, ErrInvalidParameter) {
				t.Fatalf("error %v is not ErrInvalidParameter", err)
			}
			return
		}
		if fl.Limit < 1 || fl.Limit > maxPageSize {
			t.Fatalf("accepted limit %d", fl.Limit)
		}
		if fl.Policy != "" && !fl.Policy.Valid() {
			t.Fatalf("accepted policy %q", fl.Policy)
		}
	})
}
