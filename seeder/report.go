package seeder

import (
	"context"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Report is what the node earned, per viewer and per item, from its database. Amounts are wei as
// decimal strings (JSON numbers cannot carry uint256 exactly).
type Report struct {
	Payout      string         `json:"payout,omitempty"`
	PricePerGiB string         `json:"pricePerGiB,omitempty"`
	GeneratedAt time.Time      `json:"generatedAt"`
	Totals      ReportTotals   `json:"totals"`
	Viewers     []ViewerReport `json:"viewers"`
	Items       []ItemReport   `json:"items"`
}

// ReportTotals sums the report.
type ReportTotals struct {
	BytesServed  uint64 `json:"bytesServed"`  // by the seeder's own meter, for receipted pairs
	BytesPaid    uint64 `json:"bytesPaid"`    // covered by the newest receipts
	Receipts     int64  `json:"receipts"`     // accepted
	Earned       string `json:"earned"`       // the newest receipts' amounts
	Settled      string `json:"settled"`      // paid on chain
	Pending      string `json:"pending"`      // in batches not yet mined
	Unredeemed   string `json:"unredeemed"`   // earned − settled
	GasSpent     string `json:"gasSpent"`     // wei
	GasUsed      uint64 `json:"gasUsed"`      // gas units
	Batches      int    `json:"batches"`      // mined or failed redeem transactions
	OpenBatches  int    `json:"openBatches"`  // in flight
	PairsSkipped int    `json:"pairsSkipped"` // whose last redeem the escrow skipped
}

// ViewerReport is one (viewer, seeder) pair.
type ViewerReport struct {
	Viewer      string `json:"viewer"`
	Seeder      string `json:"seeder"`
	BytesServed uint64 `json:"bytesServed"`
	BytesPaid   uint64 `json:"bytesPaid"`
	Receipts    int64  `json:"receipts"`
	Earned      string `json:"earned"`
	Settled     string `json:"settled"`
	Pending     string `json:"pending"`
	Unredeemed  string `json:"unredeemed"`
	GasSpent    string `json:"gasSpent"` // this pair's share of its batches' gas
	LastSkip    string `json:"lastSkip,omitempty"`
}

// ItemReport is one item. Receipts are per pair, not per item, so Earned and Settled are the
// pairs' amounts shared out in proportion to the bytes the seeder served of each item.
type ItemReport struct {
	InfoHash    string `json:"infoHash"`
	BytesServed uint64 `json:"bytesServed"`
	Viewers     int    `json:"viewers"`
	Earned      string `json:"earned"`
	Settled     string `json:"settled"`
}

// BuildReport reads the figures of payout (all payouts when zero) from st.
func BuildReport(ctx context.Context, st *Store, payout common.Address, price *big.Int) (*Report, error) {
	pairs, err := st.Pairs(ctx, payout)
	if err != nil {
		return nil, err
	}
	items, err := st.ItemBytes(ctx, payout)
	if err != nil {
		return nil, err
	}
	batches, err := st.Batches(ctx)
	if err != nil {
		return nil, err
	}
	r := &Report{GeneratedAt: time.Now().UTC(), Viewers: []ViewerReport{}, Items: []ItemReport{}}
	if payout != (common.Address{}) {
		r.Payout = payout.Hex()
	}
	if price != nil {
		r.PricePerGiB = price.String()
	}
	type key struct{ viewer, seeder common.Address }
	pending := map[key]*big.Int{}
	gas := map[key]*big.Int{}
	totGas, totPending := new(big.Int), new(big.Int)
	for _, b := range batches {
		if payout != (common.Address{}) && b.Seeder != payout {
			continue
		}
		open := b.State == BatchPrepared || b.State == BatchSent
		if open {
			r.Totals.OpenBatches++
		} else if b.State == BatchMined || b.State == BatchFailed {
			r.Totals.Batches++
		}
		totGas.Add(totGas, b.GasCost)
		r.Totals.GasUsed += b.GasUsed
		share := new(big.Int)
		if len(b.Entries) > 0 {
			share.Div(b.GasCost, big.NewInt(int64(len(b.Entries))))
		}
		for _, e := range b.Entries {
			k := key{e.Viewer, b.Seeder}
			if gas[k] == nil {
				gas[k], pending[k] = new(big.Int), new(big.Int)
			}
			gas[k].Add(gas[k], share)
			if open {
				d := new(big.Int).Sub(e.Amount, e.PaidBefore)
				if d.Sign() > 0 {
					pending[k].Add(pending[k], d)
					totPending.Add(totPending, d)
				}
			}
		}
	}
	served := map[key]uint64{}
	for _, it := range items {
		served[key{it.Viewer, payout}] += it.Bytes
	}
	earned, settled := new(big.Int), new(big.Int)
	amounts := map[common.Address]struct{ earned, settled *big.Int }{}
	for _, p := range pairs {
		rc := p.Record.Receipt.Receipt
		k := key{rc.Viewer, rc.Seeder}
		vr := ViewerReport{
			Viewer: rc.Viewer.Hex(), Seeder: rc.Seeder.Hex(), BytesServed: served[key{rc.Viewer, payout}],
			BytesPaid: rc.Bytes.Uint64(), Receipts: p.Receipts, Earned: rc.Amount.String(), Settled: p.Paid.String(),
			Pending: orZero(pending[k]).String(), Unredeemed: p.Unredeemed().String(), GasSpent: orZero(gas[k]).String(),
			LastSkip: p.LastSkip,
		}
		r.Viewers = append(r.Viewers, vr)
		r.Totals.BytesServed += vr.BytesServed
		r.Totals.BytesPaid += vr.BytesPaid
		r.Totals.Receipts += p.Receipts
		if p.LastSkip != "" {
			r.Totals.PairsSkipped++
		}
		earned.Add(earned, rc.Amount)
		paid := p.Paid
		if paid.Cmp(rc.Amount) > 0 {
			paid = rc.Amount
		}
		settled.Add(settled, paid)
		amounts[rc.Viewer] = struct{ earned, settled *big.Int }{rc.Amount, paid}
	}
	r.Totals.Earned, r.Totals.Settled = earned.String(), settled.String()
	r.Totals.Unredeemed = new(big.Int).Sub(earned, settled).String()
	r.Totals.Pending, r.Totals.GasSpent = totPending.String(), totGas.String()

	// Per item: each pair's amounts in proportion to the bytes served of the item.
	perViewer := map[common.Address]uint64{}
	for _, it := range items {
		perViewer[it.Viewer] += it.Bytes
	}
	type agg struct {
		bytes           uint64
		viewers         int
		earned, settled *big.Int
	}
	byItem := map[string]*agg{}
	for _, it := range items {
		h := it.InfoHash.HexString()
		a := byItem[h]
		if a == nil {
			a = &agg{earned: new(big.Int), settled: new(big.Int)}
			byItem[h] = a
		}
		a.bytes += it.Bytes
		a.viewers++
		if am, ok := amounts[it.Viewer]; ok && perViewer[it.Viewer] > 0 {
			a.earned.Add(a.earned, prorate(am.earned, it.Bytes, perViewer[it.Viewer]))
			a.settled.Add(a.settled, prorate(am.settled, it.Bytes, perViewer[it.Viewer]))
		}
	}
	for h, a := range byItem {
		r.Items = append(r.Items, ItemReport{InfoHash: h, BytesServed: a.bytes, Viewers: a.viewers, Earned: a.earned.String(), Settled: a.settled.String()})
	}
	slices.SortFunc(r.Items, func(a, b ItemReport) int {
		if a.InfoHash < b.InfoHash {
			return -1
		}
		if a.InfoHash > b.InfoHash {
			return 1
		}
		return 0
	})
	return r, nil
}

func prorate(amount *big.Int, part, whole uint64) *big.Int {
	v := new(big.Int).Mul(amount, new(big.Int).SetUint64(part))
	return v.Div(v, new(big.Int).SetUint64(whole))
}

func orZero(b *big.Int) *big.Int {
	if b == nil {
		return new(big.Int)
	}
	return b
}
