// Answers a <video> element's Range requests with decrypted plaintext: the service worker's
// logic, kept free of service-worker APIs so Node tests run it.
import { type ByteSource, SourceError } from "./bytesource";
import { HEADER_LEN, Opener, cipherRange } from "./sealed";

/** How much plaintext one ciphertext read covers at most (about 16 chunks of 64 KiB). */
export const BATCH = 1 << 20;

/** ByteRange is an inclusive-exclusive plaintext range [start, end). */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * parseRange parses a single-range "bytes=" header against a resource of size bytes: null
 * header means the whole resource; undefined means unsatisfiable (answer 416).
 */
export function parseRange(header: string | null, size: number): ByteRange | undefined {
  if (header === null || header.trim() === "") return { start: 0, end: size };
  const m = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!m || (m[1] === "" && m[2] === "")) return undefined;
  if (m[1] === "") {
    const n = Number(m[2]);
    if (n === 0 || size === 0) return undefined;
    return { start: Math.max(0, size - n), end: size };
  }
  const start = Number(m[1]);
  if (start >= size) return undefined;
  const end = m[2] === "" ? size : Math.min(size, Number(m[2]) + 1);
  if (end <= start) return undefined;
  return { start, end };
}

/** PlainStream serves one sealed file's plaintext from a ByteSource. */
export class PlainStream {
  private renewing?: Promise<ByteSource>;

  private constructor(
    readonly opener: Opener,
    private source: ByteSource,
    readonly mime: string,
    private readonly renew?: () => Promise<ByteSource>,
  ) {}

  /**
   * open reads and checks the header with the content key. renew, when given, is asked for a
   * new byte source when the current one refuses with 401 or 403 (an expired passkey: the
   * page fetches a new one); the read is then tried once more.
   */
  static async open(key: Uint8Array, source: ByteSource, sealedLength: number, mime: string, renew?: () => Promise<ByteSource>): Promise<PlainStream> {
    const header = await source.read(0, HEADER_LEN);
    const opener = await Opener.open(key, header, sealedLength);
    return new PlainStream(opener, source, mime || "application/octet-stream", renew);
  }

  private async readCipher(start: number, end: number, signal?: AbortSignal): Promise<Uint8Array> {
    const src = this.source;
    try {
      return await src.read(start, end, signal);
    } catch (e) {
      if (!(e instanceof SourceError && (e.status === 401 || e.status === 403) && this.renew)) throw e;
      if (this.source === src) {
        // One renewal for all the reads that failed with this source.
        this.renewing ??= this.renew().finally(() => (this.renewing = undefined));
        this.source = await this.renewing;
      }
      return this.source.read(start, end, signal);
    }
  }

  get size(): number {
    return this.opener.layout.plainLength;
  }

  /** read returns plaintext [a, b). */
  async read(a: number, b: number, signal?: AbortSignal): Promise<Uint8Array> {
    const r = cipherRange(this.opener.layout, a, b);
    const cipher = await this.readCipher(r.start, r.end, signal);
    return this.opener.openRange(r, cipher, a, b);
  }

  /** respond answers a request's Range header as an HTTP server would (200, 206 or 416). */
  respond(rangeHeader: string | null): Response {
    const size = this.size;
    const base: Record<string, string> = { "Content-Type": this.mime, "Accept-Ranges": "bytes", "Cache-Control": "no-store" };
    const r = parseRange(rangeHeader, size);
    if (!r) return new Response(null, { status: 416, headers: { ...base, "Content-Range": `bytes */${size}` } });
    if (size === 0) return new Response(new Uint8Array(), { status: 200, headers: { ...base, "Content-Length": "0" } });
    let pos = r.start;
    const ac = new AbortController();
    const body = new ReadableStream<Uint8Array>({
      pull: async (ctl) => {
        if (pos >= r.end) {
          ctl.close();
          return;
        }
        const next = Math.min(r.end, pos + BATCH);
        try {
          const b = await this.read(pos, next, ac.signal);
          pos = next;
          ctl.enqueue(b);
          if (pos >= r.end) ctl.close();
        } catch (e) {
          ctl.error(e);
        }
      },
      cancel: () => ac.abort(),
    }, { highWaterMark: 0 });
    const headers = { ...base, "Content-Length": String(r.end - r.start) };
    if (rangeHeader === null || rangeHeader.trim() === "") return new Response(body, { status: 200, headers });
    return new Response(body, { status: 206, headers: { ...headers, "Content-Range": `bytes ${r.start}-${r.end - 1}/${size}` } });
  }
}
