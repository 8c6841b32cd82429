// Cross-checks the page's crypto against vectors made by the Go packages: sealed/testdata/vectors
// (sealed.Seal) and test/testdata/hpke-x25519.json (viewerkey.Seal).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Opener, SealedError, cipherRange, layout, parseHeader, HEADER_LEN } from "../src/sealed";
import { info, openSealedKey, recipientFromPrivate, checkCommitment, hexToBytes, KeyCommitmentError, newRecipient } from "../src/keyseal";

const vecDir = join(REPO, "sealed", "testdata", "vectors");
interface Vec { name: string; keyFile: string; plainFile: string; sealedFile: string; chunkSize: number; fileId: string }
const vectors: Vec[] = JSON.parse(readFileSync(join(vecDir, "vectors.json"), "utf8"));
const file = (f: string) => new Uint8Array(readFileSync(join(vecDir, f)));
const key = (v: Vec) => hexToBytes(readFileSync(join(vecDir, v.keyFile), "utf8").trim());

test("sealed vectors: header fields and layout match Go's", () => {
  assert.ok(vectors.length >= 4);
  for (const v of vectors) {
    const sealed = file(v.sealedFile);
    const h = parseHeader(sealed);
    assert.equal(h.layout.chunkSize, v.chunkSize, v.name);
    assert.equal(Buffer.from(h.fileId).toString("hex"), v.fileId, v.name);
    assert.equal(h.layout.plainLength, file(v.plainFile).length, v.name);
    assert.equal(h.layout.sealedLength, sealed.length, v.name);
  }
});

test("sealed vectors: every plaintext range decrypts to Go's plaintext", async () => {
  for (const v of vectors) {
    const sealed = file(v.sealedFile);
    const plain = file(v.plainFile);
    const o = await Opener.open(key(v), sealed.subarray(0, HEADER_LEN), sealed.length);
    const L = plain.length;
    if (L === 0) {
      assert.equal(o.layout.chunks, 1);
      assert.deepEqual(await o.openChunk(0, sealed.subarray(HEADER_LEN)), new Uint8Array());
      continue;
    }
    const C = v.chunkSize;
    const F = C - 100;
    const cuts = [0, 1, F - 1, F, F + 1, Math.floor(L / 2), L - 1, L].filter((x) => x >= 0 && x <= L);
    for (const a of cuts) {
      for (const b of cuts) {
        if (b <= a) continue;
        const r = cipherRange(o.layout, a, b);
        const got = await o.openRange(r, sealed.subarray(r.start, r.end), a, b);
        assert.deepEqual(Buffer.from(got), Buffer.from(plain.subarray(a, b)), `${v.name} [${a},${b})`);
      }
    }
  }
});

test("sealed: wrong key, modified header, modified chunk and wrong length are refused", async () => {
  const v = vectors.find((x) => x.name === "three-chunks")!;
  const sealed = file(v.sealedFile);
  const k = key(v);
  const bad = k.slice();
  bad[0] ^= 1;
  await assert.rejects(Opener.open(bad, sealed.subarray(0, HEADER_LEN)), /not this content's key/);
  const hdr = sealed.slice(0, HEADER_LEN);
  hdr[30] ^= 1; // file id: key check no longer matches
  await assert.rejects(Opener.open(k, hdr), SealedError);
  const hdr2 = sealed.slice(0, HEADER_LEN);
  hdr2[15] ^= 1; // plaintext length: header tag fails
  await assert.rejects(Opener.open(k, hdr2), /modified/);
  await assert.rejects(Opener.open(k, sealed.subarray(0, HEADER_LEN), sealed.length - 1), /truncated or extended/);
  const o = await Opener.open(k, sealed.subarray(0, HEADER_LEN), sealed.length);
  const r = cipherRange(o.layout, 0, o.layout.plainLength);
  const tampered = sealed.slice(r.start, r.end);
  tampered[5000] ^= 1;
  await assert.rejects(o.openRange(r, tampered, 0, o.layout.plainLength), /does not authenticate/);
  // A middle chunk presented as another index does not open.
  const c1 = sealed.subarray(v.chunkSize, 2 * v.chunkSize);
  await assert.rejects(o.openChunk(2, c1), SealedError);
  const magic = sealed.slice(0, HEADER_LEN);
  magic[0] = 0;
  assert.throws(() => parseHeader(magic), /wrong magic/);
});

test("sealed layout: sizes follow FORMAT.md", () => {
  const C = 65536;
  const F = C - 100;
  const R = C - 16;
  assert.equal(layout(C, 0).sealedLength, 100);
  assert.equal(layout(C, F).chunks, 1);
  assert.equal(layout(C, F + 1).chunks, 2);
  assert.equal(layout(C, F + R).chunks, 2);
  assert.equal(layout(C, F + R + 1).chunks, 3);
  const lay = layout(C, 10 * C);
  const r = cipherRange(lay, F, F + 1);
  assert.deepEqual([r.firstChunk, r.lastChunk, r.start, r.end], [1, 1, C, 2 * C]);
  const last = cipherRange(lay, lay.plainLength - 1, lay.plainLength);
  assert.equal(last.end, lay.sealedLength);
});

for (const [file, kem] of [["hpke-x25519.json", "X25519"], ["hpke-mlkem768-x25519.json", "MLKEM768-X25519"]] as const) {
  test(`hpke ${kem}: the page opens a content key sealed by Go's viewerkey`, async () => {
    const v = JSON.parse(readFileSync(join(TESTDATA, file), "utf8"));
    assert.equal(v.kem, kem);
    const inf = info(v.content_id, v.chain_id, v.viewer);
    assert.equal(Buffer.from(inf).toString("hex"), v.info);
    const r = await recipientFromPrivate(kem, hexToBytes(v.private_key));
    const k = await openSealedKey(r, inf, hexToBytes(v.sealed_key));
    assert.equal(Buffer.from(k).toString("hex"), v.content_key);
    checkCommitment(k, v.key_commitment);
    assert.throws(() => checkCommitment(k, "0x" + "00".repeat(32)), KeyCommitmentError);
    // Another viewer, chain or content id in the info string: refused.
    await assert.rejects(openSealedKey(r, info(v.content_id, 1, v.viewer), hexToBytes(v.sealed_key)), /does not open/);
    await assert.rejects(openSealedKey(r, info("43", v.chain_id, v.viewer), hexToBytes(v.sealed_key)), /does not open/);
    const other = await newRecipient(kem);
    assert.equal(Buffer.from(other.publicKey).length, Buffer.from(hexToBytes(v.public_key)).length);
    await assert.rejects(openSealedKey(other, inf, hexToBytes(v.sealed_key)), /does not open/);
    const tampered = hexToBytes(v.sealed_key);
    tampered[tampered.length - 1] ^= 1;
    await assert.rejects(openSealedKey(r, inf, tampered), /does not open/);
  });
}
