/** The signing command's files on Node: inputs read whole within a limit, the signed PDF written atomically. */
import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { say } from '../core/messages';
import { SignError } from './sign-error';

/** The largest PDF signed: an invitation is tens of KB, a long one with images a few MB. */
export const MAX_PDF_MB = 100;
/** A .p12 or a PNG image: a few KB to a few hundred. */
export const MAX_SMALL_MB = 10;

/** The bytes of a regular file of at most `limitMb`; otherwise a SignError (missing, a folder, too large…). */
export function readInput(path: string, limitMb: number): Uint8Array {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new SignError(say('files.directory'));
    if (!stat.isFile()) throw new SignError(say('files.special'));
    if (stat.size > limitMb * 1048576) throw new SignError(say('cli.sign.tooLarge', { limit: limitMb }));
    return readFileSync(path);
  } catch (error) {
    if (error instanceof SignError) throw error;
    throw new SignError(failure((error as NodeJS.ErrnoException).code));
  }
}

/** Through a temp file beside the target and a rename: a reader never sees half a signed file. */
export function writeAtomically(target: string, bytes: Uint8Array): void {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, bytes, { flag: 'wx' });
    renameSync(temp, target);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      /* not created, or already renamed */
    }
    throw new SignError(
      say('cli.sign.cannotWrite', { out: target, code: String((error as NodeJS.ErrnoException).code) }),
    );
  }
}

function failure(code: string | undefined) {
  if (code === 'ENOENT') return say('files.missing');
  if (code === 'EACCES' || code === 'EPERM') return say('files.denied');
  return say('files.failed', { code: code ?? say('files.unknownCode') });
}
