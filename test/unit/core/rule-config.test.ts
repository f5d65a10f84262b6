import * as assert from 'node:assert/strict';
import { configCandidates } from '../../../src/core/config/locate';
import { mergeRuleSettings } from '../../../src/core/config/merge';
import { parseRuleConfig } from '../../../src/core/config/rule-config';
import { covered, fixture, problemsOf } from '../rules/helpers';

const withConfig = (config: string) => mergeRuleSettings(parseRuleConfig(config).settings);

describe('rule configuration (giaymoi.config.yaml)', () => {
  it('turns a rule off, or changes its level', () => {
    const text = fixture('kinh-gui');
    assert.equal(problemsOf(text, 'GM029').length, 1);
    assert.deepEqual(problemsOf(text, 'GM029', withConfig('quy_tac:\n  GM029: off\n')), []);
    assert.equal(problemsOf(text, 'GM029', withConfig('quy_tac:\n  GM029: error\n'))[0].severity, 'error');
    assert.equal(
      problemsOf(text, 'GM029', withConfig('quy_tac:\n  GM029: { muc_do: info }\n'))[0].severity,
      'information',
    );
  });

  it("reads the notice period and the office's days off (GM017 options)", () => {
    const text = fixture('valid');
    assert.deepEqual(problemsOf(text, 'GM017'), []);
    const longer = problemsOf(text, 'GM017', withConfig('quy_tac:\n  GM017:\n    so_ngay_lam_viec: 30\n'));
    assert.equal(longer.length, 1);
    assert.match(longer[0].message.en, /at least 30/);
    // 10/5/2024 (Fri) to 17/5/2024: 5 working days; two office days off leave 3.
    assert.deepEqual(problemsOf(text, 'GM017', withConfig('quy_tac:\n  GM017: { so_ngay_lam_viec: 5 }\n')), []);
    const daysOff = withConfig(
      'quy_tac:\n  GM017: { so_ngay_lam_viec: 5, ngay_nghi_them: [2024-05-13, 2024-05-14] }\n',
    );
    assert.match(problemsOf(text, 'GM017', daysOff)[0].message.en, /Only 3 working day/);
  });

  it('never turns off a structural problem, and says so on the entry', () => {
    const config = 'quy_tac:\n  GM001: off\n  GM005: warning\n';
    const { problems, settings } = parseRuleConfig(config);
    assert.deepEqual(
      problems.map((p) => [p.code, covered(config, p)]),
      [
        ['GM037', 'off'],
        ['GM037', 'warning'],
      ],
    );
    assert.deepEqual(settings.severities, {});
    const broken = 'co_quan: [\n';
    assert.equal(problemsOf(broken, 'GM001', { severities: { GM001: 'off' } }).length, 1, 'even when asked directly');
  });

  it('reports each wrong entry on its exact range', () => {
    const config =
      'quy_tac:\n  GM29: off\n  GM017: { so_ngay: 5, so_ngay_lam_viec: 2 }\n  GM026: loud\n  GM013:\n    ngay_nghi_them: [2025-02-30]\nrules: {}\n';
    const found = parseRuleConfig(config).problems.map((p) => `${p.code} ${covered(config, p)}`);
    assert.deepEqual(found, [
      'GM036 GM29',
      'GM036 so_ngay',
      'GM036 2',
      'GM036 loud',
      'GM036 ngay_nghi_them',
      'GM036 rules',
    ]);
  });

  it('reads an empty file as no change, and broken YAML as GM001 on the configuration', () => {
    assert.deepEqual(parseRuleConfig('').problems, []);
    assert.deepEqual(parseRuleConfig('# chỉ có chú thích\n').problems, []);
    assert.equal(parseRuleConfig('quy_tac: [\n').problems[0].code, 'GM001');
  });

  it('puts the editor settings on top of the file, and adds up days off', () => {
    const file = parseRuleConfig(
      'quy_tac:\n  GM029: off\n  GM017: { so_ngay_lam_viec: 5, ngay_nghi_them: [2025-12-31] }\n',
    ).settings;
    const merged = mergeRuleSettings(file, { severities: { GM029: 'warning' }, extraDaysOff: ['2025-12-30'] });
    assert.deepEqual(merged, {
      minWorkingDays: 5,
      extraDaysOff: ['2025-12-31', '2025-12-30'],
      severities: { GM029: 'warning' },
    });
  });

  it("is looked for in the invitation's folder, then each folder above", () => {
    assert.deepEqual(configCandidates('/srv/vb/2025/hop.giaymoi.yaml'), [
      '/srv/vb/2025/giaymoi.config.yaml',
      '/srv/vb/giaymoi.config.yaml',
      '/srv/giaymoi.config.yaml',
      '/giaymoi.config.yaml',
    ]);
    assert.deepEqual(configCandidates('C:\\VB\\hop.giaymoi.yaml'), [
      'C:/VB/giaymoi.config.yaml',
      'C:/giaymoi.config.yaml',
    ]);
  });

  it('has a name that can never be read as an invitation', () => {
    assert.ok(!/\.giaymoi\.ya?ml$/.test('giaymoi.config.yaml'));
  });
});
