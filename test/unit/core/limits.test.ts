/**
 * Issue 31, item 3: where a real invitation or configuration never needs more,
 * the check stops listing and says so once (40,000 unknown keys printed 40,000
 * lines; a configuration of 40,000 codes as many).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkInvitation } from '../../../src/core/check/check';
import { MAX_CONFIG_ENTRIES, parseRuleConfig } from '../../../src/core/config/rule-config';
import { MAX_UNKNOWN_KEYS_LISTED } from '../../../src/core/parse/parse';

const EXAMPLE = readFileSync(join(__dirname, '../../../examples/so-tai-chinh-hop-du-toan-2025.giaymoi.yaml'), 'utf8');
const lines = (count: number, line: (i: number) => string) => Array.from({ length: count }, (_, i) => line(i)).join('');

describe('limits on keys and configuration entries (issue 31)', () => {
  it('lists the first unknown keys of a mapping, then says how many more there are, once', () => {
    const extra = MAX_UNKNOWN_KEYS_LISTED + 250;
    const problems = checkInvitation(EXAMPLE + lines(extra, (i) => `khoa_la_${i}: x\n`)).problems.filter(
      (p) => p.code === 'GM003',
    );
    assert.equal(problems.length, MAX_UNKNOWN_KEYS_LISTED + 1);
    const summary = problems.find((p) => p.message.en.includes('more unknown fields'));
    assert.ok(summary);
    assert.match(summary.message.vi, /^Còn 250 trường lạ khác trong giấy mời/);
    assert.equal(summary.range.start.line, EXAMPLE.split('\n').length - 1 + MAX_UNKNOWN_KEYS_LISTED);
  });

  it('lists every unknown key when there are few', () => {
    const problems = checkInvitation(`${EXAMPLE}khoa_la: x\n`).problems.filter((p) => p.code === 'GM003');
    assert.equal(problems.length, 1);
  });

  it('reads the first entries of a huge `quy_tac` and says the rest are not read, once', () => {
    const result = parseRuleConfig(
      `quy_tac:\n  GM029: off\n${lines(MAX_CONFIG_ENTRIES + 10, (i) => `  XX${i}: off\n`)}`,
    );
    assert.equal(result.settings.severities.GM029, 'off');
    assert.equal(result.problems.length, MAX_CONFIG_ENTRIES);
    assert.match(result.problems[MAX_CONFIG_ENTRIES - 1].message.vi, /^`quy_tac` có 511 mục, nhiều hơn 500/);
    assert.equal(result.problems[MAX_CONFIG_ENTRIES - 1].range.start.line, MAX_CONFIG_ENTRIES + 1);
  });
});
