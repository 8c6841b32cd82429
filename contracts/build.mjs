// Compiles every contract under src/ with the pinned solc from node_modules, offline, through
// solc-js's standard-JSON library API (the solcjs command line corrupts large piped output).
//
//   node build.mjs OUTDIR
//
// writes, for each src/**/X.sol, OUTDIR/X.json ({contractName, sourceName, abi, bytecode,
// deployedBytecode}), and OUTDIR/standard-input.json: the complete standard-JSON input, every
// resolved import included, so Etherscan or Sourcify can verify the deployed bytecode from it.
// Only diagnostics of severity "error" fail the build. Output is deterministic.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const solc = require('solc');
const here = path.dirname(new URL(import.meta.url).pathname);
const out = process.argv[2];
if (!out) {
  console.error('usage: node build.mjs OUTDIR');
  process.exit(2);
}

// Compiler settings. evmVersion is pinned: solc's default moves with every release.
const settings = {
  evmVersion: 'cancun',
  optimizer: { enabled: true, runs: 10000 },
  viaIR: true,
  outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
};

function listSol(dir) {
  return fs.readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listSol(path.join(dir, e.name)) : e.name.endsWith('.sol') ? [path.join(dir, e.name)] : []))
    .sort();
}

const sources = {};
for (const f of listSol(path.join(here, 'src'))) {
  sources[path.relative(here, f)] = { content: fs.readFileSync(f, 'utf8') };
}

const resolved = {};
function findImports(p) {
  const file = p.startsWith('@') ? path.join(here, 'node_modules', p) : path.join(here, p);
  try {
    const content = fs.readFileSync(file, 'utf8');
    resolved[p] = { content };
    return { contents: content };
  } catch {
    return { error: `import not found: ${p}` };
  }
}

const input = { language: 'Solidity', sources, settings };
const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
let failed = false;
for (const d of output.errors ?? []) {
  if (d.severity === 'error') {
    failed = true;
    console.error(d.formattedMessage);
  }
}
if (failed) process.exit(1);

fs.mkdirSync(out, { recursive: true });
for (const unit of Object.keys(sources)) {
  const name = path.basename(unit, '.sol');
  const c = output.contracts[unit]?.[name];
  if (!c) {
    console.error(`${unit}: no contract named ${name} (each file defines the contract it is named after)`);
    process.exit(1);
  }
  const artifact = {
    contractName: name,
    sourceName: unit,
    compiler: `solc ${solc.version()}`,
    abi: c.abi,
    bytecode: '0x' + c.evm.bytecode.object,
    deployedBytecode: '0x' + c.evm.deployedBytecode.object,
  };
  fs.writeFileSync(path.join(out, name + '.json'), JSON.stringify(artifact, null, 2) + '\n');
}

// The verification input: our sources plus every import the callback resolved, sorted.
const all = { ...sources, ...resolved };
const verify = {
  language: 'Solidity',
  sources: Object.fromEntries(Object.keys(all).filter((k) => !k.startsWith('src/test/')).sort().map((k) => [k, all[k]])),
  settings: { ...settings, outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object', 'metadata'] } } },
};
fs.writeFileSync(path.join(out, 'standard-input.json'), JSON.stringify(verify, null, 2) + '\n');
