// Entry point: hash routing (#/, #/item/<id>, #/studio, #/wallet), the account area and the
// catalog. Everything that needs viem, HPKE or tus is loaded on demand.
import { type Content, request } from "./api";
import { errorText, h, mount, quietly, setStatus, softStatus } from "./dom";
import { onWalletsChanged, startDiscovery } from "./discovery";
import { connectedAccount, renderAccount } from "./session";
import { priceLabel } from "./units";

async function catalog(q: string): Promise<void> {
  const input = h("input", { type: "search", name: "q", value: q, autocomplete: "off" });
  input.id = "q";
  const form = h("form", { class: "search", role: "search", onsubmit: (e: Event) => {
    e.preventDefault();
    location.hash = "#/" + (input.value.trim() ? "?q=" + encodeURIComponent(input.value.trim()) : "");
  } }, h("label", { for: "q", class: "visually-hidden" }, "Search"), input, h("button", { type: "submit" }, "Search"));
  const list = h("ul", { class: "grid", "aria-label": "Catalog" });
  const more = h("div", { class: "row" });
  mount(h("h1", {}, "Catalog"), form, list, more);
  softStatus("Loading the catalog…");
  let shown = 0;
  const load = async (cursor: string) => {
    const page = await request<{ items: Content[]; next_cursor?: string }>("GET", "/v1/content?limit=48" + (q ? "&q=" + encodeURIComponent(q) : "") + (cursor ? "&cursor=" + encodeURIComponent(cursor) : ""));
    for (const c of page.items) {
      list.append(h("li", { class: "card" }, h("a", { href: `#/item/${c.id}` },
        c.poster_url ? h("img", { src: c.poster_url, alt: "", loading: "lazy", width: 320, height: 180 }) : h("div", { class: "poster", "aria-hidden": "true" }),
        h("div", { class: "body" }, h("h2", {}, c.title || `Item ${c.id}`), h("div", { class: "price" }, priceLabel(c.policy))))));
    }
    shown += page.items.length;
    more.replaceChildren();
    if (page.next_cursor) {
      const next = page.next_cursor;
      more.append(h("button", { type: "button", class: "secondary", onclick: () => void load(next).catch((e) => setStatus("Could not load more: " + errorText(e), true)) }, "More"));
    }
    softStatus(shown ? `${shown} item${shown === 1 ? "" : "s"}${page.next_cursor ? " so far" : ""}${q ? ` matching “${q}”` : ""}.` : q ? `Nothing matches “${q}”.` : "Nothing is listed yet.");
  };
  try {
    await load("");
  } catch (e) {
    setStatus("Could not load the catalog: " + errorText(e), true);
  }
}

let routing = 0;

/** route renders the view the location hash names. */
export async function route(): Promise<void> {
  const my = ++routing;
  const hash = location.hash.replace(/^#/, "") || "/";
  const [path, query] = hash.split("?");
  const params = new URLSearchParams(query || "");
  try {
    if (path === "/" || path === "") await catalog(params.get("q") || "");
    else if (path.startsWith("/item/")) await (await import("./item")).itemPage(decodeURIComponent(path.slice(6)), () => my === routing);
    else if (path === "/studio") await (await import("./studio")).studioPage(() => my === routing);
    else if (path === "/wallet") await (await import("./item")).walletPage(() => my === routing);
    else {
      mount(h("h1", {}, "Not found"), h("p", {}, h("a", { href: "#/" }, "Back to the catalog")));
      setStatus("No such page.", true);
    }
  } catch (e) {
    if (my === routing) setStatus(errorText(e), true);
  }
}

startDiscovery();
onWalletsChanged(() => {
  if (!connectedAccount()) renderAccount();
});
window.addEventListener("swarmgate:session", () => void quietly(route));
window.addEventListener("hashchange", () => {
  void route();
  document.getElementById("main")?.focus({ preventScroll: true });
});
renderAccount();
void route();
