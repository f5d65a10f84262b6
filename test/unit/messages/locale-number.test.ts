/** localeNumber writes numbers as toLocaleString('vi' / 'en') does, without loading the ICU locale data. */
import * as assert from 'node:assert/strict';
import { localeNumber } from '../../../src/core/messages';

describe('messages: numbers in each language', () => {
  it('groups thousands and writes decimals as Vietnamese and English do', () => {
    assert.deepEqual(localeNumber(1234567.891), { vi: '1.234.567,891', en: '1,234,567.891' });
    assert.deepEqual(localeNumber(1000), { vi: '1.000', en: '1,000' });
    assert.deepEqual(localeNumber(999), { vi: '999', en: '999' });
    assert.deepEqual(localeNumber(0.5), { vi: '0,5', en: '0.5' });
  });

  it('agrees with toLocaleString on integers, fractions and negatives', () => {
    const values = [0, 7, 12.3, 100, 1001, 65536, 1_048_576, 2.0004, 2.0005, 3.14159, -1234.5, 10_000_000, 123456.7];
    for (const value of values)
      assert.deepEqual(
        localeNumber(value),
        { vi: value.toLocaleString('vi'), en: value.toLocaleString('en') },
        String(value),
      );
  });
});
