// Compiles artifacts/standard-input.json alone, as Etherscan or Sourcify would, and prints each
// contract's creation bytecode as JSON {name: "0x…"}. The drift test compares it with the
// artifacts: the verification input must reproduce the deployed code byte for byte.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const solc = require('solc');
const here = path.dirname(new URL(import.meta.url).pathname);
const input = fs.readFileSync(path.join(here, 'artifacts', 'standard-input.json'), 'utf8');
// No import callback: every source must be inside the input.
const output = JSON.parse(solc.compile(input));
const errors = (output.errors ?? []).filter((d) => d.severity === 'error');
if (errors.length > 0) {
  for (const d of errors) console.error(d.formattedMessage);
  process.exit(1);
}
const result = {};
for (const [unit, contracts] of Object.entries(output.contracts)) {
  if (!unit.startsWith('src/')) continue;
  const name = path.basename(unit, '.sol');
  if (contracts[name]) result[name] = '0x' + contracts[name].evm.bytecode.object;
}
process.stdout.write(JSON.stringify(result));
