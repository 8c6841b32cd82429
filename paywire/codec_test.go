package paywire

import (
	"bytes"
	"errors"
	"math/big"
	"reflect"
	"testing"
	"time"

	"github.com/swarmgate/swarmgate/chain/eip712"
)

func TestRoundTrip(t *testing.T) {
	t.Parallel()
	msgs := benchMessages(t)
	d := testDomain()
	wallet := newKey(t)
	walletReceipt := signReceipt(t, d, wallet, addr(wallet), addr(newKey(t)), 0, new(big.Int))
	msgs = append(msgs,
		&Hello{Free: true, ChainID: 1, PricePerGiB: new(big.Int), Signature: make([]byte, 65)},
		&Hello{ChainID: ^uint64(0), PricePerGiB: maxUint256, CreditWindow: ^uint64(0), Challenge: [32]byte{31: 0xff}, Signature: bytes.Repeat([]byte{0xff}, 65)},
		&Invoice{Served: 42},
		&Invoice{Served: 0, Baseline: walletReceipt},
		&Payment{Receipt: walletReceipt},
		&Payment{Grant: msgs[2].(*Payment).Grant},
		&Payment{Identify: msgs[2].(*Payment).Identify},
		&Payment{Identify: msgs[2].(*Payment).Identify, Receipt: walletReceipt},
		&Payment{Grant: msgs[2].(*Payment).Grant, Identify: msgs[2].(*Payment).Identify},
		&Invoice{Served: 7, Baseline: walletReceipt, Grant: &SignedGrant{Session: eip712.Session{Limit: maxUint256, Expiry: ^uint64(0), Nonce: ^uint64(0)}, Signature: make([]byte, 65)}},
	)
	for _, m := range msgs {
		enc, err := Encode(m)
		if err != nil {
			t.Fatalf("%T: %v", m, err)
		}
		if len(enc) > MaxMessageSize {
			t.Errorf("%T is %d bytes, over MaxMessageSize", m, len(enc))
		}
		got, err := Decode(enc)
		if err != nil {
			t.Fatalf("%T: decode: %v", m, err)
		}
		if !reflect.DeepEqual(normalize(got), normalize(m)) {
			t.Errorf("round trip of %T:\n got %+v\nwant %+v", m, got, m)
		}
		again, err := Encode(got)
		if err != nil || !bytes.Equal(again, enc) {
			t.Errorf("%T: re-encoding differs", m)
		}
	}
}

// normalize makes big.Int values comparable with reflect.DeepEqual.
func normalize(m Message) Message {
	fix := func(x **big.Int) {
		if *x != nil {
			*x = new(big.Int).SetBytes((*x).Bytes())
		}
	}
	fr := func(r *SignedReceipt) {
		if r != nil {
			fix(&r.Receipt.Bytes)
			fix(&r.Receipt.Amount)
		}
	}
	fg := func(g *SignedGrant) {
		if g != nil {
			fix(&g.Session.Limit)
		}
	}
	switch m := m.(type) {
	case *Hello:
		c := *m
		fix(&c.PricePerGiB)
		return &c
	case *Invoice:
		c := *m
		if c.Baseline != nil {
			b := *c.Baseline
			c.Baseline = &b
		}
		if c.Grant != nil {
			g := *c.Grant
			c.Grant = &g
		}
		fr(c.Baseline)
		fg(c.Grant)
		return &c
	case *Payment:
		c := *m
		if c.Receipt != nil {
			r := *c.Receipt
			c.Receipt = &r
		}
		if c.Grant != nil {
			g := *c.Grant
			c.Grant = &g
		}
		fr(c.Receipt)
		fg(c.Grant)
		return &c
	}
	return m
}

func TestDecodeRejects(t *testing.T) {
	t.Parallel()
	msgs := benchMessages(t)
	hello, _ := Encode(msgs[0])
	invoice, _ := Encode(msgs[1])
	payment, _ := Encode(msgs[2])
	with := func(b []byte, i int, v byte) []byte {
		c := bytes.Clone(b)
		c[i] = v
		return c
	}
	cases := []struct {
		name string
		b    []byte
		want error
	}{
		{"empty", nil, ErrShort},
		{"one byte", []byte{Version}, ErrShort},
		{"version 0", with(hello, 0, 0), ErrVersion},
		{"version 1 (before grant nonces)", with(hello, 0, 1), ErrVersion},
		{"version 1 payment", with(payment, 0, 1), ErrVersion},
		{"version 3", with(hello, 0, 3), ErrVersion},
		{"type 0", with(hello, 1, 0), ErrUnknownType},
		{"type 4", with(hello, 1, 4), ErrUnknownType},
		{"hello short", hello[:len(hello)-1], ErrShort},
		{"hello long", append(bytes.Clone(hello), 0), ErrLength},
		{"hello reserved flag", with(hello, 2, 0x02), ErrFlags},
		{"invoice short header", invoice[:10], ErrShort},
		{"invoice truncated", invoice[:len(invoice)-1], ErrLength},
		{"invoice trailing byte", append(bytes.Clone(invoice), 0), ErrLength},
		{"invoice grant without receipt", with(invoice, 2, flagGrant), ErrFlags},
		{"invoice reserved flag", with(invoice, 2, 0x07), ErrFlags},
		{"invoice flags say less", with(invoice, 2, flagReceipt), ErrLength},
		{"payment no flags", with(payment, 2, 0), ErrFlags},
		{"payment reserved flag", with(payment, 2, 0x83), ErrFlags},
		{"payment header only", payment[:2], ErrShort},
		{"payment truncated", payment[:len(payment)-65], ErrLength},
		{"payment flags say less", with(payment, 2, flagGrant), ErrLength},
		{"payment without its identification flag", with(payment, 2, flagGrant|flagReceipt), ErrLength},
		{"payment reserved bit 3", with(payment, 2, 0x0f), ErrFlags},
		{"invoice identify flag", with(invoice, 2, flagReceipt|flagGrant|flagIdentify), ErrFlags},
		{"version 1 sized grant payment", append([]byte{Version, byte(TypePayment), flagGrant}, make([]byte, 145)...), ErrLength},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			m, err := Decode(c.b)
			if !errors.Is(err, c.want) {
				t.Fatalf("got %v (%T), want %v", err, m, c.want)
			}
			if m != nil {
				t.Fatalf("returned a message with the error")
			}
		})
	}
}

func TestEncodeRejects(t *testing.T) {
	t.Parallel()
	g := benchMessages(t)[2].(*Payment).Grant
	r := benchMessages(t)[2].(*Payment).Receipt
	badSig := &SignedReceipt{Receipt: r.Receipt, Signature: r.Signature[:64]}
	huge := &SignedReceipt{Receipt: eip712.Receipt{Bytes: new(big.Int).Lsh(big.NewInt(1), 64), Amount: big.NewInt(1)}, Signature: r.Signature}
	cases := []struct {
		name string
		m    Message
		want error
	}{
		{"hello without price", &Hello{ChainID: 1}, ErrRange},
		{"hello without signature", &Hello{ChainID: 1, PricePerGiB: big.NewInt(1)}, ErrRange},
		{"identification with a short signature", &Payment{Identify: &Identification{Signature: make([]byte, 64)}}, ErrRange},
		{"hello negative price", &Hello{ChainID: 1, PricePerGiB: big.NewInt(-1)}, ErrRange},
		{"hello price over 256 bits", &Hello{ChainID: 1, PricePerGiB: new(big.Int).Lsh(big.NewInt(1), 256)}, ErrRange},
		{"invoice grant without baseline", &Invoice{Grant: g}, ErrFlags},
		{"empty payment", &Payment{}, ErrFlags},
		{"short signature", &Payment{Receipt: badSig}, ErrRange},
		{"bytes over 64 bits", &Payment{Receipt: huge}, ErrRange},
		{"grant without limit", &Payment{Grant: &SignedGrant{Session: eip712.Session{Expiry: uint64(time.Now().Unix())}, Signature: g.Signature}}, ErrRange},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			if _, err := Encode(c.m); !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
		})
	}
}

// FuzzDecode: decoding never panics, and whatever decodes re-encodes to the same bytes (the
// layout is canonical: one encoding per message).
func FuzzDecode(f *testing.F) {
	for _, m := range benchMessages(f) {
		b, err := Encode(m)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, v := range vectors(f) {
		f.Add(v.encoded)
	}
	f.Add([]byte{})
	f.Add([]byte{Version, byte(TypeInvoice), 0, 0, 0, 0, 0, 0, 0, 0, 1})
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Decode(b)
		if err != nil {
			if m != nil {
				t.Fatal("message returned with an error")
			}
			return
		}
		again, err := Encode(m)
		if err != nil {
			t.Fatalf("decoded %T does not encode: %v", m, err)
		}
		if !bytes.Equal(again, b) {
			t.Fatalf("re-encoding differs:\n in %x\nout %x", b, again)
		}
	})
}
