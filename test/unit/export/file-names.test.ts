import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { foldToAscii, safeFileStem, utf8Bytes } from '../../../src/export/file-names';

describe('export: safe file names', () => {
  it('keeps Vietnamese letters and folds them to ASCII on request', () => {
    assert.equal(safeFileStem('Giám đốc Sở Y tế'), 'Giám đốc Sở Y tế');
    assert.equal(safeFileStem('Giám đốc Sở Y tế', { ascii: true }), 'Giam doc So Y te');
    assert.equal(foldToAscii('ĐẠI HỌC Ưu tiên ơ'), 'DAI HOC Uu tien o');
  });

  it('replaces the characters Windows forbids and drops trailing dots and spaces', () => {
    assert.equal(safeFileStem('Phòng A/B: "Kế hoạch" <2025>?*|\\'), 'Phòng A B Kế hoạch 2025');
    assert.equal(safeFileStem('Ông Nguyễn Văn A...  '), 'Ông Nguyễn Văn A');
    assert.equal(safeFileStem('**Sở** *Y tế*'), 'Sở Y tế');
  });

  it('never gives a hidden or dot-only name: leading dots and the spaces after them go (issue 31)', () => {
    assert.equal(safeFileStem('../../evil'), 'evil');
    assert.equal(safeFileStem('.hidden'), 'hidden');
    assert.equal(safeFileStem('. .. .', { fallback: 'giay-moi' }), 'giay-moi');
    assert.equal(safeFileStem('Sở Y tế ../x'), 'Sở Y tế .. x');
  });

  it('removes noncharacters and lone surrogates (issue 31)', () => {
    assert.equal(safeFileStem('Ông A\uFFFE, Giám đốc\uFFFF \uD800Sở\uFDD0'), 'Ông A, Giám đốc Sở');
  });

  it('prefixes the names Windows reserves', () => {
    for (const name of ['CON', 'prn', 'Aux', 'NUL', 'COM1', 'lpt9', 'con.txt'])
      assert.equal(safeFileStem(name), `_${name}`);
    assert.equal(safeFileStem('CONG VAN'), 'CONG VAN');
  });

  it('bounds the length in UTF-8 bytes at word boundaries, keeping the start and the end, never empty', () => {
    const long = 'Giám đốc '.repeat(30);
    assert.ok(utf8Bytes(safeFileStem(long, { maxBytes: 40 })) <= 40);
    assert.doesNotMatch(safeFileStem(long, { maxBytes: 40 }), /\s$/);
    assert.equal(safeFileStem(' ... ', { fallback: '3' }), '3');
    const a = safeFileStem('Giám đốc Công ty TNHH Một thành viên Xây dựng và Thương mại Dịch vụ số 17', {
      maxBytes: 60,
    });
    assert.equal(a, 'Giám đốc Công ty TNHH Một … Dịch vụ số 17');
    assert.ok(utf8Bytes(a) <= 60);
  });

  it('counts bytes, not characters: 70 × "Ễ" (210 bytes) is cut to the limit, on a character boundary', () => {
    assert.equal(utf8Bytes('Ễ'), 3);
    const stem = safeFileStem('Ễ'.repeat(70), { maxBytes: 100 });
    assert.equal(stem, 'Ễ'.repeat(33));
    assert.equal(utf8Bytes('a\u{1F600}'), 5);
  });

  it('removes bidi controls and invisible characters, and replaces control characters', () => {
    assert.equal(safeFileStem('Sở\u202Excod.exe'), 'Sởxcod.exe');
    assert.equal(safeFileStem('a\u200Bb\u2066c\u2069\uFEFF'), 'abc');
    assert.equal(safeFileStem('a\u0085b\u009Fc\td\u2028e'), 'a b c d e');
  });

  it('always gives a name that is valid on Windows (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.boolean(), (name, ascii) => {
        const stem = safeFileStem(name, { ascii });
        assert.ok(stem.length > 0);
        assert.doesNotMatch(stem, /[<>:"/\\|?*\p{Cc}\p{Cf}]/u);
        assert.doesNotMatch(stem, /[. ]$/);
        assert.doesNotMatch(stem, /^[. ]/);
        assert.doesNotMatch(stem, /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i);
        assert.ok(utf8Bytes(stem) <= 121);
        if (ascii) assert.match(stem, /^[\x20-\x7e]+$/);
      }),
    );
  });
});
