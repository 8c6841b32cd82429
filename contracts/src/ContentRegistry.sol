// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {IERC2981} from "@openzeppelin/contracts/interfaces/IERC2981.sol";
import {IERC1155} from "@openzeppelin/contracts/token/ERC1155/IERC1155.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title Swarmgate content registry
/// @notice Registers encrypted video content, sells access to it and keeps the revenue until its
/// payees withdraw it.
///
/// Each content item is an ERC-721 rights token minted to its creator; the token id is the
/// contentId (sequential from 1). The item stores the plaintext SHA-256 (`contentHash`, unique
/// per creator: {contentIdOf} is keyed by creator and hash, so copying the hashes of a creator's
/// pending registration cannot block that creator's own registration), the BitTorrent info hash of the ciphertext (`infoHash`; a 20-byte v1
/// info hash is stored left-aligned and zero-padded, as Solidity converts bytes20 to bytes32),
/// `keyCommitment = keccak256(contentKey)`, a metadata URI, an access {Policy} and its creator
/// (the account that registered it, {creatorOf}).
///
/// Rights follow the token. Whoever holds it may change the policy; payees recorded as
/// `address(0)` mean "the current owner" and follow the token on transfer, while explicit payee
/// addresses stay until the owner changes the policy; rounding dust of every split goes to the
/// current owner; an item belongs to the subscription channel of its current owner. Access
/// already bought is never affected by a policy change or a transfer. The ERC-2981 royalty on
/// resales of the rights token is the exception: it belongs to the creator. It always goes to
/// the creator, at the rate (`royaltyBps`, at most MAX_ROYALTY_BPS) the creator set; an owner who
/// is not the creator cannot change the rate (a policy update must keep it), so a buyer of the
/// rights token cannot zero the creator's royalty before reselling. The creator, while it still
/// holds the token, may change it.
///
/// Policy updates are either sent by the owner ({updatePolicy}) or signed by it as the EIP-712
/// message `PolicyUpdate(uint256 contentId,Policy policy,uint256 nonce,uint256 deadline)` and
/// relayed by anyone ({updatePolicyWithSig}); the nonces are shared with {registerWithSig}.
///
/// Buyers state the terms they agreed to: {purchase} and {subscribe} revert with {TermsChanged}
/// when the price, currency or duration (period) changed since the buyer read them, so an owner
/// cannot raise a price or cut a rental under a pending purchase.
///
/// Payments are exact: a native-coin price must be sent exactly (no refunds to push), an
/// ERC-20 price is pulled with SafeERC20 (tokens that return no bool work) and no native coin
/// may come with it. Tokens that deliver less than the amount transferred (fee-on-transfer) are
/// refused; rebasing tokens are not supported. Revenue is credited to payees and to the platform
/// fee recipient and paid out only by {withdraw} (pull payments). For each currency, the
/// contract holds exactly what it owes (unless someone forces native coin on it).
contract ContentRegistry is ERC721, IERC2981, Ownable2Step, Pausable, ReentrancyGuardTransient, EIP712, Nonces {
    using SafeERC20 for IERC20;

    /// @notice How access to an item is obtained besides the gate and channel subscriptions.
    /// Free: everyone has access. Buy: `purchase` gives perpetual access at `price`.
    /// Rent: `purchase` gives `duration` seconds of access at `price`. Exclusive: not for sale;
    /// only the owner, gate-token holders and (if allowed) channel subscribers have access.
    enum Model {
        Free,
        Buy,
        Rent,
        Exclusive
    }

    /// @notice The kind of token that gates an item. Holders of at least `gateAmount` of
    /// `gateToken` (of token id `gateId` for ERC-1155) have access while they hold it.
    enum GateKind {
        None,
        ERC20,
        ERC721,
        ERC1155
    }

    /// @notice Why a policy or channel was refused; carried by {InvalidPolicy}.
    enum PolicyFault {
        PriceMissing, // Buy or Rent with a zero price
        SaleTermsNotAllowed, // Free or Exclusive with a price, currency or payees
        DurationInvalid, // Rent without a duration, or a duration on anything else
        CurrencyNotContract, // an ERC-20 currency address without code
        GateInvalid, // gate fields inconsistent with the gate kind
        FreeWithRestrictions, // Free with a gate or the subscribers flag
        RoyaltyTooHigh, // royaltyBps above MAX_ROYALTY_BPS
        TooManyPayees, // more than MAX_PAYEES payees
        PayeeShareZero, // a payee with a zero share
        PayeeSharesSum, // shares not summing to 10,000 basis points
        DuplicatePayee, // the same payee account listed twice
        RoyaltyNotCreator // an owner who is not the creator changed royaltyBps
    }

    /// @notice One recipient of an item's sales revenue. `account == address(0)` means the
    /// current owner of the rights token (it follows the token on transfer).
    struct Payee {
        address account;
        uint16 shareBps;
    }

    /// @notice The access policy of an item. Fields that do not apply must be zero.
    /// @dev The EIP-712 type is
    /// `Policy(uint8 model,uint256 price,address currency,uint64 duration,bool subscribers,uint8 gateKind,address gateToken,uint256 gateId,uint256 gateAmount,uint16 royaltyBps,Payee[] payees)`.
    struct Policy {
        Model model; // Free, Buy, Rent or Exclusive
        uint256 price; // Buy and Rent: the price in `currency` units
        address currency; // address(0) for the native coin, else an ERC-20
        uint64 duration; // Rent: seconds of access per purchase
        bool subscribers; // the owner's channel subscribers have access
        GateKind gateKind; // None, or the kind of gate token
        address gateToken; // the gate token contract
        uint256 gateId; // ERC-1155: the token id
        uint256 gateAmount; // minimum balance (ERC-721: number of tokens, at least 1)
        uint16 royaltyBps; // ERC-2981 royalty on resales of the rights token, paid to the creator
        Payee[] payees; // at most MAX_PAYEES, shares summing to 10,000; empty = all to the owner
    }

    /// @dev The policy as stored (Policy minus payees) together with the item's creator, packed.
    /// Slot 0 holds everything a purchase reads besides the price; the creator shares slot 1 with
    /// `subscribers` (which access checks read), and the gate token, zero for most items, has
    /// slot 2 to itself. The fields need 73 bytes, so three slots is the minimum.
    struct StoredPolicy {
        Model model;
        GateKind gateKind;
        uint16 royaltyBps;
        uint64 duration;
        address currency;
        address creator; // who registered the item: the ERC-2981 royalty receiver; never changes
        bool subscribers;
        address gateToken;
        uint256 price;
        uint256 gateId;
        uint256 gateAmount;
    }

    /// @dev One registered item.
    struct Item {
        bytes32 contentHash;
        bytes32 infoHash;
        bytes32 keyCommitment;
        string metadataURI;
        StoredPolicy policy;
        Payee[] payees;
    }

    /// @dev A creator's subscription channel; price 0 means closed.
    struct Channel {
        uint256 price;
        address currency;
        uint64 period;
    }

    /// @notice Basis points in a whole.
    uint16 public constant BPS = 10_000;
    /// @notice Hard cap on the platform fee: 10%.
    uint16 public constant MAX_FEE_BPS = 1_000;
    /// @notice Hard cap on an item's ERC-2981 royalty: 10%.
    uint16 public constant MAX_ROYALTY_BPS = 1_000;
    /// @notice Maximum number of payees of one item.
    uint256 public constant MAX_PAYEES = 8;
    /// @notice The expiry that means "no expiry" (perpetual or open-ended access).
    uint64 public constant PERPETUAL = type(uint64).max;

    /// @notice EIP-712 type hash of Payee.
    bytes32 public constant PAYEE_TYPEHASH = keccak256("Payee(address account,uint16 shareBps)");
    /// @notice EIP-712 type hash of Policy.
    bytes32 public constant POLICY_TYPEHASH = keccak256(
        "Policy(uint8 model,uint256 price,address currency,uint64 duration,bool subscribers,uint8 gateKind,address gateToken,uint256 gateId,uint256 gateAmount,uint16 royaltyBps,Payee[] payees)Payee(address account,uint16 shareBps)"
    );
    /// @notice EIP-712 type hash of Registration, the message a creator signs for registerWithSig.
    bytes32 public constant REGISTRATION_TYPEHASH = keccak256(
        "Registration(address creator,bytes32 contentHash,bytes32 infoHash,bytes32 keyCommitment,string metadataURI,Policy policy,uint256 nonce,uint256 deadline)Payee(address account,uint16 shareBps)Policy(uint8 model,uint256 price,address currency,uint64 duration,bool subscribers,uint8 gateKind,address gateToken,uint256 gateId,uint256 gateAmount,uint16 royaltyBps,Payee[] payees)"
    );
    /// @notice EIP-712 type hash of PolicyUpdate, the message an owner signs for updatePolicyWithSig.
    bytes32 public constant POLICY_UPDATE_TYPEHASH = keccak256(
        "PolicyUpdate(uint256 contentId,Policy policy,uint256 nonce,uint256 deadline)Payee(address account,uint16 shareBps)Policy(uint8 model,uint256 price,address currency,uint64 duration,bool subscribers,uint8 gateKind,address gateToken,uint256 gateId,uint256 gateAmount,uint16 royaltyBps,Payee[] payees)"
    );

    uint256 private _lastId;
    address private _feeRecipient;
    uint16 private _feeBps;
    mapping(uint256 contentId => Item) private _items;
    mapping(address creator => mapping(bytes32 contentHash => uint256 contentId)) private _idByHash;
    mapping(uint256 contentId => mapping(address account => uint64 expiry)) private _purchased;
    mapping(address creator => Channel) private _channels;
    mapping(address creator => mapping(address subscriber => uint64 expiry)) private _subscribed;
    mapping(address payee => mapping(address currency => uint256 amount)) private _owed;

    /// @notice A content item was registered and its rights token minted to `creator`.
    event ContentRegistered(
        uint256 indexed contentId,
        address indexed creator,
        bytes32 indexed contentHash,
        bytes32 infoHash,
        bytes32 keyCommitment,
        string metadataURI,
        Policy policy
    );
    /// @notice The owner replaced an item's policy.
    event PolicyUpdated(uint256 indexed contentId, Policy policy);
    /// @notice `buyer` paid `amount` of `currency` for access of `recipient`, now valid until `expiry`.
    event Purchased(
        uint256 indexed contentId,
        address indexed buyer,
        address indexed recipient,
        uint64 expiry,
        uint256 amount,
        address currency
    );
    /// @notice `creator` opened, changed (price > 0) or closed (price 0) its channel.
    event ChannelUpdated(address indexed creator, uint256 price, address currency, uint64 period);
    /// @notice `subscriber` paid `amount` of `currency` for `periods` periods of `creator`'s channel,
    /// now valid until `expiry`.
    event Subscribed(
        address indexed creator, address indexed subscriber, uint32 periods, uint64 expiry, uint256 amount, address currency
    );
    /// @notice `amount` of `currency` was credited to `payee` (a sale, a subscription or the fee).
    event Credited(address indexed payee, address indexed currency, uint256 amount);
    /// @notice `payee` withdrew `amount` of `currency`.
    event Withdrawn(address indexed payee, address indexed currency, uint256 amount);
    /// @notice The platform fee changed.
    event FeeUpdated(address indexed recipient, uint16 feeBps);
    /// @notice `creator` invalidated its registration and policy-update signatures signed with `nonce`.
    event NonceInvalidated(address indexed creator, uint256 nonce);

    /// @notice No item has this contentId.
    error UnknownContent(uint256 contentId);
    /// @notice The same creator already registered this content hash, as `contentId`.
    error ContentAlreadyRegistered(bytes32 contentHash, uint256 contentId);
    /// @notice contentHash, infoHash and keyCommitment must all be non-zero.
    error ZeroHash();
    /// @notice Only the owner of the rights token may do this.
    error NotContentOwner(uint256 contentId, address caller);
    /// @notice The policy (or channel) is inconsistent; `fault` says why.
    error InvalidPolicy(PolicyFault fault);
    /// @notice The signed registration's or policy update's deadline has passed.
    error SignatureExpired(uint256 deadline);
    /// @notice The signature is not `signer`'s signature of this message with its current nonce.
    error InvalidSignature(address signer);
    /// @notice The item's (or channel's) terms are not the ones the buyer agreed to: price,
    /// currency and duration (rent; 0 for buy) or period (channel), expected and current.
    error TermsChanged(
        uint256 expectedPrice,
        address expectedCurrency,
        uint64 expectedDuration,
        uint256 price,
        address currency,
        uint64 duration
    );
    /// @notice The item cannot be purchased (Free or Exclusive).
    error NotForSale(uint256 contentId);
    /// @notice The native coin sent is not exactly the price (ERC-20 prices expect 0).
    error WrongPayment(uint256 expected, uint256 sent);
    /// @notice The ERC-20 delivered a different amount than was transferred (fee-on-transfer).
    error TokenAmountMismatch(address token, uint256 expected, uint256 received);
    /// @notice The recipient already has perpetual access.
    error AlreadyPerpetual(uint256 contentId, address recipient);
    /// @notice The resulting expiry does not fit in a uint64.
    error ExpiryOverflow();
    /// @notice price times periods does not fit in a uint256.
    error AmountOverflow();
    /// @notice The recipient is the zero address.
    error ZeroRecipient();
    /// @notice The creator has no open channel.
    error ChannelClosed(address creator);
    /// @notice A subscription needs at least one period.
    error ZeroPeriods();
    /// @notice Nothing of this currency is owed to the payee.
    error NothingToWithdraw(address payee, address currency);
    /// @notice Sending the native coin to the payee failed.
    error NativeTransferFailed(address to, uint256 amount);
    /// @notice The platform fee exceeds MAX_FEE_BPS.
    error FeeTooHigh(uint16 feeBps, uint16 maxBps);
    /// @notice The fee recipient is the zero address.
    error ZeroFeeRecipient();

    /// @param admin the platform administrator (Ownable2Step owner)
    /// @param feeRecipient who is credited the platform fee
    /// @param feeBps the platform fee in basis points, at most MAX_FEE_BPS
    constructor(address admin, address feeRecipient, uint16 feeBps)
        ERC721("Swarmgate Content", "SWGC")
        Ownable(admin)
        EIP712("Swarmgate", "1")
    {
        _setFee(feeRecipient, feeBps);
    }

    // ---------------------------------------------------------------- registration

    /// @notice Registers a content item owned by the caller and mints its rights token to the caller.
    /// @param contentHash SHA-256 of the plaintext; unique per creator
    /// @param infoHash BitTorrent info hash of the ciphertext (v1: left-aligned, zero-padded)
    /// @param keyCommitment keccak256 of the 32-byte content key
    /// @param metadataURI where the item's metadata lives; also the rights token's tokenURI
    /// @param policy the access policy
    /// @return contentId the new item's id (the rights token id)
    function register(
        bytes32 contentHash,
        bytes32 infoHash,
        bytes32 keyCommitment,
        string calldata metadataURI,
        Policy calldata policy
    ) external whenNotPaused returns (uint256 contentId) {
        return _register(msg.sender, contentHash, infoHash, keyCommitment, metadataURI, policy);
    }

    /// @notice Registers a content item on behalf of `creator`, who signed the EIP-712
    /// Registration message (domain "Swarmgate", version "1", this chain, this contract) with its
    /// current nonce. Anyone may relay it; the rights token is minted to `creator`. Smart-contract
    /// creators sign through ERC-1271.
    /// @param contentHash SHA-256 of the plaintext; unique per creator
    /// @param infoHash BitTorrent info hash of the ciphertext
    /// @param keyCommitment keccak256 of the 32-byte content key
    /// @param metadataURI where the item's metadata lives
    /// @param policy the access policy
    /// @param creator the signer, who will own the item
    /// @param deadline last block timestamp at which the signature is valid
    /// @param signature the creator's signature (65 bytes r, s, v for an EOA)
    /// @return contentId the new item's id
    function registerWithSig(
        bytes32 contentHash,
        bytes32 infoHash,
        bytes32 keyCommitment,
        string calldata metadataURI,
        Policy calldata policy,
        address creator,
        uint256 deadline,
        bytes calldata signature
    ) external whenNotPaused returns (uint256 contentId) {
        if (block.timestamp > deadline) revert SignatureExpired(deadline);
        bytes32 structHash = keccak256(
            abi.encode(
                REGISTRATION_TYPEHASH,
                creator,
                contentHash,
                infoHash,
                keyCommitment,
                keccak256(bytes(metadataURI)),
                _hashPolicy(policy),
                _useNonce(creator),
                deadline
            )
        );
        if (!SignatureChecker.isValidSignatureNowCalldata(creator, _hashTypedDataV4(structHash), signature)) {
            revert InvalidSignature(creator);
        }
        return _register(creator, contentHash, infoHash, keyCommitment, metadataURI, policy);
    }

    /// @notice Invalidates every registration and policy update the caller signed with its current nonce.
    /// @return nonce the nonce that was invalidated
    function invalidateNonce() external returns (uint256 nonce) {
        nonce = _useNonce(msg.sender);
        emit NonceInvalidated(msg.sender, nonce);
    }

    /// @notice Replaces the policy of an item. Only the rights token's owner may. Access already
    /// bought (and its expiry) is not affected. An owner who is not the item's creator must keep
    /// `royaltyBps` as it is (InvalidPolicy(RoyaltyNotCreator) otherwise): the royalty is the
    /// creator's.
    /// @param contentId the item
    /// @param policy the new policy
    function updatePolicy(uint256 contentId, Policy calldata policy) external {
        address owner = _requireContent(contentId);
        if (msg.sender != owner) revert NotContentOwner(contentId, msg.sender);
        _updatePolicy(contentId, owner, policy);
    }

    /// @notice Replaces the policy of an item on behalf of its current owner, who signed the
    /// EIP-712 PolicyUpdate message (domain "Swarmgate", version "1", this chain, this contract)
    /// with its current nonce (the nonce registerWithSig uses too). Anyone may relay it. Smart-
    /// contract owners sign through ERC-1271. The rules of {updatePolicy} apply; a signature made
    /// by a previous owner is refused (InvalidSignature) once the token moved.
    /// @param contentId the item
    /// @param policy the new policy
    /// @param deadline last block timestamp at which the signature is valid
    /// @param signature the owner's signature (65 bytes r, s, v for an EOA)
    function updatePolicyWithSig(uint256 contentId, Policy calldata policy, uint256 deadline, bytes calldata signature)
        external
    {
        if (block.timestamp > deadline) revert SignatureExpired(deadline);
        address owner = _requireContent(contentId);
        bytes32 structHash = keccak256(
            abi.encode(POLICY_UPDATE_TYPEHASH, contentId, _hashPolicy(policy), _useNonce(owner), deadline)
        );
        if (!SignatureChecker.isValidSignatureNowCalldata(owner, _hashTypedDataV4(structHash), signature)) {
            revert InvalidSignature(owner);
        }
        _updatePolicy(contentId, owner, policy);
    }

    // ---------------------------------------------------------------- sales

    /// @notice Buys access to an item for `recipient` (gifts work) at the terms the buyer agreed
    /// to: perpetual for Buy, `duration` more seconds from max(now, current expiry) for Rent.
    /// Reverts with TermsChanged, moving nothing, unless the policy's price, currency and duration
    /// are exactly the ones given (the owner may have changed them since the buyer read them).
    /// Native-coin prices must be sent exactly; ERC-20 prices are pulled from the caller (approve
    /// exactly the price) and no native coin may be sent.
    /// @param contentId the item
    /// @param recipient who receives the access
    /// @param price the price the buyer agreed to pay
    /// @param currency the currency of that price (address(0): the native coin)
    /// @param duration the seconds of access per purchase the buyer agreed to (Rent); 0 for Buy
    /// @return expiry the recipient's new access expiry (PERPETUAL for Buy)
    function purchase(uint256 contentId, address recipient, uint256 price, address currency, uint64 duration)
        external
        payable
        nonReentrant
        whenNotPaused
        returns (uint64 expiry)
    {
        if (recipient == address(0)) revert ZeroRecipient();
        address owner = _requireContent(contentId);
        Item storage item = _items[contentId];
        StoredPolicy storage p = item.policy;
        Model model = p.model;
        if (model != Model.Buy && model != Model.Rent) revert NotForSale(contentId);
        if (p.price != price || p.currency != currency || p.duration != duration) {
            revert TermsChanged(price, currency, duration, p.price, p.currency, p.duration);
        }
        uint64 current = _purchased[contentId][recipient];
        if (current == PERPETUAL) revert AlreadyPerpetual(contentId, recipient);
        if (model == Model.Buy) {
            expiry = PERPETUAL;
        } else {
            expiry = _extend(current, duration);
        }
        _checkNative(currency, price);

        _purchased[contentId][recipient] = expiry;
        uint256 net = _creditFee(currency, price);
        uint256 rest = net;
        Payee[] storage payees = item.payees;
        uint256 n = payees.length;
        for (uint256 i = 0; i < n; ++i) {
            Payee storage payee = payees[i];
            uint256 share = net * payee.shareBps / BPS;
            if (share != 0) {
                address to = payee.account == address(0) ? owner : payee.account;
                _credit(to, currency, share);
                rest -= share;
            }
        }
        if (rest != 0) _credit(owner, currency, rest);
        emit Purchased(contentId, msg.sender, recipient, expiry, price, currency);

        _pullToken(currency, price);
    }

    /// @notice Opens, changes or closes the caller's subscription channel. Existing
    /// subscriptions keep their expiry.
    /// @param price price of one period (0 closes the channel; currency and period must then be 0)
    /// @param currency address(0) for the native coin, else an ERC-20
    /// @param period length of one period in seconds
    function setChannel(uint256 price, address currency, uint64 period) external {
        if (price == 0) {
            if (currency != address(0) || period != 0) revert InvalidPolicy(PolicyFault.SaleTermsNotAllowed);
        } else {
            if (period == 0) revert InvalidPolicy(PolicyFault.DurationInvalid);
            _checkCurrency(currency);
        }
        _channels[msg.sender] = Channel(price, currency, period);
        emit ChannelUpdated(msg.sender, price, currency, period);
    }

    /// @notice Subscribes the caller to `creator`'s channel for `periods` periods, extending
    /// from max(now, current expiry). Every item of the creator whose policy has `subscribers`
    /// set is then accessible. Reverts with TermsChanged unless the channel's price per period,
    /// currency and period are exactly the ones given. Payment rules as for purchase.
    /// @param creator the channel's creator
    /// @param periods number of periods to pay for (at least 1)
    /// @param price the price of one period the subscriber agreed to
    /// @param currency the currency of that price (address(0): the native coin)
    /// @param period the period length in seconds the subscriber agreed to
    /// @return expiry the caller's new subscription expiry
    function subscribe(address creator, uint32 periods, uint256 price, address currency, uint64 period)
        external
        payable
        nonReentrant
        whenNotPaused
        returns (uint64 expiry)
    {
        Channel storage c = _channels[creator];
        if (c.price == 0) revert ChannelClosed(creator);
        if (c.price != price || c.currency != currency || c.period != period) {
            revert TermsChanged(price, currency, period, c.price, c.currency, c.period);
        }
        if (periods == 0) revert ZeroPeriods();
        (bool ok, uint256 amount) = Math.tryMul(price, periods);
        if (!ok) revert AmountOverflow();
        expiry = _extend(_subscribed[creator][msg.sender], uint256(period) * periods);
        _checkNative(currency, amount);

        _subscribed[creator][msg.sender] = expiry;
        uint256 net = _creditFee(currency, amount);
        if (net != 0) _credit(creator, currency, net);
        emit Subscribed(creator, msg.sender, periods, expiry, amount, currency);

        _pullToken(currency, amount);
    }

    /// @notice Pays out everything owed to the caller in `currency`. Works while paused.
    /// @param currency address(0) for the native coin, else the ERC-20
    /// @return amount what was paid out
    function withdraw(address currency) external nonReentrant returns (uint256 amount) {
        amount = _owed[msg.sender][currency];
        if (amount == 0) revert NothingToWithdraw(msg.sender, currency);
        _owed[msg.sender][currency] = 0;
        emit Withdrawn(msg.sender, currency, amount);
        if (currency == address(0)) {
            (bool ok,) = payable(msg.sender).call{value: amount}("");
            if (!ok) revert NativeTransferFailed(msg.sender, amount);
        } else {
            IERC20(currency).safeTransfer(msg.sender, amount);
        }
    }

    // ---------------------------------------------------------------- administration

    /// @notice Sets the platform fee and its recipient. Admin only. Applies to later sales.
    /// @param recipient who is credited the fee (non-zero)
    /// @param feeBps the fee in basis points, at most MAX_FEE_BPS
    function setFee(address recipient, uint16 feeBps) external onlyOwner {
        _setFee(recipient, feeBps);
    }

    /// @notice Stops registrations, purchases and subscriptions. Admin only.
    function pause() external onlyOwner {
        _pause();
    }

    /// @notice Resumes registrations, purchases and subscriptions. Admin only.
    function unpause() external onlyOwner {
        _unpause();
    }

    // ---------------------------------------------------------------- views

    /// @notice An item's registered data and policy.
    /// @param contentId the item
    /// @return contentHash SHA-256 of the plaintext
    /// @return infoHash BitTorrent info hash of the ciphertext
    /// @return keyCommitment keccak256 of the content key
    /// @return metadataURI the metadata URI
    /// @return policy the current policy
    function content(uint256 contentId)
        external
        view
        returns (
            bytes32 contentHash,
            bytes32 infoHash,
            bytes32 keyCommitment,
            string memory metadataURI,
            Policy memory policy
        )
    {
        _requireContent(contentId);
        Item storage item = _items[contentId];
        StoredPolicy storage s = item.policy;
        policy = Policy({
            model: s.model,
            price: s.price,
            currency: s.currency,
            duration: s.duration,
            subscribers: s.subscribers,
            gateKind: s.gateKind,
            gateToken: s.gateToken,
            gateId: s.gateId,
            gateAmount: s.gateAmount,
            royaltyBps: s.royaltyBps,
            payees: item.payees
        });
        return (item.contentHash, item.infoHash, item.keyCommitment, item.metadataURI, policy);
    }

    /// @notice Whether `account` may watch the item now: the owner, anyone for a Free item, a
    /// holder of the gate token, an unexpired purchase, or an unexpired subscription to the
    /// owner's channel when the policy allows subscribers.
    /// @param contentId the item
    /// @param account the viewer
    /// @return whether account has access at this block
    function hasAccess(uint256 contentId, address account) external view returns (bool) {
        return accessExpiry(contentId, account) > block.timestamp;
    }

    /// @notice Until when `account` has access (access holds while block.timestamp < expiry).
    /// PERPETUAL for the owner, Free items, perpetual purchases and gate-token holders (whose
    /// access lasts while they hold the token: recheck it, don't cache it forever); otherwise
    /// the later of the purchase and the channel subscription expiry, which may lie in the past;
    /// 0 if never granted.
    /// @param contentId the item
    /// @param account the viewer
    /// @return the access expiry in unix seconds
    function accessExpiry(uint256 contentId, address account) public view returns (uint64) {
        address owner = _requireContent(contentId);
        StoredPolicy storage p = _items[contentId].policy;
        if (account == owner || p.model == Model.Free) return PERPETUAL;
        uint64 expiry = _purchased[contentId][account];
        if (expiry == PERPETUAL) return PERPETUAL;
        if (p.subscribers) {
            uint64 sub = _subscribed[owner][account];
            if (sub > expiry) expiry = sub;
        }
        if (p.gateKind != GateKind.None && _holdsGate(p, account)) return PERPETUAL;
        return expiry;
    }

    /// @notice The expiry of what was purchased for `account` (0 if nothing, PERPETUAL for Buy).
    /// @param contentId the item
    /// @param account the recipient
    /// @return the purchase expiry
    function purchasedUntil(uint256 contentId, address account) external view returns (uint64) {
        return _purchased[contentId][account];
    }

    /// @notice The expiry of `subscriber`'s subscription to `creator`'s channel (0 if none).
    /// @param creator the channel
    /// @param subscriber the subscriber
    /// @return the subscription expiry
    function subscribedUntil(address creator, address subscriber) external view returns (uint64) {
        return _subscribed[creator][subscriber];
    }

    /// @notice A creator's channel terms (price 0: closed).
    /// @param creator the channel
    /// @return price price of one period
    /// @return currency address(0) for the native coin, else the ERC-20
    /// @return period length of one period in seconds
    function channel(address creator) external view returns (uint256 price, address currency, uint64 period) {
        Channel storage c = _channels[creator];
        return (c.price, c.currency, c.period);
    }

    /// @notice What the registry owes `payee` in `currency`, withdrawable now.
    /// @param payee the payee
    /// @param currency address(0) for the native coin, else the ERC-20
    /// @return the amount owed
    function owed(address payee, address currency) external view returns (uint256) {
        return _owed[payee][currency];
    }

    /// @notice The contentId `creator` registered for `contentHash`, 0 if none. Content hashes
    /// are unique per creator, not across the registry: other creators may have registered the
    /// same hash (a copy of a pending registration cannot take the creator's own).
    /// @param creator the account that registered the item (see {creatorOf})
    /// @param contentHash SHA-256 of the plaintext
    /// @return the contentId
    function contentIdOf(address creator, bytes32 contentHash) external view returns (uint256) {
        return _idByHash[creator][contentHash];
    }

    /// @notice The number of items registered; contentIds run from 1 to this.
    /// @return the number of items
    function totalContent() external view returns (uint256) {
        return _lastId;
    }

    /// @notice The platform fee.
    /// @return recipient who is credited the fee
    /// @return feeBps the fee in basis points
    function fee() external view returns (address recipient, uint16 feeBps) {
        return (_feeRecipient, _feeBps);
    }

    /// @notice The rights token's metadata URI: the item's metadata URI.
    /// @param tokenId the contentId
    /// @return the metadata URI
    function tokenURI(uint256 tokenId) public view override returns (string memory) {
        _requireContent(tokenId);
        return _items[tokenId].metadataURI;
    }

    /// @notice ERC-2981: the royalty on a resale of the rights token goes to the item's creator
    /// (see {creatorOf}), not to its current owner (the seller), at the rate in the item's policy
    /// (`royaltyBps`, at most MAX_ROYALTY_BPS), which only the creator can change.
    /// @param tokenId the contentId
    /// @param salePrice the sale price
    /// @return receiver the item's creator
    /// @return royaltyAmount salePrice times royaltyBps / 10,000
    function royaltyInfo(uint256 tokenId, uint256 salePrice)
        external
        view
        returns (address receiver, uint256 royaltyAmount)
    {
        StoredPolicy storage p = _items[tokenId].policy;
        receiver = p.creator;
        if (receiver == address(0)) revert UnknownContent(tokenId);
        royaltyAmount = Math.mulDiv(salePrice, p.royaltyBps, BPS);
    }

    /// @notice The item's creator: the account that registered it (`creator` in
    /// {ContentRegistered}), to which the rights token was minted. It never changes, whoever owns
    /// the token now, and receives the ERC-2981 royalty.
    /// @param contentId the item
    /// @return the creator
    function creatorOf(uint256 contentId) external view returns (address) {
        address creator = _items[contentId].policy.creator;
        if (creator == address(0)) revert UnknownContent(contentId);
        return creator;
    }

    /// @notice ERC-165: ERC-721, ERC-721 metadata, ERC-2981 and ERC-165.
    /// @param interfaceId the interface id
    /// @return whether the interface is supported
    function supportsInterface(bytes4 interfaceId) public view override(ERC721, IERC165) returns (bool) {
        return interfaceId == type(IERC2981).interfaceId || super.supportsInterface(interfaceId);
    }

    // ---------------------------------------------------------------- internals

    function _register(
        address creator,
        bytes32 contentHash,
        bytes32 infoHash,
        bytes32 keyCommitment,
        string calldata metadataURI,
        Policy calldata policy
    ) private returns (uint256 contentId) {
        if (contentHash == 0 || infoHash == 0 || keyCommitment == 0) revert ZeroHash();
        uint256 existing = _idByHash[creator][contentHash];
        if (existing != 0) revert ContentAlreadyRegistered(contentHash, existing);
        _validatePolicy(policy);
        contentId = ++_lastId;
        _idByHash[creator][contentHash] = contentId;
        Item storage item = _items[contentId];
        item.contentHash = contentHash;
        item.infoHash = infoHash;
        item.keyCommitment = keyCommitment;
        item.metadataURI = metadataURI;
        _storePolicy(item, policy, creator);
        _mint(creator, contentId);
        emit ContentRegistered(contentId, creator, contentHash, infoHash, keyCommitment, metadataURI, policy);
    }

    /// @dev Validates and stores a new policy for `contentId`, owned by `owner`.
    function _updatePolicy(uint256 contentId, address owner, Policy calldata policy) private {
        Item storage item = _items[contentId];
        address creator = item.policy.creator;
        if (owner != creator && policy.royaltyBps != item.policy.royaltyBps) {
            revert InvalidPolicy(PolicyFault.RoyaltyNotCreator);
        }
        _validatePolicy(policy);
        _storePolicy(item, policy, creator);
        emit PolicyUpdated(contentId, policy);
    }

    function _validatePolicy(Policy calldata p) private view {
        if (p.royaltyBps > MAX_ROYALTY_BPS) revert InvalidPolicy(PolicyFault.RoyaltyTooHigh);
        bool forSale = p.model == Model.Buy || p.model == Model.Rent;
        if (forSale) {
            if (p.price == 0) revert InvalidPolicy(PolicyFault.PriceMissing);
            _checkCurrency(p.currency);
        } else if (p.price != 0 || p.currency != address(0) || p.payees.length != 0) {
            revert InvalidPolicy(PolicyFault.SaleTermsNotAllowed);
        }
        if ((p.model == Model.Rent) != (p.duration != 0)) revert InvalidPolicy(PolicyFault.DurationInvalid);
        if (p.model == Model.Free && (p.subscribers || p.gateKind != GateKind.None)) {
            revert InvalidPolicy(PolicyFault.FreeWithRestrictions);
        }
        if (p.gateKind == GateKind.None) {
            if (p.gateToken != address(0) || p.gateId != 0 || p.gateAmount != 0) {
                revert InvalidPolicy(PolicyFault.GateInvalid);
            }
        } else if (
            p.gateToken.code.length == 0 || p.gateAmount == 0 || (p.gateKind != GateKind.ERC1155 && p.gateId != 0)
        ) {
            revert InvalidPolicy(PolicyFault.GateInvalid);
        }
        uint256 n = p.payees.length;
        if (n > MAX_PAYEES) revert InvalidPolicy(PolicyFault.TooManyPayees);
        if (n == 0) return;
        uint256 sum;
        for (uint256 i = 0; i < n; ++i) {
            uint256 share = p.payees[i].shareBps;
            if (share == 0) revert InvalidPolicy(PolicyFault.PayeeShareZero);
            sum += share;
            address account = p.payees[i].account;
            for (uint256 j = 0; j < i; ++j) {
                if (p.payees[j].account == account) revert InvalidPolicy(PolicyFault.DuplicatePayee);
            }
        }
        if (sum != BPS) revert InvalidPolicy(PolicyFault.PayeeSharesSum);
    }

    function _checkCurrency(address currency) private view {
        if (currency != address(0) && currency.code.length == 0) {
            revert InvalidPolicy(PolicyFault.CurrencyNotContract);
        }
    }

    /// @dev Stores the policy and the creator (unchanged on a policy update: pass the stored one).
    function _storePolicy(Item storage item, Policy calldata p, address creator) private {
        item.policy = StoredPolicy({
            model: p.model,
            gateKind: p.gateKind,
            royaltyBps: p.royaltyBps,
            duration: p.duration,
            currency: p.currency,
            creator: creator,
            subscribers: p.subscribers,
            gateToken: p.gateToken,
            price: p.price,
            gateId: p.gateId,
            gateAmount: p.gateAmount
        });
        Payee[] storage payees = item.payees;
        uint256 old = payees.length;
        uint256 n = p.payees.length;
        for (uint256 i = 0; i < n; ++i) {
            if (i < old) {
                payees[i] = p.payees[i];
            } else {
                payees.push(p.payees[i]);
            }
        }
        for (uint256 i = n; i < old; ++i) {
            payees.pop();
        }
    }

    function _hashPolicy(Policy calldata p) private pure returns (bytes32) {
        uint256 n = p.payees.length;
        bytes32[] memory hashes = new bytes32[](n);
        for (uint256 i = 0; i < n; ++i) {
            hashes[i] = keccak256(abi.encode(PAYEE_TYPEHASH, p.payees[i].account, p.payees[i].shareBps));
        }
        return keccak256(
            abi.encode(
                POLICY_TYPEHASH,
                p.model,
                p.price,
                p.currency,
                p.duration,
                p.subscribers,
                p.gateKind,
                p.gateToken,
                p.gateId,
                p.gateAmount,
                p.royaltyBps,
                keccak256(abi.encodePacked(hashes))
            )
        );
    }

    /// @dev Returns the owner of contentId, reverting with UnknownContent if there is none.
    function _requireContent(uint256 contentId) private view returns (address owner) {
        owner = _ownerOf(contentId);
        if (owner == address(0)) revert UnknownContent(contentId);
    }

    /// @dev max(now, current) + seconds, as an expiry below PERPETUAL.
    function _extend(uint64 current, uint256 secs) private view returns (uint64) {
        uint256 start = current > block.timestamp ? current : block.timestamp;
        uint256 expiry = start + secs;
        if (expiry >= PERPETUAL) revert ExpiryOverflow();
        return uint64(expiry);
    }

    function _holdsGate(StoredPolicy storage p, address account) private view returns (bool) {
        bytes memory data = p.gateKind == GateKind.ERC1155
            ? abi.encodeCall(IERC1155.balanceOf, (account, p.gateId))
            : abi.encodeCall(IERC20.balanceOf, (account)); // same selector as ERC-721 balanceOf
        (bool ok, bytes memory ret) = p.gateToken.staticcall(data);
        if (!ok || ret.length < 32) return false;
        return abi.decode(ret, (uint256)) >= p.gateAmount;
    }

    function _checkNative(address currency, uint256 amount) private view {
        uint256 expected = currency == address(0) ? amount : 0;
        if (msg.value != expected) revert WrongPayment(expected, msg.value);
    }

    /// @dev Credits the platform fee on amount and returns what is left for the payees.
    function _creditFee(address currency, uint256 amount) private returns (uint256 net) {
        uint256 f = Math.mulDiv(amount, _feeBps, BPS);
        if (f != 0) _credit(_feeRecipient, currency, f);
        return amount - f;
    }

    function _credit(address payee, address currency, uint256 amount) private {
        _owed[payee][currency] += amount;
        emit Credited(payee, currency, amount);
    }

    /// @dev Pulls an ERC-20 payment from the caller and refuses fee-on-transfer tokens.
    function _pullToken(address currency, uint256 amount) private {
        if (currency == address(0)) return;
        IERC20 token = IERC20(currency);
        uint256 before = token.balanceOf(address(this));
        token.safeTransferFrom(msg.sender, address(this), amount);
        uint256 balance = token.balanceOf(address(this));
        uint256 received = balance > before ? balance - before : 0;
        if (received != amount) revert TokenAmountMismatch(currency, amount, received);
    }

    function _setFee(address recipient, uint16 feeBps) private {
        if (recipient == address(0)) revert ZeroFeeRecipient();
        if (feeBps > MAX_FEE_BPS) revert FeeTooHigh(feeBps, MAX_FEE_BPS);
        _feeRecipient = recipient;
        _feeBps = feeBps;
        emit FeeUpdated(recipient, feeBps);
    }
}
