import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { invitationJsonSchema } from '../../../src/core/schema/schema';
import { fieldsAt } from '../../../src/core/schema/schema-info';

describe('JSON Schema', () => {
  it('schemas/giaymoi.schema.json is what the zod model generates (run `npm run schema` when this fails)', () => {
    const checkedIn = JSON.parse(readFileSync('schemas/giaymoi.schema.json', 'utf8'));
    assert.deepEqual(checkedIn, JSON.parse(JSON.stringify(invitationJsonSchema())));
  });

  it('gives every field a Vietnamese and an English description', () => {
    const paths: (string | number)[][] = [
      [],
      ['co_quan'],
      ['nguoi_ky'],
      ['muc', 0],
      ['muc', 0, 'muc', 0],
      ['thoi_gian'],
      ['lien_he'],
      ['dau_moi_lien_he'],
    ];
    for (const path of paths) {
      for (const field of fieldsAt(path)) {
        assert.notEqual(field.description.vi, field.name, `${path.join('.')}.${field.name} has no description`);
        assert.ok(field.description.en.length > 0);
      }
    }
  });

  it("accepts kinh_moi's list form { danh_sach, dong } beside its lines (issue 25: the list form from zod, not a patch that fell off)", () => {
    const schema = invitationJsonSchema() as {
      properties: Record<string, unknown>;
      definitions: Record<string, unknown>;
    };
    const resolve = (node: any): any =>
      node?.$ref
        ? resolve(schema.definitions[node.$ref.split('/').pop()])
        : node?.allOf?.length === 1
          ? resolve(node.allOf[0])
          : node;
    const branches = resolve(schema.properties.kinh_moi).anyOf.map(resolve);
    const listForm = branches.find((b: any) => b.type === 'object');
    assert.ok(listForm, JSON.stringify(branches));
    assert.deepEqual(listForm.required, ['danh_sach', 'dong']);
    assert.equal(listForm.additionalProperties, false);
    assert.ok(listForm.description && listForm['x-description-en']);
  });

  it('lets a patterned field (a date) hold a {{column}} that a list row fills in', () => {
    const schema = invitationJsonSchema() as {
      properties: Record<string, unknown>;
      definitions: Record<string, unknown>;
    };
    const resolve = (node: any): any =>
      node?.$ref
        ? resolve(schema.definitions[node.$ref.split('/').pop()])
        : node?.allOf?.length === 1
          ? resolve(node.allOf[0])
          : node;
    const pattern = new RegExp(resolve(schema.properties.ngay).pattern);
    assert.ok(pattern.test('2025-05-17') && pattern.test('{{Ngày}}') && !pattern.test('17/5/2025'));
  });

  it('is contributed for Red Hat YAML through yamlValidation', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    assert.equal(pkg.contributes.yamlValidation[0].url, './schemas/giaymoi.schema.json');
  });
});
