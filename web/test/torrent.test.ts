import { test } from "node:test";
import assert from "node:assert/strict";
import { torrentFile } from "../src/torrent";

const enc = (s: string) => new TextEncoder().encode(s);

test("torrentFile reads name and length of a single-file torrent", () => {
  const t = enc("d8:announce3:x/y4:infod6:lengthi10100e4:name39:a0a1a2a3a4a5a6a7a8a9aaabacadaeaf.sealed12:piece lengthi262144e6:pieces0:ee");
  assert.deepEqual(torrentFile(t), { name: "a0a1a2a3a4a5a6a7a8a9aaabacadaeaf.sealed", length: 10100 });
});

test("torrentFile refuses what is not a single-file torrent", () => {
  assert.throws(() => torrentFile(enc("d4:infod5:filesleee")), /single-file/);
  assert.throws(() => torrentFile(enc("d4:info")), /truncated|bad bencode/);
  assert.throws(() => torrentFile(enc("x")), /bad bencode/);
  assert.throws(() => torrentFile(enc("li1ee")), /not a torrent/);
});
