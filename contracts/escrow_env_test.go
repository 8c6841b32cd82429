package contracts_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"github.com/swarmgate/swarmgate/chain/eip712"
	bindings "github.com/swarmgate/swarmgate/contracts/bindings/bandwidthescrow"
)

// escrowFunded is how many deterministic accounts the genesis block funds.
const escrowFunded = 12

// escrowTxGas is the gas limit of every test transaction (below Osaka's 2^24 per-tx cap).
const escrowTxGas = 16_000_000

// escrowEther is 1 ether in wei.
var escrowEther = big.NewInt(1e18)

// escrowKey returns a deterministic private key for name.
func escrowKey(name string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("swarmgate escrow test " + name)))
	if err != nil {
		panic(err)
	}
	return k
}

// escrowAddr is the address of key k.
func escrowAddr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// escrowEnv is a simulated chain with a freshly deployed BandwidthEscrow and funded accounts.
type escrowEnv struct {
	tb      testing.TB
	backend *simulated.Backend
	client  simulated.Client
	chainID *big.Int
	abi     *bindings.BandwidthEscrow
	addr    common.Address
	domain  eip712.Domain
	delay   uint64
	accts   []*ecdsa.PrivateKey
	nonces  map[common.Address]uint64 // next nonce per sender, once known
}

// escrowNewEnv starts a simulated chain with Osaka's gas schedule (what Ethereum and the L2s
// charge today) and deploys an escrow with the given unlock delay.
func escrowNewEnv(tb testing.TB, delay uint64) *escrowEnv {
	tb.Helper()
	return escrowNewEnvFork(tb, delay, false)
}

// escrowNewEnvFork is escrowNewEnv; with bogota it keeps go-ethereum v1.17's dev-chain default,
// the draft "Bogota" fork, which includes Amsterdam's EIP-8037/8038 gas schedule (a new storage
// slot costs about 110,000 gas instead of 22,100).
func escrowNewEnvFork(tb testing.TB, delay uint64, bogota bool) *escrowEnv {
	tb.Helper()
	e := &escrowEnv{tb: tb, abi: bindings.NewBandwidthEscrow(), delay: delay, nonces: map[common.Address]uint64{}}
	alloc := types.GenesisAlloc{}
	rich := new(big.Int).Mul(escrowEther, big.NewInt(1_000_000_000))
	for i := range escrowFunded {
		k := escrowKey(fmt.Sprint("account ", i))
		e.accts = append(e.accts, k)
		alloc[escrowAddr(k)] = types.Account{Balance: rich}
	}
	// The last account holds more than a uint128 balance, to reach BalanceOverflow.
	alloc[escrowAddr(e.accts[escrowFunded-1])] = types.Account{Balance: new(big.Int).Lsh(big.NewInt(1), 130)}
	e.backend = simulated.NewBackend(alloc, func(_ *node.Config, ec *ethconfig.Config) {
		ec.Genesis.GasLimit = 120_000_000
		ec.Miner.GasCeil = 120_000_000
		if !bogota {
			cfg := *ec.Genesis.Config
			cfg.BogotaTime = nil
			cfg.AmsterdamTime = nil
			ec.Genesis.Config = &cfg
		}
	})
	tb.Cleanup(func() { _ = e.backend.Close() })
	e.client = e.backend.Client()
	id, err := e.client.ChainID(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	e.chainID = id
	opts := bind.NewKeyedTransactor(e.accts[0], id)
	addr, tx, err := bind.DeployContract(opts, common.FromHex(bindings.BandwidthEscrowMetaData.Bin), e.client, e.abi.PackConstructor(delay))
	if err != nil {
		tb.Fatal(err)
	}
	if r := e.mine(tx)[0]; r.Status != types.ReceiptStatusSuccessful {
		tb.Fatal("escrow deployment failed")
	}
	e.addr = addr
	e.domain = eip712.NewDomain(id, addr)
	return e
}

// mine commits blocks until every transaction in txs is mined and returns their receipts. The
// pool hands new transactions to the block builder asynchronously, so a transaction sent just
// before a Commit can miss that block.
func (e *escrowEnv) mine(txs ...*types.Transaction) []*types.Receipt {
	e.tb.Helper()
	out := make([]*types.Receipt, len(txs))
	for attempt := 0; ; attempt++ {
		e.backend.Commit()
		missing := 0
		for i, tx := range txs {
			if out[i] != nil {
				continue
			}
			r, err := e.client.TransactionReceipt(context.Background(), tx.Hash())
			switch {
			case err == nil:
				out[i] = r
			case errors.Is(err, ethereum.NotFound):
				missing++
			default:
				e.tb.Fatalf("receipt of %s: %v", tx.Hash(), err)
			}
		}
		if missing == 0 {
			return out
		}
		if attempt == 100 {
			e.tb.Fatalf("%d transactions still not mined", missing)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// submit signs and sends a transaction to the escrow from `from` without mining it and without
// a preflight call, so a transaction that reverts is mined with status 0.
func (e *escrowEnv) submit(from *ecdsa.PrivateKey, data []byte, value *big.Int) *types.Transaction {
	e.tb.Helper()
	ctx := context.Background()
	// Nonces are counted here: right after a block the pool may still report a stale one.
	sender := escrowAddr(from)
	nonce, known := e.nonces[sender]
	if !known {
		n, err := e.client.NonceAt(ctx, sender, nil)
		if err != nil {
			e.tb.Fatal(err)
		}
		nonce = n
	}
	e.nonces[sender] = nonce + 1
	head, err := e.client.HeaderByNumber(ctx, nil)
	if err != nil {
		e.tb.Fatal(err)
	}
	tip := big.NewInt(1e9)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	if value == nil {
		value = new(big.Int)
	}
	tx, err := types.SignNewTx(from, types.LatestSignerForChainID(e.chainID), &types.DynamicFeeTx{
		ChainID: e.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: escrowTxGas,
		To: &e.addr, Value: value, Data: data,
	})
	if err != nil {
		e.tb.Fatal(err)
	}
	if err := e.client.SendTransaction(ctx, tx); err != nil {
		e.tb.Fatal(err)
	}
	return tx
}

// transact sends a transaction, mines it and returns its receipt, whatever its status.
func (e *escrowEnv) transact(from *ecdsa.PrivateKey, data []byte, value *big.Int) *types.Receipt {
	e.tb.Helper()
	return e.mine(e.submit(from, data, value))[0]
}

// ok sends a transaction that must succeed; it reports the revert error if it would not.
func (e *escrowEnv) ok(from *ecdsa.PrivateKey, data []byte, value *big.Int) *types.Receipt {
	e.tb.Helper()
	if err := e.preflight(from, data, value); err != nil {
		e.tb.Fatalf("transaction would revert: %v", err)
	}
	r := e.transact(from, data, value)
	if r.Status != types.ReceiptStatusSuccessful {
		e.tb.Fatalf("transaction %s reverted", r.TxHash)
	}
	return r
}

// escrowRevert is a call that reverted, with its decoded custom error (nil if undecodable).
type escrowRevert struct {
	raw     []byte
	decoded any
}

func (r *escrowRevert) Error() string {
	return fmt.Sprintf("reverted with %T %+v", r.decoded, r.decoded)
}

// preflight executes the transaction as a call on the latest block and returns the decoded
// revert, or nil when it would succeed.
func (e *escrowEnv) preflight(from *ecdsa.PrivateKey, data []byte, value *big.Int) error {
	_, err := e.client.CallContract(context.Background(), ethereum.CallMsg{
		From: escrowAddr(from), To: &e.addr, Gas: escrowTxGas, Value: value, Data: data,
	}, nil)
	if err == nil {
		return nil
	}
	raw, ok := ethclient.RevertErrorData(err)
	if !ok {
		e.tb.Fatalf("call failed without revert data: %v", err)
	}
	rev := &escrowRevert{raw: raw}
	if len(raw) >= 4 {
		if d, uerr := e.abi.UnpackError(raw); uerr == nil {
			rev.decoded = d
		}
	}
	return rev
}

// escrowMustRevert checks that the transaction reverts with a custom error of type T, checks
// that it also reverts when mined, and returns the decoded error.
func escrowMustRevert[T any](e *escrowEnv, from *ecdsa.PrivateKey, data []byte, value *big.Int) *T {
	e.tb.Helper()
	err := e.preflight(from, data, value)
	if err == nil {
		e.tb.Fatalf("expected a revert with %T, the call succeeded", new(T))
	}
	var rev *escrowRevert
	if !errors.As(err, &rev) {
		e.tb.Fatal(err)
	}
	got, ok := rev.decoded.(*T)
	if !ok {
		e.tb.Fatalf("reverted with %T (%x), want %T", rev.decoded, rev.raw, new(T))
	}
	if r := e.transact(from, data, value); r.Status != types.ReceiptStatusFailed {
		e.tb.Fatalf("the mined transaction did not revert")
	}
	return got
}

// call runs a view function and unpacks its result.
func escrowCall[T any](e *escrowEnv, data []byte, unpack func([]byte) (T, error)) T {
	e.tb.Helper()
	out, err := e.client.CallContract(context.Background(), ethereum.CallMsg{To: &e.addr, Data: data}, nil)
	if err != nil {
		e.tb.Fatal(err)
	}
	v, err := unpack(out)
	if err != nil {
		e.tb.Fatal(err)
	}
	return v
}

func (e *escrowEnv) balanceOf(viewer common.Address) *big.Int {
	return escrowCall(e, e.abi.PackBalanceOf(viewer), e.abi.UnpackBalanceOf)
}

func (e *escrowEnv) paid(viewer, seeder common.Address) *big.Int {
	return escrowCall(e, e.abi.PackPaid(viewer, seeder), e.abi.UnpackPaid)
}

func (e *escrowEnv) earnings(seeder common.Address) *big.Int {
	return escrowCall(e, e.abi.PackEarnings(seeder), e.abi.UnpackEarnings)
}

func (e *escrowEnv) spent(viewer, key common.Address) *big.Int {
	return escrowCall(e, e.abi.PackSpent(viewer, key), e.abi.UnpackSpent)
}

func (e *escrowEnv) session(viewer, key common.Address) bindings.SessionOutput {
	return escrowCall(e, e.abi.PackSession(viewer, key), e.abi.UnpackSession)
}

func (e *escrowEnv) withdrawal(viewer common.Address) bindings.WithdrawalOutput {
	return escrowCall(e, e.abi.PackWithdrawal(viewer), e.abi.UnpackWithdrawal)
}

// coinBalance is the native-coin balance of addr.
func (e *escrowEnv) coinBalance(addr common.Address) *big.Int {
	e.tb.Helper()
	b, err := e.client.BalanceAt(context.Background(), addr, nil)
	if err != nil {
		e.tb.Fatal(err)
	}
	return b
}

// blockTime is the timestamp of the block that holds receipt r.
func (e *escrowEnv) blockTime(r *types.Receipt) uint64 {
	e.tb.Helper()
	h, err := e.client.HeaderByNumber(context.Background(), r.BlockNumber)
	if err != nil {
		e.tb.Fatal(err)
	}
	return h.Time
}

// now is the timestamp of the latest block.
func (e *escrowEnv) now() uint64 {
	e.tb.Helper()
	h, err := e.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		e.tb.Fatal(err)
	}
	return h.Time
}

// advance mines an empty block d later than the latest. The transaction pool forgets mined
// transactions asynchronously and AdjustTime refuses to run while it still lists any, so it
// retries for a moment.
func (e *escrowEnv) advance(d time.Duration) {
	e.tb.Helper()
	var err error
	for range 200 {
		if err = e.backend.AdjustTime(d); err == nil {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	e.tb.Fatal(err)
}

// gasCost is what a mined transaction cost its sender.
func escrowGasCost(r *types.Receipt) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
}

// deposit deposits amount for viewer from account 0 and returns the receipt.
func (e *escrowEnv) deposit(viewer common.Address, amount *big.Int) *types.Receipt {
	e.tb.Helper()
	return e.ok(e.accts[0], e.abi.PackDeposit(viewer), amount)
}

// signReceipt signs a receipt with signer (the viewer's wallet or a session key) in domain d
// and returns it as a batch entry referring to grant index grant.
func escrowSignReceipt(tb testing.TB, d eip712.Domain, viewer, seeder common.Address, byteCount, amount *big.Int, signer *ecdsa.PrivateKey, grant uint32) bindings.BandwidthEscrowEntry {
	tb.Helper()
	sig, err := eip712.Receipt{Viewer: viewer, Seeder: seeder, Bytes: byteCount, Amount: amount}.Sign(d, signer)
	if err != nil {
		tb.Fatal(err)
	}
	r, vs, err := eip712.Compact(sig)
	if err != nil {
		tb.Fatal(err)
	}
	return bindings.BandwidthEscrowEntry{Viewer: viewer, ByteCount: byteCount, Amount: amount, R: r, Vs: vs, Grant: grant}
}

// entry is escrowSignReceipt in the env's domain, with bytes = amount / 1000.
func (e *escrowEnv) entry(viewer *ecdsa.PrivateKey, seeder common.Address, amount *big.Int, signer *ecdsa.PrivateKey, grant uint32) bindings.BandwidthEscrowEntry {
	e.tb.Helper()
	if signer == nil {
		signer = viewer
	}
	return escrowSignReceipt(e.tb, e.domain, escrowAddr(viewer), seeder, new(big.Int).Div(amount, big.NewInt(1000)), amount, signer, grant)
}

// grant signs a session grant with nonce 0 with the viewer's wallet in domain d.
func escrowSignGrant(tb testing.TB, d eip712.Domain, viewer *ecdsa.PrivateKey, key common.Address, limit *big.Int, expiry uint64) bindings.BandwidthEscrowGrant {
	tb.Helper()
	return escrowSignGrantNonce(tb, d, viewer, key, limit, expiry, 0)
}

// escrowSignGrantNonce signs a session grant with the viewer's wallet in domain d.
func escrowSignGrantNonce(tb testing.TB, d eip712.Domain, viewer *ecdsa.PrivateKey, key common.Address, limit *big.Int, expiry, nonce uint64) bindings.BandwidthEscrowGrant {
	tb.Helper()
	s := eip712.Session{Viewer: escrowAddr(viewer), Key: key, Limit: limit, Expiry: expiry, Nonce: nonce}
	sig, err := s.Sign(d, viewer)
	if err != nil {
		tb.Fatal(err)
	}
	r, vs, err := eip712.Compact(sig)
	if err != nil {
		tb.Fatal(err)
	}
	return bindings.BandwidthEscrowGrant{Viewer: s.Viewer, Key: key, Limit: limit, Expiry: expiry, Nonce: nonce, R: r, Vs: vs}
}

func (e *escrowEnv) grant(viewer *ecdsa.PrivateKey, key common.Address, limit *big.Int, expiry uint64) bindings.BandwidthEscrowGrant {
	e.tb.Helper()
	return escrowSignGrant(e.tb, e.domain, viewer, key, limit, expiry)
}

// grantNonce is grant with the given nonce.
func (e *escrowEnv) grantNonce(viewer *ecdsa.PrivateKey, key common.Address, limit *big.Int, expiry, nonce uint64) bindings.BandwidthEscrowGrant {
	e.tb.Helper()
	return escrowSignGrantNonce(e.tb, e.domain, viewer, key, limit, expiry, nonce)
}

// redeem sends a redeem batch from `from`, which must not revert.
func (e *escrowEnv) redeem(from *ecdsa.PrivateKey, seeder common.Address, grants []bindings.BandwidthEscrowGrant, entries []bindings.BandwidthEscrowEntry) *types.Receipt {
	e.tb.Helper()
	if grants == nil {
		grants = []bindings.BandwidthEscrowGrant{}
	}
	return e.ok(from, e.abi.PackRedeem(seeder, grants, entries), nil)
}

// escrowLogs returns the events of type T in r, in order.
func escrowLogs[T any](tb testing.TB, r *types.Receipt, unpack func(*types.Log) (*T, error)) []*T {
	tb.Helper()
	var out []*T
	for _, l := range r.Logs {
		ev, err := unpack(l)
		if errors.Is(err, bind.ErrEventSignatureMismatch) {
			continue
		}
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, ev)
	}
	return out
}

// escrowOutcome is what the escrow did with one entry: paid (Skip < 0) or skipped.
type escrowOutcome struct {
	Pay  *big.Int
	Skip int
}

// outcomes returns, per entry index of a redeem batch, the Redeemed payment or the skip reason.
func (e *escrowEnv) outcomes(r *types.Receipt, n int) []escrowOutcome {
	e.tb.Helper()
	out := make([]escrowOutcome, n)
	for i := range out {
		out[i].Skip = -2 // no event seen
	}
	next := 0
	for _, l := range r.Logs {
		if ev, err := e.abi.UnpackRedeemedEvent(l); err == nil {
			for next < n && out[next].Skip != -2 {
				next++
			}
			if next >= n {
				e.tb.Fatal("more events than entries")
			}
			out[next] = escrowOutcome{Pay: ev.Payment, Skip: -1}
			next++
			continue
		}
		if ev, err := e.abi.UnpackRedeemSkippedEvent(l); err == nil {
			i := int(ev.Index.Int64())
			if i != next {
				e.tb.Fatalf("skip event for entry %d, expected entry %d", i, next)
			}
			out[i] = escrowOutcome{Skip: int(ev.Reason)}
			next++
		}
	}
	if next != n {
		e.tb.Fatalf("%d events for %d entries", next, n)
	}
	return out
}

// Skip reasons, as BandwidthEscrow.SkipReason numbers them.
const (
	escrowSkipNotNewer = iota
	escrowSkipNoBalance
	escrowSkipInvalidSignature
	escrowSkipUnauthorizedSigner
	escrowSkipUnknownGrant
	escrowSkipBadGrantSignature
	escrowSkipGrantExpired
	escrowSkipLimitExhausted
	escrowSkipGrantSuperseded
)

var escrowSkipNames = []string{"NotNewer", "NoBalance", "InvalidSignature", "UnauthorizedSigner", "UnknownGrant", "BadGrantSignature", "GrantExpired", "LimitExhausted", "GrantSuperseded"}

func (o escrowOutcome) String() string {
	switch {
	case o.Skip == -1:
		return "paid " + o.Pay.String()
	case o.Skip >= 0 && o.Skip < len(escrowSkipNames):
		return "skipped " + escrowSkipNames[o.Skip]
	default:
		return fmt.Sprintf("outcome(%d)", o.Skip)
	}
}

// escrowPaid and escrowSkipped build expected outcomes.
func escrowPaid(x int64) escrowOutcome  { return escrowOutcome{Pay: big.NewInt(x), Skip: -1} }
func escrowSkipped(r int) escrowOutcome { return escrowOutcome{Skip: r} }

// checkOutcomes compares outcomes with want.
func (e *escrowEnv) checkOutcomes(r *types.Receipt, want ...escrowOutcome) {
	e.tb.Helper()
	got := e.outcomes(r, len(want))
	for i := range want {
		if got[i].String() != want[i].String() {
			e.tb.Errorf("entry %d: %v, want %v", i, got[i], want[i])
		}
	}
}

// escrowWei is a shorthand for big.NewInt.
func escrowWei(x int64) *big.Int { return big.NewInt(x) }

// escrowEq fails unless got == want.
func escrowEq(tb testing.TB, what string, got, want *big.Int) {
	tb.Helper()
	if got.Cmp(want) != 0 {
		tb.Errorf("%s = %s, want %s", what, got, want)
	}
}
