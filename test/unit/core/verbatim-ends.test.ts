/**
 * nguyen_van_dau and nguyen_van_cuoi (issue 28): the format takes text printed as
 * written above the header and after the foot, the layout puts it in its own
 * regions (not in the body), and GM056 says it is outside the decree's model
 * without keeping the file from being exported.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkInvitation } from '../../../src/core/check/check';
import { blockText, layoutInvitation, resolveMeasures, type Layout } from '../../../src/core/layout';
import { admitExport } from '../../../src/export/plan-export';

const FIXTURE = readFileSync(join(__dirname, '../../fixtures/verbatim-ends/du-thao-ghi-chu.giaymoi.yaml'), 'utf8');
/** The fixture without its two keys: a plain invitation. */
const PLAIN = FIXTURE.replace(/^nguyen_van_dau: .*\n/m, '').replace(/^nguyen_van_cuoi:\n( {2}- .*\n)+/m, '');

function layoutOf(text: string): Layout {
  const checked = checkInvitation(text);
  assert.ok(checked.invitation, JSON.stringify(checked.problems.filter((p) => p.severity === 'error')));
  return layoutInvitation(checked.invitation, checked.source);
}

const texts = (blocks: Layout['body']) => blocks.map(blockText);

describe('format: nguyen_van_dau and nguyen_van_cuoi', () => {
  it('takes a string or a list of paragraphs for each, as nguyen_van; an empty one is an error', () => {
    const both =
      PLAIN.replace(/^co_quan:/m, 'nguyen_van_dau: [Mẫu 1.7 – Giấy mời, Dự thảo]\nco_quan:') +
      'nguyen_van_cuoi: "Ghi chú: Đề nghị các đại biểu mang theo báo cáo."\n';
    assert.deepEqual(
      checkInvitation(both).problems.filter((p) => p.severity === 'error'),
      [],
    );
    for (const empty of ['nguyen_van_dau: []', 'nguyen_van_cuoi: ""'])
      assert.ok(
        checkInvitation(`${PLAIN}${empty}\n`).problems.some((p) => p.severity === 'error'),
        `${empty} is refused`,
      );
  });

  it('lays them out as their own regions, in order, each line a block tied to its source line', () => {
    const layout = layoutOf(FIXTURE);
    assert.deepEqual(texts(layout.aboveHeader), ['Dự thảo lần 2 (trình Giám đốc ngày 15/11/2024)']);
    assert.deepEqual(texts(layout.afterFoot), [
      'Ghi chú: Đề nghị các đại biểu mang theo báo cáo tình hình thực hiện dự toán năm 2024 và hồ sơ dự toán năm 2025 của đơn vị.',
      'Danh sách đại biểu kèm theo:',
      '1. Giám đốc Sở Giáo dục và Đào tạo.',
      '2. Giám đốc Sở Y tế.',
      '3. Giám đốc Sở Văn hóa và Thể thao.',
    ]);
    assert.ok(layout.aboveHeader.every((b) => b.role === 'nguyen_van_dau'));
    assert.ok(layout.afterFoot.every((b) => b.role === 'nguyen_van_cuoi'));
    const lines = FIXTURE.split('\n');
    assert.match(lines[layout.afterFoot[2].source!.start.line], /1\. Giám đốc Sở Giáo dục/);
    assert.match(lines[layout.aboveHeader[0].source!.start.line], /^nguyen_van_dau: Dự thảo/);
    const body = texts(layout.body).join('\n');
    assert.doesNotMatch(body, /Dự thảo lần 2|Ghi chú|Danh sách đại biểu/, 'neither prints in the body');
  });

  it('gives a plain invitation empty regions', () => {
    const layout = layoutOf(PLAIN);
    assert.deepEqual([layout.aboveHeader, layout.afterFoot], [[], []]);
  });

  it("sets the text after the foot as the body, the line above the header plain in the header lines' size", () => {
    for (const size of [13, 14] as const) {
      const s = resolveMeasures({ bodySize: size }).styles;
      const { sizePt, bold, italic, align, firstLineCm } = s.nguyen_van_cuoi;
      assert.deepEqual({ sizePt, bold, italic, align, firstLineCm }, { ...pick(s.paragraph), sizePt: size });
      assert.deepEqual(pick(s.nguyen_van_dau), {
        sizePt: 13,
        bold: false,
        italic: false,
        align: 'left',
        firstLineCm: 0,
      });
    }
  });
});

const pick = ({
  sizePt,
  bold,
  italic,
  align,
  firstLineCm,
}: ReturnType<typeof resolveMeasures>['styles']['paragraph']) => ({
  sizePt,
  bold,
  italic,
  align,
  firstLineCm,
});

describe('GM056: text printed as written outside the model', () => {
  it('is information, once per key, on the key', () => {
    const found = checkInvitation(FIXTURE).problems.filter((p) => p.code === 'GM056');
    assert.deepEqual(
      found.map((p) => [p.severity, FIXTURE.split('\n')[p.range.start.line].slice(0, 15)]),
      [
        ['information', 'nguyen_van_dau:'],
        ['information', 'nguyen_van_cuoi'],
      ],
    );
    assert.match(found[0].message.vi, /phía trên phần đầu/);
    assert.match(found[1].message.en, /after the foot/);
  });

  it('is silent on a file without the keys', () => {
    assert.deepEqual(
      checkInvitation(PLAIN).problems.filter((p) => p.code === 'GM056'),
      [],
    );
  });

  it('never blocks an export, even when warnings are not allowed', () => {
    const admitted = admitExport(FIXTURE, { allowWarnings: false });
    assert.ok(admitted.ok, JSON.stringify(admitted));
    assert.ok(admitted.checked.problems.some((p) => p.code === 'GM056'));
  });
});
