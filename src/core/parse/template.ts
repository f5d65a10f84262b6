/**
 * An invitation whose invitees come from a list file:
 * `kinh_moi: { danh_sach: khach-moi.csv, dong: "Ông/Bà {{Họ và tên}}, …" }`.
 * Found on the plain data, before the schema: each row's copy is what the
 * schema and the rules check.
 */
import { isMap } from 'yaml';
import { PARSE_CODES } from '../codes/parse';
import type { Problem } from '../model/problem';
import type { SourceMap } from '../source/source-map';
import { LIST_KEYS } from '../schema/list-form';
import { MERGE_MESSAGES } from './merge-messages';

export { LIST_KEYS };

/** The list form of `kinh_moi`, read from the data. */
export interface MergeTemplate {
  /** The list file as written, relative to the invitation's folder. */
  readonly listName: string;
  /** The invitee line with its fields, or undefined when missing. */
  readonly line: string | undefined;
  readonly problems: readonly Problem[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The file's list form of `kinh_moi`, when it has one. */
export function mergeTemplateOf(data: unknown, source: SourceMap): MergeTemplate | undefined {
  if (!isRecord(data) || !isRecord(data.kinh_moi) || !(LIST_KEYS.list in data.kinh_moi)) return undefined;
  const form = data.kinh_moi;
  const problems: Problem[] = [];
  const listName = typeof form.danh_sach === 'string' ? form.danh_sach.trim() : '';
  if (!listName) problems.push(shapeProblem(source, ['kinh_moi', LIST_KEYS.list], MERGE_MESSAGES.listNameMissing()));
  const line = typeof form.dong === 'string' && form.dong.trim() ? form.dong : undefined;
  if (!line)
    problems.push(
      shapeProblem(
        source,
        form.dong === undefined ? ['kinh_moi'] : ['kinh_moi', LIST_KEYS.line],
        MERGE_MESSAGES.lineMissing(),
      ),
    );
  for (const key of Object.keys(form).filter((k) => k !== LIST_KEYS.list && k !== LIST_KEYS.line)) {
    const range = source.keyRange(['kinh_moi', key]) ?? source.valueRange(['kinh_moi'])!;
    problems.push({
      code: PARSE_CODES.unknownKey,
      severity: 'error',
      range,
      message: MERGE_MESSAGES.unknownListKey(key),
    });
  }
  return { listName, line, problems };
}

function shapeProblem(source: SourceMap, path: (string | number)[], message: Problem['message']): Problem {
  const node = source.node(path);
  const range =
    (isMap(node) ? source.keyRange(path) : source.valueRange(path)) ??
    source.valueRange(['kinh_moi']) ??
    source.range(0, 0);
  return { code: PARSE_CODES.missing, severity: 'error', range, message };
}
