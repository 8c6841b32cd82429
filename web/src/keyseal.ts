// Content keys sealed to the viewer with HPKE (package viewerkey): the page makes a fresh
// X25519 key pair per request, the gateway seals the 32-byte content key to it under an info
// string that binds the content id, chain id and viewer, and the page opens it and checks it
// against the key commitment registered on-chain.
import { Aes256Gcm, CipherSuite, HkdfSha256 } from "@hpke/core";
import { DhkemX25519HkdfSha256 } from "@hpke/dhkem-x25519";
import { keccak256 } from "viem";

/** KEM is the HPKE KEM name the page asks for (viewerkey.KEMX25519). */
export const KEM = "X25519";
/** ENC_LEN is the length of an X25519 encapsulated key. */
const ENC_LEN = 32;

/** KeyCommitmentError means an opened key does not hash to the on-chain key commitment. */
export class KeyCommitmentError extends Error {
  constructor() {
    super("the gateway's content key does not match the key commitment on the chain: refusing to play");
    this.name = "KeyCommitmentError";
  }
}

function suite(): CipherSuite {
  return new CipherSuite({ kem: new DhkemX25519HkdfSha256(), kdf: new HkdfSha256(), aead: new Aes256Gcm() });
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
  publicKey: Uint8Array;
  privateKey: CryptoKey;
}

/** newRecipient generates a fresh X25519 key pair for one key request. */
export async function newRecipient(): Promise<Recipient> {
  const s = suite();
  const keyPair = await s.kem.generateKeyPair();
  const publicKey = new Uint8Array(await s.kem.serializePublicKey(keyPair.publicKey));
  return { publicKey, privateKey: keyPair.privateKey };
}

/** recipientFromPrivate rebuilds a recipient from a serialized private key (tests). */
export async function recipientFromPrivate(sk: Uint8Array): Promise<Recipient> {
  const s = suite();
  const privateKey = await s.kem.deserializePrivateKey(sk);
  return { publicKey: new Uint8Array(), privateKey };
}

/** openSealedKey opens viewerkey.Seal's output (enc || ciphertext) with the recipient. */
export async function openSealedKey(r: Recipient, infoBytes: Uint8Array, sealed: Uint8Array): Promise<Uint8Array> {
  if (sealed.length <= ENC_LEN) throw new Error("the sealed key is too short");
  const s = suite();
  try {
    const pt = await s.open({ recipientKey: r.privateKey, enc: sealed.slice(0, ENC_LEN), info: infoBytes }, sealed.slice(ENC_LEN));
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
