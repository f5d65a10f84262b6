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

  it('reminds a "1. Thành phần / 2. Thời gian / 3. Địa điểm" invitation without chair or contact, on its time', () => {
    const text = fixture('seed');
    single(text, 'GM026', 'information', 'Thời gian');
    single(text, 'GM027', 'information', 'Thời gian');
  });

  it('reminds an invitation giving `thoi_gian` and `dia_diem` in any shape, on `thoi_gian`', () => {
    const text = fixture('valid')
      .replace(/^toi_du: .*\n/m, '')
      .replace(/^kinh_moi: .*\n/m, '')
      .replace(/^chu_tri: .*\n/m, '');
    single(text, 'GM026', 'information', 'thoi_gian');
  });

  it('stays quiet on a complete invitation and on one that is no meeting (no time and place)', () => {
    assert.deepEqual([...problemsOf(fixture('valid'), 'GM026'), ...problemsOf(fixture('valid'), 'GM027')], []);
    const noMeeting = fixture('seed').replace(/ {2}- tieu_de: Địa điểm\n {4}noi_dung: .*\n/, '');
    assert.deepEqual([...problemsOf(noMeeting, 'GM026'), ...problemsOf(noMeeting, 'GM027')], []);
  });
});
