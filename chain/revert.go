package chain

import (
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
)

// ErrReverted is wrapped by every *RevertError: errors.Is(err, ErrReverted) tells a contract's
// refusal apart from a transport failure.
var ErrReverted = errors.New("the contract refused the call")

// RevertError is a call or transaction that a contract refused. Name and Args are the decoded
// custom error (or "Error"/"Panic" for Solidity's built-in reverts); Hint says, when known,
// what the user can do about it.
type RevertError struct {
	Contract string // contract that defines the error, e.g. "ContentRegistry"; empty if unknown
	Name     string // custom error name, e.g. "AlreadyRegistered"
	Args     []RevertArg
	Hint     string // a sentence for users; empty when none is known
	Data     []byte // the raw revert data
}

// RevertArg is one named argument of a custom error.
type RevertArg struct {
	Name  string
	Value any
}

// Error reads like "ContentRegistry refused: AlreadyRegistered(contentHash=0x12…): this content
// is already registered".
func (e *RevertError) Error() string {
	var b strings.Builder
	if e.Contract != "" {
		b.WriteString(e.Contract)
		b.WriteString(" refused: ")
	} else {
		b.WriteString("the contract refused: ")
	}
	b.WriteString(e.Name)
	b.WriteByte('(')
	for i, a := range e.Args {
		if i > 0 {
			b.WriteString(", ")
		}
		if a.Name != "" {
			b.WriteString(a.Name)
			b.WriteByte('=')
		}
		b.WriteString(formatArg(a.Value))
	}
	b.WriteByte(')')
	if e.Hint != "" {
		b.WriteString(": ")
		b.WriteString(e.Hint)
	}
	return b.String()
}

// Unwrap makes errors.Is(err, ErrReverted) true.
func (e *RevertError) Unwrap() error { return ErrReverted }

func formatArg(v any) string {
	switch x := v.(type) {
	case common.Address:
		return x.Hex()
	case [32]byte:
		return "0x" + hex.EncodeToString(x[:])
	case []byte:
		return "0x" + hex.EncodeToString(x)
	case *big.Int:
		return x.String()
	default:
		return fmt.Sprint(x)
	}
}

// ErrorDecoder turns revert data into *RevertError using the custom errors of known contracts.
type ErrorDecoder struct {
	byID  map[[4]byte]decodable
	hints map[string]string
}

type decodable struct {
	contract string
	err      abi.Error
}

// NewErrorDecoder builds a decoder from contract name → ABI, and error name → user hint.
func NewErrorDecoder(contracts map[string]*abi.ABI, hints map[string]string) *ErrorDecoder {
	d := &ErrorDecoder{byID: map[[4]byte]decodable{}, hints: hints}
	names := make([]string, 0, len(contracts))
	for name := range contracts {
		names = append(names, name)
	}
	sort.Strings(names) // deterministic when two contracts share an error (same selector, same meaning)
	for _, name := range names {
		for _, e := range contracts[name].Errors {
			var id [4]byte
			copy(id[:], e.ID[:4])
			if _, ok := d.byID[id]; !ok {
				d.byID[id] = decodable{contract: name, err: e}
			}
		}
	}
	return d
}

// Decode returns err with its revert data decoded: a *RevertError when err carries revert data
// (an eth_call or gas estimation refused by the EVM), err unchanged otherwise.
func (d *ErrorDecoder) Decode(err error) error {
	if err == nil {
		return nil
	}
	data, ok := RevertData(err)
	if !ok {
		return err
	}
	return d.DecodeData(data)
}

// DecodeData decodes raw revert data.
func (d *ErrorDecoder) DecodeData(data []byte) *RevertError {
	re := &RevertError{Data: data}
	if len(data) < 4 {
		re.Name = "revert without a reason"
		return re
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		re.Name, re.Args = "Error", []RevertArg{{Value: reason}}
		return re
	}
	var id [4]byte
	copy(id[:], data[:4])
	known, ok := d.byID[id]
	if !ok {
		re.Name = "unknown error 0x" + hex.EncodeToString(data[:4])
		return re
	}
	re.Contract, re.Name, re.Hint = known.contract, known.err.Name, d.hints[known.err.Name]
	vals, err := known.err.Inputs.Unpack(data[4:])
	if err != nil {
		re.Args = []RevertArg{{Name: "undecodable", Value: data[4:]}}
		return re
	}
	for i, v := range vals {
		re.Args = append(re.Args, RevertArg{Name: known.err.Inputs[i].Name, Value: v})
	}
	return re
}

// RevertData extracts the revert data an RPC error carries, if any.
func RevertData(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	switch v := de.ErrorData().(type) {
	case string:
		b, err := hex.DecodeString(strings.TrimPrefix(v, "0x"))
		return b, err == nil
	case []byte:
		return v, true
	}
	return nil, false
}
