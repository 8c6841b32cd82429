// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bandwidthescrow

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

// BandwidthEscrowEntry is an auto generated low-level Go binding around an user-defined struct.
type BandwidthEscrowEntry struct {
	Viewer    common.Address
	ByteCount *big.Int
	Amount    *big.Int
	R         [32]byte
	Vs        [32]byte
	Grant     uint32
}

// BandwidthEscrowGrant is an auto generated low-level Go binding around an user-defined struct.
type BandwidthEscrowGrant struct {
	Viewer common.Address
	Key    common.Address
	Limit  *big.Int
	Expiry uint64
	Nonce  uint64
	R      [32]byte
	Vs     [32]byte
}

// BandwidthEscrowMetaData contains all meta data concerning the BandwidthEscrow contract.
var BandwidthEscrowMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"unlockDelay_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BalanceOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ExceedsBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"InvalidSessionKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"delay\",\"type\":\"uint64\"}],\"name\":\"InvalidUnlockDelay\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoEarnings\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoWithdrawalPending\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"name\":\"WithdrawalLocked\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"viewer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"seeder\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"EarningsWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"viewer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"seeder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumBandwidthEscrow.SkipReason\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"RedeemSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"viewer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"seeder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"payment\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paidTotal\",\"type\":\"uint256\"}],\"name\":\"Redeemed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"viewer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"SessionRecorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"viewer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"SessionRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"viewer\",\"type\":\"address\"}],\"name\":\"WithdrawCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"viewer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"name\":\"WithdrawRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"viewer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_UNLOCK_DELAY\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RECEIPT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SESSION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"viewer\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelWithdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"viewer\",\"type\":\"address\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"seeder\",\"type\":\"address\"}],\"name\":\"earnings\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"viewer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"seeder\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"byteCount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"hashReceipt\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"viewer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"hashSession\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"viewer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"seeder\",\"type\":\"address\"}],\"name\":\"paid\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"seeder\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"viewer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"internalType\":\"structBandwidthEscrow.Grant[]\",\"name\":\"grants\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"viewer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"byteCount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"grant\",\"type\":\"uint32\"}],\"internalType\":\"structBandwidthEscrow.Entry[]\",\"name\":\"entries\",\"type\":\"tuple[]\"}],\"name\":\"redeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestWithdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"revokeSession\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"viewer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"session\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"spent_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revokedUntil\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"viewer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"spent\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unlockDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawEarnings\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"viewer\",\"type\":\"address\"}],\"name\":\"withdrawal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "BandwidthEscrow",
	Bin: "0x61018080604052346101a4576020816125a1803803809161002082856101a8565b8339810103126101a457516001600160401b0381168082036101a45760405161004a6040826101a8565b60098152602081019068537761726d6761746560b81b8252604051916100716040846101a8565b600183526020830191603160f81b835261008a816101df565b61012052610097846101df565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261010060c0826101a8565b5190206080523060c05280158015610197575b610185575061016052604051612356908161024b823960805181611c04015260a05181611cc1015260c05181611bd5015260e05181611c5301526101005181611c790152610120518161075d0152610140518161078601526101605181818161093101528181610ef001526110420152f35b633eebc98f60e11b5f5260045260245ffd5b506301e133808111610113565b5f80fd5b601f909101601f19168101906001600160401b038211908210176101cb57604052565b634e487b7160e01b5f52604160045260245ffd5b601f81511161020a5760208151910151602082106101fb571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe60c06040526004361015610011575f80fd5b5f3560e01c8063043f04f8146110665780630519da32146110225780631fa5d6a414610e125780633ccfd60b14610c125780633d4d8d4f14610b325780634d900d9514610ade578063543fd31314610aa657806370a0823114610a5c578063745400c9146108bb5780637edf9fdf1461085957806384b0196e1461074557806384b768241461064c57806387b61fdd146106125780638c03e18b146105f45780638f7b1e7e1461053a57806395850f59146105005780639613104914610482578063b225e14a14610350578063b5139e6e146102ae578063f340fa01146101265763f698da2514610100575f80fd5b34610122575f60031936011261012257602061011a611bcb565b604051908152f35b5f80fd5b6020600319360112610122576001600160a01b03610142611a0a565b61014a611b57565b16801561028657341561025e57805f52600260205260405f20906fffffffffffffffffffffffffffffffff825416916101833484611b28565b926fffffffffffffffffffffffffffffffff841161022f57506fffffffffffffffffffffffffffffffff808416167fffffffffffffffffffffffffffffffff000000000000000000000000000000008254161790556040519134835260208301527ff5681f9d0db1b911ac18ee83d515a1cf1051853a9eae418316a2fdf7dea427c560403393a35f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b7fcdda2e21000000000000000000000000000000000000000000000000000000005f526004523460245260445ffd5b7f1f2a2005000000000000000000000000000000000000000000000000000000005f5260045ffd5b7fd92e233d000000000000000000000000000000000000000000000000000000005f5260045ffd5b34610122576040600319360112610122576102c7611a0a565b6001600160a01b036102d7611a20565b91165f5260036020526001600160a01b0360405f2091165f5260205260a060405f2067ffffffffffffffff60018254920154604051926bffffffffffffffffffffffff811684526bffffffffffffffffffffffff8160601c16602085015260c01c6040840152818116606084015260401c166080820152f35b346101225760a060031936011261012257610369611a0a565b610371611a20565b906064359167ffffffffffffffff83168303610122576084359267ffffffffffffffff8416840361012257604080517fa8a9c274c705d8990d58ac9aced5929bb74594c8b5bf72de7072f1e38de02e5560208083019182526001600160a01b0396871693830193909352939094166060850152604435608085015267ffffffffffffffff91821660a0850152931660c083015260429161043c8160e081015b037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08101835282611a79565b519020610447611bcb565b90604051917f190100000000000000000000000000000000000000000000000000000000000083526002830152602282015220604051908152f35b34610122576020600319360112610122576001600160a01b036104a3611a0a565b165f52600260205260405f2067ffffffffffffffff6fffffffffffffffffffffffffffffffff600183015416915460801c16906104fc6040519283928390929167ffffffffffffffff6020916040840195845216910152565b0390f35b34610122575f6003193601126101225760206040517f40ec109e1c555b5632ae48f6a4661e2e49c2159b7da8538ea5aded32ecc40a458152f35b3461012257608060031936011261012257602061011a610558611a0a565b610560611a20565b906064359160443591610571611bcb565b91926001600160a01b03604295929481604051967f40ec109e1c555b5632ae48f6a4661e2e49c2159b7da8538ea5aded32ecc40a4588521660208701521660408501526060840152608083015260a08220907f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b34610122575f6003193601126101225760206040516301e133808152f35b34610122575f6003193601126101225760206040517fa8a9c274c705d8990d58ac9aced5929bb74594c8b5bf72de7072f1e38de02e558152f35b34610122575f60031936011261012257610664611b57565b335f52600260205260405f2067ffffffffffffffff815460801c161561071d5780547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff16815560010180547fffffffffffffffffffffffffffffffff00000000000000000000000000000000169055337f8b775bb80a5d4addc5ea2601b2378ae89a1bb9010227157ac02aa71498e799c45f80a25f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b7f83e89493000000000000000000000000000000000000000000000000000000005f5260045ffd5b34610122575f600319360112610122576107fd6107817f00000000000000000000000000000000000000000000000000000000000000006122c9565b6107aa7f00000000000000000000000000000000000000000000000000000000000000006122c9565b602061080b604051926107bd8385611a79565b5f84525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e0870190611a36565b908582036040870152611a36565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b82811061084257505050500390f35b835185528695509381019392810192600101610833565b3461012257604060031936011261012257610872611a0a565b6001600160a01b03610882611a20565b91165f5260036020526001600160a01b0360405f2091165f5260205260206bffffffffffffffffffffffff60405f205416604051908152f35b34610122576020600319360112610122576004356108d7611b57565b801561025e57335f52600260205260405f206fffffffffffffffffffffffffffffffff815416808311610a2c5750610a047fc0441ca12c133d923daae67e5aae94bfe4c5d35e5735c90fc32ca60244f2e5859160016109607f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff4216611b35565b82547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff16608082901b77ffffffffffffffff0000000000000000000000000000000016178355910180547fffffffffffffffffffffffffffffffff00000000000000000000000000000000166fffffffffffffffffffffffffffffffff86161790556040805194855267ffffffffffffffff90911660208501523393918291820190565b0390a25f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b90507fd8bf65b5000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b34610122576020600319360112610122576001600160a01b03610a7d611a0a565b165f52600260205260206fffffffffffffffffffffffffffffffff60405f205416604051908152f35b34610122576020600319360112610122576001600160a01b03610ac7611a0a565b165f526005602052602060405f2054604051908152f35b3461012257604060031936011261012257610af7611a0a565b6001600160a01b03610b07611a20565b91165f5260046020526001600160a01b0360405f2091165f52602052602060405f2054604051908152f35b34610122576020600319360112610122576004356001600160a01b0381169081810361012257610b60611b57565b811561028657335f52600560205260405f2054908115610bea5781610bbf91602094335f52600586525f60408120556040518381527f0c8584df0a37548f26644c41809e5f908b58e8888dd441691e8a2174ec89f305873392a36121a4565b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d604051908152f35b7f4ee7a8de000000000000000000000000000000000000000000000000000000005f5260045ffd5b34610122575f60031936011261012257610c2a611b57565b335f52600260205260405f20805467ffffffffffffffff8160801c16801561071d57804210610de757506fffffffffffffffffffffffffffffffff16600182016fffffffffffffffffffffffffffffffff8154168281105f14610dcf576fffffffffffffffffffffffffffffffff905b16918215610da757829003926fffffffffffffffffffffffffffffffff8411610d7a576fffffffffffffffffffffffffffffffff602094167fffffffffffffffffffffffffffffffff000000000000000000000000000000008254161781557fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff81541690557fffffffffffffffffffffffffffffffff0000000000000000000000000000000081541690556040518181527f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5833392a2610bbf81336121a4565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7fd0d04f60000000000000000000000000000000000000000000000000000000005f5260045ffd5b506fffffffffffffffffffffffffffffffff82610c9a565b7faaf94011000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b34610122576020600319360112610122576001600160a01b03610e33611a0a565b610e3b611b57565b1680158015611019575b610fee57602090335f526003825260405f20815f52825260405f2090600182019182549067ffffffffffffffff8260401c16938415610ee4575b50505067ffffffffffffffff6040519216918281527f2b95c1dc0daa020e119f75ff153d0aea139be9d08a62158074c10ae1a379bb38843392a35f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d604051908152f35b90919350610f8a610f1f7f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff4216611b35565b83547fffffffffffffffff00000000000000000000000000000000ffffffffffffffff909616604082811b6fffffffffffffffff000000000000000016919091179087901c77ffffffffffffffff000000000000000000000000000000001617909255909360c01c90565b67ffffffffffffffff841610610fa2575b8080610e7f565b805477ffffffffffffffffffffffffffffffffffffffffffffffff7fffffffffffffffff0000000000000000000000000000000000000000000000008560c01b16911617905583610f9b565b7fd3d0f659000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50338114610e45565b34610122575f60031936011261012257602060405167ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346101225760606003193601126101225761107f611a0a565b67ffffffffffffffff60243511610122573660236024350112156101225767ffffffffffffffff60243560040135116101225736602460e08135600401350281350101116101225767ffffffffffffffff60443511610122573660236044350112156101225767ffffffffffffffff60443560040135116101225736602460c0604435600401350260443501011161012257611119611b57565b5f906001600160a01b0381161561028657611132611bcb565b61114160243560040135611ae7565b61114e6040519182611a79565b600460243501358082527fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe09061118390611ae7565b013660208301375f5b604435600401358110156119ae576111ad602460c083026044350101611aff565b906001600160a01b0382165f52600460205260405f206020526001600160a01b0385165f5260405f20918254608052608051606460c084026044350101351115611967576001600160a01b0381165f52600260205260405f20966fffffffffffffffffffffffffffffffff88541693841561191d57604080517f40ec109e1c555b5632ae48f6a4661e2e49c2159b7da8538ea5aded32ecc40a4581526001600160a01b0385811660208301528a16918101919091526044803560c08702019081013560608301526064810135608083015260a082207f19010000000000000000000000000000000000000000000000000000000000008352600283018a9052602283015260429091206112cc9160a48101359160849091013590611ce7565b506004819b929b10156116f7576118d15760805160443560c0870201606401359081039a908b11610d7a57868b116118c7575b908a9392916001600160a01b0386166001600160a01b038216036113b8575b506fffffffffffffffffffffffffffffffff80856001990316167fffffffffffffffffffffffffffffffff0000000000000000000000000000000082541617905582608051019055019661137481608051611b28565b60405191825260208201527f5cdf07ad0fc222442720b108e3ed4c4640f0fadc2ab2253e66f259a0fea8348060406001600160a01b03808a16941692a35b0161118c565b90929495969193506001600160a01b0386165f52600360205260405f206001600160a01b0382165f5260205260405f209081546bffffffffffffffffffffffff8160601c16918160c01c60a05260c460c08b026044350101359063ffffffff821682036101225763ffffffff821615611868576024356004013563ffffffff8316116118165763ffffffff82165f19810111610d7a57602435600401355f1963ffffffff84160110156117e9576001600160a01b038a166001600160a01b03611492602460e05f1963ffffffff8816010281350101611aff565b1614908115916117b1575b5061175a578a8c60243563ffffffff84165f190160e00201606401356bffffffffffffffffffffffff81111561175557506bffffffffffffffffffffffff5b858114801590611724575b61164f575b505050505b67ffffffffffffffff60a0511642116115ff57816bffffffffffffffffffffffff821610156115af576bffffffffffffffffffffffff811682038d11611597575b60a0517fffffffffffffffff00000000000000000000000000000000000000000000000060c09190911b1660609290921b6bffffffffffffffffffffffff919091168d0117179055949392899290916fffffffffffffffffffffffffffffffff61131e565b6bffffffffffffffffffffffff811682039c50611532565b505050505050955090600191604051828152600760208201527fc73b4b31120be41d3748a0d29603666587107f4af175c0a1d3f02c1328606dc560406001600160a01b03808a16941692a36113b2565b505050505050955090600191604051828152600660208201527fc73b4b31120be41d3748a0d29603666587107f4af175c0a1d3f02c1328606dc560406001600160a01b03808a16941692a36113b2565b61168b94955f1963ffffffff8616019460a05192602460e05f1963ffffffff6bffffffffffffffffffffffff8d1695160102813501018a611d3a565b60a052919060098110156116f757806116a6578a8c826114ec565b95505050505050600193929197506040519083825260208201527fc73b4b31120be41d3748a0d29603666587107f4af175c0a1d3f02c1328606dc560406001600160a01b03808a16941692a36113b2565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b5060a05167ffffffffffffffff61174d608460e05f1963ffffffff8a1601026024350101611b13565b1614156114e7565b6114dc565b505050505050509550906001916040517fc73b4b31120be41d3748a0d29603666587107f4af175c0a1d3f02c1328606dc5604082019184815260036020820152806001600160a01b03808b169516930390a36113b2565b6001600160a01b039150166001600160a01b036117e0604460e05f1963ffffffff871601026024350101611aff565b1614158f61149d565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5050505050505050955090600191604051828152600460208201527fc73b4b31120be41d3748a0d29603666587107f4af175c0a1d3f02c1328606dc560406001600160a01b03808a16941692a36113b2565b505060a0516114f1575050505050509550906001916040517fc73b4b31120be41d3748a0d29603666587107f4af175c0a1d3f02c1328606dc5604082019184815260036020820152806001600160a01b03808b169516930390a36113b2565b95995089956112ff565b5050965060019250604051828152600260208201527fc73b4b31120be41d3748a0d29603666587107f4af175c0a1d3f02c1328606dc560406001600160a01b03808a16941692a36113b2565b509650600192506040518281528360208201527fc73b4b31120be41d3748a0d29603666587107f4af175c0a1d3f02c1328606dc560406001600160a01b03808a16941692a36113b2565b600192506040518281525f60208201527fc73b4b31120be41d3748a0d29603666587107f4af175c0a1d3f02c1328606dc560406001600160a01b03808a16941692a36113b2565b60208585816119e4575b505f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d604051908152f35b6001600160a01b03165f526005825260405f20611a02828254611b28565b9055826119b8565b600435906001600160a01b038216820361012257565b602435906001600160a01b038216820361012257565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602080948051918291828752018686015e5f8582860101520116010190565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff821117611aba57604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b67ffffffffffffffff8111611aba5760051b60200190565b356001600160a01b03811681036101225790565b3567ffffffffffffffff811681036101225790565b91908201809211610d7a57565b9067ffffffffffffffff8091169116019067ffffffffffffffff8211610d7a57565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c611ba35760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d565b7f3ee5aeb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016301480611cbe575b15611c26577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a08152611cb860c082611a79565b51902090565b507f00000000000000000000000000000000000000000000000000000000000000004614611bfd565b90611d1f929160ff601b7f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff851694821c01169061223c565b9192909190565b80518210156117e95760209160051b010190565b939498969095979198600185019182549967ffffffffffffffff8b169767ffffffffffffffff8c60401c16938a8a67ffffffffffffffff831615159182612182575b50506120e5575050606089019467ffffffffffffffff611d9b87611b13565b16156120cf57611dab8184611d26565b51918215611f83575b50506001915003611f7057801515908180611f55575b15611f4557985b608088019667ffffffffffffffff611de889611b13565b1614801590611f3e575b611e9e575b505050507fffffffffffffffff0000000000000000000000000000000000000000000000008660c01b16908760601b171790557f50d1f90fa42bd9129828c19c08353023970340f0513c54a4adec90b658d8e24260606001600160a01b0380611e74611e6e6020611e6789611aff565b9801611aff565b95611b13565b9467ffffffffffffffff604051968b8852818b16602089015216604087015216941692a35f929190565b7fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000067ffffffffffffffff611ed189611b13565b169116178255611ee3575b8080611df7565b611eef611f3792611b13565b7fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff77ffffffffffffffff0000000000000000000000000000000083549260801b169116179055565b5f80611edc565b5081611df2565b50611f4f83611b13565b98611dd1565b508067ffffffffffffffff611f6986611b13565b1611611dca565b505050505050509150506005905f905f90565b6120749192506042908b611f9681611aff565b61202e611fa560208401611aff565b610410611fb18d611b13565b611fbd60808701611b13565b604080517fa8a9c274c705d8990d58ac9aced5929bb74594c8b5bf72de7072f1e38de02e55602082019081526001600160a01b03988916828401529590971660608801529690960135608086015267ffffffffffffffff90811660a086015290941660c084015292829060e0820190565b519020604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522060c08b01359060a08c013590611ce7565b50929060048410156116f7576001936120c8575b6001600160a01b038061209a8d611aff565b169116145f146120bc576120b460ff845b16928392611d26565b525f80611db4565b6120b460ff60026120ab565b505f612088565b505050505050505050509150506006905f905f90565b9b95509b9896505050905088925015155f1461217a5760801c67ffffffffffffffff16925b67ffffffffffffffff61211f60808501611b13565b161093841561216f575b50508215612149575b505061213e575f929190565b600892505f91508190565b67ffffffffffffffff9192506121626060839201611b13565b9216911614155f80612132565b14159250855f612129565b50859261210a565b67ffffffffffffffff919250608061219a9101611b13565b1611158a8c611d7c565b81471061220c575f8080936001600160a01b038294836040516121c8602082611a79565b52165af1156121d357565b3d156121e4576040513d5f823e3d90fd5b7fd6bda275000000000000000000000000000000000000000000000000000000005f5260045ffd5b50477fcf479181000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084116122be579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156122b3575f516001600160a01b038116156122a957905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f9160039190565b60ff811690601f82116122f857604051916122e5604084611a79565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffdfea2646970667358221220406d9d6c4905e1cc777e52b31209e0125803c7651e4c6a4be8b1b416edbcf6ad64736f6c63430008250033",
}

// BandwidthEscrow is an auto generated Go binding around an Ethereum contract.
type BandwidthEscrow struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *BandwidthEscrow) GetABI() abi.ABI {
	return c.abi
}

// NewBandwidthEscrow creates a new instance of BandwidthEscrow.
func NewBandwidthEscrow() *BandwidthEscrow {
	parsed, err := BandwidthEscrowMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &BandwidthEscrow{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *BandwidthEscrow) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint64 unlockDelay_) returns()
func (bandwidthEscrow *BandwidthEscrow) PackConstructor(unlockDelay_ uint64) []byte {
	enc, err := bandwidthEscrow.abi.Pack("", unlockDelay_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXUNLOCKDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c03e18b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_UNLOCK_DELAY() view returns(uint64)
func (bandwidthEscrow *BandwidthEscrow) PackMAXUNLOCKDELAY() []byte {
	enc, err := bandwidthEscrow.abi.Pack("MAX_UNLOCK_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXUNLOCKDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c03e18b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_UNLOCK_DELAY() view returns(uint64)
func (bandwidthEscrow *BandwidthEscrow) TryPackMAXUNLOCKDELAY() ([]byte, error) {
	return bandwidthEscrow.abi.Pack("MAX_UNLOCK_DELAY")
}

// UnpackMAXUNLOCKDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8c03e18b.
//
// Solidity: function MAX_UNLOCK_DELAY() view returns(uint64)
func (bandwidthEscrow *BandwidthEscrow) UnpackMAXUNLOCKDELAY(data []byte) (uint64, error) {
	out, err := bandwidthEscrow.abi.Unpack("MAX_UNLOCK_DELAY", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRECEIPTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95850f59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RECEIPT_TYPEHASH() view returns(bytes32)
func (bandwidthEscrow *BandwidthEscrow) PackRECEIPTTYPEHASH() []byte {
	enc, err := bandwidthEscrow.abi.Pack("RECEIPT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRECEIPTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95850f59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RECEIPT_TYPEHASH() view returns(bytes32)
func (bandwidthEscrow *BandwidthEscrow) TryPackRECEIPTTYPEHASH() ([]byte, error) {
	return bandwidthEscrow.abi.Pack("RECEIPT_TYPEHASH")
}

// UnpackRECEIPTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95850f59.
//
// Solidity: function RECEIPT_TYPEHASH() view returns(bytes32)
func (bandwidthEscrow *BandwidthEscrow) UnpackRECEIPTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := bandwidthEscrow.abi.Unpack("RECEIPT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSESSIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87b61fdd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SESSION_TYPEHASH() view returns(bytes32)
func (bandwidthEscrow *BandwidthEscrow) PackSESSIONTYPEHASH() []byte {
	enc, err := bandwidthEscrow.abi.Pack("SESSION_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSESSIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87b61fdd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SESSION_TYPEHASH() view returns(bytes32)
func (bandwidthEscrow *BandwidthEscrow) TryPackSESSIONTYPEHASH() ([]byte, error) {
	return bandwidthEscrow.abi.Pack("SESSION_TYPEHASH")
}

// UnpackSESSIONTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x87b61fdd.
//
// Solidity: function SESSION_TYPEHASH() view returns(bytes32)
func (bandwidthEscrow *BandwidthEscrow) UnpackSESSIONTYPEHASH(data []byte) ([32]byte, error) {
	out, err := bandwidthEscrow.abi.Unpack("SESSION_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address viewer) view returns(uint256)
func (bandwidthEscrow *BandwidthEscrow) PackBalanceOf(viewer common.Address) []byte {
	enc, err := bandwidthEscrow.abi.Pack("balanceOf", viewer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address viewer) view returns(uint256)
func (bandwidthEscrow *BandwidthEscrow) TryPackBalanceOf(viewer common.Address) ([]byte, error) {
	return bandwidthEscrow.abi.Pack("balanceOf", viewer)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address viewer) view returns(uint256)
func (bandwidthEscrow *BandwidthEscrow) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := bandwidthEscrow.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCancelWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b76824.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelWithdraw() returns()
func (bandwidthEscrow *BandwidthEscrow) PackCancelWithdraw() []byte {
	enc, err := bandwidthEscrow.abi.Pack("cancelWithdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b76824.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelWithdraw() returns()
func (bandwidthEscrow *BandwidthEscrow) TryPackCancelWithdraw() ([]byte, error) {
	return bandwidthEscrow.abi.Pack("cancelWithdraw")
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf340fa01.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(address viewer) payable returns()
func (bandwidthEscrow *BandwidthEscrow) PackDeposit(viewer common.Address) []byte {
	enc, err := bandwidthEscrow.abi.Pack("deposit", viewer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf340fa01.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(address viewer) payable returns()
func (bandwidthEscrow *BandwidthEscrow) TryPackDeposit(viewer common.Address) ([]byte, error) {
	return bandwidthEscrow.abi.Pack("deposit", viewer)
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (bandwidthEscrow *BandwidthEscrow) PackDomainSeparator() []byte {
	enc, err := bandwidthEscrow.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (bandwidthEscrow *BandwidthEscrow) TryPackDomainSeparator() ([]byte, error) {
	return bandwidthEscrow.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (bandwidthEscrow *BandwidthEscrow) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := bandwidthEscrow.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEarnings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x543fd313.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function earnings(address seeder) view returns(uint256)
func (bandwidthEscrow *BandwidthEscrow) PackEarnings(seeder common.Address) []byte {
	enc, err := bandwidthEscrow.abi.Pack("earnings", seeder)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEarnings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x543fd313.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function earnings(address seeder) view returns(uint256)
func (bandwidthEscrow *BandwidthEscrow) TryPackEarnings(seeder common.Address) ([]byte, error) {
	return bandwidthEscrow.abi.Pack("earnings", seeder)
}

// UnpackEarnings is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x543fd313.
//
// Solidity: function earnings(address seeder) view returns(uint256)
func (bandwidthEscrow *BandwidthEscrow) UnpackEarnings(data []byte) (*big.Int, error) {
	out, err := bandwidthEscrow.abi.Unpack("earnings", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (bandwidthEscrow *BandwidthEscrow) PackEip712Domain() []byte {
	enc, err := bandwidthEscrow.abi.Pack("eip712Domain")
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
func (bandwidthEscrow *BandwidthEscrow) TryPackEip712Domain() ([]byte, error) {
	return bandwidthEscrow.abi.Pack("eip712Domain")
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
func (bandwidthEscrow *BandwidthEscrow) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := bandwidthEscrow.abi.Unpack("eip712Domain", data)
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

// PackHashReceipt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f7b1e7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashReceipt(address viewer, address seeder, uint256 byteCount, uint256 amount) view returns(bytes32)
func (bandwidthEscrow *BandwidthEscrow) PackHashReceipt(viewer common.Address, seeder common.Address, byteCount *big.Int, amount *big.Int) []byte {
	enc, err := bandwidthEscrow.abi.Pack("hashReceipt", viewer, seeder, byteCount, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashReceipt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f7b1e7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashReceipt(address viewer, address seeder, uint256 byteCount, uint256 amount) view returns(bytes32)
func (bandwidthEscrow *BandwidthEscrow) TryPackHashReceipt(viewer common.Address, seeder common.Address, byteCount *big.Int, amount *big.Int) ([]byte, error) {
	return bandwidthEscrow.abi.Pack("hashReceipt", viewer, seeder, byteCount, amount)
}

// UnpackHashReceipt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f7b1e7e.
//
// Solidity: function hashReceipt(address viewer, address seeder, uint256 byteCount, uint256 amount) view returns(bytes32)
func (bandwidthEscrow *BandwidthEscrow) UnpackHashReceipt(data []byte) ([32]byte, error) {
	out, err := bandwidthEscrow.abi.Unpack("hashReceipt", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashSession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb225e14a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashSession(address viewer, address key, uint256 limit, uint64 expiry, uint64 nonce) view returns(bytes32)
func (bandwidthEscrow *BandwidthEscrow) PackHashSession(viewer common.Address, key common.Address, limit *big.Int, expiry uint64, nonce uint64) []byte {
	enc, err := bandwidthEscrow.abi.Pack("hashSession", viewer, key, limit, expiry, nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashSession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb225e14a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashSession(address viewer, address key, uint256 limit, uint64 expiry, uint64 nonce) view returns(bytes32)
func (bandwidthEscrow *BandwidthEscrow) TryPackHashSession(viewer common.Address, key common.Address, limit *big.Int, expiry uint64, nonce uint64) ([]byte, error) {
	return bandwidthEscrow.abi.Pack("hashSession", viewer, key, limit, expiry, nonce)
}

// UnpackHashSession is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb225e14a.
//
// Solidity: function hashSession(address viewer, address key, uint256 limit, uint64 expiry, uint64 nonce) view returns(bytes32)
func (bandwidthEscrow *BandwidthEscrow) UnpackHashSession(data []byte) ([32]byte, error) {
	out, err := bandwidthEscrow.abi.Unpack("hashSession", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPaid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d900d95.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paid(address viewer, address seeder) view returns(uint256)
func (bandwidthEscrow *BandwidthEscrow) PackPaid(viewer common.Address, seeder common.Address) []byte {
	enc, err := bandwidthEscrow.abi.Pack("paid", viewer, seeder)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d900d95.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paid(address viewer, address seeder) view returns(uint256)
func (bandwidthEscrow *BandwidthEscrow) TryPackPaid(viewer common.Address, seeder common.Address) ([]byte, error) {
	return bandwidthEscrow.abi.Pack("paid", viewer, seeder)
}

// UnpackPaid is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d900d95.
//
// Solidity: function paid(address viewer, address seeder) view returns(uint256)
func (bandwidthEscrow *BandwidthEscrow) UnpackPaid(data []byte) (*big.Int, error) {
	out, err := bandwidthEscrow.abi.Unpack("paid", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x043f04f8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redeem(address seeder, (address,address,uint256,uint64,uint64,bytes32,bytes32)[] grants, (address,uint256,uint256,bytes32,bytes32,uint32)[] entries) returns(uint256 total)
func (bandwidthEscrow *BandwidthEscrow) PackRedeem(seeder common.Address, grants []BandwidthEscrowGrant, entries []BandwidthEscrowEntry) []byte {
	enc, err := bandwidthEscrow.abi.Pack("redeem", seeder, grants, entries)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x043f04f8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redeem(address seeder, (address,address,uint256,uint64,uint64,bytes32,bytes32)[] grants, (address,uint256,uint256,bytes32,bytes32,uint32)[] entries) returns(uint256 total)
func (bandwidthEscrow *BandwidthEscrow) TryPackRedeem(seeder common.Address, grants []BandwidthEscrowGrant, entries []BandwidthEscrowEntry) ([]byte, error) {
	return bandwidthEscrow.abi.Pack("redeem", seeder, grants, entries)
}

// UnpackRedeem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x043f04f8.
//
// Solidity: function redeem(address seeder, (address,address,uint256,uint64,uint64,bytes32,bytes32)[] grants, (address,uint256,uint256,bytes32,bytes32,uint32)[] entries) returns(uint256 total)
func (bandwidthEscrow *BandwidthEscrow) UnpackRedeem(data []byte) (*big.Int, error) {
	out, err := bandwidthEscrow.abi.Unpack("redeem", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequestWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x745400c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestWithdraw(uint256 amount) returns()
func (bandwidthEscrow *BandwidthEscrow) PackRequestWithdraw(amount *big.Int) []byte {
	enc, err := bandwidthEscrow.abi.Pack("requestWithdraw", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x745400c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestWithdraw(uint256 amount) returns()
func (bandwidthEscrow *BandwidthEscrow) TryPackRequestWithdraw(amount *big.Int) ([]byte, error) {
	return bandwidthEscrow.abi.Pack("requestWithdraw", amount)
}

// PackRevokeSession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1fa5d6a4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeSession(address key) returns(uint64 deadline)
func (bandwidthEscrow *BandwidthEscrow) PackRevokeSession(key common.Address) []byte {
	enc, err := bandwidthEscrow.abi.Pack("revokeSession", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeSession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1fa5d6a4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeSession(address key) returns(uint64 deadline)
func (bandwidthEscrow *BandwidthEscrow) TryPackRevokeSession(key common.Address) ([]byte, error) {
	return bandwidthEscrow.abi.Pack("revokeSession", key)
}

// UnpackRevokeSession is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1fa5d6a4.
//
// Solidity: function revokeSession(address key) returns(uint64 deadline)
func (bandwidthEscrow *BandwidthEscrow) UnpackRevokeSession(data []byte) (uint64, error) {
	out, err := bandwidthEscrow.abi.Unpack("revokeSession", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5139e6e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function session(address viewer, address key) view returns(uint256 spent_, uint256 limit, uint64 expiry, uint64 nonce, uint64 revokedUntil)
func (bandwidthEscrow *BandwidthEscrow) PackSession(viewer common.Address, key common.Address) []byte {
	enc, err := bandwidthEscrow.abi.Pack("session", viewer, key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5139e6e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function session(address viewer, address key) view returns(uint256 spent_, uint256 limit, uint64 expiry, uint64 nonce, uint64 revokedUntil)
func (bandwidthEscrow *BandwidthEscrow) TryPackSession(viewer common.Address, key common.Address) ([]byte, error) {
	return bandwidthEscrow.abi.Pack("session", viewer, key)
}

// SessionOutput serves as a container for the return parameters of contract
// method Session.
type SessionOutput struct {
	Spent        *big.Int
	Limit        *big.Int
	Expiry       uint64
	Nonce        uint64
	RevokedUntil uint64
}

// UnpackSession is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb5139e6e.
//
// Solidity: function session(address viewer, address key) view returns(uint256 spent_, uint256 limit, uint64 expiry, uint64 nonce, uint64 revokedUntil)
func (bandwidthEscrow *BandwidthEscrow) UnpackSession(data []byte) (SessionOutput, error) {
	out, err := bandwidthEscrow.abi.Unpack("session", data)
	outstruct := new(SessionOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Spent = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Limit = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Expiry = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.Nonce = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	outstruct.RevokedUntil = *abi.ConvertType(out[4], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackSpent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7edf9fdf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function spent(address viewer, address key) view returns(uint256)
func (bandwidthEscrow *BandwidthEscrow) PackSpent(viewer common.Address, key common.Address) []byte {
	enc, err := bandwidthEscrow.abi.Pack("spent", viewer, key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSpent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7edf9fdf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function spent(address viewer, address key) view returns(uint256)
func (bandwidthEscrow *BandwidthEscrow) TryPackSpent(viewer common.Address, key common.Address) ([]byte, error) {
	return bandwidthEscrow.abi.Pack("spent", viewer, key)
}

// UnpackSpent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7edf9fdf.
//
// Solidity: function spent(address viewer, address key) view returns(uint256)
func (bandwidthEscrow *BandwidthEscrow) UnpackSpent(data []byte) (*big.Int, error) {
	out, err := bandwidthEscrow.abi.Unpack("spent", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUnlockDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0519da32.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unlockDelay() view returns(uint64)
func (bandwidthEscrow *BandwidthEscrow) PackUnlockDelay() []byte {
	enc, err := bandwidthEscrow.abi.Pack("unlockDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnlockDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0519da32.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unlockDelay() view returns(uint64)
func (bandwidthEscrow *BandwidthEscrow) TryPackUnlockDelay() ([]byte, error) {
	return bandwidthEscrow.abi.Pack("unlockDelay")
}

// UnpackUnlockDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0519da32.
//
// Solidity: function unlockDelay() view returns(uint64)
func (bandwidthEscrow *BandwidthEscrow) UnpackUnlockDelay(data []byte) (uint64, error) {
	out, err := bandwidthEscrow.abi.Unpack("unlockDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns(uint256 amount)
func (bandwidthEscrow *BandwidthEscrow) PackWithdraw() []byte {
	enc, err := bandwidthEscrow.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns(uint256 amount)
func (bandwidthEscrow *BandwidthEscrow) TryPackWithdraw() ([]byte, error) {
	return bandwidthEscrow.abi.Pack("withdraw")
}

// UnpackWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3ccfd60b.
//
// Solidity: function withdraw() returns(uint256 amount)
func (bandwidthEscrow *BandwidthEscrow) UnpackWithdraw(data []byte) (*big.Int, error) {
	out, err := bandwidthEscrow.abi.Unpack("withdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdrawEarnings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d4d8d4f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawEarnings(address to) returns(uint256 amount)
func (bandwidthEscrow *BandwidthEscrow) PackWithdrawEarnings(to common.Address) []byte {
	enc, err := bandwidthEscrow.abi.Pack("withdrawEarnings", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawEarnings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d4d8d4f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawEarnings(address to) returns(uint256 amount)
func (bandwidthEscrow *BandwidthEscrow) TryPackWithdrawEarnings(to common.Address) ([]byte, error) {
	return bandwidthEscrow.abi.Pack("withdrawEarnings", to)
}

// UnpackWithdrawEarnings is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3d4d8d4f.
//
// Solidity: function withdrawEarnings(address to) returns(uint256 amount)
func (bandwidthEscrow *BandwidthEscrow) UnpackWithdrawEarnings(data []byte) (*big.Int, error) {
	out, err := bandwidthEscrow.abi.Unpack("withdrawEarnings", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96131049.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawal(address viewer) view returns(uint256 amount, uint64 unlockAt)
func (bandwidthEscrow *BandwidthEscrow) PackWithdrawal(viewer common.Address) []byte {
	enc, err := bandwidthEscrow.abi.Pack("withdrawal", viewer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96131049.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawal(address viewer) view returns(uint256 amount, uint64 unlockAt)
func (bandwidthEscrow *BandwidthEscrow) TryPackWithdrawal(viewer common.Address) ([]byte, error) {
	return bandwidthEscrow.abi.Pack("withdrawal", viewer)
}

// WithdrawalOutput serves as a container for the return parameters of contract
// method Withdrawal.
type WithdrawalOutput struct {
	Amount   *big.Int
	UnlockAt uint64
}

// UnpackWithdrawal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x96131049.
//
// Solidity: function withdrawal(address viewer) view returns(uint256 amount, uint64 unlockAt)
func (bandwidthEscrow *BandwidthEscrow) UnpackWithdrawal(data []byte) (WithdrawalOutput, error) {
	out, err := bandwidthEscrow.abi.Unpack("withdrawal", data)
	outstruct := new(WithdrawalOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Amount = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.UnlockAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// BandwidthEscrowDeposited represents a Deposited event raised by the BandwidthEscrow contract.
type BandwidthEscrowDeposited struct {
	Viewer  common.Address
	From    common.Address
	Amount  *big.Int
	Balance *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const BandwidthEscrowDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (BandwidthEscrowDeposited) ContractEventName() string {
	return BandwidthEscrowDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed viewer, address indexed from, uint256 amount, uint256 balance)
func (bandwidthEscrow *BandwidthEscrow) UnpackDepositedEvent(log *types.Log) (*BandwidthEscrowDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bandwidthEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BandwidthEscrowDeposited)
	if len(log.Data) > 0 {
		if err := bandwidthEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bandwidthEscrow.abi.Events[event].Inputs {
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

// BandwidthEscrowEIP712DomainChanged represents a EIP712DomainChanged event raised by the BandwidthEscrow contract.
type BandwidthEscrowEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const BandwidthEscrowEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (BandwidthEscrowEIP712DomainChanged) ContractEventName() string {
	return BandwidthEscrowEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (bandwidthEscrow *BandwidthEscrow) UnpackEIP712DomainChangedEvent(log *types.Log) (*BandwidthEscrowEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bandwidthEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BandwidthEscrowEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := bandwidthEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bandwidthEscrow.abi.Events[event].Inputs {
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

// BandwidthEscrowEarningsWithdrawn represents a EarningsWithdrawn event raised by the BandwidthEscrow contract.
type BandwidthEscrowEarningsWithdrawn struct {
	Seeder common.Address
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const BandwidthEscrowEarningsWithdrawnEventName = "EarningsWithdrawn"

// ContractEventName returns the user-defined event name.
func (BandwidthEscrowEarningsWithdrawn) ContractEventName() string {
	return BandwidthEscrowEarningsWithdrawnEventName
}

// UnpackEarningsWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EarningsWithdrawn(address indexed seeder, address indexed to, uint256 amount)
func (bandwidthEscrow *BandwidthEscrow) UnpackEarningsWithdrawnEvent(log *types.Log) (*BandwidthEscrowEarningsWithdrawn, error) {
	event := "EarningsWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bandwidthEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BandwidthEscrowEarningsWithdrawn)
	if len(log.Data) > 0 {
		if err := bandwidthEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bandwidthEscrow.abi.Events[event].Inputs {
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

// BandwidthEscrowRedeemSkipped represents a RedeemSkipped event raised by the BandwidthEscrow contract.
type BandwidthEscrowRedeemSkipped struct {
	Viewer common.Address
	Seeder common.Address
	Index  *big.Int
	Reason uint8
	Raw    *types.Log // Blockchain specific contextual infos
}

const BandwidthEscrowRedeemSkippedEventName = "RedeemSkipped"

// ContractEventName returns the user-defined event name.
func (BandwidthEscrowRedeemSkipped) ContractEventName() string {
	return BandwidthEscrowRedeemSkippedEventName
}

// UnpackRedeemSkippedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RedeemSkipped(address indexed viewer, address indexed seeder, uint256 index, uint8 reason)
func (bandwidthEscrow *BandwidthEscrow) UnpackRedeemSkippedEvent(log *types.Log) (*BandwidthEscrowRedeemSkipped, error) {
	event := "RedeemSkipped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bandwidthEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BandwidthEscrowRedeemSkipped)
	if len(log.Data) > 0 {
		if err := bandwidthEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bandwidthEscrow.abi.Events[event].Inputs {
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

// BandwidthEscrowRedeemed represents a Redeemed event raised by the BandwidthEscrow contract.
type BandwidthEscrowRedeemed struct {
	Viewer    common.Address
	Seeder    common.Address
	Payment   *big.Int
	PaidTotal *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const BandwidthEscrowRedeemedEventName = "Redeemed"

// ContractEventName returns the user-defined event name.
func (BandwidthEscrowRedeemed) ContractEventName() string {
	return BandwidthEscrowRedeemedEventName
}

// UnpackRedeemedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Redeemed(address indexed viewer, address indexed seeder, uint256 payment, uint256 paidTotal)
func (bandwidthEscrow *BandwidthEscrow) UnpackRedeemedEvent(log *types.Log) (*BandwidthEscrowRedeemed, error) {
	event := "Redeemed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bandwidthEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BandwidthEscrowRedeemed)
	if len(log.Data) > 0 {
		if err := bandwidthEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bandwidthEscrow.abi.Events[event].Inputs {
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

// BandwidthEscrowSessionRecorded represents a SessionRecorded event raised by the BandwidthEscrow contract.
type BandwidthEscrowSessionRecorded struct {
	Viewer common.Address
	Key    common.Address
	Limit  *big.Int
	Expiry uint64
	Nonce  uint64
	Raw    *types.Log // Blockchain specific contextual infos
}

const BandwidthEscrowSessionRecordedEventName = "SessionRecorded"

// ContractEventName returns the user-defined event name.
func (BandwidthEscrowSessionRecorded) ContractEventName() string {
	return BandwidthEscrowSessionRecordedEventName
}

// UnpackSessionRecordedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SessionRecorded(address indexed viewer, address indexed key, uint256 limit, uint64 expiry, uint64 nonce)
func (bandwidthEscrow *BandwidthEscrow) UnpackSessionRecordedEvent(log *types.Log) (*BandwidthEscrowSessionRecorded, error) {
	event := "SessionRecorded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bandwidthEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BandwidthEscrowSessionRecorded)
	if len(log.Data) > 0 {
		if err := bandwidthEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bandwidthEscrow.abi.Events[event].Inputs {
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

// BandwidthEscrowSessionRevoked represents a SessionRevoked event raised by the BandwidthEscrow contract.
type BandwidthEscrowSessionRevoked struct {
	Viewer   common.Address
	Key      common.Address
	Deadline uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const BandwidthEscrowSessionRevokedEventName = "SessionRevoked"

// ContractEventName returns the user-defined event name.
func (BandwidthEscrowSessionRevoked) ContractEventName() string {
	return BandwidthEscrowSessionRevokedEventName
}

// UnpackSessionRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SessionRevoked(address indexed viewer, address indexed key, uint64 deadline)
func (bandwidthEscrow *BandwidthEscrow) UnpackSessionRevokedEvent(log *types.Log) (*BandwidthEscrowSessionRevoked, error) {
	event := "SessionRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bandwidthEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BandwidthEscrowSessionRevoked)
	if len(log.Data) > 0 {
		if err := bandwidthEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bandwidthEscrow.abi.Events[event].Inputs {
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

// BandwidthEscrowWithdrawCancelled represents a WithdrawCancelled event raised by the BandwidthEscrow contract.
type BandwidthEscrowWithdrawCancelled struct {
	Viewer common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const BandwidthEscrowWithdrawCancelledEventName = "WithdrawCancelled"

// ContractEventName returns the user-defined event name.
func (BandwidthEscrowWithdrawCancelled) ContractEventName() string {
	return BandwidthEscrowWithdrawCancelledEventName
}

// UnpackWithdrawCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawCancelled(address indexed viewer)
func (bandwidthEscrow *BandwidthEscrow) UnpackWithdrawCancelledEvent(log *types.Log) (*BandwidthEscrowWithdrawCancelled, error) {
	event := "WithdrawCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bandwidthEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BandwidthEscrowWithdrawCancelled)
	if len(log.Data) > 0 {
		if err := bandwidthEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bandwidthEscrow.abi.Events[event].Inputs {
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

// BandwidthEscrowWithdrawRequested represents a WithdrawRequested event raised by the BandwidthEscrow contract.
type BandwidthEscrowWithdrawRequested struct {
	Viewer   common.Address
	Amount   *big.Int
	UnlockAt uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const BandwidthEscrowWithdrawRequestedEventName = "WithdrawRequested"

// ContractEventName returns the user-defined event name.
func (BandwidthEscrowWithdrawRequested) ContractEventName() string {
	return BandwidthEscrowWithdrawRequestedEventName
}

// UnpackWithdrawRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawRequested(address indexed viewer, uint256 amount, uint64 unlockAt)
func (bandwidthEscrow *BandwidthEscrow) UnpackWithdrawRequestedEvent(log *types.Log) (*BandwidthEscrowWithdrawRequested, error) {
	event := "WithdrawRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bandwidthEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BandwidthEscrowWithdrawRequested)
	if len(log.Data) > 0 {
		if err := bandwidthEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bandwidthEscrow.abi.Events[event].Inputs {
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

// BandwidthEscrowWithdrawn represents a Withdrawn event raised by the BandwidthEscrow contract.
type BandwidthEscrowWithdrawn struct {
	Viewer common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const BandwidthEscrowWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (BandwidthEscrowWithdrawn) ContractEventName() string {
	return BandwidthEscrowWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed viewer, uint256 amount)
func (bandwidthEscrow *BandwidthEscrow) UnpackWithdrawnEvent(log *types.Log) (*BandwidthEscrowWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bandwidthEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BandwidthEscrowWithdrawn)
	if len(log.Data) > 0 {
		if err := bandwidthEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bandwidthEscrow.abi.Events[event].Inputs {
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
func (bandwidthEscrow *BandwidthEscrow) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], bandwidthEscrow.abi.Errors["BalanceOverflow"].ID.Bytes()[:4]) {
		return bandwidthEscrow.UnpackBalanceOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], bandwidthEscrow.abi.Errors["ExceedsBalance"].ID.Bytes()[:4]) {
		return bandwidthEscrow.UnpackExceedsBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], bandwidthEscrow.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return bandwidthEscrow.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], bandwidthEscrow.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return bandwidthEscrow.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], bandwidthEscrow.abi.Errors["InvalidSessionKey"].ID.Bytes()[:4]) {
		return bandwidthEscrow.UnpackInvalidSessionKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], bandwidthEscrow.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return bandwidthEscrow.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], bandwidthEscrow.abi.Errors["InvalidUnlockDelay"].ID.Bytes()[:4]) {
		return bandwidthEscrow.UnpackInvalidUnlockDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], bandwidthEscrow.abi.Errors["NoEarnings"].ID.Bytes()[:4]) {
		return bandwidthEscrow.UnpackNoEarningsError(raw[4:])
	}
	if bytes.Equal(raw[:4], bandwidthEscrow.abi.Errors["NoWithdrawalPending"].ID.Bytes()[:4]) {
		return bandwidthEscrow.UnpackNoWithdrawalPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], bandwidthEscrow.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return bandwidthEscrow.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], bandwidthEscrow.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return bandwidthEscrow.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], bandwidthEscrow.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return bandwidthEscrow.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], bandwidthEscrow.abi.Errors["WithdrawalLocked"].ID.Bytes()[:4]) {
		return bandwidthEscrow.UnpackWithdrawalLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bandwidthEscrow.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return bandwidthEscrow.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], bandwidthEscrow.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return bandwidthEscrow.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BandwidthEscrowBalanceOverflow represents a BalanceOverflow error raised by the BandwidthEscrow contract.
type BandwidthEscrowBalanceOverflow struct {
	Balance *big.Int
	Amount  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BalanceOverflow(uint256 balance, uint256 amount)
func BandwidthEscrowBalanceOverflowErrorID() common.Hash {
	return common.HexToHash("0xcdda2e2172f4c0e07d3af3104469dc25f9af52ee508a16995418890a60b1cfb6")
}

// UnpackBalanceOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BalanceOverflow(uint256 balance, uint256 amount)
func (bandwidthEscrow *BandwidthEscrow) UnpackBalanceOverflowError(raw []byte) (*BandwidthEscrowBalanceOverflow, error) {
	out := new(BandwidthEscrowBalanceOverflow)
	if err := bandwidthEscrow.abi.UnpackIntoInterface(out, "BalanceOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BandwidthEscrowExceedsBalance represents a ExceedsBalance error raised by the BandwidthEscrow contract.
type BandwidthEscrowExceedsBalance struct {
	Balance *big.Int
	Amount  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExceedsBalance(uint256 balance, uint256 amount)
func BandwidthEscrowExceedsBalanceErrorID() common.Hash {
	return common.HexToHash("0xd8bf65b591222473331f43ec6bb2105826d80a5079bcdf30dfcef31ddeed8b83")
}

// UnpackExceedsBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExceedsBalance(uint256 balance, uint256 amount)
func (bandwidthEscrow *BandwidthEscrow) UnpackExceedsBalanceError(raw []byte) (*BandwidthEscrowExceedsBalance, error) {
	out := new(BandwidthEscrowExceedsBalance)
	if err := bandwidthEscrow.abi.UnpackIntoInterface(out, "ExceedsBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BandwidthEscrowFailedCall represents a FailedCall error raised by the BandwidthEscrow contract.
type BandwidthEscrowFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func BandwidthEscrowFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (bandwidthEscrow *BandwidthEscrow) UnpackFailedCallError(raw []byte) (*BandwidthEscrowFailedCall, error) {
	out := new(BandwidthEscrowFailedCall)
	if err := bandwidthEscrow.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BandwidthEscrowInsufficientBalance represents a InsufficientBalance error raised by the BandwidthEscrow contract.
type BandwidthEscrowInsufficientBalance struct {
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func BandwidthEscrowInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcf4791818fba6e019216eb4864093b4947f674afada5d305e57d598b641dad1d")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func (bandwidthEscrow *BandwidthEscrow) UnpackInsufficientBalanceError(raw []byte) (*BandwidthEscrowInsufficientBalance, error) {
	out := new(BandwidthEscrowInsufficientBalance)
	if err := bandwidthEscrow.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BandwidthEscrowInvalidSessionKey represents a InvalidSessionKey error raised by the BandwidthEscrow contract.
type BandwidthEscrowInvalidSessionKey struct {
	Key common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSessionKey(address key)
func BandwidthEscrowInvalidSessionKeyErrorID() common.Hash {
	return common.HexToHash("0xd3d0f6597c8094882b131711e7208ebdbacd2eb3c1d3a17fb99c7f5ef06e4a7d")
}

// UnpackInvalidSessionKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSessionKey(address key)
func (bandwidthEscrow *BandwidthEscrow) UnpackInvalidSessionKeyError(raw []byte) (*BandwidthEscrowInvalidSessionKey, error) {
	out := new(BandwidthEscrowInvalidSessionKey)
	if err := bandwidthEscrow.abi.UnpackIntoInterface(out, "InvalidSessionKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BandwidthEscrowInvalidShortString represents a InvalidShortString error raised by the BandwidthEscrow contract.
type BandwidthEscrowInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func BandwidthEscrowInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (bandwidthEscrow *BandwidthEscrow) UnpackInvalidShortStringError(raw []byte) (*BandwidthEscrowInvalidShortString, error) {
	out := new(BandwidthEscrowInvalidShortString)
	if err := bandwidthEscrow.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BandwidthEscrowInvalidUnlockDelay represents a InvalidUnlockDelay error raised by the BandwidthEscrow contract.
type BandwidthEscrowInvalidUnlockDelay struct {
	Delay uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidUnlockDelay(uint64 delay)
func BandwidthEscrowInvalidUnlockDelayErrorID() common.Hash {
	return common.HexToHash("0x7dd7931e1c3efdacf6ff51b95d9562439e96e01a22dc741246fa468a41c4fa32")
}

// UnpackInvalidUnlockDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidUnlockDelay(uint64 delay)
func (bandwidthEscrow *BandwidthEscrow) UnpackInvalidUnlockDelayError(raw []byte) (*BandwidthEscrowInvalidUnlockDelay, error) {
	out := new(BandwidthEscrowInvalidUnlockDelay)
	if err := bandwidthEscrow.abi.UnpackIntoInterface(out, "InvalidUnlockDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BandwidthEscrowNoEarnings represents a NoEarnings error raised by the BandwidthEscrow contract.
type BandwidthEscrowNoEarnings struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoEarnings()
func BandwidthEscrowNoEarningsErrorID() common.Hash {
	return common.HexToHash("0x4ee7a8dec9b99f688ef47880ebc1896942ba793a36e86cb203742c5b9b60b4d9")
}

// UnpackNoEarningsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoEarnings()
func (bandwidthEscrow *BandwidthEscrow) UnpackNoEarningsError(raw []byte) (*BandwidthEscrowNoEarnings, error) {
	out := new(BandwidthEscrowNoEarnings)
	if err := bandwidthEscrow.abi.UnpackIntoInterface(out, "NoEarnings", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BandwidthEscrowNoWithdrawalPending represents a NoWithdrawalPending error raised by the BandwidthEscrow contract.
type BandwidthEscrowNoWithdrawalPending struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoWithdrawalPending()
func BandwidthEscrowNoWithdrawalPendingErrorID() common.Hash {
	return common.HexToHash("0x83e89493528a5ac4311772b32298a7b8aaf9a7681541a161203ef9bb79015d4d")
}

// UnpackNoWithdrawalPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoWithdrawalPending()
func (bandwidthEscrow *BandwidthEscrow) UnpackNoWithdrawalPendingError(raw []byte) (*BandwidthEscrowNoWithdrawalPending, error) {
	out := new(BandwidthEscrowNoWithdrawalPending)
	if err := bandwidthEscrow.abi.UnpackIntoInterface(out, "NoWithdrawalPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BandwidthEscrowNothingToWithdraw represents a NothingToWithdraw error raised by the BandwidthEscrow contract.
type BandwidthEscrowNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func BandwidthEscrowNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (bandwidthEscrow *BandwidthEscrow) UnpackNothingToWithdrawError(raw []byte) (*BandwidthEscrowNothingToWithdraw, error) {
	out := new(BandwidthEscrowNothingToWithdraw)
	if err := bandwidthEscrow.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BandwidthEscrowReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the BandwidthEscrow contract.
type BandwidthEscrowReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func BandwidthEscrowReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (bandwidthEscrow *BandwidthEscrow) UnpackReentrancyGuardReentrantCallError(raw []byte) (*BandwidthEscrowReentrancyGuardReentrantCall, error) {
	out := new(BandwidthEscrowReentrancyGuardReentrantCall)
	if err := bandwidthEscrow.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BandwidthEscrowStringTooLong represents a StringTooLong error raised by the BandwidthEscrow contract.
type BandwidthEscrowStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func BandwidthEscrowStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (bandwidthEscrow *BandwidthEscrow) UnpackStringTooLongError(raw []byte) (*BandwidthEscrowStringTooLong, error) {
	out := new(BandwidthEscrowStringTooLong)
	if err := bandwidthEscrow.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BandwidthEscrowWithdrawalLocked represents a WithdrawalLocked error raised by the BandwidthEscrow contract.
type BandwidthEscrowWithdrawalLocked struct {
	UnlockAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawalLocked(uint64 unlockAt)
func BandwidthEscrowWithdrawalLockedErrorID() common.Hash {
	return common.HexToHash("0xaaf940113ec32bd58552620a4b6758f6d6011de4d8175fbe7086e0d755753273")
}

// UnpackWithdrawalLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawalLocked(uint64 unlockAt)
func (bandwidthEscrow *BandwidthEscrow) UnpackWithdrawalLockedError(raw []byte) (*BandwidthEscrowWithdrawalLocked, error) {
	out := new(BandwidthEscrowWithdrawalLocked)
	if err := bandwidthEscrow.abi.UnpackIntoInterface(out, "WithdrawalLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BandwidthEscrowZeroAddress represents a ZeroAddress error raised by the BandwidthEscrow contract.
type BandwidthEscrowZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func BandwidthEscrowZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (bandwidthEscrow *BandwidthEscrow) UnpackZeroAddressError(raw []byte) (*BandwidthEscrowZeroAddress, error) {
	out := new(BandwidthEscrowZeroAddress)
	if err := bandwidthEscrow.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BandwidthEscrowZeroAmount represents a ZeroAmount error raised by the BandwidthEscrow contract.
type BandwidthEscrowZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func BandwidthEscrowZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (bandwidthEscrow *BandwidthEscrow) UnpackZeroAmountError(raw []byte) (*BandwidthEscrowZeroAmount, error) {
	out := new(BandwidthEscrowZeroAmount)
	if err := bandwidthEscrow.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
