// The page's EIP-4361 text must be byte for byte what chain/siwe formats (and so verifies).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { siweMessage } from "../src/wallet";

test("siweMessage matches Go's chain/siwe Message.String()", () => {
  const v = JSON.parse(readFileSync(join(TESTDATA, "siwe.json"), "utf8"));
  const got = siweMessage({ nonce: v.nonce, domain: v.domain, uri: v.uri, chain_id: v.chain_id, statement: v.statement }, v.address, new Date(v.issued_at));
  assert.equal(got, v.message);
});
