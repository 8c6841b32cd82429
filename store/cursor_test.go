package store

import (
	"errors"
	"testing"
)

func TestPageCursor(t *testing.T) {
	t.Parallel()
	for _, c := range []PageCursor{{0, 0}, {12345678, 9}, {1 << 62, 1 << 40}} {
		got, err := ParsePageCursor(c.String())
		if err != nil || got != c {
			t.Errorf("round trip %+v: %+v, %v", c, got, err)
		}
	}
	for _, s := range []string{"", "!!", "MTI", "LTEuMA", "MTIuMDE", "MDEuMQ==", "YS5i", "MTIuMw" + "A"} {
		if _, err := ParsePageCursor(s); !errors.Is(err, ErrBadCursor) {
			t.Errorf("ParsePageCursor(%q) = %v, want ErrBadCursor", s, err)
		}
	}
}

func FuzzParsePageCursor(f *testing.F) {
	f.Add(PageCursor{12, 3}.String())
	f.Add("")
	f.Add("MTIuMDE")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParsePageCursor(s)
		if err != nil {
			if !errors.Is(err, ErrBadCursor) {
				t.Fatalf("error %v is not ErrBadCursor", err)
			}
			return
		}
		if c.String() != s {
			t.Fatalf("accepted non-canonical %q (canonical %q)", s, c.String())
		}
	})
}

func FuzzValidContentID(f *testing.F) {
	for _, s := range []string{"1", "0", "01", "", "123456789012345678901234567890", "-1", "1e3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !ValidContentID(s) {
			return
		}
		if s[0] == '0' && s != "0" || len(s) > 78 {
			t.Fatalf("accepted %q", s)
		}
		for _, r := range s {
			if r < '0' || r > '9' {
				t.Fatalf("accepted %q", s)
			}
		}
	})
}
