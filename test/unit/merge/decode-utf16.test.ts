/** Issue 31, item 6: UTF-16 lists as Notepad and Excel save them, with or without a BOM, either byte order. */
import * as assert from 'node:assert/strict';
import { decodeListBytes } from '../../../src/lists/decode-text';

const TEXT = 'STT,Họ và tên,Đơn vị\r\n1,Nguyễn Văn An,Sở Tài chính\r\n2,Trần Thị Bình,Sở Xây dựng\r\n';

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (ch) => ch.charCodeAt(0))];
  return Uint8Array.from(units.flatMap((u) => (order === 'le' ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff])));
}

describe('lists: UTF-16 decoded whatever its byte order and BOM (issue 31)', () => {
  for (const order of ['le', 'be'] as const) {
    for (const bom of [true, false]) {
      it(`UTF-16 ${order.toUpperCase()} ${bom ? 'with' : 'without'} a BOM`, () => {
        const decoded = decodeListBytes(utf16(TEXT, order, bom));
        assert.equal(decoded.text, TEXT.normalize('NFC'));
        assert.equal(decoded.encoding, 'utf-16');
        assert.ok(!decoded.text.includes('\u0000'), 'no NUL in the column names');
      });
    }
  }

  it('UTF-8 and Windows-1258 text are not taken for UTF-16', () => {
    assert.equal(decodeListBytes(new TextEncoder().encode(TEXT)).encoding, 'utf-8');
    assert.equal(
      decodeListBytes(Uint8Array.from([0x53, 0x54, 0x54, 0x2c, 0x54, 0xea, 0x6e, 0x0d, 0x0a])).encoding,
      'windows-1258',
    );
  });
});
