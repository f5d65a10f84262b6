/**
 * Completion at a position, from the schema at the cursor's YAML path: the
 * keys not yet written (with their descriptions), enum values and common
 * values. Works on half-typed, invalid YAML (see yaml-context.ts).
 */
import type { CivilDate } from '../calendar/dates';
import type { Language, Position, Range } from '../model/problem';
import { fieldAt, fieldsAt, type FieldInfo } from '../schema/schema-info';
import type { YamlPath } from '../source/source-map';
import { commonValues, enumNote, NO_HINTS, type ValueSuggestion, type WorkspaceHints } from './common-values';
import { fieldLocator } from './field-rules';
import { UI, ui } from './texts';
import { contextAt, siblingKeys, type CursorContext } from './yaml-context';

/** The user's language and what the shell knows: workspace hints and today's date. */
export interface CompletionOptions {
  readonly language: Language;
  readonly hints?: WorkspaceHints;
  /** Today's date, for `ngay` and meeting times (the shell passes the local date). */
  readonly today?: CivilDate;
}

/** One suggestion; `insertText` uses snippet syntax (`$1`, `${1|a,b|}`, `$0`). */
export interface CompletionEntry {
  readonly label: string;
  readonly kind: 'field' | 'value';
  readonly detail: string;
  /** Markdown: the field's description and the rule behind it. */
  readonly documentation: string;
  readonly insertText: string;
  /** Lines after the first are indented relative to the cursor line's indentation. */
  readonly range: Range;
  readonly sortText: string;
  readonly filterText: string;
  /** Open completion again after inserting (the field has values to pick from). */
  readonly retrigger: boolean;
}

/** Suggestions at `position` of `text`. */
export function completionsAt(text: string, position: Position, options: CompletionOptions): CompletionEntry[] {
  const context = contextAt(text, position.line, position.character);
  const range = replaceRange(text, position, context);
  const keyLike = /^[\w-]*$/.test(context.prefix);
  const keys = context.kind === 'key' && keyLike ? keyEntries(text, position, context, range, options) : [];
  const values = context.kind === 'value' || context.item ? valueEntries(text, context, range, options) : [];
  return [...keys, ...values].sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0));
}

/** The typed prefix, plus a closing quote the editor auto-inserted after the cursor. */
function replaceRange(text: string, position: Position, context: CursorContext): Range {
  const line = text.split(/\r?\n/)[position.line] ?? '';
  const quoted = /^["']/.test(context.prefix) && line[position.character] === context.prefix[0];
  const end = { line: position.line, character: position.character + (quoted ? 1 : 0) };
  return { start: { line: position.line, character: context.start }, end };
}

/** Top-level keys one of which rules the other out: a body is sections (`phan`) or items (`muc`), never both (GM042). */
const EXCLUSIVE_AT_ROOT: Readonly<Record<string, readonly string[]>> = { phan: ['muc'], muc: ['phan'] };

function keyEntries(
  text: string,
  position: Position,
  context: CursorContext,
  range: Range,
  options: CompletionOptions,
): CompletionEntry[] {
  const present = new Set([
    ...siblingKeys(text, context.path, position.line, position.character),
    ...(context.flowKeys ?? []),
  ]);
  const indent = ' '.repeat(Math.max(0, context.start + 2 - context.lineIndent));
  const excluded = context.path.length === 0 ? EXCLUSIVE_AT_ROOT : {};
  return fieldsAt(context.path)
    .filter((field) => !present.has(field.name))
    .filter((field) => !(excluded[field.name] ?? []).some((other) => present.has(other)))
    .map((field, i) => ({
      label: field.name,
      kind: 'field' as const,
      detail: `${firstSentence(field.description[options.language])} (${ui(field.required ? UI.required : UI.optional, options.language)})`,
      documentation: documentation(field, [...context.path, field.name], options.language),
      insertText: keyInsert(field, [...context.path, field.name], indent),
      range,
      sortText: keySortText(field, context.path, i),
      filterText: field.name,
      retrigger:
        field.kind !== 'enum' &&
        commonValues([...context.path, field.name], options.hints ?? NO_HINTS, options.today, text).length > 0,
    }));
}

/**
 * Top-level keys few invitations write (marks for restricted documents, an import's leftover
 * text): offered after the everyday ones, so that typing `ph` selects `phan`, not `pham_vi_luu_hanh`.
 */
const RARELY_WRITTEN_AT_ROOT = new Set(['do_mat', 'pham_vi_luu_hanh', 'nguyen_van']);

/** Required keys first, then the schema's order, the rarely written keys last. */
function keySortText(field: FieldInfo, path: YamlPath, i: number): string {
  const rare = path.length === 0 && RARELY_WRITTEN_AT_ROOT.has(field.name);
  return `${field.required ? 0 : 1}${String(i + (rare ? 500 : 0)).padStart(3, '0')}`;
}

/** `key: ` for text, `key:` and an indented line for objects and lists (required children filled in). */
function keyInsert(field: FieldInfo, path: YamlPath, indent: string): string {
  if (field.kind === 'enum') return `${field.name}: \${1|${field.values.join(',')}|}`;
  if (field.kind === 'list') return `${field.name}:\n${indent}- $0`;
  if (field.kind !== 'object') return `${field.name}: $0`;
  const required = fieldsAt(path).filter((f) => f.required);
  if (required.length === 0) return `${field.name}:\n${indent}$0`;
  return `${field.name}:\n${required.map((f, i) => `${indent}${f.name}: $${i + 1}`).join('\n')}`;
}

function valueEntries(
  text: string,
  context: CursorContext,
  range: Range,
  options: CompletionOptions,
): CompletionEntry[] {
  const field = fieldAt(keyPathOf(context.path));
  const enums: ValueSuggestion[] =
    typeof context.path[context.path.length - 1] === 'string'
      ? (field?.values ?? []).map((value) => ({ value, note: enumNote(value) }))
      : [];
  const suggestions = [...enums, ...commonValues(context.path, options.hints ?? NO_HINTS, options.today, text)];
  const space = text.split(/\r?\n/)[range.start.line]?.[range.start.character - 1] === ':' ? ' ' : '';
  const seen = new Set<string>();
  return suggestions
    .filter((s) => !seen.has(s.value) && seen.add(s.value))
    .map((s, i) => ({
      label: s.value,
      kind: 'value' as const,
      detail: s.note ? s.note[options.language] : ui(UI.commonValue, options.language),
      documentation: field ? documentation(field, keyPathOf(context.path), options.language) : '',
      insertText: space + escapeSnippet(scalar(s.value)),
      range,
      sortText: `2${String(i).padStart(3, '0')}`,
      filterText: /^["']/.test(context.prefix) ? `${context.prefix[0]}${s.value}` : s.value,
      retrigger: false,
    }));
}

/** The path of the field that owns a value: list indices dropped from the end. */
export function keyPathOf(path: YamlPath): YamlPath {
  let end = path.length;
  while (end > 0 && typeof path[end - 1] === 'number') end -= 1;
  return path.slice(0, end);
}

/** Markdown documentation: the description, then the rule behind the field. */
export function documentation(field: FieldInfo, path: YamlPath, language: Language): string {
  const locator = fieldLocator(path);
  const source = locator ? `\n\n*${ui(UI.legalSource, language)}:* ${locator}` : '';
  return `**${field.name}** — ${field.description[language]}${source}`;
}

function firstSentence(text: string): string {
  const match = /^(.+?[.:])(\s|$)/u.exec(text);
  return (match ? match[1] : text).replace(/[.:]$/, '');
}

/** A value as YAML must be written: quoted when it would otherwise read as a key, a comment or another type. */
export function scalar(value: string): string {
  if (value.startsWith('{')) return value;
  const needsQuotes =
    /: |:$| #|^[\s\-?:,[\]{}#&*!|>'"%@`]|\s$/.test(value) ||
    /^(true|false|null|yes|no|on|off|~|[-+]?\d[\d._]*)$/i.test(value);
  return needsQuotes ? `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : value;
}

const escapeSnippet = (text: string): string => text.replace(/[\\$}]/g, '\\$&');
