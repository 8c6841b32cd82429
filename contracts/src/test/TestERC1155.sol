// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ERC1155} from "@openzeppelin/contracts/token/ERC1155/ERC1155.sol";

/// @notice Test-only ERC-1155 that anyone may mint: a gate token in tests.
contract TestERC1155 is ERC1155 {
    constructor() ERC1155("") {}

    /// @notice Mints `amount` of token `id` to `to`.
    function mint(address to, uint256 id, uint256 amount) external {
        _mint(to, id, amount, "");
    }
}
