package api

import (
	"encoding/json"
	"testing"
)

// FuzzRegistrationPolicy feeds arbitrary JSON to the registration policy parser: it must
// either refuse it with ErrInvalidParameter or produce a policy that survives a round trip.
func FuzzRegistrationPolicy(f *testing.F) {
	f.Add([]byte(`{"model":"buy","price":"1000","currency":"","duration_seconds":0,"payees":[]}`))
	f.Add([]byte(`{"model":"rent","price":"7","duration_seconds":2,"gate":{"kind":"erc1155","token":"0x00000000000000000000000000000000000000AB","id":"3","amount":"1"}}`))
	f.Add([]byte(`{"model":"exclusive","subscribers":true,"royalty_bps":250,"payees":[{"account":"0x00000000000000000000000000000000000000AB","share_bps":10000}]}`))
	f.Add([]byte(`{"model":"free","price":"-1"}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		var j regPolicyJSON
		if json.Unmarshal(raw, &j) != nil {
			return
		}
		p, err := j.policy()
		if err != nil {
			return
		}
		back, err := toRegPolicyJSON(p).policy()
		if err != nil {
			t.Fatalf("a parsed policy does not parse again: %v", err)
		}
		if back.StructHash() != p.StructHash() {
			t.Fatalf("round trip changed the policy: %+v → %+v", p, back)
		}
	})
}
