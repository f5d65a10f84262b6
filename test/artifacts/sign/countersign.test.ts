/**
 * `giaymoi sign` on a signed PDF, judged by poppler's pdfsig: the leader signs
 * with the signature image, the văn thư countersigns with the agency's seal
 * (NĐ 30/2020, PL I, Phần I, Mục II, k.8-a). Both signatures must be valid,
 * the first covering its revision and the last the whole file; a byte changed
 * in the first revision must break the first; a file another program signed
 * must be countersignable; a certification that allows no change is refused.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeCertifiedPdf, makeP12, makePdf, makePng, signElsewhere } from '../../unit/sign/fixtures';

const BIN = join(__dirname, '../../../bin/giaymoi.js');

function giaymoi(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, GIAYMOI_COMPILE_CACHE: 'off', GIAYMOI_P12_PASSWORD: 'mat khau' },
  });
}

/** pdfsig's report, one block of lines per signature. */
function signatures(file: string): string[] {
  const report = spawnSync('pdfsig', [file], { encoding: 'utf8' }).stdout;
  return report.split(/^Signature #\d+:$/m).slice(1);
}

describe('giaymoi sign on a signed PDF (countersigning), verified by pdfsig', function () {
  this.timeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'giaymoi-countersign-'));
  const file = (name: string) => join(dir, name);

  before(async () => {
    writeFileSync(file('leader.p12'), makeP12({ password: 'mat khau' }));
    writeFileSync(file('agency.p12'), makeP12({ password: 'mat khau', commonName: 'UBND Tỉnh Thử' }));
    writeFileSync(file('giay-moi.pdf'), await makePdf());
    writeFileSync(file('elsewhere.pdf'), await signElsewhere());
    writeFileSync(file('certified.pdf'), await makeCertifiedPdf(1));
    writeFileSync(file('chu-ky.png'), makePng(300, 100));
    writeFileSync(file('con-dau.png'), makePng(120, 120, 200, [220, 0, 0, 150]));
  });

  it('the leader signs, the văn thư countersigns with the seal: two valid signatures', () => {
    const first = giaymoi(['sign', file('giay-moi.pdf'), '--p12', file('leader.p12'), '--anh', file('chu-ky.png')]);
    assert.equal(first.status, 0, first.stderr);
    const args = ['sign', file('giay-moi.signed.pdf'), '--p12', file('agency.p12'), '--dau', file('con-dau.png')];
    const second = giaymoi([...args, '-o', file('both.pdf')]);
    assert.equal(second.status, 0, second.stderr);
    assert.match(second.stderr, /tệp có 2 chữ ký, các chữ ký trước vẫn nguyên/);
    const [leader, agency, more] = signatures(file('both.pdf'));
    assert.equal(more, undefined);
    assert.match(leader, /Signature Field Name: ChuKySo\n/);
    assert.match(leader, /Not total document signed/);
    assert.match(leader, /Signature Validation: Signature is Valid\./);
    assert.match(agency, /Signer Certificate Common Name: UBND Tỉnh Thử/);
    assert.match(agency, /Total document signed/);
    assert.match(agency, /Signature Validation: Signature is Valid\./);
  });

  it('the countersigned file begins with the signed file, byte for byte', () => {
    const signed = readFileSync(file('giay-moi.signed.pdf'));
    const both = readFileSync(file('both.pdf'));
    assert.ok(both.length > signed.length);
    assert.ok(both.subarray(0, signed.length).equals(signed));
  });

  it('one byte changed in the first revision breaks the first signature', () => {
    const both = Buffer.from(readFileSync(file('both.pdf')));
    both[100] ^= 1; // within the first signature's first range, [0 - …]
    writeFileSync(file('changed.pdf'), both);
    const [leader] = signatures(file('changed.pdf'));
    assert.doesNotMatch(leader, /Signature is Valid\./);
  });

  it('countersigns a PDF another program signed (cross-reference stream): both valid', () => {
    const run = giaymoi(['sign', file('elsewhere.pdf'), '--p12', file('agency.p12'), '--dau', file('con-dau.png')]);
    assert.equal(run.status, 0, run.stderr);
    const found = signatures(file('elsewhere.signed.pdf'));
    assert.equal(found.length, 2);
    for (const block of found) assert.match(block, /Signature Validation: Signature is Valid\./);
    assert.match(found[1], /Total document signed/);
  });

  it('refuses a PDF certified with no changes allowed, in one line, exit 2', () => {
    const run = giaymoi(['sign', file('certified.pdf'), '--p12', file('agency.p12'), '--lang', 'en']);
    assert.equal(run.status, 2);
    assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
    assert.match(run.stderr, /certified\.pdf: the PDF is certified by a signature that allows no changes/);
  });
});
