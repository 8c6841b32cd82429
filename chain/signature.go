package chain

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
)

// ERC1271MagicValue is what an ERC-1271 wallet's isValidSignature returns for a signature it
// accepts: the function's selector, bytes4(keccak256("isValidSignature(bytes32,bytes)")).
var ERC1271MagicValue = [4]byte{0x16, 0x26, 0xba, 0x7e}

// IsValidSignatureGas bounds the gas one isValidSignature call may burn on the node. A Safe with
// a few owners needs well under 100 000, a passkey account verifying P-256 in Solidity a few
// hundred thousand; the cap keeps a hostile wallet from making every sign-in attempt cost the
// node the full eth_call gas cap.
const IsValidSignatureGas = 2_000_000

// erc1271ABI is the one function of ERC-1271. It is not in any of Swarmgate's contracts, so it
// is packed from the interface directly rather than from generated bindings.
var erc1271ABI = func() abi.ABI {
	a, err := abi.JSON(strings.NewReader(`[{"type":"function","name":"isValidSignature","stateMutability":"view",
		"inputs":[{"name":"hash","type":"bytes32"},{"name":"signature","type":"bytes"}],
		"outputs":[{"name":"magicValue","type":"bytes4"}]}]`))
	if err != nil {
		panic(err)
	}
	return a
}()

// IsValidSignature asks account, at the latest block, whether sig is a valid signature of hash
// for it, by ERC-1271 (isValidSignature(bytes32,bytes) returning 0x1626ba7e), the way smart
// accounts and Safes sign. It answers false, without error, when the account has no code (an
// externally owned account), when the call reverts or fails in the EVM (out of the
// IsValidSignatureGas gas, an invalid opcode, …), and when it returns anything but the magic
// value as its first 32-byte word, as OpenZeppelin's SignatureChecker does. An error means the
// node could not be asked: transient failures are retried by Config.Retry first.
func (c *Client) IsValidSignature(ctx context.Context, account common.Address, hash common.Hash, sig []byte) (bool, error) {
	data, err := erc1271ABI.Pack("isValidSignature", [32]byte(hash), sig)
	if err != nil {
		return false, fmt.Errorf("pack isValidSignature: %w", err)
	}
	out, err := RetryValue(ctx, c.cfg.Retry, func(ctx context.Context) ([]byte, error) {
		ctx, cancel := context.WithTimeout(ctx, c.cfg.CallTimeout)
		defer cancel()
		return c.backend.CallContract(ctx, ethereum.CallMsg{To: &account, Gas: IsValidSignatureGas, Data: data}, nil)
	})
	if err != nil {
		if evmRefused(err) {
			return false, nil
		}
		return false, fmt.Errorf("ask %s for an ERC-1271 signature check: %w", account, err)
	}
	var want [32]byte
	copy(want[:], ERC1271MagicValue[:])
	return len(out) >= 32 && bytes.Equal(out[:32], want[:]), nil
}

// evmFailures are how go-ethereum (core/vm/errors.go) and compatible nodes word an eth_call that
// ran and failed in the EVM without revert data.
var evmFailures = []string{
	"out of gas", "invalid opcode", "stack underflow", "stack overflow", "stack limit reached",
	"invalid jump destination", "write protection", "return data out of bounds",
	"max call depth exceeded", "insufficient balance for transfer", "gas uint64 overflow",
	"contract creation code storage out of gas", "max code size exceeded",
	"max initcode size exceeded", "contract address collision", "invalid code",
	"execution reverted",
}

// evmRefused reports whether err is the node's answer that the called code failed (a revert with
// or without data, or an EVM error), as opposed to the node not answering.
func evmRefused(err error) bool {
	if _, ok := RevertData(err); ok {
		return true
	}
	var rpcErr rpc.Error
	if !errors.As(err, &rpcErr) {
		return false
	}
	msg := strings.ToLower(rpcErr.Error())
	for _, f := range evmFailures {
		if strings.HasPrefix(msg, f) {
			return true
		}
	}
	return false
}
