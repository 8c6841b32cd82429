package seeder

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/swarmgate/swarmgate/paywire"
)

// statusServer is the node's local HTTP endpoint: GET /status (JSON) and GET /metrics
// (Prometheus).
type statusServer struct {
	ln  net.Listener
	srv *http.Server
}

func newStatusServer(n *Node, addr string) (*statusServer, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("status server on %s: %w", addr, err)
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(n.Collector())
	mux := http.NewServeMux()
	mux.HandleFunc("GET /status", n.serveStatus)
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	return &statusServer{ln: ln, srv: &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second, WriteTimeout: 30 * time.Second}}, nil
}

func (s *statusServer) addr() string { return s.ln.Addr().String() }

func (s *statusServer) serve(log *slog.Logger) {
	if err := s.srv.Serve(s.ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Error("status server stopped", "err", err)
	}
}

func (s *statusServer) close() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = s.srv.Shutdown(ctx)
}

// Status is what GET /status answers.
type Status struct {
	Payout     string              `json:"payout"`
	ChainID    uint64              `json:"chainId"`
	Listen     string              `json:"listen"`
	Items      []ItemStatus        `json:"items"`
	Seller     paywire.SellerStats `json:"seller"`
	Settlement SettleStatus        `json:"settlement"`
	Earnings   *Report             `json:"earnings"`
	// Gateway is the joined gateway's listing (absent without Config.Gateway).
	Gateway *GatewayStatus `json:"gateway,omitempty"`
}

// GatewayStatus is the node's listing in a gateway's seeder directory.
type GatewayStatus struct {
	URL           string    `json:"url"`
	Endpoint      string    `json:"endpoint"`
	ListedUntil   time.Time `json:"listedUntil"`
	Announcements uint64    `json:"announcements"`
	// RenewalErrors counts failed renewals; LastError is the newest failure's message ("" once
	// a renewal succeeds again).
	RenewalErrors uint64 `json:"renewalErrors"`
	LastError     string `json:"lastError,omitempty"`
}

// ItemStatus is one seeded item.
type ItemStatus struct {
	InfoHash  string `json:"infoHash"`
	Name      string `json:"name,omitempty"`
	Bytes     int64  `json:"bytes"`
	Completed int64  `json:"completed"`
	Complete  bool   `json:"complete"`
	Peers     int    `json:"peers"`
	Free      bool   `json:"free"`
}

// SettleStatus is the settlement chore's counters, amounts as decimal wei.
type SettleStatus struct {
	Rounds        uint64            `json:"rounds"`
	BatchesSent   uint64            `json:"batchesSent"`
	BatchesMined  uint64            `json:"batchesMined"`
	BatchesFailed uint64            `json:"batchesFailed"`
	Reconciled    uint64            `json:"reconciled"`
	PairsRedeemed uint64            `json:"pairsRedeemed"`
	PairsSkipped  uint64            `json:"pairsSkipped"`
	Replaced      uint64            `json:"replaced"`       // redeem transactions re-priced
	Unreadable    uint64            `json:"unreadableLogs"` // mined batches whose logs did not decode
	SkipReasons   map[string]uint64 `json:"skipReasons"`
	GasUsed       uint64            `json:"gasUsed"`
	GasCost       string            `json:"gasCost"`
	Redeemed      string            `json:"redeemed"`
	GasPerPair    uint64            `json:"gasPerPairEstimate"`
	Errors        uint64            `json:"errors"`
}

// Status returns the node's status.
func (n *Node) Status(ctx context.Context) (*Status, error) {
	n.mu.Lock()
	seller, settler, payout, chainID, torrents, join := n.seller, n.settler, n.payout, n.chainID, n.torrents, n.join
	n.mu.Unlock()
	if seller == nil {
		return nil, ErrNotRunning
	}
	rep, err := n.Earnings(ctx)
	if err != nil {
		return nil, err
	}
	ss := settler.Stats()
	st := &Status{
		Payout: payout.Hex(), ChainID: chainID, Listen: n.Addr(), Seller: seller.Stats(), Earnings: rep,
		Settlement: SettleStatus{
			Rounds: ss.Rounds, BatchesSent: ss.BatchesSent, BatchesMined: ss.BatchesMined, BatchesFailed: ss.BatchesFailed,
			Reconciled: ss.Reconciled, PairsRedeemed: ss.PairsRedeemed, PairsSkipped: ss.PairsSkipped,
			Replaced: ss.Replaced, Unreadable: ss.Unreadable,
			SkipReasons: settler.SkipsByReason(), GasUsed: ss.GasUsed, GasCost: ss.GasCostWei.String(),
			Redeemed: ss.RedeemedWei.String(), GasPerPair: settler.Gas().PerPair, Errors: ss.Errors,
		},
		Items: []ItemStatus{},
	}
	if join != nil {
		gs := join.status()
		st.Gateway = &gs
	}
	for _, t := range torrents {
		is := ItemStatus{InfoHash: t.InfoHash().HexString(), Free: n.IsFree(t.InfoHash()), Peers: len(t.PeerConns())}
		if t.Info() != nil {
			is.Name, is.Bytes, is.Completed, is.Complete = t.Name(), t.Length(), t.BytesCompleted(), t.Complete().Bool()
		}
		st.Items = append(st.Items, is)
	}
	return st, nil
}

func (n *Node) serveStatus(w http.ResponseWriter, r *http.Request) {
	st, err := n.Status(r.Context())
	if err != nil {
		http.Error(w, "status unavailable", http.StatusServiceUnavailable)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(st)
}

// Collector returns the node's Prometheus collector (the series the status server's /metrics
// serves), for a process that embeds the node and serves metrics of its own. It reads the
// counters at scrape time and reports nothing while the node is not running.
func (n *Node) Collector() prometheus.Collector { return &collector{n: n} }

// collector reads the node's counters at scrape time.
type collector struct{ n *Node }

var (
	mBytesServed = prometheus.NewDesc("swarmgate_seeder_bytes_served_total", "Data bytes written to peers of paid items.", nil, nil)
	mBytesPaid   = prometheus.NewDesc("swarmgate_seeder_bytes_paid_total", "Bytes covered by accepted receipts.", nil, nil)
	mReceipts    = prometheus.NewDesc("swarmgate_seeder_receipts_total", "Receipts by result: accepted; underfunded (valid, kept, but beyond the balance or grant limit: the peer is cut off); or not kept, by reason (invalid, stale_or_duplicate, store_error, balance_unavailable).", []string{"result"}, nil)
	mCutOffs     = prometheus.NewDesc("swarmgate_seeder_peers_cut_off_total", "Connections closed for unpaid bytes, bad receipts or protocol errors.", nil, nil)
	mRefusals    = prometheus.NewDesc("swarmgate_seeder_peers_refused_total", "Connections refused during a cool-down.", nil, nil)
	mPeakUnpaid  = prometheus.NewDesc("swarmgate_seeder_peak_unpaid_bytes", "Largest unpaid byte count a pair reached.", nil, nil)
	mBatches     = prometheus.NewDesc("swarmgate_seeder_settlement_batches_total", "Redeem batches by state: sent, mined, failed, reconciled.", []string{"state"}, nil)
	mPairs       = prometheus.NewDesc("swarmgate_seeder_settlement_receipts_total", "Receipts in mined batches by outcome (redeemed, or skipped:reason).", []string{"outcome"}, nil)
	mGasUsed     = prometheus.NewDesc("swarmgate_seeder_settlement_gas_used_total", "Gas used by redeem transactions.", nil, nil)
	mGasCost     = prometheus.NewDesc("swarmgate_seeder_settlement_gas_cost_wei_total", "Wei spent on gas for redeem transactions.", nil, nil)
	mRedeemed    = prometheus.NewDesc("swarmgate_seeder_redeemed_wei_total", "Wei the escrow paid this seeder in redeem transactions.", nil, nil)
	mUploaded    = prometheus.NewDesc("swarmgate_seeder_bytes_uploaded_total", "Data bytes written to peers, of free and paid items.", nil, nil)
	mItems       = prometheus.NewDesc("swarmgate_seeder_items", "Items seeded, by pricing (free or paid).", []string{"pricing"}, nil)
	mPeers       = prometheus.NewDesc("swarmgate_seeder_peers", "Peer connections open, over all items.", nil, nil)
)

func (c *collector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{mBytesServed, mBytesPaid, mReceipts, mCutOffs, mRefusals, mPeakUnpaid, mBatches, mPairs, mGasUsed, mGasCost, mRedeemed, mUploaded, mItems, mPeers} {
		ch <- d
	}
}

func (c *collector) Collect(ch chan<- prometheus.Metric) {
	s, err := c.n.SellerStats()
	if err != nil {
		return
	}
	counter := func(d *prometheus.Desc, v float64, labels ...string) {
		ch <- prometheus.MustNewConstMetric(d, prometheus.CounterValue, v, labels...)
	}
	counter(mBytesServed, float64(s.BytesServed))
	counter(mBytesPaid, float64(s.BytesPaid))
	counter(mReceipts, float64(s.ReceiptsAccepted), "accepted")
	counter(mReceipts, float64(s.ReceiptsRejected), "invalid")
	counter(mReceipts, float64(s.ReceiptsUnderfunded), "underfunded")
	counter(mReceipts, float64(s.ReceiptsIgnored), "stale_or_duplicate")
	counter(mReceipts, float64(s.StoreErrors), "store_error")
	counter(mReceipts, float64(s.BalanceErrors), "balance_unavailable")
	counter(mCutOffs, float64(s.CutOffs))
	counter(mRefusals, float64(s.Refusals))
	ch <- prometheus.MustNewConstMetric(mPeakUnpaid, prometheus.GaugeValue, float64(s.PeakUnpaid))
	c.n.mu.Lock()
	settler, client, torrents := c.n.settler, c.n.client, c.n.torrents
	c.n.mu.Unlock()
	if client != nil {
		st := client.ConnStats()
		counter(mUploaded, float64(st.BytesWrittenData.Int64()))
	}
	var free, paid, peers int
	for _, t := range torrents {
		if c.n.IsFree(t.InfoHash()) {
			free++
		} else {
			paid++
		}
		peers += len(t.PeerConns())
	}
	ch <- prometheus.MustNewConstMetric(mItems, prometheus.GaugeValue, float64(free), "free")
	ch <- prometheus.MustNewConstMetric(mItems, prometheus.GaugeValue, float64(paid), "paid")
	ch <- prometheus.MustNewConstMetric(mPeers, prometheus.GaugeValue, float64(peers))
	if settler == nil {
		return
	}
	ss := settler.Stats()
	counter(mBatches, float64(ss.BatchesSent), "sent")
	counter(mBatches, float64(ss.BatchesMined), "mined")
	counter(mBatches, float64(ss.BatchesFailed), "failed")
	counter(mBatches, float64(ss.Reconciled), "reconciled")
	counter(mPairs, float64(ss.PairsRedeemed), "redeemed")
	for reason, v := range settler.SkipsByReason() {
		counter(mPairs, float64(v), "skipped:"+reason)
	}
	counter(mGasUsed, float64(ss.GasUsed))
	counter(mGasCost, weiFloat(ss.GasCostWei))
	counter(mRedeemed, weiFloat(ss.RedeemedWei))
}

func weiFloat(b *big.Int) float64 {
	f, _ := new(big.Float).SetInt(b).Float64()
	return f
}
