import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { datedTemplate, firstMeetingDay } from '../../src/core/authoring/new-invitation';
import {
  documentTypeChoices,
  NEW_INVITATION_PREFIX,
  snippetBody,
  templatePrefix,
} from '../../src/core/authoring/snippets';
import { checkInvitation } from '../../src/core/check/check';
import { expandSnippet } from './authoring/snippet-expand';

const json = readFileSync('snippets/giaymoi.code-snippets', 'utf8');
const snippets = JSON.parse(json) as Record<string, { prefix: string | string[]; body: string[]; description: string }>;
const WHOLE = ['giaymoi', 'giaymoi-hop', 'thong-bao', 'cong-dien'];
const prefixes = (s: { prefix: string | string[] }) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]);

describe('snippets', () => {
  it('is plain JSON (no comments) so the new-invitation command can read it', () => {
    assert.ok(Object.keys(snippets).length >= 20);
    assert.ok(snippetBody(json, NEW_INVITATION_PREFIX)?.startsWith('co_quan:'));
  });

  it('has a Vietnamese name and a description with Vietnamese and English for every snippet', () => {
    for (const [name, s] of Object.entries(snippets)) {
      assert.match(name, /[à-ỹÀ-Ỹđ]/u, `${name}: Vietnamese label`);
      assert.match(s.description, /^.+ · [A-Z].+/u, `${name}: "vi · en" description`);
    }
  });

  for (const [name, s] of Object.entries(snippets)) {
    it(`"${prefixes(s)[0]}" expands to valid YAML`, () => {
      const text = expandSnippet(s.body.join('\n'));
      assert.doesNotMatch(text, /\$\{?\w/, 'no snippet syntax left');
      const doc = parseDocument(text);
      assert.deepEqual(
        doc.errors.map((e) => e.message),
        [],
        `${name}:\n${text}`,
      );
    });
  }

  for (const prefix of WHOLE) {
    it(`the whole invitation "${prefix}" checks without any error`, () => {
      const body = snippetBody(json, prefix);
      assert.ok(body, prefix);
      const result = checkInvitation(expandSnippet(body));
      assert.deepEqual(
        result.problems.filter((p) => p.severity === 'error').map((p) => `${p.code} ${p.message.en}`),
        [],
      );
      assert.ok(result.invitation);
    });
  }

  it('dates the whole invitation today from snippet variables', () => {
    const text = expandSnippet(snippetBody(json, 'giaymoi') ?? '');
    assert.match(text, /^ngay: 2026-11-25$/m);
  });

  it('offers nguoi_ky for every signing authority and for the head signing without one', () => {
    const bodies = Object.values(snippets)
      .filter((s) => prefixes(s).some((p) => p.startsWith('nguoi_ky')))
      .map((s) => s.body.join('\n'));
    for (const authority of ['TM', 'KT', 'TL', 'TUQ', 'Q'])
      assert.ok(
        bodies.some((b) => b.includes(`quyen_han: ${authority}\n`)),
        authority,
      );
    assert.ok(bodies.some((b) => b.includes('${1|TM,KT,TL,TUQ,Q|}')));
    assert.ok(bodies.some((b) => !b.includes('quyen_han')));
  });

  it('ends nơi nhận with a quoted "Lưu: VT."', () => {
    for (const s of Object.values(snippets).filter((x) => x.body.some((line) => line.startsWith('noi_nhan:')))) {
      const text = expandSnippet(s.body.join('\n'));
      const list = parseDocument(text).toJS().noi_nhan as string[];
      assert.match(list[list.length - 1], /^Lưu: VT.*\.$/);
    }
  });
});

describe('"Giấy mời mới": the template dated at insertion', () => {
  const body = snippetBody(json, NEW_INVITATION_PREFIX) ?? '';
  const notice = { minWorkingDays: 3, extraDaysOff: [] as string[] };
  const day = (iso: string) => {
    const [year, month, d] = iso.split('-').map(Number);
    return { year, month, day: d };
  };
  const warningsOf = (text: string, options = notice) =>
    checkInvitation(text, options)
      .problems.filter((p) => p.severity !== 'hint' && p.severity !== 'information')
      .map((p) => `${p.code} ${p.message.en}`);

  it('puts the meeting 03 working days after issue (QĐ 45/2018): Monday → Thursday, Thursday → Tuesday', () => {
    assert.deepEqual(firstMeetingDay(day('2026-11-23'), notice), day('2026-11-26'));
    assert.deepEqual(firstMeetingDay(day('2026-11-26'), notice), day('2026-12-01'));
    assert.deepEqual(
      firstMeetingDay(day('2026-11-28'), notice),
      day('2026-12-03'),
      'issued on a Saturday: Mon, Tue, Wed count',
    );
  });

  it('skips public holidays: issued Fri 2026-04-24, with Mon 04-27 (Hùng Kings, moved from Sunday), 30/4 and 1/5 off → Mon 2026-05-04', () => {
    assert.deepEqual(firstMeetingDay(day('2026-04-24'), notice), day('2026-05-04'));
    assert.deepEqual(
      firstMeetingDay(day('2026-04-22'), notice),
      day('2026-04-28'),
      'Wed, Thu, Fri count; Mon 27 is off',
    );
  });

  it('follows the notice setting and the office days off', () => {
    assert.deepEqual(firstMeetingDay(day('2026-11-23'), { minWorkingDays: 5, extraDaysOff: [] }), day('2026-11-30'));
    assert.deepEqual(
      firstMeetingDay(day('2026-11-23'), { minWorkingDays: 3, extraDaysOff: ['2026-11-24'] }),
      day('2026-11-27'),
    );
  });

  it('dates ngay today and the meeting on that day, keeping the placeholders for the user to change', () => {
    const dated = datedTemplate(body, day('2026-11-26'), notice);
    assert.match(dated, /^ngay: \$\{4:2026-11-26\}$/m);
    assert.match(dated, /bat_dau: \$\{9:2026-12-01\} \$\{10:14:00\}/);
    assert.doesNotMatch(dated, /\$CURRENT_/);
  });

  for (const today of ['2026-11-23', '2026-11-27', '2026-12-31', '2027-02-04', '2026-04-29']) {
    it(`starts with no error and no warning when created on ${today}`, () => {
      assert.deepEqual(warningsOf(expandSnippet(datedTemplate(body, day(today), notice))), []);
    });
  }

  it('starts clean with a longer notice setting too (7 working days)', () => {
    const options = { minWorkingDays: 7, extraDaysOff: [] };
    assert.deepEqual(warningsOf(expandSnippet(datedTemplate(body, day('2026-11-23'), options)), options), []);
  });

  it('indents by 2 spaces, as the language defaults say', () => {
    const indents = body
      .split('\n')
      .map((l) => /^ */.exec(l)![0].length)
      .filter((n) => n > 0);
    assert.ok(indents.length > 0 && indents.every((n) => n % 2 === 0), String(indents));
    assert.ok(indents.includes(2));
  });
});

describe('"Giấy mời mới" with a type: the template of each Decree 30 type', () => {
  it('picks the Thông báo or Công điện template by the command argument, a Giấy mời otherwise', () => {
    assert.equal(templatePrefix(undefined), NEW_INVITATION_PREFIX);
    assert.equal(templatePrefix('giay_moi'), NEW_INVITATION_PREFIX);
    assert.equal(templatePrefix({ evil: true }), NEW_INVITATION_PREFIX);
    assert.equal(templatePrefix('constructor'), NEW_INVITATION_PREFIX);
    assert.match(snippetBody(json, templatePrefix('thong_bao')) ?? '', /^ten_loai: thong_bao/m);
    assert.match(snippetBody(json, templatePrefix('cong_dien')) ?? '', /^ten_loai: cong_dien/m);
  });

  it('offers the three Decree 30 types to pick, Giấy mời first, each with its model and abbreviation', () => {
    assert.deepEqual(documentTypeChoices(), [
      { type: 'giay_moi', name: 'Giấy mời', model: 'Mẫu 1.7 · GM' },
      { type: 'thong_bao', name: 'Thông báo', model: 'Mẫu 1.4 · TB' },
      { type: 'cong_dien', name: 'Công điện', model: 'Mẫu 1.6 · CĐ' },
    ]);
    for (const { type } of documentTypeChoices()) assert.ok(snippetBody(json, templatePrefix(type)));
  });
});
