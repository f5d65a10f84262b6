/**
 * Issue 31, item 3: checking was quadratic in the number of keys (a 389 KB
 * source of 40,000 top-level keys took 80 s, a configuration of 40,000
 * unknown codes 17 s): yaml's duplicate-key check and the lookup of each
 * unknown key's range both scanned the whole mapping. Both must grow linearly.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkInvitation } from '../../../src/core/check/check';
import { parseRuleConfig } from '../../../src/core/config/rule-config';
import { describeGrowth, growthPerDoubling, MAX_PER_DOUBLING } from './doubling';

const EXAMPLE = readFileSync(join(__dirname, '../../../examples/so-tai-chinh-hop-du-toan-2025.giaymoi.yaml'), 'utf8');

const keys = (count: number, line: (i: number) => string) => Array.from({ length: count }, (_, i) => line(i)).join('');
let runs = 0;
/** Checks `text` afresh: parseInvitation keeps the last text's result, so each run's text differs by a first comment line. */
const checkAfresh = (text: string) => checkInvitation(`# ${(runs += 1)}\n${text}`);

describe('many keys are checked in linear time (issue 31)', () => {
  it('checks an invitation with thousands of unknown top-level keys in time linear in their number', function () {
    this.timeout(300_000);
    const growth = growthPerDoubling(2000, (n) => EXAMPLE + keys(n, (i) => `k${i}: v\n`), checkAfresh);
    console.log(`      ${describeGrowth('check, 2,000 → 8,000 unknown keys', growth)}`);
    assert.ok(growth.perDoubling < MAX_PER_DOUBLING, describeGrowth('checking grows faster than linearly', growth));
  });

  it('still reports a repeated key, on the whole key (GM002)', () => {
    const result = checkInvitation(`${EXAMPLE}k1: a\nk2: b\nk1: c\n`);
    const repeated = result.problems.filter((p) => p.code === 'GM002');
    assert.equal(repeated.length, 1);
    assert.match(repeated[0].message.en, /`k1`/);
  });

  it('reads a configuration with thousands of unknown codes in time linear in their number', function () {
    this.timeout(300_000);
    const growth = growthPerDoubling(
      5000,
      (n) => `quy_tac:\n${keys(n, (i) => `  XX${i}: off\n`)}`,
      (text) => parseRuleConfig(text),
    );
    console.log(`      ${describeGrowth('configuration, 5,000 → 20,000 unknown codes', growth)}`);
    assert.ok(
      growth.perDoubling < MAX_PER_DOUBLING,
      describeGrowth('reading the configuration grows faster than linearly', growth),
    );
  });
});
