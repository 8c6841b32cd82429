package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/swarmgate/swarmgate/api"
	"github.com/swarmgate/swarmgate/indexer"
	"github.com/swarmgate/swarmgate/migrations"
	"github.com/swarmgate/swarmgate/store"
	"github.com/swarmgate/swarmgate/store/keyring"
)

// gatewayCmd is `swarmgate gateway`.
type gatewayCmd struct {
	Run gatewayRunCmd `cmd:"" help:"Run the gateway: catalog, sessions, seeder directory, health and metrics over HTTP."`
}

// gatewayRunCmd carries every api.Config field as a flag; defaults mirror api.DefaultConfig
// (a test keeps them equal).
type gatewayRunCmd struct {
	Config    configFile `name:"config" placeholder:"FILE" help:"TOML file of settings, one key per flag name without the dashes (listen = \"0.0.0.0:8080\"); a flag given on the command line or in the environment wins over it."`
	Listen    string     `default:"127.0.0.1:8080" placeholder:"HOST:PORT" help:"TCP address to serve HTTP on."`
	PublicURL string     `name:"public-url" default:"http://127.0.0.1:8080" placeholder:"URL" help:"URL clients reach this gateway at (used in sign-in messages and links)."`
	dbFlags
	MasterKeyFile     string        `name:"master-key-file" placeholder:"FILE" help:"File with the master key that seals content keys at rest: 32 raw bytes or 64 hex digits (openssl rand -hex 32), or VERSION:HEX lines while rotating."`
	MasterKey         string        `name:"master-key" placeholder:"HEX" help:"The master key itself, 64 hex digits; prefer the environment variable or --master-key-file, since command lines are visible to other users."`
	ContentDir        string        `name:"content-dir" placeholder:"DIR" help:"Directory for ciphertext and torrents; empty means DATA-DIR/content."`
	MaxUploadBytes    int64         `name:"max-upload-bytes" default:"21474836480" placeholder:"N" help:"Largest file a creator may upload, in bytes."`
	MaxBodyBytes      int64         `name:"max-body-bytes" default:"1048576" placeholder:"N" help:"Largest body of any other request, in bytes."`
	Confirmations     uint64        `name:"confirmations" default:"0" placeholder:"N" help:"Blocks below the chain head at which entitlement is read and events are indexed (0 on a dev chain)."`
	RateIP            float64       `name:"rate-ip" default:"20" placeholder:"N" help:"Requests per second allowed per client IP (0 turns the limit off)."`
	BurstIP           int           `name:"burst-ip" default:"40" placeholder:"N" help:"Burst of requests allowed per client IP above the rate."`
	RateSession       float64       `name:"rate-session" default:"10" placeholder:"N" help:"Requests per second allowed per signed-in session (0 turns the limit off)."`
	BurstSession      int           `name:"burst-session" default:"20" placeholder:"N" help:"Burst of requests allowed per session above the rate."`
	RateClients       int           `name:"rate-clients" default:"100000" placeholder:"N" help:"How many clients the rate limiters remember; the least recently seen are forgotten first."`
	TrustedProxies    []string      `name:"trusted-proxies" sep:"," placeholder:"CIDR,..." help:"Reverse proxies (IPs or CIDRs) whose X-Forwarded-For names the client; empty trusts none."`
	CORSOrigin        []string      `name:"cors-origin" sep:"," placeholder:"ORIGIN,..." help:"Web origins (scheme://host[:port], or * for any) whose pages may call the /v1 API and tus from a browser; repeat the flag or separate with commas. Empty sends no CORS headers."`
	ReadHeaderTimeout time.Duration `name:"read-header-timeout" default:"10s" help:"Time allowed to read a request's headers."`
	ReadTimeout       time.Duration `name:"read-timeout" default:"60s" help:"Time allowed to read a whole request."`
	WriteTimeout      time.Duration `name:"write-timeout" default:"60s" help:"Time allowed to write a response."`
	IdleTimeout       time.Duration `name:"idle-timeout" default:"120s" help:"How long an idle keep-alive connection stays open."`
	ShutdownTimeout   time.Duration `name:"shutdown-timeout" default:"20s" help:"How long a graceful shutdown waits for requests in flight."`
	AuditLog          bool          `name:"audit-log" help:"Record each key issuance (item, viewer, time); off by default, the gateway only counts issuances."`
	Migrate           bool          `name:"migrate" default:"true" negatable:"" help:"Apply pending schema migrations at start-up (--no-migrate refuses to start on an old schema instead)."`
	gatewayChainFlags
	gatewayOriginFlags
	UploadDir         string        `name:"upload-dir" placeholder:"DIR" help:"Directory for uploads while they arrive and until they are sealed (tus files); empty means DATA-DIR/uploads."`
	MaxMultipartBytes int64         `name:"max-multipart-bytes" default:"67108864" placeholder:"N" help:"Largest file accepted in one multipart request (POST /v1/uploads); larger files go through tus."`
	UploadExpiry      time.Duration `name:"upload-expiry" default:"24h" help:"How long an unfinished upload is kept before it is cancelled and deleted."`
	SealWorkers       int           `name:"seal-workers" default:"2" placeholder:"N" help:"How many uploads are sealed at once."`
	SealQueue         int           `name:"seal-queue" default:"32" placeholder:"N" help:"How many finished uploads may wait for sealing before new uploads are refused (503)."`
	SeederTTL         time.Duration `name:"seeder-ttl" default:"1h" help:"Longest a seeder directory entry (and the tracker passkey given with it) lives without a new announcement."`
	TrackerInterval   time.Duration `name:"tracker-interval" default:"5m" help:"Announce interval the embedded tracker asks for; peers silent for two intervals are forgotten."`
	TrackerMaxPeers   int           `name:"tracker-max-peers" default:"500" placeholder:"N" help:"Most peers the embedded tracker keeps per torrent."`
}

// config is the api.Config the flags describe.
func (c *gatewayRunCmd) config() api.Config {
	contentDir := c.ContentDir
	if contentDir == "" && c.DataDir != "" {
		contentDir = filepath.Join(c.DataDir, "content")
	}
	return api.Config{
		Listen: c.Listen, PublicURL: c.PublicURL, DatabaseDSN: c.Database, DataDir: c.DataDir,
		MasterKeyFile: c.MasterKeyFile, MasterKey: c.MasterKey, ContentDir: contentDir,
		MaxUploadBytes: c.MaxUploadBytes, MaxBodyBytes: c.MaxBodyBytes, ConfirmationDepth: c.Confirmations,
		RateIP: c.RateIP, BurstIP: c.BurstIP, RateSession: c.RateSession, BurstSession: c.BurstSession,
		RateKeys: c.RateClients, TrustedProxies: c.TrustedProxies, CORSOrigins: c.CORSOrigin,
		ReadHeaderTimeout: c.ReadHeaderTimeout, ReadTimeout: c.ReadTimeout, WriteTimeout: c.WriteTimeout,
		IdleTimeout: c.IdleTimeout, ShutdownTimeout: c.ShutdownTimeout, AuditLog: c.AuditLog,
		SessionTTL: c.SessionTTL, NonceTTL: c.NonceTTL, RateAuth: c.RateAuth, BurstAuth: c.BurstAuth,
		RateRegister: c.RateRegister, BurstRegister: c.BurstRegister, PasskeyTTL: c.PasskeyTTL,
		AccessCacheSize: c.AccessCacheSize, AccessYesTTL: c.AccessYesTTL, AccessNoTTL: c.AccessNoTTL,
		KeyCacheSize: c.KeyCacheSize, KeyCacheTTL: c.KeyCacheTTL, IssuanceFlushInterval: c.IssuanceFlush,
		UploadDir: c.UploadDir, MaxMultipartBytes: c.MaxMultipartBytes, UploadExpiry: c.UploadExpiry,
		SealWorkers: c.SealWorkers, SealQueue: c.SealQueue, SeederTTL: c.SeederTTL,
		TrackerInterval: c.TrackerInterval, TrackerMaxPeers: c.TrackerMaxPeers, PublicRPCURL: c.PublicRPCURL,
	}
}

// Run validates the whole configuration (the chain's included: reachable, right chain id,
// contracts deployed), opens the database and the keyring, and serves and indexes until
// interrupted. Everything is closed in reverse order of opening.
func (c *gatewayRunCmd) Run(ctx context.Context, g *globals) error {
	log := g.logger()
	if err := c.devMasterKey(log); err != nil {
		return err
	}
	cfg := c.config()
	cc, err := c.openChain(ctx, &cfg, log)
	if err != nil {
		return err
	}
	defer cc.Close()
	var keys *keyring.Keyring
	if cfg.MasterKey != "" {
		keys, err = keyring.Parse([]byte(cfg.MasterKey))
		if err != nil {
			return fmt.Errorf("master key: %w", err)
		}
	} else if keys, err = keyring.LoadFile(cfg.MasterKeyFile); err != nil {
		return err
	}
	if err := os.MkdirAll(cfg.ContentDir, 0o700); err != nil {
		return fmt.Errorf("create content directory: %w", err)
	}
	st, err := store.Open(ctx, store.Config{DSN: cfg.DatabaseDSN, DataDir: cfg.DataDir, Logger: log})
	if err != nil {
		return err
	}
	defer st.Close()
	if c.Migrate {
		applied, err := st.Migrate(ctx)
		if err != nil {
			return err
		}
		for _, a := range applied {
			log.Info("applied migration", "name", a.Name)
		}
	} else if ms, err := migrations.HasPending(ctx, st.SQL(), st.Dialect()); err != nil {
		return err
	} else if ms {
		return errors.New("the database schema is behind this binary: run 'swarmgate migrate up' or start without --no-migrate")
	}
	deps := api.Deps{Store: st, Keys: keys, Logger: log}
	var ix *indexer.Indexer
	if cc.client != nil {
		deps.Chain, deps.Entitlement, deps.Registry, deps.Relayer = cc.client, cc.client, cc.client, cc.relayer
		deps.Policies, deps.Code, deps.ChainInfo, deps.Wallets = cc.client, cc.client.Backend(), cc.client, cc.client
		announce := cc.client.RegistryDomain()
		deps.AnnounceDomain = &announce
		ix = indexer.New(cc.client, st, indexer.Config{StartBlock: cc.dep.StartBlock, Poll: c.IndexPoll, BatchBlocks: c.IndexBatch, Logger: log})
	} else {
		log.Warn("no chain configured: sign-in, key issuance, registration and indexing are off (give --rpc-url and --deployment, or --dev)")
	}
	originCfg, origin, err := c.originConfig(cc, log)
	if err != nil {
		return err
	}
	srv, err := api.New(cfg, deps)
	if err != nil {
		return err
	}
	defer srv.Close()
	log.Info("gateway starting", "dialect", st.Dialect(), "keyring", keys, "chain_id", cfg.ChainID, "origin", origin)

	// Shutdown runs in reverse order of start: the origin (chore, then node), then the server
	// and the indexer, then (deferred) the store and the chain.
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	srvCtx, stopSrv := context.WithCancel(context.WithoutCancel(ctx))
	defer stopSrv()
	ixDone := make(chan error, 1)
	if ix != nil {
		go func() { ixDone <- ix.Run(srvCtx) }()
	} else {
		ixDone <- nil
	}
	originStopped := make(chan error, 1)
	go func() {
		var err error
		if origin {
			err = runOrigin(ctx, srv, originCfg, log)
		} else {
			<-ctx.Done()
		}
		stopSrv()
		originStopped <- err
	}()
	err = srv.Run(srvCtx)
	cancel() // the server stopped (or failed): stop the origin and the indexer before closing the store
	stopSrv()
	if oErr := <-originStopped; err == nil {
		err = oErr
	}
	if ixErr := <-ixDone; err == nil {
		err = ixErr
	}
	return err
}

// devMasterKey gives a --dev gateway with no master key one of its own: 32 random bytes in
// DATA-DIR/master.key (mode 0600), created once and reused. Only --dev does this; a production
// gateway must be handed its master key, or it refuses to start.
func (c *gatewayRunCmd) devMasterKey(log *slog.Logger) error {
	if !c.Dev || c.MasterKeyFile != "" || c.MasterKey != "" || c.DataDir == "" {
		return nil
	}
	path := filepath.Join(c.DataDir, "master.key")
	c.MasterKeyFile = path
	return ensureDevMasterKey(path, log)
}

// ensureDevMasterKey creates a master key of 32 random bytes (hex, mode 0600) at path unless a
// file is already there. For dev gateways only (`gateway run --dev`, `demo`).
func ensureDevMasterKey(path string, log *slog.Logger) error {
	if _, err := os.Stat(path); err == nil {
		return nil
	}
	var key [32]byte
	if _, err := rand.Read(key[:]); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	if err := os.WriteFile(path, []byte(hex.EncodeToString(key[:])+"\n"), 0o600); err != nil {
		return fmt.Errorf("create the dev master key: %w", err)
	}
	log.Warn("created a master key for the dev gateway; give a production gateway its own with --master-key-file", "file", path)
	return nil
}
