/**
 * Issue 28, defect 6: an "agency name" of some 700 characters (Phụ lục III's
 * models read as one document) is reported (GM055), as a string or as the
 * list of lines GM040's fix would write, on the value, naming its length in
 * characters and lines; the longest real names of the examples and the
 * corpus stay silent.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, problemsOf, single } from './helpers';

const withName = (key: 'chu_quan' | 'ten', name: string) =>
  fixture('valid').replace(key === 'ten' ? '  ten: SỞ NỘI VỤ' : '  chu_quan: UBND TỈNH LẠNG SƠN', `  ${key}: ${name}`);

/** The headers of Phụ lục III's models one after the other, as an import of the whole appendix read them. */
const MODEL =
  'TÊN CQ, TC CHỦ QUẢN TÊN CƠ QUAN, TỔ CHỨC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ĐỘC LẬP - TỰ DO - HẠNH PHÚC ';
const MASH = MODEL.repeat(7).trim();

describe('implausibly long agency names (GM055)', () => {
  it('warns of a ~700-character name on the value, with its length and line count, instead of GM040', () => {
    assert.ok(MASH.length > 650 && MASH.length < 760, String(MASH.length));
    const text = withName('ten', MASH);
    const problem = single(text, 'GM055', 'warning', MASH);
    assert.match(problem.message.en, new RegExp(`is ${MASH.length} characters long and prints on \\d\\d lines`));
    assert.match(problem.message.vi, /dài \d+ ký tự, in thành \d+ dòng/);
    assert.equal(problem.fixes, undefined, 'only the author knows the real name');
    assert.deepEqual(problemsOf(text, 'GM040'), [], 'one problem, not a 40-line list offered as the fix');
  });

  it('warns of the same text written as a list of lines that each fit (GM040 accepts the author’s lines)', () => {
    const lines = MASH.match(/\S.{0,18}(?=\s|$)/gu)!.map((line) => line.trim());
    const text = withName('ten', JSON.stringify(lines));
    assert.deepEqual(problemsOf(text, 'GM040'), []);
    single(text, 'GM055', 'warning', JSON.stringify(lines));
  });

  it('warns of the parent agency too', () => {
    single(withName('chu_quan', MASH), 'GM055', 'warning', MASH);
  });

  it('stays silent on every name of the examples and the corpus, and on long real names', () => {
    const root = join(__dirname, '../../..');
    const corpus = readdirSync(join(root, 'test/corpus'), { withFileTypes: true }).filter((d) => d.isDirectory());
    const files = [
      ...readdirSync(join(root, 'examples'))
        .filter((f) => f.endsWith('.giaymoi.yaml'))
        .map((f) => join(root, 'examples', f)),
      ...corpus.map((d) => join(root, 'test/corpus', d.name, `${d.name}.giaymoi.yaml`)),
    ];
    assert.ok(files.length >= 20, String(files.length));
    for (const file of files) assert.deepEqual(problemsOf(readFileSync(file, 'utf8'), 'GM055'), [], file);
    for (const name of [
      'ĐẢNG ỦY VIỆN CHIẾN LƯỢC VÀ PHÁT TRIỂN GIAO THÔNG VẬN TẢI',
      'BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG CÁC CÔNG TRÌNH GIAO THÔNG VÀ NÔNG NGHIỆP TỈNH BÀ RỊA - VŨNG TÀU',
      'TRUNG TÂM NGHIÊN CỨU VÀ PHÁT TRIỂN CÔNG NGHỆ SINH HỌC ỨNG DỤNG TRONG NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN',
    ])
      assert.deepEqual(problemsOf(withName('ten', name), 'GM055'), [], name);
  });
});
