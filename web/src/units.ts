// Amounts without an Ethereum library, for the first page.

/** formatBase formats base units with decimals, trimming trailing zeros ("1.5"). */
export function formatBase(units: string | bigint, decimals: number): string {
  let v = BigInt(units);
  const neg = v < 0n;
  if (neg) v = -v;
  const base = 10n ** BigInt(decimals);
  const whole = v / base;
  let frac = (v % base).toString().padStart(decimals, "0").replace(/0+$/, "");
  return (neg ? "-" : "") + whole.toString() + (frac ? "." + frac : "");
}

/** isNative says whether a currency field names the native coin. */
export function isNative(cur: string | undefined): boolean {
  return !cur || /^0x0{40}$/i.test(cur);
}

/** priceLabel describes a catalog policy's price in words. */
export function priceLabel(p: { kind: string; price: string; currency: string; duration_seconds: number; subscribable?: boolean }): string {
  const amount = isNative(p.currency) ? `${formatBase(p.price || "0", 18)} ETH` : `${p.price} base units of token ${p.currency.slice(0, 8)}…`;
  switch (p.kind) {
    case "free":
      return "Free";
    case "buy":
      return `Buy for ${amount}`;
    case "rent":
      return `Rent for ${amount} / ${duration(p.duration_seconds)}`;
    case "subscription":
      return "Channel subscribers";
    case "token_gated":
      return "Token holders";
  }
  return p.kind;
}

/** duration formats seconds as days or hours. */
export function duration(s: number): string {
  if (s % 86400 === 0) return `${s / 86400} day${s === 86400 ? "" : "s"}`;
  if (s % 3600 === 0) return `${s / 3600} hour${s === 3600 ? "" : "s"}`;
  return `${s} seconds`;
}

/** parseDuration reads "48h", "30d", "90m" or plain seconds. */
export function parseDuration(s: string): number {
  const m = /^\s*(\d+)\s*([smhd]?)\s*$/i.exec(s);
  if (!m) throw new Error(`rental period "${s}" is not a duration such as 48h or 30d`);
  const n = Number(m[1]);
  const mul = { "": 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2].toLowerCase() as "" | "s" | "m" | "h" | "d"];
  if (n <= 0) throw new Error("the rental period must be longer than 0");
  return n * mul;
}

/** parseSplits reads "ADDRESS=BPS" lines ("owner=BPS" for the rights token's owner). */
export function parseSplits(text: string): { account: string; share_bps: number }[] {
  const out: { account: string; share_bps: number }[] = [];
  for (const raw of text.split(/[\n,;]+/)) {
    const line = raw.trim();
    if (!line) continue;
    const m = /^(owner|0x[0-9a-fA-F]{40})\s*=\s*(\d+)$/.exec(line);
    if (!m) throw new Error(`split "${line}" is not ADDRESS=BPS (or owner=BPS)`);
    out.push({ account: m[1] === "owner" ? "" : m[1], share_bps: Number(m[2]) });
  }
  if (out.length) {
    const sum = out.reduce((a, p) => a + p.share_bps, 0);
    if (sum !== 10000) throw new Error(`the splits add up to ${sum} basis points; they must add up to 10000`);
  }
  return out;
}
