/**
 * `giaymoi import FILE.docx [-o OUT.giaymoi.yaml | -o -]`: an invitation made in
 * Word back to a source file, written beside the DOCX and never over an existing
 * file; then the notes of the import and the check of the result, like `check`.
 * `.doc` (Word 97–2003) goes through LibreOffice when it is installed.
 * Exit 0 when written, 2 on bad input or I/O (one line naming the file).
 */
import { existsSync, linkSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { checkInvitation } from '../core/check';
import type { Localized } from '../core/model';
import { fidelityShares, importDocx, ImportError, measureFidelity, type Fidelity, type ImportResult } from '../import';
import { loadDocxRenderer } from '../export/load-renderer';
import { convertDocToDocx } from '../node/convert-doc';
import { readGuarded } from '../node/guarded-read';
import type { CliContext } from './context';
import { say } from '../core/messages';

export async function runImport(files: string[], cli: CliContext): Promise<number> {
  if (files.length !== 1) return cli.usage();
  const [file] = files;
  const fail = (reason: Localized) => {
    cli.err(`${file}: ${cli.say(reason)}`);
    return 2;
  };
  const bytes = readDocxBytes(file);
  if ('reason' in bytes) return fail(bytes.reason);
  let result: ImportResult;
  try {
    result = importDocx(bytes.data, { fileName: basename(file) });
  } catch (error) {
    if (error instanceof ImportError) return fail(error.reason);
    throw error;
  }
  const out = cli.options.o ?? freeName(file);
  if (out === '-') process.stdout.write(result.yaml);
  else {
    const written = writeNew(out, result.yaml);
    if (written) {
      cli.err(`${out}: ${cli.say(written)}`);
      return 2;
    }
  }
  report(out === '-' ? '<stdout>' : out, result, cli, out === '-' ? file : out);
  reportFidelity(await measureFidelity(bytes.data, result.yaml, loadDocxRenderer()), cli);
  return 0;
}

/** Through the guarded reader (only a regular file, within the Word limit); `.doc` converted by LibreOffice. */
function readDocxBytes(file: string): { data: Uint8Array } | { reason: Localized } {
  if (extname(file).toLowerCase() === '.doc') return convertDocToDocx(file);
  const read = readGuarded(file, 'word');
  if (read.ok) return { data: read.bytes };
  if (read.why !== 'too-large' || read.size === undefined) return { reason: read.reason };
  const mb = (read.size / 1048576).toFixed(1);
  return reason(say('cli.import.tooLarge', { mb }));
}

/** Beside the DOCX: "x.giaymoi.yaml", or "x-1.giaymoi.yaml" when that exists. */
function freeName(file: string): string {
  const stem = join(dirname(file), basename(file, extname(file)));
  for (let i = 0; ; i += 1) {
    const candidate = `${stem}${i ? `-${i}` : ''}.giaymoi.yaml`;
    if (!existsSync(candidate)) return candidate;
  }
}

/** Through a temp file and a hard link: the target appears whole, and never replaces an existing file. */
function writeNew(target: string, text: string): Localized | undefined {
  if (!/\.giaymoi\.ya?ml$/i.test(target)) return say('cli.import.outNeedsExtension');
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text, { flag: 'wx' });
    linkSync(temp, target);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return say('cli.import.outExists');
    return say('cli.import.cannotWrite', { code: String(code) });
  } finally {
    try {
      unlinkSync(temp);
    } catch {
      /* not created */
    }
  }
}

/** The import's notes at their comment lines, then the result's own check, like `giaymoi check`. */
function report(out: string, result: ImportResult, cli: CliContext, configFrom: string): void {
  const lines = result.yaml.split('\n');
  for (const n of result.notes) {
    const line = lines.findIndex((l) => l.includes(n.message.vi)) + 1;
    cli.err(`${out}:${Math.max(line, 1)}:1: information GI001 ${cli.say(n.message)}`);
  }
  for (const p of checkInvitation(result.yaml, cli.rules.optionsFor(configFrom)).problems)
    cli.err(
      `${out}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.severity} ${p.code} ${cli.say(p.message)}`,
    );
}

/** The measured figure: the result exported and read back against the original (fidelity.ts). */
function reportFidelity(f: Fidelity, cli: CliContext): void {
  if (f.errors) {
    cli.err(cli.say(say('cli.import.notExported', { errors: f.errors, total: f.total })));
    return;
  }
  const shares = fidelityShares(f);
  const lost = f.total - f.kept - f.moved;
  cli.err(cli.say(say('cli.import.done', { total: f.total, ...shares, moved: f.moved, lost })));
  if (f.firstLost) cli.err(cli.say(say('cli.import.firstLost', { passage: f.firstLost })));
  if (f.firstMoved) cli.err(cli.say(say('cli.import.firstMoved', { passage: f.firstMoved })));
}

const reason = (why: Localized) => ({ reason: why });
