// Package web holds the gateway's web app: the creator studio and the watch page, written in
// TypeScript under web/src and built by `make web` (`npm ci && npm run build` in web/) into
// web/dist, which is committed and embedded here, so `go build` alone gives a gateway that
// serves the app at / without Node. TestDistMatchesSources rebuilds dist from the sources and
// fails when the committed files drift from them.
//
// The build contract: dist/index.html is the page (hash routing, so every view is /), hashed
// bundles live under dist/assets/ (cached forever by the gateway), and dist/sw.js is the
// Service Worker that decrypts video for the <video> element (served at /sw.js with scope /).
// The gateway's part (caching, Content-Security-Policy, compression) is in api/webapp.go.
//
// web/e2e holds the browser tests' harness: Debian's Chromium driven by playwright-core with an
// injected EIP-1193 wallet that signs with a dev-chain key.
package web

import (
	"embed"
	"io/fs"
)

//go:embed all:dist
var dist embed.FS

// Dist is the built web app: index.html, sw.js and assets/ at its root.
func Dist() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic("web: the embedded dist directory is missing: " + err.Error())
	}
	return sub
}
