/** `giaymoi check FILE|FOLDER...`: one line per problem, like tsc; exit 1 on any error, 2 on unreadable input. */
import { checkInvitation } from '../core/check';
import { countEn, type Problem } from '../core/model';
import { dirname, resolve } from 'node:path';
import type { CliContext } from './context';
import { checkTargets } from './check-targets';
import { listProblemLines, readListBeside, recoverBeside } from './read-list';
import { readSource } from './read-source';
import { say } from '../core/messages';

interface FileReport {
  readonly file: string;
  readonly problems: readonly Problem[];
  /** Lines about the invitee list's own cells (a list invitation only). */
  readonly listLines: readonly string[];
}

export async function runCheck(args: string[], cli: CliContext): Promise<number> {
  if (args.length === 0) return cli.usage();
  const { files, emptyFolders } = checkTargets(args);
  emptyFolders.forEach((folder) => cli.err(`${folder}: ${cli.say(say('cli.check.noSources'))}`));
  const reports: FileReport[] = [];
  const recovered = new Set<string>();
  let unreadable = emptyFolders.length > 0;
  for (const file of files) {
    const read = readSource(file);
    if (!read.ok) {
      cli.err(`${file}: ${cli.say(read.reason)}`);
      unreadable = true;
      continue;
    }
    await recoverOnce(file, recovered, cli);
    const list = await readListBeside(file, read.text, cli);
    const checked = checkInvitation(read.text, { ...cli.rules.optionsFor(file), list });
    reports.push({ file, problems: checked.problems, listLines: listProblemLines(file, checked.merge, cli) });
  }
  if (cli.format === 'json') cli.out(JSON.stringify(reports.flatMap(toJson), null, 2));
  else printText(reports, cli);
  if (unreadable) return 2;
  const configBroken = cli.rules.hadErrors(); // printed with the configuration file's own position (stdout in check's text report, else stderr)
  return configBroken || reports.some((r) => r.problems.some((p) => p.severity === 'error')) ? 1 : 0;
}

/** A folder of many sources is searched once per run for an unfinished merge, not once per file. */
async function recoverOnce(file: string, done: Set<string>, cli: CliContext): Promise<void> {
  const folder = dirname(resolve(file));
  if (done.has(folder)) return;
  done.add(folder);
  await recoverBeside(file, cli);
}

function printText(reports: FileReport[], cli: CliContext): void {
  for (const { file, problems, listLines } of reports) {
    for (const p of problems)
      cli.out(
        `${file}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.severity} ${p.code} ${cli.say(p.message)}`,
      );
    listLines.forEach((line) => cli.out(line));
  }
  // The configuration's own problems were printed first (while loading it); the summary counts them too.
  const all = [...cli.rules.severities(), ...reports.flatMap((r) => r.problems.map((p) => p.severity))];
  const count = (s: Problem['severity']) => all.filter((severity) => severity === s).length;
  cli.out(
    cli.say(
      say('cli.check.summary', {
        files: reports.length,
        errors: count('error'),
        warnings: count('warning'),
        notes: count('information') + count('hint'),
        filesCounted: countEn(reports.length, 'file'),
        errorsCounted: countEn(count('error'), 'error'),
        warningsCounted: countEn(count('warning'), 'warning'),
      }),
    ),
  );
}

function toJson({ file, problems }: FileReport) {
  return problems.map((p) => ({
    file,
    line: p.range.start.line + 1,
    column: p.range.start.character + 1,
    endLine: p.range.end.line + 1,
    endColumn: p.range.end.character + 1,
    severity: p.severity,
    code: p.code,
    message: p.message.vi,
    messageEn: p.message.en,
    locator: p.locator,
    fixes: (p.fixes ?? []).map((f) => ({ title: f.title.vi, edits: f.edits })),
  }));
}
