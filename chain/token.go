package chain

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// erc20ABI is the part of ERC-20 a buyer needs to pay an ERC-20 price: approve the registry,
// and read what it may take and what the buyer holds.
var erc20ABI = func() abi.ABI {
	a, err := abi.JSON(strings.NewReader(`[
{"type":"function","name":"approve","stateMutability":"nonpayable","inputs":[{"name":"spender","type":"address"},{"name":"value","type":"uint256"}],"outputs":[{"name":"","type":"bool"}]},
{"type":"function","name":"allowance","stateMutability":"view","inputs":[{"name":"owner","type":"address"},{"name":"spender","type":"address"}],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"balanceOf","stateMutability":"view","inputs":[{"name":"account","type":"address"}],"outputs":[{"name":"","type":"uint256"}]}
]`))
	if err != nil {
		panic(err)
	}
	return a
}()

// Approve lets spender take up to amount of the ERC-20 token from the caller (opts), replacing
// any earlier allowance. Before buying at an ERC-20 price, approve the registry
// (Deployment().Registry) for exactly the price: a larger leftover allowance is money the
// registry may take later (Purchase states its terms, so it never takes more than the buyer
// agreed to, but an exact allowance is the safe habit).
func (c *Client) Approve(ctx context.Context, opts *bind.TransactOpts, token, spender common.Address, amount *big.Int) (*types.Receipt, error) {
	data, err := erc20ABI.Pack("approve", spender, orZero(amount))
	if err != nil {
		return nil, err
	}
	r, err := c.transact(ctx, opts, &token, data, nil)
	if err != nil {
		return r, fmt.Errorf("approve %s to take %s of token %s: %w", spender, orZero(amount), token, err)
	}
	return r, nil
}

// Allowance returns how much of the ERC-20 token spender may still take from owner.
func (c *Client) Allowance(ctx context.Context, token, owner, spender common.Address) (*big.Int, error) {
	data, err := erc20ABI.Pack("allowance", owner, spender)
	if err != nil {
		return nil, err
	}
	return call(ctx, c, token, nil, data, unpackUint("allowance"))
}

// TokenBalance returns account's balance of the ERC-20 token.
func (c *Client) TokenBalance(ctx context.Context, token, account common.Address) (*big.Int, error) {
	data, err := erc20ABI.Pack("balanceOf", account)
	if err != nil {
		return nil, err
	}
	return call(ctx, c, token, nil, data, unpackUint("balanceOf"))
}

func unpackUint(method string) func([]byte) (*big.Int, error) {
	return func(out []byte) (*big.Int, error) {
		vals, err := erc20ABI.Unpack(method, out)
		if err != nil {
			return nil, err
		}
		v, ok := vals[0].(*big.Int)
		if !ok {
			return nil, fmt.Errorf("%s returned %T", method, vals[0])
		}
		return v, nil
	}
}
