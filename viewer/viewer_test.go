package viewer

import (
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain/eip712"
)

func TestConfigValidate(t *testing.T) {
	t.Parallel()
	good := Config{Gateway: "http://127.0.0.1:8080", ContentID: "7"}
	if err := good.Validate(); err != nil {
		t.Fatalf("good config: %v", err)
	}
	tests := []struct {
		name string
		mut  func(*Config)
		want string
	}{
		{"no gateway", func(c *Config) { c.Gateway = "" }, "is not an http(s) URL"},
		{"ftp gateway", func(c *Config) { c.Gateway = "ftp://x" }, "is not an http(s) URL"},
		{"bad content id", func(c *Config) { c.ContentID = "abc" }, `content id "abc" is not a content id`},
		{"zero content id", func(c *Config) { c.ContentID = "0" }, `content id "0"`},
		{"leading zero", func(c *Config) { c.ContentID = "07" }, `content id "07"`},
		{"bad listen", func(c *Config) { c.Listen = "nowhere" }, "listen address"},
		{"host name listen", func(c *Config) { c.Listen = "example.com:80" }, "is not an IP address"},
		{"negative price", func(c *Config) { c.MaxPricePerGiB = big.NewInt(-1) }, "price per GiB must not be negative"},
		{"negative spend", func(c *Config) { c.MaxSpend = big.NewInt(-1) }, "maximum spend"},
		{"short grant", func(c *Config) { c.GrantExpiry = time.Minute }, "too short"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := good
			tt.mut(&c)
			err := c.Validate()
			if !errors.Is(err, ErrConfig) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Validate: %v, want %q", err, tt.want)
			}
		})
	}
	t.Run("every problem at once", func(t *testing.T) {
		c := Config{Gateway: "x", ContentID: "y", Listen: "z"}
		err := c.Validate()
		if err == nil || strings.Count(err.Error(), ";") < 2 {
			t.Fatalf("Validate reported %v, want three problems", err)
		}
	})
}

func TestNotEntitledErrorSaysWhatToDo(t *testing.T) {
	t.Parallel()
	e := &NotEntitledError{ContentID: "3", Account: common.HexToAddress("0x01"), Reason: "rental_expired",
		Policy: eip712.Policy{Model: eip712.ModelRent, Price: big.NewInt(5000), Duration: 3600}}
	msg := e.Error()
	for _, want := range []string{"rental_expired", "5000 wei", "for 1h0m0s", "swarmgate access buy 3"} {
		if !strings.Contains(msg, want) {
			t.Errorf("%q does not say %q", msg, want)
		}
	}
	if !errors.Is(e, ErrNotEntitled) {
		t.Error("not ErrNotEntitled")
	}
	ex := &NotEntitledError{ContentID: "4", Reason: "not_for_sale", Policy: eip712.Policy{Model: eip712.ModelExclusive}}
	if !strings.Contains(ex.Error(), "not for sale") {
		t.Errorf("%q", ex.Error())
	}
}

func TestNewRefusesMissingDeps(t *testing.T) {
	t.Parallel()
	_, err := New(Config{Gateway: "http://127.0.0.1:1", ContentID: "1"}, Deps{})
	if err == nil || !strings.Contains(err.Error(), "account is required") || !strings.Contains(err.Error(), "chain client is required") {
		t.Fatalf("New: %v", err)
	}
}
