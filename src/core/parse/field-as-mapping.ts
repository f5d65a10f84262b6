/**
 * `dong: {{Họ và tên}}, {{Chức vụ}}` — a plain value that begins with "{{" is a
 * YAML flow mapping (or a syntax error after it), never the text the author
 * meant. Found on the lines themselves, so the message is the same whether
 * YAML failed or built a strange mapping; the fix quotes the value.
 */
import type { Problem } from '../model/problem';
import { MERGE_CODES } from '../codes/merge';
import type { SourceMap } from '../source/source-map';
import { say } from '../messages';
import { MERGE_MESSAGES } from './merge-messages';

/** `key: {{…` or `- {{…` at the start of a line's value; a comment after " #" is kept out. */
const VALUE_STARTS_WITH_FIELD = /^(\s*(?:-\s+)*(?:[\p{L}\p{N}_.-]+:\s+)?)(\{\{.*?)(\s+#.*)?\s*$/u;

/** One problem (with its quoting fix) per line whose value begins with "{{". */
export function fieldsReadAsMappings(source: SourceMap): Problem[] {
  const problems: Problem[] = [];
  const lines = source.text.split('\n');
  let offset = 0;
  for (const line of lines) {
    const m = VALUE_STARTS_WITH_FIELD.exec(line.replace(/\r$/, ''));
    if (m && (m[1].includes(':') || m[1].trim().startsWith('-'))) {
      const start = offset + m[1].length;
      const range = source.range(start, start + m[2].length);
      const newText = JSON.stringify(m[2]);
      const fix = { title: say('parse.yaml.quote'), edits: [{ range, newText }], fixAllSafe: true };
      problems.push({
        code: MERGE_CODES.fieldReadAsMapping,
        severity: 'error',
        range,
        message: MERGE_MESSAGES.flowMapping(),
        fixes: [fix],
      });
    }
    offset += line.length + 1;
  }
  return problems;
}
