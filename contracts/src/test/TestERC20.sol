// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @notice Test-only ERC-20 that anyone may mint: a stand-in for a stablecoin in tests.
contract TestERC20 is ERC20 {
    uint8 private immutable _decimals;

    /// @param name_ token name
    /// @param symbol_ token symbol
    /// @param decimals_ decimals (6 for a USDC-like token)
    constructor(string memory name_, string memory symbol_, uint8 decimals_) ERC20(name_, symbol_) {
        _decimals = decimals_;
    }

    /// @notice Mints `amount` to `to`.
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @inheritdoc ERC20
    function decimals() public view override returns (uint8) {
        return _decimals;
    }
}
