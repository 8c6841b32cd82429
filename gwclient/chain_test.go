package gwclient

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// FuzzChainInfo decodes arbitrary answers of GET /v1/chain: Deployment never panics, and what
// it accepts names a chain and both contracts exactly as the answer did.
func FuzzChainInfo(f *testing.F) {
	f.Add([]byte(`{"chain_id":1337,"registry":"0x5FbDB2315678afecb367f032d93F642f64180aa3","escrow":"0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512","start_block":1,"unlock_delay_seconds":604800,"fee_bps":0,"fee_recipient":"0x0000000000000000000000000000000000000001","rpc_url":"http://127.0.0.1:8545"}`))
	f.Add([]byte(`{"chain_id":0,"registry":"0x5FbDB2315678afecb367f032d93F642f64180aa3","escrow":"0x0000000000000000000000000000000000000000"}`))
	f.Add([]byte(`{"chain_id":1,"registry":"5FbDB2315678afecb367f032d93F642f64180aa3","escrow":"nope"}`))
	f.Add([]byte(`{"chain_id":18446744073709551615,"unlock_delay_seconds":18446744073709551615}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		var ci ChainInfo
		if json.Unmarshal(raw, &ci) != nil {
			return
		}
		if ci.UnlockDelay() < 0 {
			t.Fatalf("unlock delay of %d s is %v", ci.UnlockDelaySeconds, ci.UnlockDelay())
		}
		d, err := ci.Deployment()
		if err != nil {
			if !strings.Contains(err.Error(), "the gateway's chain answer") {
				t.Fatalf("error does not say where it came from: %v", err)
			}
			return
		}
		if d.ChainID == 0 || d.ChainID != ci.ChainID || d.StartBlock != ci.StartBlock ||
			d.Registry == (common.Address{}) || d.Escrow == (common.Address{}) ||
			d.Registry != common.HexToAddress(ci.Registry) || d.Escrow != common.HexToAddress(ci.Escrow) {
			t.Fatalf("accepted %+v as %+v", ci, d)
		}
	})
}
