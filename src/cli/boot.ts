/**
 * The `giaymoi` command's first module (dist/boot.js): installs the compile
 * cache for the bundles beside it, then loads the CLI (dist/cli.js) and, when
 * a command needs it, the DOCX renderer (dist/docx.js) through it.
 */
import { join } from 'node:path';
import { installCompileCache } from '../node/compile-cache';

/** Each command caches what it compiled; anything else shares one entry. */
const command = process.argv[2] ?? '';
installCompileCache(__dirname, /^[a-z]{1,12}$/.test(command) ? command : 'other');
require(join(__dirname, 'cli.js'));
