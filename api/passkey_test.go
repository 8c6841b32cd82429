package api

import (
	"encoding/base64"
	"encoding/binary"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

func TestPasskeys(t *testing.T) {
	t.Parallel()
	secret := []byte(strings.Repeat("s", 32))
	p, err := NewPasskeys(secret)
	if err != nil {
		t.Fatal(err)
	}
	other, _ := NewPasskeys([]byte(strings.Repeat("o", 32)))
	acct := common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	now := time.Unix(1_800_000_000, 0)
	key := p.Issue(acct, now.Add(time.Hour))

	got, err := p.Verify(key, now)
	if err != nil || got != acct {
		t.Fatalf("Verify = %s, %v; want %s", got, err, acct)
	}
	flipped := []byte(key)
	flipped[5] ^= 1
	cases := []struct {
		name string
		p    *Passkeys
		key  string
		at   time.Time
		want error
	}{
		{"expired", p, key, now.Add(time.Hour), ErrPasskeyExpired},
		{"other secret", other, key, now, ErrPasskeyInvalid},
		{"tampered", p, string(flipped), now, ErrPasskeyInvalid},
		{"truncated", p, key[:20], now, ErrPasskeyInvalid},
		{"not base64", p, "!!!", now, ErrPasskeyInvalid},
		{"empty", p, "", now, ErrPasskeyInvalid},
	}
	for _, c := range cases {
		if _, err := c.p.Verify(c.key, c.at); !errors.Is(err, c.want) {
			t.Errorf("%s: err = %v, want %v", c.name, err, c.want)
		}
	}
	if _, err := NewPasskeys(secret[:31]); err == nil {
		t.Error("a 31-byte secret was accepted")
	}
}

// FuzzPasskeyVerify: Verify never panics, and whatever it accepts is exactly what Issue makes
// for that account and expiry (no second encoding of one passkey passes).
func FuzzPasskeyVerify(f *testing.F) {
	p, _ := NewPasskeys([]byte(strings.Repeat("s", 32)))
	f.Add(p.Issue(common.Address{1}, time.Unix(2_000_000_000, 0)))
	f.Add("")
	f.Add("AAAA")
	f.Fuzz(func(t *testing.T, s string) {
		acct, err := p.Verify(s, time.Unix(1_800_000_000, 0))
		if err != nil {
			return
		}
		b, _ := base64.RawURLEncoding.DecodeString(s)
		expiry := time.Unix(int64(binary.BigEndian.Uint64(b[20:28])), 0)
		if p.Issue(acct, expiry) != s {
			t.Fatalf("accepted %q, which Issue does not produce", s)
		}
	})
}
