/**
 * GM034: invisible characters in any value — controls, noncharacters, lone
 * surrogates, bidi controls, stray zero-width characters. The decree asks for
 * Unicode text per TCVN 6909:2001 (NĐ 30/2020, PL I-P.I-M.I-k.4); XML 1.0 §2.2
 * cannot carry some of these at all, so the export drops them (see
 * text/invisible.ts) and this rule says so where they are, with a fix that
 * removes them. Runs over every string, also when the schema check failed.
 */
import type { Localized, NamesOf } from '../model/problem';
import type { SourceMap, StringValue } from '../source/source-map';
import { invisibleRuns, type InvisibleKind, type InvisibleRun } from '../text/invisible';
import { defineRule } from './define';
import { allStrings, problemAt, replaceFix, type Found } from './support';
import { say } from '../messages';

/** The codes this rule reports, by name. */
const CODES = {
  textInvisibleCharacter: 'GM034',
} as const;
declare module '../model/problem' {
  interface ProblemCodes extends NamesOf<typeof CODES> {}
}

const WHAT: Record<InvisibleKind, Localized> = {
  control: say('rules.textInvisibleCharacter.kind.control'),
  noncharacter: say('rules.textInvisibleCharacter.kind.noncharacter'),
  surrogate: say('rules.textInvisibleCharacter.kind.surrogate'),
  bidi: say('rules.textInvisibleCharacter.kind.bidi'),
  zeroWidth: say('rules.textInvisibleCharacter.kind.zeroWidth'),
};

/** Unsafe kinds are dropped from the DOCX; the others would print nothing or reorder the text. */
const WHY: Record<InvisibleKind, Localized> = {
  control: say('rules.textInvisibleCharacter.effect.control'),
  noncharacter: say('rules.textInvisibleCharacter.effect.noncharacter'),
  surrogate: say('rules.textInvisibleCharacter.effect.surrogate'),
  bidi: say('rules.textInvisibleCharacter.effect.bidi'),
  zeroWidth: say('rules.textInvisibleCharacter.effect.zeroWidth'),
};

const REMOVE: Localized = say('rules.textInvisibleCharacter.fix');

/** YAML double-quoted escapes (YAML 1.2 §5.7) and the character each stands for. */
const ESCAPE = /^\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|([0abtnvfre "/\\N_LP\t]))/;
const SIMPLE: Record<string, string> = {
  0: '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029',
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
  const [start, end] = span ?? [
    value.offsetAt(run.start),
    Math.max(value.offsetAt(run.end), value.offsetAt(run.start) + 1),
  ];
  const list = run.codePoints.join(', ');
  const what = WHAT[run.kind];
  const why = WHY[run.kind];
  return problemAt(source, start, end, {
    code: CODES.textInvisibleCharacter,
    message: say('rules.textInvisibleCharacter.message', { what, list, why }),
    fixes: span ? [replaceFix(source, REMOVE, start, end, '')] : undefined,
  });
}

/** GM034 over every string of the file. */
export const invisibleCharactersRule = defineRule({
  codes: CODES,
  docs: {
    textInvisibleCharacter: {
      severity: 'warning',
      locator: 'NĐ 30/2020, PL I-P.I-M.I-k.4 (Unicode, TCVN 6909:2001); XML 1.0 §2.2 (Char)',
      title: say('rules.textInvisibleCharacter.title'),
      checks: say('rules.textInvisibleCharacter.checks'),
      why: say('rules.textInvisibleCharacter.why'),
      wrong: 'trich_yeu: "Họp\u200b giao ban"',
      right: 'trich_yeu: Họp giao ban',
    },
  },
  check: ({ parsed }) =>
    allStrings(parsed.source).flatMap((value) =>
      invisibleRuns(value.value).map((run) => report(parsed.source, value, run)),
    ),
});
