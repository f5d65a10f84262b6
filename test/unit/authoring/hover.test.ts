import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { hoverAt } from '../../../src/core/authoring/hover';
import { cursor } from './cursor';

const SEED = readFileSync('examples/hoi-nghi-sipas-2024.giaymoi.yaml', 'utf8');
const hover = (marked: string, language: 'vi' | 'en' = 'vi') => {
  const { text, position } = cursor(marked);
  return hoverAt(text, position, language);
};
const inSeed = (needle: string, offset: number, language: 'vi' | 'en' = 'vi') => {
  const i = SEED.indexOf(needle) + offset;
  return hover(`${SEED.slice(0, i)}|${SEED.slice(i)}`, language);
};

describe('hover', () => {
  it("shows a key's description and the rule behind it", () => {
    const info = inSeed('trich_yeu:', 3);
    assert.match(info?.markdown ?? '', /^\*\*trich_yeu\*\* — Trích yếu nội dung cuộc họp/);
    assert.match(info?.markdown ?? '', /Căn cứ:\* NĐ 30\/2020, PL I-P.I-M.II-k.5-b/);
    assert.deepEqual(info?.range.start.character, 0);
    assert.deepEqual(info?.range.end.character, 9);
  });

  it('follows the language setting', () => {
    assert.match(inSeed('trich_yeu:', 3, 'en')?.markdown ?? '', /Subject line under "GIẤY MỜI"[\s\S]*Legal source/);
  });

  it('shows the weekday of a meeting time and how it prints', () => {
    const info = inSeed('2024-05-17 14:00', 4);
    assert.match(info?.markdown ?? '', /^\*\*Thứ Sáu, 17\/5\/2024\*\*/);
    assert.match(info?.markdown ?? '', /In ra: “14 giờ 00 phút, ngày 17\/5\/2024 \(thứ Sáu\)”/);
    assert.match(info?.markdown ?? '', /\*\*bat_dau\*\*/);
    assert.match(inSeed('2024-05-17 14:00', 4, 'en')?.markdown ?? '', /^\*\*Friday, 17 May 2024\*\*/);
  });

  it('shows the date line for ngay, with the decree leading zeros and the place', () => {
    const info = hover('dia_danh: Bắc Sơn\nngay: 2024-02-|05\n');
    assert.match(info?.markdown ?? '', /“Bắc Sơn, ngày 05 tháng 02 năm 2024”/);
    assert.match(info?.markdown ?? '', /Thứ Hai, 5\/2\/2024/);
  });

  it('explains a month-only draft date', () => {
    assert.match(inSeed('ngay: 2024-05', 8)?.markdown ?? '', /chưa có ngày ký[\s\S]*“Bắc Sơn, ngày +tháng 5 năm 2024”/);
  });

  it('says when a date does not exist', () => {
    assert.match(hover('ngay: 2024-02-3|0')?.markdown ?? '', /không có thật/);
  });

  it('gives the weekday of a date written in text', () => {
    assert.match(inSeed('10/5/2024', 2)?.markdown ?? '', /Thứ Sáu, 10\/5\/2024/);
  });

  it('explains an enum value', () => {
    assert.match(inSeed('quyen_han: TL', 12)?.markdown ?? '', /^\*\*TL\*\* — thừa lệnh người đứng đầu/);
    assert.match(inSeed('quyen_han: TL', 12, 'en')?.markdown ?? '', /^\*\*TL\*\* — by order of the head/);
  });

  it('works on invalid YAML and says nothing on comments or unknown keys', () => {
    assert.match(hover('nguoi_ky:\n  quyen|_han: [\n')?.markdown ?? '', /Thẩm quyền ký/);
    assert.equal(hover('# ghi chú |ngay'), undefined);
    assert.equal(hover('khong|_co: 1'), undefined);
  });
});
