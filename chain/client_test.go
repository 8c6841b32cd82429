package chain_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/chain/chaintest"
	"github.com/swarmgate/swarmgate/chain/eip712"
)

func registration(creator common.Address, seed string, p eip712.Policy) eip712.Registration {
	return eip712.Registration{
		Creator:       creator,
		ContentHash:   crypto.Keccak256Hash([]byte("content " + seed)),
		InfoHash:      crypto.Keccak256Hash([]byte("info " + seed)),
		KeyCommitment: crypto.Keccak256Hash([]byte("key " + seed)),
		MetadataURI:   "ipfs://meta/" + seed,
		Policy:        p,
	}
}

var ether = big.NewInt(1e18)

func TestRegistryFlows(t *testing.T) {
	t.Parallel()
	env := chaintest.New(t, chaintest.Options{})
	ctx := context.Background()
	c := env.Client
	creator, viewer, other, relayer := 1, 2, 3, 4

	rent := eip712.Policy{Model: eip712.ModelRent, Price: big.NewInt(1e15), Duration: 3600}
	reg := registration(env.Addr(creator), "a", rent)
	id, _, err := c.Register(ctx, env.Opts(creator), reg)
	if err != nil {
		t.Fatal(err)
	}
	got, err := c.Content(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if got.ContentHash != reg.ContentHash || got.KeyCommitment != reg.KeyCommitment || got.Policy.Duration != 3600 || got.Policy.Price.Cmp(rent.Price) != 0 {
		t.Fatalf("Content = %+v, registered %+v", got, reg)
	}
	if owner, err := c.OwnerOf(ctx, id); err != nil || owner != env.Addr(creator) {
		t.Fatalf("OwnerOf = %s, %v; want the creator", owner, err)
	}
	if got, err := c.CreatorOf(ctx, id); err != nil || got != env.Addr(creator) {
		t.Fatalf("CreatorOf = %s, %v; want the creator", got, err)
	}
	if found, err := c.ContentIDOf(ctx, env.Addr(creator), reg.ContentHash); err != nil || found.Cmp(id) != 0 {
		t.Fatalf("ContentIDOf = %v, %v; want %s", found, err, id)
	}

	t.Run("registering twice names the custom error and the existing id", func(t *testing.T) {
		_, _, err := c.Register(ctx, env.Opts(creator), reg)
		var re *chain.RevertError
		if !errors.As(err, &re) || re.Name != "ContentAlreadyRegistered" || !strings.Contains(err.Error(), "already registered") {
			t.Fatalf("err = %v, want ContentAlreadyRegistered with a hint", err)
		}
	})

	t.Run("relayed registration belongs to the signer", func(t *testing.T) {
		key := env.Accounts[creator].Key
		r := registration(env.Addr(creator), "b", eip712.Policy{Model: eip712.ModelFree})
		nonce, err := c.Nonce(ctx, r.Creator)
		if err != nil {
			t.Fatal(err)
		}
		r.Nonce, r.Deadline = nonce, big.NewInt(time.Now().Add(time.Hour).Unix())
		sig, err := r.Sign(c.RegistryDomain(), key)
		if err != nil {
			t.Fatal(err)
		}
		id2, _, err := c.RegisterWithSig(ctx, env.Opts(relayer), r, sig)
		if err != nil {
			t.Fatal(err)
		}
		if owner, _ := c.OwnerOf(ctx, id2); owner != env.Addr(creator) {
			t.Fatalf("owner %s, want creator %s", owner, env.Addr(creator))
		}
		// The same signature again: the nonce moved on.
		if _, _, err := c.RegisterWithSig(ctx, env.Opts(relayer), r, sig); !errors.Is(err, chain.ErrReverted) {
			t.Fatalf("replayed registration: err = %v, want a revert", err)
		}
		a, err := c.Access(ctx, id2, env.Addr(other))
		if err != nil || !a.Allowed || a.Expiry != chain.Perpetual {
			t.Fatalf("free item: Access = %+v, %v", a, err)
		}
	})

	t.Run("purchase grants access until the rental ends", func(t *testing.T) {
		a, err := c.Access(ctx, id, env.Addr(viewer))
		if err != nil || a.Allowed || a.Reason != chain.DenyNotPurchased {
			t.Fatalf("before purchase: %+v, %v; want denied, not_purchased", a, err)
		}
		expiry, _, err := c.Purchase(ctx, env.Opts(other), id, env.Addr(viewer), chain.PurchaseTerms(rent)) // a gift
		if err != nil {
			t.Fatal(err)
		}
		a, err = c.Access(ctx, id, env.Addr(viewer))
		if err != nil || !a.Allowed || a.Expiry != expiry {
			t.Fatalf("after purchase: %+v, %v; want allowed until %d", a, err, expiry)
		}
		if owed, err := c.Owed(ctx, env.Addr(creator), common.Address{}); err != nil || owed.Cmp(rent.Price) != 0 {
			t.Fatalf("creator owed %v, %v; want %s", owed, err, rent.Price)
		}
	})

	t.Run("unknown content", func(t *testing.T) {
		if _, err := c.CreatorOf(ctx, big.NewInt(999)); !errors.Is(err, chain.ErrUnknownContent) {
			t.Fatalf("CreatorOf(999): %v, want ErrUnknownContent", err)
		}
		if _, err := c.Content(ctx, big.NewInt(999)); !errors.Is(err, chain.ErrUnknownContent) {
			t.Fatalf("Content(999): %v, want ErrUnknownContent", err)
		}
		if _, err := c.Access(ctx, big.NewInt(999), env.Addr(viewer)); !errors.Is(err, chain.ErrUnknownContent) {
			t.Fatalf("Access(999): %v, want ErrUnknownContent", err)
		}
	})

	t.Run("unfunded account names the shortfall", func(t *testing.T) {
		key, addr := chaintest.NewKey(t)
		_, _, err := c.Register(ctx, chaintest.TransactOpts(key), registration(addr, "poor", eip712.Policy{}))
		if !errors.Is(err, chain.ErrInsufficientFunds) || !strings.Contains(err.Error(), addr.Hex()) {
			t.Fatalf("err = %v, want ErrInsufficientFunds naming %s", err, addr)
		}
	})
}

func TestEscrowRedeem(t *testing.T) {
	t.Parallel()
	env := chaintest.New(t, chaintest.Options{})
	ctx := context.Background()
	c := env.Client
	seeder, v1, v2 := 1, 2, 3
	dom := c.EscrowDomain()

	for _, v := range []int{v1, v2} {
		if _, err := c.Deposit(ctx, env.Opts(v), env.Addr(v), ether); err != nil {
			t.Fatal(err)
		}
	}
	// v1 signs with its wallet; v2 through a session key under a grant.
	sessionKey, sessionAddr := chaintest.NewKey(t)
	grant := eip712.Session{Viewer: env.Addr(v2), Key: sessionAddr, Limit: big.NewInt(5e17), Expiry: uint64(time.Now().Add(24 * time.Hour).Unix())}
	grantSig, err := grant.Sign(dom, env.Accounts[v2].Key)
	if err != nil {
		t.Fatal(err)
	}
	sign := func(viewerIdx int, bytes, amount int64) chain.SignedReceipt {
		r := eip712.Receipt{Viewer: env.Addr(viewerIdx), Seeder: env.Addr(seeder), Bytes: big.NewInt(bytes), Amount: big.NewInt(amount)}
		if viewerIdx == v2 {
			sig, err := r.Sign(dom, sessionKey)
			if err != nil {
				t.Fatal(err)
			}
			return chain.SignedReceipt{Receipt: r, Sig: sig, Grant: &chain.SignedGrant{Session: grant, Sig: grantSig}}
		}
		sig, err := r.Sign(dom, env.Accounts[viewerIdx].Key)
		if err != nil {
			t.Fatal(err)
		}
		return chain.SignedReceipt{Receipt: r, Sig: sig}
	}

	res, err := c.Redeem(ctx, env.Opts(seeder), env.Addr(seeder), []chain.SignedReceipt{sign(v1, 1<<20, 1000), sign(v2, 2<<20, 2000)})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total.Int64() != 3000 || res.Outcomes[0].Payment.Int64() != 1000 || res.Outcomes[1].Payment.Int64() != 2000 {
		t.Fatalf("first batch: total %s, outcomes %+v", res.Total, res.Outcomes)
	}
	// The grant is recorded now; the next batch carries it no more, and an old receipt pays nothing.
	res, err = c.Redeem(ctx, env.Opts(seeder), env.Addr(seeder), []chain.SignedReceipt{sign(v1, 1<<20, 1000), sign(v2, 3<<20, 3500)})
	if err != nil {
		t.Fatal(err)
	}
	if o := res.Outcomes[0]; !o.Skipped || o.Reason != chain.SkipNotNewer {
		t.Fatalf("replayed receipt: %+v, want skipped as not newer", o)
	}
	if o := res.Outcomes[1]; o.Skipped || o.Payment.Int64() != 1500 || o.PaidTotal.Int64() != 3500 {
		t.Fatalf("newer receipt: %+v, want 1500 paid, 3500 in total", o)
	}
	if paid, _ := c.Paid(ctx, env.Addr(v2), env.Addr(seeder)); paid.Int64() != 3500 {
		t.Fatalf("Paid = %s, want 3500", paid)
	}
	if earned, _ := c.Earnings(ctx, env.Addr(seeder)); earned.Int64() != 4500 {
		t.Fatalf("Earnings = %s, want 4500", earned)
	}
	if rec, _ := c.Session(ctx, env.Addr(v2), sessionAddr); rec.Spent.Int64() != 3500 || rec.Expiry != grant.Expiry {
		t.Fatalf("Session = %+v, want 3500 spent under the grant", rec)
	}
	bal, _ := c.EscrowBalance(ctx, env.Addr(v1))
	if want := new(big.Int).Sub(ether, big.NewInt(1000)); bal.Cmp(want) != 0 {
		t.Fatalf("balance %s, want %s", bal, want)
	}

	t.Run("withdrawal waits for the unlock delay", func(t *testing.T) {
		if _, err := c.RequestWithdraw(ctx, env.Opts(v1), big.NewInt(1)); err != nil {
			t.Fatal(err)
		}
		w, err := c.PendingWithdrawal(ctx, env.Addr(v1))
		if err != nil || w.UnlockAt.Before(time.Now().Add(50*time.Minute)) {
			t.Fatalf("PendingWithdrawal = %+v, %v; want unlock in an hour", w, err)
		}
		_, err = c.Withdraw(ctx, env.Opts(v1))
		var re *chain.RevertError
		if !errors.As(err, &re) || re.Name != "WithdrawalLocked" {
			t.Fatalf("early withdraw: %v, want WithdrawalLocked", err)
		}
	})

	t.Run("a batch for another seeder is refused before sending", func(t *testing.T) {
		_, err := c.Redeem(ctx, env.Opts(seeder), env.Addr(v2), []chain.SignedReceipt{sign(v1, 1, 1)})
		if err == nil || !strings.Contains(err.Error(), "is for seeder") {
			t.Fatalf("err = %v", err)
		}
	})
}

func TestCheckDeployment(t *testing.T) {
	t.Parallel()
	env := chaintest.New(t, chaintest.Options{})
	ctx := context.Background()
	if err := chain.CheckDeployment(ctx, env.Chain.Client(), env.Deployment); err != nil {
		t.Fatal(err)
	}
	wrongChain := env.Deployment
	wrongChain.ChainID = 1
	if err := chain.CheckDeployment(ctx, env.Chain.Client(), wrongChain); !errors.Is(err, chain.ErrWrongChain) {
		t.Fatalf("wrong chain: %v", err)
	}
	noCode := env.Deployment
	noCode.Escrow = common.HexToAddress("0x1234")
	if err := chain.CheckDeployment(ctx, env.Chain.Client(), noCode); !errors.Is(err, chain.ErrBadDeployment) {
		t.Fatalf("no code: %v", err)
	}
}

// BenchmarkDevChainWithContracts measures what every integration test pays up front: starting an
// in-process dev node and deploying both contracts.
func BenchmarkDevChainWithContracts(b *testing.B) {
	for b.Loop() {
		chaintest.New(b, chaintest.Options{})
	}
}

// laggingPool refuses the first transaction it is sent for lack of funds, as a node's pool does
// for a moment after the block that funded the sender (it updates balances after new heads
// asynchronously).
type laggingPool struct {
	chain.Backend
	refused atomic.Bool
}

func (l *laggingPool) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if l.refused.CompareAndSwap(false, true) {
		return errors.New("insufficient funds for gas * price + value: address 0x… have 0 want 1")
	}
	return l.Backend.SendTransaction(ctx, tx)
}

// TestPoolBehindIsRetried is the regression test for deposits refused as "insufficient funds"
// right after the depositor was funded: when the latest block shows the sender can pay, the
// refusal is the pool lagging and the submission is retried.
func TestPoolBehindIsRetried(t *testing.T) {
	t.Parallel()
	env := chaintest.New(t, chaintest.Options{})
	pool := &laggingPool{Backend: env.Chain.Client()}
	c := chain.NewClient(pool, env.Deployment, chain.Config{Poll: chaintest.Poll})
	if _, err := c.Deposit(context.Background(), env.Opts(2), env.Addr(2), ether); err != nil {
		t.Fatalf("deposit after one lagging refusal: %v", err)
	}
	if !pool.refused.Load() {
		t.Fatal("the pool never refused: the test did not exercise the retry")
	}
	if bal, _ := c.EscrowBalance(context.Background(), env.Addr(2)); bal.Cmp(ether) != 0 {
		t.Fatalf("escrow balance %s, want %s", bal, ether)
	}
}
