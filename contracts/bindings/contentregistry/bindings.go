// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contentregistry

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// ContentRegistryPayee is an auto generated low-level Go binding around an user-defined struct.
type ContentRegistryPayee struct {
	Account  common.Address
	ShareBps uint16
}

// ContentRegistryPolicy is an auto generated low-level Go binding around an user-defined struct.
type ContentRegistryPolicy struct {
	Model       uint8
	Price       *big.Int
	Currency    common.Address
	Duration    uint64
	Subscribers bool
	GateKind    uint8
	GateToken   common.Address
	GateId      *big.Int
	GateAmount  *big.Int
	RoyaltyBps  uint16
	Payees      []ContentRegistryPayee
}

// ContentRegistryMetaData contains all meta data concerning the ContentRegistry contract.
var ContentRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"AlreadyPerpetual\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AmountOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"}],\"name\":\"ChannelClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"contentId\",\"type\":\"uint256\"}],\"name\":\"ContentAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpiryOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"maxBps\",\"type\":\"uint16\"}],\"name\":\"FeeTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumContentRegistry.PolicyFault\",\"name\":\"fault\",\"type\":\"uint8\"}],\"name\":\"InvalidPolicy\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"NativeTransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotContentOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contentId\",\"type\":\"uint256\"}],\"name\":\"NotForSale\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"SignatureExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expectedPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"expectedCurrency\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"expectedDuration\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"duration\",\"type\":\"uint64\"}],\"name\":\"TermsChanged\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"received\",\"type\":\"uint256\"}],\"name\":\"TokenAmountMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contentId\",\"type\":\"uint256\"}],\"name\":\"UnknownContent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"}],\"name\":\"WrongPayment\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroFeeRecipient\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroPeriods\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRecipient\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"}],\"name\":\"ChannelUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"contentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"infoHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"keyCommitment\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"enumContentRegistry.Model\",\"name\":\"model\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"duration\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"subscribers\",\"type\":\"bool\"},{\"internalType\":\"enumContentRegistry.GateKind\",\"name\":\"gateKind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"gateToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"gateId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gateAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"royaltyBps\",\"type\":\"uint16\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"shareBps\",\"type\":\"uint16\"}],\"internalType\":\"structContentRegistry.Payee[]\",\"name\":\"payees\",\"type\":\"tuple[]\"}],\"indexed\":false,\"internalType\":\"structContentRegistry.Policy\",\"name\":\"policy\",\"type\":\"tuple\"}],\"name\":\"ContentRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"}],\"name\":\"FeeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"NonceInvalidated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"contentId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"enumContentRegistry.Model\",\"name\":\"model\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"duration\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"subscribers\",\"type\":\"bool\"},{\"internalType\":\"enumContentRegistry.GateKind\",\"name\":\"gateKind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"gateToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"gateId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gateAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"royaltyBps\",\"type\":\"uint16\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"shareBps\",\"type\":\"uint16\"}],\"internalType\":\"structContentRegistry.Payee[]\",\"name\":\"payees\",\"type\":\"tuple[]\"}],\"indexed\":false,\"internalType\":\"structContentRegistry.Policy\",\"name\":\"policy\",\"type\":\"tuple\"}],\"name\":\"PolicyUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"contentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"}],\"name\":\"Purchased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"subscriber\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"periods\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"}],\"name\":\"Subscribed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FEE_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PAYEES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ROYALTY_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAYEE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PERPETUAL\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POLICY_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POLICY_UPDATE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRATION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"accessExpiry\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"}],\"name\":\"channel\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contentId\",\"type\":\"uint256\"}],\"name\":\"content\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"infoHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"keyCommitment\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"enumContentRegistry.Model\",\"name\":\"model\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"duration\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"subscribers\",\"type\":\"bool\"},{\"internalType\":\"enumContentRegistry.GateKind\",\"name\":\"gateKind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"gateToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"gateId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gateAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"royaltyBps\",\"type\":\"uint16\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"shareBps\",\"type\":\"uint16\"}],\"internalType\":\"structContentRegistry.Payee[]\",\"name\":\"payees\",\"type\":\"tuple[]\"}],\"internalType\":\"structContentRegistry.Policy\",\"name\":\"policy\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"}],\"name\":\"contentIdOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contentId\",\"type\":\"uint256\"}],\"name\":\"creatorOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"fee\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasAccess\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"invalidateNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"}],\"name\":\"owed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"duration\",\"type\":\"uint64\"}],\"name\":\"purchase\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"purchasedUntil\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"infoHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"keyCommitment\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"enumContentRegistry.Model\",\"name\":\"model\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"duration\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"subscribers\",\"type\":\"bool\"},{\"internalType\":\"enumContentRegistry.GateKind\",\"name\":\"gateKind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"gateToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"gateId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gateAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"royaltyBps\",\"type\":\"uint16\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"shareBps\",\"type\":\"uint16\"}],\"internalType\":\"structContentRegistry.Payee[]\",\"name\":\"payees\",\"type\":\"tuple[]\"}],\"internalType\":\"structContentRegistry.Policy\",\"name\":\"policy\",\"type\":\"tuple\"}],\"name\":\"register\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"contentId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"infoHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"keyCommitment\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"enumContentRegistry.Model\",\"name\":\"model\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"duration\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"subscribers\",\"type\":\"bool\"},{\"internalType\":\"enumContentRegistry.GateKind\",\"name\":\"gateKind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"gateToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"gateId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gateAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"royaltyBps\",\"type\":\"uint16\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"shareBps\",\"type\":\"uint16\"}],\"internalType\":\"structContentRegistry.Payee[]\",\"name\":\"payees\",\"type\":\"tuple[]\"}],\"internalType\":\"structContentRegistry.Policy\",\"name\":\"policy\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"registerWithSig\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"contentId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"salePrice\",\"type\":\"uint256\"}],\"name\":\"royaltyInfo\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"royaltyAmount\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"}],\"name\":\"setChannel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"}],\"name\":\"setFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"periods\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"}],\"name\":\"subscribe\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"subscriber\",\"type\":\"address\"}],\"name\":\"subscribedUntil\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalContent\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contentId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"enumContentRegistry.Model\",\"name\":\"model\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"duration\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"subscribers\",\"type\":\"bool\"},{\"internalType\":\"enumContentRegistry.GateKind\",\"name\":\"gateKind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"gateToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"gateId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gateAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"royaltyBps\",\"type\":\"uint16\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"shareBps\",\"type\":\"uint16\"}],\"internalType\":\"structContentRegistry.Payee[]\",\"name\":\"payees\",\"type\":\"tuple[]\"}],\"internalType\":\"structContentRegistry.Policy\",\"name\":\"policy\",\"type\":\"tuple\"}],\"name\":\"updatePolicy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contentId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"enumContentRegistry.Model\",\"name\":\"model\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"duration\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"subscribers\",\"type\":\"bool\"},{\"internalType\":\"enumContentRegistry.GateKind\",\"name\":\"gateKind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"gateToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"gateId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gateAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"royaltyBps\",\"type\":\"uint16\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"shareBps\",\"type\":\"uint16\"}],\"internalType\":\"structContentRegistry.Payee[]\",\"name\":\"payees\",\"type\":\"tuple[]\"}],\"internalType\":\"structContentRegistry.Policy\",\"name\":\"policy\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"updatePolicyWithSig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ContentRegistry",
	Bin: "0x610160806040523461058257606081614eeb80380380916100208285610586565b83398101031261058257610033816105a9565b6040610041602084016105a9565b9201519161ffff8316918284036105825760405190610061604083610586565b600982526020820168537761726d6761746560b81b815260405192610087604085610586565b600184526020840192603160f81b84526040516100a5604082610586565b601181527014ddd85c9b59d85d194810dbdb9d195b9d607a1b6020820152604051906100d2604083610586565b60048252635357474360e01b60208301528051906001600160401b038211610481575f5490600182811c92168015610578575b60208310146104635781601f849311610503575b50602090601f83116001146104a0575f92610495575b50508160011b915f199060031b1c1916175f555b8051906001600160401b0382116104815760015490600182811c92168015610477575b60208310146104635781601f8493116103ed575b50602090601f8311600114610387575f9261037c575b50508160011b915f199060031b1c1916176001555b6001600160a01b0316801561036957600780546001600160a01b031990811690915560068054918216831790556001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3610208816105bd565b61012052610215846105bd565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261027e60c082610586565b5190206080523060c0526001600160a01b031691821561035a576103e8821161034157600c80546001600160b01b031916841760a09290921b61ffff60a01b169190911790556040519081527f0b35372508b859a302b538add9c7e744f78c2f6211e77f34c14594fc32ad155490602090a26040516148c290816106298239608051816146f9015260a051816147b0015260c051816146ca015260e051816147480152610100518161476e01526101205181610e9501526101405181610ebe0152f35b50633c057d7b60e01b5f526004526103e860245260445ffd5b6333fe7c6560e21b5f5260045ffd5b631e4fbdf760e01b5f525f60045260245ffd5b015190505f80610190565b60015f9081528281209350601f198516905b8181106103d557509084600195949392106103bd575b505050811b016001556101a5565b01515f1960f88460031b161c191690555f80806103af565b92936020600181928786015181550195019301610399565b8281111561017a5760015f52909150601f830160051c7fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf66020851061045b575b849392601f0160051c82900391015f5b82811061044b57505061017a565b5f8183015585945060010161043d565b5f915061042d565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610166565b634e487b7160e01b5f52604160045260245ffd5b015190505f8061012f565b5f8080528281209350601f198516905b8181106104eb57509084600195949392106104d3575b505050811b015f55610143565b01515f1960f88460031b161c191690555f80806104c6565b929360206001819287860151815501950193016104b0565b82811115610119575f8052909150601f830160051c7f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56360208510610570575b849392601f0160051c82900391015f5b828110610560575050610119565b5f81830155859450600101610552565b5f9150610542565b91607f1691610105565b5f80fd5b601f909101601f19168101906001600160401b0382119082101761048157604052565b51906001600160a01b038216820361058257565b601f8151116105e85760208151910151602082106105d9571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe6080806040526004361015610012575f80fd5b5f3560e01c90816301ffc9a7146124a55750806306fdde0314612403578063081812fc146123c6578063095ea7b3146122b45780631494e2f61461227a57806322163f0f14611ede57806322f850b314611eae57806323b872dd14611e97578063249d39e914611e7b57806328079e4a14611e275780632a55205a14611d925780632c59d16314611d75578063326ebe3314611bca578063337f3a3114611aae578063345041c614611a2b5780633c98c889146117545780633dca40e6146107cc5780633f4ba83a146116b4578063404fdefa1461167a57806342842e0e1461165157806351cff8d914611460578063589a1743146113f65780635a57b46f1461138d5780635c975abb146113685780635d9ea8831461132e5780635ecc86e8146113135780635f524961146112b55780635f8e8ca2146112665780636352211e1461123757806370a08231146111cd578063715018a61461114a57806379ba50971461108e5780637ec51ef4146110545780637ecebe001461101c5780638456cb5914610f9157806384b0196e14610e7d5780638da5cb5b14610e5757806395d89b4114610d6f578063a22cb46514610c6b578063ab1a216f14610be0578063b88d4fde14610b80578063baa0b8061461085b578063c87b56dd1461080c578063ced14198146107d1578063d55be8c6146107cc578063da22152814610756578063ddca3f4314610724578063e2c1fefa146105b8578063e30c397814610592578063e985e9c514610539578063f0e3ee0e14610517578063f2fde38b1461049c578063f40ecab3146104585763ffbb98821461026e575f80fd5b34610454576101006003193601126104545760043560443560243560643567ffffffffffffffff8111610454576102a9903690600401612767565b9290916084359467ffffffffffffffff8611610454576101606003198760040197360301126104545760a4356001600160a01b0381168082036104545760c43560e43567ffffffffffffffff811161045457610309903690600401612767565b91610312612f29565b80421161042957906103da86886103e095948b8f8f8f610337906103449236916126fa565b6020815191012091613b4b565b906103698c6001600160a01b03165f52600a60205260405f2080549060018201905590565b926040519560208701977f2d9c6da9423bf72fe7ec917bd214964a2cb8a528b07b36f846ad9589306ffdc589528d60408901526060880152608087015260a086015260c085015260e084015261010083015261012082015261012081526103d2610140826126bb565b519020613da8565b85613de9565b156103fe5760206103f689898989898989613723565b604051908152f35b7fd855c4f4000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7fcd21db4f000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5f80fd5b34610454576040600319360112610454576001600160a01b036104796125cc565b165f52600e60205260405f206024355f52602052602060405f2054604051908152f35b34610454576020600319360112610454576001600160a01b036104bd6125cc565b6104c56134c2565b168073ffffffffffffffffffffffffffffffffffffffff1960075416176007556001600160a01b03600654167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227005f80a3005b34610454575f60031936011261045457602060405167ffffffffffffffff8152f35b34610454576040600319360112610454576105526125cc565b6001600160a01b036105626125e2565b91165f5260056020526001600160a01b0360405f2091165f52602052602060ff60405f2054166040519015158152f35b34610454575f6003193601126104545760206001600160a01b0360075416604051908152f35b346104545760806003193601126104545760043560243567ffffffffffffffff811161045457610160600319826004019236030112610454576044359160643567ffffffffffffffff811161045457610615903690600401612767565b8442116106f8576106b2916106ac61062c85612f60565b9661063687613b4b565b9061065b896001600160a01b03165f52600a60205260405f2080549060018201905590565b906040519160208301937f0f969378be2868b0c7b92083279ba41b65a3eec3dac5ec5d759f76bfbef5bfe485528960408501526060840152608083015260a082015260a081526103d260c0826126bb565b86613de9565b156106c357916106c19261366c565b005b6001600160a01b03837fd855c4f4000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b847fcd21db4f000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b34610454575f600319360112610454576040600c5461ffff8251916001600160a01b038116835260a01c166020820152f35b346104545760a06003193601126104545760643567ffffffffffffffff811161045457610787903690600401612767565b906084359067ffffffffffffffff8211610454576101606003198336030112610454576020926103f6926107b9612f29565b6004019160443560243560043533613723565b612682565b346104545760406003193601126104545760206107f76107ef6125e2565b600435612933565b6040519067ffffffffffffffff429116118152f35b346104545760206003193601126104545760043561082981612f60565b505f52600d602052610857610843600360405f20016127e6565b6040519182916020835260208301906125a7565b0390f35b346104545760206003193601126104545760043560606101406040516108808161269e565b5f81525f60208201525f60408201525f838201525f60808201525f60a08201525f60c08201525f60e08201525f6101008201525f61012082015201526108c581612f60565b505f52600d60205260405f2060048101549060ff821660078201549060ff600584015460a01c169360ff8160081c16906001600160a01b036006860154166008860154600987015491600a880194604051966109208861269e565b61092981612730565b87526020870197885260408701998560601c8b526060880167ffffffffffffffff8760201c16815260808901911515825260a089019261096881612730565b835260c0890193845260e08901948552610100890195865261ffff6101208a019760101c16875287549761099b89612ca9565b986109a96040519a8b6126bb565b808a5260208a01915f5260205f20915f905b828210610aed575050505061014089019788528a549b60018c01549b6002810154906003016109e9906127e6565b906040519e8f9e8f91825260208201526040015260608d0160a0905260a08d01610a12916125a7565b9a8c808d0390608001526101608c019a51610a2c81612730565b8c525160208c0152516001600160a01b031660408b01525167ffffffffffffffff1660608a0152511515608089015251610a6581612730565b60a0880152516001600160a01b031660c08701525160e0860152516101008501525161ffff1661012084015251916101408101610160905282518092526101800191602001905f5b818110610abb575050500390f35b825180516001600160a01b0316855260209081015161ffff168186015286955060409094019390920191600101610aad565b9d9e939495969798999a9b9c9d6040516040810181811067ffffffffffffffff821117610b5357600192839260209260405261ffff88546001600160a01b038116835260a01c16838201528152019401910190929e9d9c9b9a999897969594939e6109bb565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b3461045457608060031936011261045457610b996125cc565b610ba16125e2565b6064359167ffffffffffffffff8311610454573660238401121561045457610bd66106c19336906024816004013591016126fa565b9160443591612cc1565b346104545760406003193601126104545760243560043567ffffffffffffffff821161045457610160600319833603011261045457610c1e81612f60565b6001600160a01b0381163303610c3b576106c1926004019161366c565b507f5348eb1e000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b3461045457604060031936011261045457610c846125cc565b60243590811515809203610454573315610d43576001600160a01b0316908115610d1757335f52600560205260405f20825f5260205260405f207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0081541660ff83161790556040519081527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c3160203392a3005b507f5b08ba18000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7fa9fbf51f000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b34610454575f600319360112610454576040515f600154610d8f81612795565b8084529060018116908115610e155750600114610db7575b61085783610843818503826126bb565b60015f9081527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6939250905b808210610dfb57509091508101602001610843610da7565b919260018160209254838588010152019101909291610de3565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660208086019190915291151560051b840190910191506108439050610da7565b34610454575f6003193601126104545760206001600160a01b0360065416604051908152f35b34610454575f60031936011261045457610f35610eb97f0000000000000000000000000000000000000000000000000000000000000000613eab565b610ee27f0000000000000000000000000000000000000000000000000000000000000000613eab565b6020610f4360405192610ef583856126bb565b5f84525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e08701906125a7565b9085820360408701526125a7565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b828110610f7a57505050500390f35b835185528695509381019392810192600101610f6b565b34610454575f60031936011261045457610fa96134c2565b610fb1612f29565b740100000000000000000000000000000000000000007fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff60075416176007557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586020604051338152a1005b34610454576020600319360112610454576001600160a01b0361103d6125cc565b165f52600a602052602060405f2054604051908152f35b34610454575f6003193601126104545760206040517fb9d9992914f21fab810e87614b5be247e3ef0fd22982b0ab03404400c3fdf2458152f35b34610454575f60031936011261045457336001600160a01b03600754160361111e5773ffffffffffffffffffffffffffffffffffffffff19600754166007556006543373ffffffffffffffffffffffffffffffffffffffff198216176006556001600160a01b033391167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3005b7f118cdaa7000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b34610454575f600319360112610454576111626134c2565b73ffffffffffffffffffffffffffffffffffffffff19600754166007555f6001600160a01b0360065473ffffffffffffffffffffffffffffffffffffffff198116600655167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a3005b34610454576020600319360112610454576001600160a01b036111ee6125cc565b16801561120b575f526003602052602060405f2054604051908152f35b7f89c62b64000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b34610454576020600319360112610454576020611255600435612e69565b6001600160a01b0360405191168152f35b346104545760406003193601126104545761127f6125e2565b6004355f52600f6020526001600160a01b0360405f2091165f52602052602067ffffffffffffffff60405f205416604051908152f35b34610454576040600319360112610454576112ce6125cc565b6001600160a01b036112de6125e2565b91165f5260116020526001600160a01b0360405f2091165f52602052602067ffffffffffffffff60405f205416604051908152f35b34610454575f60031936011261045457602060405160088152f35b34610454575f6003193601126104545760206040517f1352f0083dca8e0d281aad35f3d4221cfa24baf8923e09fb67f89f4e858d2e9c8152f35b34610454575f60031936011261045457602060ff60075460a01c166040519015158152f35b34610454575f6003193601126104545760206113c3336001600160a01b03165f52600a60205260405f2080549060018201905590565b6040518181527f1800cd2301fbc20790ed94f3d55a28ef2306a9c31cd3c72b5b71b6e4cf5c6241833392a2604051908152f35b3461045457602060031936011261045457600435805f52600d6020526001600160a01b03600560405f20015416801561143457602090604051908152f35b507f3ded154f000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b34610454576020600319360112610454576114796125cc565b611481612eb5565b335f52601260205260405f206001600160a01b0382165f5260205260405f2054908115611618576001600160a01b0390335f52601260205260405f208282165f526020525f604081205516806040518381527fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb60203392a38061157357505f80808084335af161150f612c7a565b5015611544576020905b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d604051908152f35b7fa5b05eec000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b906040517fa9059cbb000000000000000000000000000000000000000000000000000000005f52336004528160245260205f60448180875af19060015f51148216156115f7575b604052156115cb5760209150611519565b507f5274afe7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b90600181151661160f57833b15153d151616906115ba565b503d5f823e3d90fd5b6001600160a01b03907fac46653e000000000000000000000000000000000000000000000000000000005f52336004521660245260445ffd5b34610454576106c161166236612639565b90604051926116726020856126bb565b5f8452612cc1565b34610454575f6003193601126104545760206040517f0f969378be2868b0c7b92083279ba41b65a3eec3dac5ec5d759f76bfbef5bfe48152f35b34610454575f600319360112610454576116cc6134c2565b60075460ff8160a01c161561172c577fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff166007557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa6020604051338152a1005b7f8dfc202b000000000000000000000000000000000000000000000000000000005f5260045ffd5b60a0600319360112610454576117686125cc565b60243563ffffffff811680910361045457604435916117856125f8565b9261178e612622565b93611797612eb5565b61179f612f29565b6001600160a01b03831693845f52601060205260405f2080549081156119ff578482148015906119df575b80156119ba575b611943575050801561191b578083029281811591850414171592831502926118f35767ffffffffffffffff61151994611838602098885f5260118a5260405f206001600160a01b0333165f528a5261183285858060405f20541693166128e6565b90612f8e565b906118438686612ff6565b5f88815260118a5260408082203383528b52902080547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001683851617905561188b8686613044565b85816118e2575b505050604051928352169485878301528360408301526001600160a01b03831660608301527f1c52ae2b2670795aa42361565e5c0ca64290be174fa45be1b5ea6698f6d0a31e60803393a36130e6565b6118eb92613089565b888085611892565b7f0590fb9f000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f407a07bc000000000000000000000000000000000000000000000000000000005f5260045ffd5b600101546040517f22f059af00000000000000000000000000000000000000000000000000000000815260048101959095526001600160a01b03938416602486015267ffffffffffffffff88811660448701526064860192909252928316608485015260a09290921c90911660a48301525060c490fd5b5067ffffffffffffffff600182015460a01c1667ffffffffffffffff891614156117d1565b506001600160a01b036001820154166001600160a01b03851614156117ca565b867f93daadf2000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b34610454576020600319360112610454576001600160a01b03611a4c6125cc565b165f52601060205260405f2060018154910154906108576040519283926001600160a01b0367ffffffffffffffff8360a01c16921690849160409194936001600160a01b0367ffffffffffffffff926060860197865216602085015216910152565b3461045457604060031936011261045457611ac76125cc565b6024359061ffff821690818303610454576001600160a01b0390611ae96134c2565b16918215611ba2576103e88211611b70577f0b35372508b859a302b538add9c7e744f78c2f6211e77f34c14594fc32ad155491602091847fffffffffffffffffffff0000000000000000000000000000000000000000000075ffff0000000000000000000000000000000000000000600c549360a01b1692161717600c55604051908152a2005b507f3c057d7b000000000000000000000000000000000000000000000000000000005f526004526103e860245260445ffd5b7fcff9f194000000000000000000000000000000000000000000000000000000005f5260045ffd5b3461045457606060031936011261045457600435611be66125e2565b60443567ffffffffffffffff8116918282036104545783611d4d576001600160a01b03811615801590611d44575b611d30575b604051606081019381851067ffffffffffffffff861117610b53577fcbd4a8dfe336327a78c53ed1ade56d63840c1d4e8edbeae645b24779581fef58946040528582526001600160a01b038060016020850194828716865260408101948552335f52601060205260405f2090518155019351161673ffffffffffffffffffffffffffffffffffffffff19835416178255517fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff7bffffffffffffffff000000000000000000000000000000000000000083549260a01b169116179055611d2b6040519283923396849160409194936001600160a01b0367ffffffffffffffff926060860197865216602085015216910152565b0390a2005b630180b70760e51b5f52600160045260245ffd5b50821515611c14565b8215611d6157611d5c8161348a565b611c19565b630180b70760e51b5f52600260045260245ffd5b34610454575f600319360112610454576020600b54604051908152f35b3461045457604060031936011261045457600435805f52600d60205260405f206001600160a01b03600582015416918215611dfc575061ffff6004611ddf92015460101c16602435613406565b604080516001600160a01b03939093168352602083019190915290f35b7f3ded154f000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b3461045457604060031936011261045457611e406125cc565b6001600160a01b03611e506125e2565b91165f5260126020526001600160a01b0360405f2091165f52602052602060405f2054604051908152f35b34610454575f6003193601126104545760206040516127108152f35b34610454576106c1611ea836612639565b91612a5a565b34610454576040600319360112610454576020611ecc6107ef6125e2565b67ffffffffffffffff60405191168152f35b60a060031936011261045457600435611ef56125e2565b90604435611f016125f8565b6001600160a01b03611f11612622565b94611f1a612eb5565b611f22612f29565b16801561225257611f3284612f60565b845f52600d60205260405f2095600487015460ff811690611f5282612730565b600182149081158061223e575b6122125760078a01548881148015906121fc575b80156121db575b61216b575050875f52600f60205260405f20855f5260205267ffffffffffffffff60405f2054169167ffffffffffffffff831461213b57611fba90612730565b1561212157505067ffffffffffffffff905b611fd68585612ff6565b855f52600f60205260405f20835f5260205260405f2067ffffffffffffffff83167fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000008254161790556120288585613044565b600a819801978854905f5b8281106120b25760208a6115198b8b8b8b8b8b84816120a1575b50505067ffffffffffffffff60405191169586825284888301526001600160a01b03841660408301527f24c3f5f10a1a2502578ddf926fc4802475d19138121e315c90fd5198ef157ec660603393a46130e6565b6120aa92613089565b87808461204d565b6120bc818c6128a4565b50546127106120d261ffff8360a01c16856128e6565b0490816120e4575b5050600101612033565b90600192956001600160a01b036121109316828c82155f146121185761210b92508a613089565b612926565b93908c6120da565b61210b92613089565b67ffffffffffffffff612135921690612f8e565b90611fcc565b85897fd6f99f98000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b6040517f22f059af000000000000000000000000000000000000000000000000000000008152600481018a90526001600160a01b038916602482015267ffffffffffffffff86811660448301526064820192909252606083901c608482015260209290921c1660a482015260c490fd5b5067ffffffffffffffff851667ffffffffffffffff8360201c161415611f7a565b506001600160a01b0388168260601c1415611f73565b887fcb5f9210000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5061224883612730565b6002831415611f5f565b7fd27b4443000000000000000000000000000000000000000000000000000000005f5260045ffd5b34610454575f6003193601126104545760206040517f2d9c6da9423bf72fe7ec917bd214964a2cb8a528b07b36f846ad9589306ffdc58152f35b34610454576040600319360112610454576122cd6125cc565b6024356122d981612e69565b331515806123b3575b80612380575b6123545781906001600160a01b0380851691167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9255f80a45f5260046020526001600160a01b0360405f20911673ffffffffffffffffffffffffffffffffffffffff198254161790555f80f35b7fa9fbf51f000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b506001600160a01b0381165f52600560205260405f206001600160a01b0333165f5260205260ff60405f205416156122e8565b50336001600160a01b03821614156122e2565b34610454576020600319360112610454576004356123e381612e69565b505f52600460205260206001600160a01b0360405f205416604051908152f35b34610454575f600319360112610454576040515f5f5461242281612795565b8084529060018116908115610e1557506001146124495761085783610843818503826126bb565b5f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563939250905b80821061248b57509091508101602001610843610da7565b919260018160209254838588010152019101909291612473565b3461045457602060031936011261045457600435907fffffffff00000000000000000000000000000000000000000000000000000000821680920361045457817f2a55205a0000000000000000000000000000000000000000000000000000000060209314908115612519575b5015158152f35b7f80ac58cd0000000000000000000000000000000000000000000000000000000081149150811561257d575b8115612553575b5083612512565b7f01ffc9a7000000000000000000000000000000000000000000000000000000009150148361254c565b7f5b5e139f0000000000000000000000000000000000000000000000000000000081149150612545565b90601f19601f602080948051918291828752018686015e5f8582860101520116010190565b600435906001600160a01b038216820361045457565b602435906001600160a01b038216820361045457565b606435906001600160a01b038216820361045457565b35906001600160a01b038216820361045457565b6084359067ffffffffffffffff8216820361045457565b6003196060910112610454576004356001600160a01b038116810361045457906024356001600160a01b0381168103610454579060443590565b359061ffff8216820361045457565b34610454575f6003193601126104545760206040516103e88152f35b610160810190811067ffffffffffffffff821117610b5357604052565b90601f601f19910116810190811067ffffffffffffffff821117610b5357604052565b67ffffffffffffffff8111610b5357601f01601f191660200190565b929192612706826126de565b9161271460405193846126bb565b829481845281830111610454578281602093845f960137010152565b6004111561273a57565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9181601f840112156104545782359167ffffffffffffffff8311610454576020838186019501011161045457565b90600182811c921680156127dc575b60208310146127af57565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b91607f16916127a4565b9060405191825f8254926127f984612795565b80845293600181169081156128645750600114612820575b5061281e925003836126bb565b565b90505f9291925260205f20905f915b81831061284857505090602061281e928201015f612811565b602091935080600191548385890101520191019091849261282f565b6020935061281e9592507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0091501682840152151560051b8201015f612811565b80548210156128b9575f5260205f2001905f90565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b818102929181159184041417156128f957565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b919082039182116128f957565b9061293d82612f60565b90825f52600d60205260405f20926001600160a01b0360048501931690816001600160a01b038416148015612a45575b612a34575f52600f60205260405f206001600160a01b0383165f5260205267ffffffffffffffff60405f2054169367ffffffffffffffff8514612a34576005015460a01c60ff166129fb575b5060ff825460081c166129cb81612730565b151591826129ea575b50506129dd5790565b5067ffffffffffffffff90565b6129f492506132eb565b5f806129d4565b5f52601160205260405f206001600160a01b0382165f5260205267ffffffffffffffff60405f205416838111156129b95792505f6129b9565b505050505067ffffffffffffffff90565b5060ff845416612a5481612730565b1561296d565b91906001600160a01b03168015612c4e57815f5260026020526001600160a01b0360405f20541692823315159283612b80575b6001600160a01b03935085612b3c575b805f52600360205260405f2060018154019055815f52600260205260405f208173ffffffffffffffffffffffffffffffffffffffff19825416179055857fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef5f80a416808303612b0b57505050565b7f64283d7b000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b612b68825f52600460205260405f2073ffffffffffffffffffffffffffffffffffffffff198154169055565b855f52600360205260405f205f198154019055612a9d565b9192905080612bf7575b15612b9757828291612a8d565b8284612bc8577f7e273289000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f177e802f000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b503384148015612c25575b80612b8a5750825f526004602052336001600160a01b0360405f20541614612b8a565b50835f52600560205260405f206001600160a01b0333165f5260205260ff60405f205416612c02565b7f64a0ae92000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b3d15612ca4573d90612c8b826126de565b91612c9960405193846126bb565b82523d5f602084013e565b606090565b67ffffffffffffffff8111610b535760051b60200190565b90612ccd838284612a5a565b803b612cda575b50505050565b602091612d396001600160a01b038093169560405195869485947f150b7a0200000000000000000000000000000000000000000000000000000000865233600487015216602485015260448401526080606484015260848301906125a7565b03815f865af15f9181612e0c575b50612d8e5750612d55612c7a565b80519081612d8957827f64a0ae92000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b602001fd5b7fffffffff000000000000000000000000000000000000000000000000000000007f150b7a0200000000000000000000000000000000000000000000000000000000911603612de157505f808080612cd4565b7f64a0ae92000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b9091506020813d602011612e61575b81612e28602093836126bb565b8101031261045457517fffffffff000000000000000000000000000000000000000000000000000000008116810361045457905f612d47565b3d9150612e1b565b805f5260026020526001600160a01b0360405f205416908115612e8a575090565b7f7e273289000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c612f015760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d565b7f3ee5aeb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b60ff60075460a01c16612f3857565b7fd93c0665000000000000000000000000000000000000000000000000000000005f5260045ffd5b90815f5260026020526001600160a01b0360405f205416918215611dfc5750565b919082018092116128f957565b612faa919067ffffffffffffffff1642811115612fef57612f81565b67ffffffffffffffff811015612fc75767ffffffffffffffff1690565b7fd4c3b01a000000000000000000000000000000000000000000000000000000005f5260045ffd5b5042612f81565b6001600160a01b031661303d575b80340361300e5750565b7f0dd32d1c000000000000000000000000000000000000000000000000000000005f526004523460245260445ffd5b505f613004565b61306c91600c5461305c61ffff8260a01c1683613406565b80938161306f575b505050612926565b90565b6001600160a01b036130819316613089565b5f8281613064565b60206001600160a01b03807f4e45da441832cf53bdaa69235704fc0575e68210f459ee1562911024b12967d5931693845f526012835260405f208282165f52835260405f206130d9878254612f81565b90556040519586521693a3565b6001600160a01b03169081156132e7576040517f70a08231000000000000000000000000000000000000000000000000000000008152306004820152602081602481865afa90811561325f575f916132b5575b50604051907f23b872dd000000000000000000000000000000000000000000000000000000005f5233600452306024528260445260205f60648180885af160015f5114811615613296575b826040525f6060521561326a577f70a08231000000000000000000000000000000000000000000000000000000008252306004830152602082602481875afa91821561325f575f9261322b575b5080821115613222576131e391612926565b915b8183036131f157505050565b7fcf3e1352000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b50505f916131e5565b9091506020813d602011613257575b81613247602093836126bb565b810103126104545751905f6131d1565b3d915061323a565b6040513d5f823e3d90fd5b837f5274afe7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b60018115166132ac57843b15153d151616613184565b823d5f823e3d90fd5b90506020813d6020116132df575b816132d0602093836126bb565b8101031261045457515f613139565b3d91506132c3565b5050565b905f8091600360ff855460081c1661330281612730565b1482146133ba5760048401546040517efdd58e0000000000000000000000000000000000000000000000000000000060208201526001600160a01b03929092166024830152604480830191909152815261335d6064826126bb565b6001600160a01b03600285015416602082519201905afa61337c612c7a565b901580156133af575b6133a957602081519181808201938492010103126104545760059051910154111590565b50505f90565b506020815110613385565b6001600160a01b03604051917f70a08231000000000000000000000000000000000000000000000000000000006020840152166024820152602481526134016044826126bb565b61335d565b9190915f905f19848209908481029283808410930392808403931461347d5782612710111561346b57507fbc01a36e2eb1c432ca57a786c226809d495182a9930be0ded288ce703afb7e919394612710910990828211900360fc1b910360041c170290565b634e487b71905260116020526024601cfd5b5050506127109192500490565b6001600160a01b038116151590816134b8575b506134a457565b630180b70760e51b5f52600360045260245ffd5b90503b155f61349d565b6001600160a01b0360065416330361111e57565b3561ffff811681036104545790565b61016082019080356004811015610454576134ff81612730565b8352602081013560208401526001600160a01b0361351f6040830161260e565b166040840152606081013567ffffffffffffffff8116809103610454576060840152608081013580151580910361045457608084015260a081013560048110156104545761356c81612730565b60a08401526001600160a01b0361358560c0830161260e565b1660c084015260e081013560e084015261010081013561010084015261ffff6135b16101208301612673565b166101208401526101408101357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1823603018112156104545701906020823592019267ffffffffffffffff8311610454578260061b36038413610454578261018092610160610140840152520191905f5b81811061362f5750505090565b9091926040806001926001600160a01b036136498861260e565b16815261ffff61365b60208901612673565b166020820152019401929101613622565b916001600160a01b0390835f52600d60205260405f209282600585015416928391161415806136ff575b6136eb576136d26136e692827f444a65d47f03fc6da158946b59452d63c35bc57f82a3ce93b123f72b97f3b34a956136cd82613f02565b61432a565b6040519182916020835260208301906134e5565b0390a2565b630180b70760e51b5f52600b60045260245ffd5b5061370d61012082016134d6565b61ffff80600486015460101c1691161415613696565b9695929094939185158015613aa9575b8015613aa1575b613a79576001600160a01b03881694855f52600e60205260405f20875f5260205260405f205480613a4a575061376f85613f02565b600b545f1981146128f9576001019485600b558599875f52600e60205260405f20895f526020528660405f2055865f52600d60205260405f2090898255846001830155856002830155600382019167ffffffffffffffff8511610b535783906137d88454612795565b601f81116139f1575b505f9386601f811160011461398857613812955f9161397d575b508760011b905f198960031b1c191617905561432a565b8615612c4e57855f5260026020526001600160a01b0360405f2054168015159081613939575b885f52600360205260405f2060018154019055875f52600260205260405f208973ffffffffffffffffffffffffffffffffffffffff198254161790558789827fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef5f80a45061390d5760a0601f19601f84613908957f37b8778898139d026601dc8dd534d9d45d6cf24e5d2a4a6a24d8faa1e1dfa5c599604051998a998a5260208a0152608060408a01528160808a0152858901375f848289010152011684018185820301606086015201906134e5565b0390a4565b7f73c6ac6e000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b613965885f52600460205260405f2073ffffffffffffffffffffffffffffffffffffffff198154169055565b805f52600360205260405f205f198154019055613838565b90508a01355f6137fb565b601f191694815f5260205f2090885f5b8d8982106139d457505061381297106139bb575b5050600187811b01905561432a565b5f1960f88a60031b161c19908c01351690555f806139ac565b83013584558996506001909301926020928301928b925001613998565b868111156137e157909150835f5260205f20601f870160051c9060208810613a42575b869392601f0160051c82900391015f5b828110613a325750506137e1565b5f81830155879450600101613a24565b5f9150613a14565b877f04c301ce000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7ff1ae58d5000000000000000000000000000000000000000000000000000000005f5260045ffd5b50811561373a565b508015613733565b9035907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe181360301821215610454570180359067ffffffffffffffff821161045457602001918160061b3603831361045457565b91908110156128b95760061b0190565b356001600160a01b03811681036104545790565b3567ffffffffffffffff811681036104545790565b3580151581036104545790565b610140810190613b5b8282613ab1565b9050613b6681612ca9565b90613b7460405192836126bb565b808252613b8081612ca9565b93601f196020840195013686375f5b828110613d0157505050813592600484101561045457613bb160408401613b15565b92613bbe60608201613b29565b92613bcb60808301613b3e565b60a083013590600482101561045457613be660c08501613b15565b92613bf461012086016134d6565b956040518091602082018094519091905f5b818110613ce85750505003601f1981018252613c2290826126bb565b519020956040519760208901997fb9d9992914f21fab810e87614b5be247e3ef0fd22982b0ab03404400c3fdf2458b52613c5b81612730565b60408a0152602086013560608a01526001600160a01b0316608089015267ffffffffffffffff1660a0880152151560c0870152613c9781612730565b60e08601526001600160a01b031661010085015260e0810135610120850152610100013561014084015261ffff166101608301526101808201526101808152613ce26101a0826126bb565b51902090565b8251845285945060209384019390920191600101613c06565b613d1d613d1882613d128589613ab1565b90613b05565b613b15565b613d366020613d3084613d12878b613ab1565b016134d6565b61ffff604051916001600160a01b0360208401947f1352f0083dca8e0d281aad35f3d4221cfa24baf8923e09fb67f89f4e858d2e9c865216604084015216606082015260608152613d886080826126bb565b5190209084518110156128b95760019160208260051b8701015201613b8f565b604290613db36146c0565b90604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b929190833b613e265790613dfd92916147d6565b50613e0781612730565b159182613e1357505090565b6001600160a01b03919250811691161490565b6064601f19601f855f9660209896604051967f1626ba7e0000000000000000000000000000000000000000000000000000000088526004880152604060248801528160448801528587013786848287010152011601915afa7f1626ba7e000000000000000000000000000000000000000000000000000000005f5114601f3d11161690565b60ff811690601f8211613eda5760405191613ec76040846126bb565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b6103e861ffff613f1561012084016134d6565b161161426457803560048110158061045457613f3082612730565b60018214801561424f575b156141ec576020830135156141d957613f5e613f5960408501613b15565b61348a565b61045457613f6b81612730565b67ffffffffffffffff613f8060608401613b29565b1615156002821403611d6157613f9581612730565b15806141a8575b6141945760a0810135600481101561045457613fb781612730565b8061412857506001600160a01b03613fd160c08301613b15565b161580159061411b575b801561410d575b6140fa575b6101408101613ff68183613ab1565b9050600881116140e65780156140e157905f915f935b8185106140365750505061271091500361402257565b630180b70760e51b5f52600960045260245ffd5b90919261ffff61404f6020613d3088613d128988613ab1565b1680156140cd5761405f91612f81565b93614071613d1882613d128786613ab1565b6001600160a01b03165f5b8281106140915750506001019392919061400c565b816001600160a01b036140ab613d1884613d128b8a613ab1565b16146140b95760010161407c565b630180b70760e51b5f52600a60045260245ffd5b630180b70760e51b5f52600860045260245ffd5b505050565b630180b70760e51b5f52600760045260245ffd5b630180b70760e51b5f526004805260245ffd5b506101008101351515613fe2565b5060e08101351515613fdb565b61413460c08301613b15565b3b15908115614186575b811561415e575b5015613fe757630180b70760e51b5f526004805260245ffd5b6003915061416b81612730565b141580614179575b5f614145565b5060e08101351515614173565b61010083013515915061413e565b630180b70760e51b5f52600560045260245ffd5b506141b560808201613b3e565b80613f9c575060a08101356004811015610454576141d281612730565b1515613f9c565b630180b70760e51b5f525f60045260245ffd5b602083013515801590614232575b801561421a575b15613f5e57630180b70760e51b5f52600160045260245ffd5b50614229610140840184613ab1565b90501515614201565b506001600160a01b0361424760408501613b15565b1615156141fa565b50505f61425b82612730565b60028214613f3b565b630180b70760e51b5f52600660045260245ffd5b91906142fe576020816001600160a01b036142956142b894613b15565b1673ffffffffffffffffffffffffffffffffffffffff19855416178455016134d6565b7fffffffffffffffffffff0000ffffffffffffffffffffffffffffffffffffffff75ffff000000000000000000000000000000000000000083549260a01b169116179055565b7f4e487b71000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b909182359060048210156104545760a08401359160048310156104545761435461012086016134d6565b9261436160608701613b29565b9261436e60408801613b15565b9261437b60808901613b3e565b9061438860c08a01613b15565b93604051916143968361269e565b61439f81612730565b825260208201906143af81612730565b8152604082019761ffff168852606082019667ffffffffffffffff16875260808201956001600160a01b0316865260a08201936001600160a01b0316845260c08201921515835260e08201946001600160a01b0316855261010082019560208b0135875261012083019760e08c013589526101408401996101008d01358b5260048c0194519361443e85612730565b61444785612730565b855490519161445583612730565b61445e83612730565b5160101b63ffff000016925160201b6bffffffffffffffff0000000016935160601b7fffffffffffffffffffffffffffffffffffffffff000000000000000000000000169460ff16907fffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000000016177fffffffffffffffffffffffffffffffffffffffff0000000000000000ffffffff169060081b61ff0016176bffffffffffffffffffffffff1617171790556005870191516001600160a01b03166001600160a01b0316825473ffffffffffffffffffffffffffffffffffffffff191617825551151581549060a01b74ff000000000000000000000000000000000000000016907fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16179055516001600160a01b031660068501906001600160a01b0316815473ffffffffffffffffffffffffffffffffffffffff1916179055516007840155516008830155516009820155600a01908154906101408101906145df8282613ab1565b9290505f5b838110614652575050505b8181106145fb57505050565b82548015614625575f19019061461182856128a4565b9290926142fe575f600193558455016145ef565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603160045260245ffd5b84811015614684578061467e61466e600193613d128688613ab1565b614678838a6128a4565b90614278565b016145e4565b61469281613d128486613ab1565b90865468010000000000000000811015610b535760019261467882856146bb94018b558a6128a4565b61467e565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163014806147ad575b1561471b577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a08152613ce260c0826126bb565b507f000000000000000000000000000000000000000000000000000000000000000046146146f2565b9060418303614800576147f99250602081013591604082359201355f1a9061480a565b9192909190565b50505f9160029190565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411614881579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa1561325f575f516001600160a01b0381161561487757905f905f90565b505f906001905f90565b5050505f916003919056fea26469706673582212202af2047d13af1b2fdfb86758a862af9734f5b04378e018c85e3aa8f53afa26bb64736f6c63430008250033",
}

// ContentRegistry is an auto generated Go binding around an Ethereum contract.
type ContentRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ContentRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewContentRegistry creates a new instance of ContentRegistry.
func NewContentRegistry() *ContentRegistry {
	parsed, err := ContentRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ContentRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ContentRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, address feeRecipient, uint16 feeBps) returns()
func (contentRegistry *ContentRegistry) PackConstructor(admin common.Address, feeRecipient common.Address, feeBps uint16) []byte {
	enc, err := contentRegistry.abi.Pack("", admin, feeRecipient, feeBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BPS() view returns(uint16)
func (contentRegistry *ContentRegistry) PackBPS() []byte {
	enc, err := contentRegistry.abi.Pack("BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BPS() view returns(uint16)
func (contentRegistry *ContentRegistry) TryPackBPS() ([]byte, error) {
	return contentRegistry.abi.Pack("BPS")
}

// UnpackBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x249d39e9.
//
// Solidity: function BPS() view returns(uint16)
func (contentRegistry *ContentRegistry) UnpackBPS(data []byte) (uint16, error) {
	out, err := contentRegistry.abi.Unpack("BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackMAXFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd55be8c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (contentRegistry *ContentRegistry) PackMAXFEEBPS() []byte {
	enc, err := contentRegistry.abi.Pack("MAX_FEE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd55be8c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (contentRegistry *ContentRegistry) TryPackMAXFEEBPS() ([]byte, error) {
	return contentRegistry.abi.Pack("MAX_FEE_BPS")
}

// UnpackMAXFEEBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd55be8c6.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (contentRegistry *ContentRegistry) UnpackMAXFEEBPS(data []byte) (uint16, error) {
	out, err := contentRegistry.abi.Unpack("MAX_FEE_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackMAXPAYEES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ecc86e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PAYEES() view returns(uint256)
func (contentRegistry *ContentRegistry) PackMAXPAYEES() []byte {
	enc, err := contentRegistry.abi.Pack("MAX_PAYEES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPAYEES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ecc86e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PAYEES() view returns(uint256)
func (contentRegistry *ContentRegistry) TryPackMAXPAYEES() ([]byte, error) {
	return contentRegistry.abi.Pack("MAX_PAYEES")
}

// UnpackMAXPAYEES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5ecc86e8.
//
// Solidity: function MAX_PAYEES() view returns(uint256)
func (contentRegistry *ContentRegistry) UnpackMAXPAYEES(data []byte) (*big.Int, error) {
	out, err := contentRegistry.abi.Unpack("MAX_PAYEES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXROYALTYBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3dca40e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ROYALTY_BPS() view returns(uint16)
func (contentRegistry *ContentRegistry) PackMAXROYALTYBPS() []byte {
	enc, err := contentRegistry.abi.Pack("MAX_ROYALTY_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXROYALTYBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3dca40e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ROYALTY_BPS() view returns(uint16)
func (contentRegistry *ContentRegistry) TryPackMAXROYALTYBPS() ([]byte, error) {
	return contentRegistry.abi.Pack("MAX_ROYALTY_BPS")
}

// UnpackMAXROYALTYBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3dca40e6.
//
// Solidity: function MAX_ROYALTY_BPS() view returns(uint16)
func (contentRegistry *ContentRegistry) UnpackMAXROYALTYBPS(data []byte) (uint16, error) {
	out, err := contentRegistry.abi.Unpack("MAX_ROYALTY_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackPAYEETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5d9ea883.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PAYEE_TYPEHASH() view returns(bytes32)
func (contentRegistry *ContentRegistry) PackPAYEETYPEHASH() []byte {
	enc, err := contentRegistry.abi.Pack("PAYEE_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPAYEETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5d9ea883.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PAYEE_TYPEHASH() view returns(bytes32)
func (contentRegistry *ContentRegistry) TryPackPAYEETYPEHASH() ([]byte, error) {
	return contentRegistry.abi.Pack("PAYEE_TYPEHASH")
}

// UnpackPAYEETYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5d9ea883.
//
// Solidity: function PAYEE_TYPEHASH() view returns(bytes32)
func (contentRegistry *ContentRegistry) UnpackPAYEETYPEHASH(data []byte) ([32]byte, error) {
	out, err := contentRegistry.abi.Unpack("PAYEE_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPERPETUAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0e3ee0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PERPETUAL() view returns(uint64)
func (contentRegistry *ContentRegistry) PackPERPETUAL() []byte {
	enc, err := contentRegistry.abi.Pack("PERPETUAL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPERPETUAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0e3ee0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PERPETUAL() view returns(uint64)
func (contentRegistry *ContentRegistry) TryPackPERPETUAL() ([]byte, error) {
	return contentRegistry.abi.Pack("PERPETUAL")
}

// UnpackPERPETUAL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf0e3ee0e.
//
// Solidity: function PERPETUAL() view returns(uint64)
func (contentRegistry *ContentRegistry) UnpackPERPETUAL(data []byte) (uint64, error) {
	out, err := contentRegistry.abi.Unpack("PERPETUAL", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackPOLICYTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ec51ef4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function POLICY_TYPEHASH() view returns(bytes32)
func (contentRegistry *ContentRegistry) PackPOLICYTYPEHASH() []byte {
	enc, err := contentRegistry.abi.Pack("POLICY_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPOLICYTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ec51ef4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function POLICY_TYPEHASH() view returns(bytes32)
func (contentRegistry *ContentRegistry) TryPackPOLICYTYPEHASH() ([]byte, error) {
	return contentRegistry.abi.Pack("POLICY_TYPEHASH")
}

// UnpackPOLICYTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ec51ef4.
//
// Solidity: function POLICY_TYPEHASH() view returns(bytes32)
func (contentRegistry *ContentRegistry) UnpackPOLICYTYPEHASH(data []byte) ([32]byte, error) {
	out, err := contentRegistry.abi.Unpack("POLICY_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPOLICYUPDATETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x404fdefa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function POLICY_UPDATE_TYPEHASH() view returns(bytes32)
func (contentRegistry *ContentRegistry) PackPOLICYUPDATETYPEHASH() []byte {
	enc, err := contentRegistry.abi.Pack("POLICY_UPDATE_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPOLICYUPDATETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x404fdefa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function POLICY_UPDATE_TYPEHASH() view returns(bytes32)
func (contentRegistry *ContentRegistry) TryPackPOLICYUPDATETYPEHASH() ([]byte, error) {
	return contentRegistry.abi.Pack("POLICY_UPDATE_TYPEHASH")
}

// UnpackPOLICYUPDATETYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x404fdefa.
//
// Solidity: function POLICY_UPDATE_TYPEHASH() view returns(bytes32)
func (contentRegistry *ContentRegistry) UnpackPOLICYUPDATETYPEHASH(data []byte) ([32]byte, error) {
	out, err := contentRegistry.abi.Unpack("POLICY_UPDATE_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackREGISTRATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1494e2f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REGISTRATION_TYPEHASH() view returns(bytes32)
func (contentRegistry *ContentRegistry) PackREGISTRATIONTYPEHASH() []byte {
	enc, err := contentRegistry.abi.Pack("REGISTRATION_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREGISTRATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1494e2f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REGISTRATION_TYPEHASH() view returns(bytes32)
func (contentRegistry *ContentRegistry) TryPackREGISTRATIONTYPEHASH() ([]byte, error) {
	return contentRegistry.abi.Pack("REGISTRATION_TYPEHASH")
}

// UnpackREGISTRATIONTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1494e2f6.
//
// Solidity: function REGISTRATION_TYPEHASH() view returns(bytes32)
func (contentRegistry *ContentRegistry) UnpackREGISTRATIONTYPEHASH(data []byte) ([32]byte, error) {
	out, err := contentRegistry.abi.Unpack("REGISTRATION_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (contentRegistry *ContentRegistry) PackAcceptOwnership() []byte {
	enc, err := contentRegistry.abi.Pack("acceptOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptOwnership() returns()
func (contentRegistry *ContentRegistry) TryPackAcceptOwnership() ([]byte, error) {
	return contentRegistry.abi.Pack("acceptOwnership")
}

// PackAccessExpiry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22f850b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accessExpiry(uint256 contentId, address account) view returns(uint64)
func (contentRegistry *ContentRegistry) PackAccessExpiry(contentId *big.Int, account common.Address) []byte {
	enc, err := contentRegistry.abi.Pack("accessExpiry", contentId, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccessExpiry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22f850b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accessExpiry(uint256 contentId, address account) view returns(uint64)
func (contentRegistry *ContentRegistry) TryPackAccessExpiry(contentId *big.Int, account common.Address) ([]byte, error) {
	return contentRegistry.abi.Pack("accessExpiry", contentId, account)
}

// UnpackAccessExpiry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x22f850b3.
//
// Solidity: function accessExpiry(uint256 contentId, address account) view returns(uint64)
func (contentRegistry *ContentRegistry) UnpackAccessExpiry(data []byte) (uint64, error) {
	out, err := contentRegistry.abi.Unpack("accessExpiry", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (contentRegistry *ContentRegistry) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := contentRegistry.abi.Pack("approve", to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (contentRegistry *ContentRegistry) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return contentRegistry.abi.Pack("approve", to, tokenId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (contentRegistry *ContentRegistry) PackBalanceOf(owner common.Address) []byte {
	enc, err := contentRegistry.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (contentRegistry *ContentRegistry) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return contentRegistry.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (contentRegistry *ContentRegistry) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := contentRegistry.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChannel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x345041c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function channel(address creator) view returns(uint256 price, address currency, uint64 period)
func (contentRegistry *ContentRegistry) PackChannel(creator common.Address) []byte {
	enc, err := contentRegistry.abi.Pack("channel", creator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChannel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x345041c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function channel(address creator) view returns(uint256 price, address currency, uint64 period)
func (contentRegistry *ContentRegistry) TryPackChannel(creator common.Address) ([]byte, error) {
	return contentRegistry.abi.Pack("channel", creator)
}

// ChannelOutput serves as a container for the return parameters of contract
// method Channel.
type ChannelOutput struct {
	Price    *big.Int
	Currency common.Address
	Period   uint64
}

// UnpackChannel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x345041c6.
//
// Solidity: function channel(address creator) view returns(uint256 price, address currency, uint64 period)
func (contentRegistry *ContentRegistry) UnpackChannel(data []byte) (ChannelOutput, error) {
	out, err := contentRegistry.abi.Unpack("channel", data)
	outstruct := new(ChannelOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Price = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Currency = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.Period = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackContent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbaa0b806.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function content(uint256 contentId) view returns(bytes32 contentHash, bytes32 infoHash, bytes32 keyCommitment, string metadataURI, (uint8,uint256,address,uint64,bool,uint8,address,uint256,uint256,uint16,(address,uint16)[]) policy)
func (contentRegistry *ContentRegistry) PackContent(contentId *big.Int) []byte {
	enc, err := contentRegistry.abi.Pack("content", contentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbaa0b806.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function content(uint256 contentId) view returns(bytes32 contentHash, bytes32 infoHash, bytes32 keyCommitment, string metadataURI, (uint8,uint256,address,uint64,bool,uint8,address,uint256,uint256,uint16,(address,uint16)[]) policy)
func (contentRegistry *ContentRegistry) TryPackContent(contentId *big.Int) ([]byte, error) {
	return contentRegistry.abi.Pack("content", contentId)
}

// ContentOutput serves as a container for the return parameters of contract
// method Content.
type ContentOutput struct {
	ContentHash   [32]byte
	InfoHash      [32]byte
	KeyCommitment [32]byte
	MetadataURI   string
	Policy        ContentRegistryPolicy
}

// UnpackContent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbaa0b806.
//
// Solidity: function content(uint256 contentId) view returns(bytes32 contentHash, bytes32 infoHash, bytes32 keyCommitment, string metadataURI, (uint8,uint256,address,uint64,bool,uint8,address,uint256,uint256,uint16,(address,uint16)[]) policy)
func (contentRegistry *ContentRegistry) UnpackContent(data []byte) (ContentOutput, error) {
	out, err := contentRegistry.abi.Unpack("content", data)
	outstruct := new(ContentOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.ContentHash = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.InfoHash = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.KeyCommitment = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	outstruct.MetadataURI = *abi.ConvertType(out[3], new(string)).(*string)
	outstruct.Policy = *abi.ConvertType(out[4], new(ContentRegistryPolicy)).(*ContentRegistryPolicy)
	return *outstruct, nil
}

// PackContentIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf40ecab3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contentIdOf(address creator, bytes32 contentHash) view returns(uint256)
func (contentRegistry *ContentRegistry) PackContentIdOf(creator common.Address, contentHash [32]byte) []byte {
	enc, err := contentRegistry.abi.Pack("contentIdOf", creator, contentHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContentIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf40ecab3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contentIdOf(address creator, bytes32 contentHash) view returns(uint256)
func (contentRegistry *ContentRegistry) TryPackContentIdOf(creator common.Address, contentHash [32]byte) ([]byte, error) {
	return contentRegistry.abi.Pack("contentIdOf", creator, contentHash)
}

// UnpackContentIdOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf40ecab3.
//
// Solidity: function contentIdOf(address creator, bytes32 contentHash) view returns(uint256)
func (contentRegistry *ContentRegistry) UnpackContentIdOf(data []byte) (*big.Int, error) {
	out, err := contentRegistry.abi.Unpack("contentIdOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreatorOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x589a1743.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function creatorOf(uint256 contentId) view returns(address)
func (contentRegistry *ContentRegistry) PackCreatorOf(contentId *big.Int) []byte {
	enc, err := contentRegistry.abi.Pack("creatorOf", contentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreatorOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x589a1743.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function creatorOf(uint256 contentId) view returns(address)
func (contentRegistry *ContentRegistry) TryPackCreatorOf(contentId *big.Int) ([]byte, error) {
	return contentRegistry.abi.Pack("creatorOf", contentId)
}

// UnpackCreatorOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x589a1743.
//
// Solidity: function creatorOf(uint256 contentId) view returns(address)
func (contentRegistry *ContentRegistry) UnpackCreatorOf(data []byte) (common.Address, error) {
	out, err := contentRegistry.abi.Unpack("creatorOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (contentRegistry *ContentRegistry) PackEip712Domain() []byte {
	enc, err := contentRegistry.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (contentRegistry *ContentRegistry) TryPackEip712Domain() ([]byte, error) {
	return contentRegistry.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (contentRegistry *ContentRegistry) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := contentRegistry.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddca3f43.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fee() view returns(address recipient, uint16 feeBps)
func (contentRegistry *ContentRegistry) PackFee() []byte {
	enc, err := contentRegistry.abi.Pack("fee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddca3f43.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fee() view returns(address recipient, uint16 feeBps)
func (contentRegistry *ContentRegistry) TryPackFee() ([]byte, error) {
	return contentRegistry.abi.Pack("fee")
}

// FeeOutput serves as a container for the return parameters of contract
// method Fee.
type FeeOutput struct {
	Recipient common.Address
	FeeBps    uint16
}

// UnpackFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xddca3f43.
//
// Solidity: function fee() view returns(address recipient, uint16 feeBps)
func (contentRegistry *ContentRegistry) UnpackFee(data []byte) (FeeOutput, error) {
	out, err := contentRegistry.abi.Unpack("fee", data)
	outstruct := new(FeeOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Recipient = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.FeeBps = *abi.ConvertType(out[1], new(uint16)).(*uint16)
	return *outstruct, nil
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (contentRegistry *ContentRegistry) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := contentRegistry.abi.Pack("getApproved", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (contentRegistry *ContentRegistry) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return contentRegistry.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (contentRegistry *ContentRegistry) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := contentRegistry.abi.Unpack("getApproved", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackHasAccess is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xced14198.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasAccess(uint256 contentId, address account) view returns(bool)
func (contentRegistry *ContentRegistry) PackHasAccess(contentId *big.Int, account common.Address) []byte {
	enc, err := contentRegistry.abi.Pack("hasAccess", contentId, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasAccess is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xced14198.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasAccess(uint256 contentId, address account) view returns(bool)
func (contentRegistry *ContentRegistry) TryPackHasAccess(contentId *big.Int, account common.Address) ([]byte, error) {
	return contentRegistry.abi.Pack("hasAccess", contentId, account)
}

// UnpackHasAccess is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xced14198.
//
// Solidity: function hasAccess(uint256 contentId, address account) view returns(bool)
func (contentRegistry *ContentRegistry) UnpackHasAccess(data []byte) (bool, error) {
	out, err := contentRegistry.abi.Unpack("hasAccess", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackInvalidateNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a57b46f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function invalidateNonce() returns(uint256 nonce)
func (contentRegistry *ContentRegistry) PackInvalidateNonce() []byte {
	enc, err := contentRegistry.abi.Pack("invalidateNonce")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInvalidateNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a57b46f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function invalidateNonce() returns(uint256 nonce)
func (contentRegistry *ContentRegistry) TryPackInvalidateNonce() ([]byte, error) {
	return contentRegistry.abi.Pack("invalidateNonce")
}

// UnpackInvalidateNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5a57b46f.
//
// Solidity: function invalidateNonce() returns(uint256 nonce)
func (contentRegistry *ContentRegistry) UnpackInvalidateNonce(data []byte) (*big.Int, error) {
	out, err := contentRegistry.abi.Unpack("invalidateNonce", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (contentRegistry *ContentRegistry) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := contentRegistry.abi.Pack("isApprovedForAll", owner, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (contentRegistry *ContentRegistry) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return contentRegistry.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (contentRegistry *ContentRegistry) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := contentRegistry.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (contentRegistry *ContentRegistry) PackName() []byte {
	enc, err := contentRegistry.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (contentRegistry *ContentRegistry) TryPackName() ([]byte, error) {
	return contentRegistry.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (contentRegistry *ContentRegistry) UnpackName(data []byte) (string, error) {
	out, err := contentRegistry.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (contentRegistry *ContentRegistry) PackNonces(owner common.Address) []byte {
	enc, err := contentRegistry.abi.Pack("nonces", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (contentRegistry *ContentRegistry) TryPackNonces(owner common.Address) ([]byte, error) {
	return contentRegistry.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (contentRegistry *ContentRegistry) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := contentRegistry.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28079e4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owed(address payee, address currency) view returns(uint256)
func (contentRegistry *ContentRegistry) PackOwed(payee common.Address, currency common.Address) []byte {
	enc, err := contentRegistry.abi.Pack("owed", payee, currency)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28079e4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owed(address payee, address currency) view returns(uint256)
func (contentRegistry *ContentRegistry) TryPackOwed(payee common.Address, currency common.Address) ([]byte, error) {
	return contentRegistry.abi.Pack("owed", payee, currency)
}

// UnpackOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x28079e4a.
//
// Solidity: function owed(address payee, address currency) view returns(uint256)
func (contentRegistry *ContentRegistry) UnpackOwed(data []byte) (*big.Int, error) {
	out, err := contentRegistry.abi.Unpack("owed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (contentRegistry *ContentRegistry) PackOwner() []byte {
	enc, err := contentRegistry.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (contentRegistry *ContentRegistry) TryPackOwner() ([]byte, error) {
	return contentRegistry.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (contentRegistry *ContentRegistry) UnpackOwner(data []byte) (common.Address, error) {
	out, err := contentRegistry.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (contentRegistry *ContentRegistry) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := contentRegistry.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (contentRegistry *ContentRegistry) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return contentRegistry.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (contentRegistry *ContentRegistry) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := contentRegistry.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (contentRegistry *ContentRegistry) PackPause() []byte {
	enc, err := contentRegistry.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (contentRegistry *ContentRegistry) TryPackPause() ([]byte, error) {
	return contentRegistry.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (contentRegistry *ContentRegistry) PackPaused() []byte {
	enc, err := contentRegistry.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (contentRegistry *ContentRegistry) TryPackPaused() ([]byte, error) {
	return contentRegistry.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (contentRegistry *ContentRegistry) UnpackPaused(data []byte) (bool, error) {
	out, err := contentRegistry.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (contentRegistry *ContentRegistry) PackPendingOwner() []byte {
	enc, err := contentRegistry.abi.Pack("pendingOwner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingOwner() view returns(address)
func (contentRegistry *ContentRegistry) TryPackPendingOwner() ([]byte, error) {
	return contentRegistry.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (contentRegistry *ContentRegistry) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := contentRegistry.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPurchase is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22163f0f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function purchase(uint256 contentId, address recipient, uint256 price, address currency, uint64 duration) payable returns(uint64 expiry)
func (contentRegistry *ContentRegistry) PackPurchase(contentId *big.Int, recipient common.Address, price *big.Int, currency common.Address, duration uint64) []byte {
	enc, err := contentRegistry.abi.Pack("purchase", contentId, recipient, price, currency, duration)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPurchase is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22163f0f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function purchase(uint256 contentId, address recipient, uint256 price, address currency, uint64 duration) payable returns(uint64 expiry)
func (contentRegistry *ContentRegistry) TryPackPurchase(contentId *big.Int, recipient common.Address, price *big.Int, currency common.Address, duration uint64) ([]byte, error) {
	return contentRegistry.abi.Pack("purchase", contentId, recipient, price, currency, duration)
}

// UnpackPurchase is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x22163f0f.
//
// Solidity: function purchase(uint256 contentId, address recipient, uint256 price, address currency, uint64 duration) payable returns(uint64 expiry)
func (contentRegistry *ContentRegistry) UnpackPurchase(data []byte) (uint64, error) {
	out, err := contentRegistry.abi.Unpack("purchase", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackPurchasedUntil is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f8e8ca2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function purchasedUntil(uint256 contentId, address account) view returns(uint64)
func (contentRegistry *ContentRegistry) PackPurchasedUntil(contentId *big.Int, account common.Address) []byte {
	enc, err := contentRegistry.abi.Pack("purchasedUntil", contentId, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPurchasedUntil is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f8e8ca2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function purchasedUntil(uint256 contentId, address account) view returns(uint64)
func (contentRegistry *ContentRegistry) TryPackPurchasedUntil(contentId *big.Int, account common.Address) ([]byte, error) {
	return contentRegistry.abi.Pack("purchasedUntil", contentId, account)
}

// UnpackPurchasedUntil is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f8e8ca2.
//
// Solidity: function purchasedUntil(uint256 contentId, address account) view returns(uint64)
func (contentRegistry *ContentRegistry) UnpackPurchasedUntil(data []byte) (uint64, error) {
	out, err := contentRegistry.abi.Unpack("purchasedUntil", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda221528.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(bytes32 contentHash, bytes32 infoHash, bytes32 keyCommitment, string metadataURI, (uint8,uint256,address,uint64,bool,uint8,address,uint256,uint256,uint16,(address,uint16)[]) policy) returns(uint256 contentId)
func (contentRegistry *ContentRegistry) PackRegister(contentHash [32]byte, infoHash [32]byte, keyCommitment [32]byte, metadataURI string, policy ContentRegistryPolicy) []byte {
	enc, err := contentRegistry.abi.Pack("register", contentHash, infoHash, keyCommitment, metadataURI, policy)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda221528.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(bytes32 contentHash, bytes32 infoHash, bytes32 keyCommitment, string metadataURI, (uint8,uint256,address,uint64,bool,uint8,address,uint256,uint256,uint16,(address,uint16)[]) policy) returns(uint256 contentId)
func (contentRegistry *ContentRegistry) TryPackRegister(contentHash [32]byte, infoHash [32]byte, keyCommitment [32]byte, metadataURI string, policy ContentRegistryPolicy) ([]byte, error) {
	return contentRegistry.abi.Pack("register", contentHash, infoHash, keyCommitment, metadataURI, policy)
}

// UnpackRegister is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xda221528.
//
// Solidity: function register(bytes32 contentHash, bytes32 infoHash, bytes32 keyCommitment, string metadataURI, (uint8,uint256,address,uint64,bool,uint8,address,uint256,uint256,uint16,(address,uint16)[]) policy) returns(uint256 contentId)
func (contentRegistry *ContentRegistry) UnpackRegister(data []byte) (*big.Int, error) {
	out, err := contentRegistry.abi.Unpack("register", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRegisterWithSig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xffbb9882.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerWithSig(bytes32 contentHash, bytes32 infoHash, bytes32 keyCommitment, string metadataURI, (uint8,uint256,address,uint64,bool,uint8,address,uint256,uint256,uint16,(address,uint16)[]) policy, address creator, uint256 deadline, bytes signature) returns(uint256 contentId)
func (contentRegistry *ContentRegistry) PackRegisterWithSig(contentHash [32]byte, infoHash [32]byte, keyCommitment [32]byte, metadataURI string, policy ContentRegistryPolicy, creator common.Address, deadline *big.Int, signature []byte) []byte {
	enc, err := contentRegistry.abi.Pack("registerWithSig", contentHash, infoHash, keyCommitment, metadataURI, policy, creator, deadline, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterWithSig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xffbb9882.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerWithSig(bytes32 contentHash, bytes32 infoHash, bytes32 keyCommitment, string metadataURI, (uint8,uint256,address,uint64,bool,uint8,address,uint256,uint256,uint16,(address,uint16)[]) policy, address creator, uint256 deadline, bytes signature) returns(uint256 contentId)
func (contentRegistry *ContentRegistry) TryPackRegisterWithSig(contentHash [32]byte, infoHash [32]byte, keyCommitment [32]byte, metadataURI string, policy ContentRegistryPolicy, creator common.Address, deadline *big.Int, signature []byte) ([]byte, error) {
	return contentRegistry.abi.Pack("registerWithSig", contentHash, infoHash, keyCommitment, metadataURI, policy, creator, deadline, signature)
}

// UnpackRegisterWithSig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xffbb9882.
//
// Solidity: function registerWithSig(bytes32 contentHash, bytes32 infoHash, bytes32 keyCommitment, string metadataURI, (uint8,uint256,address,uint64,bool,uint8,address,uint256,uint256,uint16,(address,uint16)[]) policy, address creator, uint256 deadline, bytes signature) returns(uint256 contentId)
func (contentRegistry *ContentRegistry) UnpackRegisterWithSig(data []byte) (*big.Int, error) {
	out, err := contentRegistry.abi.Unpack("registerWithSig", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (contentRegistry *ContentRegistry) PackRenounceOwnership() []byte {
	enc, err := contentRegistry.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (contentRegistry *ContentRegistry) TryPackRenounceOwnership() ([]byte, error) {
	return contentRegistry.abi.Pack("renounceOwnership")
}

// PackRoyaltyInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a55205a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function royaltyInfo(uint256 tokenId, uint256 salePrice) view returns(address receiver, uint256 royaltyAmount)
func (contentRegistry *ContentRegistry) PackRoyaltyInfo(tokenId *big.Int, salePrice *big.Int) []byte {
	enc, err := contentRegistry.abi.Pack("royaltyInfo", tokenId, salePrice)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRoyaltyInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a55205a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function royaltyInfo(uint256 tokenId, uint256 salePrice) view returns(address receiver, uint256 royaltyAmount)
func (contentRegistry *ContentRegistry) TryPackRoyaltyInfo(tokenId *big.Int, salePrice *big.Int) ([]byte, error) {
	return contentRegistry.abi.Pack("royaltyInfo", tokenId, salePrice)
}

// RoyaltyInfoOutput serves as a container for the return parameters of contract
// method RoyaltyInfo.
type RoyaltyInfoOutput struct {
	Receiver      common.Address
	RoyaltyAmount *big.Int
}

// UnpackRoyaltyInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2a55205a.
//
// Solidity: function royaltyInfo(uint256 tokenId, uint256 salePrice) view returns(address receiver, uint256 royaltyAmount)
func (contentRegistry *ContentRegistry) UnpackRoyaltyInfo(data []byte) (RoyaltyInfoOutput, error) {
	out, err := contentRegistry.abi.Unpack("royaltyInfo", data)
	outstruct := new(RoyaltyInfoOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Receiver = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.RoyaltyAmount = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (contentRegistry *ContentRegistry) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := contentRegistry.abi.Pack("safeTransferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (contentRegistry *ContentRegistry) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return contentRegistry.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (contentRegistry *ContentRegistry) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := contentRegistry.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (contentRegistry *ContentRegistry) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return contentRegistry.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (contentRegistry *ContentRegistry) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := contentRegistry.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (contentRegistry *ContentRegistry) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return contentRegistry.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSetChannel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x326ebe33.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setChannel(uint256 price, address currency, uint64 period) returns()
func (contentRegistry *ContentRegistry) PackSetChannel(price *big.Int, currency common.Address, period uint64) []byte {
	enc, err := contentRegistry.abi.Pack("setChannel", price, currency, period)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetChannel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x326ebe33.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setChannel(uint256 price, address currency, uint64 period) returns()
func (contentRegistry *ContentRegistry) TryPackSetChannel(price *big.Int, currency common.Address, period uint64) ([]byte, error) {
	return contentRegistry.abi.Pack("setChannel", price, currency, period)
}

// PackSetFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x337f3a31.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFee(address recipient, uint16 feeBps) returns()
func (contentRegistry *ContentRegistry) PackSetFee(recipient common.Address, feeBps uint16) []byte {
	enc, err := contentRegistry.abi.Pack("setFee", recipient, feeBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x337f3a31.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFee(address recipient, uint16 feeBps) returns()
func (contentRegistry *ContentRegistry) TryPackSetFee(recipient common.Address, feeBps uint16) ([]byte, error) {
	return contentRegistry.abi.Pack("setFee", recipient, feeBps)
}

// PackSubscribe is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c98c889.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function subscribe(address creator, uint32 periods, uint256 price, address currency, uint64 period) payable returns(uint64 expiry)
func (contentRegistry *ContentRegistry) PackSubscribe(creator common.Address, periods uint32, price *big.Int, currency common.Address, period uint64) []byte {
	enc, err := contentRegistry.abi.Pack("subscribe", creator, periods, price, currency, period)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubscribe is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c98c889.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function subscribe(address creator, uint32 periods, uint256 price, address currency, uint64 period) payable returns(uint64 expiry)
func (contentRegistry *ContentRegistry) TryPackSubscribe(creator common.Address, periods uint32, price *big.Int, currency common.Address, period uint64) ([]byte, error) {
	return contentRegistry.abi.Pack("subscribe", creator, periods, price, currency, period)
}

// UnpackSubscribe is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3c98c889.
//
// Solidity: function subscribe(address creator, uint32 periods, uint256 price, address currency, uint64 period) payable returns(uint64 expiry)
func (contentRegistry *ContentRegistry) UnpackSubscribe(data []byte) (uint64, error) {
	out, err := contentRegistry.abi.Unpack("subscribe", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSubscribedUntil is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f524961.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function subscribedUntil(address creator, address subscriber) view returns(uint64)
func (contentRegistry *ContentRegistry) PackSubscribedUntil(creator common.Address, subscriber common.Address) []byte {
	enc, err := contentRegistry.abi.Pack("subscribedUntil", creator, subscriber)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubscribedUntil is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f524961.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function subscribedUntil(address creator, address subscriber) view returns(uint64)
func (contentRegistry *ContentRegistry) TryPackSubscribedUntil(creator common.Address, subscriber common.Address) ([]byte, error) {
	return contentRegistry.abi.Pack("subscribedUntil", creator, subscriber)
}

// UnpackSubscribedUntil is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f524961.
//
// Solidity: function subscribedUntil(address creator, address subscriber) view returns(uint64)
func (contentRegistry *ContentRegistry) UnpackSubscribedUntil(data []byte) (uint64, error) {
	out, err := contentRegistry.abi.Unpack("subscribedUntil", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (contentRegistry *ContentRegistry) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := contentRegistry.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (contentRegistry *ContentRegistry) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return contentRegistry.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (contentRegistry *ContentRegistry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := contentRegistry.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (contentRegistry *ContentRegistry) PackSymbol() []byte {
	enc, err := contentRegistry.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (contentRegistry *ContentRegistry) TryPackSymbol() ([]byte, error) {
	return contentRegistry.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (contentRegistry *ContentRegistry) UnpackSymbol(data []byte) (string, error) {
	out, err := contentRegistry.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (contentRegistry *ContentRegistry) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := contentRegistry.abi.Pack("tokenURI", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (contentRegistry *ContentRegistry) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return contentRegistry.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (contentRegistry *ContentRegistry) UnpackTokenURI(data []byte) (string, error) {
	out, err := contentRegistry.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalContent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c59d163.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalContent() view returns(uint256)
func (contentRegistry *ContentRegistry) PackTotalContent() []byte {
	enc, err := contentRegistry.abi.Pack("totalContent")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalContent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c59d163.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalContent() view returns(uint256)
func (contentRegistry *ContentRegistry) TryPackTotalContent() ([]byte, error) {
	return contentRegistry.abi.Pack("totalContent")
}

// UnpackTotalContent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2c59d163.
//
// Solidity: function totalContent() view returns(uint256)
func (contentRegistry *ContentRegistry) UnpackTotalContent(data []byte) (*big.Int, error) {
	out, err := contentRegistry.abi.Unpack("totalContent", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (contentRegistry *ContentRegistry) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := contentRegistry.abi.Pack("transferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (contentRegistry *ContentRegistry) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return contentRegistry.abi.Pack("transferFrom", from, to, tokenId)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (contentRegistry *ContentRegistry) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := contentRegistry.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (contentRegistry *ContentRegistry) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return contentRegistry.abi.Pack("transferOwnership", newOwner)
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (contentRegistry *ContentRegistry) PackUnpause() []byte {
	enc, err := contentRegistry.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (contentRegistry *ContentRegistry) TryPackUnpause() ([]byte, error) {
	return contentRegistry.abi.Pack("unpause")
}

// PackUpdatePolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab1a216f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updatePolicy(uint256 contentId, (uint8,uint256,address,uint64,bool,uint8,address,uint256,uint256,uint16,(address,uint16)[]) policy) returns()
func (contentRegistry *ContentRegistry) PackUpdatePolicy(contentId *big.Int, policy ContentRegistryPolicy) []byte {
	enc, err := contentRegistry.abi.Pack("updatePolicy", contentId, policy)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdatePolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab1a216f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updatePolicy(uint256 contentId, (uint8,uint256,address,uint64,bool,uint8,address,uint256,uint256,uint16,(address,uint16)[]) policy) returns()
func (contentRegistry *ContentRegistry) TryPackUpdatePolicy(contentId *big.Int, policy ContentRegistryPolicy) ([]byte, error) {
	return contentRegistry.abi.Pack("updatePolicy", contentId, policy)
}

// PackUpdatePolicyWithSig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2c1fefa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updatePolicyWithSig(uint256 contentId, (uint8,uint256,address,uint64,bool,uint8,address,uint256,uint256,uint16,(address,uint16)[]) policy, uint256 deadline, bytes signature) returns()
func (contentRegistry *ContentRegistry) PackUpdatePolicyWithSig(contentId *big.Int, policy ContentRegistryPolicy, deadline *big.Int, signature []byte) []byte {
	enc, err := contentRegistry.abi.Pack("updatePolicyWithSig", contentId, policy, deadline, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdatePolicyWithSig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2c1fefa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updatePolicyWithSig(uint256 contentId, (uint8,uint256,address,uint64,bool,uint8,address,uint256,uint256,uint16,(address,uint16)[]) policy, uint256 deadline, bytes signature) returns()
func (contentRegistry *ContentRegistry) TryPackUpdatePolicyWithSig(contentId *big.Int, policy ContentRegistryPolicy, deadline *big.Int, signature []byte) ([]byte, error) {
	return contentRegistry.abi.Pack("updatePolicyWithSig", contentId, policy, deadline, signature)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address currency) returns(uint256 amount)
func (contentRegistry *ContentRegistry) PackWithdraw(currency common.Address) []byte {
	enc, err := contentRegistry.abi.Pack("withdraw", currency)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address currency) returns(uint256 amount)
func (contentRegistry *ContentRegistry) TryPackWithdraw(currency common.Address) ([]byte, error) {
	return contentRegistry.abi.Pack("withdraw", currency)
}

// UnpackWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51cff8d9.
//
// Solidity: function withdraw(address currency) returns(uint256 amount)
func (contentRegistry *ContentRegistry) UnpackWithdraw(data []byte) (*big.Int, error) {
	out, err := contentRegistry.abi.Unpack("withdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// ContentRegistryApproval represents a Approval event raised by the ContentRegistry contract.
type ContentRegistryApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const ContentRegistryApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (ContentRegistryApproval) ContractEventName() string {
	return ContentRegistryApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (contentRegistry *ContentRegistry) UnpackApprovalEvent(log *types.Log) (*ContentRegistryApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != contentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ContentRegistryApproval)
	if len(log.Data) > 0 {
		if err := contentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range contentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ContentRegistryApprovalForAll represents a ApprovalForAll event raised by the ContentRegistry contract.
type ContentRegistryApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const ContentRegistryApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (ContentRegistryApprovalForAll) ContractEventName() string {
	return ContentRegistryApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (contentRegistry *ContentRegistry) UnpackApprovalForAllEvent(log *types.Log) (*ContentRegistryApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != contentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ContentRegistryApprovalForAll)
	if len(log.Data) > 0 {
		if err := contentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range contentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ContentRegistryChannelUpdated represents a ChannelUpdated event raised by the ContentRegistry contract.
type ContentRegistryChannelUpdated struct {
	Creator  common.Address
	Price    *big.Int
	Currency common.Address
	Period   uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const ContentRegistryChannelUpdatedEventName = "ChannelUpdated"

// ContractEventName returns the user-defined event name.
func (ContentRegistryChannelUpdated) ContractEventName() string {
	return ContentRegistryChannelUpdatedEventName
}

// UnpackChannelUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChannelUpdated(address indexed creator, uint256 price, address currency, uint64 period)
func (contentRegistry *ContentRegistry) UnpackChannelUpdatedEvent(log *types.Log) (*ContentRegistryChannelUpdated, error) {
	event := "ChannelUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != contentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ContentRegistryChannelUpdated)
	if len(log.Data) > 0 {
		if err := contentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range contentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ContentRegistryContentRegistered represents a ContentRegistered event raised by the ContentRegistry contract.
type ContentRegistryContentRegistered struct {
	ContentId     *big.Int
	Creator       common.Address
	ContentHash   [32]byte
	InfoHash      [32]byte
	KeyCommitment [32]byte
	MetadataURI   string
	Policy        ContentRegistryPolicy
	Raw           *types.Log // Blockchain specific contextual infos
}

const ContentRegistryContentRegisteredEventName = "ContentRegistered"

// ContractEventName returns the user-defined event name.
func (ContentRegistryContentRegistered) ContractEventName() string {
	return ContentRegistryContentRegisteredEventName
}

// UnpackContentRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ContentRegistered(uint256 indexed contentId, address indexed creator, bytes32 indexed contentHash, bytes32 infoHash, bytes32 keyCommitment, string metadataURI, (uint8,uint256,address,uint64,bool,uint8,address,uint256,uint256,uint16,(address,uint16)[]) policy)
func (contentRegistry *ContentRegistry) UnpackContentRegisteredEvent(log *types.Log) (*ContentRegistryContentRegistered, error) {
	event := "ContentRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != contentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ContentRegistryContentRegistered)
	if len(log.Data) > 0 {
		if err := contentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range contentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ContentRegistryCredited represents a Credited event raised by the ContentRegistry contract.
type ContentRegistryCredited struct {
	Payee    common.Address
	Currency common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const ContentRegistryCreditedEventName = "Credited"

// ContractEventName returns the user-defined event name.
func (ContentRegistryCredited) ContractEventName() string {
	return ContentRegistryCreditedEventName
}

// UnpackCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Credited(address indexed payee, address indexed currency, uint256 amount)
func (contentRegistry *ContentRegistry) UnpackCreditedEvent(log *types.Log) (*ContentRegistryCredited, error) {
	event := "Credited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != contentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ContentRegistryCredited)
	if len(log.Data) > 0 {
		if err := contentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range contentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ContentRegistryEIP712DomainChanged represents a EIP712DomainChanged event raised by the ContentRegistry contract.
type ContentRegistryEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const ContentRegistryEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (ContentRegistryEIP712DomainChanged) ContractEventName() string {
	return ContentRegistryEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (contentRegistry *ContentRegistry) UnpackEIP712DomainChangedEvent(log *types.Log) (*ContentRegistryEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != contentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ContentRegistryEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := contentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range contentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ContentRegistryFeeUpdated represents a FeeUpdated event raised by the ContentRegistry contract.
type ContentRegistryFeeUpdated struct {
	Recipient common.Address
	FeeBps    uint16
	Raw       *types.Log // Blockchain specific contextual infos
}

const ContentRegistryFeeUpdatedEventName = "FeeUpdated"

// ContractEventName returns the user-defined event name.
func (ContentRegistryFeeUpdated) ContractEventName() string {
	return ContentRegistryFeeUpdatedEventName
}

// UnpackFeeUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeeUpdated(address indexed recipient, uint16 feeBps)
func (contentRegistry *ContentRegistry) UnpackFeeUpdatedEvent(log *types.Log) (*ContentRegistryFeeUpdated, error) {
	event := "FeeUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != contentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ContentRegistryFeeUpdated)
	if len(log.Data) > 0 {
		if err := contentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range contentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ContentRegistryNonceInvalidated represents a NonceInvalidated event raised by the ContentRegistry contract.
type ContentRegistryNonceInvalidated struct {
	Creator common.Address
	Nonce   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ContentRegistryNonceInvalidatedEventName = "NonceInvalidated"

// ContractEventName returns the user-defined event name.
func (ContentRegistryNonceInvalidated) ContractEventName() string {
	return ContentRegistryNonceInvalidatedEventName
}

// UnpackNonceInvalidatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NonceInvalidated(address indexed creator, uint256 nonce)
func (contentRegistry *ContentRegistry) UnpackNonceInvalidatedEvent(log *types.Log) (*ContentRegistryNonceInvalidated, error) {
	event := "NonceInvalidated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != contentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ContentRegistryNonceInvalidated)
	if len(log.Data) > 0 {
		if err := contentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range contentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ContentRegistryOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the ContentRegistry contract.
type ContentRegistryOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ContentRegistryOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (ContentRegistryOwnershipTransferStarted) ContractEventName() string {
	return ContentRegistryOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (contentRegistry *ContentRegistry) UnpackOwnershipTransferStartedEvent(log *types.Log) (*ContentRegistryOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != contentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ContentRegistryOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := contentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range contentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ContentRegistryOwnershipTransferred represents a OwnershipTransferred event raised by the ContentRegistry contract.
type ContentRegistryOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ContentRegistryOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (ContentRegistryOwnershipTransferred) ContractEventName() string {
	return ContentRegistryOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (contentRegistry *ContentRegistry) UnpackOwnershipTransferredEvent(log *types.Log) (*ContentRegistryOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != contentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ContentRegistryOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := contentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range contentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ContentRegistryPaused represents a Paused event raised by the ContentRegistry contract.
type ContentRegistryPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ContentRegistryPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (ContentRegistryPaused) ContractEventName() string {
	return ContentRegistryPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (contentRegistry *ContentRegistry) UnpackPausedEvent(log *types.Log) (*ContentRegistryPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != contentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ContentRegistryPaused)
	if len(log.Data) > 0 {
		if err := contentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range contentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ContentRegistryPolicyUpdated represents a PolicyUpdated event raised by the ContentRegistry contract.
type ContentRegistryPolicyUpdated struct {
	ContentId *big.Int
	Policy    ContentRegistryPolicy
	Raw       *types.Log // Blockchain specific contextual infos
}

const ContentRegistryPolicyUpdatedEventName = "PolicyUpdated"

// ContractEventName returns the user-defined event name.
func (ContentRegistryPolicyUpdated) ContractEventName() string {
	return ContentRegistryPolicyUpdatedEventName
}

// UnpackPolicyUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PolicyUpdated(uint256 indexed contentId, (uint8,uint256,address,uint64,bool,uint8,address,uint256,uint256,uint16,(address,uint16)[]) policy)
func (contentRegistry *ContentRegistry) UnpackPolicyUpdatedEvent(log *types.Log) (*ContentRegistryPolicyUpdated, error) {
	event := "PolicyUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != contentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ContentRegistryPolicyUpdated)
	if len(log.Data) > 0 {
		if err := contentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range contentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ContentRegistryPurchased represents a Purchased event raised by the ContentRegistry contract.
type ContentRegistryPurchased struct {
	ContentId *big.Int
	Buyer     common.Address
	Recipient common.Address
	Expiry    uint64
	Amount    *big.Int
	Currency  common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const ContentRegistryPurchasedEventName = "Purchased"

// ContractEventName returns the user-defined event name.
func (ContentRegistryPurchased) ContractEventName() string {
	return ContentRegistryPurchasedEventName
}

// UnpackPurchasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Purchased(uint256 indexed contentId, address indexed buyer, address indexed recipient, uint64 expiry, uint256 amount, address currency)
func (contentRegistry *ContentRegistry) UnpackPurchasedEvent(log *types.Log) (*ContentRegistryPurchased, error) {
	event := "Purchased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != contentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ContentRegistryPurchased)
	if len(log.Data) > 0 {
		if err := contentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range contentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ContentRegistrySubscribed represents a Subscribed event raised by the ContentRegistry contract.
type ContentRegistrySubscribed struct {
	Creator    common.Address
	Subscriber common.Address
	Periods    uint32
	Expiry     uint64
	Amount     *big.Int
	Currency   common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const ContentRegistrySubscribedEventName = "Subscribed"

// ContractEventName returns the user-defined event name.
func (ContentRegistrySubscribed) ContractEventName() string {
	return ContentRegistrySubscribedEventName
}

// UnpackSubscribedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Subscribed(address indexed creator, address indexed subscriber, uint32 periods, uint64 expiry, uint256 amount, address currency)
func (contentRegistry *ContentRegistry) UnpackSubscribedEvent(log *types.Log) (*ContentRegistrySubscribed, error) {
	event := "Subscribed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != contentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ContentRegistrySubscribed)
	if len(log.Data) > 0 {
		if err := contentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range contentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ContentRegistryTransfer represents a Transfer event raised by the ContentRegistry contract.
type ContentRegistryTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ContentRegistryTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (ContentRegistryTransfer) ContractEventName() string {
	return ContentRegistryTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (contentRegistry *ContentRegistry) UnpackTransferEvent(log *types.Log) (*ContentRegistryTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != contentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ContentRegistryTransfer)
	if len(log.Data) > 0 {
		if err := contentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range contentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ContentRegistryUnpaused represents a Unpaused event raised by the ContentRegistry contract.
type ContentRegistryUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ContentRegistryUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (ContentRegistryUnpaused) ContractEventName() string {
	return ContentRegistryUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (contentRegistry *ContentRegistry) UnpackUnpausedEvent(log *types.Log) (*ContentRegistryUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != contentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ContentRegistryUnpaused)
	if len(log.Data) > 0 {
		if err := contentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range contentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ContentRegistryWithdrawn represents a Withdrawn event raised by the ContentRegistry contract.
type ContentRegistryWithdrawn struct {
	Payee    common.Address
	Currency common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const ContentRegistryWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (ContentRegistryWithdrawn) ContractEventName() string {
	return ContentRegistryWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed payee, address indexed currency, uint256 amount)
func (contentRegistry *ContentRegistry) UnpackWithdrawnEvent(log *types.Log) (*ContentRegistryWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != contentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ContentRegistryWithdrawn)
	if len(log.Data) > 0 {
		if err := contentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range contentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (contentRegistry *ContentRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["AlreadyPerpetual"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackAlreadyPerpetualError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["AmountOverflow"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackAmountOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["ChannelClosed"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackChannelClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["ContentAlreadyRegistered"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackContentAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackERC721NonexistentTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["ExpiryOverflow"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackExpiryOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["FeeTooHigh"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackFeeTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["InvalidPolicy"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackInvalidPolicyError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["NativeTransferFailed"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackNativeTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["NotContentOwner"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackNotContentOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["NotForSale"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackNotForSaleError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["SignatureExpired"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackSignatureExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["TermsChanged"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackTermsChangedError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["TokenAmountMismatch"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackTokenAmountMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["UnknownContent"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackUnknownContentError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["WrongPayment"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackWrongPaymentError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["ZeroFeeRecipient"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackZeroFeeRecipientError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["ZeroHash"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackZeroHashError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["ZeroPeriods"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackZeroPeriodsError(raw[4:])
	}
	if bytes.Equal(raw[:4], contentRegistry.abi.Errors["ZeroRecipient"].ID.Bytes()[:4]) {
		return contentRegistry.UnpackZeroRecipientError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ContentRegistryAlreadyPerpetual represents a AlreadyPerpetual error raised by the ContentRegistry contract.
type ContentRegistryAlreadyPerpetual struct {
	ContentId *big.Int
	Recipient common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyPerpetual(uint256 contentId, address recipient)
func ContentRegistryAlreadyPerpetualErrorID() common.Hash {
	return common.HexToHash("0xd6f99f982985c54387d38cdf7b51c25ca64a4e45cb76f1ef7de2038d6dc93443")
}

// UnpackAlreadyPerpetualError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyPerpetual(uint256 contentId, address recipient)
func (contentRegistry *ContentRegistry) UnpackAlreadyPerpetualError(raw []byte) (*ContentRegistryAlreadyPerpetual, error) {
	out := new(ContentRegistryAlreadyPerpetual)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "AlreadyPerpetual", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistryAmountOverflow represents a AmountOverflow error raised by the ContentRegistry contract.
type ContentRegistryAmountOverflow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountOverflow()
func ContentRegistryAmountOverflowErrorID() common.Hash {
	return common.HexToHash("0x0590fb9fd7fafa6ed96a184a49c94e739017029af0913ebb670bcdcf7b84d7e5")
}

// UnpackAmountOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountOverflow()
func (contentRegistry *ContentRegistry) UnpackAmountOverflowError(raw []byte) (*ContentRegistryAmountOverflow, error) {
	out := new(ContentRegistryAmountOverflow)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "AmountOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistryChannelClosed represents a ChannelClosed error raised by the ContentRegistry contract.
type ContentRegistryChannelClosed struct {
	Creator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChannelClosed(address creator)
func ContentRegistryChannelClosedErrorID() common.Hash {
	return common.HexToHash("0x93daadf23cc2150b386a6c3b39f6e61b9c555fc1cec423e4c93ac9d36b008fef")
}

// UnpackChannelClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChannelClosed(address creator)
func (contentRegistry *ContentRegistry) UnpackChannelClosedError(raw []byte) (*ContentRegistryChannelClosed, error) {
	out := new(ContentRegistryChannelClosed)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "ChannelClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistryContentAlreadyRegistered represents a ContentAlreadyRegistered error raised by the ContentRegistry contract.
type ContentRegistryContentAlreadyRegistered struct {
	ContentHash [32]byte
	ContentId   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ContentAlreadyRegistered(bytes32 contentHash, uint256 contentId)
func ContentRegistryContentAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x04c301ce81f8439a99949ff21475b71dac11cabf66531ffa887587a8836894df")
}

// UnpackContentAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ContentAlreadyRegistered(bytes32 contentHash, uint256 contentId)
func (contentRegistry *ContentRegistry) UnpackContentAlreadyRegisteredError(raw []byte) (*ContentRegistryContentAlreadyRegistered, error) {
	out := new(ContentRegistryContentAlreadyRegistered)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "ContentAlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistryERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the ContentRegistry contract.
type ContentRegistryERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func ContentRegistryERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (contentRegistry *ContentRegistry) UnpackERC721IncorrectOwnerError(raw []byte) (*ContentRegistryERC721IncorrectOwner, error) {
	out := new(ContentRegistryERC721IncorrectOwner)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistryERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the ContentRegistry contract.
type ContentRegistryERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func ContentRegistryERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (contentRegistry *ContentRegistry) UnpackERC721InsufficientApprovalError(raw []byte) (*ContentRegistryERC721InsufficientApproval, error) {
	out := new(ContentRegistryERC721InsufficientApproval)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistryERC721InvalidApprover represents a ERC721InvalidApprover error raised by the ContentRegistry contract.
type ContentRegistryERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func ContentRegistryERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (contentRegistry *ContentRegistry) UnpackERC721InvalidApproverError(raw []byte) (*ContentRegistryERC721InvalidApprover, error) {
	out := new(ContentRegistryERC721InvalidApprover)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistryERC721InvalidOperator represents a ERC721InvalidOperator error raised by the ContentRegistry contract.
type ContentRegistryERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func ContentRegistryERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (contentRegistry *ContentRegistry) UnpackERC721InvalidOperatorError(raw []byte) (*ContentRegistryERC721InvalidOperator, error) {
	out := new(ContentRegistryERC721InvalidOperator)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistryERC721InvalidOwner represents a ERC721InvalidOwner error raised by the ContentRegistry contract.
type ContentRegistryERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func ContentRegistryERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (contentRegistry *ContentRegistry) UnpackERC721InvalidOwnerError(raw []byte) (*ContentRegistryERC721InvalidOwner, error) {
	out := new(ContentRegistryERC721InvalidOwner)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistryERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the ContentRegistry contract.
type ContentRegistryERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func ContentRegistryERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (contentRegistry *ContentRegistry) UnpackERC721InvalidReceiverError(raw []byte) (*ContentRegistryERC721InvalidReceiver, error) {
	out := new(ContentRegistryERC721InvalidReceiver)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistryERC721InvalidSender represents a ERC721InvalidSender error raised by the ContentRegistry contract.
type ContentRegistryERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func ContentRegistryERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (contentRegistry *ContentRegistry) UnpackERC721InvalidSenderError(raw []byte) (*ContentRegistryERC721InvalidSender, error) {
	out := new(ContentRegistryERC721InvalidSender)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistryERC721NonexistentToken represents a ERC721NonexistentToken error raised by the ContentRegistry contract.
type ContentRegistryERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func ContentRegistryERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (contentRegistry *ContentRegistry) UnpackERC721NonexistentTokenError(raw []byte) (*ContentRegistryERC721NonexistentToken, error) {
	out := new(ContentRegistryERC721NonexistentToken)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistryEnforcedPause represents a EnforcedPause error raised by the ContentRegistry contract.
type ContentRegistryEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func ContentRegistryEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (contentRegistry *ContentRegistry) UnpackEnforcedPauseError(raw []byte) (*ContentRegistryEnforcedPause, error) {
	out := new(ContentRegistryEnforcedPause)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistryExpectedPause represents a ExpectedPause error raised by the ContentRegistry contract.
type ContentRegistryExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func ContentRegistryExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (contentRegistry *ContentRegistry) UnpackExpectedPauseError(raw []byte) (*ContentRegistryExpectedPause, error) {
	out := new(ContentRegistryExpectedPause)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistryExpiryOverflow represents a ExpiryOverflow error raised by the ContentRegistry contract.
type ContentRegistryExpiryOverflow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpiryOverflow()
func ContentRegistryExpiryOverflowErrorID() common.Hash {
	return common.HexToHash("0xd4c3b01a3698fbb5d774964e5f717817f7dadbf3e836911bf03ef05cf450049d")
}

// UnpackExpiryOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpiryOverflow()
func (contentRegistry *ContentRegistry) UnpackExpiryOverflowError(raw []byte) (*ContentRegistryExpiryOverflow, error) {
	out := new(ContentRegistryExpiryOverflow)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "ExpiryOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistryFeeTooHigh represents a FeeTooHigh error raised by the ContentRegistry contract.
type ContentRegistryFeeTooHigh struct {
	FeeBps uint16
	MaxBps uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeTooHigh(uint16 feeBps, uint16 maxBps)
func ContentRegistryFeeTooHighErrorID() common.Hash {
	return common.HexToHash("0x3c057d7beb4fe9a19a13a1a22a6f33cb2fec09d9a38cbb3be52bda9374abe790")
}

// UnpackFeeTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeTooHigh(uint16 feeBps, uint16 maxBps)
func (contentRegistry *ContentRegistry) UnpackFeeTooHighError(raw []byte) (*ContentRegistryFeeTooHigh, error) {
	out := new(ContentRegistryFeeTooHigh)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "FeeTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistryInvalidAccountNonce represents a InvalidAccountNonce error raised by the ContentRegistry contract.
type ContentRegistryInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func ContentRegistryInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (contentRegistry *ContentRegistry) UnpackInvalidAccountNonceError(raw []byte) (*ContentRegistryInvalidAccountNonce, error) {
	out := new(ContentRegistryInvalidAccountNonce)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistryInvalidPolicy represents a InvalidPolicy error raised by the ContentRegistry contract.
type ContentRegistryInvalidPolicy struct {
	Fault uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPolicy(uint8 fault)
func ContentRegistryInvalidPolicyErrorID() common.Hash {
	return common.HexToHash("0x3016e0e0982b65fe9585078fff29853834aa12293c530e015bb8e729c781e61c")
}

// UnpackInvalidPolicyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPolicy(uint8 fault)
func (contentRegistry *ContentRegistry) UnpackInvalidPolicyError(raw []byte) (*ContentRegistryInvalidPolicy, error) {
	out := new(ContentRegistryInvalidPolicy)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "InvalidPolicy", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistryInvalidShortString represents a InvalidShortString error raised by the ContentRegistry contract.
type ContentRegistryInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func ContentRegistryInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (contentRegistry *ContentRegistry) UnpackInvalidShortStringError(raw []byte) (*ContentRegistryInvalidShortString, error) {
	out := new(ContentRegistryInvalidShortString)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistryInvalidSignature represents a InvalidSignature error raised by the ContentRegistry contract.
type ContentRegistryInvalidSignature struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature(address signer)
func ContentRegistryInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xd855c4f4d7a9aef9d1b6f49c25339cf5cd471e30830c8071f7b5024985e5abcd")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature(address signer)
func (contentRegistry *ContentRegistry) UnpackInvalidSignatureError(raw []byte) (*ContentRegistryInvalidSignature, error) {
	out := new(ContentRegistryInvalidSignature)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistryNativeTransferFailed represents a NativeTransferFailed error raised by the ContentRegistry contract.
type ContentRegistryNativeTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NativeTransferFailed(address to, uint256 amount)
func ContentRegistryNativeTransferFailedErrorID() common.Hash {
	return common.HexToHash("0xa5b05eec8040da65485bf3ab248b47c42271aa50a9234ed8f116e568dc285cc6")
}

// UnpackNativeTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NativeTransferFailed(address to, uint256 amount)
func (contentRegistry *ContentRegistry) UnpackNativeTransferFailedError(raw []byte) (*ContentRegistryNativeTransferFailed, error) {
	out := new(ContentRegistryNativeTransferFailed)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "NativeTransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistryNotContentOwner represents a NotContentOwner error raised by the ContentRegistry contract.
type ContentRegistryNotContentOwner struct {
	ContentId *big.Int
	Caller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotContentOwner(uint256 contentId, address caller)
func ContentRegistryNotContentOwnerErrorID() common.Hash {
	return common.HexToHash("0x5348eb1e644bd65c4dde11a3b8f36ba971c952044b2972c7812bdde498e2d5f4")
}

// UnpackNotContentOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotContentOwner(uint256 contentId, address caller)
func (contentRegistry *ContentRegistry) UnpackNotContentOwnerError(raw []byte) (*ContentRegistryNotContentOwner, error) {
	out := new(ContentRegistryNotContentOwner)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "NotContentOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistryNotForSale represents a NotForSale error raised by the ContentRegistry contract.
type ContentRegistryNotForSale struct {
	ContentId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotForSale(uint256 contentId)
func ContentRegistryNotForSaleErrorID() common.Hash {
	return common.HexToHash("0xcb5f921029a99794b7ab7ff4cf9da2391b2a7f36ab9f9fbdd73f9e6e20f8062a")
}

// UnpackNotForSaleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotForSale(uint256 contentId)
func (contentRegistry *ContentRegistry) UnpackNotForSaleError(raw []byte) (*ContentRegistryNotForSale, error) {
	out := new(ContentRegistryNotForSale)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "NotForSale", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistryNothingToWithdraw represents a NothingToWithdraw error raised by the ContentRegistry contract.
type ContentRegistryNothingToWithdraw struct {
	Payee    common.Address
	Currency common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw(address payee, address currency)
func ContentRegistryNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xac46653ead99b15185913f0ead179a0b7ea62fb2fd50e49a3e26796b95a2ce9d")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw(address payee, address currency)
func (contentRegistry *ContentRegistry) UnpackNothingToWithdrawError(raw []byte) (*ContentRegistryNothingToWithdraw, error) {
	out := new(ContentRegistryNothingToWithdraw)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistryOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the ContentRegistry contract.
type ContentRegistryOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func ContentRegistryOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (contentRegistry *ContentRegistry) UnpackOwnableInvalidOwnerError(raw []byte) (*ContentRegistryOwnableInvalidOwner, error) {
	out := new(ContentRegistryOwnableInvalidOwner)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistryOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the ContentRegistry contract.
type ContentRegistryOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func ContentRegistryOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (contentRegistry *ContentRegistry) UnpackOwnableUnauthorizedAccountError(raw []byte) (*ContentRegistryOwnableUnauthorizedAccount, error) {
	out := new(ContentRegistryOwnableUnauthorizedAccount)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistryReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the ContentRegistry contract.
type ContentRegistryReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func ContentRegistryReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (contentRegistry *ContentRegistry) UnpackReentrancyGuardReentrantCallError(raw []byte) (*ContentRegistryReentrancyGuardReentrantCall, error) {
	out := new(ContentRegistryReentrancyGuardReentrantCall)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistrySafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the ContentRegistry contract.
type ContentRegistrySafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func ContentRegistrySafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (contentRegistry *ContentRegistry) UnpackSafeERC20FailedOperationError(raw []byte) (*ContentRegistrySafeERC20FailedOperation, error) {
	out := new(ContentRegistrySafeERC20FailedOperation)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistrySignatureExpired represents a SignatureExpired error raised by the ContentRegistry contract.
type ContentRegistrySignatureExpired struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignatureExpired(uint256 deadline)
func ContentRegistrySignatureExpiredErrorID() common.Hash {
	return common.HexToHash("0xcd21db4f5222c209a625f44a7faa4c7077b21128ed96c96bd5c3a0f7bcc95d38")
}

// UnpackSignatureExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignatureExpired(uint256 deadline)
func (contentRegistry *ContentRegistry) UnpackSignatureExpiredError(raw []byte) (*ContentRegistrySignatureExpired, error) {
	out := new(ContentRegistrySignatureExpired)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "SignatureExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistryStringTooLong represents a StringTooLong error raised by the ContentRegistry contract.
type ContentRegistryStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func ContentRegistryStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (contentRegistry *ContentRegistry) UnpackStringTooLongError(raw []byte) (*ContentRegistryStringTooLong, error) {
	out := new(ContentRegistryStringTooLong)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistryTermsChanged represents a TermsChanged error raised by the ContentRegistry contract.
type ContentRegistryTermsChanged struct {
	ExpectedPrice    *big.Int
	ExpectedCurrency common.Address
	ExpectedDuration uint64
	Price            *big.Int
	Currency         common.Address
	Duration         uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TermsChanged(uint256 expectedPrice, address expectedCurrency, uint64 expectedDuration, uint256 price, address currency, uint64 duration)
func ContentRegistryTermsChangedErrorID() common.Hash {
	return common.HexToHash("0x22f059aff596184c0fcc61f102e6d0e014aa7a75f266ca3d46fb3a18c9ef0563")
}

// UnpackTermsChangedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TermsChanged(uint256 expectedPrice, address expectedCurrency, uint64 expectedDuration, uint256 price, address currency, uint64 duration)
func (contentRegistry *ContentRegistry) UnpackTermsChangedError(raw []byte) (*ContentRegistryTermsChanged, error) {
	out := new(ContentRegistryTermsChanged)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "TermsChanged", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistryTokenAmountMismatch represents a TokenAmountMismatch error raised by the ContentRegistry contract.
type ContentRegistryTokenAmountMismatch struct {
	Token    common.Address
	Expected *big.Int
	Received *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenAmountMismatch(address token, uint256 expected, uint256 received)
func ContentRegistryTokenAmountMismatchErrorID() common.Hash {
	return common.HexToHash("0xcf3e13522a442e497772883be331ff686102a1e9f6a35e4b6ec0b60cd4c168a4")
}

// UnpackTokenAmountMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenAmountMismatch(address token, uint256 expected, uint256 received)
func (contentRegistry *ContentRegistry) UnpackTokenAmountMismatchError(raw []byte) (*ContentRegistryTokenAmountMismatch, error) {
	out := new(ContentRegistryTokenAmountMismatch)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "TokenAmountMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistryUnknownContent represents a UnknownContent error raised by the ContentRegistry contract.
type ContentRegistryUnknownContent struct {
	ContentId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownContent(uint256 contentId)
func ContentRegistryUnknownContentErrorID() common.Hash {
	return common.HexToHash("0x3ded154f5250d78362cff59fdbd6cb308037b4b163d2a78034790e54c276fe77")
}

// UnpackUnknownContentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownContent(uint256 contentId)
func (contentRegistry *ContentRegistry) UnpackUnknownContentError(raw []byte) (*ContentRegistryUnknownContent, error) {
	out := new(ContentRegistryUnknownContent)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "UnknownContent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistryWrongPayment represents a WrongPayment error raised by the ContentRegistry contract.
type ContentRegistryWrongPayment struct {
	Expected *big.Int
	Sent     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPayment(uint256 expected, uint256 sent)
func ContentRegistryWrongPaymentErrorID() common.Hash {
	return common.HexToHash("0x0dd32d1c3ef0af2f42e38a7f633c5c154da0aa1d3a58e8dcd04bcd6fb310ac9d")
}

// UnpackWrongPaymentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPayment(uint256 expected, uint256 sent)
func (contentRegistry *ContentRegistry) UnpackWrongPaymentError(raw []byte) (*ContentRegistryWrongPayment, error) {
	out := new(ContentRegistryWrongPayment)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "WrongPayment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistryZeroFeeRecipient represents a ZeroFeeRecipient error raised by the ContentRegistry contract.
type ContentRegistryZeroFeeRecipient struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroFeeRecipient()
func ContentRegistryZeroFeeRecipientErrorID() common.Hash {
	return common.HexToHash("0xcff9f194768551bb77c54f835417fdbceb58162091414f2c09665b8c05e884e3")
}

// UnpackZeroFeeRecipientError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroFeeRecipient()
func (contentRegistry *ContentRegistry) UnpackZeroFeeRecipientError(raw []byte) (*ContentRegistryZeroFeeRecipient, error) {
	out := new(ContentRegistryZeroFeeRecipient)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "ZeroFeeRecipient", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistryZeroHash represents a ZeroHash error raised by the ContentRegistry contract.
type ContentRegistryZeroHash struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroHash()
func ContentRegistryZeroHashErrorID() common.Hash {
	return common.HexToHash("0xf1ae58d53750b958ce0ecfcfb8703282d23f4108c501df126d4c9e83b187c78e")
}

// UnpackZeroHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroHash()
func (contentRegistry *ContentRegistry) UnpackZeroHashError(raw []byte) (*ContentRegistryZeroHash, error) {
	out := new(ContentRegistryZeroHash)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "ZeroHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistryZeroPeriods represents a ZeroPeriods error raised by the ContentRegistry contract.
type ContentRegistryZeroPeriods struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroPeriods()
func ContentRegistryZeroPeriodsErrorID() common.Hash {
	return common.HexToHash("0x407a07bc2ee275f9b2a6fdd44dd2c3831a8746b2e247f103a5ce34402ef64a25")
}

// UnpackZeroPeriodsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroPeriods()
func (contentRegistry *ContentRegistry) UnpackZeroPeriodsError(raw []byte) (*ContentRegistryZeroPeriods, error) {
	out := new(ContentRegistryZeroPeriods)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "ZeroPeriods", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ContentRegistryZeroRecipient represents a ZeroRecipient error raised by the ContentRegistry contract.
type ContentRegistryZeroRecipient struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroRecipient()
func ContentRegistryZeroRecipientErrorID() common.Hash {
	return common.HexToHash("0xd27b44434400f41bccba90cdfad4d72c6c290b6d2304333570252b0a1dc90ded")
}

// UnpackZeroRecipientError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroRecipient()
func (contentRegistry *ContentRegistry) UnpackZeroRecipientError(raw []byte) (*ContentRegistryZeroRecipient, error) {
	out := new(ContentRegistryZeroRecipient)
	if err := contentRegistry.abi.UnpackIntoInterface(out, "ZeroRecipient", raw); err != nil {
		return nil, err
	}
	return out, nil
}
