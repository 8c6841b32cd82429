// The service worker's Range logic against Go-sealed vectors held in memory.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MemoryByteSource, SourceError } from "../src/bytesource";
import { PlainStream, parseRange } from "../src/stream";
import { hexToBytes } from "../src/keyseal";

const vecDir = join(REPO, "sealed", "testdata", "vectors");
const load = (n: string) => ({
  key: hexToBytes(readFileSync(join(vecDir, n + ".key"), "utf8").trim()),
  plain: new Uint8Array(readFileSync(join(vecDir, n + ".plain"))),
  sealed: new Uint8Array(readFileSync(join(vecDir, n + ".sealed"))),
});

test("parseRange: the forms a video element sends, and unsatisfiable ones", () => {
  assert.deepEqual(parseRange(null, 100), { start: 0, end: 100 });
  assert.deepEqual(parseRange("bytes=0-", 100), { start: 0, end: 100 });
  assert.deepEqual(parseRange("bytes=10-19", 100), { start: 10, end: 20 });
  assert.deepEqual(parseRange("bytes=90-1000", 100), { start: 90, end: 100 });
  assert.deepEqual(parseRange("bytes=-10", 100), { start: 90, end: 100 });
  assert.deepEqual(parseRange("bytes=-1000", 100), { start: 0, end: 100 });
  for (const bad of ["bytes=100-", "bytes=5-4", "bytes=-0", "bytes=-", "items=0-1", "bytes=0-1,3-4", "bytes=x-"]) {
    assert.equal(parseRange(bad, 100), undefined, bad);
  }
});

test("PlainStream answers ranges with the plaintext and headers a video element expects", async () => {
  const v = load("three-chunks");
  const src = new MemoryByteSource(v.sealed);
  const s = await PlainStream.open(v.key, src, v.sealed.length, "video/mp4");
  assert.equal(s.size, v.plain.length);
  const full = s.respond(null);
  assert.equal(full.status, 200);
  assert.equal(full.headers.get("Content-Length"), String(v.plain.length));
  assert.deepEqual(new Uint8Array(await full.arrayBuffer()), v.plain);
  const L = v.plain.length;
  for (const [a, b] of [[0, 0], [3990, 4090], [8000, L - 1], [L - 1, L - 1], [4095, 8191]]) {
    const res = s.respond(`bytes=${a}-${b}`);
    assert.equal(res.status, 206);
    assert.equal(res.headers.get("Content-Range"), `bytes ${a}-${b}/${L}`);
    assert.equal(res.headers.get("Content-Type"), "video/mp4");
    assert.deepEqual(new Uint8Array(await res.arrayBuffer()), v.plain.subarray(a, b + 1), `${a}-${b}`);
  }
  const no = s.respond(`bytes=${L}-`);
  assert.equal(no.status, 416);
  assert.equal(no.headers.get("Content-Range"), `bytes */${L}`);
});

test("PlainStream refuses a wrong key and a ciphertext of the wrong length before serving", async () => {
  const v = load("default-chunk");
  const wrong = v.key.slice();
  wrong[31] ^= 0x80;
  await assert.rejects(PlainStream.open(wrong, new MemoryByteSource(v.sealed), v.sealed.length, "video/mp4"), /not this content's key/);
  await assert.rejects(PlainStream.open(v.key, new MemoryByteSource(v.sealed), v.sealed.length + 16, "video/mp4"), /truncated/);
});

test("PlainStream: a tampered chunk ends the response with an error, never with its bytes", async () => {
  const v = load("three-chunks");
  const bad = v.sealed.slice();
  bad[bad.length - 20] ^= 1;
  const s = await PlainStream.open(v.key, new MemoryByteSource(bad), bad.length, "video/mp4");
  const res = s.respond("bytes=0-");
  await assert.rejects(res.arrayBuffer());
});

test("PlainStream renews a refused byte source once and goes on", async () => {
  const v = load("three-chunks");
  let refusals = 0;
  let renewals = 0;
  const good = new MemoryByteSource(v.sealed);
  const expiring = {
    served: 0,
    async read(a: number, b: number) {
      if (this.served++ >= 1) { // the header, then the passkey "expires"
        refusals++;
        throw new SourceError(401, "the web seed answered 401: passkey_expired");
      }
      return good.read(a, b);
    },
  };
  const s = await PlainStream.open(v.key, expiring, v.sealed.length, "video/mp4", async () => {
    renewals++;
    return good;
  });
  const got = new Uint8Array(await s.respond("bytes=100-9000").arrayBuffer());
  assert.deepEqual(got, v.plain.subarray(100, 9001));
  assert.equal(renewals, 1);
  assert.equal(refusals, 1);
  // Without a renewal hook, the refusal ends the answer.
  const s3 = await PlainStream.open(v.key, { read: async (a: number, b: number) => (a === 0 && b === 84 ? good.read(a, b) : Promise.reject(new SourceError(401, "the web seed answered 401"))) }, v.sealed.length, "video/mp4");
  await assert.rejects(s3.respond("bytes=0-").arrayBuffer(), /401/);
});
