import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { seal } from "./sealer";
import { MemoryByteSource } from "../src/bytesource";
import { BATCH, PlainStream } from "../src/stream";
import { hexToBytes } from "../src/keyseal";

const vecDir = join(REPO, "sealed", "testdata", "vectors");

test("the format as written in FORMAT.md reproduces Go's sealed vectors byte for byte", async () => {
  const vectors = JSON.parse(readFileSync(join(vecDir, "vectors.json"), "utf8"));
  for (const v of vectors) {
    const key = hexToBytes(readFileSync(join(vecDir, v.keyFile), "utf8").trim());
    const plain = new Uint8Array(readFileSync(join(vecDir, v.plainFile)));
    const want = new Uint8Array(readFileSync(join(vecDir, v.sealedFile)));
    const got = await seal(key, hexToBytes(v.fileId), plain, v.chunkSize);
    assert.ok(Buffer.from(got).equals(Buffer.from(want)), v.name);
  }
});

test("PlainStream serves ranges across many chunks and several ciphertext reads", async () => {
  const L = 3 * BATCH + 12345;
  const plain = new Uint8Array(L);
  for (let i = 0; i < L; i++) plain[i] = (i * 7 + (i >> 9)) & 0xff;
  const key = crypto.getRandomValues(new Uint8Array(32));
  const sealed = await seal(key, crypto.getRandomValues(new Uint8Array(32)), plain, 65536);
  const src = new MemoryByteSource(sealed);
  const s = await PlainStream.open(key, src, sealed.length, "video/mp4");
  const whole = new Uint8Array(await s.respond("bytes=0-").arrayBuffer());
  assert.ok(Buffer.from(whole).equals(Buffer.from(plain)), "whole file");
  assert.ok(src.reads >= 1 + 4, `the whole file came in batches (${src.reads} reads)`);
  for (const [a, b] of [[65535 - 100, 65536 - 100], [BATCH - 1, BATCH + 1], [2 * BATCH - 7, 3 * BATCH + 9], [L - 70000, L - 1], [Math.floor(0.8 * L), L - 1]]) {
    const res = s.respond(`bytes=${a}-${b}`);
    assert.equal(res.headers.get("Content-Range"), `bytes ${a}-${b}/${L}`);
    const got = new Uint8Array(await res.arrayBuffer());
    assert.ok(Buffer.from(got).equals(Buffer.from(plain.subarray(a, b + 1))), `${a}-${b}`);
  }
  // A reader that stops early (a seek) reads no further ciphertext.
  const before = src.reads;
  const r = s.respond("bytes=0-").body!.getReader();
  await r.read();
  await r.cancel();
  assert.ok(src.reads - before <= 2, `a cancelled response stopped reading (${src.reads - before} reads)`);
});
