// Bundles each test/*.test.ts with esbuild into a temporary directory and runs them with
// node's test runner (node:test), so the tests need nothing beyond the build's own tools.
import { build } from "esbuild";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";

const here = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(here).filter((f) => f.endsWith(".test.ts")).sort();
const out = mkdtempSync(join(tmpdir(), "swarmgate-web-test-"));
try {
  await build({
    entryPoints: files.map((f) => join(here, f)),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outdir: out,
    outExtension: { ".js": ".mjs" },
    define: { TESTDATA: JSON.stringify(join(here, "testdata")), REPO: JSON.stringify(join(here, "..", "..")) },
    logLevel: "warning",
  });
  const outs = readdirSync(out).filter((f) => f.endsWith(".mjs")).map((f) => join(out, f));
  const r = spawnSync(process.execPath, ["--test", ...outs], { stdio: "inherit" });
  process.exitCode = r.status ?? 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
