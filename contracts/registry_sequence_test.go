package contracts_test

import (
	"context"
	"flag"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	bindings "github.com/swarmgate/swarmgate/contracts/bindings/contentregistry"
)

var (
	registrySteps = flag.Int("registry.steps", 300, "number of random steps TestRegistrySequence runs")
	registrySeed  = flag.Uint64("registry.seed", 0, "seed for TestRegistrySequence (0: from the clock)")
)

// registryModel is the test's own account of what the registry should hold and owe.
type registryModel struct {
	feeBps   int64
	items    []registryModelItem // index contentId-1
	owed     map[common.Address]map[common.Address]*big.Int
	credited map[common.Address]map[common.Address]*big.Int // everything ever credited
	paid     map[common.Address]map[common.Address]*big.Int // everything ever withdrawn
	bought   map[[2]any]uint64                              // (contentId, account) -> purchase expiry
	subs     map[[2]common.Address]uint64                   // (creator, subscriber) -> expiry
	channels map[common.Address]registryModelChannel
	quoted   map[common.Address]registryModelChannel // the channel terms before the last change
}

type registryModelItem struct {
	creator common.Address // who registered it; never changes
	owner   common.Address
	policy  bindings.ContentRegistryPolicy
	quoted  bindings.ContentRegistryPolicy // the policy a slow buyer read: the one before the last update
}

type registryModelChannel struct {
	price    int64
	currency common.Address
	period   uint64
}

func registryAdd(m map[common.Address]map[common.Address]*big.Int, who, cur common.Address, x *big.Int) {
	if m[who] == nil {
		m[who] = map[common.Address]*big.Int{}
	}
	if m[who][cur] == nil {
		m[who][cur] = new(big.Int)
	}
	m[who][cur].Add(m[who][cur], x)
}

func registryGet(m map[common.Address]map[common.Address]*big.Int, who, cur common.Address) *big.Int {
	if v := m[who][cur]; v != nil {
		return v
	}
	return new(big.Int)
}

// credit mirrors the contract's split rule: fee first, then floor shares, dust to the owner.
func (m *registryModel) credit(treasury, owner, cur common.Address, amount *big.Int, payees []bindings.ContentRegistryPayee) {
	add := func(who common.Address, x *big.Int) {
		if x.Sign() == 0 {
			return
		}
		registryAdd(m.owed, who, cur, x)
		registryAdd(m.credited, who, cur, x)
	}
	fee := new(big.Int).Div(new(big.Int).Mul(amount, big.NewInt(m.feeBps)), big.NewInt(10000))
	add(treasury, fee)
	net := new(big.Int).Sub(amount, fee)
	rest := new(big.Int).Set(net)
	for _, p := range payees {
		share := new(big.Int).Div(new(big.Int).Mul(net, big.NewInt(int64(p.ShareBps))), big.NewInt(10000))
		to := p.Account
		if to == (common.Address{}) {
			to = owner
		}
		add(to, share)
		rest.Sub(rest, share)
	}
	add(owner, rest)
}

// TestRegistrySequence runs registrations, purchases, subscriptions, channel and policy
// changes, transfers, withdrawals and time jumps in random order against an independent model.
// After every step, for each currency: the registry's holdings equal the sum of what it owes,
// each account's on-chain balance owed matches the model, and nobody has withdrawn more than
// was credited to them; and for one random item, access, owner, creator and the ERC-2981
// royalty (always to the creator) match the model. Run longer with -registry.steps=N;
// reproduce with -registry.seed=S.
func TestRegistrySequence(t *testing.T) {
	t.Parallel()
	seed := *registrySeed
	if seed == 0 {
		seed = uint64(time.Now().UnixNano())
	}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("reproduce with: go test ./contracts -run TestRegistrySequence -registry.seed=%d -registry.steps=%d", seed, *registrySteps)
		}
	})
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	const feeBps = 250
	e := newRegistryEnv(t, feeBps, 5)
	currencies := []common.Address{registryNative, e.erc20Addr, e.noboolAddr}
	accounts := []common.Address{e.treasury.addr, e.receiverAddr}
	for _, u := range e.users {
		accounts = append(accounts, u.addr)
	}
	m := &registryModel{
		feeBps: feeBps, owed: map[common.Address]map[common.Address]*big.Int{},
		credited: map[common.Address]map[common.Address]*big.Int{}, paid: map[common.Address]map[common.Address]*big.Int{},
		bought: map[[2]any]uint64{}, subs: map[[2]common.Address]uint64{}, channels: map[common.Address]registryModelChannel{},
		quoted: map[common.Address]registryModelChannel{},
	}
	e.send(e.users[0], e.receiverAddr, e.receiver.PackConfigure(e.regAddr, 0), nil)
	user := func() *registryAccount { return e.users[rng.IntN(len(e.users))] }
	byAddr := func(a common.Address) *registryAccount {
		for _, u := range e.users {
			if u.addr == a {
				return u
			}
		}
		t.Fatalf("no account for %s", a)
		return nil
	}
	blockTime := func(rcpt *types.Receipt) uint64 {
		h, err := e.client.HeaderByNumber(context.Background(), rcpt.BlockNumber)
		if err != nil {
			t.Fatal(err)
		}
		return h.Time
	}
	randomPolicy := func() bindings.ContentRegistryPolicy {
		model := uint8(rng.IntN(4))
		if model == registryFree || model == registryExclusive {
			p := registryPolicy(model, 0, registryNative, 0)
			p.Subscribers = model == registryExclusive && rng.IntN(2) == 0
			return p
		}
		var duration uint64
		if model == registryRent {
			duration = uint64(3600 * (1 + rng.IntN(48)))
		}
		var payees []bindings.ContentRegistryPayee
		if n := rng.IntN(5); n > 0 {
			pool := append([]common.Address{{}, e.receiverAddr}, accounts[2:]...)
			rng.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
			left := 10000
			for i := range n {
				share := left
				if i < n-1 {
					share = 1 + rng.IntN(left-(n-1-i))
				}
				payees = append(payees, bindings.ContentRegistryPayee{Account: pool[i], ShareBps: uint16(share)})
				left -= share
			}
		}
		p := registryPolicy(model, 1+rng.Int64N(1e12), currencies[rng.IntN(3)], duration, payees...)
		p.Subscribers = rng.IntN(2) == 0
		p.RoyaltyBps = uint16(rng.IntN(1001))
		return p
	}
	expectedAccess := func(id int, who common.Address) uint64 {
		it := m.items[id-1]
		if who == it.owner || it.policy.Model == registryFree {
			return registryPerpetual
		}
		exp := m.bought[[2]any{id, who}]
		if exp == registryPerpetual {
			return exp
		}
		if it.policy.Subscribers {
			exp = max(exp, m.subs[[2]common.Address{it.owner, who}])
		}
		return exp
	}

	steps := *registrySteps
	done := map[string]int{}
	defer func() { t.Logf("seed %d, %d steps: %v", seed, steps, done) }()
	for step := range steps {
		var action string
		switch r := rng.IntN(100); {
		case r < 15 || len(m.items) == 0:
			action = "register"
			creator := user()
			p := randomPolicy()
			id := e.register(creator, registryHash(10_000+step), p)
			if int(id.Int64()) != len(m.items)+1 {
				t.Fatalf("step %d: contentId %s, want %d", step, id, len(m.items)+1)
			}
			m.items = append(m.items, registryModelItem{creator: creator.addr, owner: creator.addr, policy: p, quoted: p})
		case r < 50:
			action = "purchase"
			id := 1 + rng.IntN(len(m.items))
			it := m.items[id-1]
			buyer, recipient := user(), user()
			// The buyer states the terms it read: the current ones, or (a slow buyer) the ones
			// before the owner's last policy update.
			q := it.policy
			if rng.IntN(2) == 0 {
				q = it.quoted
			}
			data := e.reg.PackPurchase(big.NewInt(int64(id)), recipient.addr, q.Price, q.Currency, q.Duration)
			p := it.policy
			if p.Model != registryBuy && p.Model != registryRent {
				e.expectRevert(buyer, e.regAddr, data, nil, &bindings.ContentRegistryNotForSale{ContentId: big.NewInt(int64(id))}, nil)
				break
			}
			if q.Price.Cmp(p.Price) != 0 || q.Currency != p.Currency || q.Duration != p.Duration {
				action = "purchase at changed terms"
				var value *big.Int
				if q.Currency == registryNative {
					value = q.Price
				} else if p.Currency != registryNative {
					e.fund(p.Currency, buyer, p.Price) // a leftover allowance that would cover the new price
				}
				e.expectRevert(buyer, e.regAddr, data, value, &bindings.ContentRegistryTermsChanged{ExpectedPrice: q.Price, ExpectedCurrency: q.Currency,
					ExpectedDuration: q.Duration, Price: p.Price, Currency: p.Currency, Duration: p.Duration}, nil)
				break
			}
			cur := m.bought[[2]any{id, recipient.addr}]
			if cur == registryPerpetual {
				e.expectRevert(buyer, e.regAddr, data, p.Price, &bindings.ContentRegistryAlreadyPerpetual{ContentId: big.NewInt(int64(id)), Recipient: recipient.addr}, nil)
				break
			}
			var value *big.Int
			if p.Currency == registryNative {
				value = p.Price
			} else {
				e.fund(p.Currency, buyer, p.Price)
			}
			rcpt := e.send(buyer, e.regAddr, data, value)
			want := registryPerpetual
			if p.Model == registryRent {
				want = max(cur, blockTime(rcpt)) + p.Duration
			}
			ev := registryOneEvent(e, rcpt, e.reg.UnpackPurchasedEvent)
			if ev.Expiry != want {
				t.Fatalf("step %d: purchase expiry %d, want %d", step, ev.Expiry, want)
			}
			m.bought[[2]any{id, recipient.addr}] = want
			m.credit(e.treasury.addr, it.owner, p.Currency, p.Price, p.Payees)
		case r < 60:
			action = "setChannel"
			creator := user()
			if rng.IntN(5) == 0 {
				e.send(creator, e.regAddr, e.reg.PackSetChannel(new(big.Int), registryNative, 0), nil)
				delete(m.channels, creator.addr)
				break
			}
			ch := registryModelChannel{price: 1 + rng.Int64N(1e9), currency: currencies[rng.IntN(3)], period: uint64(86400 * (1 + rng.IntN(30)))}
			e.send(creator, e.regAddr, e.reg.PackSetChannel(big.NewInt(ch.price), ch.currency, ch.period), nil)
			if old, ok := m.channels[creator.addr]; ok {
				m.quoted[creator.addr] = old
			} else {
				m.quoted[creator.addr] = ch
			}
			m.channels[creator.addr] = ch
		case r < 72:
			action = "subscribe"
			creator, fan := user(), user()
			periods := uint32(1 + rng.IntN(3))
			ch, ok := m.channels[creator.addr]
			if !ok {
				e.expectRevert(fan, e.regAddr, e.packSubscribe(creator.addr, periods), nil, &bindings.ContentRegistryChannelClosed{Creator: creator.addr}, nil)
				break
			}
			q := ch
			if rng.IntN(2) == 0 {
				q = m.quoted[creator.addr]
			}
			data := e.reg.PackSubscribe(creator.addr, periods, big.NewInt(q.price), q.currency, q.period)
			amount := new(big.Int).Mul(big.NewInt(ch.price), big.NewInt(int64(periods)))
			var value *big.Int
			if ch.currency == registryNative {
				value = amount
			} else {
				e.fund(ch.currency, fan, amount)
			}
			if q != ch {
				action = "subscribe at changed terms"
				if q.currency == registryNative {
					value = new(big.Int).Mul(big.NewInt(q.price), big.NewInt(int64(periods)))
				}
				e.expectRevert(fan, e.regAddr, data, value, &bindings.ContentRegistryTermsChanged{ExpectedPrice: big.NewInt(q.price), ExpectedCurrency: q.currency,
					ExpectedDuration: q.period, Price: big.NewInt(ch.price), Currency: ch.currency, Duration: ch.period}, nil)
				break
			}
			rcpt := e.send(fan, e.regAddr, data, value)
			key := [2]common.Address{creator.addr, fan.addr}
			want := max(m.subs[key], blockTime(rcpt)) + ch.period*uint64(periods)
			if ev := registryOneEvent(e, rcpt, e.reg.UnpackSubscribedEvent); ev.Expiry != want {
				t.Fatalf("step %d: subscription expiry %d, want %d", step, ev.Expiry, want)
			}
			m.subs[key] = want
			m.credit(e.treasury.addr, creator.addr, ch.currency, amount, nil)
		case r < 78:
			action = "updatePolicy"
			id := 1 + rng.IntN(len(m.items))
			p := randomPolicy()
			it := &m.items[id-1]
			if rng.IntN(2) == 0 {
				p.RoyaltyBps = it.policy.RoyaltyBps
			}
			owner := byAddr(it.owner)
			// The royalty is the creator's: an owner who is not the creator must keep the rate.
			if it.owner != it.creator && p.RoyaltyBps != it.policy.RoyaltyBps {
				action = "updatePolicy refused (royalty)"
				e.expectRevert(owner, e.regAddr, e.reg.PackUpdatePolicy(big.NewInt(int64(id)), p), nil, &bindings.ContentRegistryInvalidPolicy{Fault: 11}, nil)
				break
			}
			e.send(owner, e.regAddr, e.reg.PackUpdatePolicy(big.NewInt(int64(id)), p), nil)
			it.quoted, it.policy = it.policy, p
		case r < 84:
			action = "transfer"
			id := 1 + rng.IntN(len(m.items))
			owner := byAddr(m.items[id-1].owner)
			to := user()
			e.send(owner, e.regAddr, e.reg.PackTransferFrom(owner.addr, to.addr, big.NewInt(int64(id))), nil)
			m.items[id-1].owner = to.addr
		case r < 95:
			action = "withdraw"
			cur := currencies[rng.IntN(3)]
			sender := user()
			payee, to, data := sender.addr, e.regAddr, e.reg.PackWithdraw(cur)
			switch rng.IntN(4) {
			case 0:
				sender = e.treasury
				payee, data = e.treasury.addr, e.reg.PackWithdraw(cur)
			case 1: // the contract payee withdraws through TestReceiver
				payee, to, data = e.receiverAddr, e.receiverAddr, e.receiver.PackPull(cur)
			}
			owed := registryGet(m.owed, payee, cur)
			if owed.Sign() == 0 {
				e.expectRevert(sender, to, data, nil, &bindings.ContentRegistryNothingToWithdraw{Payee: payee, Currency: cur}, nil)
				break
			}
			before := e.balance(cur, payee)
			rcpt := e.send(sender, to, data, nil)
			got := new(big.Int).Sub(e.balance(cur, payee), before)
			if cur == registryNative && payee == sender.addr {
				got.Add(got, new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice))
			}
			if got.Cmp(owed) != 0 {
				t.Fatalf("step %d: %s received %s, owed %s", step, payee, got, owed)
			}
			registryAdd(m.paid, payee, cur, owed)
			m.owed[payee][cur] = new(big.Int)
		default:
			action = "advance"
			e.advance(time.Duration(rng.IntN(2*86400)) * time.Second)
		}

		done[action]++

		// Invariants after every step.
		for _, cur := range currencies {
			sum := new(big.Int)
			for _, a := range accounts {
				onchain := e.owed(a, cur)
				if want := registryGet(m.owed, a, cur); onchain.Cmp(want) != 0 {
					t.Fatalf("step %d (%s): owed(%s, %s) = %s, model %s", step, action, a, cur, onchain, want)
				}
				if registryGet(m.paid, a, cur).Cmp(registryGet(m.credited, a, cur)) > 0 {
					t.Fatalf("step %d (%s): %s withdrew more than was credited", step, action, a)
				}
				sum.Add(sum, onchain)
			}
			if held := e.balance(cur, e.regAddr); held.Cmp(sum) != 0 {
				t.Fatalf("step %d (%s): registry holds %s of %s, owes %s", step, action, held, cur, sum)
			}
		}
		if len(m.items) > 0 {
			id := 1 + rng.IntN(len(m.items))
			who := user().addr
			if got, want := e.accessExpiry(big.NewInt(int64(id)), who), expectedAccess(id, who); got != want {
				t.Fatalf("step %d (%s): accessExpiry(%d, %s) = %d, model %d", step, action, id, who, got, want)
			}
			// ERC-2981 pays the creator whoever owns the token, at the current policy's rate.
			it, price := m.items[id-1], big.NewInt(1+rng.Int64N(1e18))
			roy := registryView(e, e.reg.PackRoyaltyInfo(big.NewInt(int64(id)), price), e.reg.UnpackRoyaltyInfo)
			want := new(big.Int).Div(new(big.Int).Mul(price, big.NewInt(int64(it.policy.RoyaltyBps))), big.NewInt(10_000))
			if roy.Receiver != it.creator || roy.RoyaltyAmount.Cmp(want) != 0 {
				t.Fatalf("step %d (%s): royaltyInfo(%d, %s) = (%s, %s), model (%s, %s)", step, action, id, price, roy.Receiver, roy.RoyaltyAmount, it.creator, want)
			}
			if got := registryView(e, e.reg.PackCreatorOf(big.NewInt(int64(id))), e.reg.UnpackCreatorOf); got != it.creator {
				t.Fatalf("step %d (%s): creatorOf(%d) = %s, model %s", step, action, id, got, it.creator)
			}
			if got := registryView(e, e.reg.PackOwnerOf(big.NewInt(int64(id))), e.reg.UnpackOwnerOf); got != it.owner {
				t.Fatalf("step %d (%s): ownerOf(%d) = %s, model %s", step, action, id, got, it.owner)
			}
		}
	}
}
