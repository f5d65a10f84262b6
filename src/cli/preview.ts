/**
 * `giaymoi preview FILE [-o OUT.html | -o -] [--margin-left 30 …] [--body-size 13]`:
 * the preview's page as one standalone HTML file (inline CSS, no script).
 * Exit 0 when written, 1 when the source has no valid model, 2 on bad usage or I/O.
 */
import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { checkInvitation } from '../core/check';
import { layoutInvitation } from '../core/layout';
import { resolveMeasures, type Margins } from '../core/measures';
import { renderStandalone } from '../render/html';
import type { CliContext } from './context';
import { readListBeside, rowOption } from './read-list';
import { readSource } from './read-source';

const SIDES = ['top', 'bottom', 'left', 'right'] as const;

export async function runPreview(files: string[], cli: CliContext): Promise<number> {
  if (files.length !== 1) return cli.usage();
  const [file] = files;
  const read = readSource(file);
  if (!read.ok) {
    cli.err(`${file}: ${cli.say(read.reason)}`);
    return 2;
  }
  const list = await readListBeside(file, read.text);
  const result = checkInvitation(read.text, { ...cli.checkOptions, list, row: rowOption(cli) });
  const errors = result.problems.filter((p) => p.severity === 'error');
  errors.forEach((p) => cli.err(`${file}:${p.range.start.line + 1}:${p.range.start.character + 1}: error ${p.code} ${cli.say(p.message)}`));
  if (!result.invitation) return 1;
  const html = renderStandalone(layoutInvitation(result.invitation, result.source), resolveMeasures(pageOptions(cli)), { lang: 'vi' });
  const out = cli.options.o ?? file.replace(/(\.giaymoi)?\.ya?ml$/i, '') + '.html';
  if (out === '-') {
    process.stdout.write(html);
    return 0;
  }
  return writeAtomically(out, html, cli);
}

function pageOptions(cli: CliContext): { margins: Partial<Margins>; bodySize: 13 | 14 } {
  const margins: Partial<Record<keyof Margins, number>> = {};
  for (const side of SIDES) {
    const value = Number(cli.options[`margin-${side}`]);
    if (Number.isFinite(value) && cli.options[`margin-${side}`] !== undefined) margins[side] = value;
  }
  return { margins, bodySize: cli.options['body-size'] === '13' ? 13 : 14 };
}

/** Through a temporary file and a rename, so a reader never sees half a page. */
function writeAtomically(out: string, html: string, cli: CliContext): number {
  const temp = `${out}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, html);
    renameSync(temp, out);
  } catch (error) {
    try { unlinkSync(temp); } catch { /* nothing was written */ }
    cli.err(cli.say({ vi: `không ghi được ${out}: ${(error as Error).message}`, en: `cannot write ${out}: ${(error as Error).message}` }));
    return 2;
  }
  cli.out(cli.say({ vi: `Đã ghi ${out}`, en: `Wrote ${out}` }));
  return 0;
}
