package contracts_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	bindings "github.com/swarmgate/swarmgate/contracts/bindings/bandwidthescrow"
)

const escrowDelay = 3600 // one hour, in seconds

func TestEscrowConstructor(t *testing.T) {
	t.Parallel()
	e := escrowNewEnv(t, escrowDelay)
	if got := escrowCall(e, e.abi.PackUnlockDelay(), e.abi.UnpackUnlockDelay); got != escrowDelay {
		t.Errorf("unlockDelay = %d, want %d", got, escrowDelay)
	}
	maxDelay := escrowCall(e, e.abi.PackMAXUNLOCKDELAY(), e.abi.UnpackMAXUNLOCKDELAY)
	if maxDelay != 365*24*3600 {
		t.Errorf("MAX_UNLOCK_DELAY = %d", maxDelay)
	}
	dom := escrowCall(e, e.abi.PackEip712Domain(), e.abi.UnpackEip712Domain)
	if dom.Name != "Swarmgate" || dom.Version != "1" || dom.ChainId.Cmp(e.chainID) != 0 || dom.VerifyingContract != e.addr {
		t.Errorf("eip712Domain = %+v", dom)
	}
	for _, delay := range []uint64{0, maxDelay + 1} {
		data := append(common.FromHex(bindings.BandwidthEscrowMetaData.Bin), e.abi.PackConstructor(delay)...)
		_, err := e.client.CallContract(context.Background(), ethereum.CallMsg{From: escrowAddr(e.accts[0]), Data: data, Gas: escrowTxGas}, nil)
		raw, ok := ethclient.RevertErrorData(err)
		if !ok {
			t.Fatalf("delay %d: deployment did not revert: %v", delay, err)
		}
		d, err := e.abi.UnpackError(raw)
		if err != nil {
			t.Fatal(err)
		}
		if got, ok := d.(*bindings.BandwidthEscrowInvalidUnlockDelay); !ok || got.Delay != delay {
			t.Errorf("delay %d: reverted with %#v, want InvalidUnlockDelay(%d)", delay, d, delay)
		}
	}
}

func TestEscrowDeposit(t *testing.T) {
	t.Parallel()
	e := escrowNewEnv(t, escrowDelay)
	viewer := escrowAddr(escrowKey("viewer"))
	r := e.ok(e.accts[1], e.abi.PackDeposit(viewer), escrowWei(1000))
	evs := escrowLogs(t, r, e.abi.UnpackDepositedEvent)
	if len(evs) != 1 || evs[0].Viewer != viewer || evs[0].From != escrowAddr(e.accts[1]) || evs[0].Amount.Int64() != 1000 || evs[0].Balance.Int64() != 1000 {
		t.Fatalf("Deposited events %+v", evs)
	}
	// Anyone tops up anyone.
	r = e.ok(e.accts[2], e.abi.PackDeposit(viewer), escrowWei(500))
	if evs := escrowLogs(t, r, e.abi.UnpackDepositedEvent); len(evs) != 1 || evs[0].Balance.Int64() != 1500 {
		t.Fatalf("Deposited events %+v", evs)
	}
	escrowEq(t, "balance", e.balanceOf(viewer), escrowWei(1500))
	escrowEq(t, "contract coin balance", e.coinBalance(e.addr), escrowWei(1500))

	escrowMustRevert[bindings.BandwidthEscrowZeroAddress](e, e.accts[1], e.abi.PackDeposit(common.Address{}), escrowWei(1))
	escrowMustRevert[bindings.BandwidthEscrowZeroAmount](e, e.accts[1], e.abi.PackDeposit(viewer), nil)

	big128 := new(big.Int).Lsh(big.NewInt(1), 128)
	over := escrowMustRevert[bindings.BandwidthEscrowBalanceOverflow](e, e.accts[escrowFunded-1], e.abi.PackDeposit(viewer), big128)
	escrowEq(t, "BalanceOverflow.balance", over.Balance, escrowWei(1500))
	escrowEq(t, "BalanceOverflow.amount", over.Amount, big128)
	// Exactly the largest balance is accepted.
	top := new(big.Int).Sub(big128, escrowWei(1501))
	e.ok(e.accts[escrowFunded-1], e.abi.PackDeposit(viewer), top)
	escrowEq(t, "balance", e.balanceOf(viewer), new(big.Int).Sub(big128, escrowWei(1)))
}

func TestEscrowWithdraw(t *testing.T) {
	t.Parallel()
	e := escrowNewEnv(t, escrowDelay)
	vk := e.accts[3]
	viewer := escrowAddr(vk)
	e.deposit(viewer, escrowWei(1000))

	escrowMustRevert[bindings.BandwidthEscrowNoWithdrawalPending](e, vk, e.abi.PackWithdraw(), nil)
	escrowMustRevert[bindings.BandwidthEscrowNoWithdrawalPending](e, vk, e.abi.PackCancelWithdraw(), nil)
	escrowMustRevert[bindings.BandwidthEscrowZeroAmount](e, vk, e.abi.PackRequestWithdraw(escrowWei(0)), nil)
	ex := escrowMustRevert[bindings.BandwidthEscrowExceedsBalance](e, vk, e.abi.PackRequestWithdraw(escrowWei(1001)), nil)
	escrowEq(t, "ExceedsBalance.balance", ex.Balance, escrowWei(1000))
	escrowEq(t, "ExceedsBalance.amount", ex.Amount, escrowWei(1001))

	// Request, cancel.
	r := e.ok(vk, e.abi.PackRequestWithdraw(escrowWei(600)), nil)
	unlock := e.blockTime(r) + escrowDelay
	if evs := escrowLogs(t, r, e.abi.UnpackWithdrawRequestedEvent); len(evs) != 1 || evs[0].Viewer != viewer || evs[0].Amount.Int64() != 600 || evs[0].UnlockAt != unlock {
		t.Fatalf("WithdrawRequested events %+v, want unlock %d", evs, unlock)
	}
	if w := e.withdrawal(viewer); w.Amount.Int64() != 600 || w.UnlockAt != unlock {
		t.Fatalf("withdrawal = %+v", w)
	}
	r = e.ok(vk, e.abi.PackCancelWithdraw(), nil)
	if evs := escrowLogs(t, r, e.abi.UnpackWithdrawCancelledEvent); len(evs) != 1 || evs[0].Viewer != viewer {
		t.Fatalf("WithdrawCancelled events %+v", evs)
	}
	if w := e.withdrawal(viewer); w.Amount.Sign() != 0 || w.UnlockAt != 0 {
		t.Fatalf("withdrawal after cancel = %+v", w)
	}

	// Request again; locked until the delay has passed.
	r = e.ok(vk, e.abi.PackRequestWithdraw(escrowWei(600)), nil)
	unlock = e.blockTime(r) + escrowDelay
	locked := escrowMustRevert[bindings.BandwidthEscrowWithdrawalLocked](e, vk, e.abi.PackWithdraw(), nil)
	if locked.UnlockAt != unlock {
		t.Errorf("WithdrawalLocked.unlockAt = %d, want %d", locked.UnlockAt, unlock)
	}
	// A deposit (by anyone) leaves the request as it is.
	e.deposit(viewer, escrowWei(50))
	if w := e.withdrawal(viewer); w.Amount.Int64() != 600 || w.UnlockAt != unlock {
		t.Fatalf("withdrawal after a deposit = %+v, want 600 at %d", w, unlock)
	}
	// A new request replaces the old one and restarts the delay.
	e.advance(escrowDelay / 2 * time.Second)
	r = e.ok(vk, e.abi.PackRequestWithdraw(escrowWei(700)), nil)
	unlock = e.blockTime(r) + escrowDelay
	if w := e.withdrawal(viewer); w.Amount.Int64() != 700 || w.UnlockAt != unlock {
		t.Fatalf("withdrawal after a new request = %+v, want 700 at %d", w, unlock)
	}
	e.advance(escrowDelay/2*time.Second + 10*time.Second)
	escrowMustRevert[bindings.BandwidthEscrowWithdrawalLocked](e, vk, e.abi.PackWithdraw(), nil)
	e.advance(escrowDelay / 2 * time.Second)

	before := e.coinBalance(viewer)
	r = e.ok(vk, e.abi.PackWithdraw(), nil)
	if evs := escrowLogs(t, r, e.abi.UnpackWithdrawnEvent); len(evs) != 1 || evs[0].Viewer != viewer || evs[0].Amount.Int64() != 700 {
		t.Fatalf("Withdrawn events %+v", evs)
	}
	got := new(big.Int).Sub(e.coinBalance(viewer), before)
	got.Add(got, escrowGasCost(r))
	escrowEq(t, "coin received", got, escrowWei(700))
	escrowEq(t, "balance", e.balanceOf(viewer), escrowWei(350))
	escrowEq(t, "contract coin balance", e.coinBalance(e.addr), escrowWei(350))
	if w := e.withdrawal(viewer); w.Amount.Sign() != 0 || w.UnlockAt != 0 {
		t.Fatalf("withdrawal after withdraw = %+v", w)
	}
	escrowMustRevert[bindings.BandwidthEscrowNoWithdrawalPending](e, vk, e.abi.PackWithdraw(), nil)
}

// TestEscrowSeederWinsDuringDelay: receipts redeemed during (and after) the unlock delay are
// paid first; the withdrawal gets what is left, and nothing when nothing is left.
func TestEscrowSeederWinsDuringDelay(t *testing.T) {
	t.Parallel()
	e := escrowNewEnv(t, escrowDelay)
	vk, seeder := e.accts[3], e.accts[4]
	viewer, sa := escrowAddr(vk), escrowAddr(seeder)
	e.deposit(viewer, escrowWei(1000))
	e.ok(vk, e.abi.PackRequestWithdraw(escrowWei(1000)), nil)

	e.advance(escrowDelay / 2 * time.Second)
	r := e.redeem(seeder, sa, nil, []bindings.BandwidthEscrowEntry{e.entry(vk, sa, escrowWei(600), nil, 0)})
	e.checkOutcomes(r, escrowPaid(600))
	e.advance(escrowDelay * time.Second)
	// Unlocked, but the seeder still gets in first.
	r = e.redeem(seeder, sa, nil, []bindings.BandwidthEscrowEntry{e.entry(vk, sa, escrowWei(700), nil, 0)})
	e.checkOutcomes(r, escrowPaid(100))

	r = e.ok(vk, e.abi.PackWithdraw(), nil)
	if evs := escrowLogs(t, r, e.abi.UnpackWithdrawnEvent); len(evs) != 1 || evs[0].Amount.Int64() != 300 {
		t.Fatalf("Withdrawn events %+v, want 300", evs)
	}
	escrowEq(t, "balance", e.balanceOf(viewer), escrowWei(0))
	escrowEq(t, "earnings", e.earnings(sa), escrowWei(700))
	escrowEq(t, "contract coin balance", e.coinBalance(e.addr), escrowWei(700))

	// Seeders took everything: the withdrawal has nothing to pay.
	e.deposit(viewer, escrowWei(100))
	e.ok(vk, e.abi.PackRequestWithdraw(escrowWei(100)), nil)
	r = e.redeem(seeder, sa, nil, []bindings.BandwidthEscrowEntry{e.entry(vk, sa, escrowWei(900), nil, 0)})
	e.checkOutcomes(r, escrowPaid(100))
	e.advance(escrowDelay * time.Second)
	escrowMustRevert[bindings.BandwidthEscrowNothingToWithdraw](e, vk, e.abi.PackWithdraw(), nil)
}

func TestEscrowWithdrawEarnings(t *testing.T) {
	t.Parallel()
	e := escrowNewEnv(t, escrowDelay)
	vk, seeder := e.accts[3], e.accts[4]
	viewer, sa := escrowAddr(vk), escrowAddr(seeder)
	to := common.HexToAddress("0x00000000000000000000000000000000005eed")

	escrowMustRevert[bindings.BandwidthEscrowNoEarnings](e, seeder, e.abi.PackWithdrawEarnings(to), nil)
	e.deposit(viewer, escrowWei(1000))
	// A relayer (account 5) redeems for the seeder: the payment goes to the seeder.
	e.redeem(e.accts[5], sa, nil, []bindings.BandwidthEscrowEntry{e.entry(vk, sa, escrowWei(250), nil, 0)})
	escrowEq(t, "relayer earnings", e.earnings(escrowAddr(e.accts[5])), escrowWei(0))
	escrowEq(t, "seeder earnings", e.earnings(sa), escrowWei(250))

	escrowMustRevert[bindings.BandwidthEscrowZeroAddress](e, seeder, e.abi.PackWithdrawEarnings(common.Address{}), nil)
	// A recipient that refuses the coin (the escrow itself has no receive function): the call
	// fails and the earnings stay.
	escrowMustRevert[bindings.BandwidthEscrowFailedCall](e, seeder, e.abi.PackWithdrawEarnings(e.addr), nil)
	escrowEq(t, "seeder earnings", e.earnings(sa), escrowWei(250))

	r := e.ok(seeder, e.abi.PackWithdrawEarnings(to), nil)
	if evs := escrowLogs(t, r, e.abi.UnpackEarningsWithdrawnEvent); len(evs) != 1 || evs[0].Seeder != sa || evs[0].To != to || evs[0].Amount.Int64() != 250 {
		t.Fatalf("EarningsWithdrawn events %+v", evs)
	}
	escrowEq(t, "coin at to", e.coinBalance(to), escrowWei(250))
	escrowEq(t, "seeder earnings", e.earnings(sa), escrowWei(0))
	escrowEq(t, "contract coin balance", e.coinBalance(e.addr), escrowWei(750))
	escrowMustRevert[bindings.BandwidthEscrowNoEarnings](e, seeder, e.abi.PackWithdrawEarnings(to), nil)
}
