import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkInvitation } from '../../../src/core/check/check';
import { covered, problemsOf } from './helpers';

const ROOT = join(__dirname, '../../..');

/** The text of a real notice (issue 27) in one sentence: a generic common noun and a real office. */
const NOTICE = `co_quan:
  ten: ỦY BAN NHÂN DÂN XÃ NGHI LÂM
  viet_tat: UBND
dia_danh: Nghi Lâm
trich_yeu: Hội nghị đánh giá mô hình văn hóa nông thôn mới
loi_moi: Cùng dự có đại diện Văn phòng điều phối nông thôn mới tỉnh Nghệ An và các Trung tâm văn hóa các làng trong xã.
loi_ket: Ban tổ chức hội nghị kính đề nghị các đại biểu tham dự đúng giờ./.
nguoi_ky:
  chuc_vu: CHỦ TỊCH
  ho_ten: Trần Văn An
noi_nhan:
  - Như trên;
  - "Lưu: VT."
`;

/** Every GM035 over the corpus and the examples, reviewed by hand: each is a real name written with wrong capitals. */
const REVIEWED = [
  'bql-di-tich-den-van-hien-ky-niem-to-hien-thanh-2018: Ban quản lý → Ban Quản lý', // the issuer's own name
  'bql-di-tich-den-van-hien-ky-niem-to-hien-thanh-2018: Ban quản lý → Ban Quản lý',
  'bv-thong-nhat-le-ky-niem-50-nam-2025: Phường → phường', // "Phường Tân Sơn Nhất, Quận Tân Bình" in an address
  'bv-thong-nhat-le-ky-niem-50-nam-2025: Quận → quận',
  'cuc-cong-thuong-dia-phuong-hoi-thao-cum-cong-nghiep-2018: Quận → quận', // "Quận Hoàn Kiếm" mid-sentence
];

function filesOf(): { name: string; text: string }[] {
  const examples = readdirSync(join(ROOT, 'examples'))
    .filter((f) => f.endsWith('.giaymoi.yaml'))
    .map((f) => ({ name: f.replace('.giaymoi.yaml', ''), path: join(ROOT, 'examples', f) }));
  const corpus = readdirSync(join(ROOT, 'test', 'corpus'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ name: d.name, path: join(ROOT, 'test', 'corpus', d.name, `${d.name}.giaymoi.yaml`) }));
  return [...examples, ...corpus].map((f) => ({ name: f.name, text: readFileSync(f.path, 'utf8') }));
}

describe('GM035: only real agency names (NĐ 30/2020, PL II-M.IV-k.1-a)', () => {
  it('finds the office named up to its place, "Văn phòng Điều phối nông thôn mới tỉnh Nghệ An", and only it', () => {
    const found = problemsOf(NOTICE, 'GM035');
    assert.deepEqual(
      found.map((p) => covered(NOTICE, p)),
      ['Văn phòng điều phối nông thôn mới'],
    );
    assert.match(found[0].message.vi, /viết "Văn phòng Điều phối nông thôn mới"/);
  });

  it('leaves common nouns followed by a generic word: "Trung tâm văn hóa các làng", "Ban tổ chức hội nghị"', () => {
    const text = NOTICE.replace(/Văn phòng điều phối nông thôn mới tỉnh Nghệ An/, 'Nhân dân');
    assert.deepEqual(problemsOf(text, 'GM035'), []);
  });

  it('gives no false positive over the corpus and the examples: every finding is in the reviewed list', () => {
    const found = filesOf().flatMap(({ name, text }) =>
      checkInvitation(text)
        .problems.filter((p) => p.code === 'GM035')
        .map((p) => `${name}: ${covered(text, p)} → ${/viết "([^"]+)"/.exec(p.message.vi)?.[1]}`),
    );
    assert.deepEqual(found, REVIEWED);
  });
});
