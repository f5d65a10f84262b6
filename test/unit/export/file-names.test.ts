import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { foldToAscii, safeFileStem } from '../../../src/export/file-names';

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

  it('prefixes the names Windows reserves', () => {
    for (const name of ['CON', 'prn', 'Aux', 'NUL', 'COM1', 'lpt9', 'con.txt']) assert.equal(safeFileStem(name), `_${name}`);
    assert.equal(safeFileStem('CONG VAN'), 'CONG VAN');
  });

  it('bounds the length at a word boundary and never returns an empty name', () => {
    const long = 'Giám đốc '.repeat(30);
    assert.ok([...safeFileStem(long, { maxLength: 40 })].length <= 40);
    assert.doesNotMatch(safeFileStem(long, { maxLength: 40 }), /\s$/);
    assert.equal(safeFileStem(' ... ', { fallback: '3' }), '3');
  });

  it('always gives a name that is valid on Windows (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), fc.boolean(), (name, ascii) => {
      const stem = safeFileStem(name, { ascii });
      assert.ok(stem.length > 0);
      assert.doesNotMatch(stem, /[<>:"/\\|?*\u0000-\u001f]/);
      assert.doesNotMatch(stem, /[. ]$/);
      assert.doesNotMatch(stem, /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i);
      assert.ok([...stem].length <= 81);
      if (ascii) assert.match(stem, /^[\x20-\x7e]+$/);
    }));
  });
});
