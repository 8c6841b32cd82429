// A few DOM helpers: the page is plain TypeScript, no framework.

type Child = Node | string | number | null | undefined | false | Child[];
type Attrs = Record<string, string | number | boolean | EventListener | null | undefined>;

/** h creates an element with attributes (on* names become listeners) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2).toLowerCase(), v as EventListener);
    else if (v === true) el.setAttribute(k, "");
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

function append(el: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.appendChild(typeof c === "object" ? c : document.createTextNode(String(c)));
  }
}

/** field makes a labelled input; the label's text is the input's accessible name. */
export function field(label: string, input: HTMLElement, hint?: string): HTMLElement {
  const id = input.id || "f-" + label.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  input.id = id;
  const wrap = h("div", {});
  const l = h("label", { for: id }, label);
  wrap.append(l);
  if (hint) {
    const hid = id + "-hint";
    input.setAttribute("aria-describedby", hid);
    wrap.append(input, h("div", { class: "hint", id: hid }, hint));
  } else wrap.append(input);
  return wrap;
}

/** setStatus shows text in the page's role="status" region. */
export function setStatus(text: string, error = false): void {
  const s = document.getElementById("status");
  if (!s) return;
  s.textContent = text;
  s.classList.toggle("error", error);
}

let quiet = false;

/**
 * quietly runs a re-render caused by a session change: progress messages (softStatus) are
 * suppressed so the status line keeps saying what just happened ("Signed in as …").
 */
export async function quietly(f: () => Promise<void>): Promise<void> {
  quiet = true;
  try {
    await f();
  } finally {
    quiet = false;
  }
}

/** softStatus shows a progress or summary message, unless in a quiet re-render. */
export function softStatus(text: string): void {
  if (!quiet) setStatus(text);
}

/** errorText turns any thrown value into words for the status line. */
export function errorText(e: unknown): string {
  if (e && typeof e === "object") {
    const x = e as { shortMessage?: string; message?: string; detail?: string };
    return x.shortMessage || x.detail || x.message || String(e);
  }
  return String(e);
}

/** mount replaces the main region's content. */
export function mount(...children: Child[]): HTMLElement {
  const main = document.getElementById("main")!;
  main.replaceChildren();
  append(main, children);
  return main;
}

/** shortAddr abbreviates an address for display. */
export function shortAddr(a: string): string {
  return a.length > 12 ? a.slice(0, 6) + "…" + a.slice(-4) : a;
}
