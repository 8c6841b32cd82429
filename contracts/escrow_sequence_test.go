package contracts_test

import (
	"crypto/ecdsa"
	"flag"
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/swarmgate/swarmgate/chain/eip712"
	bindings "github.com/swarmgate/swarmgate/contracts/bindings/bandwidthescrow"
)

var (
	escrowSteps = flag.Int("escrow.steps", 300, "steps of TestEscrowSequence")
	escrowSeed  = flag.Uint64("escrow.seed", 0, "seed of TestEscrowSequence (0: a new random seed)")
)

// escrowKeyModel is the model of one (viewer, key) record.
type escrowKeyModel struct {
	spent, limit *big.Int
	expiry       uint64
}

// escrowModel is what the escrow should hold, kept in Go.
type escrowModel struct {
	balance, requested map[common.Address]*big.Int
	unlockAt           map[common.Address]uint64
	paid               map[[2]common.Address]*big.Int
	keys               map[[2]common.Address]*escrowKeyModel
	earnings           map[common.Address]*big.Int
	withdrawnEarnings  map[common.Address]*big.Int // per payout address
}

func escrowGet[K comparable](m map[K]*big.Int, k K) *big.Int {
	if v, ok := m[k]; ok {
		return v
	}
	v := new(big.Int)
	m[k] = v
	return v
}

func escrowMin(a, b *big.Int) *big.Int {
	if a.Cmp(b) < 0 {
		return new(big.Int).Set(a)
	}
	return new(big.Int).Set(b)
}

// TestEscrowSequence runs deposits, valid and invalid redemptions, withdrawal requests,
// cancellations, withdrawals, earnings withdrawals and time jumps in a seeded random order and
// checks after every step that the contract's state equals a model kept in Go, that its coin
// balance equals what it owes, and that everyone received exactly what they were owed.
func TestEscrowSequence(t *testing.T) {
	t.Parallel()
	seed := *escrowSeed
	if seed == 0 {
		seed = rand.Uint64()
	}
	t.Logf("seed %d (rerun with -escrow.seed=%d)", seed, seed)
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("failed with seed %d: rerun with go test ./contracts -run TestEscrowSequence -escrow.seed=%d", seed, seed)
		}
	})
	rng := rand.New(rand.NewPCG(seed, seed^0x5eed))
	const delay = 600
	e := escrowNewEnv(t, delay)
	s := &escrowSeq{t: t, e: e, rng: rng, delay: delay, m: escrowModel{
		balance: map[common.Address]*big.Int{}, requested: map[common.Address]*big.Int{},
		unlockAt: map[common.Address]uint64{}, paid: map[[2]common.Address]*big.Int{},
		keys: map[[2]common.Address]*escrowKeyModel{}, earnings: map[common.Address]*big.Int{},
		withdrawnEarnings: map[common.Address]*big.Int{},
	}}
	s.viewers = e.accts[1:4]
	s.seeders = e.accts[4:7]
	s.relayer = e.accts[7]
	for i := range s.viewers {
		s.sessionKeys = append(s.sessionKeys, []*ecdsa.PrivateKey{escrowKey(fmt.Sprint("seq key ", i, " a")), escrowKey(fmt.Sprint("seq key ", i, " b"))})
	}
	for i := range s.seeders {
		s.payouts = append(s.payouts, common.BigToAddress(big.NewInt(int64(0x5ee000+i))))
	}
	s.grants = map[[2]common.Address]bindings.BandwidthEscrowGrant{}

	for step := 0; step < *escrowSteps; step++ {
		s.step = step
		switch p := rng.IntN(100); {
		case p < 20:
			s.deposit()
		case p < 55:
			s.redeem()
		case p < 67:
			s.requestWithdraw()
		case p < 72:
			s.cancelWithdraw()
		case p < 84:
			s.withdraw()
		case p < 92:
			s.withdrawEarnings()
		default:
			d := 1 + rng.IntN(delay*3/2)
			e.advance(time.Duration(d) * time.Second)
			s.log("advance %ds", d)
		}
		s.check()
		if t.Failed() {
			t.FailNow()
		}
	}
	t.Logf("%d steps: %d entries paid, %d skipped, %d calls reverted as the model expected", *escrowSteps, s.paidEntries, s.skippedEntries, s.reverts)
}

type escrowSeq struct {
	t           *testing.T
	e           *escrowEnv
	rng         *rand.Rand
	m           escrowModel
	delay       uint64
	step        int
	viewers     []*ecdsa.PrivateKey
	seeders     []*ecdsa.PrivateKey
	relayer     *ecdsa.PrivateKey
	sessionKeys [][]*ecdsa.PrivateKey
	payouts     []common.Address
	grants      map[[2]common.Address]bindings.BandwidthEscrowGrant // the newest grant per (viewer, key)

	paidEntries, skippedEntries, reverts int
}

func (s *escrowSeq) log(format string, args ...any) {
	if testing.Verbose() {
		s.t.Logf("step %d: "+format, append([]any{s.step}, args...)...)
	}
}

// expect checks a mined transaction's status against the model's prediction.
func (s *escrowSeq) expect(r *types.Receipt, ok bool, what string) {
	s.t.Helper()
	got := r.Status == types.ReceiptStatusSuccessful
	if got != ok {
		s.t.Fatalf("step %d: %s: succeeded=%v, model expected %v", s.step, what, got, ok)
	}
	if !ok {
		s.reverts++
	}
}

func (s *escrowSeq) pick(keys []*ecdsa.PrivateKey) *ecdsa.PrivateKey {
	return keys[s.rng.IntN(len(keys))]
}

func (s *escrowSeq) deposit() {
	v := escrowAddr(s.pick(s.viewers))
	amount := big.NewInt(int64(s.rng.IntN(3000)))
	from := s.pick(append([]*ecdsa.PrivateKey{s.e.accts[0]}, s.viewers...))
	r := s.e.transact(from, s.e.abi.PackDeposit(v), amount)
	ok := amount.Sign() > 0
	s.expect(r, ok, "deposit")
	if ok {
		escrowGet(s.m.balance, v).Add(s.m.balance[v], amount)
	}
	s.log("deposit %s for %s: ok=%v", amount, v, ok)
}

func (s *escrowSeq) requestWithdraw() {
	vk := s.pick(s.viewers)
	v := escrowAddr(vk)
	bal := escrowGet(s.m.balance, v)
	amount := big.NewInt(int64(s.rng.IntN(int(bal.Int64()) + 100)))
	r := s.e.transact(vk, s.e.abi.PackRequestWithdraw(amount), nil)
	ok := amount.Sign() > 0 && amount.Cmp(bal) <= 0
	s.expect(r, ok, "requestWithdraw")
	if ok {
		s.m.requested[v] = amount
		s.m.unlockAt[v] = s.e.blockTime(r) + s.delay
	}
	s.log("requestWithdraw %s of %s by %s: ok=%v", amount, bal, v, ok)
}

func (s *escrowSeq) cancelWithdraw() {
	vk := s.pick(s.viewers)
	v := escrowAddr(vk)
	r := s.e.transact(vk, s.e.abi.PackCancelWithdraw(), nil)
	ok := s.m.unlockAt[v] != 0
	s.expect(r, ok, "cancelWithdraw")
	if ok {
		delete(s.m.unlockAt, v)
		delete(s.m.requested, v)
	}
}

func (s *escrowSeq) withdraw() {
	vk := s.pick(s.viewers)
	v := escrowAddr(vk)
	before := s.e.coinBalance(v)
	r := s.e.transact(vk, s.e.abi.PackWithdraw(), nil)
	now := s.e.blockTime(r)
	unlock := s.m.unlockAt[v]
	pay := new(big.Int)
	if unlock != 0 {
		pay = escrowMin(escrowGet(s.m.requested, v), escrowGet(s.m.balance, v))
	}
	ok := unlock != 0 && now >= unlock && pay.Sign() > 0
	s.expect(r, ok, "withdraw")
	received := new(big.Int).Sub(s.e.coinBalance(v), before)
	received.Add(received, escrowGasCost(r))
	if !ok {
		pay.SetInt64(0)
	} else {
		s.m.balance[v].Sub(s.m.balance[v], pay)
		delete(s.m.unlockAt, v)
		delete(s.m.requested, v)
	}
	if received.Cmp(pay) != 0 {
		s.t.Fatalf("step %d: viewer %s received %s from withdraw, owed %s", s.step, v, received, pay)
	}
	s.log("withdraw by %s at %d (unlock %d): paid %s ok=%v", v, now, unlock, pay, ok)
}

func (s *escrowSeq) withdrawEarnings() {
	i := s.rng.IntN(len(s.seeders))
	sa := escrowAddr(s.seeders[i])
	to := s.payouts[i]
	before := s.e.coinBalance(to)
	r := s.e.transact(s.seeders[i], s.e.abi.PackWithdrawEarnings(to), nil)
	owed := new(big.Int).Set(escrowGet(s.m.earnings, sa))
	ok := owed.Sign() > 0
	s.expect(r, ok, "withdrawEarnings")
	if !ok {
		owed.SetInt64(0)
	}
	received := new(big.Int).Sub(s.e.coinBalance(to), before)
	if received.Cmp(owed) != 0 {
		s.t.Fatalf("step %d: seeder %s received %s, owed %s", s.step, sa, received, owed)
	}
	s.m.earnings[sa] = new(big.Int)
	escrowGet(s.m.withdrawnEarnings, to).Add(s.m.withdrawnEarnings[to], owed)
}

// redeem builds a batch of 1-4 entries of random kinds for one seeder, predicts each entry's
// outcome with the model, sends it (from the seeder or a relayer) and compares.
func (s *escrowSeq) redeem() {
	si := s.rng.IntN(len(s.seeders))
	sa := escrowAddr(s.seeders[si])
	now := s.e.now()
	var grants []bindings.BandwidthEscrowGrant
	var entries []bindings.BandwidthEscrowEntry
	var kinds []string
	for range 1 + s.rng.IntN(4) {
		vi := s.rng.IntN(len(s.viewers))
		vk := s.viewers[vi]
		v := escrowAddr(vk)
		paid := escrowGet(s.m.paid, [2]common.Address{v, sa})
		amount := new(big.Int).Add(paid, big.NewInt(int64(s.rng.IntN(900)-100)))
		if amount.Sign() < 0 {
			amount.SetInt64(0)
		}
		byteCount := new(big.Int).Mul(amount, big.NewInt(1000))
		kind := []string{"wallet", "wallet", "session", "session", "session-recorded", "new-grant", "expired-grant", "other-chain", "tampered", "stranger", "high-s", "bad-grant", "unknown-grant"}[s.rng.IntN(13)]
		kinds = append(kinds, kind)
		key := s.sessionKeys[vi][s.rng.IntN(2)]
		ka := escrowAddr(key)
		signer, gi := vk, uint32(0)
		domain := s.e.domain
		addGrant := func(g bindings.BandwidthEscrowGrant) uint32 {
			grants = append(grants, g)
			return uint32(len(grants))
		}
		switch kind {
		case "session", "new-grant", "expired-grant", "bad-grant":
			signer = key
			g, ok := s.grants[[2]common.Address{v, ka}]
			if !ok || kind == "new-grant" {
				limit := big.NewInt(int64(100 + s.rng.IntN(3000)))
				g = s.e.grant(vk, ka, limit, now+uint64(s.rng.IntN(int(s.delay)*3)))
				s.grants[[2]common.Address{v, ka}] = g
			}
			switch kind {
			case "expired-grant":
				g = s.e.grant(vk, ka, g.Limit, now-uint64(s.rng.IntN(100)))
			case "bad-grant":
				g.Limit = new(big.Int).Add(g.Limit, big.NewInt(1))
			}
			gi = addGrant(g)
		case "session-recorded":
			signer = key
		case "other-chain":
			domain = eip712.NewDomain(big.NewInt(1), s.e.addr)
		case "stranger":
			signer = escrowKey("seq stranger")
		case "unknown-grant":
			signer = key
			gi = uint32(len(grants) + 1 + s.rng.IntN(3))
		}
		en := escrowSignReceipt(s.t, domain, v, sa, byteCount, amount, signer, gi)
		switch kind {
		case "tampered":
			en.Amount = new(big.Int).Add(en.Amount, big.NewInt(1))
		case "high-s":
			en.Vs = [32]byte{0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}
		}
		entries = append(entries, en)
	}
	from := s.seeders[si]
	if s.rng.IntN(3) == 0 {
		from = s.relayer
	}
	if grants == nil {
		grants = []bindings.BandwidthEscrowGrant{}
	}
	r := s.e.transact(from, s.e.abi.PackRedeem(sa, grants, entries), nil)
	s.expect(r, true, "redeem")
	at := s.e.blockTime(r)
	got := s.e.outcomes(r, len(entries))
	for i, en := range entries {
		want := s.modelEntry(sa, grants, en, at)
		if got[i].String() != want.String() {
			s.t.Fatalf("step %d: entry %d (%s, amount %s): contract %v, model %v", s.step, i, kinds[i], en.Amount, got[i], want)
		}
		if want.Skip < 0 {
			s.paidEntries++
		} else {
			s.skippedEntries++
		}
	}
	s.log("redeem for %s: %v -> %v", sa, kinds, got)
}

// modelEntry applies one entry to the model, exactly as the contract's rules say, and returns
// its outcome. Signatures are recovered with chain/eip712, independently of the contract.
func (s *escrowSeq) modelEntry(seeder common.Address, grants []bindings.BandwidthEscrowGrant, en bindings.BandwidthEscrowEntry, now uint64) escrowOutcome {
	v := en.Viewer
	pair := [2]common.Address{v, seeder}
	before := escrowGet(s.m.paid, pair)
	if en.Amount.Cmp(before) <= 0 {
		return escrowSkipped(escrowSkipNotNewer)
	}
	bal := escrowGet(s.m.balance, v)
	if bal.Sign() == 0 {
		return escrowSkipped(escrowSkipNoBalance)
	}
	signer, err := eip712.Receipt{Viewer: v, Seeder: seeder, Bytes: en.ByteCount, Amount: en.Amount}.Signer(s.e.domain, eip712.Expand(en.R, en.Vs))
	if err != nil {
		return escrowSkipped(escrowSkipInvalidSignature)
	}
	pay := escrowMin(new(big.Int).Sub(en.Amount, before), bal)
	if signer != v {
		kk := [2]common.Address{v, signer}
		ks, ok := s.m.keys[kk]
		if !ok {
			ks = &escrowKeyModel{spent: new(big.Int), limit: new(big.Int)}
		}
		limit, expiry := ks.limit, ks.expiry
		if en.Grant != 0 {
			if int(en.Grant) > len(grants) {
				return escrowSkipped(escrowSkipUnknownGrant)
			}
			g := grants[en.Grant-1]
			if g.Viewer != v || g.Key != signer {
				return escrowSkipped(escrowSkipUnauthorizedSigner)
			}
			max96 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))
			glimit := escrowMin(g.Limit, max96)
			if glimit.Cmp(limit) != 0 || g.Expiry != expiry {
				gs, err := eip712.Session{Viewer: g.Viewer, Key: g.Key, Limit: g.Limit, Expiry: g.Expiry}.Signer(s.e.domain, eip712.Expand(g.R, g.Vs))
				if err != nil || gs != v {
					return escrowSkipped(escrowSkipBadGrantSignature)
				}
				limit, expiry = glimit, g.Expiry
			}
		} else if expiry == 0 {
			return escrowSkipped(escrowSkipUnauthorizedSigner)
		}
		if now > expiry {
			return escrowSkipped(escrowSkipGrantExpired)
		}
		if ks.spent.Cmp(limit) >= 0 {
			return escrowSkipped(escrowSkipLimitExhausted)
		}
		pay = escrowMin(pay, new(big.Int).Sub(limit, ks.spent))
		s.m.keys[kk] = &escrowKeyModel{spent: new(big.Int).Add(ks.spent, pay), limit: limit, expiry: expiry}
	}
	bal.Sub(bal, pay)
	before.Add(before, pay)
	escrowGet(s.m.earnings, seeder).Add(s.m.earnings[seeder], pay)
	return escrowOutcome{Pay: pay, Skip: -1}
}

// check compares every piece of contract state with the model and checks the solvency
// invariant: the contract holds exactly what it owes to viewers and seeders.
func (s *escrowSeq) check() {
	s.t.Helper()
	e := s.e
	owed := new(big.Int)
	for _, vk := range s.viewers {
		v := escrowAddr(vk)
		want := escrowGet(s.m.balance, v)
		owed.Add(owed, want)
		if got := e.balanceOf(v); got.Cmp(want) != 0 {
			s.t.Errorf("step %d: balanceOf(%s) = %s, model %s", s.step, v, got, want)
		}
		w := e.withdrawal(v)
		if w.UnlockAt != s.m.unlockAt[v] || w.Amount.Cmp(escrowGet(s.m.requested, v)) != 0 {
			s.t.Errorf("step %d: withdrawal(%s) = %+v, model %s at %d", s.step, v, w, s.m.requested[v], s.m.unlockAt[v])
		}
		for _, sk := range s.seeders {
			pair := [2]common.Address{v, escrowAddr(sk)}
			if got := e.paid(pair[0], pair[1]); got.Cmp(escrowGet(s.m.paid, pair)) != 0 {
				s.t.Errorf("step %d: paid%v = %s, model %s", s.step, pair, got, s.m.paid[pair])
			}
		}
	}
	for vi, keys := range s.sessionKeys {
		v := escrowAddr(s.viewers[vi])
		for _, k := range keys {
			got := e.session(v, escrowAddr(k))
			want, ok := s.m.keys[[2]common.Address{v, escrowAddr(k)}]
			if !ok {
				want = &escrowKeyModel{spent: new(big.Int), limit: new(big.Int)}
			}
			if got.Spent.Cmp(want.spent) != 0 || got.Limit.Cmp(want.limit) != 0 || got.Expiry != want.expiry {
				s.t.Errorf("step %d: session(%s, %s) = %+v, model %+v", s.step, v, escrowAddr(k), got, want)
			}
		}
	}
	for i, sk := range s.seeders {
		sa := escrowAddr(sk)
		want := escrowGet(s.m.earnings, sa)
		owed.Add(owed, want)
		if got := e.earnings(sa); got.Cmp(want) != 0 {
			s.t.Errorf("step %d: earnings(%s) = %s, model %s", s.step, sa, got, want)
		}
		if got := e.coinBalance(s.payouts[i]); got.Cmp(escrowGet(s.m.withdrawnEarnings, s.payouts[i])) != 0 {
			s.t.Errorf("step %d: payout address of seeder %d holds %s, was paid %s", s.step, i, got, s.m.withdrawnEarnings[s.payouts[i]])
		}
	}
	if got := e.coinBalance(e.addr); got.Cmp(owed) != 0 {
		s.t.Errorf("step %d: the escrow holds %s and owes %s", s.step, got, owed)
	}
}
