import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { isPair, isScalar, isSeq, parseDocument, visit, type Scalar } from 'yaml';
import { flattenQuotedValues } from '../../../src/core/source/flat-values';
import { SourceMap, type YamlPath } from '../../../src/core/source/source-map';

const OPTIONS = { uniqueKeys: true, prettyErrors: false, strict: false } as const;

/** Every scalar's value, key or not, in document order, as yaml itself read it. */
function scalarValues(text: string, flatten: boolean): unknown[] {
  const doc = parseDocument(text, OPTIONS);
  if (flatten) flattenQuotedValues(doc, text);
  const values: unknown[] = [];
  visit(doc, {
    Scalar: (_, node) => {
      values.push(node.value, node.source);
    },
  });
  return values;
}

/** The path of each string value as yaml's `visit` and its ancestors give it (how SourceMap.strings() found them before). */
function visitedStrings(text: string): { path: YamlPath; value: string }[] {
  const found: { path: YamlPath; value: string }[] = [];
  visit(parseDocument(text, OPTIONS), {
    Scalar: (key, node, ancestors) => {
      if (key === 'key' || typeof node.value !== 'string' || !node.range) return;
      const path: (string | number)[] = [];
      let child: unknown = node;
      for (const a of [...ancestors].reverse()) {
        if (isPair(a) && isScalar(a.key)) path.unshift(String(a.key.value));
        else if (isSeq(a)) path.unshift(a.items.indexOf(child as never));
        child = a;
      }
      found.push({ path, value: node.value });
    },
  });
  return found;
}

const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.constantFrom(
    '\\',
    '\\"',
    '\\n',
    '\\u00e1',
    '\\x41',
    '\\q',
    '\t',
    '  ',
    ' \n  ',
    '\r\n',
    '\n\n',
    '\u2028',
    '\uD800',
    '#',
    ': ',
    "'",
  ),
);
const quoted = fc.array(piece, { maxLength: 5 }).map((parts) => `"${parts.join('').replace(/"/g, '')}"`);

describe('flattenQuotedValues: double-quoted values read as one flat string', () => {
  it('gives exactly the value yaml reads, for any quoted text (escapes, tabs, line breaks, broken quotes)', () => {
    fc.assert(
      fc.property(fc.array(quoted, { minLength: 1, maxLength: 4 }), fc.boolean(), (values, broken) => {
        const text = `a: ${values[0]}\nb:\n${values.map((v) => `  - ${v}`).join('\n')}\nc: { d: ${values[0]} }\n${broken ? 'e: "không đóng' : ''}`;
        assert.deepEqual(scalarValues(text, true), scalarValues(text, false));
      }),
      { numRuns: 200 },
    );
  });

  it('replaces a value written without escapes by a string equal to it, and leaves an escaped one as yaml made it', () => {
    const text = 'a: "Hội nghị\ttổng kết"\nb: "dòng một\\nhai"\n';
    const doc = parseDocument(text, OPTIONS);
    const before = (doc.get('b', true) as Scalar).value;
    flattenQuotedValues(doc, text);
    assert.equal(doc.get('a'), 'Hội nghị\ttổng kết');
    assert.equal((doc.get('b', true) as Scalar).value, before);
    assert.equal(doc.get('b'), 'dòng một\nhai');
  });
});

describe('SourceMap.strings: each string value with its path, in document order', () => {
  it("finds what yaml's visit finds, at the same paths (lists, nested maps, flow pairs, complex keys, aliases)", () => {
    const text = [
      'a: một',
      'b: [x, { c: "hai" }, d: ba]',
      'e:',
      '  - - bốn',
      '    - 5',
      '  - f: sáu',
      '    g: &h bảy',
      'i: *h',
      '? [khóa, dài]',
      ': tám',
      '? { k: chín }',
      ': mười',
      'l: |',
      '  khối',
      '',
      'm: 12',
      '"n": ""',
      '',
    ].join('\n');
    const doc = parseDocument(text, OPTIONS);
    const mine = new SourceMap(text, doc).strings().map(({ path, value }) => ({ path, value }));
    assert.deepEqual(mine, visitedStrings(text));
    assert.ok(
      mine.some((s) => s.value === 'chín') && mine.some((s) => s.value === 'sáu' && s.path.join('.') === 'e.1.f'),
    );
  });
});
