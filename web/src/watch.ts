// Watching in the page: a fresh HPKE key pair, the content key sealed to it by the gateway,
// checked against the on-chain key commitment, handed to the service worker, which decrypts
// the web seed's ciphertext for the <video> element's Range requests.
import { type Content, type KeyResponse, request, sessionAddress } from "./api";
import { h, setStatus } from "./dom";
import { KEM, checkCommitment, fromBase64, info, newRecipient, openSealedKey, toBase64 } from "./keyseal";
import { torrentFile } from "./torrent";

/** StreamSpec is what the page tells the service worker about one stream. */
export interface StreamSpec {
  type: "open";
  token: string;
  key: Uint8Array;
  url: string;
  sealedLength: number;
  mime: string;
}

const specs = new Map<string, StreamSpec>();
/** What renewing a stream's passkey needs: the item and its torrent file's name. */
const items = new Map<string, { contentId: string; name: string }>();
let listening = false;

async function worker(): Promise<ServiceWorkerRegistration> {
  if (!("serviceWorker" in navigator)) throw new Error("this browser has no service workers: use `swarmgate watch` instead");
  const reg = await navigator.serviceWorker.register("/sw.js", { scope: "/" });
  await navigator.serviceWorker.ready;
  if (!navigator.serviceWorker.controller) {
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error("the player's service worker does not control this page: reload the page")), 10_000);
      navigator.serviceWorker.addEventListener("controllerchange", () => {
        clearTimeout(t);
        resolve();
      }, { once: true });
    });
  }
  if (!listening) {
    listening = true;
    // A service worker stopped by the browser forgets its streams; it asks for them again.
    navigator.serviceWorker.addEventListener("message", (ev) => {
      const m = ev.data as { type?: string; token?: string };
      if (m?.type === "need" && m.token && specs.has(m.token)) void tell(specs.get(m.token)!).catch(() => undefined);
      // The web seed refused the passkey (it expired): ask for the key again for a new one.
      if (m?.type === "renew" && m.token && items.has(m.token)) void renewPasskey(m.token).catch((e) => setStatus("The stream's passkey could not be renewed: " + (e instanceof Error ? e.message : String(e)), true));
    });
  }
  return reg;
}

function seedURL(passkey: string, infoHash: string, name: string): string {
  return `/v1/webseed/${encodeURIComponent(passkey)}/${infoHash.replace(/^0x/, "").toLowerCase()}/${encodeURIComponent(name)}`;
}

async function renewPasskey(token: string): Promise<void> {
  const it = items.get(token)!;
  const r = await newRecipient();
  const k = await request<KeyResponse>("POST", `/v1/content/${it.contentId}/key`, { kem: KEM, public_key: toBase64(r.publicKey) }, true);
  const url = seedURL(k.passkey, k.info_hash, it.name);
  const spec = specs.get(token);
  if (spec) spec.url = url;
  navigator.serviceWorker.controller?.postMessage({ type: "renewed", token, url });
}

async function tell(spec: StreamSpec): Promise<void> {
  const sw = navigator.serviceWorker.controller;
  if (!sw) throw new Error("the player's service worker is gone: reload the page");
  const ch = new MessageChannel();
  const answer = new Promise<{ ok: boolean; error?: string }>((resolve) => {
    ch.port1.onmessage = (e) => resolve(e.data);
  });
  sw.postMessage(spec, [ch.port2]);
  const a = await Promise.race([answer, new Promise<{ ok: boolean; error: string }>((r) => setTimeout(() => r({ ok: false, error: "the service worker did not answer" }), 30_000))]);
  if (!a.ok) throw new Error(a.error || "the stream did not open");
}

function randomToken(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
}

/** play fetches the key of item c, checks it against commitment and plays it in box. */
export async function play(c: Content, commitment: string, box: HTMLElement): Promise<HTMLVideoElement> {
  setStatus("Starting the player…");
  await worker();
  setStatus("Asking the gateway for the content key…");
  const r = await newRecipient();
  const k = await request<KeyResponse>("POST", `/v1/content/${c.id}/key`, { kem: KEM, public_key: toBase64(r.publicKey) }, true);
  const viewer = sessionAddress();
  if (k.content_id !== c.id || k.viewer.toLowerCase() !== viewer.toLowerCase()) throw new Error("the gateway answered for another item or viewer");
  if (k.kem && k.kem !== r.kem) throw new Error(`the gateway sealed the key with ${k.kem}, not the ${r.kem} the page asked for`);
  const key = await openSealedKey(r, info(c.id, k.chain_id, viewer), fromBase64(k.sealed_key));
  checkCommitment(key, commitment); // the chain's commitment, not only the gateway's claim
  checkCommitment(key, k.key_commitment);
  const res = await fetch(`/v1/content/${c.id}/torrent`);
  if (!res.ok) throw new Error(`the torrent of item ${c.id} is not available (${res.status})`);
  const tf = torrentFile(new Uint8Array(await res.arrayBuffer()));
  const spec: StreamSpec = {
    type: "open",
    token: randomToken(),
    key,
    url: seedURL(k.passkey, k.info_hash, tf.name),
    sealedLength: tf.length,
    mime: c.mime_type || "video/mp4",
  };
  setStatus("Checking the content…");
  await tell(spec);
  specs.set(spec.token, spec);
  items.set(spec.token, { contentId: c.id, name: tf.name });
  const video = h("video", { controls: true, playsinline: true, preload: "metadata", "aria-label": "Player" });
  video.src = `/stream/${spec.token}`;
  video.addEventListener("error", () => setStatus("The video stopped: " + (video.error?.message || "a chunk did not decrypt or arrive"), true));
  video.addEventListener("playing", () => setStatus("Playing (decrypted in this browser from the gateway's web seed)."), { once: true });
  box.replaceChildren(video);
  box.parentElement?.querySelector("img.poster")?.remove();
  try {
    await video.play();
  } catch {
    setStatus("Ready: press play.");
  }
  return video;
}
