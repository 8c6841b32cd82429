// Smoke: the page loads from the gateway under its Content-Security-Policy, the injected
// wallet connects through EIP-6963 and signs in with EIP-4361 against the real gateway.
import assert from "node:assert/strict";

export default async function smoke(t) {
  const { page, wallet } = await t.newPage({ wallet: 0 });
  const res = await page.goto("/");
  assert.equal(res.status(), 200, "GET / answers 200");
  const csp = res.headers()["content-security-policy"] ?? "";
  assert.match(csp, /default-src 'none'/, "the page is served with the strict CSP");
  await page.getByRole("heading", { name: "Catalog" }).waitFor();
  await t.screenshots(page, "catalog");

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
  const status = await page.getByRole("status").first().textContent();
  assert.match(status ?? "", /signed in/i, `status after sign-in: ${status}`);
  // The session lives in memory, never in localStorage.
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  assert.ok(!/token|bearer|session/i.test(stored), `nothing session-like in web storage: ${stored}`);
  await t.screenshots(page, "signed-in");
}
