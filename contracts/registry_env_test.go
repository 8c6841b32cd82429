package contracts_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/swarmgate/swarmgate/chain/eip712"
	bindings "github.com/swarmgate/swarmgate/contracts/bindings/contentregistry"
	"github.com/swarmgate/swarmgate/contracts/bindings/testbindings"
)

// The registry's enum values, as the contract declares them.
const (
	registryFree      uint8 = 0
	registryBuy       uint8 = 1
	registryRent      uint8 = 2
	registryExclusive uint8 = 3

	registryGateNone    uint8 = 0
	registryGateERC20   uint8 = 1
	registryGateERC721  uint8 = 2
	registryGateERC1155 uint8 = 3
)

// registryPerpetual is the contract's PERPETUAL expiry.
const registryPerpetual = ^uint64(0)

// registryNative is the currency address of the native coin.
var registryNative = common.Address{}

// registryAccount is a funded test account.
type registryAccount struct {
	name string
	key  *ecdsa.PrivateKey
	addr common.Address
}

// registryEnv is a simulated chain with ContentRegistry and the test tokens deployed.
type registryEnv struct {
	t        testing.TB
	backend  *simulated.Backend
	client   simulated.Client
	chainID  *big.Int
	domain   eip712.Domain
	admin    *registryAccount
	treasury *registryAccount // platform fee recipient
	users    []*registryAccount

	reg     *bindings.ContentRegistry
	regAddr common.Address
	regc    *bind.BoundContract

	erc20    *testbindings.TestERC20
	nobool   *testbindings.TestNoBoolERC20
	feeTok   *testbindings.TestFeeERC20
	nft      *testbindings.TestERC721
	multi    *testbindings.TestERC1155
	receiver *testbindings.TestReceiver

	erc20Addr, noboolAddr, feeTokAddr, nftAddr, multiAddr, receiverAddr common.Address
}

// registryKey derives a deterministic test key from a label.
func registryKey(label string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("swarmgate registry test " + label)))
	if err != nil {
		panic(err)
	}
	return k
}

// newRegistryEnv starts a simulated chain with an admin, a fee recipient and nUsers users, all
// funded, and deploys the registry (platform fee feeBps) and the test tokens.
// Options configure the simulated node (see registryOsaka).
func newRegistryEnv(t testing.TB, feeBps uint16, nUsers int, options ...func(*node.Config, *ethconfig.Config)) *registryEnv {
	t.Helper()
	e := &registryEnv{t: t}
	mk := func(name string) *registryAccount {
		k := registryKey(name)
		return &registryAccount{name: name, key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
	}
	e.admin = mk("admin")
	e.treasury = mk("treasury")
	for i := range nUsers {
		e.users = append(e.users, mk(fmt.Sprintf("user%d", i)))
	}
	funds := new(big.Int).Lsh(big.NewInt(1), 100)
	alloc := types.GenesisAlloc{e.admin.addr: {Balance: funds}, e.treasury.addr: {Balance: funds}}
	for _, u := range e.users {
		alloc[u.addr] = types.Account{Balance: funds}
	}
	e.backend = simulated.NewBackend(alloc, options...)
	t.Cleanup(func() { _ = e.backend.Close() })
	e.client = e.backend.Client()
	id, err := e.client.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	e.chainID = id

	e.reg = bindings.NewContentRegistry()
	e.regAddr = e.deploy(bindings.ContentRegistryMetaData.Bin, e.reg.PackConstructor(e.admin.addr, e.treasury.addr, feeBps))
	e.regc = e.reg.Instance(e.client, e.regAddr)
	e.domain = eip712.NewDomain(e.chainID, e.regAddr)

	e.erc20 = testbindings.NewTestERC20()
	e.erc20Addr = e.deploy(testbindings.TestERC20MetaData.Bin, e.erc20.PackConstructor("Test USD", "TUSD", 6))
	e.nobool = testbindings.NewTestNoBoolERC20()
	e.noboolAddr = e.deploy(testbindings.TestNoBoolERC20MetaData.Bin, nil)
	e.feeTok = testbindings.NewTestFeeERC20()
	e.feeTokAddr = e.deploy(testbindings.TestFeeERC20MetaData.Bin, nil)
	e.nft = testbindings.NewTestERC721()
	e.nftAddr = e.deploy(testbindings.TestERC721MetaData.Bin, nil)
	e.multi = testbindings.NewTestERC1155()
	e.multiAddr = e.deploy(testbindings.TestERC1155MetaData.Bin, nil)
	e.receiver = testbindings.NewTestReceiver()
	e.receiverAddr = e.deploy(testbindings.TestReceiverMetaData.Bin, nil)
	return e
}

// deployErr deploys bytecode+input from the admin and returns the address or the error.
func (e *registryEnv) deployErr(bin string, input []byte) (common.Address, error) {
	code := append(common.FromHex(bin), input...)
	rcpt, err := e.exec(e.admin, nil, code, nil)
	if err != nil {
		return common.Address{}, err
	}
	return rcpt.ContractAddress, nil
}

func (e *registryEnv) deploy(bin string, input []byte) common.Address {
	e.t.Helper()
	addr, err := e.deployErr(bin, input)
	if err != nil {
		e.t.Fatalf("deploy: %v", err)
	}
	return addr
}

// registryOsaka runs the simulated chain on the Osaka rules that mainnet and the L2s run. By
// default go-ethereum's dev chain (simulated backend and devnet alike) also activates the
// unreleased Bogota fork, whose draft EIP-8037/8038 state-gas repricing roughly doubles the cost
// of creating storage; gas figures meant for production come from Osaka.
func registryOsaka(_ *node.Config, c *ethconfig.Config) {
	cfg := *c.Genesis.Config
	cfg.BogotaTime = nil
	c.Genesis.Config = &cfg
}

// registryRevert is a transaction or call that the EVM reverted, with its revert data.
type registryRevert struct{ data []byte }

func (r *registryRevert) Error() string { return "execution reverted: " + hexutil.Encode(r.data) }

// registryRevertData extracts revert data from an RPC error, or returns nil.
func registryRevertData(err error) *registryRevert {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil
	}
	b, derr := hexutil.Decode(s)
	if derr != nil {
		return nil
	}
	return &registryRevert{data: b}
}

// exec sends a transaction (to == nil: contract creation) and mines it. A revert found by gas
// estimation is returned as *registryRevert; a mined failure is an error too.
func (e *registryEnv) exec(from *registryAccount, to *common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	ctx := context.Background()
	if value == nil {
		value = new(big.Int)
	}
	msg := ethereum.CallMsg{From: from.addr, To: to, Value: value, Data: data}
	gas, err := e.client.EstimateGas(ctx, msg)
	if err != nil {
		if r := registryRevertData(err); r != nil {
			return nil, r
		}
		return nil, err
	}
	nonce, err := e.client.PendingNonceAt(ctx, from.addr)
	if err != nil {
		return nil, err
	}
	head, err := e.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	tip, err := e.client.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, err
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx, err := types.SignNewTx(from.key, types.LatestSignerForChainID(e.chainID), &types.DynamicFeeTx{
		ChainID: e.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas + gas/5,
		To: to, Value: value, Data: data,
	})
	if err != nil {
		return nil, err
	}
	if err := e.client.SendTransaction(ctx, tx); err != nil {
		return nil, err
	}
	e.backend.Commit()
	rcpt, err := e.receipt(ctx, tx.Hash())
	if err != nil {
		return nil, err
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return rcpt, fmt.Errorf("transaction %s failed after gas estimation passed", tx.Hash())
	}
	return rcpt, nil
}

// receipt fetches a mined transaction's receipt. Right after the chain starts, the node may
// answer "transaction indexing is in progress" for a while: retry on that.
func (e *registryEnv) receipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	for {
		rcpt, err := e.client.TransactionReceipt(ctx, h)
		if err == nil || !strings.Contains(err.Error(), "transaction indexing is in progress") {
			return rcpt, err
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// send sends a transaction that must succeed.
func (e *registryEnv) send(from *registryAccount, to common.Address, data []byte, value *big.Int) *types.Receipt {
	e.t.Helper()
	rcpt, err := e.exec(from, &to, data, value)
	if err != nil {
		e.t.Fatalf("%s -> %s: %v%s", from.name, to, err, e.describe(err))
	}
	return rcpt
}

// describe decodes revert data for failure messages.
func (e *registryEnv) describe(err error) string {
	var r *registryRevert
	if errors.As(err, &r) {
		if v, derr := e.reg.UnpackError(r.data); derr == nil {
			return fmt.Sprintf(" (%T%+v)", v, v)
		}
	}
	return ""
}

// registryErrString renders a decoded custom error for comparison: its type and fields.
func registryErrString(v any) string { return fmt.Sprintf("%T%+v", v, v) }

// expectRevert sends a transaction that must revert with the custom error want, decoded with
// decode (nil: the registry's errors).
func (e *registryEnv) expectRevert(from *registryAccount, to common.Address, data []byte, value *big.Int, want any, decode func([]byte) (any, error)) {
	e.t.Helper()
	_, err := e.exec(from, &to, data, value)
	e.checkRevert(err, want, decode)
}

func (e *registryEnv) checkRevert(err error, want any, decode func([]byte) (any, error)) {
	e.t.Helper()
	var r *registryRevert
	if !errors.As(err, &r) {
		e.t.Fatalf("want revert %s, got %v", registryErrString(want), err)
	}
	if decode == nil {
		decode = e.reg.UnpackError
	}
	got, derr := decode(r.data)
	if derr != nil {
		e.t.Fatalf("want revert %s, got undecodable %x: %v", registryErrString(want), r.data, derr)
	}
	if registryErrString(got) != registryErrString(want) {
		e.t.Fatalf("revert %s, want %s", registryErrString(got), registryErrString(want))
	}
}

// call runs a view call against the registry and returns its raw result or the revert.
func (e *registryEnv) call(data []byte) ([]byte, error) {
	out, err := e.client.CallContract(context.Background(), ethereum.CallMsg{To: &e.regAddr, Data: data}, nil)
	if err != nil {
		if r := registryRevertData(err); r != nil {
			return nil, r
		}
	}
	return out, err
}

// registryView calls a registry view and unpacks its result, failing the test on error.
func registryView[T any](e *registryEnv, data []byte, unpack func([]byte) (T, error)) T {
	e.t.Helper()
	out, err := e.call(data)
	if err != nil {
		e.t.Fatalf("view call: %v%s", err, e.describe(err))
	}
	v, err := unpack(out)
	if err != nil {
		e.t.Fatalf("unpack: %v", err)
	}
	return v
}

// registryEvents decodes every log of the registry in rcpt that unpack accepts.
func registryEvents[T any](e *registryEnv, rcpt *types.Receipt, unpack func(*types.Log) (*T, error)) []*T {
	e.t.Helper()
	var out []*T
	for _, l := range rcpt.Logs {
		if l.Address != e.regAddr {
			continue
		}
		ev, err := unpack(l)
		if errors.Is(err, bind.ErrEventSignatureMismatch) {
			continue
		}
		if err != nil {
			e.t.Fatalf("unpack log: %v", err)
		}
		out = append(out, ev)
	}
	return out
}

// registryOneEvent decodes exactly one event of a kind from rcpt.
func registryOneEvent[T any](e *registryEnv, rcpt *types.Receipt, unpack func(*types.Log) (*T, error)) *T {
	e.t.Helper()
	evs := registryEvents(e, rcpt, unpack)
	if len(evs) != 1 {
		e.t.Fatalf("got %d %T events, want 1", len(evs), *new(T))
	}
	return evs[0]
}

// now returns the timestamp of the latest block.
func (e *registryEnv) now() uint64 {
	e.t.Helper()
	h, err := e.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return h.Time
}

// advance moves chain time forward by d and mines a block. The transaction pool drops mined
// transactions asynchronously after a Commit, and AdjustTime refuses to run while it still lists
// one: retry for a moment.
func (e *registryEnv) advance(d time.Duration) {
	e.t.Helper()
	var err error
	for range 500 {
		if err = e.backend.AdjustTime(d); err == nil {
			return
		}
		time.Sleep(2 * time.Millisecond)
	}
	e.t.Fatal(err)
}

// balance returns the balance of account in currency (native when currency is zero).
func (e *registryEnv) balance(currency, account common.Address) *big.Int {
	e.t.Helper()
	if currency == registryNative {
		b, err := e.client.BalanceAt(context.Background(), account, nil)
		if err != nil {
			e.t.Fatal(err)
		}
		return b
	}
	out, err := e.client.CallContract(context.Background(), ethereum.CallMsg{To: &currency, Data: e.erc20.PackBalanceOf(account)}, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	b, err := e.erc20.UnpackBalanceOf(out)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

// fund mints amount of an ERC-20 to who and approves the registry for all of it.
func (e *registryEnv) fund(token common.Address, who *registryAccount, amount *big.Int) {
	e.t.Helper()
	// The three test ERC-20s share mint and approve signatures.
	e.send(who, token, e.erc20.PackMint(who.addr, amount), nil)
	e.send(who, token, e.erc20.PackApprove(e.regAddr, new(big.Int).Add(amount, e.allowance(token, who.addr))), nil)
}

func (e *registryEnv) allowance(token, owner common.Address) *big.Int {
	e.t.Helper()
	out, err := e.client.CallContract(context.Background(), ethereum.CallMsg{To: &token, Data: e.erc20.PackAllowance(owner, e.regAddr)}, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	a, err := e.erc20.UnpackAllowance(out)
	if err != nil {
		e.t.Fatal(err)
	}
	return a
}

// registerTx sends register from creator and returns the receipt.
func (e *registryEnv) registerTx(creator *registryAccount, contentHash common.Hash, p bindings.ContentRegistryPolicy) *types.Receipt {
	e.t.Helper()
	return e.send(creator, e.regAddr, e.reg.PackRegister(contentHash, registryInfoHash(contentHash), registryCommitment(contentHash), registryURI(contentHash), p), nil)
}

// register registers an item for creator and returns its contentId.
func (e *registryEnv) register(creator *registryAccount, contentHash common.Hash, p bindings.ContentRegistryPolicy) *big.Int {
	e.t.Helper()
	ev := registryOneEvent(e, e.registerTx(creator, contentHash, p), e.reg.UnpackContentRegisteredEvent)
	return ev.ContentId
}

// purchase buys item id for recipient from buyer, paying the native price in value.
func (e *registryEnv) purchase(buyer *registryAccount, id *big.Int, recipient common.Address, value *big.Int) *types.Receipt {
	e.t.Helper()
	return e.send(buyer, e.regAddr, e.packPurchase(id, recipient), value)
}

// packPurchase is the calldata of a purchase of item id for recipient at the terms its policy
// states now (zero terms for an item that does not exist): an honest buyer's purchase.
func (e *registryEnv) packPurchase(id *big.Int, recipient common.Address) []byte {
	e.t.Helper()
	price, currency, duration := new(big.Int), common.Address{}, uint64(0)
	if out, err := e.call(e.reg.PackContent(id)); err == nil {
		c, err := e.reg.UnpackContent(out)
		if err != nil {
			e.t.Fatal(err)
		}
		price, currency, duration = c.Policy.Price, c.Policy.Currency, c.Policy.Duration
	}
	return e.reg.PackPurchase(id, recipient, price, currency, duration)
}

// packSubscribe is the calldata of a subscription to creator's channel for periods at the
// channel's terms now: an honest subscriber's.
func (e *registryEnv) packSubscribe(creator common.Address, periods uint32) []byte {
	e.t.Helper()
	ch := registryView(e, e.reg.PackChannel(creator), e.reg.UnpackChannel)
	return e.reg.PackSubscribe(creator, periods, ch.Price, ch.Currency, ch.Period)
}

func (e *registryEnv) hasAccess(id *big.Int, who common.Address) bool {
	e.t.Helper()
	return registryView(e, e.reg.PackHasAccess(id, who), e.reg.UnpackHasAccess)
}

func (e *registryEnv) accessExpiry(id *big.Int, who common.Address) uint64 {
	e.t.Helper()
	return registryView(e, e.reg.PackAccessExpiry(id, who), e.reg.UnpackAccessExpiry)
}

func (e *registryEnv) owed(payee, currency common.Address) *big.Int {
	e.t.Helper()
	return registryView(e, e.reg.PackOwed(payee, currency), e.reg.UnpackOwed)
}

// Deterministic per-item test data derived from the content hash.
func registryInfoHash(h common.Hash) [32]byte {
	var ih [32]byte
	copy(ih[:20], crypto.Keccak256([]byte("info"), h[:])) // a v1 info hash, left-aligned
	return ih
}

func registryCommitment(h common.Hash) [32]byte {
	return crypto.Keccak256Hash([]byte("key"), h[:])
}

func registryURI(h common.Hash) string { return "ipfs://meta/" + h.Hex()[2:10] + ".json" }

// registryHash returns a distinct content hash for n.
func registryHash(n int) common.Hash { return crypto.Keccak256Hash([]byte(fmt.Sprint("content ", n))) }

// registryPolicy returns a policy with every integer field set (abigen cannot pack nil).
func registryPolicy(model uint8, price int64, currency common.Address, duration uint64, payees ...bindings.ContentRegistryPayee) bindings.ContentRegistryPolicy {
	return bindings.ContentRegistryPolicy{
		Model: model, Price: big.NewInt(price), Currency: currency, Duration: duration,
		GateId: new(big.Int), GateAmount: new(big.Int), Payees: payees,
	}
}

// registryToEIP712 converts a bindings policy to the eip712 package's Policy.
func registryToEIP712(p bindings.ContentRegistryPolicy) eip712.Policy {
	out := eip712.Policy{
		Model: eip712.Model(p.Model), Price: p.Price, Currency: p.Currency, Duration: p.Duration,
		Subscribers: p.Subscribers, GateKind: eip712.GateKind(p.GateKind), GateToken: p.GateToken,
		GateID: p.GateId, GateAmount: p.GateAmount, RoyaltyBps: p.RoyaltyBps,
	}
	for _, pe := range p.Payees {
		out.Payees = append(out.Payees, eip712.Payee{Account: pe.Account, ShareBps: pe.ShareBps})
	}
	return out
}
