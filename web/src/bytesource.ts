// Where ciphertext bytes come from. Today the gateway's web seed over HTTP; browser peers over
// WebRTC can implement the same interface later without touching the player.

/** ByteSource reads ranges of one sealed file's ciphertext. */
export interface ByteSource {
  /** read returns file bytes [start, end) exactly, or throws. */
  read(start: number, end: number, signal?: AbortSignal): Promise<Uint8Array>;
}

/** SourceError is an HTTP refusal by a byte source; status 401 or 403 may mean an expired passkey. */
export class SourceError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "SourceError";
  }
}

/** HttpByteSource reads a sealed file with HTTP Range requests (a BEP 19 web seed URL). */
export class HttpByteSource implements ByteSource {
  constructor(
    private readonly url: string,
    // Called as a plain function: fetch invoked as a method of another object throws
    // "Illegal invocation".
    private readonly fetcher: typeof fetch = (input, init) => fetch(input, init),
  ) {}

  async read(start: number, end: number, signal?: AbortSignal): Promise<Uint8Array> {
    if (!(end > start)) throw new Error(`empty ciphertext range [${start}, ${end})`);
    const res = await this.fetcher(this.url, { headers: { Range: `bytes=${start}-${end - 1}` }, signal, cache: "no-store" });
    if (res.status !== 206 && res.status !== 200) {
      let detail = "";
      try {
        const p = await res.json();
        detail = p.detail || p.title || "";
      } catch {
        /* not a problem document */
      }
      throw new SourceError(res.status, `the web seed answered ${res.status}${detail ? ": " + detail : ""}`);
    }
    let b = new Uint8Array(await res.arrayBuffer());
    if (res.status === 200) b = b.subarray(start, end); // a server that ignores Range
    if (b.length !== end - start) throw new Error(`the web seed sent ${b.length} bytes for a ${end - start}-byte range`);
    return b;
  }
}

/** MemoryByteSource serves a sealed file held in memory (tests, small previews). */
export class MemoryByteSource implements ByteSource {
  reads = 0;
  constructor(private readonly data: Uint8Array) {}
  async read(start: number, end: number): Promise<Uint8Array> {
    this.reads++;
    if (start < 0 || end > this.data.length || end <= start) throw new Error(`range [${start}, ${end}) outside the file`);
    return this.data.slice(start, end);
  }
}
