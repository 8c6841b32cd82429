// EIP-6963 wallet discovery (multi injected provider discovery), with window.ethereum as the
// fallback for wallets that predate it. No Ethereum library here: this runs on the first page.

/** EIP1193Provider is the minimal EIP-1193 interface. */
export interface EIP1193Provider {
  request(args: { method: string; params?: unknown[] | object }): Promise<unknown>;
  on?(event: string, listener: (...args: unknown[]) => void): void;
  removeListener?(event: string, listener: (...args: unknown[]) => void): void;
}

/** WalletInfo is an EIP-6963 provider's announcement. */
export interface WalletInfo {
  uuid: string;
  name: string;
  icon: string;
  rdns: string;
}

/** Wallet is a discovered provider. */
export interface Wallet {
  info: WalletInfo;
  provider: EIP1193Provider;
}

const found = new Map<string, Wallet>();
const listeners = new Set<() => void>();

/** startDiscovery listens for announcements and asks wallets to announce themselves. */
export function startDiscovery(): void {
  window.addEventListener("eip6963:announceProvider", (ev: Event) => {
    const d = (ev as CustomEvent).detail as Wallet | undefined;
    if (!d || !d.info || !d.provider || typeof d.provider.request !== "function") return;
    found.set(d.info.uuid || d.info.rdns || d.info.name, d);
    for (const l of listeners) l();
  });
  window.dispatchEvent(new Event("eip6963:requestProvider"));
}

/** onWalletsChanged calls f whenever a wallet announces itself. */
export function onWalletsChanged(f: () => void): void {
  listeners.add(f);
}

/** wallets returns the announced wallets, or the legacy injected one. */
export function wallets(): Wallet[] {
  const list = [...found.values()];
  if (list.length === 0) {
    const eth = (window as unknown as { ethereum?: EIP1193Provider }).ethereum;
    if (eth && typeof eth.request === "function") list.push({ info: { uuid: "injected", name: "Browser wallet", icon: "", rdns: "" }, provider: eth });
  }
  return list;
}
