import * as assert from 'node:assert/strict';
import { applyFix, assertFixClears, covered, fixture, problemsOf, single } from './helpers';

const withNames = (chuQuan: string, ten: string) =>
  fixture('valid')
    .replace('  chu_quan: UBND TỈNH LẠNG SƠN', `  chu_quan: ${chuQuan}`)
    .replace('  ten: SỞ NỘI VỤ', `  ten: ${ten}`);

describe('agency names too long for the header (GM040)', () => {
  it('passes names that fit in two (parent) and three (issuing agency) lines', () => {
    assert.deepEqual(
      problemsOf(withNames('UBND TỈNH THỪA THIÊN HUẾ', 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN YÊN DŨNG'), 'GM040'),
      [],
    );
  });

  it('warns of an issuing agency of four lines and offers the lines as a list', () => {
    const text = withNames('UBND TỈNH THỪA THIÊN HUẾ', 'SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THỪA THIÊN HUẾ');
    const problem = single(text, 'GM040', 'warning', 'SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THỪA THIÊN HUẾ');
    assert.match(
      problem.message.vi,
      /in thành 4 dòng.*"SỞ NÔNG NGHIỆP \/ VÀ PHÁT TRIỂN \/ NÔNG THÔN \/ TỈNH THỪA THIÊN HUẾ"/,
    );
    const fixed = assertFixClears(text, problem);
    assert.match(fixed, /^ {2}ten: \[SỞ NÔNG NGHIỆP, VÀ PHÁT TRIỂN, NÔNG THÔN, TỈNH THỪA THIÊN HUẾ\]$/m);
  });

  it('suggests "UBND" for a parent agency of three lines (PL I-P.I-M.II-k.2-a)', () => {
    const text = withNames('VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU', 'SỞ NỘI VỤ');
    const [problem] = problemsOf(text, 'GM040');
    assert.equal(covered(text, problem), 'VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU');
    assert.match(applyFix(text, problem.fixes![0]), /^ {2}chu_quan: \[VĂN PHÒNG UBND, TỈNH BÀ RỊA - VŨNG TÀU\]$/m);
  });

  it('quotes a line the flow list could not hold plain', () => {
    const text = withNames(
      'UBND TỈNH LẠNG SƠN',
      'SỞ VĂN HÓA, THỂ THAO, DU LỊCH VÀ THÔNG TIN TRUYỀN THÔNG TỈNH THỪA THIÊN HUẾ',
    );
    const fixed = assertFixClears(text, problemsOf(text, 'GM040')[0]);
    assert.match(fixed, /ten: \["SỞ VĂN HÓA, THỂ THAO,", /);
  });

  it('warns of a word wider than the column even in a list', () => {
    const text = withNames('UBND TỈNH LẠNG SƠN', '[SỞ, TRUNGTÂMHÀNHCHÍNHCÔNGĐIỆNTỬTỈNHLẠNGSƠN]');
    const [problem] = problemsOf(text, 'GM040');
    assert.match(problem.message.en, /wider than the header column/);
    assert.equal(problem.fixes, undefined);
  });

  it('counts the lines a list item wraps into, and names the key at fault (issue 29, item 3)', () => {
    const text = withNames('[PHÒNG GIÁO DỤC VÀ ĐÀO TẠO, QUẬN HOÀN KIẾM]', 'TRƯỜNG THCS TRƯNG VƯƠNG');
    const problem = single(text, 'GM040', 'warning', '[PHÒNG GIÁO DỤC VÀ ĐÀO TẠO, QUẬN HOÀN KIẾM]');
    assert.match(problem.message.vi, /^Tên cơ quan ở `chu_quan` sẽ in thành 3 dòng .*tối đa 2/);
    assert.match(problem.message.en, /in `chu_quan` prints on 3 lines/);
    assert.equal(problem.fixes, undefined, "the author's own list is left to them");
    assert.deepEqual(problemsOf(withNames('[PHÒNG GD&ĐT, QUẬN HOÀN KIẾM]', 'TRƯỜNG THCS TRƯNG VƯƠNG'), 'GM040'), []);
  });

  it('names `ten` when the issuing agency is at fault', () => {
    const text = withNames('UBND TỈNH LẠNG SƠN', 'SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THỪA THIÊN HUẾ');
    assert.match(problemsOf(text, 'GM040')[0].message.vi, /ở `ten`/);
  });

  it('tells (GM043, information) of a name given a line more so that no dictionary word is split', () => {
    const name = 'ĐẢNG ỦY VIỆN CHIẾN LƯỢC VÀ PHÁT TRIỂN GIAO THÔNG VẬN TẢI';
    const text = withNames('UBND TỈNH LẠNG SƠN', name);
    assert.deepEqual(problemsOf(text, 'GM040'), []);
    const problem = single(text, 'GM043', 'information', name);
    assert.match(problem.message.vi, /in 4 dòng để giữ nguyên các từ: "ĐẢNG ỦY VIỆN \/ CHIẾN LƯỢC \/ VÀ PHÁT TRIỂN \//);
    const fixed = assertFixClears(text, problem);
    assert.match(fixed, /^ {2}ten: \[ĐẢNG ỦY VIỆN, CHIẾN LƯỢC, VÀ PHÁT TRIỂN, GIAO THÔNG VẬN TẢI\]$/m);
  });
});
