package main

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/swarmgate/swarmgate/gwclient"
)

// authCmd signs in to a gateway and manages the cached session.
type authCmd struct {
	Login  authLoginCmd  `cmd:"" help:"Sign in to the gateway with the keystore account (EIP-4361) and cache the session until it expires."`
	Status authStatusCmd `cmd:"" help:"Show the cached sessions for the gateway: account, gateway, expiry, and whether the gateway still honours each."`
	Logout authLogoutCmd `cmd:"" help:"Sign out: revoke the session at the gateway and delete it from the cache."`
}

type authLoginCmd struct {
	gatewayFlags
	signerFlags
}

// sessionResult is a session as --json prints it; the token never is.
type sessionResult struct {
	Gateway   string    `json:"gateway"`
	Address   string    `json:"address"`
	ExpiresAt time.Time `json:"expires_at"`
	Valid     bool      `json:"valid"`
	State     string    `json:"state,omitempty"` // active, expired, revoked, unknown
}

func (c *authLoginCmd) Run(ctx context.Context, g *globals) error {
	cr, err := signIn(ctx, g, c.gatewayFlags, c.signerFlags, 0, true)
	if err != nil {
		return err
	}
	res := sessionResult{Gateway: cr.gw.Base(), Address: cr.sess.Address.Hex(), ExpiresAt: cr.sess.ExpiresAt.UTC(), Valid: true, State: "active"}
	if g.JSON {
		return g.printJSON(res)
	}
	fmt.Fprintf(g.out(), "signed in to %s as %s until %s\n", res.Gateway, res.Address, res.ExpiresAt.Local().Format(time.RFC1123))
	return nil
}

type authStatusCmd struct {
	gatewayFlags
	From string `placeholder:"ADDRESS" help:"Show only this account's session."`
}

func (c *authStatusCmd) Run(ctx context.Context, g *globals) error {
	base, err := c.gatewayURL()
	if err != nil {
		return err
	}
	cache, err := c.sessions()
	if err != nil {
		return err
	}
	list, err := cache.List(base)
	if err != nil {
		return err
	}
	var out []sessionResult
	for _, s := range list {
		if c.From != "" && !equalFoldAddr(c.From, s.Address.Hex()) {
			continue
		}
		r := sessionResult{Gateway: s.Gateway, Address: s.Address.Hex(), ExpiresAt: s.ExpiresAt.UTC(), State: "expired"}
		if s.ExpiresAt.After(time.Now()) {
			gw := gwclient.New(base, &http.Client{Timeout: 30 * time.Second})
			gw.SetToken(s.Token)
			switch _, err := gw.Session(ctx); {
			case err == nil:
				r.Valid, r.State = true, "active"
			case gwclient.IsStatus(err, http.StatusUnauthorized):
				r.State = "revoked"
			default:
				r.State = "unknown"
				g.logger().Warn("the gateway did not say whether the session holds", "gateway", base, "err", err)
			}
		}
		out = append(out, r)
	}
	if g.JSON {
		if out == nil {
			out = []sessionResult{}
		}
		return g.printJSON(out)
	}
	if len(out) == 0 {
		return fmt.Errorf("not signed in to %s: run 'swarmgate auth login --gateway %s'", base, base)
	}
	w := tabwriter.NewWriter(g.out(), 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "ADDRESS\tGATEWAY\tEXPIRES\tSTATE")
	for _, r := range out {
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", r.Address, r.Gateway, r.ExpiresAt.Local().Format(time.RFC3339), r.State)
	}
	return w.Flush()
}

func equalFoldAddr(a, b string) bool {
	return strings.EqualFold(a, b)
}

type authLogoutCmd struct {
	gatewayFlags
	signerFlags
}

// logoutResult is what `auth logout` prints with --json.
type logoutResult struct {
	Gateway string `json:"gateway"`
	Address string `json:"address"`
	Revoked bool   `json:"revoked"` // the gateway revoked it (false: it had already ended there)
	Removed bool   `json:"removed"` // it was in the cache
}

func (c *authLogoutCmd) Run(ctx context.Context, g *globals) error {
	base, err := c.gatewayURL()
	if err != nil {
		return err
	}
	addr, err := c.address()
	if err != nil {
		return err
	}
	cache, err := c.sessions()
	if err != nil {
		return err
	}
	list, err := cache.List(base)
	if err != nil {
		return err
	}
	res := logoutResult{Gateway: base, Address: addr.Hex()}
	for _, s := range list {
		if s.Address != addr {
			continue
		}
		gw := gwclient.New(base, &http.Client{Timeout: 30 * time.Second})
		gw.SetToken(s.Token)
		switch err := gw.Logout(ctx); {
		case err == nil:
			res.Revoked = true
		case gwclient.IsStatus(err, http.StatusUnauthorized):
			// Already over at the gateway.
		default:
			return fmt.Errorf("revoke the session at %s (it stays cached; try again): %w", base, explain(err))
		}
	}
	if res.Removed, err = cache.Delete(base, addr); err != nil {
		return err
	}
	if !res.Removed {
		return fmt.Errorf("no cached session for %s at %s", addr.Hex(), base)
	}
	if g.JSON {
		return g.printJSON(res)
	}
	fmt.Fprintf(g.out(), "signed out %s from %s\n", res.Address, res.Gateway)
	return nil
}
