import * as assert from 'node:assert/strict';
import { fixture, problemsOf, single } from './helpers';

describe('"Kính gửi" in a Giấy mời (GM029)', () => {
  it('flags the words themselves', () => {
    single(fixture('kinh-gui'), 'GM029', 'warning', 'Kính gửi');
  });

  it('leaves "trân trọng kính mời" and the verb in a sentence alone', () => {
    assert.deepEqual(problemsOf(fixture('seed'), 'GM029'), []);
    const verb = fixture('valid').replace(/^mo_dau: .*$/m, 'mo_dau: Báo cáo đã kính gửi UBND tỉnh ngày 02/5/2024.');
    assert.deepEqual(problemsOf(verb, 'GM029'), []);
  });
});
