import * as assert from 'node:assert/strict';
import { checkInvitation } from '../../../src/core/check/check';
import { admitExport } from '../../../src/export/plan-export';
import { applyFix, fixture, problemsOf, single } from './helpers';

const BLOCK = fixture('valid').replace('  ho_ten: Hoàng Thị Lan', '  cho_ky: "(Chữ ký, dấu)"\n  ho_ten: Hoàng Thị Lan');

describe('signature placeholder (GM057)', () => {
  it('warns on a cho_ky left in the signature space, and the fix removes the key', () => {
    const p = single(BLOCK, 'GM057', 'warning', '"(Chữ ký, dấu)"');
    assert.match(p.message.vi, /xóa `cho_ky` trước khi ký ban hành/i);
    const fixed = applyFix(BLOCK, p.fixes![0]);
    assert.equal(fixed, fixture('valid'));
    assert.deepEqual(problemsOf(fixed, 'GM057'), []);
  });

  it('removes the entry from a flow mapping too, leaving valid YAML', () => {
    const flow = fixture('valid').replace(
      /nguoi_ky:\n(?: {2}.*\n)+/,
      'nguoi_ky: { quyen_han: KT, chuc_vu_thay: GIÁM ĐỐC, chuc_vu: PHÓ GIÁM ĐỐC, cho_ky: (Chữ ký), ho_ten: Hoàng Thị Lan }\n',
    );
    const [p] = problemsOf(flow, 'GM057');
    const fixed = applyFix(flow, p.fixes![0]);
    assert.match(fixed, /chuc_vu: PHÓ GIÁM ĐỐC, ho_ten: Hoàng Thị Lan \}/);
    assert.ok(checkInvitation(fixed).invitation, 'still a valid invitation');
  });

  it('blocks the export unless drafts are allowed', () => {
    const admitted = admitExport(BLOCK, { allowWarnings: false });
    const refusal = admitted.ok ? undefined : admitted.refusal;
    assert.ok(refusal && !refusal.ok && refusal.refused === 'warnings');
    assert.deepEqual(
      refusal.problems.map((p) => p.code),
      ['GM057'],
    );
    assert.ok(admitExport(BLOCK, { allowWarnings: true }).ok);
    assert.ok(admitExport(fixture('valid'), { allowWarnings: false }).ok);
  });

  it('says nothing without the key', () => {
    assert.deepEqual(problemsOf(fixture('valid'), 'GM057'), []);
  });
});
