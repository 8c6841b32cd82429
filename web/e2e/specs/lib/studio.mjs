// Shared steps of the flow specs (not a spec itself: TestBrowser runs specs/*.mjs only).
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

/** png makes a small solid-colour PNG (a poster) without any image tool. */
export function png(width = 64, height = 36, rgb = [30, 120, 200]) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

/**
 * variant writes a copy of E2E_VIDEO with a few bytes appended (players ignore them): another
 * content hash, since the gateway takes each file once.
 */
export function variant(t, tag) {
  const out = join(mkdtempSync(join(tmpdir(), "swarmgate-e2e-")), `${tag}.mp4`);
  writeFileSync(out, Buffer.concat([readFileSync(video(t)), Buffer.from(`swarmgate e2e ${tag}`)]));
  return out;
}

/** video returns E2E_VIDEO or fails: the flow specs need a real video. */
export function video(t) {
  const v = t.env.E2E_VIDEO;
  assert.ok(v, "E2E_VIDEO is not set: the flow specs need a short real video (the Go test makes one with ffmpeg)");
  return v;
}

/** signIn connects the page's wallet and signs in through the header's buttons. */
export async function signIn(page) {
  await page.getByRole("button", { name: "Connect wallet" }).click();
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Sign out" }).waitFor();
}

/** statusMatching waits until the status line matches re and returns its text. */
export async function statusMatching(page, re, timeout = 120_000) {
  const status = page.getByRole("status");
  await status.filter({ hasText: re }).waitFor({ timeout });
  return (await status.textContent()) ?? "";
}

/**
 * upload fills the studio's form on a signed-in page and uploads E2E_VIDEO with a poster and a
 * policy; it waits for sealing, the wallet's registration signature and the listing, and
 * returns the item id.
 */
export async function upload(t, page, { title, description = "A test pattern with a tone.", access = "buy", price = "0.01", currency = "ETH", period = "", gate = "", file = "", navigate = true }) {
  if (navigate) await page.goto("/#/studio");
  await page.getByRole("heading", { name: "New upload" }).waitFor();
  await page.getByLabel("Video file").setInputFiles(file || video(t));
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Description").fill(description);
  await page.getByLabel("Poster").setInputFiles({ name: "poster.png", mimeType: "image/png", buffer: png() });
  await page.getByLabel("Access", { exact: true }).selectOption(access);
  if (access === "buy" || access === "rent") {
    await page.getByLabel("Price", { exact: true }).fill(price);
    await page.getByLabel("Currency", { exact: true }).fill(currency);
  }
  if (access === "rent") await page.getByLabel("Rental period", { exact: true }).fill(period);
  if (access === "token") await page.getByLabel("Gate token", { exact: true }).fill(gate);
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  const text = await statusMatching(page, /Listed|did not/);
  const m = /Listed: .* is item (\d+)\./.exec(text);
  assert.ok(m, `the upload was not listed: ${text}`);
  return m[1];
}
