// Runs one browser spec against a running gateway: `node web/e2e/run.mjs <spec>` where <spec> is
// a file, or a name in web/e2e/specs/ (smoke → specs/smoke.mjs). The Go test web.TestBrowser
// starts a gateway on the dev chain and runs every spec this way; by hand:
//
//   swarmgate gateway run --dev --data-dir /tmp/sg   # note the dev keys it logs, or use DevKey
//   GATEWAY_URL=http://127.0.0.1:8080 DEV_KEYS=0x…,0x… node web/e2e/run.mjs smoke
//
// Environment:
//   GATEWAY_URL  the gateway (required)
//   RPC_URL      the chain's JSON-RPC endpoint (default: rpc_url of GATEWAY_URL/v1/chain)
//   DEV_KEYS     comma-separated private keys of funded dev accounts (required); t.wallet(i)
//                signs with the i-th
//   ARTIFACTS    directory for screenshots (default: a new temporary directory)
//   CHROMIUM     the browser (default /usr/bin/chromium: Debian's, never a download)
//   E2E_TIMEOUT  seconds the whole spec may take (default 180)
//   E2E_VIDEO    a short real video file for upload flows (the Go test makes one with ffmpeg)
//
// A spec is a module whose default export is `async (t) => {…}`; see specs/smoke.mjs and the
// harness object `t` below. A spec fails by throwing (node:assert). The run also fails on any
// uncaught exception in a page and on any Content-Security-Policy violation.
import { mkdtempSync, mkdirSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { attachWallet } from "./wallet.mjs";

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The browser's flags: headless, no sandbox (root in CI), nothing that talks to the network.
 * playwright-core adds a fresh --user-data-dir (a new temporary profile) to every launch.
 */
export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** Screenshot sizes of every page a spec shows. */
export const viewports = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
};

function fail(msg) {
  console.error("e2e: " + msg);
  process.exit(2);
}

function env(name, fallback) {
  const v = process.env[name];
  if (v === undefined || v === "") {
    if (fallback === undefined) fail(`${name} is not set (see the top of web/e2e/run.mjs)`);
    return fallback;
  }
  return v;
}

async function main() {
  const specArg = process.argv[2];
  if (!specArg) fail("usage: node web/e2e/run.mjs <spec file or name in web/e2e/specs>");
  let specPath = resolve(specArg);
  if (!existsSync(specPath)) specPath = join(here, "specs", specArg.endsWith(".mjs") ? specArg : specArg + ".mjs");
  if (!existsSync(specPath)) fail(`no spec ${specArg} (looked for ${resolve(specArg)} and ${specPath})`);

  const gatewayURL = env("GATEWAY_URL").replace(/\/+$/, "");
  const keys = env("DEV_KEYS").split(",").map((k) => k.trim()).filter(Boolean);
  if (keys.some((k) => !/^0x[0-9a-fA-F]{64}$/.test(k))) fail("DEV_KEYS must be 0x-prefixed 32-byte hex private keys, comma-separated");
  const chainRes = await fetch(gatewayURL + "/v1/chain");
  if (!chainRes.ok) fail(`GET ${gatewayURL}/v1/chain: ${chainRes.status} ${await chainRes.text()}`);
  const chainInfo = await chainRes.json();
  const rpcURL = env("RPC_URL", chainInfo.rpc_url ?? "");
  if (!rpcURL) fail("RPC_URL is not set and the gateway's /v1/chain recommends none");
  const artifacts = env("ARTIFACTS", "") || mkdtempSync(join(tmpdir(), "swarmgate-e2e-"));
  mkdirSync(artifacts, { recursive: true });
  const timeout = Number(env("E2E_TIMEOUT", "180")) * 1000;

  const problems = [];
  const browser = await chromium.launch({
    executablePath: env("CHROMIUM", "/usr/bin/chromium"),
    headless: true,
    args: chromiumArgs,
    timeout: 60_000,
  });
  console.log(`e2e: ${specArg} in Chromium ${browser.version()} against ${gatewayURL} (chain ${chainInfo.chain_id}, RPC ${rpcURL})`);
  const contexts = [];
  const t = {
    gatewayURL,
    rpcURL,
    chain: chainInfo,
    artifacts,
    browser,
    keys,
    env: process.env,
    log: (...a) => console.log("spec:", ...a),

    /**
     * newPage opens a page in a new browser context (its own cookies, storage and Service
     * Workers) with the test wallet of DEV_KEYS[wallet] injected; options.viewport defaults to
     * the desktop size. It returns { page, context, wallet } where wallet.address is the
     * account, wallet.calls the provider methods the page called, wallet.wallet and
     * wallet.public viem clients for arranging chain state from the test.
     */
    async newPage({ wallet = 0, viewport = viewports.desktop } = {}) {
      if (wallet < 0 || wallet >= keys.length) throw new Error(`no dev key ${wallet}: DEV_KEYS has ${keys.length}`);
      const context = await browser.newContext({ viewport, baseURL: gatewayURL, serviceWorkers: "allow" });
      contexts.push(context);
      context.setDefaultTimeout(20_000);
      const w = await attachWallet(context, { privateKey: keys[wallet], rpcURL, chainId: Number(chainInfo.chain_id) });
      const page = await context.newPage();
      watch(page, problems);
      context.on("page", (p) => watch(p, problems));
      return { page, context, wallet: w };
    },

    /** screenshots saves the page at the phone and the desktop size as <name>-phone.png and <name>-desktop.png. */
    async screenshots(page, name) {
      const before = page.viewportSize();
      for (const [size, vp] of Object.entries(viewports)) {
        await page.setViewportSize(vp);
        await page.waitForTimeout(100); // layout settles
        await page.screenshot({ path: join(artifacts, `${name}-${size}.png`), fullPage: true });
      }
      if (before) await page.setViewportSize(before);
    },
  };

  const spec = (await import(pathToFileURL(specPath).href)).default;
  if (typeof spec !== "function") fail(`${specPath} has no default export function`);
  let failed = null;
  const timer = setTimeout(() => {
    failed ??= new Error(`the spec took longer than ${timeout / 1000} s`);
    finish();
  }, timeout);
  try {
    await spec(t);
  } catch (e) {
    failed ??= e;
  }
  await finish();

  async function finish() {
    clearTimeout(timer);
    if (failed) {
      // Leave what the pages showed when it failed.
      let i = 0;
      for (const c of contexts) {
        for (const p of c.pages()) {
          await p.screenshot({ path: join(artifacts, `failure-${++i}.png`), fullPage: true }).catch(() => {});
        }
      }
    }
    await browser.close().catch(() => {});
    if (!failed && problems.length) failed = new Error("the pages reported problems:\n  " + problems.join("\n  "));
    console.log(`e2e: screenshots in ${artifacts}`);
    if (failed) {
      console.error("e2e: FAIL " + specArg + ": " + (failed.stack ?? failed));
      process.exit(1);
    }
    console.log("e2e: PASS " + specArg);
    process.exit(0);
  }
}

// watch relays a page's console to stdout and records what fails the run: uncaught exceptions
// and Content-Security-Policy violations.
function watch(page, problems) {
  page.on("console", (m) => {
    const text = m.text();
    console.log(`page ${m.type()}: ${text}`);
    if (/Content Security Policy|Refused to (load|execute|connect|apply|create)/i.test(text)) problems.push("CSP violation: " + text);
  });
  page.on("pageerror", (e) => {
    console.log("page exception: " + (e.stack ?? e));
    problems.push("uncaught exception: " + e.message);
  });
  page.on("crash", () => problems.push("the page crashed"));
  // Failed requests with their URLs (the console names none); passkeys stay out of the log.
  const redact = (u) => u.replace(/\/(v1\/webseed|announce)\/[^/]+/, "/$1/REDACTED");
  page.on("response", (r) => {
    if (r.status() >= 400) console.log(`page response: ${r.status()} ${r.request().method()} ${redact(r.url())}`);
  });
  page.on("requestfailed", (r) => console.log(`page request failed: ${r.method()} ${redact(r.url())}: ${r.failure()?.errorText}`));
}

main().catch((e) => {
  console.error("e2e: " + (e.stack ?? e));
  process.exit(2);
});
