// Creator: a slow upload is paused and resumed, then interrupted by a page reload; after signing
// in again and choosing the same file, the upload resumes where the gateway's tus offset says
// (tus-js-client's fingerprint of the file, no secret stored) and the item is listed.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { signIn, statusMatching } from "./lib/studio.mjs";

/** bigVideo makes a real video of a few MiB (the sample is too small to interrupt). */
function bigVideo() {
  const out = join(mkdtempSync(join(tmpdir(), "swarmgate-e2e-resume-")), "long.mp4");
  execFileSync("ffmpeg", ["-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25", "-t", "10",
    "-c:v", "libx264", "-preset", "ultrafast", "-b:v", "3M", "-pix_fmt", "yuv420p", "-movflags", "+faststart", out]);
  return out;
}

async function throttle(context, page, bytesPerSecond) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: bytesPerSecond });
  return cdp;
}

async function fill(page, file, title) {
  await page.getByLabel("Video file").setInputFiles(file);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Access", { exact: true }).selectOption("free");
}

async function progress(page) {
  return page.getByRole("progressbar", { name: "Upload progress" }).evaluate((p) => p.value / p.max);
}

export default async function resume(t) {
  const file = bigVideo();
  const title = `Long pattern ${Date.now().toString(36)}`;
  const { page, context } = await t.newPage({ wallet: 3 });
  await page.goto("/#/studio");
  await signIn(page);
  const cdp = await throttle(context, page, 512 << 10); // 512 KiB/s up
  await fill(page, file, title);
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  await page.waitForFunction(() => {
    const p = document.querySelector("progress");
    return p && p.value / p.max > 0.05;
  }, null, { timeout: 60_000 });

  // Pause and resume in the page.
  await page.getByRole("button", { name: "Pause" }).click();
  await statusMatching(page, /Upload paused/, 10_000);
  const paused = await progress(page);
  await page.waitForTimeout(1500);
  assert.ok(Math.abs((await progress(page)) - paused) < 0.02, "no progress while paused");
  await page.getByRole("button", { name: "Resume" }).click();
  await page.waitForFunction((p0) => {
    const p = document.querySelector("progress");
    return p.value / p.max > p0 + 0.05;
  }, paused, { timeout: 60_000 });
  await t.screenshots(page, "studio-uploading");

  // Interrupt by reloading the page mid-upload.
  const before = await progress(page);
  assert.ok(before < 0.9, `the upload should still be running (${before})`);
  await page.reload();
  await cdp.detach().catch(() => {});
  await signIn(page);
  await page.getByRole("heading", { name: "Unfinished uploads" }).waitFor();
  await page.getByText(new RegExp(`${title}: receiving`)).waitFor();
  await t.screenshots(page, "studio-unfinished");

  // Choose the same file again: it resumes, then seals and is listed.
  let started = -1;
  page.on("request", (r) => {
    if (r.method() === "HEAD" && r.url().includes("/v1/tus/")) started = 0;
    if (r.method() === "POST" && /\/v1\/tus\/?$/.test(new URL(r.url()).pathname)) started = 1;
  });
  await fill(page, file, title);
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  await statusMatching(page, /Resuming the earlier upload/, 20_000);
  const text = await statusMatching(page, /Listed|did not/, 120_000);
  assert.match(text, /Listed: .* is item \d+\./, text);
  assert.equal(started, 0, "the page resumed the earlier upload (HEAD) instead of creating a new one");
}
