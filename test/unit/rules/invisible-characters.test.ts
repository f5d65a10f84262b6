import * as assert from 'node:assert/strict';
import { invisibleRuns, xmlSafe } from '../../../src/core/text/invisible';
import { applyFix, assertFixClears, covered, fixture, problemsOf, single } from './helpers';

const valid = fixture('valid');
/** The valid fixture with its trich_yeu line replaced by `line`. */
const withTitle = (line: string) => valid.replace(/^trich_yeu: .*$/m, line);

describe('invisible characters (GM034)', () => {
  it('U+FFFF typed into trich_yeu: a warning on exactly that character, fixed by removing it', () => {
    const text = withTitle('trich_yeu: Họp triển khai\uFFFF Chỉ số');
    const p = single(text, 'GM034', 'warning', '\uFFFF');
    assert.match(p.message.vi, /U\+FFFF/);
    assert.match(p.message.en, /U\+FFFF/);
    assert.match(p.locator ?? '', /XML 1\.0/);
    assert.match(assertFixClears(text, p), /^trich_yeu: Họp triển khai Chỉ số$/m);
  });

  it('an escape in a double-quoted string: the range is the escape, the fix removes it', () => {
    const text = withTitle('trich_yeu: "Họp\\u000B triển khai\\uFFFE"');
    const found = problemsOf(text, 'GM034');
    assert.deepEqual(
      found.map((p) => covered(text, p)),
      ['\\u000B', '\\uFFFE'],
    );
    const fixed = found.reduceRight((out, p) => applyFix(out, p.fixes![0]), text);
    assert.match(fixed, /^trich_yeu: "Họp triển khai"$/m);
    assert.deepEqual(problemsOf(fixed, 'GM034'), []);
  });

  it('every YAML escape that writes an invisible character is found and removed', () => {
    for (const [escape, codePoint] of [
      ['\\0', 'U+0000'],
      ['\\a', 'U+0007'],
      ['\\b', 'U+0008'],
      ['\\v', 'U+000B'],
      ['\\f', 'U+000C'],
      ['\\e', 'U+001B'],
      ['\\N', 'U+0085'],
      ['\\x7F', 'U+007F'],
      ['\\U0000FFFF', 'U+FFFF'],
      ['\\U0001FFFE', 'U+1FFFE'],
      ['\\u200b', 'U+200B'],
    ]) {
      const text = withTitle(`trich_yeu: "Họp${escape} triển khai"`);
      const p = single(text, 'GM034', 'warning', escape);
      assert.match(p.message.en, new RegExp(codePoint.replace('+', '\\+')), escape);
      assert.match(applyFix(text, p.fixes![0]), /^trich_yeu: "Họp triển khai"$/m, escape);
    }
  });

  it('an escape that writes an ordinary character next to an invisible one stays', () => {
    const text = withTitle('trich_yeu: "H\\u1ECDp\\t\\u0007 triển khai"');
    const p = single(text, 'GM034', 'warning', '\\u0007');
    assert.match(applyFix(text, p.fixes![0]), /^trich_yeu: "H\\u1ECDp\\t triển khai"$/m);
  });

  it('a run of adjacent characters is one problem listing each code point', () => {
    const text = withTitle('trich_yeu: Họp\u202E\u2066 triển khai');
    const p = single(text, 'GM034', 'warning', '\u202E\u2066');
    assert.match(p.message.en, /U\+202E, U\+2066/);
    assert.match(p.message.en, /bidirectional/);
  });

  it('reports C0 and C1 controls and lone surrogates, never tab or line breaks', () => {
    assert.deepEqual(
      invisibleRuns('a\tb\nc\r\nd').map((r) => r.kind),
      [],
    );
    assert.deepEqual(
      invisibleRuns('a\u0001b\u0085c\u007Fd').map((r) => [r.kind, r.codePoints.join()]),
      [
        ['control', 'U+0001'],
        ['control', 'U+0085'],
        ['control', 'U+007F'],
      ],
    );
    assert.deepEqual(
      invisibleRuns('x\uD800y\uDC00').map((r) => [r.kind, r.start, r.end]),
      [
        ['surrogate', 1, 2],
        ['surrogate', 3, 4],
      ],
    );
    assert.deepEqual(
      invisibleRuns('\uFDD0\u{1FFFF}').map((r) => [r.kind, r.codePoints.join()]),
      [['noncharacter', 'U+FDD0,U+1FFFF']],
    );
  });

  it('zero-width characters: reported in Vietnamese, left alone where a script or an emoji needs them', () => {
    assert.deepEqual(
      invisibleRuns('Bắc\u200BSơn').map((r) => r.kind),
      ['zeroWidth'],
    );
    assert.deepEqual(
      invisibleRuns('Sở\u200DNội\u200Cvụ\u2060\uFEFF').map((r) => r.codePoints.join()),
      ['U+200D', 'U+200C', 'U+2060,U+FEFF'],
    );
    assert.deepEqual(invisibleRuns('ภาษา\u200Bไทย'), [], 'Thai word break');
    assert.deepEqual(invisibleRuns('می\u200Cخواهم'), [], 'Persian ZWNJ');
    assert.deepEqual(invisibleRuns('क्\u200Dष'), [], 'Devanagari ZWJ');
    assert.deepEqual(invisibleRuns('👨\u200D👩\u200D👧'), [], 'emoji ZWJ sequence');
  });

  it('never fires on the fixtures of ordinary Vietnamese', () => {
    for (const name of ['seed', 'valid', 'kinh-gui', 'legacy-vni'])
      assert.deepEqual(problemsOf(fixture(name), 'GM034'), [], name);
  });

  it('runs on a file the schema rejects', () => {
    const text = withTitle('trich_yeu: Họp\u0007').replace(/^so: 12$/m, 'so: [1]');
    single(text, 'GM034', 'warning', '\u0007');
  });
});

describe('xmlSafe (XML 1.0 §2.2 Char)', () => {
  it('removes what XML 1.0 cannot carry or discourages, keeps the rest', () => {
    assert.equal(xmlSafe('a\u0000b\u0008c\u000Bd\u000Ce\u001Ff\u007Fg\u0085h\u009Fi\uFFFEj\uFFFFk'), 'abcdefghijk');
    assert.equal(xmlSafe('x\uD800y\uDFFFz'), 'xyz');
    assert.equal(
      xmlSafe('tab\there\nline\r\n😀 \u200B\u202E Việt \uFFFD'),
      'tab\there\nline\r\n😀 \u200B\u202E Việt \uFFFD',
    );
  });

  it('a character or escape at the very start of the value: the range is that character or escape alone', () => {
    const plain = withTitle('trich_yeu: \uFFFFHọp triển khai');
    assert.match(assertFixClears(plain, single(plain, 'GM034', 'warning', '\uFFFF')), /^trich_yeu: Họp triển khai$/m);
    const quoted = withTitle('trich_yeu: "\\uFFFEHọp triển khai"');
    assert.match(
      assertFixClears(quoted, single(quoted, 'GM034', 'warning', '\\uFFFE')),
      /^trich_yeu: "Họp triển khai"$/m,
    );
    const escapedFirst = withTitle('trich_yeu: "\\tHọp\\uFFFE"');
    assert.match(
      assertFixClears(escapedFirst, single(escapedFirst, 'GM034', 'warning', '\\uFFFE')),
      /^trich_yeu: "\\tHọp"$/m,
    );
  });
});
