import { test } from "node:test";
import assert from "node:assert/strict";
import { formatBase, parseDuration, parseSplits, priceLabel } from "../src/units";

test("formatBase", () => {
  assert.equal(formatBase("10000000000000000", 18), "0.01");
  assert.equal(formatBase("1500000", 6), "1.5");
  assert.equal(formatBase(0n, 18), "0");
  assert.equal(formatBase("123", 0), "123");
});

test("parseDuration", () => {
  assert.equal(parseDuration("48h"), 172800);
  assert.equal(parseDuration("30d"), 2592000);
  assert.equal(parseDuration("90"), 90);
  assert.throws(() => parseDuration("2 weeks"), /not a duration/);
  assert.throws(() => parseDuration("0h"), /longer than 0/);
});

test("parseSplits", () => {
  assert.deepEqual(parseSplits(""), []);
  assert.deepEqual(parseSplits("owner=7000\n0x70997970C51812dc3A010C7d01b50e0d17dc79C8=3000"), [
    { account: "", share_bps: 7000 },
    { account: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", share_bps: 3000 },
  ]);
  assert.throws(() => parseSplits("owner=5000"), /add up to 5000/);
  assert.throws(() => parseSplits("bob=10000"), /not ADDRESS=BPS/);
});

test("priceLabel", () => {
  assert.equal(priceLabel({ kind: "buy", price: "10000000000000000", currency: "", duration_seconds: 0 }), "Buy for 0.01 ETH");
  assert.equal(priceLabel({ kind: "rent", price: "1000000000000000000", currency: "", duration_seconds: 172800 }), "Rent for 1 ETH / 2 days");
  assert.equal(priceLabel({ kind: "free", price: "0", currency: "", duration_seconds: 0 }), "Free");
});
