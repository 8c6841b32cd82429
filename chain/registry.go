package chain

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/swarmgate/swarmgate/chain/eip712"
	"github.com/swarmgate/swarmgate/contracts/bindings/contentregistry"
)

// ErrUnknownContent means no content item has the given id.
var ErrUnknownContent = errors.New("unknown content id")

// Perpetual is the access expiry of access that does not expire.
const Perpetual = math.MaxUint64

// Content is one registered item as the registry stores it.
type Content struct {
	ID            *big.Int
	ContentHash   common.Hash
	InfoHash      common.Hash // the 20-byte BitTorrent v1 info hash, left-aligned
	KeyCommitment common.Hash // keccak256 of the content key
	MetadataURI   string
	Policy        eip712.Policy
}

// RegistryDomain returns the EIP-712 domain registrations are signed in.
func (c *Client) RegistryDomain() eip712.Domain { return eip712.NewDomain(c.chainID, c.dep.Registry) }

// Content reads item id at the confirmed block.
func (c *Client) Content(ctx context.Context, id *big.Int) (Content, error) {
	block, err := c.confirmedBlock(ctx)
	if err != nil {
		return Content{}, err
	}
	out, err := call(ctx, c, c.dep.Registry, block, c.registry.PackContent(id), c.registry.UnpackContent)
	if err != nil {
		return Content{}, unknownContent(err, id)
	}
	return Content{
		ID: new(big.Int).Set(id), ContentHash: out.ContentHash, InfoHash: out.InfoHash,
		KeyCommitment: out.KeyCommitment, MetadataURI: out.MetadataURI, Policy: policyFromBinding(out.Policy),
	}, nil
}

// ContentIDOf returns the id of the item creator registered with contentHash, or
// ErrUnknownContent. Content hashes are unique per creator only: another account may have
// registered the same hash (copied from a pending registration), and that item is not creator's.
func (c *Client) ContentIDOf(ctx context.Context, creator common.Address, contentHash common.Hash) (*big.Int, error) {
	id, err := call(ctx, c, c.dep.Registry, nil, c.registry.PackContentIdOf(creator, contentHash), c.registry.UnpackContentIdOf)
	if err != nil {
		return nil, err
	}
	if id.Sign() == 0 {
		return nil, fmt.Errorf("%w: %s registered no item with content hash %s", ErrUnknownContent, creator, contentHash)
	}
	return id, nil
}

// OwnerOf returns the holder of item id's rights token.
func (c *Client) OwnerOf(ctx context.Context, id *big.Int) (common.Address, error) {
	owner, err := call(ctx, c, c.dep.Registry, nil, c.registry.PackOwnerOf(id), c.registry.UnpackOwnerOf)
	return owner, unknownContent(err, id)
}

// CreatorOf returns the account that registered item id: the receiver of its ERC-2981 royalty,
// whoever holds the rights token now.
func (c *Client) CreatorOf(ctx context.Context, id *big.Int) (common.Address, error) {
	creator, err := call(ctx, c, c.dep.Registry, nil, c.registry.PackCreatorOf(id), c.registry.UnpackCreatorOf)
	return creator, unknownContent(err, id)
}

// Nonce returns the account's next registerWithSig / updatePolicyWithSig nonce (the two share it).
func (c *Client) Nonce(ctx context.Context, creator common.Address) (*big.Int, error) {
	return call(ctx, c, c.dep.Registry, nil, c.registry.PackNonces(creator), c.registry.UnpackNonces)
}

// Register registers an item from the creator's own account (opts) and returns its id.
func (c *Client) Register(ctx context.Context, opts *bind.TransactOpts, reg eip712.Registration) (*big.Int, *types.Receipt, error) {
	data := c.registry.PackRegister(reg.ContentHash, reg.InfoHash, reg.KeyCommitment, reg.MetadataURI, policyToBinding(reg.Policy))
	receipt, err := c.transact(ctx, opts, &c.dep.Registry, data, nil)
	if err != nil {
		return nil, receipt, fmt.Errorf("register content %s: %w", reg.ContentHash, err)
	}
	id, err := c.registeredID(receipt)
	return id, receipt, err
}

// RegisterWithSig relays a registration the creator signed (EIP-712, see RegistryDomain); the
// relayer (opts) pays the gas, the creator owns the item.
func (c *Client) RegisterWithSig(ctx context.Context, opts *bind.TransactOpts, reg eip712.Registration, sig []byte) (*big.Int, *types.Receipt, error) {
	data := c.registry.PackRegisterWithSig(reg.ContentHash, reg.InfoHash, reg.KeyCommitment, reg.MetadataURI,
		policyToBinding(reg.Policy), reg.Creator, reg.Deadline, sig)
	receipt, err := c.transact(ctx, opts, &c.dep.Registry, data, nil)
	if err != nil {
		return nil, receipt, fmt.Errorf("relay registration of %s for %s: %w", reg.ContentHash, reg.Creator, err)
	}
	id, err := c.registeredID(receipt)
	return id, receipt, err
}

func (c *Client) registeredID(receipt *types.Receipt) (*big.Int, error) {
	for _, l := range receipt.Logs {
		if l.Address != c.dep.Registry {
			continue
		}
		if ev, err := c.registry.UnpackContentRegisteredEvent(l); err == nil {
			return ev.ContentId, nil
		}
	}
	return nil, fmt.Errorf("transaction %s registered nothing", receipt.TxHash)
}

// Terms are the sale terms a buyer agrees to and states with its purchase, so that the
// registry refuses the purchase (TermsChanged) if the owner changed them in the meantime: the
// price and currency, and the seconds of access per purchase (Rent; 0 for Buy) or per period
// (a channel subscription).
type Terms struct {
	Price    *big.Int
	Currency common.Address // zero for the native coin
	Duration uint64
}

// PurchaseTerms are the terms a purchase of an item with policy p states.
func PurchaseTerms(p eip712.Policy) Terms {
	return Terms{Price: orZero(p.Price), Currency: p.Currency, Duration: p.Duration}
}

// ChannelTerms reads creator's channel subscription terms (price per period, currency and period
// in seconds); a zero price means the channel is closed.
func (c *Client) ChannelTerms(ctx context.Context, creator common.Address) (Terms, error) {
	ch, err := call(ctx, c, c.dep.Registry, nil, c.registry.PackChannel(creator), c.registry.UnpackChannel)
	if err != nil {
		return Terms{}, err
	}
	return Terms{Price: ch.Price, Currency: ch.Currency, Duration: ch.Period}, nil
}

// Purchase buys access to item id for recipient (gifts work) from the buyer's account (opts),
// at the terms the buyer agreed to (PurchaseTerms of the policy it was shown), and returns the
// recipient's new access expiry. If the owner changed the price, currency or duration since,
// the registry refuses it (a *RevertError named TermsChanged) and nothing is paid. A native-coin
// price is sent with the transaction; an ERC-20 price is taken with transferFrom: approve the
// registry for exactly the price first (see Approve).
func (c *Client) Purchase(ctx context.Context, opts *bind.TransactOpts, id *big.Int, recipient common.Address, terms Terms) (uint64, *types.Receipt, error) {
	price := orZero(terms.Price)
	value := new(big.Int)
	if terms.Currency == (common.Address{}) {
		value = price
	}
	data := c.registry.PackPurchase(id, recipient, price, terms.Currency, terms.Duration)
	receipt, err := c.transact(ctx, opts, &c.dep.Registry, data, value)
	if err != nil {
		return 0, receipt, fmt.Errorf("purchase item %s for %s: %w", id, recipient, err)
	}
	for _, l := range receipt.Logs {
		if ev, err := c.registry.UnpackPurchasedEvent(l); err == nil && l.Address == c.dep.Registry {
			return ev.Expiry, receipt, nil
		}
	}
	return 0, receipt, fmt.Errorf("transaction %s purchased nothing", receipt.TxHash)
}

// Subscribe buys periods of creator's channel subscription for the caller (opts) at the terms
// it agreed to (see ChannelTerms; Duration is the period); changed terms are refused as for
// Purchase. A native-coin price is sent as price × periods.
func (c *Client) Subscribe(ctx context.Context, opts *bind.TransactOpts, creator common.Address, periods uint32, terms Terms) (uint64, *types.Receipt, error) {
	price := orZero(terms.Price)
	value := new(big.Int)
	if terms.Currency == (common.Address{}) {
		value = new(big.Int).Mul(price, new(big.Int).SetUint64(uint64(periods)))
	}
	data := c.registry.PackSubscribe(creator, periods, price, terms.Currency, terms.Duration)
	receipt, err := c.transact(ctx, opts, &c.dep.Registry, data, value)
	if err != nil {
		return 0, receipt, fmt.Errorf("subscribe to %s: %w", creator, err)
	}
	for _, l := range receipt.Logs {
		if ev, err := c.registry.UnpackSubscribedEvent(l); err == nil && l.Address == c.dep.Registry {
			return ev.Expiry, receipt, nil
		}
	}
	return 0, receipt, fmt.Errorf("transaction %s subscribed nothing", receipt.TxHash)
}

// SetChannel sets the caller's channel subscription price per period (price 0 closes it).
func (c *Client) SetChannel(ctx context.Context, opts *bind.TransactOpts, price *big.Int, currency common.Address, period time.Duration) (*types.Receipt, error) {
	return c.transact(ctx, opts, &c.dep.Registry, c.registry.PackSetChannel(price, currency, uint64(period/time.Second)), nil)
}

// UpdatePolicy changes item id's policy; only the rights-token owner may, and an owner who is not
// the item's creator must keep its royalty rate.
func (c *Client) UpdatePolicy(ctx context.Context, opts *bind.TransactOpts, id *big.Int, p eip712.Policy) (*types.Receipt, error) {
	return c.transact(ctx, opts, &c.dep.Registry, c.UpdatePolicyCallData(id, p), nil)
}

// UpdatePolicyCallData is the calldata of a direct ContentRegistry.updatePolicy transaction,
// for an owner that sends it from its own wallet.
func (c *Client) UpdatePolicyCallData(id *big.Int, p eip712.Policy) []byte {
	return c.registry.PackUpdatePolicy(id, policyToBinding(p))
}

// UpdatePolicyWithSig relays a policy update the item's owner signed (EIP-712 PolicyUpdate, see
// RegistryDomain and Nonce); the relayer (opts) pays the gas.
func (c *Client) UpdatePolicyWithSig(ctx context.Context, opts *bind.TransactOpts, u eip712.PolicyUpdate, sig []byte) (*types.Receipt, error) {
	data := c.registry.PackUpdatePolicyWithSig(u.ContentID, policyToBinding(u.Policy), orZero(u.Deadline), sig)
	receipt, err := c.transact(ctx, opts, &c.dep.Registry, data, nil)
	if err != nil {
		return receipt, fmt.Errorf("relay policy update of item %s: %w", u.ContentID, err)
	}
	return receipt, nil
}

// Owed returns what payee can withdraw from the registry in currency (zero: native coin).
func (c *Client) Owed(ctx context.Context, payee, currency common.Address) (*big.Int, error) {
	return call(ctx, c, c.dep.Registry, nil, c.registry.PackOwed(payee, currency), c.registry.UnpackOwed)
}

// WithdrawRevenue pays the caller's sales revenue in currency out of the registry.
func (c *Client) WithdrawRevenue(ctx context.Context, opts *bind.TransactOpts, currency common.Address) (*types.Receipt, error) {
	return c.transact(ctx, opts, &c.dep.Registry, c.registry.PackWithdraw(currency), nil)
}

// DenyReason says why an account has no access to an item.
type DenyReason string

// The deny reasons, stable strings the gateway shows as problem codes.
const (
	DenyNotPurchased        DenyReason = "not_purchased"
	DenyRentalExpired       DenyReason = "rental_expired"
	DenySubscriptionExpired DenyReason = "subscription_expired"
	DenyGateTokenMissing    DenyReason = "gate_token_missing"
	DenyNotForSale          DenyReason = "not_for_sale"
)

// Access is the answer to "may this account have the item's key?", read at Block.
type Access struct {
	Allowed bool
	Expiry  uint64     // unix seconds until which access holds; Perpetual when it never ends
	Reason  DenyReason // why not, when !Allowed
	Block   uint64     // block the answer was read at (0: latest)
}

// Access reads from the registry, at the confirmed block, whether account has access to item id,
// until when, and if not, why not. The chain is the only source of truth for this.
func (c *Client) Access(ctx context.Context, id *big.Int, account common.Address) (Access, error) {
	block, err := c.confirmedBlock(ctx)
	if err != nil {
		return Access{}, err
	}
	a := Access{}
	if block != nil {
		a.Block = block.Uint64()
	}
	allowed, err := call(ctx, c, c.dep.Registry, block, c.registry.PackHasAccess(id, account), c.registry.UnpackHasAccess)
	if err != nil {
		return a, unknownContent(err, id)
	}
	if allowed {
		a.Allowed = true
		a.Expiry, err = call(ctx, c, c.dep.Registry, block, c.registry.PackAccessExpiry(id, account), c.registry.UnpackAccessExpiry)
		return a, err
	}
	// Not allowed: find out why, for a useful 403.
	item, err := call(ctx, c, c.dep.Registry, block, c.registry.PackContent(id), c.registry.UnpackContent)
	if err != nil {
		return a, unknownContent(err, id)
	}
	purchased, err := call(ctx, c, c.dep.Registry, block, c.registry.PackPurchasedUntil(id, account), c.registry.UnpackPurchasedUntil)
	if err != nil {
		return a, err
	}
	switch {
	case purchased > 0:
		a.Reason = DenyRentalExpired
	case item.Policy.GateKind != uint8(eip712.GateNone):
		a.Reason = DenyGateTokenMissing
	case item.Policy.Model == uint8(eip712.ModelExclusive) && item.Policy.Subscribers:
		a.Reason = DenySubscriptionExpired
	case item.Policy.Model == uint8(eip712.ModelExclusive):
		a.Reason = DenyNotForSale
	default:
		a.Reason = DenyNotPurchased
	}
	return a, nil
}

func unknownContent(err error, id *big.Int) error {
	var re *RevertError
	if errors.As(err, &re) && (re.Name == "UnknownContent" || re.Name == "ERC721NonexistentToken") {
		return fmt.Errorf("%w: %s", ErrUnknownContent, id)
	}
	return err
}

func policyToBinding(p eip712.Policy) contentregistry.ContentRegistryPolicy {
	payees := make([]contentregistry.ContentRegistryPayee, len(p.Payees))
	for i, pe := range p.Payees {
		payees[i] = contentregistry.ContentRegistryPayee{Account: pe.Account, ShareBps: pe.ShareBps}
	}
	return contentregistry.ContentRegistryPolicy{
		Model: uint8(p.Model), Price: orZero(p.Price), Currency: p.Currency, Duration: p.Duration,
		Subscribers: p.Subscribers, GateKind: uint8(p.GateKind), GateToken: p.GateToken,
		GateId: orZero(p.GateID), GateAmount: orZero(p.GateAmount), RoyaltyBps: p.RoyaltyBps, Payees: payees,
	}
}

func policyFromBinding(b contentregistry.ContentRegistryPolicy) eip712.Policy {
	payees := make([]eip712.Payee, len(b.Payees))
	for i, pe := range b.Payees {
		payees[i] = eip712.Payee{Account: pe.Account, ShareBps: pe.ShareBps}
	}
	return eip712.Policy{
		Model: eip712.Model(b.Model), Price: b.Price, Currency: b.Currency, Duration: b.Duration,
		Subscribers: b.Subscribers, GateKind: eip712.GateKind(b.GateKind), GateToken: b.GateToken,
		GateID: b.GateId, GateAmount: b.GateAmount, RoyaltyBps: b.RoyaltyBps, Payees: payees,
	}
}

func orZero(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}

// ValidContentID reports whether id is a canonical decimal on-chain content id: digits only,
// no leading zero, at most 78 digits (the width of a uint256). The gateway's API and a seeder's
// --content flag take ids in this form.
func ValidContentID(id string) bool {
	if id == "" || len(id) > 78 || (len(id) > 1 && id[0] == '0') {
		return false
	}
	for i := 0; i < len(id); i++ {
		if id[i] < '0' || id[i] > '9' {
			return false
		}
	}
	return true
}
