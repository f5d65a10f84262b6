/**
 * A persistent V8 compile cache for the CLI's bundles (Node 20 has no
 * module.enableCompileCache; it came in 22). The CommonJS loader is hooked for
 * the bundles in one folder only: each is compiled with the code V8 cached on
 * an earlier run of the same command, keyed by the bundle file's size,
 * modification time and inode, Node's version and flags,
 * and the command. Any rebuild or edit of a bundle changes its modification
 * time, so the key changes with the text without hashing a megabyte on every
 * start: hashing loaded node:crypto (and its streams) and read the text
 * twice, about 10 ms of a 120 ms start. The cache is written at exit, after the
 * command ran, so it holds every function the command compiled, not only the
 * top level. A missing, read-only or corrupt cache costs a normal compile and
 * nothing else: every failure here falls back silently.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

interface Pending {
  readonly script: Script;
  readonly file: string;
  readonly stale: readonly string[];
}

type Compile = (this: NodeModule, content: string, filename: string) => unknown;

/**
 * Where the cache lives: GIAYMOI_COMPILE_CACHE (or 'off'), else the user's cache
 * folder; none without a home folder. Never a shared temporary folder: V8 checks
 * cached code against the source's length, not its text, so another user's file
 * planted there could run as this command.
 */
export function compileCacheDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string | undefined {
  const chosen = env.GIAYMOI_COMPILE_CACHE;
  if (chosen === 'off' || chosen === '0') return undefined;
  if (chosen) return chosen;
  try {
    const base =
      platform === 'win32'
        ? env.LOCALAPPDATA
        : platform === 'darwin'
          ? join(homedir(), 'Library', 'Caches')
          : env.XDG_CACHE_HOME || join(homedir(), '.cache');
    if (base) return join(base, 'giaymoi', 'v8');
  } catch {
    // no home folder (a service account): no cache, a normal compile
  }
  return undefined;
}

/** What an installed cache did: bundles compiled from it, and bundles whose cache was missing or stale. */
export interface CompileCache {
  readonly hits: () => number;
  readonly misses: () => number;
  /** Writes the caches that were missing (done at exit; tests call it directly). */
  readonly save: () => void;
  readonly uninstall: () => void;
}

/** Hooks `require` so the bundles in `folder` (e.g. dist/) compile from the cache; `profile` names the command. */
export function installCompileCache(
  folder: string,
  profile: string,
  dir = compileCacheDir(),
): CompileCache | undefined {
  if (!dir) return undefined;
  const pending: Pending[] = [];
  let hits = 0;
  let misses = 0;
  const proto = Module.prototype as unknown as { _compile: Compile };
  const original = proto._compile;
  proto._compile = function compileCached(content, filename) {
    if (dirname(filename) !== folder || !filename.endsWith('.js')) return original.call(this, content, filename);
    const { script, write } = compile(content, filename, dir, profile);
    if (write) {
      pending.push(write(script));
      misses += 1;
    } else hits += 1;
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, Module.createRequire(filename), this, filename, dirname(filename));
  };
  const save = () => pending.splice(0).forEach(write);
  process.once('exit', save);
  return {
    hits: () => hits,
    misses: () => misses,
    save,
    uninstall: () => {
      proto._compile = original;
      process.removeListener('exit', save);
    },
  };
}

/** The script, compiled from cached code when there is a usable one; `write` when the cache should be (re)written. */
function compile(content: string, filename: string, dir: string, profile: string) {
  // V8 refuses code cached under other flags: runs with Node options (e.g. --cpu-prof) keep a cache of their own.
  const flags = shortHash(process.execArgv.join('\0'));
  const stem = `${basename(filename, '.js')}-${profile}-${flags}-`;
  const file = join(dir, `${stem}${identity(filename, content)}.bin`);
  const cachedData = readIfThere(file);
  const script = new Script(Module.wrap(content), { filename, cachedData });
  if (cachedData && !script.cachedDataRejected) return { script };
  return { script, write: (s: Script): Pending => ({ script: s, file, stale: siblings(dir, stem, file) }) };
}

/**
 * The bundle file as it is now, with Node's version: a rebuilt or edited bundle
 * gets a new key. V8 itself checks cached code only against the source's length,
 * so the key must change whenever the text can have. The inode is there because
 * file times tick in jiffies (4 ms) on Linux: two copies of different bundles of
 * one size made in one tick differ only in it.
 */
function identity(filename: string, content: string): string {
  const { size, mtimeNs, ino } = statSync(filename, { bigint: true });
  return `${process.version}-${process.arch}-${size}-${mtimeNs}-${ino}-${content.length}`;
}

/** FNV-1a of a short text, in base 36: a name part for the flags, not a checksum. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

function readIfThere(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Caches of earlier versions of the same bundle and command, removed when the new one is written. */
function siblings(dir: string, stem: string, file: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.startsWith(stem) && join(dir, name) !== file)
      .map((name) => join(dir, name));
  } catch {
    return [];
  }
}

/** Writes the code V8 compiled during the run, atomically (a temporary file renamed over). */
function write({ script, file, stale }: Pending): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, file);
    stale.forEach((old) => {
      try {
        unlinkSync(old);
      } catch {
        /* another process removed it */
      }
    });
  } catch {
    try {
      unlinkSync(temporary);
    } catch {
      /* never written */
    }
  }
}
