/**
 * Word 97–2003 (.doc) to DOCX through LibreOffice, for the CLI and the desktop
 * extension (a browser host has no LibreOffice: it asks for a .docx instead).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import type { Localized } from '../core/model';
import { readGuarded, refuseGuarded } from './guarded-read';
import { say } from '../core/messages';

/** How long LibreOffice may take: a real .doc converts in a few seconds, a hostile one may never finish. */
const CONVERSION_TIMEOUT_MS = 120_000;

/** The .doc at `file` as DOCX bytes; only a regular file within the Word limit is given to LibreOffice. */
export function convertDocToDocx(
  file: string,
  timeoutMs = CONVERSION_TIMEOUT_MS,
): { data: Uint8Array } | { reason: Localized } {
  const refused = refuseGuarded(file, 'word');
  if (refused) return { reason: refused.reason };
  const dir = mkdtempSync(join(tmpdir(), 'giaymoi-doc-'));
  try {
    const run = spawnSync('soffice', ['--headless', '--convert-to', 'docx', '--outdir', dir, file], {
      encoding: 'utf8',
      timeout: timeoutMs,
    });
    if ((run.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT')
      return { reason: say('files.docConversionTimedOut', { seconds: Math.round(timeoutMs / 1000) }) };
    if (run.error) return { reason: NO_LIBREOFFICE };
    const converted = join(dir, basename(file, extname(file)) + '.docx');
    if (!existsSync(converted)) return { reason: say('files.docConversionFailed') };
    const read = readGuarded(converted, 'word');
    return read.ok ? { data: read.bytes } : { reason: read.reason };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const NO_LIBREOFFICE: Localized = say('files.noLibreOffice');
