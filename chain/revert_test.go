package chain

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

type dataErr struct{ data any }

func (e dataErr) Error() string  { return "execution reverted" }
func (e dataErr) ErrorData() any { return e.data }

const testABI = `[{"type":"error","name":"AlreadyRegistered","inputs":[{"name":"contentHash","type":"bytes32"},{"name":"by","type":"address"}]},
{"type":"error","name":"Paused","inputs":[]}]`

func TestErrorDecoder(t *testing.T) {
	t.Parallel()
	parsed, err := abi.JSON(strings.NewReader(testABI))
	if err != nil {
		t.Fatal(err)
	}
	d := NewErrorDecoder(map[string]*abi.ABI{"ContentRegistry": &parsed}, map[string]string{"AlreadyRegistered": "this content is already registered"})

	hash := common.HexToHash("0x1234")
	by := common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	already := parsed.Errors["AlreadyRegistered"]
	custom, _ := already.Inputs.Pack(hash, by)
	custom = append(append([]byte(nil), already.ID[:4]...), custom...)
	errorString, _ := abi.Arguments{{Type: mustType("string")}}.Pack("nope")
	errorString = append(hexutil.MustDecode("0x08c379a0"), errorString...)

	cases := []struct {
		name    string
		in      error
		want    string // substring of the message
		revert  bool
		errName string
	}{
		{"custom error, hex string data", dataErr{hexutil.Encode(custom)}, "ContentRegistry refused: AlreadyRegistered(contentHash=0x0000000000000000000000000000000000000000000000000000000000001234, by=" + by.Hex() + "): this content is already registered", true, "AlreadyRegistered"},
		{"custom error, wrapped", fmt.Errorf("register: %w", dataErr{hexutil.Encode(custom)}), "AlreadyRegistered", true, "AlreadyRegistered"},
		{"Error(string)", dataErr{hexutil.Encode(errorString)}, "Error(nope)", true, "Error"},
		{"unknown selector", dataErr{"0xdeadbeef"}, "unknown error 0xdeadbeef", true, "unknown error 0xdeadbeef"},
		{"empty revert", dataErr{"0x"}, "revert without a reason", true, "revert without a reason"},
		{"not a revert", errors.New("connection refused"), "connection refused", false, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := d.Decode(c.in)
			if !strings.Contains(got.Error(), c.want) {
				t.Fatalf("message %q does not contain %q", got.Error(), c.want)
			}
			if errors.Is(got, ErrReverted) != c.revert {
				t.Fatalf("errors.Is(ErrReverted) = %v, want %v", !c.revert, c.revert)
			}
			var re *RevertError
			if c.revert && (!errors.As(got, &re) || re.Name != c.errName) {
				t.Fatalf("RevertError name = %v, want %q", re, c.errName)
			}
		})
	}
	if d.Decode(nil) != nil {
		t.Fatal("Decode(nil) != nil")
	}
}

func mustType(s string) abi.Type {
	typ, err := abi.NewType(s, "", nil)
	if err != nil {
		panic(err)
	}
	return typ
}
