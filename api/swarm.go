package api

import (
	"context"
	"sync"
	"time"

	"github.com/gin-gonic/gin"

	trackerServer "github.com/anacrolix/torrent/tracker/server"
)

// newSwarm builds the upload, sealing, directory and tracker parts (no I/O, no goroutines).
// Without a keyring there is no way to seal content keys or derive passkeys: those endpoints
// answer 503.
func (s *Server) newSwarm() error {
	s.swarmMetrics = newSwarmMetrics(s.metrics.reg)
	s.swarm = newSwarmTracker(s.cfg.TrackerInterval, s.cfg.TrackerMaxPeers, s.now)
	s.announce = &trackerServer.AnnounceHandler{AnnounceTracker: s.swarm}
	if s.deps.Keys == nil {
		return nil
	}
	s.sealer = newSealer(s.cfg, s.deps.Store, s.deps.Keys, s.log, s.swarmMetrics)
	s.sealer.metadataURI = s.metadataURI
	var err error
	if s.tusHTTP, err = s.newTus(); err != nil {
		return err
	}
	return nil
}

// swarmRoutes registers the upload, directory, tracker and web seed endpoints.
func (s *Server) swarmRoutes(e *gin.Engine, v1, authed *gin.RouterGroup) {
	authed.POST("/uploads", s.postUpload)
	authed.GET("/uploads", s.listUploads)
	authed.GET("/uploads/:id", s.getUpload)
	authed.DELETE("/uploads/:id", s.deleteUpload)
	authed.PUT("/uploads/:id/poster", s.putPoster)
	v1.GET("/posters/:id", s.getPoster)
	v1.GET("/metadata/:file", s.getMetadata)
	authed.POST("/tus/", s.tusCreate)
	authed.HEAD("/tus/:id", s.tusUpload)
	authed.PATCH("/tus/:id", s.tusUpload)
	authed.DELETE("/tus/:id", s.tusUpload)

	v1.POST("/seeders/announce", s.announceSeeder)
	e.GET("/announce/:passkey", s.trackerAnnounce)
	e.GET("/announce", s.trackerAnnounce) // no passkey: a bencoded refusal clients can show
	e.GET(webseedRoute, s.webseed)
	e.HEAD(webseedRoute, s.webseed)
}

// choreInterval is how often expired seeder entries and unfinished uploads are cleaned up.
const choreInterval = time.Minute

// startBackground prepares the directories, resumes unfinished sealing, sweeps what crashes
// left in the content store and the upload directory (then hourly), and starts the sealing
// workers, the directory chore, the tracker sweeper and the issuance counter flush. The
// returned func stops them and waits (the counter flush writes once more as it stops).
func (s *Server) startBackground(ctx context.Context) (func(), error) {
	bctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	var wg sync.WaitGroup
	if s.sealer != nil {
		if err := s.sealer.prepare(); err != nil {
			cancel()
			return nil, err
		}
		if err := s.sealer.resume(ctx); err != nil {
			cancel()
			return nil, err
		}
		wg.Go(func() {
			// The first sweep runs after resume (which fails uploads whose plaintext is lost,
			// making their temp files stale) and before the workers start, but does not hold
			// up listening: uploads queue meanwhile.
			s.sealer.sweepLogged(bctx)
			s.sealer.run(bctx)
		})
		wg.Go(func() { s.sealer.sweepEvery(bctx, sweepInterval) })
	}
	wg.Go(func() { s.seederChore(bctx, choreInterval) })
	wg.Go(func() { s.flushIssuances(bctx, s.cfg.IssuanceFlushInterval) })
	wg.Go(func() { s.swarm.run(bctx) })
	return func() {
		cancel()
		wg.Wait()
	}, nil
}
