// The gateway's REST API (api/openapi.json), as the page uses it. The session token lives in
// this module's memory only: never in localStorage or a cookie the page can read.

/** Problem is an RFC 9457 problem document the gateway answered with. */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly errors: { field: string; code: string; detail?: string; message?: string }[] = [],
  ) {
    super(detail || code);
    this.name = "Problem";
  }
}

let token = "";
let tokenAddress = "";

/** setSession keeps a bearer session in memory ("" signs out). */
export function setSession(t: string, address: string): void {
  token = t;
  tokenAddress = address;
}

/** session returns the signed-in address, or "". */
export function sessionAddress(): string {
  return token ? tokenAddress : "";
}

/** bearer returns the Authorization header value, or "". */
export function bearer(): string {
  return token ? "Bearer " + token : "";
}

/** request calls the gateway and decodes a JSON answer; a problem becomes a Problem. */
export async function request<T>(method: string, path: string, body?: unknown, auth = false): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (auth) {
    if (!token) throw new Problem(401, "token_missing", "sign in first");
    headers.Authorization = "Bearer " + token;
  }
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: "omit" });
  const text = await res.text();
  if (!res.ok) {
    let p: { code?: string; detail?: string; title?: string; errors?: Problem["errors"] } = {};
    try {
      p = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    if (res.status === 401 && auth) {
      setSession("", "");
      window.dispatchEvent(new Event("swarmgate:signedout"));
    }
    throw new Problem(res.status, p.code || `http_${res.status}`, p.detail || p.title || text.slice(0, 200), p.errors || []);
  }
  return (text ? JSON.parse(text) : {}) as T;
}

/** ChainInfo is GET /v1/chain. */
export interface ChainInfo {
  chain_id: number;
  registry: `0x${string}`;
  escrow: `0x${string}`;
  start_block: number;
  unlock_delay_seconds: number;
  fee_bps: number;
  fee_recipient: string;
  rpc_url?: string;
}

/** Policy is a catalog item's policy. */
export interface Policy {
  kind: "free" | "buy" | "rent" | "subscription" | "token_gated";
  price: string;
  currency: string;
  duration_seconds: number;
  subscribable: boolean;
  gate?: { token: string; standard: string; token_id?: string; min_balance: string };
  royalty_bps: number;
  payees: { account: string; share_bps: number }[] | null;
}

/** Content is a catalog item. */
export interface Content {
  id: string;
  content_hash: string;
  info_hash: string;
  key_commitment: string;
  metadata_uri: string;
  title: string;
  description: string;
  creator: string;
  owner: string;
  policy: Policy;
  plaintext_size: number;
  ciphertext_size: number;
  piece_length: number;
  magnet: string;
  mime_type: string;
  poster_url?: string;
  sales?: number;
}

/** RegistryPolicy is a policy as an upload declares it (ContentRegistry.Policy). */
export interface RegistryPolicy {
  model: "free" | "buy" | "rent" | "exclusive";
  price?: string;
  currency?: string;
  duration_seconds?: number;
  subscribers?: boolean;
  gate?: { kind: string; token: string; id?: string; amount: string };
  royalty_bps?: number;
  payees?: { account: string; share_bps: number }[];
}

/** Upload is one of the caller's uploads. */
export interface Upload {
  id: string;
  state: "receiving" | "sealing" | "sealed" | "failed" | "cancelled";
  filename: string;
  size: number;
  bytes_received: number;
  bytes_sealed: number;
  error?: string;
  title?: string;
  policy?: RegistryPolicy;
  content_id?: string;
  poster_url?: string;
}

/** KeyResponse is POST /v1/content/{id}/key. */
export interface KeyResponse {
  content_id: string;
  chain_id: number;
  viewer: string;
  kem: string;
  sealed_key: string;
  key_commitment: string;
  content_hash: string;
  info_hash: string;
  magnet: string;
  passkey: string;
  passkey_expires_at: string;
  access_expires_at?: string;
}

let chainInfo: Promise<ChainInfo> | undefined;

/** chain returns GET /v1/chain, fetched once per page load. */
export function chain(): Promise<ChainInfo> {
  chainInfo ??= request<ChainInfo>("GET", "/v1/chain").catch((e) => {
    chainInfo = undefined;
    throw e;
  });
  return chainInfo;
}
