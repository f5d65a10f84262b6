/**
 * The command-line tools the DOCX artifact tests read back with: LibreOffice
 * (DOCX → PDF) and poppler. Missing tools skip the tests with a message, except
 * on CI (CI=true), where they must be there.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const TOOLS = ['soffice', 'pdftotext', 'pdfinfo', 'pdffonts', 'pdftoppm'] as const;

/** The tools that are not on PATH. */
export function missingTools(): string[] {
  return TOOLS.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
}

/** Skips the suite (or fails it on CI) when a tool is missing. */
export function requireTools(context: Mocha.Context): void {
  const missing = missingTools();
  if (!missing.length) return;
  const message = `DOCX artifact tests need ${missing.join(', ')} (apt-get install libreoffice-writer-nogui poppler-utils fonts-liberation2)`;
  if (process.env.CI === 'true') throw new Error(`${message}; CI=true, so they cannot be skipped`);
  console.log(`      skipped: ${message}`);
  context.skip();
}

/** Runs a tool, failing with its output when it fails. */
export function run(command: string, args: readonly string[], options: { timeoutMs?: number } = {}): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: options.timeoutMs ?? 60_000 });
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${result.stderr}${result.stdout}`,
    );
  return result.stdout;
}

/** Converts DOCX files to PDF in `outDir` with a throwaway LibreOffice profile (parallel runs don't clash). */
export function convertToPdf(files: readonly string[], outDir: string): void {
  const profile = mkdtempSync(join(tmpdir(), 'giaymoi-lo-'));
  try {
    run(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...files,
      ],
      { timeoutMs: 180_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Whitespace collapsed to single spaces. */
export function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
