import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkInvitation } from '../../../src/core/check/check';
import { RULE_CODES } from '../../../src/core/rules/catalog';
import { RULES } from '../../../src/core/rules';
import { checkFile } from '../../support/list-beside';
import { assertClean, fixture } from './helpers';

describe('rules on valid invitations', () => {
  it('report only information on the seed (draft; QĐ 45 chair and contact of a meeting)', () => {
    const codes = checkInvitation(fixture('seed')).problems.map((p) => `${p.code} ${p.severity}`);
    assert.deepEqual(codes, ['GM012 information', 'GM013 information', 'GM026 information', 'GM027 information']);
  });

  it('report nothing on a complete, dated invitation', () => {
    assertClean(fixture('valid'));
  });

  it('report no error or warning on the examples', () => {
    const dir = join(__dirname, '../../../examples');
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.giaymoi.yaml'))) {
      const problems = checkFile(join(dir, name)).problems.filter((p) => p.severity !== 'information');
      assert.deepEqual(
        problems.map((p) => `${p.code} ${p.message.en}`),
        [],
        name,
      );
    }
  });

  it('cover every rule code of the catalog', () => {
    const registered = new Set(RULES.flatMap((rule) => rule.codes));
    assert.deepEqual(
      Object.values(RULE_CODES).filter((code) => !registered.has(code)),
      [],
    );
  });

  it('still run the text rules when the schema check fails', () => {
    const codes = checkInvitation(fixture('schema-broken-weekday')).problems.map((p) => p.code);
    assert.ok(codes.includes('GM003'));
    assert.ok(codes.includes(RULE_CODES.weekdayMismatch));
    assert.ok(codes.includes(RULE_CODES.textInVni));
  });
});
