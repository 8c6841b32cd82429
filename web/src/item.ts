// The item page (price, this wallet's access, buy / rent / subscribe, the escrow deposit,
// watching) and the wallet page (escrow balance and withdrawal).
import { type Content, request } from "./api";
import { errorText, field, h, mount, setStatus, softStatus } from "./dom";
import { connectedAccount, ensureConnected, ensureSignedIn } from "./session";
import { duration, isNative, priceLabel } from "./units";
import * as W from "./wallet";

const MODEL = ["free", "buy", "rent", "exclusive"] as const;

interface OnChain {
  keyCommitment: `0x${string}`;
  model: (typeof MODEL)[number];
  price: bigint;
  currency: `0x${string}`;
  duration: bigint;
  subscribers: boolean;
  gateKind: number;
}

/** onChain reads item id from the registry: the chain is the source of truth for terms. */
export async function onChain(id: string): Promise<OnChain> {
  const { pub, info } = await W.reader();
  const r = (await pub.readContract({ address: info.registry, abi: W.ContentRegistryAbi, functionName: "content", args: [BigInt(id)] })) as unknown as [
    string, string, `0x${string}`, string,
    { model: number; price: bigint; currency: `0x${string}`; duration: bigint; subscribers: boolean; gateKind: number },
  ];
  const p = r[4];
  return { keyCommitment: r[2], model: MODEL[p.model] ?? "exclusive", price: p.price, currency: p.currency, duration: p.duration, subscribers: p.subscribers, gateKind: p.gateKind };
}

interface Access {
  has: boolean;
  expiry: bigint;
  purchasedUntil: bigint;
}

async function access(id: string, who: `0x${string}`): Promise<Access> {
  const { pub, info } = await W.reader();
  const [has, purchasedUntil] = await Promise.all([
    pub.readContract({ address: info.registry, abi: W.ContentRegistryAbi, functionName: "hasAccess", args: [BigInt(id), who] }) as Promise<boolean>,
    pub.readContract({ address: info.registry, abi: W.ContentRegistryAbi, functionName: "purchasedUntil", args: [BigInt(id), who] }) as Promise<bigint>,
  ]);
  let expiry = 0n;
  if (has) expiry = (await pub.readContract({ address: info.registry, abi: W.ContentRegistryAbi, functionName: "accessExpiry", args: [BigInt(id), who] })) as bigint;
  return { has, expiry, purchasedUntil };
}

function accessText(a: Access): string {
  if (!a.has) return a.purchasedUntil > 0n ? "Your rental has ended." : "You have no access yet.";
  if (a.expiry >= 2n ** 63n || a.expiry === 0n) return "You have access (for good).";
  return `You have access until ${new Date(Number(a.expiry) * 1000).toLocaleString()}.`;
}

/** pay approves an ERC-20 price (exactly) when needed; returns the native value to send. */
async function pay(price: bigint, cur: `0x${string}`): Promise<bigint> {
  if (isNative(cur)) return price;
  const { pub, info } = await W.reader();
  const me = W.account()!;
  const allowance = (await pub.readContract({ address: cur, abi: W.ERC20Abi, functionName: "allowance", args: [me, info.registry] })) as bigint;
  if (allowance < price) {
    setStatus("Approve the exact price in your wallet…");
    await W.send({ address: cur, abi: W.ERC20Abi, functionName: "approve", args: [info.registry, price] });
  }
  return 0n;
}

/** itemPage renders one catalog item. */
export async function itemPage(id: string, alive: () => boolean): Promise<void> {
  if (!/^\d+$/.test(id)) throw new Error(`“${id}” is not an item id`);
  softStatus("Loading…");
  const c = await request<Content>("GET", `/v1/content/${id}`);
  if (!alive()) return;
  const accessLine = h("p", { id: "access" }, connectedAccount() ? "Reading your access from the chain…" : "Connect a wallet to see what you already have.");
  const actions = h("div", { class: "row", role: "group", "aria-label": "Access" });
  const playerBox = h("div", {});
  const priceLine = h("p", { class: "price" }, priceLabel(c.policy));
  const side = h("aside", {},
    h("h2", {}, "Access"), priceLine, accessLine, actions,
    depositForm(),
    h("h2", {}, "Faster, peer to peer"),
    h("p", {}, "With Swarmgate installed, watch from the swarm (paying seeders for bandwidth from your escrow deposit):"),
    h("pre", {}, h("code", {}, `swarmgate watch ${c.id}`)));
  mount(h("div", { class: "two" },
    h("section", { "aria-labelledby": "title" },
      h("h1", { id: "title" }, c.title || `Item ${c.id}`),
      c.poster_url ? h("img", { class: "poster", src: c.poster_url, alt: `Poster of ${c.title}` }) : null,
      playerBox,
      h("p", {}, c.description || ""),
      h("p", { class: "hint" }, `${c.mime_type || "video"} · ${(c.plaintext_size / 1e6).toFixed(1)} MB · by `, h("span", { class: "addr" }, c.creator))),
    side));
  softStatus("");

  const watchBtn = h("button", { type: "button", onclick: () => void watch() }, "Watch");
  const refresh = async () => {
    actions.replaceChildren();
    const me = W.account();
    let chainItem: OnChain | undefined;
    // The chain is read through the wallet: a page without one shows the catalog's terms (an
    // operator's RPC endpoint often refuses browsers: no CORS headers).
    if (me) {
      try {
        chainItem = await onChain(id);
      } catch (e) {
        accessLine.textContent = "Could not read the chain: " + errorText(e);
      }
    }
    if (chainItem && chainItem.price > 0n) {
      const amount = await W.formatAmount(chainItem.price, chainItem.currency);
      priceLine.textContent = chainItem.model === "rent" ? `Rent for ${amount} / ${duration(Number(chainItem.duration))}` : chainItem.model === "buy" ? `Buy for ${amount}` : priceLine.textContent;
    }
    let acc: Access | undefined;
    if (me && chainItem) {
      try {
        acc = await access(id, me);
        accessLine.textContent = accessText(acc);
      } catch (e) {
        accessLine.textContent = "Could not read your access: " + errorText(e);
      }
    }
    if (!alive()) return;
    const model = chainItem?.model ?? (c.policy.kind === "subscription" || c.policy.kind === "token_gated" ? "exclusive" : c.policy.kind);
    if (model === "free" || acc?.has) actions.append(watchBtn);
    if (!acc?.has) {
      if (model === "buy") actions.append(h("button", { type: "button", onclick: () => void buy() }, "Buy"));
      if (model === "rent") actions.append(h("button", { type: "button", onclick: () => void buy() }, "Rent"));
      if (chainItem?.subscribers || c.policy.subscribable || c.policy.kind === "subscription") actions.append(h("button", { type: "button", onclick: () => void subscribe() }, "Subscribe"));
      if (c.policy.kind === "token_gated" && c.policy.gate) actions.append(h("p", {}, `Holders of at least ${c.policy.gate.min_balance} of ${c.policy.gate.standard} token ${c.policy.gate.token} may watch.`));
    }
  };

  const buy = async () => {
    try {
      if (!(await ensureConnected())) return;
      const t = await onChain(id);
      const value = await pay(t.price, t.currency);
      setStatus(`Confirm the ${t.model === "rent" ? "rental" : "purchase"} in your wallet…`);
      await W.send({ address: (await W.reader()).info.registry, abi: W.ContentRegistryAbi, functionName: "purchase", args: [BigInt(id), W.account()!, t.price, t.currency, t.model === "rent" ? t.duration : 0n], value });
      setStatus(t.model === "rent" ? "Rented: you can watch now." : "Bought: you can watch now.");
      await refresh();
    } catch (e) {
      setStatus("The purchase did not go through: " + errorText(e), true);
    }
  };

  const subscribe = async () => {
    try {
      if (!(await ensureConnected())) return;
      const { pub, info } = await W.reader();
      const [price, cur, period] = (await pub.readContract({ address: info.registry, abi: W.ContentRegistryAbi, functionName: "channel", args: [c.creator as `0x${string}`] })) as [bigint, `0x${string}`, bigint];
      if (price === 0n) throw new Error("this creator's channel takes no subscriptions");
      const value = await pay(price, cur);
      setStatus(`Confirm the subscription (${await W.formatAmount(price, cur)} per ${duration(Number(period))}) in your wallet…`);
      await W.send({ address: info.registry, abi: W.ContentRegistryAbi, functionName: "subscribe", args: [c.creator as `0x${string}`, 1, price, cur, period], value });
      setStatus("Subscribed: you can watch now.");
      await refresh();
    } catch (e) {
      setStatus("The subscription did not go through: " + errorText(e), true);
    }
  };

  const watch = async () => {
    try {
      if (!(await ensureSignedIn())) return;
      watchBtn.disabled = true;
      const t = await onChain(id);
      const { play } = await import("./watch");
      await play(c, t.keyCommitment, playerBox);
    } catch (e) {
      setStatus("Cannot play: " + errorText(e), true);
    } finally {
      watchBtn.disabled = false;
    }
  };
  await refresh();
}

function depositForm(): HTMLElement {
  const amount = h("input", { type: "text", inputmode: "decimal", value: "0.01", autocomplete: "off" });
  const balance = h("p", { class: "hint" });
  const show = async () => {
    const me = W.account();
    if (!me) return;
    try {
      const { pub, info } = await W.reader();
      const b = (await pub.readContract({ address: info.escrow, abi: W.BandwidthEscrowAbi, functionName: "balanceOf", args: [me] })) as bigint;
      balance.textContent = `Your escrow balance: ${W.formatUnits(b, 18)} ETH.`;
    } catch {
      /* shown when the chain answers */
    }
  };
  void show();
  const form = h("form", { onsubmit: async (e: Event) => {
    e.preventDefault();
    try {
      if (!(await ensureConnected())) return;
      const value = W.parseUnits(amount.value.trim(), 18);
      if (value <= 0n) throw new Error("deposit more than 0");
      const { info } = await W.reader();
      setStatus("Confirm the deposit in your wallet…");
      await W.send({ address: info.escrow, abi: W.BandwidthEscrowAbi, functionName: "deposit", args: [W.account()!], value });
      setStatus(`Deposited ${amount.value.trim()} ETH into the bandwidth escrow.`);
      await show();
    } catch (err) {
      setStatus("The deposit did not go through: " + errorText(err), true);
    }
  } },
  h("h2", {}, "Bandwidth escrow"),
  h("p", { class: "hint" }, "Seeders of paid swarms charge for bandwidth from this deposit; you can withdraw what is left."),
  field("Deposit amount (ETH)", amount), balance, h("button", { type: "submit" }, "Deposit"));
  return form;
}

/** walletPage shows the escrow balance with deposit and withdrawal. */
export async function walletPage(alive: () => boolean): Promise<void> {
  const me = W.account();
  if (!me) {
    mount(h("h1", {}, "Wallet"), h("p", {}, "Connect a wallet to see your bandwidth escrow."));
    return;
  }
  const { pub, info } = await W.reader();
  const [bal, wd] = await Promise.all([
    pub.readContract({ address: info.escrow, abi: W.BandwidthEscrowAbi, functionName: "balanceOf", args: [me] }) as Promise<bigint>,
    pub.readContract({ address: info.escrow, abi: W.BandwidthEscrowAbi, functionName: "withdrawal", args: [me] }) as Promise<[bigint, bigint]>,
  ]);
  if (!alive()) return;
  const amount = h("input", { type: "text", inputmode: "decimal", autocomplete: "off", value: W.formatUnits(bal, 18) });
  const now = BigInt(Math.floor(Date.now() / 1000));
  mount(h("h1", {}, "Wallet"),
    h("p", {}, `Escrow balance: ${W.formatUnits(bal, 18)} ETH.`),
    wd[0] > 0n ? h("p", {}, `Withdrawal of ${W.formatUnits(wd[0], 18)} ETH ${wd[1] <= now ? "ready" : "unlocks " + new Date(Number(wd[1]) * 1000).toLocaleString()}.`) : null,
    depositForm(),
    h("form", { onsubmit: async (e: Event) => {
      e.preventDefault();
      try {
        await W.send({ address: info.escrow, abi: W.BandwidthEscrowAbi, functionName: "requestWithdraw", args: [W.parseUnits(amount.value.trim(), 18)] });
        setStatus(`Withdrawal requested; it unlocks after ${duration(info.unlock_delay_seconds)}.`);
        await walletPage(alive);
      } catch (err) {
        setStatus("The request did not go through: " + errorText(err), true);
      }
    } }, h("h2", {}, "Withdraw from the escrow"), field("Amount to withdraw (ETH)", amount, `Seeders can still redeem receipts for ${duration(info.unlock_delay_seconds)} after you ask.`),
    h("div", { class: "row" }, h("button", { type: "submit" }, "Request escrow withdrawal"),
      wd[0] > 0n && wd[1] <= now ? h("button", { type: "button", onclick: async () => {
        try {
          await W.send({ address: info.escrow, abi: W.BandwidthEscrowAbi, functionName: "withdraw", args: [] });
          setStatus("Withdrawn.");
          await walletPage(alive);
        } catch (err) {
          setStatus("The withdrawal did not go through: " + errorText(err), true);
        }
      } }, "Complete escrow withdrawal") : null)));
}
