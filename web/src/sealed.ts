// Sealed content format v1 (sealed/FORMAT.md): header parsing, chunk arithmetic and chunk
// decryption with Web Crypto AES-256-GCM. Runs in the page, the service worker and Node tests.

/** Length of the sealed header. */
export const HEADER_LEN = 84;
/** Length of a GCM tag. */
export const TAG_LEN = 16;
const MAGIC = [0x53, 0x57, 0x47, 0x53, 0x45, 0x41, 0x4c, 0x0a];
const MAX_PLAIN = 2 ** 50;
const enc = new TextEncoder();
const INFO_CHECK = enc.encode("swarmgate sealed v1 key check");
const INFO_CHUNK = enc.encode("swarmgate sealed v1 aes-256-gcm chunk key");

/** SealedError is a sealed file that is malformed, or a key that does not open it. */
export class SealedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SealedError";
  }
}

/** Layout is the chunk geometry of one sealed file, from its header. */
export interface Layout {
  chunkSize: number; // C
  plainLength: number; // L
  chunks: number; // n
  sealedLength: number; // S
  first: number; // F, plaintext capacity of chunk 0
  rest: number; // R, plaintext capacity of every other chunk
}

/** layout computes the geometry for chunk size c and plaintext length l. */
export function layout(c: number, l: number): Layout {
  const first = c - HEADER_LEN - TAG_LEN;
  const rest = c - TAG_LEN;
  const chunks = l <= first ? 1 : 1 + Math.ceil((l - first) / rest);
  return { chunkSize: c, plainLength: l, chunks, sealedLength: HEADER_LEN + l + TAG_LEN * chunks, first, rest };
}

/** Header is a parsed, structurally valid (not yet authenticated) sealed header. */
export interface Header {
  raw: Uint8Array; // all 84 bytes
  fileId: Uint8Array;
  keyCheck: Uint8Array;
  tag: Uint8Array;
  layout: Layout;
}

/** parseHeader checks the header's structure (not its tag) and returns its fields. */
export function parseHeader(b: Uint8Array): Header {
  if (b.length < HEADER_LEN) throw new SealedError(`sealed header is ${b.length} bytes, want ${HEADER_LEN}`);
  for (let i = 0; i < MAGIC.length; i++) {
    if (b[i] !== MAGIC[i]) throw new SealedError("not sealed content (wrong magic)");
  }
  if (b[8] !== 1) throw new SealedError(`unknown sealed format version ${b[8]}`);
  if (b[9] !== 1) throw new SealedError(`unknown sealed algorithm ${b[9]}`);
  if (b[10] < 12 || b[10] > 24) throw new SealedError(`sealed chunk size 2^${b[10]} out of range`);
  if (b[11] !== 0) throw new SealedError("sealed header flags must be 0");
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const hi = dv.getUint32(12);
  const lo = dv.getUint32(16);
  const l = hi * 2 ** 32 + lo;
  if (l > MAX_PLAIN) throw new SealedError("sealed plaintext length out of range");
  const raw = b.slice(0, HEADER_LEN);
  return {
    raw,
    fileId: raw.slice(20, 52),
    keyCheck: raw.slice(52, 68),
    tag: raw.slice(68, 84),
    layout: layout(2 ** b[10], l),
  };
}

/** nonce builds the 12-byte GCM nonce: kind || 00 00 00 || index (8 bytes, big-endian). */
export function nonce(kind: number, index: number): Uint8Array {
  const n = new Uint8Array(12);
  n[0] = kind;
  const dv = new DataView(n.buffer);
  dv.setUint32(4, Math.floor(index / 2 ** 32));
  dv.setUint32(8, index >>> 0);
  return n;
}

/** chunkOf returns the index of the chunk holding plaintext offset p. */
export function chunkOf(lay: Layout, p: number): number {
  if (p < lay.first) return 0;
  return 1 + Math.floor((p - lay.first) / lay.rest);
}

/** chunkPlainStart returns the plaintext offset where chunk i starts. */
export function chunkPlainStart(lay: Layout, i: number): number {
  return i === 0 ? 0 : lay.first + (i - 1) * lay.rest;
}

/** chunkPlainLength returns how many plaintext bytes chunk i holds. */
export function chunkPlainLength(lay: Layout, i: number): number {
  const cap = i === 0 ? lay.first : lay.rest;
  if (i < lay.chunks - 1) return cap;
  return lay.plainLength - chunkPlainStart(lay, i);
}

/** chunkSealedStart returns the file offset of chunk i's sealed bytes. */
export function chunkSealedStart(lay: Layout, i: number): number {
  return i === 0 ? HEADER_LEN : i * lay.chunkSize;
}

/** CipherRange is the ciphertext byte range [start, end) covering chunks first..last. */
export interface CipherRange {
  firstChunk: number;
  lastChunk: number;
  start: number;
  end: number;
}

/**
 * cipherRange returns the chunks and ciphertext bytes needed for plaintext [a, b), b > a,
 * both within the plaintext.
 */
export function cipherRange(lay: Layout, a: number, b: number): CipherRange {
  if (!(a >= 0 && b > a && b <= lay.plainLength)) throw new SealedError(`plaintext range [${a}, ${b}) outside 0..${lay.plainLength}`);
  const firstChunk = chunkOf(lay, a);
  const lastChunk = chunkOf(lay, b - 1);
  const start = chunkSealedStart(lay, firstChunk);
  const end = chunkSealedStart(lay, lastChunk) + chunkPlainLength(lay, lastChunk) + TAG_LEN;
  return { firstChunk, lastChunk, start, end };
}

function buf(b: Uint8Array): ArrayBuffer {
  // Web Crypto wants a BufferSource; a fresh copy avoids SharedArrayBuffer typing trouble.
  return b.slice().buffer as ArrayBuffer;
}

async function hkdf(key: Uint8Array, salt: Uint8Array, info: Uint8Array, bits: number): Promise<Uint8Array> {
  const ikm = await crypto.subtle.importKey("raw", buf(key), "HKDF", false, ["deriveBits"]);
  const out = await crypto.subtle.deriveBits({ name: "HKDF", hash: "SHA-256", salt: buf(salt), info: buf(info) }, ikm, bits);
  return new Uint8Array(out);
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) d |= a[i] ^ b[i];
  return d === 0;
}

/** Opener decrypts the chunks of one sealed file with its content key. */
export class Opener {
  private constructor(
    readonly header: Header,
    private readonly fk: CryptoKey,
  ) {}

  get layout(): Layout {
    return this.header.layout;
  }

  /**
   * open checks the key against the header's key check, verifies the header tag and, when
   * sealedLength is given, that the file has the length the header implies.
   */
  static async open(contentKey: Uint8Array, headerBytes: Uint8Array, sealedLength?: number): Promise<Opener> {
    if (contentKey.length !== 32) throw new SealedError(`content key is ${contentKey.length} bytes, want 32`);
    const h = parseHeader(headerBytes);
    const check = await hkdf(contentKey, h.fileId, INFO_CHECK, 128);
    if (!equal(check, h.keyCheck)) throw new SealedError("the key is not this content's key");
    const fkBytes = await hkdf(contentKey, h.fileId, INFO_CHUNK, 256);
    const fk = await crypto.subtle.importKey("raw", buf(fkBytes), "AES-GCM", false, ["decrypt"]);
    try {
      await crypto.subtle.decrypt({ name: "AES-GCM", iv: buf(nonce(2, 0)), additionalData: buf(h.raw.subarray(0, 68)), tagLength: 128 }, fk, buf(h.tag));
    } catch {
      throw new SealedError("the sealed header was modified (header tag does not verify)");
    }
    if (sealedLength !== undefined && sealedLength !== h.layout.sealedLength) {
      throw new SealedError(`sealed file is ${sealedLength} bytes, its header says ${h.layout.sealedLength}: truncated or extended`);
    }
    return new Opener(h, fk);
  }

  /** openChunk authenticates and decrypts sealed chunk i (plaintext followed by its tag). */
  async openChunk(i: number, sealedChunk: Uint8Array): Promise<Uint8Array> {
    const lay = this.header.layout;
    if (i < 0 || i >= lay.chunks) throw new SealedError(`chunk ${i} out of range 0..${lay.chunks - 1}`);
    const want = chunkPlainLength(lay, i) + TAG_LEN;
    if (sealedChunk.length !== want) throw new SealedError(`chunk ${i} is ${sealedChunk.length} bytes, want ${want}`);
    const kind = i === lay.chunks - 1 ? 1 : 0;
    try {
      const pt = await crypto.subtle.decrypt(
        { name: "AES-GCM", iv: buf(nonce(kind, i)), additionalData: buf(this.header.raw), tagLength: 128 },
        this.fk,
        buf(sealedChunk),
      );
      return new Uint8Array(pt);
    } catch {
      throw new SealedError(`chunk ${i} does not authenticate (modified, moved or from another file)`);
    }
  }

  /**
   * openRange decrypts the ciphertext bytes cipher (file offsets [r.start, r.end) of cipherRange)
   * and returns plaintext [a, b).
   */
  async openRange(r: CipherRange, cipher: Uint8Array, a: number, b: number): Promise<Uint8Array> {
    const lay = this.header.layout;
    if (cipher.length !== r.end - r.start) throw new SealedError(`got ${cipher.length} ciphertext bytes, want ${r.end - r.start}`);
    const out = new Uint8Array(b - a);
    let w = 0;
    for (let i = r.firstChunk; i <= r.lastChunk; i++) {
      const off = chunkSealedStart(lay, i) - r.start;
      const len = chunkPlainLength(lay, i) + TAG_LEN;
      const pt = await this.openChunk(i, cipher.subarray(off, off + len));
      const ps = chunkPlainStart(lay, i);
      const from = Math.max(a, ps) - ps;
      const to = Math.min(b, ps + pt.length) - ps;
      out.set(pt.subarray(from, to), w);
      w += to - from;
    }
    return out;
  }
}
