// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IERC1271} from "@openzeppelin/contracts/interfaces/IERC1271.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

/// @notice Test-only ERC-1271 contract wallet owned by one externally owned account: a stand-in
/// for smart accounts and Safes. A signature is valid for the wallet when it is the owner's
/// ECDSA signature of the hash.
contract TestWallet is IERC1271 {
    /// @notice The owner is the zero address.
    error ZeroOwner();

    /// @notice ERC-1271's magic value, returned for a valid signature.
    bytes4 internal constant MAGIC_VALUE = IERC1271.isValidSignature.selector; // 0x1626ba7e
    /// @notice Returned for an invalid signature (any value other than the magic one means no).
    bytes4 internal constant INVALID = 0xffffffff;

    /// @notice The account whose signatures the wallet accepts.
    address public immutable owner;

    /// @notice Creates a wallet owned by `owner_`.
    constructor(address owner_) {
        if (owner_ == address(0)) revert ZeroOwner();
        owner = owner_;
    }

    /// @notice Returns the ERC-1271 magic value iff `signature` is the owner's ECDSA signature
    /// of `hash`; 0xffffffff for another signer's. A malformed signature (not 65 bytes r || s ||
    /// v, or a high s) reverts with OpenZeppelin's ECDSA error, as many real wallets do, so that
    /// callers meet both ways of saying no.
    function isValidSignature(bytes32 hash, bytes calldata signature) external view returns (bytes4) {
        return ECDSA.recoverCalldata(hash, signature) == owner ? MAGIC_VALUE : INVALID;
    }
}
