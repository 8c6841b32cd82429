// Smoke: the page loads from the gateway under its Content-Security-Policy and can read the
// chain, the injected wallet connects through EIP-6963 and signs in with EIP-4361 against the
// real gateway, and the session stays out of web storage.
import assert from "node:assert/strict";

// The first page (catalog, before any wallet) must stay small: bytes on the wire, headers
// included, on a cold cache.
const FIRST_PAGE_BUDGET = 50_000;

export default async function smoke(t) {
  const { page, wallet } = await t.newPage({ wallet: 0 });
  // What the first page costs: every response until the catalog shows, bodies as sent (gzip).
  const firstLoad = [];
  const onFinished = async (r) => {
    const s = await r.sizes().catch(() => null);
    if (s) firstLoad.push({ url: r.url(), bytes: s.responseBodySize + s.responseHeadersSize });
  };
  page.on("requestfinished", onFinished);
  const res = await page.goto("/");
  assert.equal(res.status(), 200, "GET / answers 200");
  const csp = res.headers()["content-security-policy"] ?? "";
  assert.match(csp, /default-src 'none'/, "the page is served with the strict CSP");
  await page.getByRole("heading", { name: "Catalog" }).waitFor();
  await page.waitForLoadState("networkidle");
  page.off("requestfinished", onFinished);
  const total = firstLoad.reduce((n, r) => n + r.bytes, 0);
  t.log(`first page: ${firstLoad.length} responses, ${total} bytes with headers: ${firstLoad.map((r) => new URL(r.url).pathname + " " + r.bytes).join(", ")}`);
  assert.ok(total < FIRST_PAGE_BUDGET, `the first page transfers ${total} bytes, over the ${FIRST_PAGE_BUDGET}-byte budget: ${JSON.stringify(firstLoad)}`);
  assert.ok(!firstLoad.some((r) => /wallet|studio|watch|tus/.test(r.url)), `the first page loads no wallet, studio or player code: ${firstLoad.map((r) => r.url)}`);
  await t.screenshots(page, "catalog");

  // The page may read the chain itself: GET /v1/chain's RPC URL is in connect-src, and a --dev
  // gateway's chain answers the page's origin (CORS).
  const chainId = await page.evaluate(async (rpc) => {
    const r = await fetch(rpc, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_chainId", params: [] }) });
    return (await r.json()).result;
  }, t.rpcURL);
  assert.equal(Number(chainId), Number(t.chain.chain_id), "the page reads the chain id from the RPC URL");

  // Connect: EIP-6963 announced the test wallet; the page asks for the account.
  await page.getByRole("button", { name: "Connect wallet" }).click();
  await page.getByRole("button", { name: "Sign in" }).waitFor();
  assert.ok(wallet.calls.includes("eth_requestAccounts"), `the page asked for accounts (calls: ${wallet.calls})`);
  const short = wallet.address.slice(0, 6);
  await page.getByText(new RegExp(short, "i")).first().waitFor();
  await t.screenshots(page, "connected");

  // Sign in: EIP-4361 message signed with personal_sign, verified by the gateway.
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Sign out" }).waitFor();
  assert.ok(wallet.calls.includes("personal_sign"), `the page signed the sign-in message (calls: ${wallet.calls})`);
  await page.getByText("signed in", { exact: true }).waitFor();
  // The session lives in memory, never in localStorage.
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  assert.ok(!/token|bearer|session/i.test(stored), `nothing session-like in web storage: ${stored}`);
  await t.screenshots(page, "signed-in");
}
