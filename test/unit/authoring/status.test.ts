import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { statusOf } from '../../../src/core/authoring/status';
import { checkInvitation } from '../../../src/core/check';

describe('status bar state', () => {
  it('says "bản nháp" for the seed (no number, month-only date)', () => {
    const status = statusOf(checkInvitation(readFileSync('examples/hoi-nghi-sipas-2024.giaymoi.yaml', 'utf8')), 'vi');
    assert.equal(status.state, 'draft');
    assert.match(status.text, /bản nháp/);
  });

  it('says "sẵn sàng xuất" for a numbered, dated invitation', () => {
    const status = statusOf(checkInvitation(readFileSync('examples/so-tai-chinh-hop-du-toan-2025.giaymoi.yaml', 'utf8')), 'en');
    assert.equal(status.state, 'ready');
    assert.match(status.text, /ready to export/);
  });

  it('counts errors', () => {
    const status = statusOf(checkInvitation('co_quan: 1\n'), 'vi');
    assert.equal(status.state, 'errors');
    assert.match(status.text, /^\$\(error\) Giấy mời: \d+ lỗi$/);
  });
});
