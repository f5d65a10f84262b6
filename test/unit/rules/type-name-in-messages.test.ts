/**
 * A reminder on a Thông báo or a Công điện names the document's own type: "Thông báo chưa có
 * số", not "Giấy mời chưa có số" (noted since issue 27: GM012, GM013, GM026, GM027, GM029).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkInvitation } from '../../../src/core/check';

const ROOT = join(__dirname, '../../..');
const example = (name: string) => readFileSync(join(ROOT, 'examples', `${name}.giaymoi.yaml`), 'utf8');

/** The example as a draft (no number, a month for the date) that also writes a "Kính gửi". */
function draft(text: string): string {
  return text
    .replace(/^so: \d+.*$/m, 'so:')
    .replace(/^ngay: (\d{4}-\d{2})-\d{2}/m, 'ngay: $1')
    .replace(/^trich_yeu: /m, 'trich_yeu: Kính gửi các đơn vị: ');
}

function messagesOf(name: string, codes: readonly string[]) {
  const { problems } = checkInvitation(draft(example(name)));
  return codes.map((code) => {
    const found = problems.find((p) => p.code === code);
    assert.ok(found, `${name}: ${code} not reported (${problems.map((p) => p.code).join(', ')})`);
    return found.message;
  });
}

describe('rules: reminders name the document’s own type', () => {
  const CODES = ['GM012', 'GM013', 'GM029'];
  for (const [name, vi, en] of [
    ['thong-bao-hop-phu-huynh-2025', 'Thông báo', 'notice'],
    ['cong-dien-hop-khan-phong-chong-lu-2025', 'Công điện', 'dispatch'],
    ['hoi-nghi-sipas-2024', 'Giấy mời', 'invitation'],
  ] as const) {
    it(`${vi}: ${CODES.join(', ')} say "${vi}"`, () => {
      const messages = messagesOf(name, CODES);
      for (const message of messages) {
        assert.ok(message.vi.startsWith(vi), message.vi);
        assert.ok(!/\{loai\}/.test(message.vi + message.en), message.en);
      }
      assert.match(messages[2].en, new RegExp(`^This ${en} takes no`));
    });
  }

  it('a free type word is named as written, in sentence case (GM012 on a "THƯ MỜI")', () => {
    const text = draft(example('hoi-nghi-sipas-2024')).replace(/^trich_yeu:/m, 'ten_loai: THƯ MỜI\ntrich_yeu:');
    const found = checkInvitation(text).problems.find((p) => p.code === 'GM012');
    assert.match(found?.message.vi ?? '', /^Thư mời chưa có số/);
  });

  it('GM026 on a Thông báo for a meeting without a chair says "Thông báo họp"', () => {
    const text = example('thong-bao-hop-phu-huynh-2025').replace(/^chu_tri:.*\n/m, '');
    const found = checkInvitation(text).problems.find((p) => p.code === 'GM026');
    if (found) assert.match(found.message.vi, /^Thông báo họp nên nêu người chủ trì/);
    else assert.fail('GM026 not reported once chu_tri is removed');
  });
});
