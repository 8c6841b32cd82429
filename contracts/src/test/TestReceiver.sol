// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @notice Minimal view of ContentRegistry used by TestReceiver.
interface IRegistryWithdraw {
    function withdraw(address currency) external returns (uint256);
}

/// @notice Test-only payee contract: withdraws from a registry and, depending on its mode,
/// accepts the native coin, refuses it, or tries to reenter withdraw while receiving it.
contract TestReceiver {
    /// @notice Accept: take the coin. Refuse: revert. Reenter: call withdraw again.
    enum Mode {
        Accept,
        Refuse,
        Reenter
    }

    /// @notice The receiver refuses the native coin.
    error Refused();

    /// @notice Current mode.
    Mode public mode;
    /// @notice The registry to withdraw from.
    IRegistryWithdraw public registry;

    /// @notice Sets the registry and mode.
    function configure(IRegistryWithdraw registry_, Mode mode_) external {
        registry = registry_;
        mode = mode_;
    }

    /// @notice Withdraws `currency` from the registry.
    function pull(address currency) external returns (uint256) {
        return registry.withdraw(currency);
    }

    receive() external payable {
        if (mode == Mode.Refuse) revert Refused();
        if (mode == Mode.Reenter) registry.withdraw(address(0));
    }
}
