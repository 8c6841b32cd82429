package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/node"

	bindings "github.com/swarmgate/swarmgate/contracts/bindings/contentregistry"
)

// registryBenchPolicy is a typical policy: a 48-hour rental in the native coin, split between
// the owner and a collaborator.
func registryBenchPolicy(collaborator common.Address) bindings.ContentRegistryPolicy {
	p := registryPolicy(registryRent, 1e15, registryNative, 48*3600,
		bindings.ContentRegistryPayee{ShareBps: 8000}, bindings.ContentRegistryPayee{Account: collaborator, ShareBps: 2000})
	p.Subscribers = true
	p.RoyaltyBps = 500
	return p
}

// BenchmarkRegistryGas reports the gas each registry operation uses (gas/op), next to two
// baselines measured on the same chain: a plain native transfer and an ERC-721 mint. It runs on
// Osaka rules (mainnet and L2s today) and on the dev chain's default rules, which include the
// unreleased Bogota fork's state-gas repricing. Gas does not depend on the machine; ns/op is the
// simulated chain's time per transaction.
func BenchmarkRegistryGas(b *testing.B) {
	b.Run("osaka", func(b *testing.B) { registryBenchGas(b, registryOsaka) })
	b.Run("devchain", func(b *testing.B) { registryBenchGas(b) })
}

func registryBenchGas(b *testing.B, options ...func(*node.Config, *ethconfig.Config)) {
	e := newRegistryEnv(b, 250, 4, options...)
	creator, buyer, collaborator, fan := e.users[0], e.users[1], e.users[2], e.users[3]
	seq := 0
	next := func() common.Hash { seq++; return registryHash(1_000_000 + seq) }
	fresh := func() common.Address {
		return common.BytesToAddress(crypto.Keccak256([]byte{byte(seq >> 8), byte(seq)})[:20])
	}

	nativeItem := e.register(creator, next(), registryBenchPolicy(collaborator.addr))
	tokenPolicy := registryBenchPolicy(collaborator.addr)
	tokenPolicy.Currency, tokenPolicy.Price = e.noboolAddr, big.NewInt(5_000_000)
	tokenItem := e.register(creator, next(), tokenPolicy)
	e.fund(e.noboolAddr, buyer, new(big.Int).Lsh(big.NewInt(1), 200))
	e.send(creator, e.regAddr, e.reg.PackSetChannel(big.NewInt(1e15), registryNative, 30*86400), nil)
	// Warm the fee recipient's and payees' balances, as on a live registry.
	e.purchase(buyer, nativeItem, buyer.addr, big.NewInt(1e15))
	e.purchase(buyer, tokenItem, buyer.addr, nil)

	measure := func(b *testing.B, op func() uint64) {
		b.Helper()
		var total uint64
		for b.Loop() {
			total += op()
		}
		b.ReportMetric(float64(total)/float64(b.N), "gas/op")
	}
	b.Run("baseline-native-transfer", func(b *testing.B) {
		e.t = b
		measure(b, func() uint64 { seq++; return e.send(buyer, fresh(), nil, big.NewInt(1)).GasUsed })
	})
	b.Run("baseline-erc721-mint", func(b *testing.B) {
		e.t = b
		measure(b, func() uint64 {
			seq++
			return e.send(creator, e.nftAddr, e.nft.PackMint(creator.addr, big.NewInt(int64(seq))), nil).GasUsed
		})
	})
	b.Run("register", func(b *testing.B) {
		e.t = b
		measure(b, func() uint64 { return e.registerTx(creator, next(), registryBenchPolicy(collaborator.addr)).GasUsed })
	})
	b.Run("registerWithSig", func(b *testing.B) {
		e.t = b
		p := registryBenchPolicy(collaborator.addr)
		measure(b, func() uint64 {
			r, sig := e.signedRegistration(creator, next(), p, e.now()+3600)
			return e.send(buyer, e.regAddr, e.packRegisterWithSig(r, p, sig), nil).GasUsed
		})
	})
	b.Run("purchase-native", func(b *testing.B) {
		e.t = b
		measure(b, func() uint64 {
			seq++
			return e.purchase(buyer, nativeItem, fresh(), big.NewInt(1e15)).GasUsed
		})
	})
	b.Run("purchase-erc20", func(b *testing.B) {
		e.t = b
		measure(b, func() uint64 {
			seq++
			return e.purchase(buyer, tokenItem, fresh(), nil).GasUsed
		})
	})
	b.Run("subscribe-renew", func(b *testing.B) {
		e.t = b
		measure(b, func() uint64 {
			return e.send(fan, e.regAddr, e.packSubscribe(creator.addr, 1), big.NewInt(1e15)).GasUsed
		})
	})
	// Policy updates change the price of an item of their own (the same payees, so the same slots).
	policyItem := e.register(creator, next(), registryBenchPolicy(collaborator.addr))
	b.Run("updatePolicy", func(b *testing.B) {
		e.t = b
		p := registryBenchPolicy(collaborator.addr)
		measure(b, func() uint64 {
			seq++
			p.Price = big.NewInt(1e15 + int64(seq))
			return e.send(creator, e.regAddr, e.reg.PackUpdatePolicy(policyItem, p), nil).GasUsed
		})
	})
	b.Run("updatePolicyWithSig", func(b *testing.B) {
		e.t = b
		p := registryBenchPolicy(collaborator.addr)
		measure(b, func() uint64 {
			seq++
			p.Price = big.NewInt(1e15 + int64(seq))
			u, sig := e.signedPolicyUpdate(creator, creator.addr, policyItem, p, e.now()+3600)
			return e.send(buyer, e.regAddr, e.reg.PackUpdatePolicyWithSig(policyItem, p, u.Deadline, sig), nil).GasUsed
		})
	})
	b.Run("withdraw-native", func(b *testing.B) {
		e.t = b
		measure(b, func() uint64 {
			e.purchase(buyer, nativeItem, buyer.addr, big.NewInt(1e15))
			return e.send(collaborator, e.regAddr, e.reg.PackWithdraw(registryNative), nil).GasUsed
		})
	})
	b.Run("withdraw-erc20", func(b *testing.B) {
		e.t = b
		measure(b, func() uint64 {
			e.purchase(buyer, tokenItem, buyer.addr, nil)
			return e.send(collaborator, e.regAddr, e.reg.PackWithdraw(e.noboolAddr), nil).GasUsed
		})
	})
}
