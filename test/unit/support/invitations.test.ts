import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkInvitation } from '../../../src/core/check/check';
import {
  longInvitation,
  previewInvitation,
  withBulletLines,
  withInvitees,
  withLongParagraph,
} from '../../support/invitations.mjs';

const example = (name: string) => readFileSync(join(__dirname, '../../../examples', `${name}.giaymoi.yaml`), 'utf8');
const errors = (text: string) =>
  checkInvitation(text)
    .problems.filter((p) => p.severity === 'error')
    .map((p) => `${p.code} ${p.message.en}`);

describe('the shared builder of generated invitations (tests and benches)', () => {
  it("builds the UI tests' long file: about 1,000 lines, lines up to ~276 characters, no error, the same on every call", () => {
    const text = longInvitation();
    const lines = text.split('\n');
    assert.ok(lines.length >= 990 && lines.length <= 1010, `${lines.length} lines`);
    assert.ok(Math.max(...lines.map((l) => l.length)) > 250);
    assert.deepEqual(errors(text), []);
    assert.equal(longInvitation(), text);
  });

  it("builds the preview tests' invitation with its contact block and as many paragraphs as asked", () => {
    const text = previewInvitation(40);
    assert.equal(checkInvitation(text).invitation?.mo_dau?.length, 40);
    assert.match(text, /^lien_he:$/m);
    assert.deepEqual(errors(text), []);
  });

  it('reshapes the examples: invitees, bullet lines, one long opening paragraph', () => {
    const invitees = checkInvitation(withInvitees(example('so-tai-chinh-hop-du-toan-2025'), 7)).invitation?.kinh_moi;
    assert.deepEqual(
      invitees,
      Array.from({ length: 7 }, (_, i) => `Giám đốc Công ty số ${i + 1}`),
    );
    const bullets = withBulletLines(example('hoi-nghi-sipas-2024'), 30);
    assert.equal(bullets.match(/^ {6}- "Nội dung thứ \d+:/gm)?.length, 30);
    assert.deepEqual(errors(bullets), []);
    const paragraph = checkInvitation(withLongParagraph(example('hoi-nghi-sipas-2024'), 5_000)).invitation?.mo_dau;
    assert.ok(typeof paragraph === 'string' && paragraph.length >= 5_000);
  });
});
