// Content keys sealed to the viewer with HPKE (package viewerkey): the page makes a fresh key
// pair per request, the gateway seals the 32-byte content key to it under an info string that
// binds the content id, chain id and viewer, and the page opens it and checks it against the
// key commitment registered on-chain. The default KEM is the gateway's: MLKEM768-X25519
// (X-Wing, post-quantum hybrid; hpke-js's implementation opens what Go's crypto/hpke seals, see
// test/testdata), with DHKEM(X25519) as the fallback viewerkey also offers.
import { Aes256Gcm, CipherSuite, HkdfSha256 } from "@hpke/core";
import { DhkemX25519HkdfSha256 } from "@hpke/dhkem-x25519";
import { XWing } from "@hpke/hybridkem-x-wing";
import { keccak256 } from "viem";

/** KemName is a KEM name a key request may carry (viewerkey.KEMHybrid, viewerkey.KEMX25519). */
export type KemName = "MLKEM768-X25519" | "X25519";
/** KEM is the KEM the page asks for: the gateway's default, post-quantum hybrid. */
export const KEM: KemName = "MLKEM768-X25519";
/** Length of the encapsulated key of each KEM. */
const ENC_LEN: Record<KemName, number> = { "MLKEM768-X25519": 1120, X25519: 32 };

/** KeyCommitmentError means an opened key does not hash to the on-chain key commitment. */
export class KeyCommitmentError extends Error {
  constructor() {
    super("the gateway's content key does not match the key commitment on the chain: refusing to play");
    this.name = "KeyCommitmentError";
  }
}

function suite(kem: KemName): CipherSuite {
  return new CipherSuite({ kem: kem === "X25519" ? new DhkemX25519HkdfSha256() : new XWing(), kdf: new HkdfSha256(), aead: new Aes256Gcm() });
}

/**
 * info builds viewerkey.Info: "swarmgate content key v1" || 0x00 || chainId (8 bytes BE) ||
 * viewer (20 bytes) || contentId (decimal ASCII).
 */
export function info(contentId: string, chainId: number | bigint, viewer: string): Uint8Array {
  const label = new TextEncoder().encode("swarmgate content key v1");
  const id = new TextEncoder().encode(contentId);
  const v = hexToBytes(viewer);
  if (v.length !== 20) throw new Error(`viewer ${viewer} is not an address`);
  const out = new Uint8Array(label.length + 1 + 8 + 20 + id.length);
  out.set(label, 0);
  let o = label.length + 1;
  new DataView(out.buffer).setBigUint64(o, BigInt(chainId));
  o += 8;
  out.set(v, o);
  out.set(id, o + 20);
  return out;
}

/** Recipient is a one-use HPKE key pair. */
export interface Recipient {
  kem: KemName;
  publicKey: Uint8Array;
  privateKey: CryptoKey;
}

/** newRecipient generates a fresh key pair for one key request. */
export async function newRecipient(kem: KemName = KEM): Promise<Recipient> {
  const s = suite(kem);
  const keyPair = await s.kem.generateKeyPair();
  const publicKey = new Uint8Array(await s.kem.serializePublicKey(keyPair.publicKey));
  return { kem, publicKey, privateKey: keyPair.privateKey };
}

/** recipientFromPrivate rebuilds a recipient from a serialized private key (tests). */
export async function recipientFromPrivate(kem: KemName, sk: Uint8Array): Promise<Recipient> {
  const s = suite(kem);
  const privateKey = await s.kem.deserializePrivateKey(sk);
  return { kem, publicKey: new Uint8Array(), privateKey };
}

/** openSealedKey opens viewerkey.Seal's output (enc || ciphertext) with the recipient. */
export async function openSealedKey(r: Recipient, infoBytes: Uint8Array, sealed: Uint8Array): Promise<Uint8Array> {
  const n = ENC_LEN[r.kem];
  if (sealed.length <= n) throw new Error("the sealed key is too short");
  const s = suite(r.kem);
  try {
    const pt = await s.open({ recipientKey: r.privateKey, enc: sealed.slice(0, n), info: infoBytes }, sealed.slice(n));
    return new Uint8Array(pt);
  } catch {
    throw new Error("the sealed content key does not open (wrong key pair, content, chain or viewer)");
  }
}

/** checkCommitment throws KeyCommitmentError unless keccak256(key) equals commitment. */
export function checkCommitment(key: Uint8Array, commitment: string): void {
  if (keccak256(key).toLowerCase() !== commitment.toLowerCase()) throw new KeyCommitmentError();
}

/** hexToBytes decodes 0x-prefixed or bare hex. */
export function hexToBytes(h: string): Uint8Array {
  const s = h.startsWith("0x") || h.startsWith("0X") ? h.slice(2) : h;
  if (s.length % 2 !== 0 || /[^0-9a-fA-F]/.test(s)) throw new Error("not hex");
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(s.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** base64 encodes bytes as standard base64. */
export function toBase64(b: Uint8Array): string {
  let s = "";
  for (const x of b) s += String.fromCharCode(x);
  return btoa(s);
}

/** fromBase64 decodes standard base64. */
export function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
