// An ERC-20 price: the creator prices an item in a 6-decimal token (TestERC20 from
// contracts/artifacts, deployed by the test), the viewer sees the price in the token's units,
// buys (the page approves exactly the price, then purchases), and the creator withdraws the
// revenue in that token. Then a token gate: an item only holders of a TestERC721 may watch;
// the viewer holds one and sees Watch, no price.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { signIn, statusMatching, upload, variant } from "./lib/studio.mjs";

const load = (name) => JSON.parse(readFileSync(new URL(`../../../contracts/artifacts/${name}.json`, import.meta.url), "utf8"));
const artifact = load("TestERC20");
const nft = load("TestERC721");

export default async function erc20(t) {
  const creator = await t.newPage({ wallet: 1 });
  const viewer = await t.newPage({ wallet: 2, viewport: { width: 390, height: 844 } });
  const cw = creator.wallet;
  const deploy = await cw.wallet.deployContract({ abi: artifact.abi, bytecode: artifact.bytecode, args: ["Test USD", "TUSD", 6] });
  const token = (await cw.public.waitForTransactionReceipt({ hash: deploy })).contractAddress;
  const erc = { address: token, abi: artifact.abi };
  const mint = await cw.wallet.writeContract({ ...erc, functionName: "mint", args: [viewer.wallet.address, 100_000_000n] });
  await cw.public.waitForTransactionReceipt({ hash: mint });
  t.log("TUSD at", token);

  await creator.page.goto("/#/studio");
  await signIn(creator.page);
  const title = `Token-priced pattern ${Date.now().toString(36)}`;
  const id = await upload(t, creator.page, { title, price: "2.5", currency: token });
  const item = await (await fetch(`${t.gatewayURL}/v1/content/${id}`)).json();
  assert.equal(item.policy.price, "2500000", "2.5 TUSD in base units (6 decimals)");
  assert.equal(item.policy.currency.toLowerCase(), token.toLowerCase());

  const { page, wallet } = viewer;
  await page.goto(`/#/item/${id}`);
  await page.getByRole("button", { name: "Connect wallet" }).click();
  await page.getByText("Buy for 2.5 TUSD").waitFor();
  await t.screenshots(page, "item-erc20");
  const balance = () => wallet.public.readContract({ ...erc, functionName: "balanceOf", args: [wallet.address] });
  const before = await balance();
  await page.getByRole("button", { name: "Buy" }).click();
  assert.match(await statusMatching(page, /Bought|did not/, 60_000), /Bought/);
  assert.equal(before - (await balance()), 2_500_000n, "the viewer paid exactly 2.5 TUSD");
  const allowance = await wallet.public.readContract({ ...erc, functionName: "allowance", args: [wallet.address, t.chain.registry] });
  assert.equal(allowance, 0n, "the approval was for exactly the price");
  await page.getByRole("button", { name: "Watch" }).waitFor();

  await creator.page.goto("/#/");
  await creator.page.goto("/#/studio");
  await creator.page.getByText("2.5 TUSD").waitFor();
  await creator.page.getByRole("button", { name: "Withdraw" }).click();
  assert.match(await statusMatching(creator.page, /Withdrew|did not/, 60_000), /Withdrew 2\.5 TUSD/);
  assert.equal(await cw.public.readContract({ ...erc, functionName: "balanceOf", args: [cw.address] }), 2_500_000n);

  // A token gate: holders of at least one TestERC721 may watch.
  const d721 = await cw.wallet.deployContract({ abi: nft.abi, bytecode: nft.bytecode, args: [] });
  const gateToken = (await cw.public.waitForTransactionReceipt({ hash: d721 })).contractAddress;
  const minted = await cw.wallet.writeContract({ address: gateToken, abi: nft.abi, functionName: "mint", args: [wallet.address, 1n] });
  await cw.public.waitForTransactionReceipt({ hash: minted });
  const gated = await upload(t, creator.page, { file: variant(t, "gated"), title: `Holders only ${Date.now().toString(36)}`, access: "token", gate: `erc721:${gateToken}:1` });
  const g = await (await fetch(`${t.gatewayURL}/v1/content/${gated}`)).json();
  assert.equal(g.policy.kind, "token_gated", JSON.stringify(g.policy));
  await page.goto(`/#/item/${gated}`);
  await page.getByText("You have access (for good).").waitFor();
  await page.getByRole("button", { name: "Watch" }).waitFor();
  assert.equal(await page.getByRole("button", { name: "Buy" }).count(), 0, "a gated item has no Buy");
  await t.screenshots(page, "item-token-gated");
}
