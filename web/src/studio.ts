// The creator studio: a resumable tus upload with its metadata and policy, the registration
// signed with the wallet (eth_signTypedData_v4, relayed gaslessly) or sent as a transaction,
// sealing → listed, the creator's items with sales and revenue, policy changes, withdrawals.
import * as tus from "tus-js-client";
import { type Content, Problem, type RegistryPolicy, type Upload, bearer, request } from "./api";
import { errorText, field, h, mount, setStatus } from "./dom";
import { connectedAccount } from "./session";
import { isNative, parseDuration, parseSplits, priceLabel } from "./units";
import * as W from "./wallet";

type Access = "free" | "buy" | "rent" | "channel" | "token";

interface PolicyInputs {
  access: HTMLSelectElement;
  price: HTMLInputElement;
  currency: HTMLInputElement;
  period: HTMLInputElement;
  splits?: HTMLTextAreaElement;
  gate: HTMLInputElement;
}

function policyInputs(prefix: string, p?: RegistryPolicy): PolicyInputs {
  const access = h("select", { name: prefix + "access" },
    h("option", { value: "free" }, "Free: everyone may watch"),
    h("option", { value: "buy" }, "Buy: pay once, watch for good"),
    h("option", { value: "rent" }, "Rent: pay for a period"),
    h("option", { value: "channel" }, "Channel: my subscribers"),
    h("option", { value: "token" }, "Token: holders of a token"));
  const initial = !p ? "buy" : p.model === "exclusive" ? (p.gate ? "token" : "channel") : p.model;
  for (const o of access.options) o.defaultSelected = o.value === initial; // form.reset() keeps it
  return {
    access,
    price: h("input", { type: "text", inputmode: "decimal", autocomplete: "off", name: prefix + "price", value: "" }),
    currency: h("input", { type: "text", autocomplete: "off", name: prefix + "currency", value: p?.currency && !isNative(p.currency) ? p.currency : "ETH" }),
    period: h("input", { type: "text", autocomplete: "off", name: prefix + "period", value: p?.duration_seconds ? `${p.duration_seconds}` : "48h" }),
    gate: h("input", { type: "text", autocomplete: "off", name: prefix + "gate", value: "" }),
  };
}

/** buildPolicy turns the form's words into a RegistryPolicy (prices in base units). */
async function buildPolicy(f: PolicyInputs): Promise<RegistryPolicy> {
  const a = f.access.value as Access;
  if (a === "free") return { model: "free" };
  if (a === "channel") return { model: "exclusive", subscribers: true };
  if (a === "token") {
    const m = /^(erc20|erc721|erc1155):(0x[0-9a-fA-F]{40})(?::(\d+))?:(\d+)$/.exec(f.gate.value.trim());
    if (!m || (m[1] === "erc1155") !== (m[3] !== undefined)) throw new Error("give the gate as erc20:TOKEN:MIN, erc721:TOKEN:MIN or erc1155:TOKEN:ID:MIN");
    return { model: "exclusive", gate: { kind: m[1], token: m[2], id: m[3] ?? "", amount: m[4] } };
  }
  const curText = f.currency.value.trim();
  const cur = /^eth$/i.test(curText) || curText === "" ? "" : curText;
  if (cur && !/^0x[0-9a-fA-F]{40}$/.test(cur)) throw new Error("the currency is ETH or an ERC-20 token's address (0x and 40 hex digits)");
  const decimals = cur ? (await W.currency(cur)).decimals : 18;
  const priceText = f.price.value.trim();
  if (!/^\d+(\.\d+)?$/.test(priceText)) throw new Error("give a price such as 0.01");
  const price = W.parseUnits(priceText, decimals);
  if (price <= 0n) throw new Error("a price must be above 0");
  const p: RegistryPolicy = { model: a, price: price.toString(), currency: cur, payees: f.splits ? parseSplits(f.splits.value) : [] };
  if (a === "rent") p.duration_seconds = parseDuration(f.period.value);
  return p;
}

function problemText(e: unknown): string {
  if (e instanceof Problem) return e.detail + (e.errors.length ? " — " + e.errors.map((x) => `${x.field}: ${x.message || x.detail || x.code}`).join("; ") : "");
  const d = e as { originalResponse?: { getBody(): string } | null };
  const body = d?.originalResponse?.getBody?.();
  if (body) {
    try {
      const p = JSON.parse(body);
      return (p.detail || p.title) + (p.errors?.length ? " — " + p.errors.map((x: { field: string; message?: string; detail?: string; code: string }) => `${x.field}: ${x.message || x.detail || x.code}`).join("; ") : "");
    } catch {
      return body.slice(0, 300);
    }
  }
  return errorText(e);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** register signs and relays (or sends) a sealed upload's registration; returns the item id. */
async function register(uploadId: string): Promise<string> {
  const reg = await request<{ relay: boolean; nonce: string; deadline: string; typed_data: unknown; direct: { to: `0x${string}`; data: `0x${string}` } }>(
    "GET", `/v1/uploads/${uploadId}/registration`, undefined, true);
  let id = "";
  if (reg.relay) {
    setStatus("Sign the registration in your wallet (no gas: the gateway relays it)…");
    const signature = await W.signTypedData(reg.typed_data);
    setStatus("Registering on the chain…");
    const done = await request<{ content_id: string }>("POST", `/v1/uploads/${uploadId}/registration`, { nonce: reg.nonce, deadline: reg.deadline, signature }, true);
    id = done.content_id;
  } else {
    setStatus("Confirm the registration transaction in your wallet…");
    await W.sendRaw(reg.direct.to, reg.direct.data);
  }
  for (let i = 0; i < 120; i++) {
    if (!id) {
      const u = await request<Upload>("GET", `/v1/uploads/${uploadId}`, undefined, true);
      id = u.content_id || "";
    }
    if (id) {
      try {
        await request<Content>("GET", `/v1/content/${id}`);
        return id;
      } catch (e) {
        if (!(e instanceof Problem && e.status === 404)) throw e;
      }
    }
    await sleep(1000);
  }
  throw new Error("the registration went through but the catalog has not listed it yet; look again in a minute");
}

/** waitSealed polls an upload until it is sealed, showing progress. */
async function waitSealed(uploadId: string, bar: HTMLProgressElement, label: HTMLElement): Promise<void> {
  for (;;) {
    const u = await request<Upload>("GET", `/v1/uploads/${uploadId}`, undefined, true);
    if (u.state === "sealed") return;
    if (u.state === "failed" || u.state === "cancelled") throw new Error(`the upload ${u.state}: ${u.error || "no reason given"}`);
    if (u.state === "sealing") {
      bar.max = u.size || 1;
      bar.value = u.bytes_sealed;
      label.textContent = `Sealing: ${Math.floor((100 * u.bytes_sealed) / (u.size || 1))} %`;
      setStatus("Sealing (encrypting and hashing) on the gateway…");
    }
    await sleep(700);
  }
}

function uploadForm(refresh: () => Promise<void>): HTMLElement {
  const file = h("input", { type: "file", accept: "video/*,audio/*", required: true, name: "file" });
  const title = h("input", { type: "text", required: true, maxlength: 200, name: "title", autocomplete: "off" });
  const desc = h("textarea", { rows: 3, maxlength: 5000, name: "description" });
  const poster = h("input", { type: "file", accept: "image/png,image/jpeg,image/webp", name: "poster" });
  const pi = policyInputs("");
  pi.splits = h("textarea", { rows: 2, name: "splits", placeholder: "owner=7000\n0x…=3000" });
  const bar = h("progress", { max: 1, value: 0, "aria-label": "Upload progress" });
  const barLabel = h("span", {}, "");
  const pauseBtn = h("button", { type: "button", class: "secondary", disabled: true }, "Pause");
  const submit = h("button", { type: "submit" }, "Upload");
  let current: tus.Upload | undefined;
  let paused = false;
  pauseBtn.addEventListener("click", () => {
    if (!current) return;
    if (!paused) {
      void current.abort();
      paused = true;
      pauseBtn.textContent = "Resume";
      setStatus("Upload paused.");
    } else {
      paused = false;
      pauseBtn.textContent = "Pause";
      current.start();
      setStatus("Uploading…");
    }
  });
  const priceRow = h("div", {}, field("Price", pi.price, "In the currency below, e.g. 0.01"), field("Currency", pi.currency, "ETH, or an ERC-20 token's address"));
  const periodRow = field("Rental period", pi.period, "How long one rental lasts: 48h, 30d…");
  const gateRow = field("Gate token", pi.gate, "erc20:TOKEN:MIN, erc721:TOKEN:MIN or erc1155:TOKEN:ID:MIN");
  const splitRow = field("Splits", pi.splits, "Optional revenue shares, one ADDRESS=BPS per line adding up to 10000 (owner=BPS for the rights holder)");
  const sync = () => {
    const a = pi.access.value as Access;
    priceRow.hidden = !(a === "buy" || a === "rent");
    splitRow.hidden = priceRow.hidden;
    periodRow.hidden = a !== "rent";
    gateRow.hidden = a !== "token";
  };
  pi.access.addEventListener("change", sync);
  sync();

  const form = h("form", { "aria-label": "New upload", onsubmit: async (e: Event) => {
    e.preventDefault();
    const f = file.files?.[0];
    if (!f) return setStatus("Choose a video file.", true);
    let policy: RegistryPolicy;
    try {
      policy = await buildPolicy(pi);
    } catch (err) {
      return setStatus(errorText(err), true);
    }
    submit.disabled = true;
    const posterFile = poster.files?.[0];
    let uploadId = "";
    try {
      uploadId = await new Promise<string>((resolve, reject) => {
        const up: tus.Upload = new tus.Upload(f, {
          endpoint: "/v1/tus/",
          chunkSize: 8 << 20,
          retryDelays: [0, 1000, 3000, 5000],
          headers: { Authorization: bearer() },
          metadata: { filename: f.name, filetype: f.type || "video/mp4", title: title.value.trim(), description: desc.value, policy: JSON.stringify(policy) },
          storeFingerprintForResuming: true,
          removeFingerprintOnSuccess: true,
          onUploadUrlAvailable: () => {
            const id = (up.url || "").split("/").filter(Boolean).pop() || "";
            if (posterFile && id) {
              void fetch(`/v1/uploads/${id}/poster`, { method: "PUT", headers: { Authorization: bearer(), "Content-Type": posterFile.type }, body: posterFile })
                .then(async (r) => { if (!r.ok) setStatus("The poster was refused: " + ((await r.json().catch(() => ({}))).detail || r.status), true); });
            }
          },
          onProgress: (sent, total) => {
            bar.max = total || 1;
            bar.value = sent;
            barLabel.textContent = `Uploading: ${Math.floor((100 * sent) / (total || 1))} %`;
          },
          onError: reject,
          onSuccess: () => resolve((up.url || "").split("/").filter(Boolean).pop() || ""),
        });
        current = up;
        pauseBtn.disabled = false;
        setStatus("Uploading…");
        void up.findPreviousUploads().then((prev) => {
          if (prev.length) {
            up.resumeFromPreviousUpload(prev[0]);
            setStatus("Resuming the earlier upload of this file…");
          }
          up.start();
        }, () => up.start());
      });
      pauseBtn.disabled = true;
      await waitSealed(uploadId, bar, barLabel);
      barLabel.textContent = "Sealed";
      const id = await register(uploadId);
      setStatus(`Listed: “${title.value.trim()}” is item ${id}.`);
      form.reset();
      sync();
      await refresh();
    } catch (err) {
      setStatus("The upload did not finish: " + problemText(err), true);
    } finally {
      submit.disabled = false;
      pauseBtn.disabled = true;
      current = undefined;
    }
  } },
  h("h2", {}, "New upload"),
  field("Video file", file, "An interrupted upload of the same file resumes where it stopped, also after a reload."),
  field("Title", title), field("Description", desc), field("Poster", poster, "PNG, JPEG or WebP, at most 2 MiB"),
  field("Access", pi.access), priceRow, periodRow, gateRow, splitRow,
  h("div", { class: "row" }, submit, pauseBtn), bar, barLabel);
  return form;
}

function policyChanger(c: Content, refresh: () => Promise<void>): HTMLElement {
  const pi = policyInputs("n-", undefined);
  pi.access.value = c.policy.kind === "subscription" ? "channel" : c.policy.kind === "token_gated" ? "token" : c.policy.kind;
  const box = h("form", { "aria-label": `New policy for ${c.title}`, onsubmit: async (e: Event) => {
    e.preventDefault();
    try {
      const p = await buildPolicy(pi);
      if (c.policy.payees?.length && (p.model === "buy" || p.model === "rent")) p.payees = c.policy.payees;
      p.royalty_bps = c.policy.royalty_bps;
      const u = await request<{ relay: boolean; nonce: string; deadline: string; typed_data: unknown; direct: { to: `0x${string}`; data: `0x${string}` } }>(
        "GET", `/v1/content/${c.id}/policy-update?policy=${encodeURIComponent(JSON.stringify(p))}`, undefined, true);
      if (u.relay) {
        setStatus("Sign the policy change in your wallet…");
        const signature = await W.signTypedData(u.typed_data);
        await request("POST", `/v1/content/${c.id}/policy-update`, { policy: p, nonce: u.nonce, deadline: u.deadline, signature }, true);
      } else {
        setStatus("Confirm the policy change transaction in your wallet…");
        await W.sendRaw(u.direct.to, u.direct.data);
      }
      setStatus(`Policy of “${c.title}” changed.`);
      await sleep(1500); // the catalog follows the chain's events
      await refresh();
    } catch (err) {
      setStatus("The policy change did not go through: " + problemText(err), true);
    }
  } },
  field("New access", pi.access), field("New price", pi.price), field("New currency", pi.currency), field("New rental period", pi.period), field("New gate token", pi.gate),
  h("button", { type: "submit" }, "Update policy"));
  return box;
}

async function myItems(box: HTMLElement, me: string): Promise<void> {
  const r = await request<{ items: (Content & { sales: number })[]; owed?: { currency: string; amount: string }[] }>("GET", `/v1/creators/${me}/content?limit=100`);
  const rows = r.items.map((c) => {
    const cell = h("td", {});
    const btn = h("button", { type: "button", class: "secondary", "aria-label": `Change policy of ${c.title || c.id}`, onclick: () => {
      cell.replaceChildren(policyChanger(c, () => myItems(box, me)));
    } }, "Change policy");
    cell.append(btn);
    return h("tr", {}, h("td", {}, h("a", { href: `#/item/${c.id}` }, c.title || `Item ${c.id}`)), h("td", {}, priceLabel(c.policy)), h("td", {}, String(c.sales ?? 0)), cell);
  });
  const owed = h("ul", {});
  for (const o of r.owed ?? []) {
    if (BigInt(o.amount) === 0n) continue;
    const label = await W.formatAmount(o.amount, o.currency);
    owed.append(h("li", {}, `${label} `, h("button", { type: "button", onclick: async () => {
      try {
        const { info } = await W.reader();
        setStatus("Confirm the withdrawal in your wallet…");
        await W.send({ address: info.registry, abi: W.ContentRegistryAbi, functionName: "withdraw", args: [(o.currency || W.zeroAddress) as `0x${string}`] });
        setStatus(`Withdrew ${label}.`);
        await myItems(box, me);
      } catch (err) {
        setStatus("The withdrawal did not go through: " + errorText(err), true);
      }
    } }, "Withdraw")));
  }
  box.replaceChildren(
    h("h2", {}, "Your items"),
    r.items.length
      ? h("table", {}, h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Title"), h("th", { scope: "col" }, "Access"), h("th", { scope: "col" }, "Sales"), h("th", { scope: "col" }, "Policy"))), h("tbody", {}, rows))
      : h("p", {}, "Nothing registered yet."),
    h("h2", {}, "Revenue"),
    owed.childElementCount ? owed : h("p", {}, "Nothing to withdraw."));
}

async function pendingUploads(box: HTMLElement, refresh: () => Promise<void>): Promise<void> {
  const r = await request<{ items: Upload[] } | Upload[]>("GET", "/v1/uploads", undefined, true);
  // Failed uploads are listed for an hour at most (their reason is worth seeing, not keeping).
  const list = (Array.isArray(r) ? r : r.items).filter((u) => u.state !== "cancelled" && !u.content_id &&
    !(u.state === "failed" && Date.now() - Date.parse((u as Upload & { updated_at?: string }).updated_at ?? "") > 3600_000));
  if (!list.length) {
    box.replaceChildren();
    return;
  }
  box.replaceChildren(h("h2", {}, "Unfinished uploads"), h("ul", {}, list.map((u) =>
    h("li", {}, `${u.title || u.filename}: ${u.state}${u.error ? ` (${u.error})` : ""}${u.state === "receiving" ? ` (${Math.floor((100 * u.bytes_received) / (u.size || 1))} %, choose the same file above to resume)` : ""} `,
      u.state === "sealed" ? h("button", { type: "button", onclick: async () => {
        try {
          const id = await register(u.id);
          setStatus(`Listed: item ${id}.`);
          await refresh();
        } catch (err) {
          setStatus("The registration did not go through: " + problemText(err), true);
        }
      } }, `Register ${u.title || u.filename}`) : null,
      " ",
      u.state !== "failed" ? h("button", { type: "button", class: "secondary", "aria-label": `Discard ${u.title || u.filename}`, onclick: async () => {
        try {
          await request("DELETE", `/v1/uploads/${u.id}`, undefined, true);
          setStatus(`Discarded ${u.title || u.filename}.`);
          await refresh();
        } catch (err) {
          setStatus("Could not discard it: " + problemText(err), true);
        }
      } }, "Discard") : null))));
}

/** studioPage renders the creator studio. */
export async function studioPage(alive: () => boolean): Promise<void> {
  const me = connectedAccount();
  if (!me || !W.signedIn()) {
    mount(h("h1", {}, "Creator studio"), h("p", {}, me ? "Sign in (top right) to upload and manage your items." : "Connect a wallet (top right) and sign in to upload and manage your items."));
    return;
  }
  const items = h("section", { "aria-label": "Your items" });
  const pending = h("section", { "aria-label": "Unfinished uploads" });
  const refresh = async () => {
    if (!alive()) return;
    await Promise.all([myItems(items, me).catch((e) => setStatus("Could not list your items: " + problemText(e), true)), pendingUploads(pending, refresh).catch(() => undefined)]);
  };
  mount(h("h1", {}, "Creator studio"), h("div", { class: "two" }, uploadForm(refresh), h("div", {}, pending, items)));
  await refresh();
}
