// Viewer: without access sees the price and a Buy button and never asks for a key; buys with
// the wallet, watches in the page (the service worker decrypts the web seed's ciphertext):
// currentTime advances, a seek to 80 % plays from there, and the decoded video has the source's
// duration and dimensions. Then deposits into the bandwidth escrow, and the creator withdraws
// the sale's revenue.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { signIn, statusMatching, upload, video } from "./lib/studio.mjs";

/** frameAt decodes the source's frame at second t with ffmpeg as RGBA bytes. */
function frameAt(file, t) {
  return execFileSync("ffmpeg", ["-v", "error", "-ss", String(t), "-i", file, "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgba", "-"], { maxBuffer: 64 << 20 });
}

/** meanDiff is the mean absolute difference of the RGB channels of two RGBA images. */
function meanDiff(a, b) {
  assert.equal(a.length, b.length, "frames of different sizes");
  let sum = 0;
  let n = 0;
  for (let i = 0; i < a.length; i += 4) {
    for (let c = 0; c < 3; c++) sum += Math.abs(a[i + c] - b[i + c]);
    n += 3;
  }
  return sum / n;
}

function probe(file) {
  const out = execFileSync("ffprobe", ["-v", "error", "-select_streams", "v:0", "-show_entries", "stream=width,height:format=duration", "-of", "json", file], { encoding: "utf8" });
  const j = JSON.parse(out);
  return { width: j.streams[0].width, height: j.streams[0].height, duration: Number(j.format.duration) };
}

export default async function watch(t) {
  const src = probe(video(t));
  const creator = await t.newPage({ wallet: 1 });
  await creator.page.goto("/#/studio");
  await signIn(creator.page);
  const title = `Test pattern watch${Date.now().toString(36)}`;
  const id = await upload(t, creator.page, { title, price: "0.01" });
  t.log("listed as item", id, "source", src);

  // A viewer without access: the price and Buy, no Watch, no key request.
  const { page, wallet } = await t.newPage({ wallet: 2, viewport: { width: 390, height: 844 } });
  const keyRequests = [];
  page.on("request", (r) => {
    if (/\/v1\/content\/\d+\/key$/.test(new URL(r.url()).pathname)) keyRequests.push(JSON.parse(r.postData() ?? "{}"));
  });
  await page.goto(`/#/item/${id}`);
  await page.getByRole("heading", { name: title }).waitFor();
  await page.getByRole("button", { name: "Connect wallet" }).click();
  await page.getByText("You have no access yet.").waitFor();
  await page.getByRole("button", { name: "Buy" }).waitFor();
  assert.equal(await page.getByRole("button", { name: "Watch" }).count(), 0, "no Watch button without access");
  assert.match((await page.locator(".price").textContent()) ?? "", /Buy for 0\.01 ETH/);
  await t.screenshots(page, "item-no-access");
  assert.equal(keyRequests.length, 0, "the page asked for no key without access");

  // Buy: the exact terms from the chain, paid in ETH from the wallet.
  const before = await wallet.public.getBalance({ address: wallet.address });
  await page.getByRole("button", { name: "Buy" }).click();
  await statusMatching(page, /Bought|did not/, 60_000);
  assert.match(await page.getByRole("status").textContent(), /Bought/);
  await page.getByText("You have access (for good).").waitFor();
  const after = await wallet.public.getBalance({ address: wallet.address });
  assert.ok(before - after >= 10n ** 16n, `the wallet paid the price (balance ${before} → ${after})`);
  assert.ok(wallet.calls.includes("eth_sendTransaction"), "the purchase was a wallet transaction");

  // Watch: sign-in, HPKE key, commitment check, service worker, <video>.
  const clicked = Date.now();
  await page.getByRole("button", { name: "Watch" }).click();
  await page.getByLabel("Player").waitFor({ timeout: 60_000 });
  assert.equal(keyRequests.length, 1, "one key request after buying");
  assert.equal(keyRequests[0].kem, "MLKEM768-X25519", "the page asks for the gateway's post-quantum hybrid KEM");
  await page.waitForFunction(() => {
    const v = document.querySelector("video[aria-label=Player]");
    return v && v.currentTime > 1 && v.videoWidth > 0;
  }, null, { timeout: 60_000 });
  t.log("Watch click to 1 s played:", Date.now() - clicked, "ms (sign-in, key, service worker, first chunks, 1 s of playback)");
  const got = await page.getByLabel("Player").evaluate((v) => ({ duration: v.duration, width: v.videoWidth, height: v.videoHeight, t: v.currentTime }));
  t.log("playing", got);
  assert.equal(got.width, src.width, "decoded width is the source's");
  assert.equal(got.height, src.height, "decoded height is the source's");
  assert.ok(Math.abs(got.duration - src.duration) < 0.15, `duration ${got.duration} vs source ${src.duration}`);
  await t.screenshots(page, "watch");

  // Seek to 80 % and play from there.
  const seekAt = Date.now();
  const target = await page.getByLabel("Player").evaluate((v) => {
    v.currentTime = v.duration * 0.8;
    return v.duration * 0.8;
  });
  await page.waitForFunction((tt) => {
    const v = document.querySelector("video[aria-label=Player]");
    return v.currentTime > tt + 0.3 && !v.seeking;
  }, target, { timeout: 60_000 });
  t.log("seek to 80 % until 0.3 s played past it:", Date.now() - seekAt, "ms");
  const seeked = await page.getByLabel("Player").evaluate((v) => ({ t: v.currentTime, err: v.error?.message ?? null }));
  assert.equal(seeked.err, null);
  t.log("after seek", seeked);

  // The decoded frames are the source's: the page's frame at 2 s (drawn from the <video> into a
  // canvas) against ffmpeg's, and clearly farther from the source's frame at 4 s.
  const shown = Buffer.from(await page.getByLabel("Player").evaluate(async (v) => {
    v.pause();
    v.currentTime = 2;
    await new Promise((r) => v.addEventListener("seeked", r, { once: true }));
    await new Promise((r) => setTimeout(r, 300)); // the seeked frame is painted (requestVideoFrameCallback never fires while paused headless)
    const c = document.createElement("canvas");
    c.width = v.videoWidth;
    c.height = v.videoHeight;
    const g = c.getContext("2d");
    g.drawImage(v, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    let s = "";
    for (let i = 0; i < d.length; i += 0x8000) s += String.fromCharCode(...d.subarray(i, i + 0x8000));
    return btoa(s);
  }), "base64");
  const same = meanDiff(shown, frameAt(video(t), 2));
  const other = meanDiff(shown, frameAt(video(t), 4));
  t.log("frame at 2 s: mean difference", same.toFixed(2), "from the source's,", other.toFixed(2), "from its frame at 4 s");
  assert.ok(same < 8, `the frame at 2 s differs from the source's by ${same.toFixed(2)} on average`);
  assert.ok(other > 2 * same, `the frame comparison does not discriminate (${same.toFixed(2)} vs ${other.toFixed(2)})`);

  // The bandwidth escrow deposit.
  const escrowAbi = [{ type: "function", name: "balanceOf", stateMutability: "view", inputs: [{ name: "viewer", type: "address" }], outputs: [{ name: "", type: "uint256" }] }];
  const escrowBalance = () => wallet.public.readContract({ address: t.chain.escrow, abi: escrowAbi, functionName: "balanceOf", args: [wallet.address] });
  const escrowBefore = await escrowBalance();
  await page.getByLabel("Deposit amount (ETH)").fill("0.02");
  await page.getByRole("button", { name: "Deposit" }).click();
  const dep = await statusMatching(page, /Deposited|did not/, 60_000);
  assert.match(dep, /Deposited 0\.02 ETH/, dep);
  assert.equal(await escrowBalance(), escrowBefore + 2n * 10n ** 16n, "the escrow holds the deposit");
  await page.getByText(/Your escrow balance: [\d.]+ ETH\./).waitFor();

  // The creator withdraws the sale's revenue.
  await creator.page.goto("/#/"); // a hash change keeps the in-memory session
  await creator.page.goto("/#/studio");
  const row = creator.page.getByRole("row").filter({ has: creator.page.getByRole("link", { name: title }) });
  await row.getByRole("cell", { name: "1", exact: true }).waitFor(); // one sale
  await creator.page.getByRole("button", { name: "Withdraw" }).click();
  const w = await statusMatching(creator.page, /Withdrew|did not/, 60_000);
  assert.match(w, /Withdrew 0\.0[1-9]\d* ETH/, w); // the sale's 0.01 ETH (more on a reused gateway)
  await creator.page.getByText("Nothing to withdraw.").waitFor();
  await t.screenshots(creator.page, "studio-after-sale");
}
