// `npm run bench`: runs every bench/*.bench.mjs in its own Node process, in
// name order, after the build. Add a figure by adding a file, not by editing this one.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n===== ${file} =====`);
  const run = spawnSync(process.execPath, [join(here, file), ...process.argv.slice(2)], { stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`${file} exited ${run.status ?? run.signal}`);
    failed += 1;
  }
}
process.exit(failed ? 1 : 0);
