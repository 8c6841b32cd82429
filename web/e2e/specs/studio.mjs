// Creator: connects, signs in, uploads a real short video with a poster and a price, signs the
// registration typed data (relayed gaslessly), sees it go from sealing to listed, finds it in
// the catalog with its poster and price, and changes its policy to a rental.
import assert from "node:assert/strict";
import { signIn, statusMatching, upload } from "./lib/studio.mjs";

export default async function studio(t) {
  const { page, wallet } = await t.newPage({ wallet: 1 });
  await page.goto("/#/studio");
  await page.getByRole("heading", { name: "Creator studio" }).waitFor();
  await signIn(page);
  await page.getByRole("heading", { name: "New upload" }).waitFor();
  await t.screenshots(page, "studio");

  const tag = "studio" + Date.now().toString(36); // unique, also against a reused gateway
  const title = `Test pattern ${tag}`;
  // Record every status line the page shows while it uploads, seals and registers.
  await page.evaluate(() => {
    const s = document.querySelector("[role=status]");
    window.__statuses = [];
    new MutationObserver(() => window.__statuses.push(s.textContent)).observe(s, { childList: true, characterData: true, subtree: true });
  });
  const id = await upload(t, page, { title, navigate: false });
  const statuses = await page.evaluate(() => window.__statuses);
  t.log("statuses", statuses);
  t.log("listed as item", id);
  assert.ok(wallet.calls.includes("eth_signTypedData_v4"), `the wallet signed the registration (calls: ${wallet.calls})`);
  assert.ok(!wallet.calls.includes("eth_sendTransaction"), "the registration was relayed: the creator sent no transaction");
  assert.ok(statuses.some((x) => /Uploading/.test(x)), "the page showed the upload");
  assert.ok(statuses.some((x) => /Sign the registration/.test(x)), "the page asked for the registration signature");
  assert.ok(statuses.some((x) => /Registering/.test(x)), "the page showed the registration");
  await page.getByRole("link", { name: title }).waitFor();
  await t.screenshots(page, "studio-listed");

  // The gateway lists it with the declared policy.
  const item = await (await fetch(`${t.gatewayURL}/v1/content/${id}`)).json();
  assert.equal(item.title, title);
  assert.equal(item.policy.kind, "buy");
  assert.equal(item.policy.price, "10000000000000000");
  assert.equal(item.creator.toLowerCase(), wallet.address.toLowerCase());
  assert.ok(item.poster_url, "the item has the poster");

  // The catalog shows it with poster and price, at phone and desktop sizes.
  await page.goto("/#/");
  const card = page.getByRole("link", { name: new RegExp(title) });
  await card.waitFor();
  assert.match((await card.textContent()) ?? "", /Buy for 0\.01 ETH/);
  const posterLoaded = await card.locator("img").evaluate((img) => img.complete && img.naturalWidth > 0);
  assert.ok(posterLoaded, "the poster image loaded");
  await t.screenshots(page, "catalog");
  await page.getByRole("search").getByRole("searchbox").fill(tag);
  await page.getByRole("button", { name: "Search" }).click();
  await statusMatching(page, /1 item matching/, 20_000);

  // Change the policy: rent for 0.02 ETH per 48 hours, signed and relayed.
  await page.goto("/#/studio");
  await page.getByRole("button", { name: `Change policy of ${title}` }).click();
  await page.getByLabel("New access").selectOption("rent");
  await page.getByLabel("New price").fill("0.02");
  await page.getByLabel("New rental period").fill("48h");
  await page.getByRole("button", { name: "Update policy" }).click();
  const changed = await statusMatching(page, /changed|did not/, 60_000);
  assert.match(changed, /changed/, changed);
  for (let i = 0; ; i++) {
    const now = await (await fetch(`${t.gatewayURL}/v1/content/${id}`)).json();
    if (now.policy.kind === "rent") {
      assert.equal(now.policy.price, "20000000000000000");
      assert.equal(now.policy.duration_seconds, 172800);
      break;
    }
    assert.ok(i < 60, `the catalog still shows policy ${JSON.stringify(now.policy)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  await page.goto(`/#/item/${id}`);
  await page.getByText("Rent for 0.02 ETH / 2 days").waitFor();
  await t.screenshots(page, "item-rent");
}
