// Channel: a creator lists an item for channel subscribers and opens the channel (setChannel,
// sent from the test with the creator's key); a viewer sees Subscribe instead of Buy, subscribes
// with the wallet at the channel's terms, and may then watch. Also the wallet page: the escrow
// deposit and a withdrawal request.
import assert from "node:assert/strict";
import { parseEther } from "viem";
import { signIn, statusMatching, upload } from "./lib/studio.mjs";

const setChannelAbi = [{
  type: "function", name: "setChannel", stateMutability: "nonpayable", outputs: [],
  inputs: [{ name: "price", type: "uint256" }, { name: "currency", type: "address" }, { name: "period", type: "uint64" }],
}];

export default async function channel(t) {
  const creator = await t.newPage({ wallet: 1 });
  await creator.page.goto("/#/studio");
  await signIn(creator.page);
  const title = `Channel pattern ${Date.now().toString(36)}`;
  const id = await upload(t, creator.page, { title, access: "channel" });
  const item = await (await fetch(`${t.gatewayURL}/v1/content/${id}`)).json();
  assert.equal(item.policy.kind, "subscription", JSON.stringify(item.policy));
  const hash = await creator.wallet.wallet.writeContract({
    address: t.chain.registry, abi: setChannelAbi, functionName: "setChannel",
    args: [parseEther("0.005"), "0x0000000000000000000000000000000000000000", 30n * 86400n],
  });
  await creator.wallet.public.waitForTransactionReceipt({ hash });

  const { page, wallet } = await t.newPage({ wallet: 2, viewport: { width: 390, height: 844 } });
  await page.goto(`/#/item/${id}`);
  await page.getByRole("button", { name: "Connect wallet" }).click();
  await page.getByText("You have no access yet.").waitFor();
  assert.equal(await page.getByRole("button", { name: "Buy" }).count(), 0, "a channel item has no Buy");
  assert.equal(await page.getByRole("button", { name: "Watch" }).count(), 0, "no Watch without a subscription");
  await t.screenshots(page, "item-channel");
  await page.getByRole("button", { name: "Subscribe" }).click();
  const s = await statusMatching(page, /Subscribed|did not/, 60_000);
  assert.match(s, /Subscribed/, s);
  await page.getByRole("button", { name: "Watch" }).waitFor();
  assert.match((await page.locator("#access").textContent()) ?? "", /access until/);
  await page.getByRole("button", { name: "Watch" }).click();
  await page.waitForFunction(() => {
    const v = document.querySelector("video[aria-label=Player]");
    return v && v.currentTime > 0.5;
  }, null, { timeout: 60_000 });

  // The wallet page: deposit, then ask for the rest back.
  await page.goto("/#/wallet");
  await page.getByRole("heading", { name: "Wallet" }).waitFor();
  await page.getByLabel("Deposit amount (ETH)").fill("0.01");
  await page.getByRole("button", { name: "Deposit" }).click();
  assert.match(await statusMatching(page, /Deposited|did not/, 60_000), /Deposited 0\.01 ETH/);
  await page.goto("/#/");
  await page.goto("/#/wallet");
  await page.getByText("Escrow balance: 0.01 ETH.", { exact: true }).waitFor();
  await page.getByLabel("Amount to withdraw (ETH)").fill("0.01");
  await page.getByRole("button", { name: "Request escrow withdrawal" }).click();
  assert.match(await statusMatching(page, /requested|did not/, 60_000), /Withdrawal requested/);
  await page.getByText(/Withdrawal of 0\.01 ETH unlocks/).waitFor();
  await t.screenshots(page, "wallet");
  void wallet;
}
