/**
 * The `giaymoi` command's first module (dist/boot.js): tunes V8 for a short
 * run, installs the compile cache for the bundles beside it, then loads the
 * CLI (dist/cli.js) and, when a command needs it, the DOCX renderer
 * (dist/docx.js) through it.
 */
import { join } from 'node:path';
import { installCompileCache } from '../node/compile-cache';
import { tuneForShortRun } from '../node/short-run';

const argv = process.argv.slice(2);
const command = argv[0] ?? '';
const short = tuneForShortRun(argv);
/** Each command caches what it compiled, a short run apart (V8 refuses code cached under other flags); anything else shares one entry. */
const profile = /^[a-z]{1,12}$/.test(command) ? `${command}${short ? '-short' : ''}` : 'other';
installCompileCache(__dirname, profile);
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the compile cache is installed, from its own file
require(join(__dirname, 'cli.js'));
