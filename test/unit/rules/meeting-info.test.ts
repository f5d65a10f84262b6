import * as assert from 'node:assert/strict';
import { fixture, problemsOf, single } from './helpers';

describe('meeting information (GM026, GM027)', () => {
  it('a Mẫu 1.7 invitation without chair or contact point gets information', () => {
    const text = fixture('no-chu-tri');
    single(text, 'GM026', 'information', 'toi_du');
    single(text, 'GM027', 'information', 'toi_du');
  });

  it('recognises a chair and contact named in sections', () => {
    const text = fixture('chu-tri-in-section');
    assert.deepEqual([...problemsOf(text, 'GM026'), ...problemsOf(text, 'GM027')], []);
  });

  it('stays quiet on the seed and on a complete invitation', () => {
    for (const name of ['seed', 'valid']) assert.deepEqual([...problemsOf(fixture(name), 'GM026'), ...problemsOf(fixture(name), 'GM027')], []);
  });
});
