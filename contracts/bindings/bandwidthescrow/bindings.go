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
	R      [32]byte
	Vs     [32]byte
}

// BandwidthEscrowMetaData contains all meta data concerning the BandwidthEscrow contract.
var BandwidthEscrowMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"unlockDelay_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BalanceOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ExceedsBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"delay\",\"type\":\"uint64\"}],\"name\":\"InvalidUnlockDelay\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoEarnings\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoWithdrawalPending\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"name\":\"WithdrawalLocked\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"viewer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"seeder\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"EarningsWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"viewer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"seeder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumBandwidthEscrow.SkipReason\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"RedeemSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"viewer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"seeder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"payment\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paidTotal\",\"type\":\"uint256\"}],\"name\":\"Redeemed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"viewer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"SessionRecorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"viewer\",\"type\":\"address\"}],\"name\":\"WithdrawCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"viewer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"name\":\"WithdrawRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"viewer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_UNLOCK_DELAY\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RECEIPT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SESSION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"viewer\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelWithdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"viewer\",\"type\":\"address\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"seeder\",\"type\":\"address\"}],\"name\":\"earnings\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"viewer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"seeder\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"byteCount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"hashReceipt\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"viewer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"hashSession\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"viewer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"seeder\",\"type\":\"address\"}],\"name\":\"paid\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"seeder\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"viewer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"internalType\":\"structBandwidthEscrow.Grant[]\",\"name\":\"grants\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"viewer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"byteCount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"grant\",\"type\":\"uint32\"}],\"internalType\":\"structBandwidthEscrow.Entry[]\",\"name\":\"entries\",\"type\":\"tuple[]\"}],\"name\":\"redeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestWithdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"viewer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"session\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"spent_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"viewer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"spent\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unlockDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawEarnings\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"viewer\",\"type\":\"address\"}],\"name\":\"withdrawal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "BandwidthEscrow",
	Bin: "0x610180806040523461019d57602081612062803803809161002082856101a1565b83398101031261019d57516001600160401b03811680820361019d5760405161004a6040826101a1565b60098152602081019068537761726d6761746560b81b8252604051916100716040846101a1565b600183526020830191603160f81b835261008a816101d8565b61012052610097846101d8565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261010060c0826101a1565b5190206080523060c05280158015610190575b61017e575061016052604051611e1e9081610244823960805181611be2015260a05181611c9f015260c05181611bb3015260e05181611c3101526101005181611c57015261012051816107320152610140518161075b0152610160518181816108e501526118790152f35b633eebc98f60e11b5f5260045260245ffd5b506301e133808111610113565b5f80fd5b601f909101601f19168101906001600160401b038211908210176101c457604052565b634e487b7160e01b5f52604160045260245ffd5b601f8151116102035760208151910151602082106101f4571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe610180806040526004361015610013575f80fd5b5f3560e01c9081630519da321461185b575080633ccfd60b146116885780633d4d8d4f146115d35780634d900d951461157f578063543fd3131461154757806370a08231146114fd5780637218484214610a64578063745400c9146108905780637edf9fdf1461082e57806384b0196e1461071a57806384b768241461062157806387b61fdd146105e75780638c03e18b146105c95780638f7b1e7e1461050f57806395850f59146104d55780639613104914610457578063b5139e6e146103be578063d6257b57146102a7578063f340fa011461011f5763f698da25146100f9575f80fd5b3461011b575f60031936011261011b576020610113611ba9565b604051908152f35b5f80fd5b602060031936011261011b576001600160a01b0361013b61189d565b610143611a9d565b16801561027f57341561025757805f52600260205260405f20906fffffffffffffffffffffffffffffffff8254169161017c3484611a90565b926fffffffffffffffffffffffffffffffff841161022857506fffffffffffffffffffffffffffffffff808416167fffffffffffffffffffffffffffffffff000000000000000000000000000000008254161790556040519134835260208301527ff5681f9d0db1b911ac18ee83d515a1cf1051853a9eae418316a2fdf7dea427c560403393a35f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b7fcdda2e21000000000000000000000000000000000000000000000000000000005f526004523460245260445ffd5b7f1f2a2005000000000000000000000000000000000000000000000000000000005f5260045ffd5b7fd92e233d000000000000000000000000000000000000000000000000000000005f5260045ffd5b3461011b57608060031936011261011b576102c061189d565b6102c86118b3565b906064359167ffffffffffffffff8316830361011b57604080517fb888ce859ef54f453d05209b1468326c3a4198bb7e4d0865e33d5dfe198b9b7b60208281019182526001600160a01b0395861693830193909352939092166060830152604435608083015267ffffffffffffffff90931660a0820152604291906103788160c081015b037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0810183528261193d565b519020610383611ba9565b90604051917f190100000000000000000000000000000000000000000000000000000000000083526002830152602282015220604051908152f35b3461011b57604060031936011261011b576103d761189d565b6001600160a01b036103e76118b3565b91165f5260036020526001600160a01b0360405f2091165f52602052606061041160405f20611a14565b6bffffffffffffffffffffffff8151169067ffffffffffffffff60406bffffffffffffffffffffffff602084015116920151169060405192835260208301526040820152f35b3461011b57602060031936011261011b576001600160a01b0361047861189d565b165f52600260205260405f2067ffffffffffffffff6fffffffffffffffffffffffffffffffff600183015416915460801c16906104d16040519283928390929167ffffffffffffffff6020916040840195845216910152565b0390f35b3461011b575f60031936011261011b5760206040517f40ec109e1c555b5632ae48f6a4661e2e49c2159b7da8538ea5aded32ecc40a458152f35b3461011b57608060031936011261011b57602061011361052d61189d565b6105356118b3565b906064359160443591610546611ba9565b91926001600160a01b03604295929481604051967f40ec109e1c555b5632ae48f6a4661e2e49c2159b7da8538ea5aded32ecc40a4588521660208701521660408501526060840152608083015260a08220907f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b3461011b575f60031936011261011b5760206040516301e133808152f35b3461011b575f60031936011261011b5760206040517fb888ce859ef54f453d05209b1468326c3a4198bb7e4d0865e33d5dfe198b9b7b8152f35b3461011b575f60031936011261011b57610639611a9d565b335f52600260205260405f2067ffffffffffffffff815460801c16156106f25780547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff16815560010180547fffffffffffffffffffffffffffffffff00000000000000000000000000000000169055337f8b775bb80a5d4addc5ea2601b2378ae89a1bb9010227157ac02aa71498e799c45f80a25f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b7f83e89493000000000000000000000000000000000000000000000000000000005f5260045ffd5b3461011b575f60031936011261011b576107d26107567f0000000000000000000000000000000000000000000000000000000000000000611d91565b61077f7f0000000000000000000000000000000000000000000000000000000000000000611d91565b60206107e060405192610792838561193d565b5f84525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e08701906118fa565b9085820360408701526118fa565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b82811061081757505050500390f35b835185528695509381019392810192600101610808565b3461011b57604060031936011261011b5761084761189d565b6001600160a01b036108576118b3565b91165f5260036020526001600160a01b0360405f2091165f5260205260206bffffffffffffffffffffffff60405f205416604051908152f35b3461011b57602060031936011261011b576004356108ac611a9d565b801561025757335f52600260205260405f206fffffffffffffffffffffffffffffffff815416808311610a34575067ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001667ffffffffffffffff4216019067ffffffffffffffff8211610a075780547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff16608083901b77ffffffffffffffff000000000000000000000000000000001617815560010180547fffffffffffffffffffffffffffffffff00000000000000000000000000000000166fffffffffffffffffffffffffffffffff84161790556040805192835267ffffffffffffffff909116602083015233917fc0441ca12c133d923daae67e5aae94bfe4c5d35e5735c90fc32ca60244f2e5859190a25f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b90507fd8bf65b5000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b3461011b57606060031936011261011b57610a7d61189d565b60a05260243567ffffffffffffffff811161011b57610aa09036906004016118c9565b610160526101205260443567ffffffffffffffff811161011b57610ac89036906004016118c9565b60c052608052610ad6611a9d565b5f6001600160a01b0360a051161561027f57610af0611ba9565b61010052610b11610b03610160516119ab565b60405160e05260e05161193d565b610160805160e05152517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe090610b46906119ab565b0136602060e05101375f905b60c0518210610bb75780602091610b8f575b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d604051908152f35b6001600160a01b0360a051165f526005825260405f20610bb0828254611a90565b9055610b64565b610bc68260c0516080516119c3565b91610bd083611a00565b6001600160a01b0381165f52600460205260405f206020526001600160a01b0360a051165f5260405f209283546101405261014051604086013511156114b2576001600160a01b0382165f52600260205260405f20936fffffffffffffffffffffffffffffffff85541694851561146557610ced610cdc604089013560208a013560a051886101005191926001600160a01b03604295929481604051967f40ec109e1c555b5632ae48f6a4661e2e49c2159b7da8538ea5aded32ecc40a4588521660208701521660408501526060840152608083015260a08220907f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b60808901359060608a013590611cc5565b506004819892981015611282576114165761014051604089013590810397908811610a075781881161140d575b6001600160a01b0386166001600160a01b03821603610dd7575b5081547fffffffffffffffffffffffffffffffff0000000000000000000000000000000016908790036fffffffffffffffffffffffffffffffff1617905561014051808601909155908401945060019390610d90908290611a90565b60405191825260208201527f5cdf07ad0fc222442720b108e3ed4c4640f0fadc2ab2253e66f259a0fea8348060406001600160a01b038060a05116941692a35b0190610b52565b6001600160a01b0386165f52600360205260405f206001600160a01b0382165f5260205260405f2098610e098a611a14565b906bffffffffffffffffffffffff6020830151169a67ffffffffffffffff6040840151169260a05f93013563ffffffff8116810361011b5763ffffffff8116156113ad576101605163ffffffff8216116113585763ffffffff81165f19810111610a0757610e875f1963ffffffff83160161016051610120516119c3565b906001600160a01b038c166001600160a01b03610ea384611a00565b1614801590611331575b6112d5578e9060408301356bffffffffffffffffffffffff8111156112ce576bffffffffffffffffffffffff925b83148015906112af575b611094575b505050505b67ffffffffffffffff8416421161104057516bffffffffffffffffffffffff168c811015610fec57808d038c11610fe2575b8b9c6fffffffffffffffffffffffffffffffff95858e9b9a9998949560019f968e957fffffffffffffffff0000000000000000000000000000000000000000000000008b9a60c01b1690898760601b910117179055610f8c575b505050509394959650985050610d34565b6040805193845267ffffffffffffffff9190911660208401526001600160a01b0391821693909116917f19eb1eed38f10dd3b4ef89bd84c375045123232b3fd5eaa73c94ea48815eef4f9190a3888d8080610f7b565b808d039b50610f21565b5050505050505050935060019250604051828152600760208201527fc73b4b31120be41d3748a0d29603666587107f4af175c0a1d3f02c1328606dc560406001600160a01b038060a05116941692a3610dd0565b5050505050505050935060019250604051828152600660208201527fc73b4b31120be41d3748a0d29603666587107f4af175c0a1d3f02c1328606dc560406001600160a01b038060a05116941692a3610dd0565b929f509294509294508d6110b35f1963ffffffff85160160e051611a7c565b51918215611134575b505060019150036110e15760606110d4919c01611a67565b916001918d808080610eea565b50505050505050935060019250604051828152600560208201527fc73b4b31120be41d3748a0d29603666587107f4af175c0a1d3f02c1328606dc560406001600160a01b038060a05116941692a3610dd0565b611212925060429061114583611a00565b906111c961115560208601611a00565b61034c61116460608801611a67565b604051948593602085019788929367ffffffffffffffff9195946001600160a01b036080948160a08801997fb888ce859ef54f453d05209b1468326c3a4198bb7e4d0865e33d5dfe198b9b7b8952166020880152166040860152606085015216910152565b519020604051907f19010000000000000000000000000000000000000000000000000000000000008252610100516002830152602282015220608060a083013592013590611cc5565b50916004831015611282578b63ffffffff92600194155f14611271576001600160a01b038091925b169116145f146112635761125b5f1960ff855b16938493160160e051611a7c565b528d8f6110bc565b61125b5f1960ff600261124d565b506001600160a01b03805f9261123a565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b508767ffffffffffffffff6112c660608701611a67565b161415610ee5565b8092610edb565b505050505050505050509350600192506040517fc73b4b31120be41d3748a0d29603666587107f4af175c0a1d3f02c1328606dc5604082019184815260036020820152806001600160a01b038060a051169516930390a3610dd0565b506001600160a01b0387166001600160a01b0361135060208501611a00565b161415610ead565b505050505050505050935060019250604051828152600460208201527fc73b4b31120be41d3748a0d29603666587107f4af175c0a1d3f02c1328606dc560406001600160a01b038060a05116941692a3610dd0565b5083610eef5750505050505050509350600192506040517fc73b4b31120be41d3748a0d29603666587107f4af175c0a1d3f02c1328606dc5604082019184815260036020820152806001600160a01b038060a051169516930390a3610dd0565b96508096610d1a565b505050935060019250604051828152600260208201527fc73b4b31120be41d3748a0d29603666587107f4af175c0a1d3f02c1328606dc560406001600160a01b038060a05116941692a3610dd0565b50509350600192506040518281528360208201527fc73b4b31120be41d3748a0d29603666587107f4af175c0a1d3f02c1328606dc560406001600160a01b038060a05116941692a3610dd0565b9350600192506040518281525f60208201527fc73b4b31120be41d3748a0d29603666587107f4af175c0a1d3f02c1328606dc560406001600160a01b038060a05116941692a3610dd0565b3461011b57602060031936011261011b576001600160a01b0361151e61189d565b165f52600260205260206fffffffffffffffffffffffffffffffff60405f205416604051908152f35b3461011b57602060031936011261011b576001600160a01b0361156861189d565b165f526005602052602060405f2054604051908152f35b3461011b57604060031936011261011b5761159861189d565b6001600160a01b036115a86118b3565b91165f5260046020526001600160a01b0360405f2091165f52602052602060405f2054604051908152f35b3461011b57602060031936011261011b576004356001600160a01b0381169081810361011b57611601611a9d565b811561027f57335f52600560205260405f20549081156116605781610b6491602094335f52600586525f60408120556040518381527f0c8584df0a37548f26644c41809e5f908b58e8888dd441691e8a2174ec89f305873392a3611b11565b7f4ee7a8de000000000000000000000000000000000000000000000000000000005f5260045ffd5b3461011b575f60031936011261011b576116a0611a9d565b335f52600260205260405f20805467ffffffffffffffff8160801c1680156106f25780421061183057506fffffffffffffffffffffffffffffffff16600182016fffffffffffffffffffffffffffffffff8154168281105f14611818576fffffffffffffffffffffffffffffffff905b169182156117f057829003926fffffffffffffffffffffffffffffffff8411610a07576fffffffffffffffffffffffffffffffff602094167fffffffffffffffffffffffffffffffff000000000000000000000000000000008254161781557fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff81541690557fffffffffffffffffffffffffffffffff0000000000000000000000000000000081541690556040518181527f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5833392a2610b648133611b11565b7fd0d04f60000000000000000000000000000000000000000000000000000000005f5260045ffd5b506fffffffffffffffffffffffffffffffff82611710565b7faaf94011000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b3461011b575f60031936011261011b5760209067ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b600435906001600160a01b038216820361011b57565b602435906001600160a01b038216820361011b57565b9181601f8401121561011b5782359167ffffffffffffffff831161011b5760208085019460c0850201011161011b57565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602080948051918291828752018686015e5f8582860101520116010190565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff82111761197e57604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b67ffffffffffffffff811161197e5760051b60200190565b91908110156119d35760c0020190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b356001600160a01b038116810361011b5790565b906040516060810181811067ffffffffffffffff82111761197e5760405260408193546bffffffffffffffffffffffff811683526bffffffffffffffffffffffff8160601c16602084015260c01c910152565b3567ffffffffffffffff8116810361011b5790565b80518210156119d35760209160051b010190565b91908201809211610a0757565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c611ae95760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d565b7f3ee5aeb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b814710611b79575f8080936001600160a01b03829483604051611b3560208261193d565b52165af115611b4057565b3d15611b51576040513d5f823e3d90fd5b7fd6bda275000000000000000000000000000000000000000000000000000000005f5260045ffd5b50477fcf479181000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016301480611c9c575b15611c04577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a08152611c9660c08261193d565b51902090565b507f00000000000000000000000000000000000000000000000000000000000000004614611bdb565b90611cfd929160ff601b7f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff851694821c011690611d04565b9192909190565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411611d86579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15611d7b575f516001600160a01b03811615611d7157905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f9160039190565b60ff811690601f8211611dc05760405191611dad60408461193d565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffdfea2646970667358221220732b255f5907d2ba30efe5d152697aec39dacba62059c27c3aa84efb9599245e64736f6c63430008250033",
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
// the contract method with ID 0xd6257b57.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashSession(address viewer, address key, uint256 limit, uint64 expiry) view returns(bytes32)
func (bandwidthEscrow *BandwidthEscrow) PackHashSession(viewer common.Address, key common.Address, limit *big.Int, expiry uint64) []byte {
	enc, err := bandwidthEscrow.abi.Pack("hashSession", viewer, key, limit, expiry)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashSession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6257b57.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashSession(address viewer, address key, uint256 limit, uint64 expiry) view returns(bytes32)
func (bandwidthEscrow *BandwidthEscrow) TryPackHashSession(viewer common.Address, key common.Address, limit *big.Int, expiry uint64) ([]byte, error) {
	return bandwidthEscrow.abi.Pack("hashSession", viewer, key, limit, expiry)
}

// UnpackHashSession is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd6257b57.
//
// Solidity: function hashSession(address viewer, address key, uint256 limit, uint64 expiry) view returns(bytes32)
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
// the contract method with ID 0x72184842.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redeem(address seeder, (address,address,uint256,uint64,bytes32,bytes32)[] grants, (address,uint256,uint256,bytes32,bytes32,uint32)[] entries) returns(uint256 total)
func (bandwidthEscrow *BandwidthEscrow) PackRedeem(seeder common.Address, grants []BandwidthEscrowGrant, entries []BandwidthEscrowEntry) []byte {
	enc, err := bandwidthEscrow.abi.Pack("redeem", seeder, grants, entries)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72184842.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redeem(address seeder, (address,address,uint256,uint64,bytes32,bytes32)[] grants, (address,uint256,uint256,bytes32,bytes32,uint32)[] entries) returns(uint256 total)
func (bandwidthEscrow *BandwidthEscrow) TryPackRedeem(seeder common.Address, grants []BandwidthEscrowGrant, entries []BandwidthEscrowEntry) ([]byte, error) {
	return bandwidthEscrow.abi.Pack("redeem", seeder, grants, entries)
}

// UnpackRedeem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x72184842.
//
// Solidity: function redeem(address seeder, (address,address,uint256,uint64,bytes32,bytes32)[] grants, (address,uint256,uint256,bytes32,bytes32,uint32)[] entries) returns(uint256 total)
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

// PackSession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5139e6e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function session(address viewer, address key) view returns(uint256 spent_, uint256 limit, uint64 expiry)
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
// Solidity: function session(address viewer, address key) view returns(uint256 spent_, uint256 limit, uint64 expiry)
func (bandwidthEscrow *BandwidthEscrow) TryPackSession(viewer common.Address, key common.Address) ([]byte, error) {
	return bandwidthEscrow.abi.Pack("session", viewer, key)
}

// SessionOutput serves as a container for the return parameters of contract
// method Session.
type SessionOutput struct {
	Spent  *big.Int
	Limit  *big.Int
	Expiry uint64
}

// UnpackSession is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb5139e6e.
//
// Solidity: function session(address viewer, address key) view returns(uint256 spent_, uint256 limit, uint64 expiry)
func (bandwidthEscrow *BandwidthEscrow) UnpackSession(data []byte) (SessionOutput, error) {
	out, err := bandwidthEscrow.abi.Unpack("session", data)
	outstruct := new(SessionOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Spent = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Limit = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Expiry = *abi.ConvertType(out[2], new(uint64)).(*uint64)
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
// Solidity: event SessionRecorded(address indexed viewer, address indexed key, uint256 limit, uint64 expiry)
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
