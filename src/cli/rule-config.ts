/**
 * The CLI's side of giaymoi.config.yaml: found upward from each invitation up
 * to its workspace folder (its git repository, else its own folder) with
 * Node's fs (the core only computes the candidate paths), or given with
 * `--config FILE`; read through the guarded reader; its own problems, and a
 * configuration that cannot be read, are printed once, like tsc prints them.
 */
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import {
  configCandidates,
  mergeRuleSettings,
  parseRuleConfig,
  type RuleSettings,
  type CheckOptions,
} from '../core/check';
import type { Localized, Problem } from '../core/model';
import { readGuarded } from '../node/guarded-read';
import { realFolderOf, workspaceFolderOf } from '../node/inside-folder';
import { readConfigWithin } from '../node/read-config-within';
import { say } from '../core/messages';

export interface RuleConfigLoader {
  /** The options to check `file` with: its configuration file, then the command line on top. */
  readonly optionsFor: (file: string) => Partial<CheckOptions>;
  /** True when a configuration file read so far has an error. */
  readonly hadErrors: () => boolean;
  /** The severity of each problem printed so far about configuration files (one that cannot be read: an error), for check's summary. */
  readonly severities: () => readonly Problem['severity'][];
  /** True when the configuration that applies to `file` (read by `optionsFor`) has an error or cannot be read. */
  readonly hasErrorsFor: (file: string) => boolean;
}

interface Printer {
  readonly err: (line: string) => void;
  readonly say: (text: Localized) => string;
}

/** `explicit` is `--config FILE`; `commandLine` the options given as flags (e.g. --min-working-days). */
export function createRuleConfigLoader(
  explicit: string | undefined,
  commandLine: RuleSettings,
  out: Printer,
): RuleConfigLoader {
  const loaded = new Map<string, RuleSettings | undefined>();
  const broken = new Set<string>();
  const printed: Problem['severity'][] = [];
  const load = (path: string, folder: string | undefined): RuleSettings | undefined => {
    if (!loaded.has(path)) {
      const read = folder ? readConfigWithin(path, folder) : readGuarded(path, 'config');
      const result = read.ok
        ? parseRuleConfig(new TextDecoder('utf-8').decode(read.bytes).replace(/^\uFEFF/, ''))
        : undefined;
      if (!read.ok) out.err(`${path}: ${out.say(unreadable(read.reason))}`);
      if (!read.ok) printed.push('error');
      result?.problems.forEach((p) => out.err(line(path, p, out)));
      result?.problems.forEach((p) => printed.push(p.severity));
      if (!result || result.problems.some((p) => p.severity === 'error')) broken.add(path);
      loaded.set(path, result?.settings);
    }
    return loaded.get(path);
  };
  const find = (file: string): string | undefined => (explicit ? resolve(explicit) : nearestConfig(file));
  const pathFor = (file: string) => (file === '-' && !explicit ? undefined : find(file === '-' ? 'stdin' : file));
  return {
    optionsFor: (file) => {
      const path = pathFor(file);
      // An explicit --config is the user's own choice; a found one must really lie in the workspace (not a link out of it).
      const folder = explicit || !path ? undefined : workspaceFolderOf(file === '-' ? 'stdin' : file);
      return mergeRuleSettings(path ? load(path, folder) : undefined, commandLine);
    },
    hadErrors: () => broken.size > 0,
    severities: () => printed,
    hasErrorsFor: (file) => {
      const path = pathFor(file);
      return path !== undefined && broken.has(path);
    },
  };
}

/** The nearest giaymoi.config.yaml from the file's real folder up to its workspace folder. */
function nearestConfig(file: string): string | undefined {
  const real = join(realFolderOf(file), basename(file));
  return configCandidates(real, workspaceFolderOf(file)).find((p) => existsSync(p));
}

const unreadable = (reason: Localized): Localized => say('cli.config.unreadable', { reason });

const line = (path: string, p: Problem, out: Printer): string =>
  `${path}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.severity} ${p.code} ${out.say(p.message)}`;
