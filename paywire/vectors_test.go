package paywire

import (
	"crypto/ecdsa"
	"encoding/hex"
	"math/big"
	"os"
	"regexp"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/swarmgate/swarmgate/chain/eip712"
)

// The keys of the test vectors: keccak256 of a fixed phrase each (see SPEC.md).
var (
	vectorWallet  = crypto.Keccak256([]byte("paywire test wallet"))
	vectorSession = crypto.Keccak256([]byte("paywire test session"))
	vectorSeeder  = crypto.Keccak256([]byte("paywire test seeder"))
)

type vector struct {
	name    string
	encoded []byte
}

// The connection the vectors are made for.
var (
	vectorInfoHash  = [20]byte(crypto.Keccak256([]byte("paywire test item"))[:20])
	vectorPeerID    = [20]byte([]byte("-PW0200-vectorpeer01"))
	vectorChallenge = [32]byte(crypto.Keccak256([]byte("paywire test challenge")))
)

// vectors builds the SPEC.md test vectors from the keys. Signatures are deterministic
// (RFC 6979), so the bytes are stable.
func vectors(t testing.TB) []vector {
	t.Helper()
	wallet, session, seeder := mustKey(t, vectorWallet), mustKey(t, vectorSession), mustKey(t, vectorSeeder)
	d := eip712.NewDomain(big.NewInt(1337), common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"))
	price := big.NewInt(3_000_000_000_000_000)
	grant := signGrantNonce(t, d, wallet, session, big.NewInt(1_000_000_000_000_000_000), 1767225600, 7)
	r1 := signReceipt(t, d, session, addr(wallet), addr(seeder), 16<<20, Cost(16<<20, price))
	a2, err := NextAmount(16<<20, r1.Receipt.Amount, 20<<20+12345, price)
	if err != nil {
		t.Fatal(err)
	}
	r2 := signReceipt(t, d, wallet, addr(wallet), addr(seeder), 20<<20+12345, a2)
	hello := func(free bool) *Hello {
		h := &Hello{Free: free, ChainID: 1337, Escrow: d.VerifyingContract, Payout: addr(seeder), PricePerGiB: price, CreditWindow: 32 << 20, Challenge: vectorChallenge}
		if free {
			h.PricePerGiB = new(big.Int)
		}
		if h.Signature, err = TermsOf(h, vectorInfoHash, vectorPeerID).Sign(d, seeder); err != nil {
			t.Fatal(err)
		}
		return h
	}
	ident := Identify{Viewer: addr(wallet), Seeder: addr(seeder), Challenge: vectorChallenge}
	identify := func(key *ecdsa.PrivateKey) *Identification {
		sig, err := ident.Sign(d, key)
		if err != nil {
			t.Fatal(err)
		}
		return &Identification{Viewer: addr(wallet), Signature: sig}
	}
	msgs := []struct {
		name string
		m    Message
	}{
		{"hello", hello(false)},
		{"hello-free", hello(true)},
		{"payment-identify", &Payment{Grant: grant, Identify: identify(session)}},
		{"invoice-first", &Invoice{Served: 16<<20 + 4096}},
		{"payment-receipt", &Payment{Receipt: r1}},
		{"payment-full", &Payment{Grant: grant, Identify: identify(session), Receipt: r1}},
		{"invoice-baseline", &Invoice{Served: 20<<20 + 12345, Baseline: r1, Grant: grant}},
		{"payment-wallet-identify", &Payment{Identify: identify(wallet)}},
		{"payment-wallet-receipt", &Payment{Receipt: r2}},
	}
	var out []vector
	for _, m := range msgs {
		b, err := Encode(m.m)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, vector{m.name, b})
	}
	out = append(out,
		vector{"grant-digest", grant.Session.Digest(d).Bytes()},
		vector{"receipt-1-digest", r1.Receipt.Digest(d).Bytes()},
		vector{"receipt-2-digest", r2.Receipt.Digest(d).Bytes()},
		vector{"terms-digest", TermsOf(hello(false), vectorInfoHash, vectorPeerID).Digest(d).Bytes()},
		vector{"identify-digest", ident.Digest(d).Bytes()},
	)
	return out
}

// TestVectorsInSpec checks that SPEC.md's test vectors are exactly what this implementation
// produces from the vector keys, and that each message decodes and its signatures recover the
// right signers.
func TestVectorsInSpec(t *testing.T) {
	t.Parallel()
	spec, err := os.ReadFile("SPEC.md")
	if err != nil {
		t.Fatal(err)
	}
	inSpec := map[string]string{}
	for _, m := range regexp.MustCompile(`(?m)^([a-z0-9-]+) = ([0-9a-f]+)$`).FindAllSubmatch(spec, -1) {
		inSpec[string(m[1])] = string(m[2])
	}
	vs := vectors(t)
	if len(inSpec) != len(vs) {
		t.Errorf("SPEC.md has %d vectors, the implementation makes %d", len(inSpec), len(vs))
	}
	for _, v := range vs {
		got := hex.EncodeToString(v.encoded)
		if inSpec[v.name] != got {
			t.Errorf("vector %s:\nSPEC.md %s\n   code %s", v.name, inSpec[v.name], got)
		}
	}
	d := eip712.NewDomain(big.NewInt(1337), common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"))
	wallet := crypto.PubkeyToAddress(mustKey(t, vectorWallet).PublicKey)
	session := crypto.PubkeyToAddress(mustKey(t, vectorSession).PublicKey)
	for _, v := range vs {
		m, err := Decode(v.encoded)
		if err != nil {
			continue // the digests
		}
		check := func(what string, got, want common.Address, err error) {
			if err != nil || got != want {
				t.Errorf("%s %s: signer %s (%v), want %s", v.name, what, got, err, want)
			}
		}
		switch m := m.(type) {
		case *Hello:
			s, err := TermsOf(m, vectorInfoHash, vectorPeerID).Signer(d, m.Signature)
			check("terms", s, crypto.PubkeyToAddress(mustKey(t, vectorSeeder).PublicKey), err)
		case *Payment:
			if m.Identify != nil {
				s, err := Identify{Viewer: wallet, Seeder: crypto.PubkeyToAddress(mustKey(t, vectorSeeder).PublicKey), Challenge: vectorChallenge}.Signer(d, m.Identify.Signature)
				want := session
				if m.Grant == nil {
					want = wallet
				}
				check("identification", s, want, err)
			}
			if m.Grant != nil {
				s, err := m.Grant.Session.Signer(d, m.Grant.Signature)
				check("grant", s, wallet, err)
			}
			if m.Receipt != nil {
				s, err := m.Receipt.Receipt.Signer(d, m.Receipt.Signature)
				want := session
				if m.Receipt.Receipt.Bytes.Uint64() != 16<<20 {
					want = wallet
				}
				check("receipt", s, want, err)
			}
		case *Invoice:
			if m.Baseline != nil {
				s, err := m.Baseline.Receipt.Signer(d, m.Baseline.Signature)
				check("baseline", s, session, err)
			}
		}
	}
}

func mustKey(t testing.TB, b []byte) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.ToECDSA(b)
	if err != nil {
		t.Fatal(err)
	}
	return k
}
