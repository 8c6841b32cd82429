// The simulated wallet of the browser tests: an EIP-1193 provider injected into every page
// (announced with EIP-6963 and as window.ethereum), whose signing methods run in Node with a
// dev-chain key through viem, and whose other methods go to the chain's JSON-RPC endpoint. It
// is the one simulated part: the page, the gateway and the chain are real.
import { createPublicClient, createWalletClient, defineChain, http, isAddressEqual, isHex, numberToHex, stringToHex } from "viem";
import { privateKeyToAccount } from "viem/accounts";

/** The EIP-6963 info the test wallet announces. */
export const walletInfo = {
  uuid: "5a3c1a52-7d3e-4c1e-9a0b-5357a4a6a7e1",
  name: "Swarmgate Test Wallet",
  // A 1×1 SVG: the page may show it (img-src allows data:).
  icon: "data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHZpZXdCb3g9IjAgMCAxIDEiLz4=",
  rdns: "org.swarmgate.testwallet",
};

// Runs in the page before its own scripts (page.addInitScript), so the app's EIP-6963 request
// finds the wallet whenever it asks. `bridge` is the name of the function exposed to the page.
function pageProvider({ bridge, info }) {
  const listeners = new Map();
  const emit = (event, ...args) => {
    for (const fn of listeners.get(event) ?? []) {
      try {
        fn(...args);
      } catch (e) {
        console.error(e);
      }
    }
  };
  const provider = {
    isSwarmgateTestWallet: true,
    async request(args) {
      if (!args || typeof args.method !== "string") {
        const e = new Error("request expects { method, params }");
        e.code = -32600;
        throw e;
      }
      const r = await window[bridge](args.method, args.params ?? []);
      if (r.error) {
        const e = new Error(r.error.message);
        e.code = r.error.code;
        if (r.error.data !== undefined) e.data = r.error.data;
        throw e;
      }
      for (const [event, value] of r.events ?? []) emit(event, value);
      return r.result;
    },
    on(event, fn) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event).add(fn);
      return provider;
    },
    removeListener(event, fn) {
      listeners.get(event)?.delete(fn);
      return provider;
    },
  };
  const detail = Object.freeze({ info: Object.freeze({ ...info }), provider });
  const announce = () => window.dispatchEvent(new CustomEvent("eip6963:announceProvider", { detail }));
  window.addEventListener("eip6963:requestProvider", announce);
  Object.defineProperty(window, "ethereum", { value: provider, configurable: true });
  announce();
}

class RPCError extends Error {
  constructor(code, message, data) {
    super(message);
    this.code = code;
    this.data = data;
  }
}

/**
 * attachWallet injects the wallet into every page of a browser context, signing with privateKey
 * on the chain at rpcURL. It returns the wallet's state: its address, whether the page
 * connected, and the log of the methods the page called (tests assert on it).
 */
export async function attachWallet(context, { privateKey, rpcURL, chainId }) {
  const account = privateKeyToAccount(privateKey);
  const chain = defineChain({
    id: chainId,
    name: "Swarmgate dev chain",
    nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    rpcUrls: { default: { http: [rpcURL] } },
  });
  const transport = http(rpcURL, { retryCount: 0, timeout: 20_000 });
  const wallet = createWalletClient({ account, chain, transport });
  const pub = createPublicClient({ chain, transport });
  const state = { address: account.address, connected: false, calls: [], wallet, public: pub };

  let rpcID = 0;
  async function forward(method, params) {
    const res = await fetch(rpcURL, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: ++rpcID, method, params }),
    });
    const body = await res.json();
    if (body.error) throw new RPCError(body.error.code, body.error.message, body.error.data);
    return body.result;
  }

  function mustBeConnected(addr) {
    if (!state.connected) throw new RPCError(4100, "the test wallet is not connected: call eth_requestAccounts first");
    if (addr !== undefined && !(typeof addr === "string" && isHex(addr) && addr.length === 42 && isAddressEqual(addr, account.address))) {
      throw new RPCError(4100, `the test wallet holds ${account.address}, not ${addr}`);
    }
  }

  const handlers = {
    async eth_requestAccounts() {
      const events = state.connected ? [] : [["connect", { chainId: numberToHex(chainId) }], ["accountsChanged", [account.address]]];
      state.connected = true;
      return { result: [account.address], events };
    },
    eth_accounts: () => ({ result: state.connected ? [account.address] : [] }),
    eth_chainId: () => ({ result: numberToHex(chainId) }),
    net_version: () => ({ result: String(chainId) }),
    wallet_requestPermissions() {
      state.connected = true;
      return { result: [{ parentCapability: "eth_accounts" }], events: [["accountsChanged", [account.address]]] };
    },
    wallet_getPermissions: () => ({ result: state.connected ? [{ parentCapability: "eth_accounts" }] : [] }),
    wallet_switchEthereumChain([p]) {
      if (!p || BigInt(p.chainId) !== BigInt(chainId)) throw new RPCError(4902, `the test wallet knows chain ${chainId} only`);
      return { result: null };
    },
    wallet_addEthereumChain([p]) {
      if (!p || BigInt(p.chainId) !== BigInt(chainId)) throw new RPCError(4902, `the test wallet knows chain ${chainId} only`);
      return { result: null };
    },
    async personal_sign(params) {
      // [message, address] per the spec; some pages send [address, message].
      let [message, addr] = params;
      if (typeof message === "string" && message.length === 42 && isHex(message) && isAddressEqual(message, account.address)) [addr, message] = [message, addr];
      mustBeConnected(addr);
      const raw = isHex(message) ? message : stringToHex(String(message));
      return { result: await account.signMessage({ message: { raw } }) };
    },
    async eth_signTypedData_v4([addr, data]) {
      mustBeConnected(addr);
      const typed = typeof data === "string" ? JSON.parse(data) : data;
      if (typed.domain?.chainId !== undefined && BigInt(typed.domain.chainId) !== BigInt(chainId)) {
        throw new RPCError(4901, `typed data for chain ${typed.domain.chainId}; the test wallet is on chain ${chainId}`);
      }
      return { result: await account.signTypedData(normalizeTypedData(typed)) };
    },
    async eth_sendTransaction([tx]) {
      mustBeConnected(tx?.from);
      const big = (v) => (v === undefined || v === null ? undefined : BigInt(v));
      const hash = await wallet.sendTransaction({
        to: tx.to ?? undefined,
        data: tx.data ?? tx.input ?? undefined,
        value: big(tx.value),
        gas: big(tx.gas),
        maxFeePerGas: big(tx.maxFeePerGas),
        maxPriorityFeePerGas: big(tx.maxPriorityFeePerGas),
        nonce: tx.nonce === undefined ? undefined : Number(BigInt(tx.nonce)),
      });
      return { result: hash };
    },
    eth_sign() {
      throw new RPCError(4200, "eth_sign is unsafe and the test wallet does not support it; use personal_sign");
    },
  };

  await context.exposeFunction("__swarmgateTestWallet", async (method, params) => {
    state.calls.push(method);
    try {
      const h = handlers[method];
      if (h) return await h(params);
      return { result: await forward(method, params) };
    } catch (e) {
      const code = typeof e?.code === "number" ? e.code : -32603;
      return { error: { code, message: String(e?.shortMessage ?? e?.message ?? e), data: e?.data } };
    }
  });
  await context.addInitScript(pageProvider, { bridge: "__swarmgateTestWallet", info: walletInfo });
  return state;
}

// normalizeTypedData turns what a page sends to eth_signTypedData_v4 (JSON: integers as numbers
// or decimal or hex strings) into what viem signs (integers as bigint), by the declared types.
export function normalizeTypedData(typed) {
  const types = { ...typed.types };
  const conv = (type, v) => {
    if (v === null || v === undefined) return v;
    const arr = /^(.*)\[(\d*)\]$/.exec(type);
    if (arr) return v.map((x) => conv(arr[1], x));
    if (/^u?int\d*$/.test(type)) return BigInt(v);
    if (types[type]) return struct(type, v);
    return v;
  };
  const struct = (type, v) => Object.fromEntries(types[type].map((f) => [f.name, conv(f.type, v[f.name])]));
  const domain = { ...typed.domain };
  if (domain.chainId !== undefined) domain.chainId = Number(BigInt(domain.chainId));
  return { domain, types, primaryType: typed.primaryType, message: struct(typed.primaryType, typed.message) };
}
