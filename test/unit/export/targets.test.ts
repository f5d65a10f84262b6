import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  alternativeTarget,
  defaultTarget,
  expandOutputFolder,
  mergeFolder,
  sourceStem,
} from '../../../src/export/targets';

describe('export: targets', () => {
  it('writes beside the source, named after it', () => {
    assert.equal(sourceStem('/a/hoi-nghi.giaymoi.yaml'), 'hoi-nghi');
    assert.equal(sourceStem('/a/x.giaymoi.yml'), 'x');
    assert.equal(defaultTarget('/a/b/hoi-nghi.giaymoi.yaml'), join('/a/b', 'hoi-nghi.docx'));
  });

  it("expands the output folder setting's variables", () => {
    const vars = { fileDirname: '/w/src', fileBasenameNoExtension: 'hoi-nghi.giaymoi', workspaceFolder: '/w' };
    assert.equal(expandOutputFolder('${fileDirname}', vars), '/w/src');
    assert.equal(
      expandOutputFolder('${workspaceFolder}/xuat/${fileBasenameNoExtension}', vars),
      '/w/xuat/hoi-nghi.giaymoi',
    );
    assert.equal(expandOutputFolder('out', vars), '/w/src/out');
    assert.equal(expandOutputFolder('', vars), '/w/src');
    assert.equal(expandOutputFolder('${workspaceFolder}', { ...vars, workspaceFolder: undefined }), '/w/src');
  });

  it('puts a mail merge into its own folder inside the output folder, "<name> (trộn thư)" (issue 32)', () => {
    assert.equal(mergeFolder('/w/src', '/w/src/hoi-nghi.giaymoi.yaml'), join('/w/src', 'hoi-nghi (trộn thư)'));
    assert.equal(mergeFolder('/w/out', '/w/src/Sở Y tế.giaymoi.yaml', true), join('/w/out', 'So Y te (tron thu)'));
    const long = mergeFolder('/w', `/w/${'hội nghị '.repeat(40)}.giaymoi.yaml`);
    assert.match(long, / \(trộn thư\)$/);
    assert.ok(Buffer.byteLength(long.slice(3)) <= 120);
  });

  it('offers "-1", "-2" alternatives', () => {
    assert.equal(alternativeTarget('/a/x.docx', 1), '/a/x-1.docx');
    assert.equal(alternativeTarget('/a/x (tất cả).docx', 2), '/a/x (tất cả)-2.docx');
  });
});
