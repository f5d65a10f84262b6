// Installs the VS Code host (code-server + playwright-core) into
// test/vscode-host/node_modules on a machine that reaches only npm and Debian's
// packages. The three traps and their ways round are explained in
// shared/design/vscode-host.md: Debian packages for the native builds, a
// ripgrep "cached download" made from Debian's rg, and three npm settings.
// Usage: node test/vscode-host/install.mjs   (run.mjs calls it when needed)
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HOST_DIR = dirname(fileURLToPath(import.meta.url));

/** Debian packages and a file each one provides, to skip apt when all are there. */
const APT_PACKAGES = {
  chromium: '/usr/bin/chromium',
  ripgrep: '/usr/bin/rg',
  'libkrb5-dev': '/usr/include/krb5.h',
  'pkg-config': '/usr/bin/pkg-config',
  'build-essential': '/usr/share/doc/build-essential',
  python3: '/usr/bin/python3',
};

/** What @vscode/ripgrep@1.15.11 (inside code-server) looks for before it downloads from GitHub. */
const RIPGREP = {
  version: '1.15.11',
  release: 'v13.0.0-10',
  target: { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' }[process.arch],
};

/** True when the host's node_modules hold both packages (the cheap check run.mjs uses). */
export function isHostInstalled() {
  return ['code-server/out/node/entry.js', 'playwright-core/package.json', 'code-server/lib/vscode/node_modules'].every(
    (p) => existsSync(join(HOST_DIR, 'node_modules', p)),
  );
}

/** Installs whatever is missing; throws with a message that says which step failed. */
export function installHost({ log = console.log } = {}) {
  const started = Date.now();
  ensureAptPackages(log);
  seedRipgrepCache(log);
  npmInstall(log);
  if (!isHostInstalled())
    throw new Error('npm finished but code-server is not complete in test/vscode-host/node_modules');
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  log(`[vscode-host] installed in ${seconds} s`);
  return Number(seconds);
}

function ensureAptPackages(log) {
  const missing = Object.entries(APT_PACKAGES)
    .filter(([, file]) => !existsSync(file))
    .map(([name]) => name);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) throw new Error(`missing Debian packages (install them as root): ${missing.join(' ')}`);
  log(`[vscode-host] apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
}

/** Puts Debian's rg where @vscode/ripgrep's postinstall finds a "cached download". */
function seedRipgrepCache(log) {
  if (!RIPGREP.target) throw new Error(`no ripgrep build known for ${process.arch}`);
  const cacheDir = join(tmpdir(), `vscode-ripgrep-cache-${RIPGREP.version}`);
  const tarball = join(cacheDir, `ripgrep-${RIPGREP.release}-${RIPGREP.target}.tar.gz`);
  if (existsSync(tarball)) return;
  const staging = mkdtempSync(join(tmpdir(), 'giaymoi-rg-'));
  try {
    copyFileSync('/usr/bin/rg', join(staging, 'rg'));
    mkdirSync(cacheDir, { recursive: true });
    execFileSync('tar', ['-czf', `${tarball}.tmp`, '-C', staging, 'rg']);
    execFileSync('mv', [`${tarball}.tmp`, tarball]);
    log(`[vscode-host] ripgrep cache: ${tarball} (Debian's /usr/bin/rg)`);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function npmInstall(log) {
  const env = {
    ...process.env,
    npm_config_unsafe_perm: 'true', // code-server's postinstall refuses root without it
    npm_config_nodedir: '/usr', // node-gyp would download Node's headers; Debian has them
    npm_config_yes: 'true', // node-pty's postinstall runs `npx node-gyp`
  };
  const lock = existsSync(join(HOST_DIR, 'package-lock.json'));
  log(`[vscode-host] npm ${lock ? 'ci' : 'install'} (code-server builds native modules; about 1–2 min)`);
  // The native builds print ~110 lines on stderr: kept, and shown only when the install fails.
  const args = [lock ? 'ci' : 'install', '--foreground-scripts', '--no-audit', '--no-fund'];
  const r = spawnSync('npm', args, { cwd: HOST_DIR, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status === 0) return;
  process.stderr.write(`${r.stdout ?? ''}${r.stderr ?? ''}`);
  throw new Error(`npm ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

function run(command, args, options) {
  const r = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    installHost();
  } catch (error) {
    console.error(`[vscode-host] install failed: ${error.message}`);
    process.exit(1);
  }
}
