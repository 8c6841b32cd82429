package paywire

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Defaults of the seller's write-behind (SellerConfig.FlushInterval, FlushReceipts).
const (
	DefaultFlushInterval = 250 * time.Millisecond
	DefaultFlushReceipts = 64
	// finalFlushTimeout bounds the flush when the seller stops.
	finalFlushTimeout = 10 * time.Second
)

// BatchReceiptStore is a ReceiptStore that can store the records of several pairs in one durable
// commit. The seller's write-behind uses SaveBatch when its store has it, and otherwise calls
// Save for each record.
type BatchReceiptStore interface {
	ReceiptStore
	// SaveBatch stores every record (at most one per pair) and returns only once all of them
	// would survive a crash. On an error none of them may count as stored.
	SaveBatch(ctx context.Context, recs []Record) error
}

// writeBehind persists the seller's accepted receipts behind its accounting. Receipts are
// cumulative, so only the newest per pair needs writing: it keeps one pending record per viewer
// (the newest receipt and grant, the per-item bytes of every receipt it replaced added up) and
// writes them all in one batch at most every interval, or as soon as maxPending pairs wait.
type writeBehind struct {
	store    ReceiptStore
	interval time.Duration
	max      int
	log      *slog.Logger
	errs     func()         // counts a failed flush
	onStored func([]Record) // told of the records a flush stored (nil: nobody)

	mu       sync.Mutex
	pending  map[common.Address]*Record
	inflight map[common.Address]*Record // taken by the running flush, not yet stored
	failing  bool                       // the last flush failed
	kick     chan struct{}
	flushing sync.Mutex // one flush at a time
}

func newWriteBehind(store ReceiptStore, interval time.Duration, max int, log *slog.Logger, errs func()) *writeBehind {
	return &writeBehind{
		store: store, interval: interval, max: max, log: log, errs: errs,
		pending: make(map[common.Address]*Record), inflight: make(map[common.Address]*Record),
		kick: make(chan struct{}, 1),
	}
}

// add queues rec, the newest accepted receipt of its pair (records of a pair come in increasing
// order). While the store is failing, add writes synchronously instead and returns the error: the
// caller then extends no credit on rec. When maxPending pairs wait, add waits for a flush.
func (w *writeBehind) add(ctx context.Context, rec Record) error {
	w.mu.Lock()
	failing := w.failing
	w.mergeLocked(w.pending, rec)
	n := len(w.pending)
	w.mu.Unlock()
	switch {
	case failing:
		return w.flush(ctx)
	case n >= w.max:
		// Bounded memory: the connection writes the batch (after the flush that runs, if one
		// does).
		return w.flush(ctx)
	}
	return nil
}

// mergeLocked coalesces rec into m: the newer receipt (and its grant) wins, item bytes add up.
func (w *writeBehind) mergeLocked(m map[common.Address]*Record, rec Record) {
	v := rec.Receipt.Receipt.Viewer
	old := m[v]
	if old == nil {
		r := rec
		r.Items = append([]ItemBytes(nil), rec.Items...)
		m[v] = &r
		return
	}
	items := mergeItems(old.Items, rec.Items)
	if rec.Receipt.Receipt.Bytes.Cmp(old.Receipt.Receipt.Bytes) >= 0 {
		old.Receipt, old.Grant = rec.Receipt, rec.Grant
	}
	old.Items = items
}

func mergeItems(a, b []ItemBytes) []ItemBytes {
	out := append([]ItemBytes(nil), a...)
next:
	for _, it := range b {
		for i := range out {
			if out[i].InfoHash == it.InfoHash {
				out[i].Bytes += it.Bytes
				continue next
			}
		}
		out = append(out, it)
	}
	return out
}

// latest returns the newest record of viewer not yet stored, or nil.
func (w *writeBehind) latest(viewer common.Address) *Record {
	w.mu.Lock()
	defer w.mu.Unlock()
	r := w.pending[viewer]
	if r == nil {
		r = w.inflight[viewer]
	}
	if r == nil {
		return nil
	}
	c := *r
	c.Items = nil
	return &c
}

// flush writes every pending record, in one batch when the store can.
func (w *writeBehind) flush(ctx context.Context) error {
	w.flushing.Lock()
	defer w.flushing.Unlock()
	w.mu.Lock()
	if len(w.pending) == 0 {
		w.mu.Unlock()
		return nil
	}
	w.inflight, w.pending = w.pending, make(map[common.Address]*Record)
	recs := make([]Record, 0, len(w.inflight))
	for _, r := range w.inflight {
		recs = append(recs, *r)
	}
	w.mu.Unlock()

	var err error
	if b, ok := w.store.(BatchReceiptStore); ok {
		err = b.SaveBatch(ctx, recs)
	} else {
		for i, r := range recs {
			if err = w.store.Save(ctx, r); err != nil {
				recs = recs[i:] // the ones before are stored
				break
			}
		}
	}

	if err == nil && w.onStored != nil {
		w.onStored(recs)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	w.failing = err != nil
	if err != nil {
		// Put back what was not stored, under what came since (newer receipts win, item bytes
		// add up).
		back := make(map[common.Address]*Record, len(recs)+len(w.pending))
		for _, r := range recs {
			w.mergeLocked(back, *r.clone())
		}
		for _, r := range w.pending {
			w.mergeLocked(back, *r)
		}
		w.pending = back
		w.errs()
		w.log.Error("saving receipts failed; they stay queued and no more credit is extended until a save succeeds", "receipts", len(recs), "err", err)
	}
	w.inflight = make(map[common.Address]*Record)
	return err
}

func (r *Record) clone() *Record {
	c := *r
	c.Items = append([]ItemBytes(nil), r.Items...)
	return &c
}

// run flushes every interval, or when kicked, until ctx ends; then it flushes what is left.
func (w *writeBehind) run(ctx context.Context) {
	t := time.NewTicker(w.interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			w.final()
			return
		case <-t.C:
		case <-w.kick:
		}
		_ = w.flush(ctx)
	}
}

// final flushes what is pending, with a fresh deadline (the seller's context is over).
func (w *writeBehind) final() {
	ctx, cancel := context.WithTimeout(context.Background(), finalFlushTimeout)
	defer cancel()
	if err := w.flush(ctx); err != nil && !errors.Is(err, context.Canceled) {
		w.log.Error("final flush of receipts failed; the newest receipts of some viewers are lost (older ones are stored)", "err", err)
	}
}
