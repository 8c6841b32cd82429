// The connected wallet (EIP-1193 through viem), sign-in with Ethereum (EIP-4361) against the
// gateway, chain reads and the transactions the page sends.
import {
  type Address,
  type Chain,
  type Hash,
  type PublicClient,
  type WalletClient,
  createPublicClient,
  createWalletClient,
  custom,
  defineChain,
  formatUnits,
  getAddress,
  http,
  parseUnits,
  zeroAddress,
} from "viem";
import { BandwidthEscrowAbi, ContentRegistryAbi, ERC20Abi } from "./abi.gen";
import { type ChainInfo, chain as chainInfo, request, setSession, sessionAddress } from "./api";
import type { EIP1193Provider } from "./discovery";

export { BandwidthEscrowAbi, ContentRegistryAbi, ERC20Abi, formatUnits, parseUnits, zeroAddress, getAddress };

interface State {
  provider?: EIP1193Provider;
  account?: Address;
  wallet?: WalletClient;
  pub?: PublicClient;
  chain?: Chain;
  info?: ChainInfo;
}
const st: State = {};
const watched = new WeakSet<EIP1193Provider>();

/** account returns the connected account, if any. */
export function account(): Address | undefined {
  return st.account;
}

function viemChain(info: ChainInfo): Chain {
  return defineChain({
    id: info.chain_id,
    name: info.chain_id === 1337 ? "Swarmgate dev chain" : `Chain ${info.chain_id}`,
    nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    rpcUrls: { default: { http: info.rpc_url && info.rpc_url.startsWith("http") ? [info.rpc_url] : [] } },
  });
}

/**
 * reader returns a public client: the connected wallet's provider when it is on the gateway's
 * chain (an operator's RPC endpoint often sends no CORS headers), else the RPC URL from
 * GET /v1/chain.
 */
export async function reader(): Promise<{ pub: PublicClient; info: ChainInfo }> {
  const info = await chainInfo();
  if (!st.pub || st.info !== info) {
    st.chain = viemChain(info);
    st.info = info;
    let transport;
    if (st.provider && Number(await st.provider.request({ method: "eth_chainId" })) === info.chain_id) transport = custom(st.provider);
    else if (info.rpc_url && info.rpc_url.startsWith("http")) transport = http(info.rpc_url, { timeout: 15_000 });
    else if (st.provider) transport = custom(st.provider);
    else throw new Error("connect a wallet to read the chain: this gateway recommends no RPC URL");
    st.pub = createPublicClient({ chain: st.chain, transport, pollingInterval: 500 }) as PublicClient;
  }
  return { pub: st.pub, info };
}

/** connect asks the wallet for an account and watches for account changes. */
export async function connect(provider: EIP1193Provider, onChange: () => void): Promise<Address> {
  const accounts = (await provider.request({ method: "eth_requestAccounts" })) as string[];
  if (!accounts || accounts.length === 0) throw new Error("the wallet shared no account");
  st.provider = provider;
  st.account = getAddress(accounts[0]);
  st.wallet = createWalletClient({ account: st.account, transport: custom(provider) });
  st.pub = undefined;
  if (!watched.has(provider)) {
    watched.add(provider);
    provider.on?.("accountsChanged", (a: unknown) => {
      if (st.provider !== provider) return;
      const list = a as string[];
      const next = list && list.length ? getAddress(list[0]) : undefined;
      if (next !== st.account) {
        st.account = next;
        st.wallet = next ? createWalletClient({ account: next, transport: custom(provider) }) : undefined;
        setSession("", ""); // a session belongs to one account
        onChange();
      }
    });
  }
  return st.account;
}

/** isoSeconds formats a time as RFC 3339 without fractions. */
function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}

interface NonceAnswer {
  nonce: string;
  domain: string;
  uri: string;
  chain_id: number;
  statement: string;
}

/** siweMessage builds the EIP-4361 text exactly as chain/siwe formats it. */
export function siweMessage(n: NonceAnswer, address: Address, now: Date): string {
  const lines = [`${n.domain} wants you to sign in with your Ethereum account:`, getAddress(address), ""];
  if (n.statement) lines.push(n.statement);
  lines.push("", `URI: ${n.uri}`, "Version: 1", `Chain ID: ${n.chain_id}`, `Nonce: ${n.nonce}`, `Issued At: ${isoSeconds(now)}`,
    `Expiration Time: ${isoSeconds(new Date(now.getTime() + 5 * 60_000))}`);
  return lines.join("\n");
}

/** signIn signs an EIP-4361 message with the wallet and keeps the session in memory. */
export async function signIn(): Promise<string> {
  if (!st.wallet || !st.account) throw new Error("connect a wallet first");
  const n = await request<NonceAnswer>("POST", "/v1/auth/nonce", {});
  const message = siweMessage(n, st.account, new Date());
  const signature = await st.wallet.signMessage({ account: st.account, message });
  const s = await request<{ token: string; address: string }>("POST", "/v1/auth/verify", { message, signature });
  setSession(s.token, getAddress(s.address));
  return s.address;
}

/** signedIn says whether the session belongs to the connected account. */
export function signedIn(): boolean {
  return !!st.account && sessionAddress() === st.account;
}

/** ensureChain asks the wallet to switch to the gateway's chain (adding it if needed). */
async function ensureChain(): Promise<{ wallet: WalletClient; account: Address; chain: Chain }> {
  if (!st.wallet || !st.account || !st.provider) throw new Error("connect a wallet first");
  const { info } = await reader();
  const current = Number(await st.provider.request({ method: "eth_chainId" }));
  if (current !== info.chain_id) {
    const hex = "0x" + info.chain_id.toString(16);
    try {
      await st.provider.request({ method: "wallet_switchEthereumChain", params: [{ chainId: hex }] });
    } catch (e) {
      if (!info.rpc_url) throw new Error(`switch your wallet to chain ${info.chain_id}`);
      await st.provider.request({
        method: "wallet_addEthereumChain",
        params: [{ chainId: hex, chainName: st.chain!.name, nativeCurrency: st.chain!.nativeCurrency, rpcUrls: [info.rpc_url] }],
      });
      void e;
    }
    st.pub = undefined; // read through the wallet now that it is on the chain
    await reader();
  }
  return { wallet: st.wallet, account: st.account, chain: st.chain! };
}

/** signTypedData signs eth_signTypedData_v4 JSON exactly as the gateway gave it. */
export async function signTypedData(typedData: unknown): Promise<string> {
  const { account } = await ensureChain();
  return (await st.provider!.request({ method: "eth_signTypedData_v4", params: [account, JSON.stringify(typedData)] })) as string;
}

/** send sends a contract call from the wallet and waits for it to be mined. */
export async function send(p: { address: Address; abi: readonly unknown[]; functionName: string; args: readonly unknown[]; value?: bigint }): Promise<Hash> {
  const { wallet, account, chain } = await ensureChain();
  const { pub } = await reader();
  const hash = await wallet.writeContract({ ...(p as object), account, chain } as never);
  const r = await pub.waitForTransactionReceipt({ hash, timeout: 120_000 });
  if (r.status !== "success") throw new Error(`transaction ${hash} failed`);
  return hash;
}

/** sendRaw sends a prepared transaction (to, data) and waits for it. */
export async function sendRaw(to: Address, data: `0x${string}`): Promise<Hash> {
  const { wallet, account, chain } = await ensureChain();
  const { pub } = await reader();
  const hash = await wallet.sendTransaction({ account, chain, to, data });
  const r = await pub.waitForTransactionReceipt({ hash, timeout: 120_000 });
  if (r.status !== "success") throw new Error(`transaction ${hash} failed`);
  return hash;
}

/** Currency describes a price currency. */
export interface Currency {
  address: Address;
  symbol: string;
  decimals: number;
}

const currencies = new Map<string, Promise<Currency>>();

/** currency reads an ERC-20's symbol and decimals ("" or zero: the native coin). */
export function currency(addr: string): Promise<Currency> {
  if (!addr || /^0x0{40}$/i.test(addr)) return Promise.resolve({ address: zeroAddress, symbol: "ETH", decimals: 18 });
  const a = getAddress(addr);
  let c = currencies.get(a);
  if (!c) {
    c = (async () => {
      const { pub } = await reader();
      const decimals = Number(await pub.readContract({ address: a, abi: ERC20Abi, functionName: "decimals" }));
      let symbol = "";
      try {
        symbol = String(await pub.readContract({ address: a, abi: ERC20Abi, functionName: "symbol" }));
      } catch {
        symbol = a.slice(0, 8) + "…";
      }
      return { address: a, symbol, decimals };
    })();
    c.catch(() => currencies.delete(a));
    currencies.set(a, c);
  }
  return c;
}

/** formatAmount formats base units in a currency ("0.01 ETH"). */
export async function formatAmount(units: string | bigint, cur: string): Promise<string> {
  try {
    const c = await currency(cur);
    return `${formatUnits(BigInt(units), c.decimals)} ${c.symbol}`;
  } catch {
    return `${units} units of ${cur}`;
  }
}
