/**
 * `giaymoi sign` end to end, judged by poppler's pdfsig: a throwaway
 * certificate made now signs a PDF that keeps the renderer's contract (and one
 * saved without a field, at --rect); pdfsig must find the signature valid and
 * covering the whole document. A byte changed afterwards must make it invalid
 * (the check can fail), and an expired certificate must be refused in one line.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeP12, makePdf, makePng } from '../../unit/sign/fixtures';

const ROOT = join(__dirname, '../../..');
const BIN = join(ROOT, 'bin/giaymoi.js');

function giaymoi(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, GIAYMOI_COMPILE_CACHE: 'off', ...env },
  });
}

const pdfsig = (file: string) => spawnSync('pdfsig', [file], { encoding: 'utf8' }).stdout;

describe('giaymoi sign, verified by pdfsig', function () {
  this.timeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'giaymoi-sign-'));
  const file = (name: string) => join(dir, name);

  before(async () => {
    writeFileSync(file('cert.p12'), makeP12({ password: 'mat khau' }));
    writeFileSync(
      file('expired.p12'),
      makeP12({ password: 'x', notBefore: new Date('2020-01-01'), notAfter: new Date('2021-01-01') }),
    );
    writeFileSync(file('giay-moi.pdf'), await makePdf());
    writeFileSync(file('word.pdf'), await makePdf({ field: false }));
    writeFileSync(file('chu-ky.png'), makePng(300, 100));
    writeFileSync(file('con-dau.png'), makePng(120, 120, 200, [220, 0, 0, 150]));
  });

  it('signs the renderer field with the text appearance: valid, the whole document signed', () => {
    const run = giaymoi(['sign', file('giay-moi.pdf'), '--p12', file('cert.p12')], {
      GIAYMOI_P12_PASSWORD: 'mat khau',
    });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /Đã ký: .*giay-moi\.signed\.pdf \(ô ChuKySo, trang 1, người ký Nguyễn Văn A\)/);
    const report = pdfsig(file('giay-moi.signed.pdf'));
    assert.match(report, /Signature Field Name: ChuKySo/);
    assert.match(report, /Signer Certificate Common Name: Nguyễn Văn A/);
    assert.match(report, /Signature Type: ETSI\.CAdES\.detached/);
    assert.match(report, /Signing Hash Algorithm: SHA-256/);
    assert.match(report, /Total document signed/);
    assert.match(report, /Signature Validation: Signature is Valid\./);
  });

  it('signs with the signature and seal images, and a field added at --rect, valid', () => {
    const run = giaymoi([
      'sign',
      file('word.pdf'),
      '--p12',
      file('cert.p12'),
      '--password',
      'mat khau',
      '-o',
      file('word-signed.pdf'),
      '--anh',
      file('chu-ky.png'),
      '--dau',
      file('con-dau.png'),
      '--rect',
      '330,300,210,90',
    ]);
    assert.equal(run.status, 0, run.stderr);
    const report = pdfsig(file('word-signed.pdf'));
    assert.match(report, /Total document signed/);
    assert.match(report, /Signature Validation: Signature is Valid\./);
  });

  it('a byte changed after signing makes pdfsig reject it', () => {
    const bytes = readFileSync(file('giay-moi.signed.pdf'));
    const at = bytes.indexOf('GIAY MOI');
    const changed = Buffer.from(bytes);
    changed[at > 0 ? at : 100] ^= 1;
    writeFileSync(file('changed.pdf'), changed);
    assert.doesNotMatch(pdfsig(file('changed.pdf')), /Signature is Valid\./);
  });

  it('refuses an expired certificate in one line and writes nothing', () => {
    const run = giaymoi([
      'sign',
      file('giay-moi.pdf'),
      '--p12',
      file('expired.p12'),
      '--password',
      'x',
      '-o',
      file('old.pdf'),
    ]);
    assert.equal(run.status, 2);
    assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
    assert.match(run.stderr, /expired\.p12: chứng thư số của Nguyễn Văn A đã hết hạn ngày 01\/01\/2021/);
    assert.equal(existsSync(file('old.pdf')), false);
  });

  it('a wrong password, a PNG that is not a PNG, a PDF that is not a PDF: one line each, exit 2', () => {
    writeFileSync(file('anh.png'), 'not a png at all');
    const cases: [string[], RegExp][] = [
      [['sign', file('giay-moi.pdf'), '--p12', file('cert.p12'), '--password', 'sai'], /cert\.p12: sai mật khẩu/],
      [
        ['sign', file('giay-moi.pdf'), '--p12', file('cert.p12'), '--password', 'mat khau', '--anh', file('anh.png')],
        /anh\.png: ảnh chữ ký \(--anh\) không phải ảnh PNG/,
      ],
      [
        ['sign', file('cert.p12'), '--p12', file('cert.p12'), '--password', 'mat khau'],
        /cert\.p12: không phải tệp PDF/,
      ],
      [
        ['sign', file('word.pdf'), '--p12', file('cert.p12'), '--password', 'mat khau', '--lang', 'en'],
        /word\.pdf: the PDF has no empty signature field; say where to sign with --rect/,
      ],
    ];
    for (const [args, expected] of cases) {
      const run = giaymoi(args);
      assert.equal(run.status, 2, args.join(' '));
      assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
      assert.match(run.stderr, expected);
    }
  });
});
