/**
 * The CLI's side of giaymoi.config.yaml: found upward from each invitation
 * with Node's fs (the core only computes the candidate paths), or given with
 * `--config FILE`; its own problems are printed once, like tsc prints them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { configCandidates } from '../core/config/locate';
import { mergeRuleSettings } from '../core/config/merge';
import { parseRuleConfig, type RuleSettings } from '../core/config/rule-config';
import type { Localized, Problem } from '../core/problem';
import type { CheckOptions } from '../core/rules/rule';

export interface RuleConfigLoader {
  /** The options to check `file` with: its configuration file, then the command line on top. */
  readonly optionsFor: (file: string) => Partial<CheckOptions>;
  /** True when a configuration file read so far has an error. */
  readonly hadErrors: () => boolean;
}

interface Printer {
  readonly err: (line: string) => void;
  readonly say: (text: Localized) => string;
}

/** `explicit` is `--config FILE`; `commandLine` the options given as flags (e.g. --min-working-days). */
export function createRuleConfigLoader(explicit: string | undefined, commandLine: RuleSettings, out: Printer): RuleConfigLoader {
  const loaded = new Map<string, RuleSettings | undefined>();
  let errors = false;
  const load = (path: string): RuleSettings | undefined => {
    if (!loaded.has(path)) {
      const result = parseRuleConfig(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
      result.problems.forEach((p) => out.err(line(path, p, out)));
      errors ||= result.problems.some((p) => p.severity === 'error');
      loaded.set(path, result.settings);
    }
    return loaded.get(path);
  };
  const find = (file: string): string | undefined => (explicit ? resolve(explicit) : configCandidates(resolve(file)).find((p) => existsSync(p)));
  return {
    optionsFor: (file) => {
      const path = file === '-' && !explicit ? undefined : find(file === '-' ? 'stdin' : file);
      return mergeRuleSettings(path ? safeLoad(path, load, out) : undefined, commandLine);
    },
    hadErrors: () => errors,
  };
}

function safeLoad(path: string, load: (path: string) => RuleSettings | undefined, out: Printer): RuleSettings | undefined {
  try {
    return load(path);
  } catch {
    out.err(`${path}: ${out.say({ vi: 'không đọc được tệp cấu hình', en: 'cannot read the configuration file' })}`);
    return undefined;
  }
}

const line = (path: string, p: Problem, out: Printer): string => `${path}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.severity} ${p.code} ${out.say(p.message)}`;
