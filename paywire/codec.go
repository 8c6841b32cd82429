package paywire

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/swarmgate/swarmgate/chain/eip712"
)

// ExtensionName is the BEP 10 extension name under which the protocol runs.
const ExtensionName = "sg_pay"

// Version is the protocol version this package speaks; it is the first byte of every message.
// Version 2 added the grant nonce, the seller's per-connection challenge and signed terms, and
// the payer's identification; version 1 messages are refused (ErrVersion).
const Version byte = 2

// MsgType is the second byte of every message.
type MsgType byte

// The message types.
const (
	// TypeHello announces a seller's terms (seller → payer).
	TypeHello MsgType = 1
	// TypeInvoice asks for payment of the bytes served (seller → payer).
	TypeInvoice MsgType = 2
	// TypePayment carries a session grant and/or a signed cumulative receipt (payer → seller).
	TypePayment MsgType = 3
)

func (t MsgType) String() string {
	switch t {
	case TypeHello:
		return "hello"
	case TypeInvoice:
		return "invoice"
	case TypePayment:
		return "payment"
	}
	return fmt.Sprintf("type(%d)", byte(t))
}

// Sizes of the fixed parts of the layout, in bytes.
const (
	headerSize   = 2                                                                   // version, type
	helloSize    = headerSize + 1 + 8 + 20 + 20 + 32 + 8 + 32 + eip712.SignatureLength // 188
	receiptSize  = 20 + 20 + 8 + 32 + eip712.SignatureLength                           // 145: viewer, seeder, bytes, amount, sig
	grantSize    = 20 + 20 + 32 + 8 + 8 + eip712.SignatureLength                       // 153: viewer, key, limit, expiry, nonce, sig
	identifySize = 20 + eip712.SignatureLength                                         // 85: viewer, sig
	invoiceMin   = headerSize + 1 + 8                                                  // 11
	paymentMin   = headerSize + 1                                                      // 3
	// MaxMessageSize is the largest valid message: a payment with a grant, an identification
	// and a receipt.
	MaxMessageSize = paymentMin + grantSize + identifySize + receiptSize // 386
)

// Flag bits.
const (
	helloFree byte = 1 << 0

	flagReceipt  byte = 1 << 0 // invoice and payment: a receipt block is present
	flagGrant    byte = 1 << 1 // invoice and payment: a grant block is present
	flagIdentify byte = 1 << 2 // payment: an identification block is present
)

var (
	// ErrShort means a message is shorter than its header or its type's fixed part.
	ErrShort = errors.New("paywire: message too short")
	// ErrVersion means a message carries a protocol version this implementation does not speak.
	ErrVersion = errors.New("paywire: unsupported protocol version")
	// ErrUnknownType means a message's type byte is not hello, invoice or payment.
	ErrUnknownType = errors.New("paywire: unknown message type")
	// ErrLength means a message's length does not match the length its type and flags imply.
	ErrLength = errors.New("paywire: message length does not match its flags")
	// ErrFlags means a message sets reserved flag bits or an invalid combination of flags.
	ErrFlags = errors.New("paywire: invalid flags")
	// ErrRange means a value does not fit its field (negative, or too large) and cannot be encoded.
	ErrRange = errors.New("paywire: value out of range for its field")
)

// Message is a decoded sg_pay message: *Hello, *Invoice or *Payment.
type Message interface {
	// Type returns the message's type byte.
	Type() MsgType
	// AppendBinary appends the message's encoding to b.
	AppendBinary(b []byte) ([]byte, error)
}

// Hello announces a seller's terms. A seller sends it right after the extended handshake. The
// terms are signed by the payout key for this connection (see Terms), so a peer cannot announce
// another seller's payout address, and Challenge is what the payer signs to identify itself.
type Hello struct {
	// Free says the seller serves this item without asking for receipts.
	Free bool
	// ChainID and Escrow name the EIP-712 domain receipts must be signed in.
	ChainID uint64
	Escrow  common.Address
	// Payout is the seller's address: the Seeder field of every receipt.
	Payout common.Address
	// PricePerGiB is the price in wei of 2^30 bytes.
	PricePerGiB *big.Int
	// CreditWindow is how many unpaid bytes the seller tolerates before it disconnects.
	CreditWindow uint64
	// Challenge is fresh and random for each connection: the payer identifies itself by signing
	// it (Identify).
	Challenge [32]byte
	// Signature is the payout key's signature of the Terms of this hello for this connection.
	Signature []byte
}

// SignedReceipt is a receipt with the signature of the viewer's wallet or of a session key.
type SignedReceipt struct {
	Receipt   eip712.Receipt
	Signature []byte
}

// SignedGrant is a session grant with the viewer wallet's signature.
type SignedGrant struct {
	Session   eip712.Session
	Signature []byte
}

// Invoice asks the payer to pay for Served bytes (cumulative for the pair) and shows the newest
// receipt the seller holds for the pair, so that a payer that lost its state can resume.
type Invoice struct {
	// Served is the seller's cumulative byte count for the (viewer, seeder) pair.
	Served uint64
	// Baseline is the newest receipt the seller holds for the pair, or nil.
	Baseline *SignedReceipt
	// Grant is the grant under which Baseline was signed; nil when the wallet signed it.
	Grant *SignedGrant
}

// Identification proves that the payer holds a receipt-signing key of Viewer: the signature, by
// the viewer's wallet or the key of the connection's grant, of Identify(viewer, seller's payout,
// the connection's challenge).
type Identification struct {
	Viewer    common.Address
	Signature []byte
}

// Payment carries a session grant, an identification, a signed cumulative receipt, or any of
// them (at least one).
type Payment struct {
	// Grant is sent once per connection (with the first payment) and whenever it changes.
	Grant *SignedGrant
	// Identify is sent once per connection, in the answer to the hello.
	Identify *Identification
	// Receipt is the newest cumulative receipt.
	Receipt *SignedReceipt
}

// Type implements Message.
func (*Hello) Type() MsgType { return TypeHello }

// Type implements Message.
func (*Invoice) Type() MsgType { return TypeInvoice }

// Type implements Message.
func (*Payment) Type() MsgType { return TypePayment }

// Encode returns the encoding of m.
func Encode(m Message) ([]byte, error) { return m.AppendBinary(make([]byte, 0, MaxMessageSize)) }

// AppendBinary implements Message.
func (h *Hello) AppendBinary(b []byte) ([]byte, error) {
	var flags byte
	if h.Free {
		flags |= helloFree
	}
	b = append(b, Version, byte(TypeHello), flags)
	b = binary.BigEndian.AppendUint64(b, h.ChainID)
	b = append(b, h.Escrow[:]...)
	b = append(b, h.Payout[:]...)
	b, err := appendUint256(b, h.PricePerGiB, "price per GiB")
	if err != nil {
		return nil, err
	}
	b = binary.BigEndian.AppendUint64(b, h.CreditWindow)
	b = append(b, h.Challenge[:]...)
	return appendSignature(b, h.Signature, "hello")
}

// AppendBinary implements Message.
func (inv *Invoice) AppendBinary(b []byte) ([]byte, error) {
	var flags byte
	if inv.Baseline != nil {
		flags |= flagReceipt
	}
	if inv.Grant != nil {
		if inv.Baseline == nil {
			return nil, fmt.Errorf("%w: an invoice carries a grant only with a baseline receipt", ErrFlags)
		}
		flags |= flagGrant
	}
	b = append(b, Version, byte(TypeInvoice), flags)
	b = binary.BigEndian.AppendUint64(b, inv.Served)
	var err error
	if inv.Baseline != nil {
		if b, err = appendReceipt(b, inv.Baseline); err != nil {
			return nil, err
		}
	}
	if inv.Grant != nil {
		if b, err = appendGrant(b, inv.Grant); err != nil {
			return nil, err
		}
	}
	return b, nil
}

// AppendBinary implements Message.
func (p *Payment) AppendBinary(b []byte) ([]byte, error) {
	var flags byte
	if p.Receipt != nil {
		flags |= flagReceipt
	}
	if p.Grant != nil {
		flags |= flagGrant
	}
	if p.Identify != nil {
		flags |= flagIdentify
	}
	if flags == 0 {
		return nil, fmt.Errorf("%w: a payment carries a grant, an identification, a receipt or several", ErrFlags)
	}
	b = append(b, Version, byte(TypePayment), flags)
	var err error
	if p.Grant != nil {
		if b, err = appendGrant(b, p.Grant); err != nil {
			return nil, err
		}
	}
	if p.Identify != nil {
		b = append(b, p.Identify.Viewer[:]...)
		if b, err = appendSignature(b, p.Identify.Signature, "identification"); err != nil {
			return nil, err
		}
	}
	if p.Receipt != nil {
		if b, err = appendReceipt(b, p.Receipt); err != nil {
			return nil, err
		}
	}
	return b, nil
}

// Decode decodes one sg_pay message. It never panics, allocates only the fixed-size values the
// message holds, and refuses (with ErrShort, ErrVersion, ErrUnknownType, ErrLength or ErrFlags)
// anything that is not exactly one well-formed message of this version.
func Decode(b []byte) (Message, error) {
	if len(b) < headerSize {
		return nil, fmt.Errorf("%w: %d bytes", ErrShort, len(b))
	}
	if b[0] != Version {
		return nil, fmt.Errorf("%w: got %d, speak %d (upgrade the older side)", ErrVersion, b[0], Version)
	}
	var (
		m   Message
		err error
	)
	switch t := MsgType(b[1]); t {
	case TypeHello:
		m, err = decodeHello(b)
	case TypeInvoice:
		m, err = decodeInvoice(b)
	case TypePayment:
		m, err = decodePayment(b)
	default:
		err = fmt.Errorf("%w: %d", ErrUnknownType, byte(t))
	}
	if err != nil {
		return nil, err // never a typed nil in the interface
	}
	return m, nil
}

func decodeHello(b []byte) (*Hello, error) {
	if len(b) != helloSize {
		if len(b) < helloSize {
			return nil, fmt.Errorf("%w: hello is %d bytes, got %d", ErrShort, helloSize, len(b))
		}
		return nil, fmt.Errorf("%w: hello is %d bytes, got %d", ErrLength, helloSize, len(b))
	}
	flags := b[2]
	if flags&^helloFree != 0 {
		return nil, fmt.Errorf("%w: hello flags %#02x", ErrFlags, flags)
	}
	r := reader{b: b[3:]}
	h := &Hello{Free: flags&helloFree != 0}
	h.ChainID = r.uint64()
	h.Escrow = r.address()
	h.Payout = r.address()
	h.PricePerGiB = r.uint256()
	h.CreditWindow = r.uint64()
	copy(h.Challenge[:], r.next(32))
	h.Signature = r.signature()
	return h, nil
}

func decodeInvoice(b []byte) (*Invoice, error) {
	if len(b) < invoiceMin {
		return nil, fmt.Errorf("%w: invoice needs at least %d bytes, got %d", ErrShort, invoiceMin, len(b))
	}
	flags := b[2]
	if flags&^(flagReceipt|flagGrant) != 0 || flags == flagGrant {
		return nil, fmt.Errorf("%w: invoice flags %#02x", ErrFlags, flags)
	}
	want := invoiceMin
	if flags&flagReceipt != 0 {
		want += receiptSize
	}
	if flags&flagGrant != 0 {
		want += grantSize
	}
	if len(b) != want {
		return nil, fmt.Errorf("%w: invoice with flags %#02x is %d bytes, got %d", ErrLength, flags, want, len(b))
	}
	r := reader{b: b[3:]}
	inv := &Invoice{Served: r.uint64()}
	if flags&flagReceipt != 0 {
		inv.Baseline = r.receipt()
	}
	if flags&flagGrant != 0 {
		inv.Grant = r.grant()
	}
	return inv, nil
}

func decodePayment(b []byte) (*Payment, error) {
	if len(b) < paymentMin {
		return nil, fmt.Errorf("%w: payment needs at least %d bytes, got %d", ErrShort, paymentMin, len(b))
	}
	flags := b[2]
	if flags&^(flagReceipt|flagGrant|flagIdentify) != 0 || flags == 0 {
		return nil, fmt.Errorf("%w: payment flags %#02x", ErrFlags, flags)
	}
	want := paymentMin
	if flags&flagGrant != 0 {
		want += grantSize
	}
	if flags&flagIdentify != 0 {
		want += identifySize
	}
	if flags&flagReceipt != 0 {
		want += receiptSize
	}
	if len(b) != want {
		return nil, fmt.Errorf("%w: payment with flags %#02x is %d bytes, got %d", ErrLength, flags, want, len(b))
	}
	r := reader{b: b[3:]}
	p := &Payment{}
	if flags&flagGrant != 0 {
		p.Grant = r.grant()
	}
	if flags&flagIdentify != 0 {
		p.Identify = &Identification{Viewer: r.address(), Signature: r.signature()}
	}
	if flags&flagReceipt != 0 {
		p.Receipt = r.receipt()
	}
	return p, nil
}

var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

func appendUint256(b []byte, x *big.Int, field string) ([]byte, error) {
	if x == nil {
		return nil, fmt.Errorf("%w: %s is missing", ErrRange, field)
	}
	if x.Sign() < 0 || x.Cmp(maxUint256) > 0 {
		return nil, fmt.Errorf("%w: %s must be in [0, 2^256)", ErrRange, field)
	}
	var w [32]byte
	x.FillBytes(w[:])
	return append(b, w[:]...), nil
}

func appendSignature(b, sig []byte, field string) ([]byte, error) {
	if len(sig) != eip712.SignatureLength {
		return nil, fmt.Errorf("%w: %s signature is %d bytes, want %d", ErrRange, field, len(sig), eip712.SignatureLength)
	}
	return append(b, sig...), nil
}

func appendReceipt(b []byte, r *SignedReceipt) ([]byte, error) {
	if r.Receipt.Bytes == nil || r.Receipt.Bytes.Sign() < 0 || !r.Receipt.Bytes.IsUint64() {
		return nil, fmt.Errorf("%w: receipt bytes must be in [0, 2^64)", ErrRange)
	}
	b = append(b, r.Receipt.Viewer[:]...)
	b = append(b, r.Receipt.Seeder[:]...)
	b = binary.BigEndian.AppendUint64(b, r.Receipt.Bytes.Uint64())
	b, err := appendUint256(b, r.Receipt.Amount, "receipt amount")
	if err != nil {
		return nil, err
	}
	return appendSignature(b, r.Signature, "receipt")
}

func appendGrant(b []byte, g *SignedGrant) ([]byte, error) {
	b = append(b, g.Session.Viewer[:]...)
	b = append(b, g.Session.Key[:]...)
	b, err := appendUint256(b, g.Session.Limit, "grant limit")
	if err != nil {
		return nil, err
	}
	b = binary.BigEndian.AppendUint64(b, g.Session.Expiry)
	b = binary.BigEndian.AppendUint64(b, g.Session.Nonce)
	return appendSignature(b, g.Signature, "grant")
}

// reader reads fixed-size fields; callers check the total length first.
type reader struct{ b []byte }

func (r *reader) next(n int) []byte {
	v := r.b[:n:n]
	r.b = r.b[n:]
	return v
}

func (r *reader) uint64() uint64          { return binary.BigEndian.Uint64(r.next(8)) }
func (r *reader) address() common.Address { return common.BytesToAddress(r.next(20)) }
func (r *reader) uint256() *big.Int       { return new(big.Int).SetBytes(r.next(32)) }
func (r *reader) signature() []byte       { return append([]byte(nil), r.next(eip712.SignatureLength)...) }

func (r *reader) receipt() *SignedReceipt {
	s := &SignedReceipt{}
	s.Receipt.Viewer = r.address()
	s.Receipt.Seeder = r.address()
	s.Receipt.Bytes = new(big.Int).SetUint64(r.uint64())
	s.Receipt.Amount = r.uint256()
	s.Signature = r.signature()
	return s
}

func (r *reader) grant() *SignedGrant {
	g := &SignedGrant{}
	g.Session.Viewer = r.address()
	g.Session.Key = r.address()
	g.Session.Limit = r.uint256()
	g.Session.Expiry = r.uint64()
	g.Session.Nonce = r.uint64()
	g.Signature = r.signature()
	return g
}
