// code-server (VS Code 1.100 server + web workbench + the real Node extension
// host) started on loopback with throwaway state, as the leader of its own
// process group, and stopped by that group's id.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HOST_DIR = dirname(fileURLToPath(import.meta.url));
const ENTRY = join(HOST_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/**
 * The throwaway profile's user settings: auto-save off as on the desktop (the
 * web workbench defaults to saving 1 s after an edit, which writes the tests'
 * unsaved edits to the workspace), a monospace font with Vietnamese glyphs for
 * the screenshot (Debian's DejaVu Sans Mono sets the tone marks beside the
 * letters), and nothing that phones home or pops up.
 */
const USER_SETTINGS = {
  'files.autoSave': 'off',
  'editor.fontFamily': "'Liberation Mono', 'DejaVu Sans Mono', monospace",
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'git.enabled': false,
};

/** The VS Code version inside the installed code-server (lib/vscode/package.json). */
export function bundledVsCodeVersion() {
  try {
    return spawnSync(process.execPath, [
      '-p',
      `require(${JSON.stringify(join(HOST_DIR, 'node_modules/code-server/lib/vscode/package.json'))}).version`,
    ])
      .stdout.toString()
      .trim();
  } catch {
    return 'unknown';
  }
}

/** Directories and environment of one throwaway code-server under `tmp` (`extraSettings`: more user settings). */
export function hostProfile(tmp, extraEnv = {}, extraSettings = {}) {
  const dirs = {
    userData: join(tmp, 'user-data'),
    extensions: join(tmp, 'extensions'),
    config: join(tmp, 'xdg-config'),
    data: join(tmp, 'xdg-data'),
    cache: join(tmp, 'xdg-cache'),
  };
  Object.values(dirs).forEach((d) => mkdirSync(d, { recursive: true }));
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(
    join(dirs.userData, 'User', 'settings.json'),
    JSON.stringify({ ...USER_SETTINGS, ...extraSettings }, null, 2),
  );
  const env = {
    ...process.env,
    EXTENSIONS_GALLERY: '{}', // no marketplace requests
    XDG_CONFIG_HOME: dirs.config, // otherwise code-server writes ~/.config/code-server
    XDG_DATA_HOME: dirs.data,
    XDG_CACHE_HOME: dirs.cache,
    ...extraEnv,
  };
  delete env.GIAYMOI_RESULT_FILE; // the suite reports to its own file, named in extraEnv
  return { dirs, env, common: ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions] };
}

/** `code-server --install-extension` into the profile's extensions dir; throws with its output on failure. */
export function installVsix(profile, vsix) {
  const r = spawnSync(process.execPath, [ENTRY, ...profile.common, '--install-extension', vsix], {
    env: profile.env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (r.status !== 0)
    throw new Error(`--install-extension ${vsix} failed (exit ${r.status ?? r.signal}):\n${r.stdout}${r.stderr}`);
  return r.stdout.trim();
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts code-server detached (own process group) and waits for GET /healthz = 200. */
export async function startCodeServer({ profile, port, workspace, logFile }) {
  const args = [
    ENTRY,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...profile.common,
    workspace,
  ];
  const child = spawn(process.execPath, args, { env: profile.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = createWriteStream(logFile);
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = null;
  child.once('exit', (code, signal) => {
    exited = `exit ${code ?? signal}`;
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`code-server stopped at start (${exited}); see ${logFile}`);
    if (await healthy(port)) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stopProcessGroup(child);
  throw new Error(`code-server did not answer /healthz within 30 s; see ${logFile}`);
}

async function healthy(port) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(1_000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

/**
 * SIGTERM to the whole process group (the file watcher and the extension host
 * survive a SIGTERM to the parent alone), then SIGKILL after a grace period.
 */
export async function stopProcessGroup(child, graceMs = 5_000) {
  if (!child?.pid) return;
  if (!signalGroup(child.pid, 'SIGTERM')) return;
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!signalGroup(child.pid, 0)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  signalGroup(child.pid, 'SIGKILL');
}

/** Last resort on the way out (synchronous, for process 'exit' handlers). */
export function killProcessGroupNow(child) {
  if (child?.pid) signalGroup(child.pid, 'SIGKILL');
}

/** Signals the group led by `pid`; false when no process of it is left. */
function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}
