import { test } from "node:test";
import assert from "node:assert/strict";
import { HttpByteSource } from "../src/bytesource";

const data = Uint8Array.from({ length: 1000 }, (_, i) => i & 0xff);

function server(mode: "range" | "ignore" | "short" | "problem") {
  const seen: string[] = [];
  const f = (async (_url: RequestInfo | URL, init?: RequestInit) => {
    const range = new Headers(init?.headers).get("Range") ?? "";
    seen.push(range);
    if (mode === "problem") return new Response(JSON.stringify({ code: "passkey_expired", detail: "the passkey has expired" }), { status: 401 });
    if (mode === "ignore") return new Response(data, { status: 200 });
    const m = /^bytes=(\d+)-(\d+)$/.exec(range)!;
    const end = mode === "short" ? Number(m[2]) : Number(m[2]) + 1;
    return new Response(data.slice(Number(m[1]), end), { status: 206 });
  }) as typeof fetch;
  return { f, seen };
}

test("HttpByteSource asks for exactly [start, end) and returns it", async () => {
  const s = server("range");
  const got = await new HttpByteSource("/x", s.f).read(10, 20);
  assert.deepEqual(got, data.slice(10, 20));
  assert.deepEqual(s.seen, ["bytes=10-19"]);
});

test("HttpByteSource copes with a server that ignores Range", async () => {
  assert.deepEqual(await new HttpByteSource("/x", server("ignore").f).read(100, 164), data.slice(100, 164));
});

test("HttpByteSource refuses a short answer and reports a problem's detail", async () => {
  await assert.rejects(new HttpByteSource("/x", server("short").f).read(0, 10), /sent 9 bytes for a 10-byte range/);
  await assert.rejects(new HttpByteSource("/x", server("problem").f).read(0, 10), /401: the passkey has expired/);
  await assert.rejects(new HttpByteSource("/x", server("range").f).read(5, 5), /empty ciphertext range/);
});
