package contracts_test

import (
	"crypto/ecdsa"
	"encoding/binary"
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
	expiry       uint64 // effective: capped to revokedUntil; 0: no grant recorded
	nonce        uint64
	revokedUntil uint64
	grantExpiry  uint64 // the recorded grant's own expiry, once revoked
}

// escrowModel is what the escrow should hold, kept in Go.
type escrowModel struct {
	balance, requested map[common.Address]*big.Int
	unlockAt           map[common.Address]uint64
	paid               map[[2]common.Address]*big.Int
	keys               map[[2]common.Address]*escrowKeyModel
	earnings           map[common.Address]*big.Int
	withdrawnEarnings  map[common.Address]*big.Int // per payout address
	deposited          map[common.Address]*big.Int // everything ever deposited, per viewer
	withdrawn          map[common.Address]*big.Int // everything ever withdrawn, per viewer
}

var (
	escrowMax96  = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))
	escrowMax128 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))
	escrowMax256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
)

// escrowRandBig returns a random integer in [0, n) (0 for n <= 0).
func escrowRandBig(rng *rand.Rand, n *big.Int) *big.Int {
	if n.Sign() <= 0 {
		return new(big.Int)
	}
	words := make([]byte, 0, 40)
	for len(words) < len(n.Bytes())+8 {
		words = binary.BigEndian.AppendUint64(words, rng.Uint64())
	}
	return new(big.Int).Mod(new(big.Int).SetBytes(words), n)
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

// TestEscrowSequence runs deposits (up to the uint128 balance cap), valid and invalid
// redemptions, session grants with nonces (newer, older replayed, conflicting, limits around the
// uint96 cap), revocations, withdrawal requests, cancellations, withdrawals, earnings
// withdrawals and time jumps in a seeded random order. Three seeders share each viewer's balance
// and session keys, and one seeder is also a viewer. After every step it checks that the
// contract's state equals a model kept in Go, that its coin balance equals what it owes, and that
// everyone received exactly what they were owed. Because the model restates the contract's
// rules, it also checks properties stated without them: per viewer, what seeders were paid plus
// what it withdrew plus its balance is what was deposited; a key's recorded nonce never goes
// down and its terms are those of a grant the viewer signed with that nonce; a revocation
// deadline never moves; nothing is paid under a key after its deadline, and a key never spends
// more than the largest limit the viewer signed for it.
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
		withdrawnEarnings: map[common.Address]*big.Int{}, deposited: map[common.Address]*big.Int{},
		withdrawn: map[common.Address]*big.Int{},
	}}
	s.viewers = e.accts[1:4]
	// The third seeder is also the first viewer: it can redeem its own receipts.
	s.seeders = []*ecdsa.PrivateKey{e.accts[4], e.accts[5], e.accts[1]}
	s.relayer = e.accts[7]
	for i := range s.viewers {
		s.sessionKeys = append(s.sessionKeys, []*ecdsa.PrivateKey{escrowKey(fmt.Sprint("seq key ", i, " a")), escrowKey(fmt.Sprint("seq key ", i, " b"))})
	}
	for i := range s.seeders {
		s.payouts = append(s.payouts, common.BigToAddress(big.NewInt(int64(0x5ee000+i))))
	}
	s.grants = map[[2]common.Address][]bindings.BandwidthEscrowGrant{}
	s.lastNonce = map[[2]common.Address]uint64{}
	s.recNonce = map[[2]common.Address]uint64{}
	s.outcomeCount = map[string]int{}
	s.revoked = map[[2]common.Address]uint64{}

	for step := 0; step < *escrowSteps; step++ {
		s.step = step
		switch p := rng.IntN(100); {
		case p < 20:
			s.deposit()
		case p < 52:
			s.redeem()
		case p < 55:
			s.revoke()
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
	t.Logf("outcomes: %v", s.outcomeCount)
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
	grants      map[[2]common.Address][]bindings.BandwidthEscrowGrant // every grant signed per (viewer, key), in order
	lastNonce   map[[2]common.Address]uint64                          // the highest nonce signed per (viewer, key)
	recNonce    map[[2]common.Address]uint64                          // the recorded nonce last seen, per (viewer, key)
	revoked     map[[2]common.Address]uint64                          // the revocation deadline last seen, per (viewer, key)

	paidEntries, skippedEntries, reverts int
	outcomeCount                         map[string]int // skip reasons, and "paid" by size
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
	bal := escrowGet(s.m.balance, v)
	amount := big.NewInt(int64(s.rng.IntN(3000)))
	from := s.pick(append([]*ecdsa.PrivateKey{s.e.accts[0]}, s.viewers...))
	switch s.rng.IntN(40) {
	case 0, 1, 2, 3: // around 2^96: lets session keys reach the uint96 limit cap
		amount = new(big.Int).Add(new(big.Int).Lsh(big.NewInt(1), 95), escrowRandBig(s.rng, new(big.Int).Lsh(big.NewInt(3), 95)))
		from = s.e.accts[escrowFunded-1]
	case 4: // up to the uint128 balance cap, or one wei past it
		amount = new(big.Int).Sub(escrowMax128, bal)
		amount.Add(amount, big.NewInt(int64(s.rng.IntN(2))))
		from = s.e.accts[escrowFunded-1]
	}
	if from == s.e.accts[escrowFunded-1] {
		need := new(big.Int).Add(amount, escrowEther)
		if s.e.coinBalance(escrowAddr(from)).Cmp(need) < 0 {
			return // the rich account ran dry: skip this deposit
		}
	}
	r := s.e.transact(from, s.e.abi.PackDeposit(v), amount)
	ok := amount.Sign() > 0 && new(big.Int).Add(bal, amount).Cmp(escrowMax128) <= 0
	s.expect(r, ok, "deposit")
	if ok {
		bal.Add(bal, amount)
		escrowGet(s.m.deposited, v).Add(s.m.deposited[v], amount)
	}
	s.log("deposit %s for %s: ok=%v", amount, v, ok)
}

// revoke has a viewer revoke one of its session keys (or, now and then, try the zero address or
// its own wallet, which the escrow refuses).
func (s *escrowSeq) revoke() {
	vi := s.rng.IntN(len(s.viewers))
	vk := s.viewers[vi]
	v := escrowAddr(vk)
	key := escrowAddr(s.sessionKeys[vi][s.rng.IntN(2)])
	switch s.rng.IntN(10) {
	case 0:
		key = common.Address{}
	case 1:
		key = v
	}
	r := s.e.transact(vk, s.e.abi.PackRevokeSession(key), nil)
	ok := key != (common.Address{}) && key != v
	s.expect(r, ok, "revokeSession")
	if !ok {
		return
	}
	kk := [2]common.Address{v, key}
	ks := s.keyModel(kk)
	if ks.revokedUntil == 0 {
		ks.revokedUntil = s.e.blockTime(r) + s.delay
		ks.grantExpiry = ks.expiry
		if ks.expiry > ks.revokedUntil {
			ks.expiry = ks.revokedUntil
		}
	}
	ev := escrowLogs(s.t, r, s.e.abi.UnpackSessionRevokedEvent)
	if len(ev) != 1 || ev[0].Deadline != ks.revokedUntil {
		s.t.Fatalf("step %d: SessionRevoked %+v, model deadline %d", s.step, ev, ks.revokedUntil)
	}
	s.log("revoke %s of %s until %d", key, v, ks.revokedUntil)
}

// keyModel returns the model of (viewer, key), created empty.
func (s *escrowSeq) keyModel(kk [2]common.Address) *escrowKeyModel {
	ks, ok := s.m.keys[kk]
	if !ok {
		ks = &escrowKeyModel{spent: new(big.Int), limit: new(big.Int)}
		s.m.keys[kk] = ks
	}
	return ks
}

func (s *escrowSeq) requestWithdraw() {
	vk := s.pick(s.viewers)
	v := escrowAddr(vk)
	bal := escrowGet(s.m.balance, v)
	amount := escrowRandBig(s.rng, new(big.Int).Add(bal, big.NewInt(100)))
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
		escrowGet(s.m.withdrawn, v).Add(s.m.withdrawn[v], pay)
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

// signGrant signs a grant for (viewer vi, key) with nonce, a random limit (now and then around
// the uint96 cap) and a random expiry, and keeps it.
func (s *escrowSeq) signGrant(vi int, key common.Address, nonce uint64, now uint64) bindings.BandwidthEscrowGrant {
	vk := s.viewers[vi]
	limit := big.NewInt(int64(100 + s.rng.IntN(3000)))
	switch s.rng.IntN(8) {
	case 0:
		limit = []*big.Int{new(big.Int).Sub(escrowMax96, big.NewInt(1)), escrowMax96, new(big.Int).Add(escrowMax96, big.NewInt(1)), escrowMax256}[s.rng.IntN(4)]
	case 1:
		limit = escrowRandBig(s.rng, new(big.Int).Lsh(big.NewInt(1), 97))
	}
	g := s.e.grantNonce(vk, key, limit, now+uint64(s.rng.IntN(int(s.delay)*8)), nonce)
	s.keep(escrowAddr(vk), key, g)
	return g
}

// keep records that the viewer signed grant g.
func (s *escrowSeq) keep(viewer, key common.Address, g bindings.BandwidthEscrowGrant) {
	kk := [2]common.Address{viewer, key}
	s.grants[kk] = append(s.grants[kk], g)
	s.lastNonce[kk] = max(s.lastNonce[kk], g.Nonce)
}

// redeem builds a batch of 1-4 entries of random kinds for one seeder, predicts each entry's
// outcome with the model, sends it (from the seeder or a relayer) and compares. Receipt amounts
// grow by a little, by up to 2^97, or jump to 2^256-1.
func (s *escrowSeq) redeem() {
	si := s.rng.IntN(len(s.seeders))
	sa := escrowAddr(s.seeders[si])
	now := s.e.now()
	var grants []bindings.BandwidthEscrowGrant
	var entries []bindings.BandwidthEscrowEntry
	var kinds []string
	var signers []common.Address
	for range 1 + s.rng.IntN(4) {
		vi := s.rng.IntN(len(s.viewers))
		vk := s.viewers[vi]
		v := escrowAddr(vk)
		paid := escrowGet(s.m.paid, [2]common.Address{v, sa})
		amount := new(big.Int).Add(paid, big.NewInt(int64(s.rng.IntN(900)-100)))
		switch s.rng.IntN(16) {
		case 0:
			amount = new(big.Int).Add(paid, escrowRandBig(s.rng, new(big.Int).Lsh(big.NewInt(1), 97)))
		case 1:
			amount = new(big.Int).Set(escrowMax256)
		}
		if amount.Sign() < 0 {
			amount.SetInt64(0)
		}
		if amount.Cmp(escrowMax256) > 0 {
			amount.Set(escrowMax256)
		}
		byteCount := new(big.Int).Mul(amount, big.NewInt(1000))
		if byteCount.Cmp(escrowMax256) > 0 {
			byteCount.Set(escrowMax256)
		}
		kind := []string{"wallet", "wallet", "session", "session", "session-recorded", "session-recorded", "new-grant", "new-grant",
			"old-grant", "old-grant", "conflicting-grant", "expired-grant", "other-chain", "tampered", "stranger", "high-s",
			"bad-grant", "unknown-grant"}[s.rng.IntN(18)]
		kinds = append(kinds, kind)
		key := s.sessionKeys[vi][s.rng.IntN(2)]
		ka := escrowAddr(key)
		kk := [2]common.Address{v, ka}
		signer, gi := vk, uint32(0)
		domain := s.e.domain
		addGrant := func(g bindings.BandwidthEscrowGrant) uint32 {
			grants = append(grants, g)
			return uint32(len(grants))
		}
		switch kind {
		case "session", "new-grant", "old-grant", "conflicting-grant", "expired-grant", "bad-grant":
			signer = key
			signed := s.grants[kk]
			var g bindings.BandwidthEscrowGrant
			switch {
			case len(signed) == 0 || kind == "new-grant":
				// The next nonce, or now and then a jump.
				nonce := uint64(0)
				if len(signed) > 0 {
					nonce = s.lastNonce[kk] + 1 + uint64(s.rng.IntN(2))*uint64(s.rng.IntN(5))
				}
				g = s.signGrant(vi, ka, nonce, now)
			case kind == "old-grant":
				g = signed[s.rng.IntN(len(signed))] // replayed, whatever came after it
			case kind == "conflicting-grant":
				g = s.signGrant(vi, ka, s.lastNonce[kk], now) // the wallet signed the same nonce twice
			default:
				g = signed[len(signed)-1]
			}
			switch kind {
			case "expired-grant":
				g = s.e.grantNonce(vk, ka, g.Limit, now-uint64(s.rng.IntN(100)), s.lastNonce[kk]+1)
				s.keep(v, ka, g)
			case "bad-grant":
				if g.Limit.Cmp(escrowMax256) < 0 {
					g.Limit = new(big.Int).Add(g.Limit, big.NewInt(1))
				} else {
					g.Limit = new(big.Int).Sub(g.Limit, big.NewInt(1))
				}
				g.Nonce += uint64(s.rng.IntN(2))
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
			en.Amount = new(big.Int).Sub(en.Amount, big.NewInt(1))
			if en.Amount.Sign() < 0 {
				en.Amount.SetInt64(1)
			}
		case "high-s":
			en.Vs = [32]byte{0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}
		}
		entries = append(entries, en)
		signers = append(signers, escrowAddr(signer))
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
			var g any
			if en.Grant != 0 && int(en.Grant) <= len(grants) {
				g = grants[en.Grant-1]
			}
			s.t.Fatalf("step %d: entry %d of %v (amount %s, grant %d: %+v): contract %v, model %v", s.step, i, kinds, en.Amount, en.Grant, g, got[i], want)
		}
		switch {
		case want.Skip >= 0:
			s.outcomeCount[want.String()]++
		case want.Pay.BitLen() > 64:
			s.outcomeCount["paid above 2^64"]++
		default:
			s.outcomeCount["paid"]++
		}
		if want.Skip >= 0 {
			s.skippedEntries++
			continue
		}
		s.paidEntries++
		// Stated without the contract's rules: nothing is paid under a key after its revocation
		// deadline.
		if signers[i] != en.Viewer {
			if ks := s.m.keys[[2]common.Address{en.Viewer, signers[i]}]; ks.revokedUntil != 0 && at > ks.revokedUntil {
				s.t.Fatalf("step %d: entry %d paid under key %s at %d, revoked until %d", s.step, i, signers[i], at, ks.revokedUntil)
			}
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
		ks := s.keyModel([2]common.Address{v, signer})
		limit, expiry := ks.limit, ks.expiry
		if en.Grant != 0 {
			if int(en.Grant) > len(grants) {
				return escrowSkipped(escrowSkipUnknownGrant)
			}
			g := grants[en.Grant-1]
			if g.Viewer != v || g.Key != signer {
				return escrowSkipped(escrowSkipUnauthorizedSigner)
			}
			glimit := escrowMin(g.Limit, escrowMax96)
			if glimit.Cmp(limit) != 0 || g.Expiry != expiry {
				if ks.expiry != 0 && g.Nonce <= ks.nonce {
					// Only the recorded grant itself passes.
					signedExpiry := ks.expiry
					if ks.revokedUntil != 0 {
						signedExpiry = ks.grantExpiry
					}
					if g.Nonce < ks.nonce || glimit.Cmp(limit) != 0 || g.Expiry != signedExpiry {
						return escrowSkipped(escrowSkipGrantSuperseded)
					}
				} else {
					// A newer grant: verified, then recorded before the entry's own checks.
					if g.Expiry == 0 {
						return escrowSkipped(escrowSkipGrantExpired)
					}
					gs, err := eip712.Session{Viewer: g.Viewer, Key: g.Key, Limit: g.Limit, Expiry: g.Expiry, Nonce: g.Nonce}.Signer(s.e.domain, eip712.Expand(g.R, g.Vs))
					if err != nil || gs != v {
						return escrowSkipped(escrowSkipBadGrantSignature)
					}
					expiry = g.Expiry
					if ks.revokedUntil != 0 {
						ks.grantExpiry = g.Expiry
						expiry = min(expiry, ks.revokedUntil)
					}
					limit = glimit
					ks.limit, ks.expiry, ks.nonce = limit, expiry, g.Nonce
				}
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
		ks.spent = new(big.Int).Add(ks.spent, pay)
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
		spentByKeys := new(big.Int)
		for _, k := range keys {
			kk := [2]common.Address{v, escrowAddr(k)}
			got := e.session(v, escrowAddr(k))
			want, ok := s.m.keys[kk]
			if !ok {
				want = &escrowKeyModel{spent: new(big.Int), limit: new(big.Int)}
			}
			if got.Spent.Cmp(want.spent) != 0 || got.Limit.Cmp(want.limit) != 0 || got.Expiry != want.expiry ||
				got.Nonce != want.nonce || got.RevokedUntil != want.revokedUntil {
				s.t.Errorf("step %d: session(%s, %s) = %+v, model %+v", s.step, v, escrowAddr(k), got, want)
			}
			spentByKeys.Add(spentByKeys, got.Spent)
			s.checkKeyProperties(kk, got)
		}
		// Stated without the contract's rules: what seeders were paid for the viewer, what it
		// withdrew and what it holds add up to what was deposited for it (so all seeders
		// together never got more than its deposits); its keys spent part of what seeders got.
		paidOut := new(big.Int)
		for _, sk := range s.seeders {
			paidOut.Add(paidOut, e.paid(v, escrowAddr(sk)))
		}
		total := new(big.Int).Add(paidOut, e.balanceOf(v))
		total.Add(total, escrowGet(s.m.withdrawn, v))
		if total.Cmp(escrowGet(s.m.deposited, v)) != 0 {
			s.t.Errorf("step %d: viewer %s: paid %s + balance + withdrawn %s = %s, deposited %s", s.step, v, paidOut, s.m.withdrawn[v], total, s.m.deposited[v])
		}
		if spentByKeys.Cmp(paidOut) > 0 {
			s.t.Errorf("step %d: viewer %s: its keys spent %s, seeders were paid %s", s.step, v, spentByKeys, paidOut)
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

// checkKeyProperties checks a key's record against what the viewer signed, without the
// contract's rules: the recorded nonce never goes down and its terms are those of a grant the
// viewer signed with that nonce (expiry capped to the revocation deadline); the deadline, once
// set, never moves; the key never spent more than the largest limit (capped) the viewer signed.
func (s *escrowSeq) checkKeyProperties(kk [2]common.Address, got bindings.SessionOutput) {
	if got.Expiry != 0 {
		if got.Nonce < s.recNonce[kk] {
			s.t.Errorf("step %d: key %s: recorded nonce went down from %d to %d", s.step, kk[1], s.recNonce[kk], got.Nonce)
		}
		s.recNonce[kk] = got.Nonce
		found := false
		for _, g := range s.grants[kk] {
			exp := g.Expiry
			if got.RevokedUntil != 0 {
				exp = min(exp, got.RevokedUntil)
			}
			if g.Nonce == got.Nonce && escrowMin(g.Limit, escrowMax96).Cmp(got.Limit) == 0 && exp == got.Expiry {
				found = true
				break
			}
		}
		if !found {
			s.t.Errorf("step %d: key %s: recorded terms %+v are no grant the viewer signed with nonce %d", s.step, kk[1], got, got.Nonce)
		}
	}
	if was := s.revoked[kk]; was != 0 && got.RevokedUntil != was {
		s.t.Errorf("step %d: key %s: revocation deadline moved from %d to %d", s.step, kk[1], was, got.RevokedUntil)
	}
	s.revoked[kk] = got.RevokedUntil
	largest := new(big.Int)
	for _, g := range s.grants[kk] {
		if l := escrowMin(g.Limit, escrowMax96); l.Cmp(largest) > 0 {
			largest = l
		}
	}
	if got.Spent.Cmp(largest) > 0 {
		s.t.Errorf("step %d: key %s spent %s, more than any limit signed for it (%s)", s.step, kk[1], got.Spent, largest)
	}
}
