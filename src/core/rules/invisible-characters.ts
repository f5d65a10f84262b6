/**
 * GM034: invisible characters in any value — controls, noncharacters, lone
 * surrogates, bidi controls, stray zero-width characters. The decree asks for
 * Unicode text per TCVN 6909:2001 (NĐ 30/2020, PL I-P.I-M.I-k.4); XML 1.0 §2.2
 * cannot carry some of these at all, so the export drops them (see
 * text/invisible.ts) and this rule says so where they are, with a fix that
 * removes them. Runs over every string, also when the schema check failed.
 */
import type { Localized, NamesOf } from '../problem';
import type { SourceMap, StringValue } from '../source';
import { invisibleRuns, type InvisibleKind, type InvisibleRun } from '../text/invisible';
import { both, defineRule } from './define';
import { allStrings, problemAt, replaceFix, type Found } from './support';

/** The codes this rule reports, by name. */
const CODES = {
  textInvisibleCharacter: 'GM034',
} as const;
declare module '../problem' {
  interface ProblemCodes extends NamesOf<typeof CODES> {}
}

const WHAT: Record<InvisibleKind, Localized> = {
  control: { vi: 'ký tự điều khiển', en: 'control character' },
  noncharacter: { vi: 'mã không phải ký tự', en: 'Unicode noncharacter' },
  surrogate: { vi: 'nửa cặp thay thế UTF-16 đứng lẻ', en: 'lone UTF-16 surrogate' },
  bidi: { vi: 'ký tự điều khiển hướng chữ (bidi)', en: 'bidirectional control' },
  zeroWidth: { vi: 'ký tự độ rộng bằng 0', en: 'zero-width character' },
};

/** Unsafe kinds are dropped from the DOCX; the others would print nothing or reorder the text. */
const WHY: Record<InvisibleKind, Localized> = {
  control: { vi: 'XML 1.0 không cho phép nên khi xuất DOCX ký tự này bị bỏ', en: 'XML 1.0 does not allow it, so the DOCX export drops it' },
  noncharacter: { vi: 'không văn bản nào được chứa; U+FFFE/U+FFFF làm hỏng tệp DOCX nên khi xuất bị bỏ', en: 'no text may hold it; U+FFFE/U+FFFF break a DOCX, so the export drops them' },
  surrogate: { vi: 'không phải Unicode hợp lệ nên khi xuất DOCX bị bỏ', en: 'it is not valid Unicode, so the DOCX export drops it' },
  bidi: { vi: 'không in ra nhưng đảo thứ tự chữ hiển thị', en: 'it prints nothing but reorders the text shown' },
  zeroWidth: { vi: 'không in ra nhưng làm hỏng tìm kiếm, ngắt dòng và so khớp', en: 'it prints nothing but breaks search, line breaking and matching' },
};

const REMOVE: Localized = { vi: 'Xóa ký tự vô hình', en: 'Remove invisible characters' };

/** YAML double-quoted escapes (YAML 1.2 §5.7) and the character each stands for. */
const ESCAPE = /^\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|([0abtnvfre "/\\N_LP\t]))/;
const SIMPLE: Record<string, string> = {
  0: '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};

function unescapeAt(text: string, at: number): { char: string; length: number } | undefined {
  const m = ESCAPE.exec(text.slice(at, at + 10));
  if (!m) return undefined;
  const hexDigits = m[1] ?? m[2] ?? m[3];
  const char = hexDigits ? String.fromCodePoint(parseInt(hexDigits, 16)) : SIMPLE[m[4]];
  return { char, length: m[0].length };
}

/** The source offset after `wanted` written at `at`, literally or as one escape per character. */
function consume(text: string, at: number, wanted: string): number | undefined {
  let i = 0;
  while (i < wanted.length) {
    if (text[at] === wanted[i]) {
      at += 1;
      i += 1;
      continue;
    }
    const escape = unescapeAt(text, at);
    if (!escape || wanted.slice(i, i + escape.char.length) !== escape.char) return undefined;
    at += escape.length;
    i += escape.char.length;
  }
  return at;
}

/**
 * Source offsets of a run: the characters themselves, or the escapes that
 * wrote them in a double-quoted string. `offsetAt` does not advance over an
 * escape, so walk from the last character it placed for certain; undefined
 * when the source cannot be followed (e.g. folded lines).
 */
function sourceSpan(source: SourceMap, value: StringValue, run: InvisibleRun): [number, number] | undefined {
  let anchor = run.start - 1;
  while (anchor >= 0 && source.text[value.offsetAt(anchor)] !== value.value[anchor]) anchor -= 1;
  const nodeStart = value.node.range?.[0] ?? value.offsetAt(0);
  const from = anchor >= 0 ? value.offsetAt(anchor) + 1 : nodeStart + (source.text[nodeStart] === '"' ? 1 : 0);
  const start = consume(source.text, from, value.value.slice(anchor + 1, run.start));
  const end = start === undefined ? undefined : consume(source.text, start, value.value.slice(run.start, run.end));
  return start === undefined || end === undefined ? undefined : [start, end];
}

function report(source: SourceMap, value: StringValue, run: InvisibleRun): Found {
  const span = sourceSpan(source, value, run);
  const [start, end] = span ?? [value.offsetAt(run.start), Math.max(value.offsetAt(run.end), value.offsetAt(run.start) + 1)];
  const list = run.codePoints.join(', ');
  const what = WHAT[run.kind];
  const why = WHY[run.kind];
  return problemAt(source, start, end, {
    code: CODES.textInvisibleCharacter,
    message: {
      vi: `Có ${what.vi} không nhìn thấy (${list}): ${why.vi}. Hãy xóa.`,
      en: `Invisible ${what.en} (${list}): ${why.en}. Remove it.`,
    },
    fixes: span ? [replaceFix(source, REMOVE, start, end, '')] : undefined,
  });
}

/** GM034 over every string of the file. */
export const invisibleCharactersRule = defineRule({
  codes: CODES,
  docs: {
    textInvisibleCharacter: {
      severity: 'warning', locator: 'NĐ 30/2020, PL I-P.I-M.I-k.4 (Unicode, TCVN 6909:2001); XML 1.0 §2.2 (Char)',
      title: both('Ký tự ẩn hoặc ký tự điều khiển', 'Invisible or control characters'),
      checks: both('Không có U+FFFE/U+FFFF, ký tự điều khiển C0/C1 (trừ tab và xuống dòng), ký tự điều khiển hướng chữ (bidi), ký tự độ rộng 0 ngoài chỗ dùng hợp lệ.', 'No U+FFFE/U+FFFF, C0/C1 controls other than tab and line breaks, bidi controls, or zero-width characters outside their legitimate use.'),
      why: both('Các ký tự này thường dính vào khi dán từ web hay PDF; không thấy trên màn hình nhưng làm hỏng tệp DOCX (XML 1.0 không cho phép), tìm kiếm và sắp xếp. Tệp xuất ra vẫn hợp lệ vì chúng bị bỏ đi; sửa nhanh xóa chúng khỏi nguồn.', 'They come in with text pasted from the web or a PDF; unseen, they break DOCX XML, search and sorting. The export drops them; the quick fix removes them from the source.'),
      wrong: 'trich_yeu: "Họp\u200b giao ban"', right: 'trich_yeu: Họp giao ban',
    },
  },
  check: ({ parsed }) => allStrings(parsed.source).flatMap((value) => invisibleRuns(value.value).map((run) => report(parsed.source, value, run))),
});
