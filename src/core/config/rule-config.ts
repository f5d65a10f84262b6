/**
 * The office's rule configuration, `giaymoi.config.yaml`: per code `off`,
 * `info`, `warning` or `error`, and the options a rule has. Pure: text in,
 * settings and problems (with ranges in the configuration file) out.
 *
 * quy_tac:
 *   GM029: off
 *   GM017: { muc_do: warning, so_ngay_lam_viec: 5, ngay_nghi_them: [2025-12-31] }
 */
import { isMap, isScalar, type Node, type Pair } from 'yaml';
import { parseIsoDate } from '../calendar/dates';
import type { Localized, Problem, RuleCode, Severity } from '../model/problem';
import { catalogEntry, CONFIG_CODES } from '../rules/catalog';
import { SourceMap } from '../source/source-map';
import { parseYamlDocument } from '../source/yaml-read';
import { say } from '../messages';
import { yamlErrorText } from '../parse/yaml-errors';

export type RuleLevel = Severity | 'off';

/** What a configuration (file or editor settings) changes in the checks. */
export interface RuleSettings {
  readonly severities: Readonly<Record<string, RuleLevel>>;
  readonly minWorkingDays?: number;
  readonly extraDaysOff?: readonly string[];
}

export interface RuleConfigResult {
  readonly settings: RuleSettings;
  /** Problems of the configuration file itself (GM001 for its YAML, GM036, GM037). */
  readonly problems: Problem[];
}

/** Entries under `quy_tac` read; there are a few dozen rules, so more is no configuration (40,000 took 17 s). */
export const MAX_CONFIG_ENTRIES = 500;

const LEVELS: Readonly<Record<string, RuleLevel>> = {
  off: 'off',
  info: 'information',
  information: 'information',
  warning: 'warning',
  error: 'error',
};
const LEVEL_WORDS = 'off, info, warning, error';

/** Reads a level word ("off", "info", "warning", "error"); undefined when it is none of them. */
export function ruleLevel(word: unknown): RuleLevel | undefined {
  return typeof word === 'string' ? LEVELS[word.trim().toLowerCase()] : undefined;
}

interface Collector {
  readonly source: SourceMap;
  readonly problems: Problem[];
  readonly severities: Record<string, RuleLevel>;
  minWorkingDays?: number;
  extraDaysOff?: string[];
}

function report(c: Collector, node: Node | null | undefined, code: RuleCode, message: Localized): void {
  const [start, end] = node?.range ?? [0, 0];
  c.problems.push({
    code,
    severity: 'error',
    range: c.source.range(start, end),
    message,
    locator: catalogEntry(code)?.locator,
  });
}

/** Parses and validates a configuration file's text; never throws. */
export function parseRuleConfig(text: string): RuleConfigResult {
  const doc = parseYamlDocument(text, { uniqueKeys: true, prettyErrors: false });
  const c: Collector = { source: new SourceMap(text, doc), problems: [], severities: {} };
  for (const error of doc.errors) {
    c.problems.push({
      code: 'GM001',
      severity: 'error',
      range: c.source.range(error.pos[0], error.pos[1]),
      message: say('config.notYaml', { message: yamlErrorText(error.code) }),
    });
  }
  if (doc.errors.length === 0) readRoot(c, doc.contents as Node | null);
  const settings: RuleSettings = {
    severities: c.severities,
    minWorkingDays: c.minWorkingDays,
    extraDaysOff: c.extraDaysOff,
  };
  return { settings, problems: c.problems };
}

function readRoot(c: Collector, root: Node | null): void {
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return; // an empty file changes nothing
  if (!isMap(root)) return report(c, root, CONFIG_CODES.badEntry, say('config.notMapping'));
  for (const pair of root.items as Pair<Node, Node>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (key === 'quy_tac' && isMap(pair.value)) readRules(c, pair.value.items as Pair<Node, Node>[]);
    else if (key === 'quy_tac' && !(isScalar(pair.value) && pair.value.value === null))
      report(c, pair.value, CONFIG_CODES.badEntry, say('config.quyTacNotTable'));
    else if (key !== 'quy_tac') report(c, pair.key, CONFIG_CODES.badEntry, say('config.unknownKey', { key }));
  }
}

function readRules(c: Collector, rules: Pair<Node, Node>[]): void {
  rules.slice(0, MAX_CONFIG_ENTRIES).forEach((rule) => readRule(c, rule));
  if (rules.length <= MAX_CONFIG_ENTRIES) return;
  report(
    c,
    rules[MAX_CONFIG_ENTRIES].key,
    CONFIG_CODES.badEntry,
    say('config.tooManyEntries', { length: rules.length, max: MAX_CONFIG_ENTRIES }),
  );
}

function readRule(c: Collector, pair: Pair<Node, Node>): void {
  const code = isScalar(pair.key) ? String(pair.key.value).trim().toUpperCase() : '';
  const entry = catalogEntry(code);
  if (!entry || entry.configFile)
    return report(c, pair.key, CONFIG_CODES.badEntry, say('config.unknownCode', { code }));
  if (isMap(pair.value)) return readRuleOptions(c, code, pair.value.items as Pair<Node, Node>[]);
  readLevel(c, code, pair.value);
}

function readLevel(c: Collector, code: string, node: Node | null): void {
  const level = ruleLevel(isScalar(node) ? node.value : undefined);
  if (!level) return report(c, node, CONFIG_CODES.badEntry, say('config.badLevel', { code, levels: LEVEL_WORDS }));
  if (catalogEntry(code)?.structural)
    return report(c, node, CONFIG_CODES.structuralOff, say('config.structuralOff', { code }));
  c.severities[code] = level;
}

function readRuleOptions(c: Collector, code: string, items: Pair<Node, Node>[]): void {
  const known = new Set(['muc_do', ...(catalogEntry(code)?.options ?? []).map((o) => o.key)]);
  for (const item of items) {
    const key = isScalar(item.key) ? String(item.key.value) : '';
    if (!known.has(key))
      report(
        c,
        item.key,
        CONFIG_CODES.badEntry,
        say('config.unknownOption', { code, key, options: [...known].join(', ') }),
      );
    else if (key === 'muc_do') readLevel(c, code, item.value);
    else if (key === 'so_ngay_lam_viec') readWorkingDays(c, item.value);
    else if (key === 'ngay_nghi_them') readDaysOff(c, item.value);
  }
}

function readWorkingDays(c: Collector, node: Node | null): void {
  const value = isScalar(node) ? node.value : undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 3 && value <= 30) c.minWorkingDays = value;
  else report(c, node, CONFIG_CODES.badEntry, say('config.badWorkingDays'));
}

function readDaysOff(c: Collector, node: Node | null): void {
  const items = node && 'items' in node && Array.isArray(node.items) ? (node.items as Node[]) : undefined;
  if (!items) return report(c, node, CONFIG_CODES.badEntry, say('config.daysOffNotList'));
  const days: string[] = [];
  for (const item of items) {
    const text = isScalar(item) ? String(item.value) : '';
    if (parseIsoDate(text)) days.push(text);
    else report(c, item, CONFIG_CODES.badEntry, say('config.badDayOff', { text }));
  }
  c.extraDaysOff = days;
}
