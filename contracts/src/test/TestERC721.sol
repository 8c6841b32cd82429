// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";

/// @notice Test-only ERC-721 that anyone may mint: a gate token in tests.
contract TestERC721 is ERC721 {
    constructor() ERC721("Test NFT", "TNFT") {}

    /// @notice Mints token `id` to `to`.
    function mint(address to, uint256 id) external {
        _mint(to, id);
    }
}
