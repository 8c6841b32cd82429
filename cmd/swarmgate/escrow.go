package main

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// escrowCmd is `swarmgate escrow`: the viewer's bandwidth deposit that seeders are paid from.
type escrowCmd struct {
	Deposit  escrowDepositCmd  `cmd:"" help:"Deposit ETH into the bandwidth escrow that seeders are paid from."`
	Balance  escrowBalanceCmd  `cmd:"" help:"Show your escrow balance and any pending withdrawal."`
	Withdraw escrowWithdrawCmd `cmd:"" help:"Withdraw from the escrow: the first run requests it, a run after the unlock delay completes it."`
}

// escrowResult is what the escrow commands print with --json.
type escrowResult struct {
	Account   string `json:"account"`
	Balance   string `json:"balance_wei"`
	Pending   string `json:"pending_withdrawal_wei,omitempty"`
	UnlockAt  string `json:"unlock_at,omitempty"`
	Tx        string `json:"tx,omitempty"`
	Withdrawn string `json:"withdrawn_wei,omitempty"`
}

type escrowDepositCmd struct {
	Amount string `arg:"" help:"Amount in ETH (0.05 means 0.05 ETH)."`
	For    string `placeholder:"ADDRESS" help:"Credit this viewer's balance instead of your own."`
	signerFlags
	chainFlags
	chainGatewayFlag
}

func (c *escrowDepositCmd) Run(ctx context.Context, g *globals) error {
	amount, err := parseAmount(c.Amount, 18)
	if err != nil {
		return fmt.Errorf("amount %q %v", c.Amount, err)
	}
	if amount.Sign() == 0 {
		return fmt.Errorf("amount %q is zero: deposit more than 0 ETH", c.Amount)
	}
	oc, err := c.chainGatewayFlag.open(ctx, c.chainFlags, "escrow deposit")
	if err != nil {
		return err
	}
	defer oc.Close()
	key, err := c.key(oc.chainID)
	if err != nil {
		return fmt.Errorf("unlock the wallet: %w", err)
	}
	who := key.Address
	if c.For != "" {
		if !common.IsHexAddress(c.For) {
			return fmt.Errorf("--for %q is not an address (0x and 40 hex digits)", c.For)
		}
		who = common.HexToAddress(c.For)
	}
	tctx, cancel := context.WithTimeout(ctx, c.TxTimeout)
	defer cancel()
	r, err := oc.client.Deposit(tctx, key.TransactOpts(oc.chainID), who, amount)
	if err != nil {
		return fmt.Errorf("deposit %s ETH: %w", c.Amount, err)
	}
	return showEscrow(ctx, g, oc, who, r.TxHash.Hex(), "")
}

func showEscrow(ctx context.Context, g *globals, oc *onChain, who common.Address, tx, withdrawn string) error {
	bal, err := oc.client.EscrowBalance(ctx, who)
	if err != nil {
		return fmt.Errorf("read the escrow balance: %w", err)
	}
	w, err := oc.client.PendingWithdrawal(ctx, who)
	if err != nil {
		return fmt.Errorf("read the pending withdrawal: %w", err)
	}
	res := escrowResult{Account: who.Hex(), Balance: bal.String(), Tx: tx, Withdrawn: withdrawn}
	if !w.UnlockAt.IsZero() {
		res.Pending, res.UnlockAt = orZeroBig(w.Amount).String(), w.UnlockAt.UTC().Format(time.RFC3339)
	}
	if g.JSON {
		return g.printJSON(res)
	}
	fmt.Fprintf(g.out(), "escrow balance of %s: %s ETH", who.Hex(), formatAmount(bal, 18))
	if res.Pending != "" {
		fmt.Fprintf(g.out(), "; withdrawal of %s ETH pending, unlocks %s", formatAmount(w.Amount, 18), res.UnlockAt)
	}
	if tx != "" {
		fmt.Fprintf(g.out(), " (%s)", tx)
	}
	fmt.Fprintln(g.out())
	return nil
}

type escrowBalanceCmd struct {
	For string `placeholder:"ADDRESS" help:"Show this viewer's balance instead of your own."`
	signerFlags
	chainFlags
	chainGatewayFlag
}

func (c *escrowBalanceCmd) Run(ctx context.Context, g *globals) error {
	var who common.Address
	if c.For != "" {
		if !common.IsHexAddress(c.For) {
			return fmt.Errorf("--for %q is not an address (0x and 40 hex digits)", c.For)
		}
		who = common.HexToAddress(c.For)
	} else {
		var err error
		if who, err = c.address(); err != nil {
			return err
		}
	}
	oc, err := c.chainGatewayFlag.open(ctx, c.chainFlags, "escrow balance")
	if err != nil {
		return err
	}
	defer oc.Close()
	return showEscrow(ctx, g, oc, who, "", "")
}

type escrowWithdrawCmd struct {
	Amount string `placeholder:"ETH" help:"Amount to request, in ETH; default the whole balance."`
	signerFlags
	chainFlags
	chainGatewayFlag
}

func (c *escrowWithdrawCmd) Run(ctx context.Context, g *globals) error {
	oc, err := c.chainGatewayFlag.open(ctx, c.chainFlags, "escrow withdraw")
	if err != nil {
		return err
	}
	defer oc.Close()
	key, err := c.key(oc.chainID)
	if err != nil {
		return fmt.Errorf("unlock the wallet: %w", err)
	}
	w, err := oc.client.PendingWithdrawal(ctx, key.Address)
	if err != nil {
		return fmt.Errorf("read the pending withdrawal: %w", err)
	}
	tctx, cancel := context.WithTimeout(ctx, c.TxTimeout)
	defer cancel()
	opts := key.TransactOpts(oc.chainID)
	if !w.UnlockAt.IsZero() {
		// The chain's clock decides; a dev chain's may run ahead of this machine's.
		now := time.Now()
		if h, err := oc.eth.HeaderByNumber(ctx, nil); err == nil && time.Unix(int64(h.Time), 0).After(now) {
			now = time.Unix(int64(h.Time), 0)
		}
		if now.Before(w.UnlockAt) {
			return fmt.Errorf("the withdrawal of %s ETH unlocks at %s (seeders may still redeem until then): run 'swarmgate escrow withdraw' again after it",
				formatAmount(w.Amount, 18), w.UnlockAt.UTC().Format(time.RFC3339))
		}
		r, err := oc.client.Withdraw(tctx, opts)
		if err != nil {
			return fmt.Errorf("complete the withdrawal: %w", err)
		}
		return showEscrow(ctx, g, oc, key.Address, r.TxHash.Hex(), orZeroBig(w.Amount).String())
	}
	bal, err := oc.client.EscrowBalance(ctx, key.Address)
	if err != nil {
		return fmt.Errorf("read the escrow balance: %w", err)
	}
	amount := bal
	if c.Amount != "" {
		if amount, err = parseAmount(c.Amount, 18); err != nil {
			return fmt.Errorf("--amount %q %v", c.Amount, err)
		}
	}
	if amount.Sign() == 0 {
		return fmt.Errorf("nothing to withdraw: the escrow balance of %s is 0", key.Address.Hex())
	}
	if amount.Cmp(bal) > 0 {
		return fmt.Errorf("--amount %s ETH is more than the balance of %s ETH", c.Amount, formatAmount(bal, 18))
	}
	r, err := oc.client.RequestWithdraw(tctx, opts, amount)
	if err != nil {
		return fmt.Errorf("request the withdrawal: %w", err)
	}
	return showEscrow(ctx, g, oc, key.Address, r.TxHash.Hex(), "")
}
