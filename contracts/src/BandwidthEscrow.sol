// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Address} from "@openzeppelin/contracts/utils/Address.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @title BandwidthEscrow
/// @notice Holds viewers' bandwidth deposits in the native coin and pays seeders for signed,
/// cumulative bandwidth receipts.
///
/// A receipt `Receipt(address viewer,address seeder,uint256 bytes,uint256 amount)` is signed
/// (EIP-712, domain "Swarmgate" / "1" / chain id / this contract) either by the viewer's wallet
/// or by a session key that the wallet authorised with a grant
/// `Session(address viewer,address key,uint256 limit,uint64 expiry,uint64 nonce)`. `amount` is
/// cumulative for the (viewer, seeder) pair, so the escrow keeps one number per pair,
/// `paid[viewer][seeder]`, and pays `amount - paid` capped by the viewer's balance and the grant's
/// remaining limit. What a capped redemption leaves unpaid stays redeemable with the same receipt
/// after a top-up.
///
/// Session grants. The escrow records per (viewer, key) the terms and the nonce of the grant it
/// verified last (see {session}); receipts signed by the key are judged by the recorded terms,
/// whichever grant they were signed under. A batch grant with a higher nonce than the recorded
/// one replaces the terms (what the key spent carries over) as soon as an entry refers to it,
/// even when that entry is then skipped for GrantExpired or LimitExhausted, so a tighter grant
/// takes effect. A batch grant with a lower nonce, or the same nonce with other terms, is
/// skipped (GrantSuperseded): an older grant never replaces a newer one. Terms are compared
/// with limits capped to 2^96-1, the largest limit the escrow records. A grant with expiry 0
/// authorises nothing and is never recorded.
///
/// Revocation. {revokeSession} caps a key at now + `unlockDelay`: receipts the key signed
/// before stay redeemable for the unlock delay (the same time seeders have before a withdrawal),
/// any grant for the key recorded later is capped to the same deadline, and a later revocation
/// never extends it. The escrow cannot tell when a receipt was signed, so until the deadline a
/// stolen key can still spend what its recorded limit leaves; sellers should stop accepting a
/// revoked key's receipts at once (SessionRevoked, {session}).
///
/// Viewers withdraw only after `unlockDelay` seconds, during which seeders can still redeem.
/// Seeders collect their earnings by pull (`withdrawEarnings`).
///
/// There is no owner, admin, pause or upgrade: value leaves the contract only as a viewer's own
/// withdrawal of its own balance, or as a seeder's withdrawal of earnings credited by receipts
/// that the viewer (or its grant's key) signed. The contract's balance always equals the sum of
/// viewer balances plus unwithdrawn earnings (plus any coin forced in by selfdestruct).
contract BandwidthEscrow is EIP712, ReentrancyGuardTransient {
    // ---------------------------------------------------------------------------------------
    // Types
    // ---------------------------------------------------------------------------------------

    /// @notice A session grant and the viewer's EIP-2098 compact signature over it.
    /// @dev A batch carries each grant once; entries refer to it by 1-based index.
    struct Grant {
        address viewer;
        address key;
        uint256 limit;
        uint64 expiry;
        uint64 nonce;
        bytes32 r;
        bytes32 vs;
    }

    /// @notice One receipt to redeem for the batch's seeder, with its compact signature.
    /// @dev `grant` is 0 when the receipt is signed by the viewer's wallet or by a key whose grant
    /// the escrow already recorded (see {session}); otherwise it is the 1-based index of the grant
    /// in the batch that authorises the signing key.
    struct Entry {
        address viewer;
        uint256 byteCount;
        uint256 amount;
        bytes32 r;
        bytes32 vs;
        uint32 grant;
    }

    /// @notice Why an entry of a batch was skipped.
    enum SkipReason {
        /// The receipt's cumulative amount is not above what the pair was already paid.
        NotNewer,
        /// The viewer has no balance left.
        NoBalance,
        /// The receipt signature is malformed: high s (malleable) or unrecoverable.
        InvalidSignature,
        /// The signature recovers to an address that is neither the viewer nor the key of the
        /// referenced (or recorded) grant: wrong chain, contract, seeder or fields, or no grant.
        UnauthorizedSigner,
        /// The entry refers to a grant index that is not in the batch.
        UnknownGrant,
        /// The grant's signature is not the viewer's.
        BadGrantSignature,
        /// The grant expired before this redemption.
        GrantExpired,
        /// The key already spent its grant's whole limit.
        LimitExhausted,
        /// The referenced grant is older than the recorded one (lower nonce) or conflicts with it
        /// (same nonce, other terms).
        GrantSuperseded
    }

    /// @dev Slot 0: the balance redeem touches, and the pending withdrawal's unlock time.
    /// Slot 1: the pending withdrawal's amount.
    struct Account {
        uint128 balance;
        uint64 unlockAt;
        uint128 requested;
    }

    /// @dev Two slots per (viewer, key). Slot 0, all that redeeming under a recorded grant reads:
    /// what the key spent, the recorded grant's limit (capped to 2^96-1) and its expiry, capped to
    /// the revocation deadline (0: no grant recorded). Slot 1, read only when a batch carries a
    /// grant with other terms and written only when recording or revoking changes it: the
    /// recorded grant's nonce, the revocation deadline (0: not revoked), and once revoked the
    /// recorded grant's own expiry (before the cap). For a grant with nonce 0 on a key never
    /// revoked, slot 1 stays zero.
    struct KeyState {
        uint96 spent;
        uint96 limit;
        uint64 expiry;
        uint64 nonce;
        uint64 revokedUntil;
        uint64 grantExpiry;
    }

    // ---------------------------------------------------------------------------------------
    // Constants, immutables and state
    // ---------------------------------------------------------------------------------------

    /// @notice keccak256 of the Receipt type string.
    bytes32 public constant RECEIPT_TYPEHASH =
        keccak256("Receipt(address viewer,address seeder,uint256 bytes,uint256 amount)");

    /// @notice keccak256 of the Session type string.
    bytes32 public constant SESSION_TYPEHASH =
        keccak256("Session(address viewer,address key,uint256 limit,uint64 expiry,uint64 nonce)");

    /// @notice The longest unlock delay the constructor accepts.
    uint64 public constant MAX_UNLOCK_DELAY = 365 days;

    /// @notice Seconds between a withdrawal request and the earliest withdrawal.
    uint64 public immutable unlockDelay;

    mapping(address viewer => Account) private _accounts;
    mapping(address viewer => mapping(address key => KeyState)) private _keys;

    /// @notice What the escrow has paid `seeder` for receipts of `viewer` so far.
    mapping(address viewer => mapping(address seeder => uint256)) public paid;

    /// @notice Earnings credited to `seeder` and not yet withdrawn.
    mapping(address seeder => uint256) public earnings;

    // ---------------------------------------------------------------------------------------
    // Events
    // ---------------------------------------------------------------------------------------

    /// @notice `from` added `amount` to `viewer`'s balance, which is now `balance`.
    event Deposited(address indexed viewer, address indexed from, uint256 amount, uint256 balance);

    /// @notice `viewer` asked to withdraw up to `amount`, possible from `unlockAt` on.
    event WithdrawRequested(address indexed viewer, uint256 amount, uint64 unlockAt);

    /// @notice `viewer` cancelled its pending withdrawal request.
    event WithdrawCancelled(address indexed viewer);

    /// @notice `viewer` withdrew `amount` to itself.
    event Withdrawn(address indexed viewer, uint256 amount);

    /// @notice `seeder` was paid `payment` for a receipt of `viewer`; the pair's cumulative `paid`
    /// is now `paidTotal` (less than the receipt's amount when the balance or the grant capped it).
    event Redeemed(address indexed viewer, address indexed seeder, uint256 payment, uint256 paidTotal);

    /// @notice Entry `index` of a batch for `seeder` was skipped, for `reason`; nothing changed.
    event RedeemSkipped(address indexed viewer, address indexed seeder, uint256 index, SkipReason reason);

    /// @notice The escrow recorded grant `nonce` for `key` of `viewer`: receipts signed by `key` may
    /// be redeemed without carrying the grant, until `expiry` (the grant's, capped to a
    /// revocation deadline), up to `limit` (capped to 2^96-1) in total.
    event SessionRecorded(address indexed viewer, address indexed key, uint256 limit, uint64 expiry, uint64 nonce);

    /// @notice `viewer` revoked `key`: receipts it signed are redeemable until `deadline` at the latest.
    event SessionRevoked(address indexed viewer, address indexed key, uint64 deadline);

    /// @notice `seeder` withdrew `amount` of its earnings to `to`.
    event EarningsWithdrawn(address indexed seeder, address indexed to, uint256 amount);

    // ---------------------------------------------------------------------------------------
    // Errors
    // ---------------------------------------------------------------------------------------

    /// @notice The constructor's unlock delay is 0 or above MAX_UNLOCK_DELAY.
    error InvalidUnlockDelay(uint64 delay);

    /// @notice An address argument is the zero address.
    error ZeroAddress();

    /// @notice An amount argument (or the value sent) is zero.
    error ZeroAmount();

    /// @notice The deposit would take the viewer's balance above 2^128-1 wei.
    error BalanceOverflow(uint256 balance, uint256 amount);

    /// @notice The viewer asked to withdraw more than its balance.
    error ExceedsBalance(uint256 balance, uint256 amount);

    /// @notice The viewer has no pending withdrawal request.
    error NoWithdrawalPending();

    /// @notice The pending withdrawal unlocks at `unlockAt`, later than now.
    error WithdrawalLocked(uint64 unlockAt);

    /// @notice Seeders redeemed the whole balance before the withdrawal: nothing is left to pay.
    error NothingToWithdraw();

    /// @notice The seeder has no earnings to withdraw.
    error NoEarnings();

    /// @notice A viewer cannot revoke the zero address or its own wallet as a session key.
    error InvalidSessionKey(address key);

    // ---------------------------------------------------------------------------------------
    // Construction
    // ---------------------------------------------------------------------------------------

    /// @param unlockDelay_ seconds a viewer waits between requestWithdraw and withdraw (1 s to 365 days).
    constructor(uint64 unlockDelay_) EIP712("Swarmgate", "1") {
        if (unlockDelay_ == 0 || unlockDelay_ > MAX_UNLOCK_DELAY) revert InvalidUnlockDelay(unlockDelay_);
        unlockDelay = unlockDelay_;
    }

    // ---------------------------------------------------------------------------------------
    // Viewers
    // ---------------------------------------------------------------------------------------

    /// @notice Adds the value sent to `viewer`'s balance. Anyone may top up anyone. A deposit
    /// leaves a pending withdrawal request as it is: it neither cancels nor delays it (otherwise
    /// anyone could delay anyone's withdrawal with a tiny deposit), and the request still caps
    /// what the withdrawal pays.
    /// @param viewer the account whose balance grows.
    function deposit(address viewer) external payable nonReentrant {
        if (viewer == address(0)) revert ZeroAddress();
        if (msg.value == 0) revert ZeroAmount();
        Account storage a = _accounts[viewer];
        uint256 balance = uint256(a.balance) + msg.value;
        if (balance > type(uint128).max) revert BalanceOverflow(a.balance, msg.value);
        a.balance = uint128(balance);
        emit Deposited(viewer, msg.sender, msg.value, balance);
    }

    /// @notice Asks to withdraw up to `amount` of the caller's balance after the unlock delay.
    /// A new request replaces a pending one and restarts the delay. Seeders can still redeem
    /// during the delay; the withdrawal pays what is left, at most `amount`.
    /// @param amount the most the withdrawal will pay; at most the current balance.
    function requestWithdraw(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        Account storage a = _accounts[msg.sender];
        if (amount > a.balance) revert ExceedsBalance(a.balance, amount);
        uint64 unlockAt = uint64(block.timestamp) + unlockDelay;
        a.unlockAt = unlockAt;
        a.requested = uint128(amount);
        emit WithdrawRequested(msg.sender, amount, unlockAt);
    }

    /// @notice Cancels the caller's pending withdrawal request.
    function cancelWithdraw() external nonReentrant {
        Account storage a = _accounts[msg.sender];
        if (a.unlockAt == 0) revert NoWithdrawalPending();
        a.unlockAt = 0;
        a.requested = 0;
        emit WithdrawCancelled(msg.sender);
    }

    /// @notice Pays the caller's unlocked withdrawal request: the requested amount, or the balance
    /// if seeders redeemed part of it during the delay. Clears the request.
    /// @return amount what was sent to the caller.
    function withdraw() external nonReentrant returns (uint256 amount) {
        Account storage a = _accounts[msg.sender];
        uint64 unlockAt = a.unlockAt;
        if (unlockAt == 0) revert NoWithdrawalPending();
        if (block.timestamp < unlockAt) revert WithdrawalLocked(unlockAt);
        uint128 balance = a.balance;
        uint128 pay = a.requested < balance ? a.requested : balance;
        if (pay == 0) revert NothingToWithdraw();
        a.balance = balance - pay;
        a.unlockAt = 0;
        a.requested = 0;
        emit Withdrawn(msg.sender, pay);
        Address.sendValue(payable(msg.sender), pay);
        return pay;
    }

    /// @notice Revokes the caller's session key `key` (a lost device): receipts signed by `key`
    /// stay redeemable until now + unlockDelay at the latest, so seeders keep what the key signed
    /// before, and any grant for `key` recorded later is capped to the same deadline. Revoking
    /// again never extends the deadline: the first revocation's stands. A key with no recorded
    /// grant can be revoked too (its grants can then never outlive the deadline).
    /// @param key the session key.
    /// @return deadline the last second at which receipts signed by `key` can be redeemed.
    function revokeSession(address key) external nonReentrant returns (uint64 deadline) {
        if (key == address(0) || key == msg.sender) revert InvalidSessionKey(key);
        KeyState storage ks = _keys[msg.sender][key];
        deadline = ks.revokedUntil;
        if (deadline == 0) {
            deadline = uint64(block.timestamp) + unlockDelay;
            uint64 expiry = ks.expiry;
            ks.revokedUntil = deadline;
            ks.grantExpiry = expiry;
            if (expiry > deadline) ks.expiry = deadline;
        }
        emit SessionRevoked(msg.sender, key, deadline);
    }

    // ---------------------------------------------------------------------------------------
    // Seeders
    // ---------------------------------------------------------------------------------------

    /// @notice Redeems a batch of receipts for `seeder` and credits what they pay to `seeder`'s
    /// earnings. Anyone may call it: a receipt pays only the seeder it names, so a relayer can only
    /// make a seeder be paid earlier (and pays the gas). An invalid entry is skipped with a
    /// RedeemSkipped event and never reverts the batch; the only state a skipped entry can change
    /// is the record of a newer grant it refers to (see the contract's notes on session grants).
    /// Each grant's signature is checked at most once per batch, and not at all when the escrow
    /// already recorded the same terms.
    /// @param seeder the seeder every receipt of the batch names.
    /// @param grants session grants the entries refer to (1-based `Entry.grant`).
    /// @param entries the receipts: the newest one per viewer is enough.
    /// @return total what the batch paid `seeder`.
    function redeem(address seeder, Grant[] calldata grants, Entry[] calldata entries)
        external
        nonReentrant
        returns (uint256 total)
    {
        if (seeder == address(0)) revert ZeroAddress();
        bytes32 separator = _domainSeparatorV4();
        // Per grant: 0 not yet checked, 1 signed by its viewer, 2 not.
        uint256[] memory checked = new uint256[](grants.length);
        uint256 n = entries.length;
        for (uint256 i; i < n; ++i) {
            Entry calldata e = entries[i];
            address viewer = e.viewer;
            uint256 amount = e.amount;

            uint256 paidSlot = _paidSlot(viewer, seeder);
            uint256 before;
            assembly ("memory-safe") {
                before := sload(paidSlot)
            }
            if (amount <= before) {
                emit RedeemSkipped(viewer, seeder, i, SkipReason.NotNewer);
                continue;
            }
            Account storage acct = _accounts[viewer];
            uint256 balance = acct.balance;
            if (balance == 0) {
                emit RedeemSkipped(viewer, seeder, i, SkipReason.NoBalance);
                continue;
            }
            (address signer, ECDSA.RecoverError err,) =
                ECDSA.tryRecover(_receiptDigest(separator, viewer, seeder, e.byteCount, amount), e.r, e.vs);
            if (err != ECDSA.RecoverError.NoError) {
                emit RedeemSkipped(viewer, seeder, i, SkipReason.InvalidSignature);
                continue;
            }
            uint256 pay = amount - before;
            if (pay > balance) pay = balance;

            if (signer != viewer) {
                // A session key: the grant comes from the batch or from the escrow's record.
                KeyState storage ksp = _keys[viewer][signer];
                uint256 packed;
                assembly ("memory-safe") {
                    packed := sload(ksp.slot)
                }
                uint256 spent = uint96(packed);
                uint256 limit = uint96(packed >> 96);
                uint64 expiry = uint64(packed >> 192);
                uint256 gi = e.grant;
                if (gi != 0) {
                    if (gi > grants.length) {
                        emit RedeemSkipped(viewer, seeder, i, SkipReason.UnknownGrant);
                        continue;
                    }
                    Grant calldata g = grants[gi - 1];
                    if (g.viewer != viewer || g.key != signer) {
                        emit RedeemSkipped(viewer, seeder, i, SkipReason.UnauthorizedSigner);
                        continue;
                    }
                    uint256 glimit = g.limit > type(uint96).max ? type(uint96).max : g.limit;
                    if (glimit != limit || g.expiry != expiry) {
                        // Not the recorded terms: a newer grant, the recorded one after a revocation
                        // capped its expiry, or an older or conflicting one.
                        SkipReason reason;
                        (reason, limit, expiry) = _useGrant(ksp, g, glimit, spent, limit, expiry, separator, checked, gi - 1);
                        if (reason != SkipReason.NotNewer) {
                            emit RedeemSkipped(viewer, seeder, i, reason);
                            continue;
                        }
                    }
                } else if (expiry == 0) {
                    emit RedeemSkipped(viewer, seeder, i, SkipReason.UnauthorizedSigner);
                    continue;
                }
                if (block.timestamp > expiry) {
                    emit RedeemSkipped(viewer, seeder, i, SkipReason.GrantExpired);
                    continue;
                }
                if (spent >= limit) {
                    emit RedeemSkipped(viewer, seeder, i, SkipReason.LimitExhausted);
                    continue;
                }
                unchecked {
                    if (pay > limit - spent) pay = limit - spent;
                    // spent + pay <= limit <= 2^96-1.
                    packed = (spent + pay) | (limit << 96) | (uint256(expiry) << 192);
                    assembly ("memory-safe") {
                        sstore(ksp.slot, packed)
                    }
                }
            }

            unchecked {
                // pay <= balance < 2^128; before + pay <= amount; total <= sum of balances.
                acct.balance = uint128(balance - pay);
                uint256 paidTotal = before + pay;
                assembly ("memory-safe") {
                    sstore(paidSlot, paidTotal)
                }
                total += pay;
            }
            emit Redeemed(viewer, seeder, pay, before + pay);
        }
        if (total != 0) earnings[seeder] += total;
    }

    /// @notice Sends all of the caller's earnings to `to`.
    /// @param to where the earnings go.
    /// @return amount what was sent.
    function withdrawEarnings(address payable to) external nonReentrant returns (uint256 amount) {
        if (to == address(0)) revert ZeroAddress();
        amount = earnings[msg.sender];
        if (amount == 0) revert NoEarnings();
        earnings[msg.sender] = 0;
        emit EarningsWithdrawn(msg.sender, to, amount);
        Address.sendValue(to, amount);
    }

    // ---------------------------------------------------------------------------------------
    // Views
    // ---------------------------------------------------------------------------------------

    /// @notice `viewer`'s balance: what receipts can still be paid from.
    /// @param viewer the viewer.
    /// @return the balance in wei.
    function balanceOf(address viewer) external view returns (uint256) {
        return _accounts[viewer].balance;
    }

    /// @notice `viewer`'s pending withdrawal request. A seeder must redeem before `unlockAt`:
    /// from then on the viewer can take up to `amount` out.
    /// @param viewer the viewer.
    /// @return amount the most the withdrawal will pay (0: no request).
    /// @return unlockAt when the withdrawal becomes possible (0: no request).
    function withdrawal(address viewer) external view returns (uint256 amount, uint64 unlockAt) {
        Account storage a = _accounts[viewer];
        return (a.requested, a.unlockAt);
    }

    /// @notice What `key` has spent of `viewer`'s money under session grants.
    /// @param viewer the viewer.
    /// @param key the session key.
    /// @return the amount in wei.
    function spent(address viewer, address key) external view returns (uint256) {
        return _keys[viewer][key].spent;
    }

    /// @notice The escrow's record for `key` of `viewer`: what it spent, the terms and nonce of the
    /// grant recorded for it, and its revocation. Entries signed by `key` may omit a grant; they
    /// are then judged by these terms. A batch grant with a lower nonce, or this nonce and other
    /// terms, is skipped (GrantSuperseded); a higher nonce replaces the terms.
    /// @param viewer the viewer.
    /// @param key the session key.
    /// @return spent_ what the key spent.
    /// @return limit the recorded grant's limit, capped to 2^96-1 (0 with no grant).
    /// @return expiry the recorded grant's expiry, capped to `revokedUntil` (0: no grant recorded).
    /// @return nonce the recorded grant's nonce (0 with no grant).
    /// @return revokedUntil the revocation deadline (0: not revoked).
    function session(address viewer, address key)
        external
        view
        returns (uint256 spent_, uint256 limit, uint64 expiry, uint64 nonce, uint64 revokedUntil)
    {
        KeyState storage ks = _keys[viewer][key];
        return (ks.spent, ks.limit, ks.expiry, ks.nonce, ks.revokedUntil);
    }

    /// @notice The EIP-712 domain separator (name "Swarmgate", version "1", this chain, this contract).
    /// @return the separator.
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    /// @notice The EIP-712 digest a receipt's signer signs.
    /// @param viewer the viewer.
    /// @param seeder the seeder.
    /// @param byteCount cumulative bytes (the `bytes` field).
    /// @param amount cumulative amount owed, in wei.
    /// @return the digest.
    function hashReceipt(address viewer, address seeder, uint256 byteCount, uint256 amount)
        external
        view
        returns (bytes32)
    {
        return _receiptDigest(_domainSeparatorV4(), viewer, seeder, byteCount, amount);
    }

    /// @notice The EIP-712 digest a viewer's wallet signs to grant a session key.
    /// @param viewer the viewer.
    /// @param key the session key.
    /// @param limit the most the key may spend.
    /// @param expiry the last second at which receipts signed by the key can be redeemed.
    /// @param nonce orders the grants of one key: a higher nonce replaces a recorded grant.
    /// @return the digest.
    function hashSession(address viewer, address key, uint256 limit, uint64 expiry, uint64 nonce)
        external
        view
        returns (bytes32)
    {
        return _hashTypedDataV4(keccak256(abi.encode(SESSION_TYPEHASH, viewer, key, limit, expiry, nonce)));
    }

    // ---------------------------------------------------------------------------------------
    // Internals
    // ---------------------------------------------------------------------------------------

    /// @dev The receipt digest, hashed in scratch memory above the free pointer (no allocation,
    /// so a long batch does not grow memory).
    function _receiptDigest(bytes32 separator, address viewer, address seeder, uint256 byteCount, uint256 amount)
        private
        pure
        returns (bytes32 digest)
    {
        bytes32 typehash = RECEIPT_TYPEHASH;
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, typehash)
            mstore(add(p, 0x20), and(viewer, 0xffffffffffffffffffffffffffffffffffffffff))
            mstore(add(p, 0x40), and(seeder, 0xffffffffffffffffffffffffffffffffffffffff))
            mstore(add(p, 0x60), byteCount)
            mstore(add(p, 0x80), amount)
            let structHash := keccak256(p, 0xa0)
            mstore(p, hex"1901")
            mstore(add(p, 0x02), separator)
            mstore(add(p, 0x22), structHash)
            digest := keccak256(p, 0x42)
        }
    }

    /// @dev The storage slot of paid[viewer][seeder], computed once per entry.
    function _paidSlot(address viewer, address seeder) private pure returns (uint256 slot) {
        assembly ("memory-safe") {
            mstore(0x00, and(viewer, 0xffffffffffffffffffffffffffffffffffffffff))
            mstore(0x20, paid.slot)
            mstore(0x20, keccak256(0x00, 0x40))
            mstore(0x00, and(seeder, 0xffffffffffffffffffffffffffffffffffffffff))
            slot := keccak256(0x00, 0x40)
        }
    }

    /// @dev Applies batch grant `g` (limit capped to `glimit`) whose terms differ from the recorded
    /// ones (`expiry` 0: none recorded). Returns NotNewer as "no skip" with the terms the entry is
    /// judged by, or the reason to skip it. A verified grant newer than the record is recorded
    /// here, before the entry's own checks, so that a tighter grant takes effect even when the
    /// entry that carries it is then skipped.
    function _useGrant(
        KeyState storage ksp,
        Grant calldata g,
        uint256 glimit,
        uint256 spent,
        uint256 limit,
        uint64 expiry,
        bytes32 separator,
        uint256[] memory checked,
        uint256 index
    ) private returns (SkipReason, uint256, uint64) {
        uint64 nonce = ksp.nonce;
        uint64 revokedUntil = ksp.revokedUntil;
        if (expiry != 0 && g.nonce <= nonce) {
            // Only the recorded grant itself passes: its signed expiry is the stored one unless
            // a revocation capped it.
            uint64 signedExpiry = revokedUntil != 0 ? ksp.grantExpiry : expiry;
            if (g.nonce < nonce || glimit != limit || g.expiry != signedExpiry) {
                return (SkipReason.GrantSuperseded, 0, 0);
            }
            return (SkipReason.NotNewer, limit, expiry);
        }
        if (g.expiry == 0) return (SkipReason.GrantExpired, 0, 0);
        // Check the grant's signature once per batch: 0 not yet checked, 1 the viewer's, 2 not.
        uint256 state = checked[index];
        if (state == 0) {
            state = _grantSigner(separator, g) == g.viewer ? 1 : 2;
            checked[index] = state;
        }
        if (state != 1) return (SkipReason.BadGrantSignature, 0, 0);
        uint64 newExpiry = revokedUntil != 0 && g.expiry > revokedUntil ? revokedUntil : g.expiry;
        if (g.nonce != nonce || revokedUntil != 0) {
            ksp.nonce = g.nonce;
            if (revokedUntil != 0) ksp.grantExpiry = g.expiry;
        }
        unchecked {
            // spent <= 2^96-1, glimit <= 2^96-1.
            uint256 packed = spent | (glimit << 96) | (uint256(newExpiry) << 192);
            assembly ("memory-safe") {
                sstore(ksp.slot, packed)
            }
        }
        emit SessionRecorded(g.viewer, g.key, glimit, newExpiry, g.nonce);
        return (SkipReason.NotNewer, glimit, newExpiry);
    }

    /// @dev Who signed grant `g` (address(0) for a malformed signature).
    function _grantSigner(bytes32 separator, Grant calldata g) private pure returns (address) {
        bytes32 structHash = keccak256(abi.encode(SESSION_TYPEHASH, g.viewer, g.key, g.limit, g.expiry, g.nonce));
        bytes32 digest;
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, hex"1901")
            mstore(add(p, 0x02), separator)
            mstore(add(p, 0x22), structHash)
            digest := keccak256(p, 0x42)
        }
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, g.r, g.vs);
        return err == ECDSA.RecoverError.NoError ? signer : address(0);
    }
}
