/**
 * A structural error hides no rule that can still run (issue 29, item 8): the
 * first check of a file with one mistake shows what the rules find, on the
 * text the user wrote, not only the mistake.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkInvitation } from '../../../src/core/check';
import type { Problem } from '../../../src/core/model/problem';

const FIXTURE = readFileSync(join(__dirname, '../../fixtures/rules/agency-lower-case.giaymoi.yaml'), 'utf8');
const EXAMPLE = readFileSync(join(__dirname, '../../../examples/hoi-nghi-sipas-2024.giaymoi.yaml'), 'utf8');
const WEEKDAY_IN_TITLE = 'trich_yeu: Dự Hội nghị (thứ Hai, 17/5/2024): cải cách';

/** Each problem as its code and the text its range covers in `text`. */
function found(text: string): string[] {
  const lines = text.split('\n');
  const covered = (p: Problem) => lines[p.range.start.line].slice(p.range.start.character, p.range.end.character);
  return checkInvitation(text).problems.map((p) => `${p.code} ${p.range.start.line + 1}:${covered(p)}`);
}

describe('check: a structural error hides no rule that can still run', () => {
  it('a misspelt required key: the rules report what they report once it is fixed', () => {
    const misspelt = EXAMPLE.replace(/^dia_danh:/m, 'dia_danhh:');
    const codes = checkInvitation(misspelt).problems.map((p) => p.code);
    assert.deepEqual(
      codes.filter((c) => c !== 'GM003' && c !== 'GM004'),
      checkInvitation(EXAMPLE).problems.map((p) => p.code),
    );
    assert.ok(codes.includes('GM003') && codes.includes('GM004'), codes.join(' '));
  });

  it('an unknown key: the rules still run, and a finding on the misspelt line is placed on the written value', () => {
    const misspelt = FIXTURE.replace('  ten:', '  tenn:') + 'ghi_chuu: x\n';
    assert.deepEqual(
      found(misspelt).filter((f) => f.startsWith('GM024')),
      ['GM024 3:UBND tỉnh Lạng Sơn', 'GM024 4:Ủy ban nhân dân huyện Bắc Sơn'],
    );
  });

  it('a colon in a value (a YAML error): the rules run on the quoted text, their findings on the words written', () => {
    const broken = FIXTURE.replace('trich_yeu: Dự Hội nghị cải cách hành chính', WEEKDAY_IN_TITLE);
    const all = found(broken);
    assert.ok(all.includes('GM015 9:thứ Hai'), all.join('\n'));
    assert.ok(all.includes('GM024 4:Ủy ban nhân dân huyện Bắc Sơn'), all.join('\n'));
  });

  it('a YAML error no longer hides the schema’s problems behind it', () => {
    const broken = FIXTURE.replace('dia_danh:', 'dia_danhh:').replace(
      'trich_yeu: Dự Hội nghị cải cách hành chính',
      WEEKDAY_IN_TITLE,
    );
    const all = found(broken);
    assert.ok(all.includes('GM003 7:dia_danhh'), all.join('\n'));
    assert.ok(all.includes('GM015 9:thứ Hai'), all.join('\n'));
  });

  it('a required part missing with no fix to apply: the rules that read the model wait, the text rules run', () => {
    const codes = checkInvitation(
      FIXTURE.replace(/^trich_yeu:.*\n/m, '') + 'mo_dau: Họp ngày 17/5/2024 (thứ Năm).\n',
    ).problems.map((p) => p.code);
    assert.ok(codes.includes('GM005') && codes.includes('GM015'), codes.join(' ')); // GM005: trich_yeu is missing
    assert.ok(!codes.includes('GM024'), codes.join(' '));
  });
});
