package api

import "errors"

// Sign-in (POST /v1/auth/nonce, /v1/auth/verify).
var (
	// ErrChainNotConfigured means the gateway runs without a chain, so it cannot sign anyone
	// in, issue keys or relay registrations.
	ErrChainNotConfigured = errors.New("chain not configured")
	// ErrMalformedMessage means a sign-in message is not EIP-4361 text.
	ErrMalformedMessage = errors.New("malformed sign-in message")
	// ErrMalformedSignature means a signature is not 65 bytes of 0x-prefixed hex.
	ErrMalformedSignature = errors.New("malformed signature")
	// ErrWrongDomain means a sign-in message names another domain than this gateway's host.
	ErrWrongDomain = errors.New("sign-in message for another domain")
	// ErrWrongURI means a sign-in message names another URI than this gateway's public URL.
	ErrWrongURI = errors.New("sign-in message for another URI")
	// ErrWrongChain means a message or key request names another chain than the gateway's.
	ErrWrongChain = errors.New("wrong chain id")
	// ErrMessageExpired means a sign-in message is past its expiration time.
	ErrMessageExpired = errors.New("sign-in message expired")
	// ErrMessageNotYetValid means a sign-in message is issued in the future or before its
	// not-before time.
	ErrMessageNotYetValid = errors.New("sign-in message not yet valid")
	// ErrMessageTooOld means a sign-in message was issued too long ago.
	ErrMessageTooOld = errors.New("sign-in message too old")
	// ErrBadSignature means a signature does not verify, or was made by another account than
	// the message names.
	ErrBadSignature = errors.New("bad signature")
	// ErrNonceUsed means a sign-in nonce was already used: a replayed message.
	ErrNonceUsed = errors.New("sign-in nonce already used")
	// ErrNonceUnknown means a sign-in nonce was not issued by this platform.
	ErrNonceUnknown = errors.New("unknown sign-in nonce")
	// ErrNonceExpired means a sign-in nonce expired before it was used.
	ErrNonceExpired = errors.New("sign-in nonce expired")
)

// Key issuance (POST /v1/content/{id}/key).
var (
	// ErrUnknownKEM means a key request names an HPKE KEM the gateway does not offer.
	ErrUnknownKEM = errors.New("unknown HPKE KEM")
	// ErrBadHPKEKey means a key request's HPKE public key does not decode.
	ErrBadHPKEKey = errors.New("malformed HPKE public key")
	// ErrNotPurchased means the viewer has not bought the item.
	ErrNotPurchased = errors.New("not purchased")
	// ErrRentalExpired means the viewer's rental of the item has ended.
	ErrRentalExpired = errors.New("rental expired")
	// ErrSubscriptionExpired means the item is for channel subscribers and the viewer's
	// subscription is missing or over.
	ErrSubscriptionExpired = errors.New("subscription expired")
	// ErrGateTokenMissing means the item is token-gated and the viewer holds too little of
	// the token.
	ErrGateTokenMissing = errors.New("gate token missing")
	// ErrNotForSale means the item cannot be bought: only its owner has access.
	ErrNotForSale = errors.New("not for sale")
	// ErrNotEntitled means the chain denies access for a reason this gateway does not know.
	ErrNotEntitled = errors.New("not entitled")
	// ErrKeyNotHeld means the item is registered but another gateway sealed it, so this one
	// does not hold its key.
	ErrKeyNotHeld = errors.New("content key not held by this gateway")
)

// Registration (GET/POST /v1/uploads/{id}/registration).
var (
	// ErrUploadNotSealed means the upload is not sealed yet (or failed): nothing to register.
	ErrUploadNotSealed = errors.New("upload not sealed")
	// ErrAlreadyRegistered means the item is already registered on-chain.
	ErrAlreadyRegistered = errors.New("already registered")
	// ErrStaleNonce means the signed registration carries another nonce than the creator's
	// current one in the registry: fetch the registration again and re-sign.
	ErrStaleNonce = errors.New("stale registration nonce")
	// ErrSignerMismatch means the registration was signed by another account than the
	// session's.
	ErrSignerMismatch = errors.New("registration signed by another account")
	// ErrDeadlinePassed means the signed registration's deadline has passed.
	ErrDeadlinePassed = errors.New("registration deadline passed")
	// ErrInvalidPolicy means the access policy breaks the registry's rules.
	ErrInvalidPolicy = errors.New("invalid policy")
	// ErrInvalidUpload means an upload's metadata or policy has bad fields; its problem lists
	// each one, and nothing of the upload is stored.
	ErrInvalidUpload = errors.New("invalid upload metadata or policy")
	// ErrNotOwner means the session's account does not hold the item's rights token, which a
	// policy change needs.
	ErrNotOwner = errors.New("not the owner")
	// ErrPolicyMismatch means a relayed registration names another policy than the one its
	// upload declared.
	ErrPolicyMismatch = errors.New("policy differs from the upload's")
	// ErrKeyNotLinked means the item was registered on-chain by another account than the one
	// that uploaded its file here: this gateway's key belongs to the uploader's registration
	// only (issue #11 item 7, content-hash squatting).
	ErrKeyNotLinked = errors.New("registration not linked to an upload's key")
	// ErrRegistrationReverted means the registry refused the relayed registration.
	ErrRegistrationReverted = errors.New("registration reverted")
	// ErrRelayerUnfunded means the gateway's relayer account cannot pay gas.
	ErrRelayerUnfunded = errors.New("relayer out of funds")
)
