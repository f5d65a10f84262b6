/**
 * Text → checked model: YAML (with ranges), then the zod schema, every problem
 * placed on the node it concerns. Never throws; bad input yields problems.
 */
import { isMap, isScalar, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { flattenQuotedValues } from '../source/flat-values';
import { message, verbatim } from '../messages';
import { reparseLine, YAML_OPTIONS } from '../source/reparse-line';
import type { Problem, Range } from '../model/problem';
import { PARSE_CODES } from '../codes/parse';
import { invitationSchema, type Invitation } from '../schema/schema';
import { fieldAt, fieldsAt, suggestKey } from '../schema/schema-info';
import { SourceMap, type YamlPath } from '../source/source-map';
import { parseYamlDocument } from '../source/yaml-read';
import { fieldsReadAsMappings } from './field-as-mapping';
import { yamlErrorText } from './yaml-errors';
import { mergeTemplateOf, type MergeTemplate } from './template';

/** Several MB of YAML is no invitation; refuse early rather than hang. */
export const MAX_SOURCE_CHARS = 1_000_000;
/** Unknown keys of one mapping reported one by one; an invitation has a few dozen fields, so more than this is no typo. */
export const MAX_UNKNOWN_KEYS_LISTED = 100;
/** Billion-laughs guard: alias expansion is capped. */
export const MAX_ALIAS_COUNT = 50;

export interface ParseResult {
  readonly source: SourceMap;
  /** The plain data the YAML holds (undefined when it could not be read). */
  readonly data: unknown;
  /** The model, present only when the data satisfies the schema. */
  readonly invitation: Invitation | undefined;
  readonly problems: Problem[];
  /** Set when `kinh_moi` names a list file: the schema then checks each row's copy (see merge/). */
  readonly template?: MergeTemplate;
}

/**
 * The last text parsed and its result: the shells ask for a list invitation's list
 * name (list-for.ts) and then check the same text, so it is parsed once, not twice;
 * and the next text, when it differs in one list line, re-reads only that line.
 * Parsing depends on the text alone, and no caller changes a result.
 */
let last: { readonly text: string; readonly result: ParseResult } | undefined;

/** Parses and schema-checks an invitation source. Decree rules run separately (see check.ts). */
export function parseInvitation(text: string): ParseResult {
  if (last?.text === text) return last.result;
  const result = parseText(text, last && !last.result.template ? last.result.source : undefined);
  last = { text, result };
  return result;
}

/** Parses without touching the cache of the last text: for a text the user never wrote (check/despite-errors.ts). */
export function parseUncached(text: string): ParseResult {
  return parseText(text);
}

/** `previous`: the last text read, whose document an edit of one list line lets reuse (see reparse-line.ts). */
function parseText(text: string, previous?: SourceMap): ParseResult {
  if (text.length > MAX_SOURCE_CHARS) {
    const source = new SourceMap(text, undefined);
    return { source, data: undefined, invitation: undefined, problems: [tooLarge(source, text.length)] };
  }
  const doc = (previous && reusedDocument(previous, text)) || readDocument(text);
  const source = new SourceMap(text, doc);
  const fieldsAsMappings = fieldsReadAsMappings(source);
  const problems = [...fieldsAsMappings, ...withoutLines(yamlProblems(doc, source), fieldsAsMappings)];
  if (doc.errors.length > 0 || fieldsAsMappings.length > 0)
    return { source, data: undefined, invitation: undefined, problems };
  const data = toData(doc, source, problems);
  if (data === undefined) return { source, data, invitation: undefined, problems };
  const shape = rootShapeProblem(doc, source, data);
  if (shape) return { source, data, invitation: undefined, problems: [...problems, shape] };
  const template = mergeTemplateOf(data, source);
  if (template) return { source, data, invitation: undefined, problems: [...problems, ...template.problems], template };
  const checked = validateData(data, source);
  return { source, data, invitation: checked.invitation, problems: dedupe([...problems, ...checked.problems]) };
}

/** The previous document with one line read again, if the edit allows; a slip there must not cost the check. */
function reusedDocument(previous: SourceMap, text: string): Document.Parsed | undefined {
  try {
    return previous.doc && reparseLine(previous.text, previous.doc, text);
  } catch {
    return undefined;
  }
}

function readDocument(text: string): Document.Parsed {
  const doc = parseYamlDocument(text, YAML_OPTIONS);
  flattenQuotedValues(doc, text);
  return doc;
}

/** The schema check of plain data whose nodes `source` holds (a list invitation's row copy too). */
export function validateData(
  data: unknown,
  source: SourceMap,
): { invitation: Invitation | undefined; problems: Problem[] } {
  const result = invitationSchema.safeParse(data);
  if (result.success) return { invitation: result.data, problems: [] };
  return {
    invitation: undefined,
    problems: dedupe(result.error.issues.flatMap((issue) => issueProblems(issue, [], source))),
  };
}

/** YAML's own errors on a line already explained by a more precise problem are left out. */
function withoutLines(problems: Problem[], explained: Problem[]): Problem[] {
  const lines = new Set(explained.map((p) => p.range.start.line));
  return problems.filter((p) => !lines.has(p.range.start.line));
}

function tooLarge(source: SourceMap, size: number): Problem {
  return {
    code: PARSE_CODES.limit,
    severity: 'error',
    range: source.range(0, 0),
    message: message('yaml.tooLarge', { size, max: MAX_SOURCE_CHARS }),
  };
}

function yamlProblems(doc: Document.Parsed, source: SourceMap): Problem[] {
  return doc.errors.map((error) => {
    const [start, end] = error.pos;
    const range = source.range(start, end);
    if (error.code === 'DUPLICATE_KEY') {
      return {
        code: PARSE_CODES.duplicateKey,
        severity: 'error',
        range,
        message: message('yaml.duplicateKey', { field: source.text.slice(start, end) }),
      };
    }
    if (error.code === 'BLOCK_AS_IMPLICIT_KEY') return colonInText(source, start);
    const detail = yamlErrorText(error.code);
    return { code: PARSE_CODES.syntax, severity: 'error', range, message: message('yaml.syntax', { detail }) };
  });
}

/** Converts to plain data with the alias cap; a blown cap becomes a problem, not an exception. */
function toData(doc: Document.Parsed, source: SourceMap, problems: Problem[]): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? null;
  } catch {
    const contents = doc.contents as Node | null;
    const range = contents?.range ? source.range(contents.range[0], contents.range[0]) : source.range(0, 0);
    problems.push({ code: PARSE_CODES.limit, severity: 'error', range, message: message('yaml.aliases') });
    return undefined;
  }
}

/** An empty file or a top level that is not a mapping gets one clear problem. */
function rootShapeProblem(doc: Document.Parsed, source: SourceMap, data: unknown): Problem | undefined {
  const contents = doc.contents as Node | null;
  if (data !== null && typeof data === 'object' && !Array.isArray(data) && isMap(contents)) return undefined;
  const empty = data === null || data === undefined;
  const range = contents?.range
    ? source.range(contents.range[0], contents.range[1])
    : source.range(0, source.text.length);
  return {
    code: PARSE_CODES.type,
    severity: 'error',
    range,
    message: message(empty ? 'yaml.empty' : 'yaml.notMapping'),
  };
}

/** Quotes a one-line text so YAML reads it as text, escaping what double quotes need. */
function quoted(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** A value like `trich_yeu: Hội nghị như sau:` — the rest of the line is text the author meant. */
function colonInText(source: SourceMap, start: number): Problem {
  const lineEnd = source.text.indexOf('\n', start);
  const end = lineEnd < 0 ? source.text.length : lineEnd;
  const raw = source.text.slice(start, end).replace(/\s+$/, '');
  const range = source.range(start, start + raw.length);
  return {
    code: PARSE_CODES.syntax,
    severity: 'error',
    range,
    message: message('yaml.colonInText'),
    fixes: [{ title: message('yaml.quote'), edits: [{ range, newText: quoted(raw) }], fixAllSafe: true }],
  };
}

/** `- Lưu: VT.` in a list of texts: YAML made a one-entry mapping of it on one line. */
function textReadAsKey(path: YamlPath, source: SourceMap): Problem | undefined {
  const node = source.node(path);
  if (!isMap(node) || node.items.length !== 1 || node.flow || !node.range) return undefined;
  const [start, end] = node.range;
  const raw = source.text.slice(start, end).replace(/\s+$/, '');
  if (raw.includes('\n')) return undefined;
  const range = source.range(start, start + raw.length);
  return {
    code: PARSE_CODES.type,
    severity: 'error',
    range,
    message: message('yaml.colonInText'),
    fixes: [{ title: message('yaml.quote'), edits: [{ range, newText: quoted(raw) }], fixAllSafe: true }],
  };
}

type Issue = z.core.$ZodIssue;

/** Turns one zod issue into problems placed on the right node. */
function issueProblems(issue: Issue, base: YamlPath, source: SourceMap): Problem[] {
  const path = [...base, ...(issue.path as (string | number)[])];
  if (issue.code === 'unrecognized_keys') return unknownKeys(issue.keys, path, source);
  if (issue.code === 'invalid_union') return unionProblems(issue, path, source);
  if (issue.code === 'invalid_type' && isMissing(path, source)) return [missingField(path, source)];
  if (issue.code === 'invalid_type' && isEmptyValue(path, source)) return [emptyField(path, source)];
  if (issue.code === 'invalid_type' && issue.expected === 'string') {
    const colon = textReadAsKey(path, source);
    if (colon) return [colon];
  }
  return [
    { code: PARSE_CODES.type, severity: 'error', range: rangeFor(path, source), message: issueMessage(issue, path) },
  ];
}

/** For a union, report inside the branch whose shape the value has; otherwise the union's own message. */
function unionProblems(issue: Extract<Issue, { code: 'invalid_union' }>, path: YamlPath, source: SourceMap): Problem[] {
  const shapeMatches = issue.errors.find(
    (branch) =>
      branch.length > 0 &&
      branch.every((i) => i.path.length > 0 || (i.code !== 'invalid_type' && i.code !== 'invalid_union')),
  );
  if (shapeMatches) return shapeMatches.flatMap((i) => issueProblems(i, path, source));
  return [
    { code: PARSE_CODES.type, severity: 'error', range: rangeFor(path, source), message: issueMessage(issue, path) },
  ];
}

function isMissing(path: YamlPath, source: SourceMap): boolean {
  if (typeof path[path.length - 1] !== 'string') return false;
  return isMap(source.node(path.slice(0, -1))) && !source.pair(path);
}

/** A key written with nothing after it (`ho_ten:`): said to be empty, not to be the wrong kind of value. */
function isEmptyValue(path: YamlPath, source: SourceMap): boolean {
  const value = source.pair(path)?.value as Node | null | undefined;
  return value === null || (isScalar(value) && value.value === null);
}

function emptyField(path: YamlPath, source: SourceMap): Problem {
  const field = String(path[path.length - 1]);
  const description = fieldAt(path)?.description ?? verbatim('');
  return {
    code: PARSE_CODES.missing,
    severity: 'error',
    range: source.keyRange(path) ?? rangeFor(path, source),
    message: message('field.empty', { field, description }),
  };
}

/** The first unknown keys of a mapping each with its own problem, then one for the rest (a file of 40,000 keys printed 40,000 lines). */
function unknownKeys(keys: readonly string[], path: YamlPath, source: SourceMap): Problem[] {
  const allowed = fieldsAt(path).map((f) => f.name); // once per mapping, not per key
  const listed = keys.slice(0, MAX_UNKNOWN_KEYS_LISTED).map((key) => unknownKey([...path, key], allowed, source));
  if (keys.length <= MAX_UNKNOWN_KEYS_LISTED) return listed;
  const last = source.keyRange([...path, keys[MAX_UNKNOWN_KEYS_LISTED]]) ?? rangeFor(path, source);
  const count = keys.length - MAX_UNKNOWN_KEYS_LISTED;
  return [
    ...listed,
    {
      code: PARSE_CODES.unknownKey,
      severity: 'error',
      range: last,
      message: message('field.unknownMore', { count, field: displayName(path) }),
    },
  ];
}

function unknownKey(path: YamlPath, allowed: readonly string[], source: SourceMap): Problem {
  const key = String(path[path.length - 1]);
  const suggestion = suggestKey(key, allowed);
  const range = source.keyRange(path) ?? rangeFor(path.slice(0, -1), source);
  return {
    code: PARSE_CODES.unknownKey,
    severity: 'error',
    range,
    message: suggestion
      ? message('field.unknownSuggest', { field: key, suggestion })
      : message('field.unknown', { field: key }),
    fixes: suggestion
      ? [{ title: message('field.rename', { suggestion }), edits: [{ range, newText: suggestion }], fixAllSafe: false }]
      : undefined,
  };
}

function missingField(path: YamlPath, source: SourceMap): Problem {
  const field = String(path[path.length - 1]);
  const parent = path.slice(0, -1);
  const description = fieldAt(path)?.description ?? verbatim('');
  return {
    code: PARSE_CODES.missing,
    severity: 'error',
    range: parentAnchor(parent, source),
    message: message('field.missing', { field, description }),
  };
}

/** Where to show a problem about a map's missing child: its key, or the first top-level key. */
function parentAnchor(parent: YamlPath, source: SourceMap): Range {
  if (parent.length > 0) return source.keyRange(parent) ?? rangeFor(parent, source);
  const root = source.node([]);
  const first = isMap(root) ? (root.items[0]?.key as Node | undefined) : undefined;
  return first?.range ? source.range(first.range[0], first.range[1]) : source.range(0, 0);
}

function rangeFor(path: YamlPath, source: SourceMap): Range {
  for (let n = path.length; n >= 0; n -= 1) {
    const range = n === 0 ? source.valueRange([]) : source.valueRange(path.slice(0, n));
    if (range) return range;
  }
  return source.range(0, 0);
}

function issueMessage(issue: Issue, path: YamlPath) {
  const field = displayName(path);
  const values = fieldAt(lastKeyPath(path))?.values.join(', ') ?? '';
  if (issue.message.includes('.')) return message(issue.message, { field, values });
  if (issue.code === 'invalid_type')
    return message(
      issue.expected === 'object' ? 'type.object' : issue.expected === 'array' ? 'type.list' : 'type.other',
      { field },
    );
  return message('type.other', { field });
}

function lastKeyPath(path: YamlPath): YamlPath {
  let end = path.length;
  while (end > 0 && typeof path[end - 1] === 'number') end -= 1;
  return path.slice(0, end);
}

/** "muc[2].tieu_de" style, counting list items from 1 as people do. */
export function displayName(path: YamlPath): string {
  return (
    path.map((step, i) => (typeof step === 'number' ? `[${step + 1}]` : i === 0 ? step : `.${step}`)).join('') ||
    'giấy mời'
  );
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.code}|${p.range.start.line}:${p.range.start.character}|${p.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
