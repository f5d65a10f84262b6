/** GM044 (a place-and-date line on two lines) and GM039 (points past the alphabet): issue 29, items 4 and 6. */
import * as assert from 'node:assert/strict';
import { fixture, problemsOf, single } from './helpers';

const withPlace = (place: string, ngay: string) =>
  fixture('valid')
    .replace(/^dia_danh: .*$/m, `dia_danh: ${place}`)
    .replace(/^ngay: .*$/m, `ngay: ${ngay}`);

/** The valid fixture whose first section has `count` points. */
function withPoints(count: number, paragraphAt?: number): string {
  const points = Array.from({ length: count }, (_, i) => `      - Điểm số ${i + 1}`);
  if (paragraphAt !== undefined) points.splice(paragraphAt, 0, '      - doan: Một đoạn giữa các điểm.');
  const section = `muc:\n  - tieu_de: Thành phần\n    diem:\n${points.join('\n')}\n`;
  return fixture('valid').replace(/^loi_ket: /m, `${section}loi_ket: `);
}

describe('the place-and-date line on two lines (GM044)', () => {
  it('passes a line that fits', () => {
    assert.deepEqual(problemsOf(withPlace('Tân An', '2025-11-18'), 'GM044'), []);
  });

  it('tells, on `dia_danh`, that a long place breaks before the date, never before the year', () => {
    const text = withPlace('Thành phố Hồ Chí Minh', '2025-11-18');
    const problem = single(text, 'GM044', 'information', 'Thành phố Hồ Chí Minh');
    assert.match(problem.message.vi, /"Thành phố Hồ Chí Minh, \/ ngày 18 tháng 11 năm 2025"/);
  });
});

describe('points past the alphabet (GM039)', () => {
  it('passes 23 points, "a)" to "y)", paragraphs between them not counted', () => {
    assert.deepEqual(problemsOf(withPoints(23), 'GM039'), []);
    assert.deepEqual(problemsOf(withPoints(23, 5), 'GM039'), []);
  });

  it('warns on the 24th point, which would print "aa)"', () => {
    const text = withPoints(25);
    const problem = single(text, 'GM039', 'warning', 'Điểm số 24');
    assert.match(problem.message.vi, /Có 25 điểm, quá 23 chữ cái/);
    assert.match(problem.message.en, /"aa\)"/);
  });
});
