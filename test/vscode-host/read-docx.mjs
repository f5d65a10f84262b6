// A DOCX read back by LibreOffice (`soffice --convert-to txt`), with a
// throwaway profile so it neither touches nor waits for the user's own.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** `{ text }`, or `{ error }` when LibreOffice could not read it, or `{ skip }` when there is no LibreOffice. */
export function readDocxText(docx) {
  if (!existsSync(docx)) return { error: `${docx} was not written` };
  const dir = mkdtempSync(join(tmpdir(), 'giaymoi-soffice-'));
  try {
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const r = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'txt:Text (encoded):UTF8',
        '--outdir',
        dir,
        docx,
      ],
      { encoding: 'utf8', timeout: 180_000 },
    );
    if (r.error?.code === 'ENOENT') return { skip: 'no LibreOffice (soffice) on this machine' };
    const out = join(dir, basename(docx).replace(/\.docx$/i, '.txt'));
    if (!existsSync(out))
      return { error: `soffice could not convert ${docx} (exit ${r.status ?? r.signal}): ${r.stderr || r.stdout}` };
    return { text: readFileSync(out, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
