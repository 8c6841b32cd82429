package contracts_test

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	bindings "github.com/swarmgate/swarmgate/contracts/bindings/bandwidthescrow"
)

// escrowGasModes are the redemption shapes BenchmarkRedeemGas measures.
//
//   - wallet-first: receipts signed by the viewers' wallets, first redemption of every pair.
//   - wallet-repeat: the same pairs again, with newer receipts.
//   - session-first: receipts signed by session keys; the batch carries one fresh grant per
//     viewer (first use of the grant and first redemption of the pair).
//   - session-newpair: the grants were already recorded by another seeder's batch, so the batch
//     omits them; first redemption of the pair.
//   - session-repeat: newer receipts for pairs already redeemed, grants recorded and omitted.
//   - session-repeat-carried: as session-repeat, but the batch still carries every grant (a
//     seeder that does not look up session(viewer, key) first).
//   - session-first-nonce1: as session-first, with grants of nonce 1 (a wallet that re-granted
//     the key): recording them writes the key's second slot (the nonce) too.
var escrowGasModes = []string{"wallet-first", "wallet-repeat", "session-first", "session-newpair", "session-repeat", "session-repeat-carried", "session-first-nonce1"}

// BenchmarkRedeemGas reports the gas a redeem batch costs per (viewer, seeder) pair. Gas is
// deterministic: every iteration builds a fresh chain and measures the same transaction, so
// -benchtime=1x is enough. The seeder has redeemed before (its earnings slot is not empty).
func BenchmarkRedeemGas(b *testing.B) {
	for _, fork := range []string{"osaka", "bogota"} {
		sizes := []int{1, 10, 100}
		if fork == "bogota" {
			sizes = sizes[:2] // 100 fresh session pairs exceed the 2^24 gas cap of one transaction
		}
		for _, mode := range escrowGasModes {
			for _, n := range sizes {
				b.Run(fmt.Sprintf("%s/%s/n=%d", fork, mode, n), func(b *testing.B) {
					var gas uint64
					for b.Loop() {
						b.StopTimer()
						gas = escrowMeasureRedeem(b, fork == "bogota", mode, n)
						b.StartTimer()
					}
					b.ReportMetric(float64(gas)/float64(n), "gas/pair")
					b.ReportMetric(float64(gas), "gas/batch")
				})
			}
		}
	}
}

// TestEscrowGasTargets keeps the gas figures from regressing (Osaka schedule, batches of 100
// pairs): wallet receipts at most 40,000 gas per pair on a first redemption and 25,000 on a
// repeat; session receipts 25,000 on a repeat. Session receipts on a first redemption miss the
// 40,000 target and are held to what they cost now: the key's spent slot (5,000 when the grant
// is already recorded, a fresh 22,100 slot plus the grant's signature when it is not) comes on
// top of the pair's fresh 22,100 slot, and recording a grant reads the key's second slot (its
// nonce and revocation, 2,100 cold; written only for a nonce above 0 or a revoked key).
// BENCHMARKS.md explains the floor.
func TestEscrowGasTargets(t *testing.T) {
	t.Parallel()
	targets := map[string]uint64{
		"wallet-first":    40_000,
		"wallet-repeat":   25_000,
		"session-first":   72_000,
		"session-newpair": 42_000,
		"session-repeat":  25_000,
	}
	for _, mode := range escrowGasModes {
		limit, ok := targets[mode]
		if !ok {
			continue
		}
		perPair := escrowMeasureRedeem(t, false, mode, 100) / 100
		t.Logf("%s: %d gas/pair", mode, perPair)
		if perPair > limit {
			t.Errorf("%s: %d gas per pair, target %d", mode, perPair, limit)
		}
	}
}

// escrowMeasureRedeem builds a fresh chain in the state `mode` needs, sends the measured batch of
// n pairs (under the Bogota draft schedule if bogota), checks that every entry was paid and returns the batch's gas.
func escrowMeasureRedeem(tb testing.TB, bogota bool, mode string, n int) uint64 {
	tb.Helper()
	e := escrowNewEnvFork(tb, escrowDelay, bogota)
	seeder, otherSeeder := e.accts[2], e.accts[3]
	sa, oa := escrowAddr(seeder), escrowAddr(otherSeeder)

	viewers := make([]*ecdsa.PrivateKey, n)
	keys := make([]*ecdsa.PrivateKey, n)
	var txs []*types.Transaction
	deposit := new(big.Int).Set(escrowEther)
	for i := range n {
		viewers[i] = escrowKey(fmt.Sprint("bench viewer ", i))
		keys[i] = escrowKey(fmt.Sprint("bench session key ", i))
		txs = append(txs, e.submit(e.accts[0], e.abi.PackDeposit(escrowAddr(viewers[i])), deposit))
	}
	warm := escrowKey("bench warm-up viewer")
	txs = append(txs, e.submit(e.accts[0], e.abi.PackDeposit(escrowAddr(warm)), deposit))
	for _, r := range e.mine(txs...) {
		if r.Status != types.ReceiptStatusSuccessful {
			tb.Fatal("deposit failed")
		}
	}
	// The seeder has earned before: its earnings slot is warm, as in steady state.
	e.redeem(seeder, sa, nil, []bindings.BandwidthEscrowEntry{e.entry(warm, sa, escrowWei(1e12), nil, 0)})

	expiry := e.now() + 7*24*3600
	limit := new(big.Int).Div(escrowEther, big.NewInt(10))
	grants := make([]bindings.BandwidthEscrowGrant, n)
	var nonce uint64
	if mode == "session-first-nonce1" {
		nonce = 1
	}
	for i := range n {
		grants[i] = e.grantNonce(viewers[i], escrowAddr(keys[i]), limit, expiry, nonce)
	}
	// batch signs receipts for round r (cumulative amounts grow with r).
	batch := func(seederAddr common.Address, round int64, session, carry bool) ([]bindings.BandwidthEscrowGrant, []bindings.BandwidthEscrowEntry) {
		amount := new(big.Int).Mul(big.NewInt(round), big.NewInt(1_234_567_000_000_000)) // ~0.0012 ether per round
		byteCount := new(big.Int).Mul(big.NewInt(round), big.NewInt(1<<30))
		entries := make([]bindings.BandwidthEscrowEntry, n)
		for i := range n {
			signer, idx := viewers[i], uint32(0)
			if session {
				signer = keys[i]
				if carry {
					idx = uint32(i + 1)
				}
			}
			entries[i] = escrowSignReceipt(tb, e.domain, escrowAddr(viewers[i]), seederAddr, byteCount, amount, signer, idx)
		}
		if !carry {
			return []bindings.BandwidthEscrowGrant{}, entries
		}
		return grants, entries
	}

	var g []bindings.BandwidthEscrowGrant
	var entries []bindings.BandwidthEscrowEntry
	switch mode {
	case "wallet-first":
		g, entries = batch(sa, 1, false, false)
	case "wallet-repeat":
		pg, pe := batch(sa, 1, false, false)
		e.redeem(seeder, sa, pg, pe)
		g, entries = batch(sa, 2, false, false)
	case "session-first", "session-first-nonce1":
		g, entries = batch(sa, 1, true, true)
	case "session-newpair":
		pg, pe := batch(oa, 1, true, true)
		e.redeem(otherSeeder, oa, pg, pe)
		g, entries = batch(sa, 1, true, false)
	case "session-repeat":
		pg, pe := batch(sa, 1, true, true)
		e.redeem(seeder, sa, pg, pe)
		g, entries = batch(sa, 2, true, false)
	case "session-repeat-carried":
		pg, pe := batch(sa, 1, true, true)
		e.redeem(seeder, sa, pg, pe)
		g, entries = batch(sa, 2, true, true)
	default:
		tb.Fatalf("unknown mode %q", mode)
	}
	r := e.redeem(seeder, sa, g, entries)
	if got := len(escrowLogs(tb, r, e.abi.UnpackRedeemedEvent)); got != n {
		tb.Fatalf("%s: %d of %d entries paid", mode, got, n)
	}
	return r.GasUsed
}

// BenchmarkRevokeSessionGas reports the gas of revokeSession: for a key whose grant the escrow
// recorded (its expiry is capped: both of the key's slots are written) and for a key it never saw
// (only the deadline is written). Run with -benchtime=1x: gas is deterministic.
func BenchmarkRevokeSessionGas(b *testing.B) {
	for _, mode := range []string{"recorded", "unused"} {
		b.Run(mode, func(b *testing.B) {
			var gas uint64
			for b.Loop() {
				b.StopTimer()
				e := escrowNewEnv(b, escrowDelay)
				vk, seeder := e.accts[1], e.accts[2]
				viewer, sa := escrowAddr(vk), escrowAddr(seeder)
				sk := escrowKey("bench revoked key")
				e.deposit(viewer, escrowEther)
				if mode == "recorded" {
					g := e.grant(vk, escrowAddr(sk), escrowEther, e.now()+7*24*3600)
					e.redeem(seeder, sa, []bindings.BandwidthEscrowGrant{g}, []bindings.BandwidthEscrowEntry{
						escrowSignReceipt(b, e.domain, viewer, sa, big.NewInt(1), big.NewInt(1e12), sk, 1),
					})
				}
				gas = e.ok(vk, e.abi.PackRevokeSession(escrowAddr(sk)), nil).GasUsed
				b.StartTimer()
			}
			b.ReportMetric(float64(gas), "gas/op")
		})
	}
}
