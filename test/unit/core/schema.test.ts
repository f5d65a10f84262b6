import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { invitationJsonSchema } from '../../../src/core/schema';
import { fieldsAt } from '../../../src/core/schema-info';

describe('JSON Schema', () => {
  it('schemas/giaymoi.schema.json is what the zod model generates (run `npm run schema` when this fails)', () => {
    const checkedIn = JSON.parse(readFileSync('schemas/giaymoi.schema.json', 'utf8'));
    assert.deepEqual(checkedIn, JSON.parse(JSON.stringify(invitationJsonSchema())));
  });

  it('gives every field a Vietnamese and an English description', () => {
    const paths: (string | number)[][] = [[], ['co_quan'], ['nguoi_ky'], ['muc', 0], ['muc', 0, 'muc', 0], ['thoi_gian'], ['lien_he'], ['dau_moi_lien_he']];
    for (const path of paths) {
      for (const field of fieldsAt(path)) {
        assert.notEqual(field.description.vi, field.name, `${path.join('.')}.${field.name} has no description`);
        assert.ok(field.description.en.length > 0);
      }
    }
  });

  it('is contributed for Red Hat YAML through yamlValidation', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    assert.equal(pkg.contributes.yamlValidation[0].url, './schemas/giaymoi.schema.json');
  });
});
