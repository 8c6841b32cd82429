package store

import "errors"

// ErrNotFound is returned when the requested row does not exist.
var ErrNotFound = errors.New("not found")

// ErrDuplicate is returned when a row with the same unique key already exists.
var ErrDuplicate = errors.New("already exists")

// ErrNonceUsed is returned when a sign-in nonce was already consumed.
var ErrNonceUsed = errors.New("sign-in nonce already used")

// ErrNonceExpired is returned when a sign-in nonce is past its expiry.
var ErrNonceExpired = errors.New("sign-in nonce expired")

// ErrInvalidArgument is returned when a caller passes a value the schema cannot hold (a hash
// of the wrong length, an address that is not hex, a negative size).
var ErrInvalidArgument = errors.New("invalid argument")

// ErrBadDSN is returned when the database DSN cannot be understood.
var ErrBadDSN = errors.New("bad database DSN")

// ErrRegistered is returned when an operation allowed only before an item's on-chain
// registration meets an item whose registration is recorded.
var ErrRegistered = errors.New("registered on-chain")
