// A sealer written from sealed/FORMAT.md for the tests only (the page never seals): it must
// reproduce Go's vectors byte for byte, and then makes large sealed files for Range tests.
import { HEADER_LEN, layout, nonce, chunkPlainLength, chunkPlainStart } from "../src/sealed";

const enc = new TextEncoder();
const ab = (b: Uint8Array) => b.slice().buffer as ArrayBuffer;

async function hkdf(key: Uint8Array, salt: Uint8Array, info: string, bits: number): Promise<Uint8Array> {
  const ikm = await crypto.subtle.importKey("raw", ab(key), "HKDF", false, ["deriveBits"]);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: "HKDF", hash: "SHA-256", salt: ab(salt), info: ab(enc.encode(info)) }, ikm, bits));
}

/** seal seals plain with key, file id and chunk size c as sealed.Seal does. */
export async function seal(key: Uint8Array, fileId: Uint8Array, plain: Uint8Array, c: number): Promise<Uint8Array> {
  const lay = layout(c, plain.length);
  const out = new Uint8Array(lay.sealedLength);
  const h = out.subarray(0, HEADER_LEN);
  h.set([0x53, 0x57, 0x47, 0x53, 0x45, 0x41, 0x4c, 0x0a]);
  h[8] = 1;
  h[9] = 1;
  h[10] = Math.log2(c);
  const dv = new DataView(out.buffer);
  dv.setUint32(12, Math.floor(plain.length / 2 ** 32));
  dv.setUint32(16, plain.length >>> 0);
  h.set(fileId, 20);
  h.set(await hkdf(key, fileId, "swarmgate sealed v1 key check", 128), 52);
  const fk = await crypto.subtle.importKey("raw", ab(await hkdf(key, fileId, "swarmgate sealed v1 aes-256-gcm chunk key", 256)), "AES-GCM", false, ["encrypt"]);
  const tag = new Uint8Array(await crypto.subtle.encrypt({ name: "AES-GCM", iv: ab(nonce(2, 0)), additionalData: ab(h.subarray(0, 68)) }, fk, new ArrayBuffer(0)));
  h.set(tag, 68);
  const header = h.slice();
  for (let i = 0; i < lay.chunks; i++) {
    const p = plain.subarray(chunkPlainStart(lay, i), chunkPlainStart(lay, i) + chunkPlainLength(lay, i));
    const ct = new Uint8Array(await crypto.subtle.encrypt({ name: "AES-GCM", iv: ab(nonce(i === lay.chunks - 1 ? 1 : 0, i)), additionalData: ab(header) }, fk, ab(p)));
    out.set(ct, i === 0 ? HEADER_LEN : i * c);
  }
  return out;
}
