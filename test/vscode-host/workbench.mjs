// The workbench page in Debian's Chromium (driven by playwright-core): opened
// with a `payload` that loads the extension and runs the suite's entry, with
// the extension host's console forwarded, and photographed at the end.
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HOST_DIR = dirname(fileURLToPath(import.meta.url));
// The host's own playwright-core (installed with code-server), not the repo's.
const { chromium } = createRequire(join(HOST_DIR, 'package.json'))('playwright-core');

export const CHROMIUM = process.env.GIAYMOI_CHROMIUM || '/usr/bin/chromium';

/** Lines of the extension host's console that say nothing about the suite. */
const NOISE = [
  /vsda/,
  /^Ignoring fetching additional builtin extensions/,
  /^(Resolving|Resolved) connection token/,
  /^Creating a socket/,
  /^ChatSessionStore:/,
  /^Updating additional builtin extensions cache/,
  /^Creation of workbench contribution/,
  /service ?worker/i,
  /Ignoring the error while validating workspace folder/,
  /\[Extension Host\] debugger listening/i,
];

export async function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
}

/**
 * Opens the workbench on `workspace`. `extensionDevelopmentPath` may be null
 * (VSIX mode: the extension comes from the extensions dir); `extensionTestsPath`
 * may be null (the UI tests' window, whose extension host must stay up: a test
 * run's host is shut down when the suite's run() settles).
 * `onLog(type, text)` receives the extension host's console; `onExit(code)`
 * is called when the suite's run() has settled (the window stays open).
 */
export async function openWorkbench(
  browser,
  { port, workspace, extensionDevelopmentPath, extensionTestsPath, extensionDevelopmentKind, onLog, onExit },
) {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.exposeFunction('codeAutomationLog', (type, args) => onLog(type, formatArgs(args)));
  await page.exposeFunction('codeAutomationExit', (code) => onExit(code));
  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = [
    ...(extensionDevelopmentPath ? [['extensionDevelopmentPath', remote(extensionDevelopmentPath)]] : []),
    ...(extensionTestsPath ? [['extensionTestsPath', remote(extensionTestsPath)]] : []),
    ...(extensionDevelopmentKind ? [['extensionDevelopmentKind', extensionDevelopmentKind]] : []),
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return page;
}

/** True for console lines worth showing (everything but known harmless noise). */
export function isWorthShowing(text) {
  return !NOISE.some((pattern) => pattern.test(text));
}

/**
 * The workbench as the suite left it (stage-screenshot.ts: the example open,
 * the preview beside it once it exists). Waits for the editor to show text.
 */
export async function takeScreenshot(page, file) {
  mkdirSync(dirname(file), { recursive: true });
  await page
    .waitForFunction(
      () => document.querySelector('.monaco-editor .view-lines')?.textContent?.includes('co_quan'),
      null,
      { timeout: 15_000 },
    )
    .catch(() => console.log('[vscode-host] screenshot: no editor with the example showed up; taking it anyway'));
  // ── PREVIEW (screenshot) ───────────────────────────────────────────────────
  // stage-screenshot.ts opens the preview beside the example once the command
  // exists; wait for its webview frame (if any) to finish loading.
  await page.waitForSelector('iframe.webview.ready', { timeout: 5_000 }).catch(() => {});
  // ─────────────────────────────────────────────────────────────────────────
  await page.waitForTimeout(300); // the editor's last paint (fonts, decorations) after its text appears
  await page.screenshot({ path: file });
}

function formatArgs(args) {
  if (!Array.isArray(args)) return String(args);
  return args.map((a) => (typeof a === 'string' ? a : safeJson(a))).join(' ');
}

function safeJson(value) {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
