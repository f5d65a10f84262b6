import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkInvitation } from '../../../src/core/check/check';
import { memoByText } from '../../../src/core/text/memo';

const SIPAS = readFileSync(join(__dirname, '../../../examples/hoi-nghi-sipas-2024.giaymoi.yaml'), 'utf8');

describe('memoByText: the rules re-read only strings they have not seen', () => {
  it('scans a text once, and again only after the cache was cleared for room', () => {
    const scanned: string[] = [];
    const lengthOf = memoByText((text) => {
      scanned.push(text);
      return text.length;
    }, 10);
    assert.deepEqual(
      [lengthOf('abcd'), lengthOf('abcd'), lengthOf('ab'), lengthOf(['a', 'b', 'c', 'd'].join(''))],
      [4, 4, 2, 4],
    );
    assert.deepEqual(scanned, ['abcd', 'ab']);
    lengthOf('123456'); // 4 + 2 + 6 characters > 10: the cache starts over
    lengthOf('abcd');
    assert.deepEqual(scanned, ['abcd', 'ab', '123456', 'abcd']);
  });

  it('remembers an empty answer as well as a full one', () => {
    let calls = 0;
    const none = memoByText(() => {
      calls += 1;
      return undefined;
    });
    none('x');
    none('x');
    assert.equal(calls, 1);
  });

  it('a file checked again after an edit elsewhere has the same findings, at their new places', () => {
    // GM035 (agency case), GM034 (a zero-width space), GM014 (31/2) in the opening paragraph.
    const text = SIPAS.replace(
      /^mo_dau: .*$/m,
      'mo_dau: "Theo đề nghị của Sở Tài Chính ngày 31/2/2024, kính\\u200Bmời."',
    );
    const codes = (t: string) =>
      checkInvitation(t)
        .problems.filter((p) => ['GM014', 'GM034', 'GM035'].includes(p.code))
        .map((p) => `${p.code}@${p.range.start.line}:${p.range.start.character}`);
    const first = codes(text);
    assert.deepEqual(first.map((c) => c.split('@')[0]).sort(), ['GM014', 'GM034', 'GM035']);
    assert.deepEqual(codes(text.slice(0)), first);
    const shifted = codes(`# một dòng chú thích mới\n${text}`);
    assert.deepEqual(
      shifted,
      first.map((c) => c.replace(/@(\d+)/, (_, line: string) => `@${Number(line) + 1}`)),
    );
  });
});
