import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { statusOf } from '../../../src/core/authoring/status';
import { checkInvitation } from '../../../src/core/check/check';
import { countEn } from '../../../src/core/model/plural';
import type { Problem } from '../../../src/core/model/problem';
import { EXPORT_MESSAGES } from '../../../src/export/messages';

describe('status bar state', () => {
  it('says "bản nháp" for the seed (no number, month-only date)', () => {
    const status = statusOf(checkInvitation(readFileSync('examples/hoi-nghi-sipas-2024.giaymoi.yaml', 'utf8')), 'vi');
    assert.equal(status.state, 'draft');
    assert.match(status.text, /bản nháp/);
  });

  it('says "sẵn sàng xuất" for a numbered, dated invitation', () => {
    const status = statusOf(
      checkInvitation(readFileSync('examples/so-tai-chinh-hop-du-toan-2025.giaymoi.yaml', 'utf8')),
      'en',
    );
    assert.equal(status.state, 'ready');
    assert.match(status.text, /ready to export/);
  });

  it('counts errors', () => {
    const status = statusOf(checkInvitation('co_quan: 1\n'), 'vi');
    assert.equal(status.state, 'errors');
    assert.match(status.text, /^\$\(error\) Giấy mời: \d+ lỗi$/);
  });
});

describe('counts in words: one error, two errors (English), "lỗi" either way (Vietnamese)', () => {
  const problem = (severity: Problem['severity']): Problem => ({
    code: 'GM001',
    severity,
    message: { vi: 'x', en: 'x' },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
  });
  const statusWith =
    (...severities: Problem['severity'][]) =>
    (language: 'vi' | 'en') =>
      statusOf({ problems: severities.map(problem), invitation: undefined }, language).text;

  it('says "1 error", never "1 errors" or "1 error(s)"', () => {
    assert.equal(statusWith('error')('en'), '$(error) Invitation: 1 error');
    assert.equal(statusWith('error', 'error')('en'), '$(error) Invitation: 2 errors');
    assert.equal(statusWith('error')('vi'), '$(error) Giấy mời: 1 lỗi');
  });

  it('says "1 warning" and "2 warnings" beside the draft state', () => {
    assert.match(statusWith('warning')('en'), / · 1 warning$/);
    assert.match(statusWith('warning', 'warning')('en'), / · 2 warnings$/);
    assert.match(statusWith('warning', 'warning')('vi'), / · 2 cảnh báo$/);
  });

  it('refuses an export with "1 error" and "3 warnings" in English, and no "(s)" anywhere', () => {
    assert.match(EXPORT_MESSAGES.refusedErrors('a.giaymoi.yaml', 1).en, /has 1 error\. /);
    assert.match(EXPORT_MESSAGES.refusedErrors('a.giaymoi.yaml', 2).en, /has 2 errors\. /);
    assert.match(EXPORT_MESSAGES.refusedWarnings('a.giaymoi.yaml', 1).en, /has 1 warning \(/);
    assert.match(EXPORT_MESSAGES.refusedWarnings('a.giaymoi.yaml', 3).en, /has 3 warnings \(/);
    assert.match(EXPORT_MESSAGES.refusedErrors('a.giaymoi.yaml', 1).vi, /còn 1 lỗi /);
    assert.equal(countEn(1, 'file'), '1 file');
    assert.equal(countEn(0, 'file'), '0 files');
  });
});
