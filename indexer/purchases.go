package indexer

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/swarmgate/swarmgate/chain"
	"github.com/swarmgate/swarmgate/store"
)

// purchasedABI is the registry's Purchased event, the one event the indexer reads besides the
// catalog's (chain.Client.Events): sales counts come from it. It is decoded from the event's
// ABI directly, as chain/signature.go does for ERC-1271, rather than from generated bindings.
var purchasedABI = func() abi.ABI {
	a, err := abi.JSON(strings.NewReader(`[{"type":"event","name":"Purchased","inputs":[
		{"name":"contentId","type":"uint256","indexed":true},{"name":"buyer","type":"address","indexed":true},
		{"name":"recipient","type":"address","indexed":true},{"name":"expiry","type":"uint64","indexed":false},
		{"name":"amount","type":"uint256","indexed":false},{"name":"currency","type":"address","indexed":false}]}]`))
	if err != nil {
		panic(err)
	}
	return a
}()

// chainLogs is what reading Purchased events needs: the node and the registry's address.
// *chain.Client implements it; a Source that does not is not asked for purchases.
type chainLogs interface {
	Backend() chain.Backend
	Deployment() chain.Deployment
}

// purchases reads the registry's Purchased events of blocks from..to, in chain order.
func purchases(ctx context.Context, src chainLogs, from, to uint64) ([]store.Purchase, error) {
	ev := purchasedABI.Events["Purchased"]
	q := ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{src.Deployment().Registry}, Topics: [][]common.Hash{{ev.ID}},
	}
	logs, err := chain.RetryValue(ctx, chain.DefaultRetry, func(ctx context.Context) ([]types.Log, error) {
		ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
		defer cancel()
		return src.Backend().FilterLogs(ctx, q)
	})
	if err != nil {
		return nil, fmt.Errorf("read purchases of blocks %d–%d: %w", from, to, err)
	}
	out := make([]store.Purchase, 0, len(logs))
	for _, l := range logs {
		if l.Removed || len(l.Topics) != 4 || l.Topics[0] != ev.ID {
			continue
		}
		vals, err := ev.Inputs.NonIndexed().Unpack(l.Data)
		if err != nil || len(vals) != 3 {
			return nil, fmt.Errorf("%w: Purchased log %d of block %d: %v", chain.ErrBadEvent, l.Index, l.BlockNumber, err)
		}
		amount, _ := vals[1].(*big.Int)
		currency, _ := vals[2].(common.Address)
		p := store.Purchase{
			TxHash: l.TxHash.Bytes(), LogIndex: int64(l.Index), Block: int64(l.BlockNumber),
			ContentID: new(big.Int).SetBytes(l.Topics[1][:]).String(),
			Buyer:     store.Addr(common.BytesToAddress(l.Topics[2][:])), Recipient: store.Addr(common.BytesToAddress(l.Topics[3][:])),
			Amount: "0",
		}
		if amount != nil {
			p.Amount = amount.String()
		}
		if currency != (common.Address{}) {
			p.Currency = store.Addr(currency)
		}
		out = append(out, p)
	}
	return out, nil
}
