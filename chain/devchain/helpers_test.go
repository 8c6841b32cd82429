package devchain_test

import (
	"math/big"

	"github.com/ethereum/go-ethereum"
)

func ethereumFilter(block *big.Int) ethereum.FilterQuery {
	return ethereum.FilterQuery{FromBlock: block, ToBlock: block}
}
