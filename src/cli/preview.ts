/**
 * `giaymoi preview FILE [-o OUT.html | -o -] [--margin-left 30 …] [--body-size 13]`:
 * the preview's page as one standalone HTML file (inline CSS, no script).
 * Exit 0 when written, 1 when the source has errors (the page is written only when there is a
 * valid model, with the errors above its sheets), 2 on bad usage or I/O.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkInvitation } from '../core/check';
import { countEn, type Localized } from '../core/model';
import { layoutInvitation, resolveMeasures, type Margins } from '../core/layout';
import { renderStandalone } from '../render/html';
import type { CliContext } from './context';
import { readListBeside, recoverBeside, rowOption } from './read-list';
import { readSource } from './read-source';
import { say } from '../core/messages';

const SIDES = ['top', 'bottom', 'left', 'right'] as const;

export async function runPreview(files: string[], cli: CliContext): Promise<number> {
  if (files.length !== 1) return cli.usage();
  const [file] = files;
  const read = readSource(file);
  if (!read.ok) {
    cli.err(`${file}: ${cli.say(read.reason)}`);
    return 2;
  }
  await recoverBeside(file, cli);
  const list = await readListBeside(file, read.text, cli);
  const result = checkInvitation(read.text, { ...cli.rules.optionsFor(file), list, row: rowOption(cli) });
  const errors = result.problems.filter((p) => p.severity === 'error');
  errors.forEach((p) =>
    cli.err(`${file}:${p.range.start.line + 1}:${p.range.start.character + 1}: error ${p.code} ${cli.say(p.message)}`),
  );
  if (!result.invitation) return 1;
  const listed = errors.map(
    (p) => `${cli.say(say('cli.preview.line'))} ${p.range.start.line + 1}: ${cli.say(p.message)}`,
  );
  const layout = layoutInvitation(result.invitation, result.source);
  const html = renderStandalone(layout, resolveMeasures(pageOptions(cli)), {
    lang: 'vi',
    errors: listed,
    script: measuringScript(),
  });
  const out = cli.options.o ?? file.replace(/(\.giaymoi)?\.ya?ml$/i, '') + '.html';
  const written = out === '-' ? (process.stdout.write(html), 0) : writeAtomically(out, html, cli);
  if (written !== 0 || errors.length === 0) return written;
  cli.err(cli.say(notReady(file, errors.length)));
  return 1;
}

/** Said after writing the page of a source with errors (exit 1). */
function notReady(file: string, count: number): Localized {
  return say('cli.preview.notReady', { file, count, counted: countEn(count, 'error') });
}

/**
 * The bundled measuring script beside this CLI (dist/standalone.js) with its CSP hash; undefined when
 * it is not there (running from sources), which leaves the estimated sheets.
 */
function measuringScript(): { code: string; hash: string } | undefined {
  try {
    const code = readFileSync(join(__dirname, 'standalone.js'), 'utf8').replace(
      /\n\/\/# sourceMappingURL=.*\s*$/,
      '\n',
    );
    if (/<\/script/i.test(code)) return undefined;
    return { code, hash: `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}` };
  } catch {
    return undefined;
  }
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
    try {
      unlinkSync(temp);
    } catch {
      /* nothing was written */
    }
    cli.err(cli.say(say('cli.preview.cannotWrite', { out, error: (error as Error).message })));
    return 2;
  }
  cli.out(cli.say(say('cli.preview.wrote', { out })));
  return 0;
}
