import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { freeName, newInvitationFileName, templateSubject } from '../../../src/features/new-invitation-name';

/** What Windows refuses in a name (besides control characters). */
const WINDOWS_REFUSES = /[<>:"/\\|?*]/;

describe('features: the name a new invitation is saved under (issue 32, item 5)', () => {
  it('is its date and trích yếu in ASCII words, never the first line "co_quan:"', () => {
    assert.equal(newInvitationFileName('2025-03-20', 'Dự Hội nghị …'), '2025-03-20-du-hoi-nghi.giaymoi.yaml');
    assert.equal(
      newInvitationFileName('2025-03-20', 'Về việc: họp "giao ban" <quý I>/2025?'),
      '2025-03-20-ve-viec-hop-giao-ban-quy-i-2025.giaymoi.yaml',
    );
    assert.equal(newInvitationFileName('2025-03-20', ' … '), '2025-03-20.giaymoi.yaml');
    const long = newInvitationFileName('2025-03-20', 'Đường '.repeat(40));
    assert.ok(long.length < 90 && !WINDOWS_REFUSES.test(long), long);
  });

  it("takes the trích yếu the template proposes, from the snippet's tab stop", () => {
    const snippets = JSON.parse(readFileSync('snippets/giaymoi.code-snippets', 'utf8')) as Record<
      string,
      { prefix: string; body: string[] }
    >;
    const body = Object.values(snippets)
      .find((s) => s.prefix === 'giaymoi')!
      .body.join('\n');
    assert.equal(templateSubject(body), 'Dự Hội nghị …');
    assert.equal(templateSubject('trich_yeu: Họp giao ban\n'), 'Họp giao ban');
  });

  it('takes the next free name when one is taken', async () => {
    const taken = new Set(['2025-03-20-hop.giaymoi.yaml', '2025-03-20-hop-2.giaymoi.yaml']);
    assert.equal(
      await freeName('2025-03-20-hop.giaymoi.yaml', async (n) => taken.has(n)),
      '2025-03-20-hop-3.giaymoi.yaml',
    );
  });
});
