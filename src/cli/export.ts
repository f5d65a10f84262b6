/**
 * `giaymoi export FILE... [-o OUT.docx | -o OUT.pdf | --out-dir DIR] [--pdf] [--mail-merge]
 * [--name-pattern "{{STT}} - {{Họ và tên}}"] [--row N] [--max-rows N] [--ascii-names] [--force] [--allow-drafts] [--margin-left 30 …] [--body-size 13]`:
 * exit 0 when every file was written, 1 when one was refused, 2 on bad usage,
 * a file that cannot be read or written, or another merge writing into the folder, 130 when a merge was interrupted
 * (Ctrl+C: the previous set stays as it was).
 */
import { dirname, resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import { checkInvitation } from '../core/check';
import type { Margins } from '../core/layout';
import type { Localized, Problem } from '../core/model';
import { loadDocxRenderer } from '../export/load-renderer';
import { mediaFoldersNear, nodePdfFonts } from '../export/pdf-fonts';
import { pdfSetKey } from '../export/pdf-merge';
import { pdfFontMessage, planPdfExport } from '../export/pdf-plan';
import { loadPdfRenderer } from '../export/pdf-renderer';
import type { PdfFonts } from '../render/pdf';
import { EXPORT_MESSAGES } from '../export/messages';
import { planExport, type ExportPlan, type ExportSettings } from '../export/plan-export';
import { WriteError } from '../export/atomic-write';
import { nodeFileSystem } from '../export/node-file-system';
import { nodeZipCodec } from '../export/node-zip-codec';
import {
  insteadNote,
  type MergeOptions,
  MergeCancelled,
  MergeRefused,
  recoverMergeSets,
  setPrefix,
  writeMergeSet,
} from '../export/merge-set';
import { writeOutput, type Written } from '../export/write-outputs';
import type { CliContext } from './context';
import { readSource } from './read-source';
import { maxRowsOption } from './merge-limits';
import { mergeEstimate } from '../export/merge-limits';
import { listProblemLines, readListBeside, rowOption } from './read-list';
import { say } from '../core/messages';

const MARGIN_OPTIONS = {
  top: 'margin-top',
  bottom: 'margin-bottom',
  left: 'margin-left',
  right: 'margin-right',
} as const;

export async function runExport(files: string[], cli: CliContext): Promise<number> {
  const o = cli.options;
  if (files.length === 0 || (o.o && (files.length > 1 || o['mail-merge']))) return cli.usage();
  if (o.o && !/\.(docx|pdf)$/i.test(o.o)) {
    cli.err(cli.say(say('cli.export.outNeedsDocx')));
    return cli.usage();
  }
  const badNumber = [...Object.values(MARGIN_OPTIONS), 'body-size'].find(
    (name) => o[name] !== undefined && !Number.isFinite(Number(o[name])),
  );
  if (badNumber) {
    cli.err(cli.say(say('cli.export.optionNeedsNumber', { badNumber })));
    return cli.usage();
  }
  const maxRows = maxRowsOption(cli);
  if (maxRows === undefined) {
    cli.err(cli.say(say('cli.export.maxRowsNeedsWholeNumber')));
    return cli.usage();
  }
  const settings = { ...settingsFrom(cli), maxRows: { max: maxRows, allowMore: EXPORT_MESSAGES.maxRowsOption } };
  let worst = 0;
  for (const file of files) worst = Math.max(worst, await exportOne(file, settings, cli));
  return worst;
}

/** `--pdf`, or `-o` naming a .pdf file. */
function wantsPdf(cli: CliContext): boolean {
  return cli.options.pdf === 'true' || /\.pdf$/i.test(cli.options.o ?? '');
}

/** The PDF's fonts, saying on stderr which were found. */
function cliPdfFonts(cli: CliContext): PdfFonts {
  const fonts = nodePdfFonts(mediaFoldersNear(__dirname));
  cli.err(`giaymoi: ${cli.say(pdfFontMessage(fonts))}`);
  return fonts;
}

function settingsFrom(cli: CliContext): ExportSettings {
  const o = cli.options;
  const margins: Partial<Record<keyof Margins, number>> = {};
  for (const [side, name] of Object.entries(MARGIN_OPTIONS))
    if (o[name] !== undefined) margins[side as keyof Margins] = Number(o[name]);
  return {
    margins,
    bodySize: o['body-size'] === '13' ? 13 : 14,
    allowWarnings: o['allow-drafts'] === 'true',
    mailMerge: o['mail-merge'] === 'true',
    asciiNames: o['ascii-names'] === 'true',
    row: rowOption(cli),
    namePattern: o['name-pattern'],
  };
}

async function exportOne(file: string, settings: ExportSettings, cli: CliContext): Promise<number> {
  const read = readSource(file);
  if (!read.ok) {
    cli.err(`${file}: ${cli.say(read.reason)}`);
    return 2;
  }
  const checkOptions = cli.rules.optionsFor(file);
  if (cli.rules.hasErrorsFor(file)) {
    cli.err(cli.say(EXPORT_MESSAGES.refusedConfig(file)));
    return 1;
  }
  const list = await readListBeside(file, read.text, cli);
  const plan = wantsPdf(cli)
    ? await planPdfExport(
        read.text,
        file,
        { ...settings, checkOptions, list },
        loadPdfRenderer(),
        () => cliPdfFonts(cli),
        (path) =>
          readFile(path).then(
            (bytes) => new Uint8Array(bytes),
            () => undefined,
          ),
      )
    : planExport(read.text, file, { ...settings, checkOptions, list, codec: nodeZipCodec }, loadDocxRenderer());
  if (!plan.ok && (plan.refused === 'rows' || plan.refused === 'images')) {
    cli.err(`giaymoi: ${cli.say(plan.message)}`);
    return 2;
  }
  if (!plan.ok && plan.refused === 'pattern') {
    cli.err(cli.say(EXPORT_MESSAGES.unknownPatternFields(plan.unknownFields.join(', '))));
    return 2;
  }
  if (!plan.ok) {
    const message = plan.refused === 'errors' ? EXPORT_MESSAGES.refusedErrors : EXPORT_MESSAGES.refusedWarnings;
    cli.err(cli.say(message(file, plan.problems.length)));
    plan.problems.forEach((p) => cli.err(problemLine(file, p, cli)));
    const merge = checkInvitation(read.text, { ...settings.checkOptions, list }).merge;
    listProblemLines(file, merge, cli).forEach((line) => cli.err(line));
    return 1;
  }
  if (settings.mailMerge && plan.merged === 0) cli.err(cli.say(EXPORT_MESSAGES.singleInvitee()));
  return writeAll(plan, file, cli);
}

async function writeAll(plan: Extract<ExportPlan, { ok: true }>, source: string, cli: CliContext): Promise<number> {
  const o = cli.options;
  const folder = resolve(o['out-dir'] ?? (o.o ? dirname(o.o) : dirname(source)));
  const options = {
    fs: nodeFileSystem,
    force: o.force === 'true',
    sourceId: (await nodeFileSystem.info(resolve(source)).catch(() => undefined))?.id,
  };
  const notice = (message: Localized) => cli.err(`giaymoi: ${cli.say(message)}`);
  try {
    if (plan.merged === 0) await recoverMergeSets(folder, nodeFileSystem, notice);
    const written =
      plan.merged > 0
        ? await writeMerge(plan.files, folder, source, { ...options, onNotice: notice }, cli)
        : [await writeOutput(plan.files[0], { folder, exactPath: o.o ? resolve(o.o) : undefined }, options)];
    for (const w of written) {
      const note = insteadNote(w);
      if (note) cli.err(cli.say(note));
      cli.out(w.path);
    }
    return 0;
  } catch (error) {
    if (error instanceof MergeCancelled) {
      cli.err(`giaymoi: ${cli.say(EXPORT_MESSAGES.mergeCancelled())}`);
      return 130;
    }
    if (error instanceof MergeRefused) {
      cli.err(`giaymoi: ${cli.say(error.reason)}`);
      return 2;
    }
    if (!(error instanceof WriteError)) throw error;
    cli.err(`giaymoi: ${cli.say(EXPORT_MESSAGES.writeFailed(error.failure, error.path, error.code))}`);
    return 2;
  }
}

/** The merge with a progress line on a terminal (stderr, so piped output stays the list of paths); Ctrl+C cancels cleanly. */
async function writeMerge(
  files: ExportPlanFiles,
  folder: string,
  source: string,
  options: MergeOptions,
  cli: CliContext,
): Promise<Written[]> {
  const estimate = await mergeEstimate(files, EXPORT_MESSAGES.stopWithCtrlC());
  if (estimate) cli.err(`giaymoi: ${cli.say(estimate)}`);
  const tty = process.stderr.isTTY === true;
  let interrupted = false;
  const onSigint = () => {
    interrupted = true;
  };
  process.once('SIGINT', onSigint);
  const progress = (done: number, total: number) => {
    if (tty) process.stderr.write(`\r${cli.say(EXPORT_MESSAGES.progress(done, total))}\x1b[K`);
  };
  try {
    return await writeMergeSet(files, folder, setPrefix(wantsPdf(cli) ? pdfSetKey(resolve(source)) : resolve(source)), {
      ...options,
      onProgress: progress,
      cancelled: () => interrupted,
    });
  } finally {
    process.removeListener('SIGINT', onSigint);
    if (tty) process.stderr.write('\r\x1b[K');
  }
}

type ExportPlanFiles = Extract<ExportPlan, { ok: true }>['files'];

function problemLine(file: string, p: Problem, cli: CliContext): string {
  return `${file}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.severity} ${p.code} ${cli.say(p.message)}`;
}
