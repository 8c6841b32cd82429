// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @notice Test-only ERC-20 that behaves like USDT on Ethereum: transfer, transferFrom and
/// approve return nothing instead of a bool, and failures revert. Anyone may mint.
contract TestNoBoolERC20 {
    /// @notice ERC-20 Transfer.
    event Transfer(address indexed from, address indexed to, uint256 value);
    /// @notice ERC-20 Approval.
    event Approval(address indexed owner, address indexed spender, uint256 value);

    /// @notice The balance is too low.
    error InsufficientBalance();
    /// @notice The allowance is too low.
    error InsufficientAllowance();

    /// @notice Token name.
    string public constant name = "Test No-Bool Token";
    /// @notice Token symbol.
    string public constant symbol = "TNB";
    /// @notice Decimals, as USDT.
    uint8 public constant decimals = 6;
    /// @notice Total supply.
    uint256 public totalSupply;
    /// @notice Balances.
    mapping(address => uint256) public balanceOf;
    /// @notice Allowances.
    mapping(address => mapping(address => uint256)) public allowance;

    /// @notice Mints `amount` to `to`.
    function mint(address to, uint256 amount) external {
        totalSupply += amount;
        balanceOf[to] += amount;
        emit Transfer(address(0), to, amount);
    }

    /// @notice Approves `spender` for `amount`; returns nothing.
    function approve(address spender, uint256 amount) external {
        allowance[msg.sender][spender] = amount;
        emit Approval(msg.sender, spender, amount);
    }

    /// @notice Transfers `amount` to `to`; returns nothing.
    function transfer(address to, uint256 amount) external {
        _move(msg.sender, to, amount);
    }

    /// @notice Transfers `amount` from `from` to `to` under an allowance; returns nothing.
    function transferFrom(address from, address to, uint256 amount) external {
        uint256 allowed = allowance[from][msg.sender];
        if (allowed < amount) revert InsufficientAllowance();
        if (allowed != type(uint256).max) allowance[from][msg.sender] = allowed - amount;
        _move(from, to, amount);
    }

    function _move(address from, address to, uint256 amount) private {
        if (balanceOf[from] < amount) revert InsufficientBalance();
        balanceOf[from] -= amount;
        balanceOf[to] += amount;
        emit Transfer(from, to, amount);
    }
}
