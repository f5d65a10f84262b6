/**
 * Hover at a position: on a key, the field's description and the rule behind
 * it; on a date, its weekday and how it will print; on another value, its field.
 */
import type { Language, Position, Range } from '../model/problem';
import { fieldAt } from '../schema/schema-info';
import type { YamlPath } from '../source/source-map';
import { documentation, keyPathOf } from './completion';
import { dateHover, dateTokenAt, placeIn } from './date-hover';
import { enumNote } from './common-values';
import { tokenAt, type LineParts } from './yaml-context';

/** Markdown to show and the span it is about. */
export interface HoverInfo {
  readonly markdown: string;
  readonly range: Range;
}

/** The hover at `position` of `text` in the given language, if there is anything to say. */
export function hoverAt(text: string, position: Position, language: Language): HoverInfo | undefined {
  const token = tokenAt(text, position.line, position.character);
  if (!token) return undefined;
  const span = (start: number, end: number): Range => ({
    start: { line: position.line, character: start },
    end: { line: position.line, character: end },
  });
  if (token.kind === 'key') {
    const field = fieldAt(token.path);
    const key = token.parts.tokens.find(
      (t) => t.kind === 'key' && position.character >= t.col && position.character <= t.col + t.key.length,
    );
    if (!field || !key) return undefined;
    return { markdown: documentation(field, token.path, language), range: span(key.col, key.col + key.key.length) };
  }
  return valueHover(text, position, token.path, token.parts, language, span);
}

/** On a value: a date's weekday and print form, an enum value's meaning, then the field's description. */
function valueHover(
  text: string,
  position: Position,
  path: YamlPath,
  parts: LineParts,
  language: Language,
  span: (start: number, end: number) => Range,
): HoverInfo | undefined {
  const line = text.split(/\r?\n/)[position.line] ?? '';
  const date = dateTokenAt(line, position.character);
  const flowPath = date?.flowKey ? [...path, date.flowKey] : undefined;
  const fieldPath = flowPath && fieldAt(flowPath) ? flowPath : keyPathOf(path);
  const field = fieldAt(fieldPath);
  const about = field ? documentation(field, fieldPath, language) : '';
  if (date) {
    const markdown = dateHover(date, String(fieldPath[fieldPath.length - 1] ?? ''), placeIn(text), language);
    return { markdown: about ? `${markdown}\n\n---\n\n${about}` : markdown, range: span(date.start, date.end) };
  }
  if (!about) return undefined;
  const value = parts.value.replace(/\s+#.*$/, '').trimEnd();
  const meaning = field?.values.includes(value) ? enumNote(value) : undefined;
  const markdown = meaning ? `**${value}** — ${meaning[language]}\n\n---\n\n${about}` : about;
  return { markdown, range: span(parts.valueCol, parts.valueCol + value.length) };
}
