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
import { parseIsoDate } from '../dates';
import type { Localized, Problem, RuleCode, Severity } from '../problem';
import { catalogEntry, CONFIG_CODES } from '../rules/catalog';
import { SourceMap } from '../source';
import { parseYamlDocument } from '../yaml-read';

/** The name searched for upward from an invitation; it can never be mistaken for one (*.giaymoi.yaml). */
export const CONFIG_FILE_NAME = 'giaymoi.config.yaml';

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

const LEVELS: Readonly<Record<string, RuleLevel>> = { off: 'off', info: 'information', information: 'information', warning: 'warning', error: 'error' };
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
  c.problems.push({ code, severity: 'error', range: c.source.range(start, end), message, locator: catalogEntry(code)?.locator });
}

/** Parses and validates a configuration file's text; never throws. */
export function parseRuleConfig(text: string): RuleConfigResult {
  const doc = parseYamlDocument(text, { uniqueKeys: true, prettyErrors: false });
  const c: Collector = { source: new SourceMap(text, doc), problems: [], severities: {} };
  for (const error of doc.errors) {
    c.problems.push({ code: 'GM001', severity: 'error', range: c.source.range(error.pos[0], error.pos[1]), message: { vi: `Tệp cấu hình không phải YAML hợp lệ: ${error.message}`, en: `The configuration is not valid YAML: ${error.message}` } });
  }
  if (doc.errors.length === 0) readRoot(c, doc.contents as Node | null);
  const settings: RuleSettings = { severities: c.severities, minWorkingDays: c.minWorkingDays, extraDaysOff: c.extraDaysOff };
  return { settings, problems: c.problems };
}

function readRoot(c: Collector, root: Node | null): void {
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return; // an empty file changes nothing
  if (!isMap(root)) return report(c, root, CONFIG_CODES.badEntry, { vi: 'Tệp cấu hình gồm khóa `quy_tac:` và các mã quy tắc bên dưới.', en: 'The configuration holds a `quy_tac:` key with rule codes under it.' });
  for (const pair of root.items as Pair<Node, Node>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (key === 'quy_tac' && isMap(pair.value)) readRules(c, pair.value.items as Pair<Node, Node>[]);
    else if (key === 'quy_tac' && !(isScalar(pair.value) && pair.value.value === null)) report(c, pair.value, CONFIG_CODES.badEntry, { vi: '`quy_tac` là một bảng mã quy tắc, ví dụ `GM029: off`.', en: '`quy_tac` maps rule codes, e.g. `GM029: off`.' });
    else if (key !== 'quy_tac') report(c, pair.key, CONFIG_CODES.badEntry, { vi: `Khóa "${key}" không có trong tệp cấu hình; chỉ có \`quy_tac\`.`, en: `"${key}" is not a configuration key; only \`quy_tac\` is.` });
  }
}

function readRules(c: Collector, rules: Pair<Node, Node>[]): void {
  rules.slice(0, MAX_CONFIG_ENTRIES).forEach((rule) => readRule(c, rule));
  if (rules.length <= MAX_CONFIG_ENTRIES) return;
  report(c, rules[MAX_CONFIG_ENTRIES].key, CONFIG_CODES.badEntry, {
    vi: `\`quy_tac\` có ${rules.length} mục, nhiều hơn ${MAX_CONFIG_ENTRIES} (giaymoi chỉ có vài chục quy tắc): các mục từ đây trở đi không được đọc.`,
    en: `\`quy_tac\` has ${rules.length} entries, more than ${MAX_CONFIG_ENTRIES} (giaymoi has a few dozen rules): the entries from here on are not read.`,
  });
}

function readRule(c: Collector, pair: Pair<Node, Node>): void {
  const code = isScalar(pair.key) ? String(pair.key.value).trim().toUpperCase() : '';
  const entry = catalogEntry(code);
  if (!entry || entry.configFile) return report(c, pair.key, CONFIG_CODES.badEntry, { vi: `"${code}" không phải mã quy tắc (xem \`giaymoi rules\`).`, en: `"${code}" is not a rule code (see \`giaymoi rules\`).` });
  if (isMap(pair.value)) return readRuleOptions(c, code, pair.value.items as Pair<Node, Node>[]);
  readLevel(c, code, pair.value);
}

function readLevel(c: Collector, code: string, node: Node | null): void {
  const level = ruleLevel(isScalar(node) ? node.value : undefined);
  if (!level) return report(c, node, CONFIG_CODES.badEntry, { vi: `Mức của ${code} là một trong: ${LEVEL_WORDS}.`, en: `The level of ${code} is one of: ${LEVEL_WORDS}.` });
  if (catalogEntry(code)?.structural) return report(c, node, CONFIG_CODES.structuralOff, { vi: `${code} là lỗi cấu trúc (tệp không đọc được): không tắt hay đổi mức được.`, en: `${code} is a structural problem (the file cannot be read): it cannot be turned off or changed.` });
  c.severities[code] = level;
}

function readRuleOptions(c: Collector, code: string, items: Pair<Node, Node>[]): void {
  const known = new Set(['muc_do', ...(catalogEntry(code)?.options ?? []).map((o) => o.key)]);
  for (const item of items) {
    const key = isScalar(item.key) ? String(item.key.value) : '';
    if (!known.has(key)) report(c, item.key, CONFIG_CODES.badEntry, { vi: `${code} không có tùy chọn "${key}"; có: ${[...known].join(', ')}.`, en: `${code} has no option "${key}"; it has: ${[...known].join(', ')}.` });
    else if (key === 'muc_do') readLevel(c, code, item.value);
    else if (key === 'so_ngay_lam_viec') readWorkingDays(c, item.value);
    else if (key === 'ngay_nghi_them') readDaysOff(c, item.value);
  }
}

function readWorkingDays(c: Collector, node: Node | null): void {
  const value = isScalar(node) ? node.value : undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 3 && value <= 30) c.minWorkingDays = value;
  else report(c, node, CONFIG_CODES.badEntry, { vi: '`so_ngay_lam_viec` là một số nguyên từ 3 đến 30 (QĐ 45/2018: không dưới 03 ngày làm việc).', en: '`so_ngay_lam_viec` is a whole number from 3 to 30 (QĐ 45/2018: never below 3).' });
}

function readDaysOff(c: Collector, node: Node | null): void {
  const items = node && 'items' in node && Array.isArray(node.items) ? (node.items as Node[]) : undefined;
  if (!items) return report(c, node, CONFIG_CODES.badEntry, { vi: '`ngay_nghi_them` là một danh sách ngày `YYYY-MM-DD`.', en: '`ngay_nghi_them` is a list of `YYYY-MM-DD` dates.' });
  const days: string[] = [];
  for (const item of items) {
    const text = isScalar(item) ? String(item.value) : '';
    if (parseIsoDate(text)) days.push(text);
    else report(c, item, CONFIG_CODES.badEntry, { vi: `"${text}" không phải một ngày \`YYYY-MM-DD\` có thật.`, en: `"${text}" is not a real \`YYYY-MM-DD\` date.` });
  }
  c.extraDaysOff = days;
}
