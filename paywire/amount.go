package paywire

import (
	"errors"
	"fmt"
	"math/big"
)

// GiB is the unit prices are quoted in: 2^30 bytes.
const GiB = 1 << 30

// ErrBackwards means a new receipt would cover fewer bytes than its baseline.
var ErrBackwards = errors.New("paywire: receipt bytes below the baseline")

// Cost returns floor(bytes × pricePerGiB / 2^30): the price of bytes, rounded down to the wei.
func Cost(bytes uint64, pricePerGiB *big.Int) *big.Int {
	c := new(big.Int).SetUint64(bytes)
	c.Mul(c, pricePerGiB)
	return c.Rsh(c, 30)
}

// NextAmount returns the amount of a receipt for total bytes that follows a baseline receipt of
// baseBytes and baseAmount, at pricePerGiB:
//
//	amount = baseAmount + floor(total × price / 2^30) − floor(baseBytes × price / 2^30)
//
// With one price over the pair's whole history and no baseline (0, 0), this telescopes to
// floor(total × price / 2^30): rounding never accumulates over many receipts, and it always
// favours the payer by less than one wei. Both sides compute it the same way, so the seller
// checks equality.
func NextAmount(baseBytes uint64, baseAmount *big.Int, total uint64, pricePerGiB *big.Int) (*big.Int, error) {
	if total < baseBytes {
		return nil, fmt.Errorf("%w: %d < %d", ErrBackwards, total, baseBytes)
	}
	a := Cost(total, pricePerGiB)
	a.Sub(a, Cost(baseBytes, pricePerGiB))
	if baseAmount != nil {
		a.Add(a, baseAmount)
	}
	return a, nil
}
