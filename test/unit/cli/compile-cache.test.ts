import * as assert from 'node:assert/strict';
import { chmodSync, linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileCacheDir, installCompileCache, type CompileCache } from '../../../src/node/compile-cache';

/** A small stand-in bundle that uses what the CLI's bundles use: exports, require, __dirname. */
const BUNDLE = `const path = require('node:path');\nexports.answer = function answer(x) { return x * 2; };\nexports.folder = path.basename(__dirname);\n`;

describe('compile cache (dist/boot.js)', () => {
  let root: string;
  let cacheDir: string;
  let text: string;
  /** The bundle as built: each run loads it through a hard link (the same file) in a new folder. */
  let built: string | undefined;
  let runs = 0;
  let installed: CompileCache | undefined;
  /**
   * One "run" of the CLI: install, load the bundle, write the cache as exit would. Each run
   * loads its own copy from a new folder: V8 keeps scripts it compiled per process, keyed by
   * text and file name, and would answer a second load of the same file without the cache.
   * A hard link is the built file itself (its size, time and inode), under a name V8 has not seen.
   */
  const run = (dir = cacheDir) => {
    const folder = join(root, `dist-${(runs += 1)}`);
    const file = join(folder, 'bundle.js');
    mkdirSync(folder);
    if (!built) writeFileSync((built = join(root, `built-${runs}.js`)), text);
    linkSync(built, file);
    installed = installCompileCache(folder, 'check', dir);
    const exports = createRequire(file)(file) as { answer(x: number): number; folder: string };
    installed?.save();
    installed?.uninstall();
    return { exports, hits: installed?.hits() ?? 0, misses: installed?.misses() ?? 0 };
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'giaymoi-compile-cache-'));
    cacheDir = join(root, 'cache', 'v8');
    text = BUNDLE;
    built = undefined;
  });
  afterEach(() => {
    installed?.uninstall();
    rmSync(root, { recursive: true, force: true });
  });

  it('compiles the first run normally and writes the cache; the next run compiles from it', () => {
    const first = run();
    assert.deepEqual(
      [first.exports.answer(21), first.exports.folder, first.hits, first.misses],
      [42, `dist-${runs}`, 0, 1],
    );
    assert.equal(readdirSync(cacheDir).filter((f) => f.startsWith('bundle-check-')).length, 1);
    const second = run();
    assert.deepEqual([second.exports.answer(4), second.hits, second.misses], [8, 1, 0]);
  });

  it('keys the cache by the bundle file: a rebuilt bundle of the same length misses, and its old cache is removed', () => {
    run();
    text = BUNDLE.replace('x * 2', 'x * 3');
    built = undefined; // rebuilt: a new file of the same length
    const rebuilt = run();
    assert.deepEqual([rebuilt.exports.answer(2), rebuilt.misses], [6, 1]);
    assert.equal(readdirSync(cacheDir).length, 1);
    assert.equal(run().hits, 1);
  });

  it('falls back to a normal compile on a corrupt cache file, then replaces it', () => {
    run();
    const [name] = readdirSync(cacheDir);
    writeFileSync(join(cacheDir, name), 'not V8 code');
    const corrupt = run();
    assert.deepEqual([corrupt.exports.answer(5), corrupt.misses], [10, 1]);
    assert.equal(run().hits, 1);
  });

  it('works, uncached, where the cache folder cannot be made or written', function () {
    const blocked = join(root, 'a-file');
    writeFileSync(blocked, '');
    assert.equal(run(join(blocked, 'v8')).exports.answer(1), 2); // a folder under a file
    if (process.getuid?.() === 0) return; // root writes through permissions; the case above still ran
    const readOnly = join(root, 'read-only');
    mkdirSync(readOnly);
    chmodSync(readOnly, 0o500);
    assert.equal(run(readOnly).exports.answer(3), 6);
    assert.deepEqual(readdirSync(readOnly), []);
  });

  it('leaves modules outside the bundle folder to Node', () => {
    writeFileSync(join(root, 'other.js'), 'exports.x = 1;');
    installed = installCompileCache(join(root, 'dist'), 'check', cacheDir);
    assert.equal(createRequire(join(root, 'other.js'))(join(root, 'other.js')).x, 1);
    installed?.save();
    assert.deepEqual([installed?.hits(), installed?.misses()], [0, 0]);
  });

  it('finds its folder: GIAYMOI_COMPILE_CACHE, off, the user cache folder per platform', () => {
    assert.equal(compileCacheDir({ GIAYMOI_COMPILE_CACHE: '/x' }, 'linux'), '/x');
    assert.equal(compileCacheDir({ GIAYMOI_COMPILE_CACHE: 'off' }, 'linux'), undefined);
    assert.equal(compileCacheDir({ XDG_CACHE_HOME: '/c' }, 'linux'), join('/c', 'giaymoi', 'v8'));
    assert.equal(compileCacheDir({ LOCALAPPDATA: 'C:\\L' }, 'win32'), join('C:\\L', 'giaymoi', 'v8'));
    assert.match(compileCacheDir({}, 'darwin') ?? '', /Library[/\\]Caches[/\\]giaymoi[/\\]v8$/);
    // No user cache folder: no cache at all, never a shared temporary folder another user could fill.
    assert.equal(compileCacheDir({}, 'win32'), undefined);
  });
});
