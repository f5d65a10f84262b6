/** The word-order check the corpus test relies on fails where it must, and says where. */
import * as assert from 'node:assert/strict';
import { inOrder, withoutPassages, words } from './words';

describe('corpus word-order check', () => {
  it('reads words as letters and digits, NFC and lower case, punctuation ignored', () => {
    assert.deepEqual(words('1. Thành phần mời: Lễ phát động“Tết ½ ngày, từ 7h30 -9h00./.'), [
      '1',
      'thành',
      'phần',
      'mời',
      'lễ',
      'phát',
      'động',
      'tết',
      '½',
      'ngày',
      'từ',
      '7h30',
      '9h00',
    ]);
    assert.deepEqual(words('Hòa'.normalize('NFD')), ['hòa']);
  });

  it('accepts added words and rejects a lost or moved one, naming it with its neighbourhood', () => {
    const printed = words('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM GIẤY MỜI Dự hội nghị 1. Thời gian: 8 giờ');
    assert.deepEqual(inOrder(words('Giấy mời dự hội nghị thời gian 8 giờ'), printed), { ok: true, matched: 9 });
    const lost = inOrder(words('Giấy mời dự hội nghị địa điểm'), printed);
    assert.equal(lost.ok, false);
    assert.match(!lost.ok ? lost.message : '', /«địa».*\n.*\[địa\].*\n.*\n.*printed nowhere/);
    const moved = inOrder(words('thời gian giấy mời'), printed);
    assert.match(!moved.ok ? moved.message : '', /«giấy».*order differs/s);
  });

  it('removes each passage the format cannot print once, as whole words, and reports a passage that is not in the text', () => {
    assert.deepEqual(withoutPassages('CÔNG ĐIỆN Hội nghị', ['CÔNG ĐIỆN', 'Kính gửi']), {
      text: '  Hội nghị',
      missing: ['Kính gửi'],
    });
    assert.deepEqual(withoutPassages('không có ông A', ['ông']), { text: 'không có   A', missing: [] });
    assert.deepEqual(withoutPassages('không', ['ông']), { text: 'không', missing: ['ông'] });
  });
});
