import * as assert from 'node:assert/strict';
import { convertLegacyToUnicode, detectLegacyEncoding } from '../../../src/core/text/legacy-encoding';
import { isVietnameseSyllable } from '../../../src/core/text/vietnamese-syllable';

describe('legacy Vietnamese encodings', () => {
  const tcvn3: [string, string][] = [
    ['Hµ Néi', 'Hà Nội'],
    ['Uû ban nh©n d©n', 'Uỷ ban nhân dân'],
    ['Lª V¨n Thµnh', 'Lê Văn Thành'],
    ['Tr\u00ADêng THCS', 'Trường THCS'],
    ['Bé Tµi chÝnh', 'Bộ Tài chính'],
    ['UBND HUYÖN B¾C S¥N', 'UBND HUYỆN BẮC SƠN'],
  ];
  const vni: [string, string][] = [
    ['Nguyeãn Vaên A', 'Nguyễn Văn A'],
    ['Ñoàng chí Phuøng Thò Thanh Nga', 'Đồng chí Phùng Thị Thanh Nga'],
    ['ñeán döï Hoäi nghò', 'đến dự Hội nghị'],
    ['ÑOÀNG CHÍ NGUYEÃN', 'ĐỒNG CHÍ NGUYỄN'],
    ['Tröôøng hoïc', 'Trường học'],
  ];
  for (const [legacy, unicode] of tcvn3) {
    it(`TCVN3 "${legacy}" → "${unicode}"`, () => {
      assert.equal(detectLegacyEncoding(legacy), 'tcvn3');
      assert.equal(convertLegacyToUnicode(legacy, 'tcvn3'), unicode);
    });
  }
  for (const [legacy, unicode] of vni) {
    it(`VNI "${legacy}" → "${unicode}"`, () => {
      assert.equal(detectLegacyEncoding(legacy), 'vni');
      assert.equal(convertLegacyToUnicode(legacy, 'vni'), unicode);
    });
  }

  it('does not fire on Unicode Vietnamese, English, French, Spanish, German or symbols', () => {
    const clean = [
      'Cộng hòa xã hội chủ nghĩa Việt Nam',
      'Tòa án nhân dân',
      'Hà Nội',
      'Thành phố Hồ Chí Minh',
      'Bé Na',
      'Meeting on Friday at the People’s Committee',
      'Là où il est',
      'résumé naïve café',
      'España año señor',
      'Müller für Größe',
      '© 2024 Công ty',
      '5 µm',
      'Windows®',
      'Nội¹',
      '«Trích dẫn»',
      'Đồng chí Lê Văn Thành; Phòng Nội vụ.',
    ];
    for (const text of clean) assert.equal(detectLegacyEncoding(text), undefined, text);
  });

  it('tells Vietnamese syllables from other words', () => {
    for (const w of ['Hà', 'nhân', 'Nguyễn', 'Uỷ', 'khuya', 'nghiêng', 'quốc', 'gì', 'Trường'])
      assert.ok(isVietnameseSyllable(w), w);
    for (const w of ['Néi', 'Vaên', 'café', 'Windows', 'hoàà', 'strong']) assert.ok(!isVietnameseSyllable(w), w);
  });
});
