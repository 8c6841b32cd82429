// Just enough bencode (BEP 3) to read a single-file torrent's name and length.

type BValue = number | Uint8Array | BValue[] | Map<string, BValue>;

function decode(b: Uint8Array, pos: number, depth: number): [BValue, number] {
  if (depth > 32) throw new Error("torrent nests too deeply");
  const c = b[pos];
  if (c === 0x69) { // i<int>e
    const end = b.indexOf(0x65, pos);
    if (end < 0) throw new Error("truncated torrent");
    return [Number(new TextDecoder().decode(b.subarray(pos + 1, end))), end + 1];
  }
  if (c === 0x6c) { // l...e
    const out: BValue[] = [];
    pos++;
    while (b[pos] !== 0x65) {
      if (pos >= b.length) throw new Error("truncated torrent");
      const [v, next] = decode(b, pos, depth + 1);
      out.push(v);
      pos = next;
    }
    return [out, pos + 1];
  }
  if (c === 0x64) { // d...e
    const out = new Map<string, BValue>();
    pos++;
    while (b[pos] !== 0x65) {
      if (pos >= b.length) throw new Error("truncated torrent");
      const [k, next] = decode(b, pos, depth + 1);
      if (!(k instanceof Uint8Array)) throw new Error("torrent dictionary key is not a string");
      const [v, after] = decode(b, next, depth + 1);
      out.set(new TextDecoder().decode(k), v);
      pos = after;
    }
    return [out, pos + 1];
  }
  if (c >= 0x30 && c <= 0x39) { // <len>:<bytes>
    const colon = b.indexOf(0x3a, pos);
    if (colon < 0) throw new Error("truncated torrent");
    const n = Number(new TextDecoder().decode(b.subarray(pos, colon)));
    if (!Number.isSafeInteger(n) || colon + 1 + n > b.length) throw new Error("truncated torrent");
    return [b.subarray(colon + 1, colon + 1 + n), colon + 1 + n];
  }
  throw new Error("not a torrent (bad bencode)");
}

/** torrentFile returns a single-file torrent's file name and length. */
export function torrentFile(b: Uint8Array): { name: string; length: number } {
  const [root] = decode(b, 0, 0);
  if (!(root instanceof Map)) throw new Error("not a torrent");
  const info = root.get("info");
  if (!(info instanceof Map)) throw new Error("torrent has no info dictionary");
  const name = info.get("name");
  const length = info.get("length");
  if (!(name instanceof Uint8Array) || typeof length !== "number") throw new Error("not a single-file torrent");
  return { name: new TextDecoder().decode(name), length };
}
