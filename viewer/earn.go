package viewer

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"time"

	"github.com/anacrolix/torrent/metainfo"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/swarmgate/swarmgate/paywire"
	"github.com/swarmgate/swarmgate/seeder"
)

// EarnChain is what a viewer that charges for the pieces it serves needs of the chain: the
// seeder package's balance reads and settlement (chain.Client).
type EarnChain interface {
	seeder.EscrowReader
	seeder.SettlementChain
}

// ErrEarnConfig means Config.Earn was asked for without what it needs.
var ErrEarnConfig = errors.New("earning needs a data directory and a chain client that settles")

// earner is the selling side of a viewer that distributes: paywire's seller signing with the
// wallet key (the payout account), the seeder node's receipt store and settlement chore.
type earner struct {
	seller  *paywire.Seller
	store   *seeder.Store
	settler *seeder.Settler
}

// newEarner opens the store in DataDir/earnings and builds the seller and the settlement chore;
// free says whether the item is served without receipts.
func (v *Viewer) newEarner(ctx context.Context, chainID uint64, wallet *ecdsa.PrivateKey, free bool) (*earner, error) {
	ec, ok := v.deps.Chain.(EarnChain)
	if !ok || v.cfg.DataDir == "" {
		return nil, fmt.Errorf("%w: give --data-dir (receipts are kept there until they settle)", ErrEarnConfig)
	}
	st, err := seeder.OpenStore(ctx, filepath.Join(v.cfg.DataDir, "earnings"), true, v.log)
	if err != nil {
		return nil, err
	}
	payout := crypto.PubkeyToAddress(wallet.PublicKey)
	bal := seeder.NewBalances(ec, seeder.BalanceConfig{})
	seller, err := paywire.NewSeller(paywire.SellerConfig{
		Payout: payout, PayoutKey: wallet, ChainID: chainID, Escrow: v.deps.Chain.Deployment().Escrow,
		PricePerGiB: v.cfg.SellPricePerGiB, Free: func(metainfo.Hash) bool { return free },
		Balance: bal, Store: st, Logger: v.log.With("component", "paywire-seller"),
	})
	if err != nil {
		_ = st.Close()
		return nil, fmt.Errorf("seller: %w", err)
	}
	opts := bind.NewKeyedTransactor(wallet, new(big.Int).SetUint64(chainID))
	settler := seeder.NewSettler(st, ec, opts, seeder.SettleConfig{
		Interval: v.cfg.SettleInterval, Threshold: v.cfg.SettleThreshold, BatchSize: seeder.DefaultSettleBatch,
		Margin: seeder.DefaultSettleMargin, ReconcileWait: max(2*v.cfg.SettleInterval, 10*time.Second),
	}, v.log.With("component", "settlement"), bal.Forget)
	if _, err := settler.Reconcile(ctx); err != nil {
		_ = st.Close()
		return nil, fmt.Errorf("reconcile settlement batches: %w", err)
	}
	return &earner{seller: seller, store: st, settler: settler}, nil
}
