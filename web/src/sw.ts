// The player's service worker (served at /sw.js, scope /): answers GET /stream/<token> — the
// <video> element's Range requests — by reading ciphertext from the stream's byte source and
// decrypting the sealed chunks with Web Crypto. It keeps content keys in memory only.
import { type ByteSource, HttpByteSource } from "./bytesource";
import { PlainStream } from "./stream";

interface OpenMsg {
  type: "open";
  token: string;
  key: Uint8Array;
  url: string;
  sealedLength: number;
  mime: string;
}

// Minimal service worker typing (the DOM lib is what the page compiles with).
interface FetchEv extends Event {
  request: Request;
  respondWith(r: Promise<Response> | Response): void;
  waitUntil(p: Promise<unknown>): void;
}
interface MsgEv extends Event {
  data: unknown;
  ports: readonly MessagePort[];
  waitUntil(p: Promise<unknown>): void;
}
interface SWScope {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void>; matchAll(o?: { type?: string; includeUncontrolled?: boolean }): Promise<{ postMessage(m: unknown): void }[]> };
  addEventListener(t: string, f: (e: Event) => void): void;
}
const sw = self as unknown as SWScope;

const MAX_STREAMS = 8;
const streams = new Map<string, Promise<PlainStream>>();
const waiting = new Map<string, (() => void)[]>();
const renewals = new Map<string, (url: string) => void>();

/** renew asks the pages for a new web seed URL (a fresh passkey) for a stream. */
function renew(token: string): Promise<ByteSource> {
  return new Promise<ByteSource>((resolve, reject) => {
    const timer = setTimeout(() => {
      renewals.delete(token);
      reject(new Error("the page did not renew the stream's passkey: start watching again"));
    }, 20_000);
    renewals.set(token, (url) => {
      clearTimeout(timer);
      renewals.delete(token);
      resolve(new HttpByteSource(url));
    });
    void sw.clients.matchAll({ type: "window" }).then((list) => {
      for (const c of list) c.postMessage({ type: "renew", token });
    });
  });
}

sw.addEventListener("install", (e) => (e as FetchEv).waitUntil(sw.skipWaiting()));
sw.addEventListener("activate", (e) => (e as FetchEv).waitUntil(sw.clients.claim()));

sw.addEventListener("message", (e) => {
  const ev = e as MsgEv;
  const r = ev.data as { type?: string; token?: string; url?: string };
  if (r?.type === "renewed" && typeof r.token === "string" && typeof r.url === "string") {
    renewals.get(r.token)?.(r.url);
    return;
  }
  if (r?.type === "forget") {
    // Signed out: drop every stream and its content key.
    streams.clear();
    return;
  }
  const m = ev.data as OpenMsg;
  if (!m || m.type !== "open" || typeof m.token !== "string") return;
  const p = PlainStream.open(new Uint8Array(m.key), new HttpByteSource(m.url), m.sealedLength, m.mime, () => renew(m.token));
  streams.set(m.token, p);
  while (streams.size > MAX_STREAMS) streams.delete(streams.keys().next().value as string);
  for (const f of waiting.get(m.token) ?? []) f();
  waiting.delete(m.token);
  ev.waitUntil(
    p.then(
      () => ev.ports[0]?.postMessage({ ok: true }),
      (err) => {
        streams.delete(m.token);
        ev.ports[0]?.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) });
      },
    ),
  );
});

/** stream finds a stream, asking the pages for it when this worker was restarted. */
async function stream(token: string): Promise<PlainStream | undefined> {
  let p = streams.get(token);
  if (!p) {
    const back = new Promise<void>((resolve) => {
      const list = waiting.get(token) ?? [];
      list.push(resolve);
      waiting.set(token, list);
      setTimeout(resolve, 5000);
    });
    for (const c of await sw.clients.matchAll({ type: "window" })) c.postMessage({ type: "need", token });
    await back;
    p = streams.get(token);
  }
  return p;
}

sw.addEventListener("fetch", (e) => {
  const ev = e as FetchEv;
  const url = new URL(ev.request.url);
  if (url.origin !== sw.location.origin || !url.pathname.startsWith("/stream/") || ev.request.method !== "GET") return;
  const token = url.pathname.slice("/stream/".length);
  ev.respondWith(
    (async () => {
      const s = await stream(token).catch(() => undefined);
      if (!s) return new Response("this stream is closed: start watching again", { status: 404, headers: { "Content-Type": "text/plain" } });
      return s.respond(ev.request.headers.get("Range"));
    })().catch((err) => new Response(String(err instanceof Error ? err.message : err), { status: 502, headers: { "Content-Type": "text/plain" } })),
  );
});
