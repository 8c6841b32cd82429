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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"AlreadyPerpetual\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AmountOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"}],\"name\":\"ChannelClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"contentId\",\"type\":\"uint256\"}],\"name\":\"ContentAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpiryOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"maxBps\",\"type\":\"uint16\"}],\"name\":\"FeeTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumContentRegistry.PolicyFault\",\"name\":\"fault\",\"type\":\"uint8\"}],\"name\":\"InvalidPolicy\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"NativeTransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotContentOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contentId\",\"type\":\"uint256\"}],\"name\":\"NotForSale\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"SignatureExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"received\",\"type\":\"uint256\"}],\"name\":\"TokenAmountMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contentId\",\"type\":\"uint256\"}],\"name\":\"UnknownContent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"}],\"name\":\"WrongPayment\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroFeeRecipient\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroPeriods\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRecipient\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"}],\"name\":\"ChannelUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"contentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"infoHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"keyCommitment\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"enumContentRegistry.Model\",\"name\":\"model\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"duration\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"subscribers\",\"type\":\"bool\"},{\"internalType\":\"enumContentRegistry.GateKind\",\"name\":\"gateKind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"gateToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"gateId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gateAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"royaltyBps\",\"type\":\"uint16\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"shareBps\",\"type\":\"uint16\"}],\"internalType\":\"structContentRegistry.Payee[]\",\"name\":\"payees\",\"type\":\"tuple[]\"}],\"indexed\":false,\"internalType\":\"structContentRegistry.Policy\",\"name\":\"policy\",\"type\":\"tuple\"}],\"name\":\"ContentRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"}],\"name\":\"FeeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"NonceInvalidated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"contentId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"enumContentRegistry.Model\",\"name\":\"model\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"duration\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"subscribers\",\"type\":\"bool\"},{\"internalType\":\"enumContentRegistry.GateKind\",\"name\":\"gateKind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"gateToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"gateId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gateAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"royaltyBps\",\"type\":\"uint16\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"shareBps\",\"type\":\"uint16\"}],\"internalType\":\"structContentRegistry.Payee[]\",\"name\":\"payees\",\"type\":\"tuple[]\"}],\"indexed\":false,\"internalType\":\"structContentRegistry.Policy\",\"name\":\"policy\",\"type\":\"tuple\"}],\"name\":\"PolicyUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"contentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"}],\"name\":\"Purchased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"subscriber\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"periods\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"}],\"name\":\"Subscribed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FEE_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PAYEES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ROYALTY_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAYEE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PERPETUAL\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POLICY_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRATION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"accessExpiry\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"}],\"name\":\"channel\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contentId\",\"type\":\"uint256\"}],\"name\":\"content\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"infoHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"keyCommitment\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"enumContentRegistry.Model\",\"name\":\"model\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"duration\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"subscribers\",\"type\":\"bool\"},{\"internalType\":\"enumContentRegistry.GateKind\",\"name\":\"gateKind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"gateToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"gateId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gateAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"royaltyBps\",\"type\":\"uint16\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"shareBps\",\"type\":\"uint16\"}],\"internalType\":\"structContentRegistry.Payee[]\",\"name\":\"payees\",\"type\":\"tuple[]\"}],\"internalType\":\"structContentRegistry.Policy\",\"name\":\"policy\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"}],\"name\":\"contentIdOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contentId\",\"type\":\"uint256\"}],\"name\":\"creatorOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"fee\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasAccess\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"invalidateNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"}],\"name\":\"owed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"purchase\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"purchasedUntil\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"infoHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"keyCommitment\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"enumContentRegistry.Model\",\"name\":\"model\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"duration\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"subscribers\",\"type\":\"bool\"},{\"internalType\":\"enumContentRegistry.GateKind\",\"name\":\"gateKind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"gateToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"gateId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gateAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"royaltyBps\",\"type\":\"uint16\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"shareBps\",\"type\":\"uint16\"}],\"internalType\":\"structContentRegistry.Payee[]\",\"name\":\"payees\",\"type\":\"tuple[]\"}],\"internalType\":\"structContentRegistry.Policy\",\"name\":\"policy\",\"type\":\"tuple\"}],\"name\":\"register\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"contentId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"infoHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"keyCommitment\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"enumContentRegistry.Model\",\"name\":\"model\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"duration\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"subscribers\",\"type\":\"bool\"},{\"internalType\":\"enumContentRegistry.GateKind\",\"name\":\"gateKind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"gateToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"gateId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gateAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"royaltyBps\",\"type\":\"uint16\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"shareBps\",\"type\":\"uint16\"}],\"internalType\":\"structContentRegistry.Payee[]\",\"name\":\"payees\",\"type\":\"tuple[]\"}],\"internalType\":\"structContentRegistry.Policy\",\"name\":\"policy\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"registerWithSig\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"contentId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"salePrice\",\"type\":\"uint256\"}],\"name\":\"royaltyInfo\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"royaltyAmount\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"}],\"name\":\"setChannel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"}],\"name\":\"setFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"periods\",\"type\":\"uint32\"}],\"name\":\"subscribe\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"subscriber\",\"type\":\"address\"}],\"name\":\"subscribedUntil\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalContent\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contentId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"enumContentRegistry.Model\",\"name\":\"model\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"duration\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"subscribers\",\"type\":\"bool\"},{\"internalType\":\"enumContentRegistry.GateKind\",\"name\":\"gateKind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"gateToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"gateId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gateAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"royaltyBps\",\"type\":\"uint16\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"shareBps\",\"type\":\"uint16\"}],\"internalType\":\"structContentRegistry.Payee[]\",\"name\":\"payees\",\"type\":\"tuple[]\"}],\"internalType\":\"structContentRegistry.Policy\",\"name\":\"policy\",\"type\":\"tuple\"}],\"name\":\"updatePolicy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ContentRegistry",
	Bin: "0x610160806040523461058257606081614b3b80380380916100208285610586565b83398101031261058257610033816105a9565b6040610041602084016105a9565b9201519161ffff8316918284036105825760405190610061604083610586565b600982526020820168537761726d6761746560b81b815260405192610087604085610586565b600184526020840192603160f81b84526040516100a5604082610586565b601181527014ddd85c9b59d85d194810dbdb9d195b9d607a1b6020820152604051906100d2604083610586565b60048252635357474360e01b60208301528051906001600160401b038211610481575f5490600182811c92168015610578575b60208310146104635781601f849311610503575b50602090601f83116001146104a0575f92610495575b50508160011b915f199060031b1c1916175f555b8051906001600160401b0382116104815760015490600182811c92168015610477575b60208310146104635781601f8493116103ed575b50602090601f8311600114610387575f9261037c575b50508160011b915f199060031b1c1916176001555b6001600160a01b0316801561036957600780546001600160a01b031990811690915560068054918216831790556001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3610208816105bd565b61012052610215846105bd565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261027e60c082610586565b5190206080523060c0526001600160a01b031691821561035a576103e8821161034157600c80546001600160b01b031916841760a09290921b61ffff60a01b169190911790556040519081527f0b35372508b859a302b538add9c7e744f78c2f6211e77f34c14594fc32ad155490602090a26040516145129081610629823960805181614343015260a05181614400015260c05181614314015260e05181614392015261010051816143b80152610120518161131d015261014051816113460152f35b50633c057d7b60e01b5f526004526103e860245260445ffd5b6333fe7c6560e21b5f5260045ffd5b631e4fbdf760e01b5f525f60045260245ffd5b015190505f80610190565b60015f9081528281209350601f198516905b8181106103d557509084600195949392106103bd575b505050811b016001556101a5565b01515f1960f88460031b161c191690555f80806103af565b92936020600181928786015181550195019301610399565b8281111561017a5760015f52909150601f830160051c7fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf66020851061045b575b849392601f0160051c82900391015f5b82811061044b57505061017a565b5f8183015585945060010161043d565b5f915061042d565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610166565b634e487b7160e01b5f52604160045260245ffd5b015190505f8061012f565b5f8080528281209350601f198516905b8181106104eb57509084600195949392106104d3575b505050811b015f55610143565b01515f1960f88460031b161c191690555f80806104c6565b929360206001819287860151815501950193016104b0565b82811115610119575f8052909150601f830160051c7f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56360208510610570575b849392601f0160051c82900391015f5b828110610560575050610119565b5f81830155859450600101610552565b5f9150610542565b91607f1691610105565b5f80fd5b601f909101601f19168101906001600160401b0382119082101761048157604052565b51906001600160a01b038216820361058257565b601f8151116105e85760208151910151602082106105d9571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe6080806040526004361015610012575f80fd5b5f3560e01c90816301ffc9a7146124985750806306fdde03146123f6578063081812fc146123b9578063095ea7b3146122a75780631494e2f61461226d57806322f850b31461223d57806323b872dd14612226578063249d39e91461220a57806328079e4a146121b65780632a55205a146121215780632c59d16314612104578063326ebe3314611f5e578063337f3a3114611e42578063345041c614611dbf57806336ce544614611d955780633dca40e6146109005780633f4ba83a14611cf557806342842e0e14611ccc57806351cff8d914611adc578063589a174314611a725780635a57b46f14611a095780635c975abb146119e45780635d9ea883146119aa5780635ecc86e81461198f5780635f524961146119315780635f8e8ca2146118e25780636352211e146118b3578063696bb671146116bf57806370a0823114611655578063715018a6146115d257806379ba5097146115165780637ec51ef4146114dc5780637ecebe00146114a45780638456cb591461141957806384b0196e146113055780638da5cb5b146112df57806395d89b41146111f7578063a22cb465146110f3578063ab1a216f14611007578063ae77c23714610d16578063b88d4fde14610cb4578063baa0b8061461098f578063c87b56dd14610940578063ced1419814610905578063d55be8c614610900578063da2215281461088a578063ddca3f4314610858578063e30c397814610832578063e985e9c5146107d9578063f0e3ee0e146107b7578063f2fde38b1461073c5763ffbb988214610258575f80fd5b34610620576101006003193601126106205760043560643567ffffffffffffffff81116106205761028d90369060040161272d565b9067ffffffffffffffff6084351161062057610160600319608435360301126106205760a435926001600160a01b03841684036106205760e43567ffffffffffffffff8111610620576102e490369060040161272d565b906102ed613255565b60c435421161070e576103013686866126c0565b6020815191012061031d61014460843501608435600401613619565b905061032881612c20565b906103366040519283612681565b808252601f1961034582612c20565b013660208401375f5b8181106106245750506084356004013590600482101561062057610376604460843501613605565b9061038560646084350161366d565b6103926084803501613682565b60a46084350135906004821015610620576103b160c460843501613605565b926103c1610124608435016135f6565b9460405160208101918260208251919201905f5b81811061060a575050509461ffff9467ffffffffffffffff7fb9d9992914f21fab810e87614b5be247e3ef0fd22982b0ab03404400c3fdf24599956105ab9f9e9d9b986001600160a01b03968660429f9c9761043b908a9403601f198101835282612681565b519020996040519b60208d019d8e52610453816126f6565b60408d01526024608435013560608d01521660808b01521660a0890152151560c0880152610480816126f6565b60e08701521661010085015260e4608435013561012085015261010460843501356101408501521661016083015261018082015261018081526104c56101a082612681565b5190206104ec8a6001600160a01b03165f52600a60205260405f2080549060018201905590565b6040519160208301937f2d9c6da9423bf72fe7ec917bd214964a2cb8a528b07b36f846ad9589306ffdc585526001600160a01b038d166040850152896060850152602435608085015260443560a085015260c084015260e083015261010082015260c435610120820152610120815261056761014082612681565b51902061057261430a565b90604051917f190100000000000000000000000000000000000000000000000000000000000083526002830152602282015220876141f1565b156105d55791602093916105cd93608435600401936044359160243591613e5d565b604051908152f35b6001600160a01b03847fd855c4f4000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b82518452602093840193909201916001016103d5565b5f80fd5b61064b6106468261064061014460843501608435600401613619565b9061368f565b613605565b61066f60206106698461064061014460843501608435600401613619565b016135f6565b61ffff604051916001600160a01b0360208401947f1352f0083dca8e0d281aad35f3d4221cfa24baf8923e09fb67f89f4e858d2e9c8652166040840152166060820152606081526106c1608082612681565b5190209083518110156106e15760019160208260051b860101520161034e565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7fcd21db4f000000000000000000000000000000000000000000000000000000005f5260c43560045260245ffd5b34610620576020600319360112610620576001600160a01b0361075d6125bf565b6107656131cd565b168073ffffffffffffffffffffffffffffffffffffffff1960075416176007556001600160a01b03600654167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227005f80a3005b34610620575f60031936011261062057602060405167ffffffffffffffff8152f35b34610620576040600319360112610620576107f26125bf565b6001600160a01b036108026125d5565b91165f5260056020526001600160a01b0360405f2091165f52602052602060ff60405f2054166040519015158152f35b34610620575f6003193601126106205760206001600160a01b0360075416604051908152f35b34610620575f600319360112610620576040600c5461ffff8251916001600160a01b038116835260a01c166020820152f35b346106205760a06003193601126106205760643567ffffffffffffffff8111610620576108bb90369060040161272d565b906084359067ffffffffffffffff8211610620576101606003198336030112610620576020926105cd926108ed613255565b6004019160443560243560043533613e5d565b612648565b3461062057604060031936011261062057602061092b6109236125d5565b60043561286a565b6040519067ffffffffffffffff429116118152f35b346106205760206003193601126106205760043561095d81612fd5565b505f52600d60205261098b610977600360405f20016127ac565b60405191829160208352602083019061259a565b0390f35b346106205760206003193601126106205760043560606101406040516109b481612664565b5f81525f60208201525f60408201525f838201525f60808201525f60a08201525f60c08201525f60e08201525f6101008201525f61012082015201526109f981612fd5565b505f52600d60205260405f2060048101549060ff821660078201549060ff600584015460a01c169360ff8160081c16906001600160a01b036006860154166008860154600987015491600a88019460405196610a5488612664565b610a5d816126f6565b87526020870197885260408701998560601c8b526060880167ffffffffffffffff8760201c16815260808901911515825260a0890192610a9c816126f6565b835260c0890193845260e08901948552610100890195865261ffff6101208a019760101c168752875497610acf89612c20565b98610add6040519a8b612681565b808a5260208a01915f5260205f20915f905b828210610c21575050505061014089019788528a549b60018c01549b600281015490600301610b1d906127ac565b906040519e8f9e8f91825260208201526040015260608d0160a0905260a08d01610b469161259a565b9a8c808d0390608001526101608c019a51610b60816126f6565b8c525160208c0152516001600160a01b031660408b01525167ffffffffffffffff1660608a0152511515608089015251610b99816126f6565b60a0880152516001600160a01b031660c08701525160e0860152516101008501525161ffff1661012084015251916101408101610160905282518092526101800191602001905f5b818110610bef575050500390f35b825180516001600160a01b0316855260209081015161ffff168186015286955060409094019390920191600101610be1565b9d9e939495969798999a9b9c9d6040516040810181811067ffffffffffffffff821117610c8757600192839260209260405261ffff88546001600160a01b038116835260a01c16838201528152019401910190929e9d9c9b9a999897969594939e610aef565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b3461062057608060031936011261062057610ccd6125bf565b610cd56125d5565b6064359167ffffffffffffffff8311610620573660238401121561062057610d0a610d149336906024816004013591016126c0565b9160443591612de1565b005b6040600319360112610620576004356001600160a01b03610d356125d5565b610d3d6131e1565b610d45613255565b16908115610fdf57610d5681612fd5565b91815f52600d60205260405f209260048401549160ff8316610d77816126f6565b60018114801580610fcb575b610f9f57855f52600f60205260405f20835f5260205267ffffffffffffffff60405f2054169167ffffffffffffffff8314610f6f57610dc1906126f6565b15610f52575067ffffffffffffffff5b60078601549360601c92610de58585613301565b855f52600f60205260405f20835f5260205260405f2067ffffffffffffffff83167fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000825416179055610e37858561334f565b600a819801978854905f5b828110610ee35760208a610ea78b8b8b8b8b8b8481610ed2575b50505067ffffffffffffffff60405191169586825284888301528360408301527f24c3f5f10a1a2502578ddf926fc4802475d19138121e315c90fd5198ef157ec660603393a46133f1565b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d604051908152f35b610edb92613394565b878084610e5c565b610eed818c612dbf565b5054612710610f0361ffff8360a01c1685612be0565b049081610f15575b5050600101610e42565b90600192956001600160a01b03610f419316828c82155f14610f4957610f3c92508a613394565b612dd4565b93908c610f0b565b610f3c92613394565b610f6a9067ffffffffffffffff8560201c1690613299565b610dd1565b83877fd6f99f98000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b857fcb5f9210000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50610fd5826126f6565b6002821415610d83565b7fd27b4443000000000000000000000000000000000000000000000000000000005f5260045ffd5b346106205760406003193601126106205760043560243567ffffffffffffffff811161062057610160600319826004019236030112610620576001600160a01b0361105183612fd5565b1633036110c3576110be816110867f444a65d47f03fc6da158946b59452d63c35bc57f82a3ce93b123f72b97f3b34a9361369f565b835f52600d6020526110aa60405f20826001600160a01b0360058301541691613ac7565b604051918291602083526020830190612c38565b0390a2005b507f5348eb1e000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b346106205760406003193601126106205761110c6125bf565b602435908115158092036106205733156111cb576001600160a01b031690811561119f57335f52600560205260405f20825f5260205260405f207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0081541660ff83161790556040519081527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c3160203392a3005b507f5b08ba18000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7fa9fbf51f000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b34610620575f600319360112610620576040515f6001546112178161275b565b808452906001811690811561129d575060011461123f575b61098b8361097781850382612681565b60015f9081527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6939250905b8082106112835750909150810160200161097761122f565b91926001816020925483858801015201910190929161126b565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660208086019190915291151560051b84019091019150610977905061122f565b34610620575f6003193601126106205760206001600160a01b0360065416604051908152f35b34610620575f600319360112610620576113bd6113417f00000000000000000000000000000000000000000000000000000000000000006142b3565b61136a7f00000000000000000000000000000000000000000000000000000000000000006142b3565b60206113cb6040519261137d8385612681565b5f84525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e087019061259a565b90858203604087015261259a565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b82811061140257505050500390f35b8351855286955093810193928101926001016113f3565b34610620575f600319360112610620576114316131cd565b611439613255565b740100000000000000000000000000000000000000007fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff60075416176007557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586020604051338152a1005b34610620576020600319360112610620576001600160a01b036114c56125bf565b165f52600a602052602060405f2054604051908152f35b34610620575f6003193601126106205760206040517fb9d9992914f21fab810e87614b5be247e3ef0fd22982b0ab03404400c3fdf2458152f35b34610620575f60031936011261062057336001600160a01b0360075416036115a65773ffffffffffffffffffffffffffffffffffffffff19600754166007556006543373ffffffffffffffffffffffffffffffffffffffff198216176006556001600160a01b033391167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3005b7f118cdaa7000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b34610620575f600319360112610620576115ea6131cd565b73ffffffffffffffffffffffffffffffffffffffff19600754166007555f6001600160a01b0360065473ffffffffffffffffffffffffffffffffffffffff198116600655167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a3005b34610620576020600319360112610620576001600160a01b036116766125bf565b168015611693575f526003602052602060405f2054604051908152f35b7f89c62b64000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b6040600319360112610620576116d36125bf565b6024359063ffffffff8216809203610620576116ed6131e1565b6116f5613255565b6001600160a01b03811690815f52601060205260405f2090815490811561188757841561185f57848083029283041480920291156118375760209467ffffffffffffffff6001610ea7950154926117856001600160a01b03851694885f5260118a5260405f206001600160a01b0333165f528a5261177f85858060405f2054169360a01c16612be0565b90613299565b906117908686613301565b5f88815260118a5260408082203383528b52902080547fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000168385161790556117d8868661334f565b8581611826575b505050604051928352169485878301528360408301528260608301527f1c52ae2b2670795aa42361565e5c0ca64290be174fa45be1b5ea6698f6d0a31e60803393a36133f1565b61182f92613394565b8880856117df565b7f0590fb9f000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f407a07bc000000000000000000000000000000000000000000000000000000005f5260045ffd5b837f93daadf2000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346106205760206003193601126106205760206118d1600435612f89565b6001600160a01b0360405191168152f35b34610620576040600319360112610620576118fb6125d5565b6004355f52600f6020526001600160a01b0360405f2091165f52602052602067ffffffffffffffff60405f205416604051908152f35b346106205760406003193601126106205761194a6125bf565b6001600160a01b0361195a6125d5565b91165f5260116020526001600160a01b0360405f2091165f52602052602067ffffffffffffffff60405f205416604051908152f35b34610620575f60031936011261062057602060405160088152f35b34610620575f6003193601126106205760206040517f1352f0083dca8e0d281aad35f3d4221cfa24baf8923e09fb67f89f4e858d2e9c8152f35b34610620575f60031936011261062057602060ff60075460a01c166040519015158152f35b34610620575f600319360112610620576020611a3f336001600160a01b03165f52600a60205260405f2080549060018201905590565b6040518181527f1800cd2301fbc20790ed94f3d55a28ef2306a9c31cd3c72b5b71b6e4cf5c6241833392a2604051908152f35b3461062057602060031936011261062057600435805f52600d6020526001600160a01b03600560405f200154168015611ab057602090604051908152f35b507f3ded154f000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b3461062057602060031936011261062057611af56125bf565b611afd6131e1565b335f52601260205260405f206001600160a01b0382165f5260205260405f2054908115611c93576001600160a01b0390335f52601260205260405f208282165f526020525f604081205516806040518381527fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb60203392a380611bee57505f80808084335af1611b8b612bb1565b5015611bbf576020905f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d604051908152f35b7fa5b05eec000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b906040517fa9059cbb000000000000000000000000000000000000000000000000000000005f52336004528160245260205f60448180875af19060015f5114821615611c72575b60405215611c465760209150610ea7565b507f5274afe7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b906001811516611c8a57833b15153d15161690611c35565b503d5f823e3d90fd5b6001600160a01b03907fac46653e000000000000000000000000000000000000000000000000000000005f52336004521660245260445ffd5b3461062057610d14611cdd366125ff565b9060405192611ced602085612681565b5f8452612de1565b34610620575f60031936011261062057611d0d6131cd565b60075460ff8160a01c1615611d6d577fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff166007557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa6020604051338152a1005b7f8dfc202b000000000000000000000000000000000000000000000000000000005f5260045ffd5b34610620576020600319360112610620576004355f52600e602052602060405f2054604051908152f35b34610620576020600319360112610620576001600160a01b03611de06125bf565b165f52601060205260405f20600181549101549061098b6040519283926001600160a01b0367ffffffffffffffff8360a01c16921690849160409194936001600160a01b0367ffffffffffffffff926060860197865216602085015216910152565b3461062057604060031936011261062057611e5b6125bf565b6024359061ffff821690818303610620576001600160a01b0390611e7d6131cd565b16918215611f36576103e88211611f04577f0b35372508b859a302b538add9c7e744f78c2f6211e77f34c14594fc32ad155491602091847fffffffffffffffffffff0000000000000000000000000000000000000000000075ffff0000000000000000000000000000000000000000600c549360a01b1692161717600c55604051908152a2005b507f3c057d7b000000000000000000000000000000000000000000000000000000005f526004526103e860245260445ffd5b7fcff9f194000000000000000000000000000000000000000000000000000000005f5260045ffd5b3461062057606060031936011261062057600435611f7a6125d5565b60443567ffffffffffffffff81169182820361062057836120dc576001600160a01b038116158015906120d3575b6120bf575b604051606081019381851067ffffffffffffffff861117610c87577fcbd4a8dfe336327a78c53ed1ade56d63840c1d4e8edbeae645b24779581fef58946040528582526001600160a01b038060016020850194828716865260408101948552335f52601060205260405f2090518155019351161673ffffffffffffffffffffffffffffffffffffffff19835416178255517fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff7bffffffffffffffff000000000000000000000000000000000000000083549260a01b1691161790556110be6040519283923396849160409194936001600160a01b0367ffffffffffffffff926060860197865216602085015216910152565b630180b70760e51b5f52600160045260245ffd5b50821515611fa8565b82156120f0576120eb81613195565b611fad565b630180b70760e51b5f52600260045260245ffd5b34610620575f600319360112610620576020600b54604051908152f35b3461062057604060031936011261062057600435805f52600d60205260405f206001600160a01b0360058201541691821561218b575061ffff600461216e92015460101c16602435613111565b604080516001600160a01b03939093168352602083019190915290f35b7f3ded154f000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b34610620576040600319360112610620576121cf6125bf565b6001600160a01b036121df6125d5565b91165f5260126020526001600160a01b0360405f2091165f52602052602060405f2054604051908152f35b34610620575f6003193601126106205760206040516127108152f35b3461062057610d14612237366125ff565b91612991565b3461062057604060031936011261062057602061225b6109236125d5565b67ffffffffffffffff60405191168152f35b34610620575f6003193601126106205760206040517f2d9c6da9423bf72fe7ec917bd214964a2cb8a528b07b36f846ad9589306ffdc58152f35b34610620576040600319360112610620576122c06125bf565b6024356122cc81612f89565b331515806123a6575b80612373575b6123475781906001600160a01b0380851691167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9255f80a45f5260046020526001600160a01b0360405f20911673ffffffffffffffffffffffffffffffffffffffff198254161790555f80f35b7fa9fbf51f000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b506001600160a01b0381165f52600560205260405f206001600160a01b0333165f5260205260ff60405f205416156122db565b50336001600160a01b03821614156122d5565b34610620576020600319360112610620576004356123d681612f89565b505f52600460205260206001600160a01b0360405f205416604051908152f35b34610620575f600319360112610620576040515f5f546124158161275b565b808452906001811690811561129d575060011461243c5761098b8361097781850382612681565b5f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563939250905b80821061247e5750909150810160200161097761122f565b919260018160209254838588010152019101909291612466565b3461062057602060031936011261062057600435907fffffffff00000000000000000000000000000000000000000000000000000000821680920361062057817f2a55205a000000000000000000000000000000000000000000000000000000006020931490811561250c575b5015158152f35b7f80ac58cd00000000000000000000000000000000000000000000000000000000811491508115612570575b8115612546575b5083612505565b7f01ffc9a7000000000000000000000000000000000000000000000000000000009150148361253f565b7f5b5e139f0000000000000000000000000000000000000000000000000000000081149150612538565b90601f19601f602080948051918291828752018686015e5f8582860101520116010190565b600435906001600160a01b038216820361062057565b602435906001600160a01b038216820361062057565b35906001600160a01b038216820361062057565b6003196060910112610620576004356001600160a01b038116810361062057906024356001600160a01b0381168103610620579060443590565b359061ffff8216820361062057565b34610620575f6003193601126106205760206040516103e88152f35b610160810190811067ffffffffffffffff821117610c8757604052565b90601f601f19910116810190811067ffffffffffffffff821117610c8757604052565b67ffffffffffffffff8111610c8757601f01601f191660200190565b9291926126cc826126a4565b916126da6040519384612681565b829481845281830111610620578281602093845f960137010152565b6004111561270057565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9181601f840112156106205782359167ffffffffffffffff8311610620576020838186019501011161062057565b90600182811c921680156127a2575b602083101461277557565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b91607f169161276a565b9060405191825f8254926127bf8461275b565b808452936001811690811561282a57506001146127e6575b506127e492500383612681565b565b90505f9291925260205f20905f915b81831061280e5750509060206127e4928201015f6127d7565b60209193508060019154838589010152019101909184926127f5565b602093506127e49592507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0091501682840152151560051b8201015f6127d7565b9061287482612fd5565b90825f52600d60205260405f20926001600160a01b0360048501931690816001600160a01b03841614801561297c575b61296b575f52600f60205260405f206001600160a01b0383165f5260205267ffffffffffffffff60405f2054169367ffffffffffffffff851461296b576005015460a01c60ff16612932575b5060ff825460081c16612902816126f6565b15159182612921575b50506129145790565b5067ffffffffffffffff90565b61292b9250612ff6565b5f8061290b565b5f52601160205260405f206001600160a01b0382165f5260205267ffffffffffffffff60405f205416838111156128f05792505f6128f0565b505050505067ffffffffffffffff90565b5060ff84541661298b816126f6565b156128a4565b91906001600160a01b03168015612b8557815f5260026020526001600160a01b0360405f20541692823315159283612ab7575b6001600160a01b03935085612a73575b805f52600360205260405f2060018154019055815f52600260205260405f208173ffffffffffffffffffffffffffffffffffffffff19825416179055857fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef5f80a416808303612a4257505050565b7f64283d7b000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b612a9f825f52600460205260405f2073ffffffffffffffffffffffffffffffffffffffff198154169055565b855f52600360205260405f205f1981540190556129d4565b9192905080612b2e575b15612ace578282916129c4565b8284612aff577f7e273289000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f177e802f000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b503384148015612b5c575b80612ac15750825f526004602052336001600160a01b0360405f20541614612ac1565b50835f52600560205260405f206001600160a01b0333165f5260205260ff60405f205416612b39565b7f64a0ae92000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b3d15612bdb573d90612bc2826126a4565b91612bd06040519384612681565b82523d5f602084013e565b606090565b81810292918115918404141715612bf357565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b67ffffffffffffffff8111610c875760051b60200190565b6101608201908035600481101561062057612c52816126f6565b8352602081013560208401526001600160a01b03612c72604083016125eb565b166040840152606081013567ffffffffffffffff8116809103610620576060840152608081013580151580910361062057608084015260a0810135600481101561062057612cbf816126f6565b60a08401526001600160a01b03612cd860c083016125eb565b1660c084015260e081013560e084015261010081013561010084015261ffff612d046101208301612639565b166101208401526101408101357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1823603018112156106205701906020823592019267ffffffffffffffff8311610620578260061b36038413610620578261018092610160610140840152520191905f5b818110612d825750505090565b9091926040806001926001600160a01b03612d9c886125eb565b16815261ffff612dae60208901612639565b166020820152019401929101612d75565b80548210156106e1575f5260205f2001905f90565b91908203918211612bf357565b90612ded838284612991565b803b612dfa575b50505050565b602091612e596001600160a01b038093169560405195869485947f150b7a02000000000000000000000000000000000000000000000000000000008652336004870152166024850152604484015260806064840152608483019061259a565b03815f865af15f9181612f2c575b50612eae5750612e75612bb1565b80519081612ea957827f64a0ae92000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b602001fd5b7fffffffff000000000000000000000000000000000000000000000000000000007f150b7a0200000000000000000000000000000000000000000000000000000000911603612f0157505f808080612df4565b7f64a0ae92000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b9091506020813d602011612f81575b81612f4860209383612681565b8101031261062057517fffffffff000000000000000000000000000000000000000000000000000000008116810361062057905f612e67565b3d9150612f3b565b805f5260026020526001600160a01b0360405f205416908115612faa575090565b7f7e273289000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b90815f5260026020526001600160a01b0360405f20541691821561218b5750565b905f8091600360ff855460081c1661300d816126f6565b1482146130c55760048401546040517efdd58e0000000000000000000000000000000000000000000000000000000060208201526001600160a01b039290921660248301526044808301919091528152613068606482612681565b6001600160a01b03600285015416602082519201905afa613087612bb1565b901580156130ba575b6130b457602081519181808201938492010103126106205760059051910154111590565b50505f90565b506020815110613090565b6001600160a01b03604051917f70a082310000000000000000000000000000000000000000000000000000000060208401521660248201526024815261310c604482612681565b613068565b9190915f905f1984820990848102928380841093039280840393146131885782612710111561317657507fbc01a36e2eb1c432ca57a786c226809d495182a9930be0ded288ce703afb7e919394612710910990828211900360fc1b910360041c170290565b634e487b71905260116020526024601cfd5b5050506127109192500490565b6001600160a01b038116151590816131c3575b506131af57565b630180b70760e51b5f52600360045260245ffd5b90503b155f6131a8565b6001600160a01b036006541633036115a657565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c61322d5760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d565b7f3ee5aeb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b60ff60075460a01c1661326457565b7fd93c0665000000000000000000000000000000000000000000000000000000005f5260045ffd5b91908201809211612bf357565b6132b5919067ffffffffffffffff16428111156132fa5761328c565b67ffffffffffffffff8110156132d25767ffffffffffffffff1690565b7fd4c3b01a000000000000000000000000000000000000000000000000000000005f5260045ffd5b504261328c565b6001600160a01b0316613348575b8034036133195750565b7f0dd32d1c000000000000000000000000000000000000000000000000000000005f526004523460245260445ffd5b505f61330f565b61337791600c5461336761ffff8260a01c1683613111565b80938161337a575b505050612dd4565b90565b6001600160a01b0361338c9316613394565b5f828161336f565b60206001600160a01b03807f4e45da441832cf53bdaa69235704fc0575e68210f459ee1562911024b12967d5931693845f526012835260405f208282165f52835260405f206133e487825461328c565b90556040519586521693a3565b6001600160a01b03169081156135f2576040517f70a08231000000000000000000000000000000000000000000000000000000008152306004820152602081602481865afa90811561356a575f916135c0575b50604051907f23b872dd000000000000000000000000000000000000000000000000000000005f5233600452306024528260445260205f60648180885af160015f51148116156135a1575b826040525f60605215613575577f70a08231000000000000000000000000000000000000000000000000000000008252306004830152602082602481875afa91821561356a575f92613536575b508082111561352d576134ee91612dd4565b915b8183036134fc57505050565b7fcf3e1352000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b50505f916134f0565b9091506020813d602011613562575b8161355260209383612681565b810103126106205751905f6134dc565b3d9150613545565b6040513d5f823e3d90fd5b837f5274afe7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b60018115166135b757843b15153d15161661348f565b823d5f823e3d90fd5b90506020813d6020116135ea575b816135db60209383612681565b8101031261062057515f613444565b3d91506135ce565b5050565b3561ffff811681036106205790565b356001600160a01b03811681036106205790565b9035907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe181360301821215610620570180359067ffffffffffffffff821161062057602001918160061b3603831361062057565b3567ffffffffffffffff811681036106205790565b3580151581036106205790565b91908110156106e15760061b0190565b6103e861ffff6136b261012084016135f6565b1611613a01578035600481101580610620576136cd826126f6565b6001821480156139ec575b1561398957602083013515613976576136fb6136f660408501613605565b613195565b61062057613708816126f6565b67ffffffffffffffff61371d6060840161366d565b16151560028214036120f057613732816126f6565b1580613945575b6139315760a0810135600481101561062057613754816126f6565b806138c557506001600160a01b0361376e60c08301613605565b16158015906138b8575b80156138aa575b613897575b61014081016137938183613619565b90506008811161388357801561387e57905f915f935b8185106137d3575050506127109150036137bf57565b630180b70760e51b5f52600960045260245ffd5b90919261ffff6137ec6020610669886106408988613619565b16801561386a576137fc9161328c565b9361380e610646826106408786613619565b6001600160a01b03165f5b82811061382e575050600101939291906137a9565b816001600160a01b03613848610646846106408b8a613619565b161461385657600101613819565b630180b70760e51b5f52600a60045260245ffd5b630180b70760e51b5f52600860045260245ffd5b505050565b630180b70760e51b5f52600760045260245ffd5b630180b70760e51b5f526004805260245ffd5b50610100810135151561377f565b5060e08101351515613778565b6138d160c08301613605565b3b15908115613923575b81156138fb575b501561378457630180b70760e51b5f526004805260245ffd5b60039150613908816126f6565b141580613916575b5f6138e2565b5060e08101351515613910565b6101008301351591506138db565b630180b70760e51b5f52600560045260245ffd5b5061395260808201613682565b80613739575060a081013560048110156106205761396f816126f6565b1515613739565b630180b70760e51b5f525f60045260245ffd5b6020830135158015906139cf575b80156139b7575b156136fb57630180b70760e51b5f52600160045260245ffd5b506139c6610140840184613619565b9050151561399e565b506001600160a01b036139e460408501613605565b161515613997565b50505f6139f8826126f6565b600282146136d8565b630180b70760e51b5f52600660045260245ffd5b9190613a9b576020816001600160a01b03613a32613a5594613605565b1673ffffffffffffffffffffffffffffffffffffffff19855416178455016135f6565b7fffffffffffffffffffff0000ffffffffffffffffffffffffffffffffffffffff75ffff000000000000000000000000000000000000000083549260a01b169116179055565b7f4e487b71000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b909182359060048210156106205760a084013591600483101561062057613af161012086016135f6565b92613afe6060870161366d565b92613b0b60408801613605565b92613b1860808901613682565b90613b2560c08a01613605565b9360405191613b3383612664565b613b3c816126f6565b82526020820190613b4c816126f6565b8152604082019761ffff168852606082019667ffffffffffffffff16875260808201956001600160a01b0316865260a08201936001600160a01b0316845260c08201921515835260e08201946001600160a01b0316855261010082019560208b0135875261012083019760e08c013589526101408401996101008d01358b5260048c01945193613bdb856126f6565b613be4856126f6565b8554905191613bf2836126f6565b613bfb836126f6565b5160101b63ffff000016925160201b6bffffffffffffffff0000000016935160601b7fffffffffffffffffffffffffffffffffffffffff000000000000000000000000169460ff16907fffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000000016177fffffffffffffffffffffffffffffffffffffffff0000000000000000ffffffff169060081b61ff0016176bffffffffffffffffffffffff1617171790556005870191516001600160a01b03166001600160a01b0316825473ffffffffffffffffffffffffffffffffffffffff191617825551151581549060a01b74ff000000000000000000000000000000000000000016907fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16179055516001600160a01b031660068501906001600160a01b0316815473ffffffffffffffffffffffffffffffffffffffff1916179055516007840155516008830155516009820155600a0190815490610140810190613d7c8282613619565b9290505f5b838110613def575050505b818110613d9857505050565b82548015613dc2575f190190613dae8285612dbf565b929092613a9b575f60019355845501613d8c565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603160045260245ffd5b84811015613e215780613e1b613e0b6001936106408688613619565b613e15838a612dbf565b90613a15565b01613d81565b613e2f816106408486613619565b90865468010000000000000000811015610c8757600192613e158285613e5894018b558a612dbf565b613e1b565b9695939194929094851580156141e9575b80156141e1575b6141b957855f52600e60205260405f20548061418a5750613e958561369f565b600b545f198114612bf3576001019384600b558498875f52600e6020528560405f2055855f52600d60205260405f2090888255836001830155846002830155600382019167ffffffffffffffff8411610c87578890613ef4845461275b565b601f8111614131575b505f9385601f81116001146140b35791613f3b939185936001600160a01b03975f916140a8575b508860011b905f198a60031b1c1916179055613ac7565b16958615612b8557855f5260026020526001600160a01b0360405f2054168015159081614064575b885f52600360205260405f2060018154019055875f52600260205260405f208973ffffffffffffffffffffffffffffffffffffffff198254161790558789827fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef5f80a4506140385760a0601f19601f84614033957f37b8778898139d026601dc8dd534d9d45d6cf24e5d2a4a6a24d8faa1e1dfa5c599604051998a998a5260208a0152608060408a01528160808a0152858901375f84828901015201168401818582030160608601520190612c38565b0390a4565b7f73c6ac6e000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b614090885f52600460205260405f2073ffffffffffffffffffffffffffffffffffffffff198154169055565b805f52600360205260405f205f198154019055613f63565b90508b01355f613f24565b601f199095919293951690825f528660205f20925f5b8c82821061411457505092613f3b95928795926001600160a01b039995106140fb575b5050600188811b019055613ac7565b5f1960f88b60031b161c19908d01351690555f806140ec565b84013585558e98506001909401936020938401938a9350016140c9565b85811115613efd57909150835f5260205f20601f860160051c9060208710614182575b8b9392601f0160051c82900391015f5b828110614172575050613efd565b5f818301558c9450600101614164565b5f9150614154565b867f04c301ce000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7ff1ae58d5000000000000000000000000000000000000000000000000000000005f5260045ffd5b508115613e75565b508015613e6e565b929190833b61422e57906142059291614426565b5061420f816126f6565b15918261421b57505090565b6001600160a01b03919250811691161490565b6064601f19601f855f9660209896604051967f1626ba7e0000000000000000000000000000000000000000000000000000000088526004880152604060248801528160448801528587013786848287010152011601915afa7f1626ba7e000000000000000000000000000000000000000000000000000000005f5114601f3d11161690565b60ff811690601f82116142e257604051916142cf604084612681565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163014806143fd575b15614365577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a081526143f760c082612681565b51902090565b507f0000000000000000000000000000000000000000000000000000000000000000461461433c565b9060418303614450576144499250602081013591604082359201355f1a9061445a565b9192909190565b50505f9160029190565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084116144d1579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa1561356a575f516001600160a01b038116156144c757905f905f90565b505f906001905f90565b5050505f916003919056fea2646970667358221220cfabf416b902b6eb829b8a1fb69c15fce18d8f63881c58889e6eacfedaae0dec64736f6c63430008250033",
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
// the contract method with ID 0x36ce5446.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contentIdOf(bytes32 contentHash) view returns(uint256)
func (contentRegistry *ContentRegistry) PackContentIdOf(contentHash [32]byte) []byte {
	enc, err := contentRegistry.abi.Pack("contentIdOf", contentHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContentIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36ce5446.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contentIdOf(bytes32 contentHash) view returns(uint256)
func (contentRegistry *ContentRegistry) TryPackContentIdOf(contentHash [32]byte) ([]byte, error) {
	return contentRegistry.abi.Pack("contentIdOf", contentHash)
}

// UnpackContentIdOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x36ce5446.
//
// Solidity: function contentIdOf(bytes32 contentHash) view returns(uint256)
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
// the contract method with ID 0xae77c237.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function purchase(uint256 contentId, address recipient) payable returns(uint64 expiry)
func (contentRegistry *ContentRegistry) PackPurchase(contentId *big.Int, recipient common.Address) []byte {
	enc, err := contentRegistry.abi.Pack("purchase", contentId, recipient)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPurchase is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae77c237.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function purchase(uint256 contentId, address recipient) payable returns(uint64 expiry)
func (contentRegistry *ContentRegistry) TryPackPurchase(contentId *big.Int, recipient common.Address) ([]byte, error) {
	return contentRegistry.abi.Pack("purchase", contentId, recipient)
}

// UnpackPurchase is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xae77c237.
//
// Solidity: function purchase(uint256 contentId, address recipient) payable returns(uint64 expiry)
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
// the contract method with ID 0x696bb671.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function subscribe(address creator, uint32 periods) payable returns(uint64 expiry)
func (contentRegistry *ContentRegistry) PackSubscribe(creator common.Address, periods uint32) []byte {
	enc, err := contentRegistry.abi.Pack("subscribe", creator, periods)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubscribe is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x696bb671.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function subscribe(address creator, uint32 periods) payable returns(uint64 expiry)
func (contentRegistry *ContentRegistry) TryPackSubscribe(creator common.Address, periods uint32) ([]byte, error) {
	return contentRegistry.abi.Pack("subscribe", creator, periods)
}

// UnpackSubscribe is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x696bb671.
//
// Solidity: function subscribe(address creator, uint32 periods) payable returns(uint64 expiry)
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
	Creator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature(address creator)
func ContentRegistryInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xd855c4f4d7a9aef9d1b6f49c25339cf5cd471e30830c8071f7b5024985e5abcd")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature(address creator)
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
