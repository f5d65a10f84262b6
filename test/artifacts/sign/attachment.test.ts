/**
 * `giaymoi sign --phu-luc "12/GM-UBND"`: the agency's signature on an
 * attachment (NĐ 30/2020, PL I, Phần I, Mục II, k.8-b), read back by poppler:
 * pdfsig finds it valid, pdftotext finds the number and ký hiệu and the
 * signing time written in the signature at the top right of page 1, at 10 pt.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { vietnamTime } from '../../../src/sign/appearance';
import { findSignatureFields } from '../../../src/sign/find-field';
import { makeP12, makePdf } from '../../unit/sign/fixtures';

const BIN = join(__dirname, '../../../bin/giaymoi.js');
const MM = 72 / 25.4;

function giaymoi(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, GIAYMOI_COMPILE_CACHE: 'off', GIAYMOI_P12_PASSWORD: 'mk' },
  });
}

interface Word {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** Page 1's words with their boxes (points from the top left), as pdftotext -bbox reads them. */
function wordsOfPage1(file: string): Word[] {
  const html = spawnSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' }).stdout;
  return [
    ...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
  ].map((m) => ({ xMin: +m[1], yMin: +m[2], xMax: +m[3], yMax: +m[4], text: m[5] }));
}

describe('giaymoi sign --phu-luc: the attachment signature, read back by poppler', function () {
  this.timeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'giaymoi-attachment-'));
  const file = (name: string) => join(dir, name);

  before(async () => {
    writeFileSync(file('agency.p12'), makeP12({ password: 'mk', commonName: 'UBND Tỉnh Thử' }));
    writeFileSync(file('phu-luc.pdf'), await makePdf({ field: false }));
  });

  it('is valid, and shows the number, ký hiệu and signing time at the top right of page 1 in 10 pt', async () => {
    const run = giaymoi(['sign', file('phu-luc.pdf'), '--p12', file('agency.p12'), '--phu-luc', '12/GM-UBND']);
    assert.equal(run.status, 0, run.stderr);
    const signed = file('phu-luc.signed.pdf');
    assert.match(spawnSync('pdfsig', [signed], { encoding: 'utf8' }).stdout, /Signature is Valid\./);
    const doc = await PDFDocument.load(readFileSync(signed));
    const value = findSignatureFields(doc)[0].field.lookup(PDFName.of('V'), PDFDict);
    const time = vietnamTime(value.lookup(PDFName.of('M'), PDFString).decodeDate());
    const words = wordsOfPage1(signed);
    const stamp = words.filter((w) => w.yMax < 20 * MM);
    assert.equal(stamp.map((w) => w.text).join(' '), `Số: 12/GM-UBND Thời gian ký: ${time}`);
    const right = 595.28 - 15 * MM;
    for (const word of stamp) {
      assert.ok(word.xMax <= right && word.xMin > 595.28 / 2, JSON.stringify(word));
      // a 10 pt line: the font's box is about 1.1 em high
      assert.ok(Math.abs(word.yMax - word.yMin - 11) < 1, JSON.stringify(word));
    }
    // both lines end at the right margin
    const ends = [stamp[1], stamp[stamp.length - 1]].map((w) => w.xMax);
    assert.ok(
      ends.every((x) => right - x < 2),
      ends.join(),
    );
  });

  it('refuses, in one line, exit 2: a number without its ký hiệu, a seal beside it, a file that is no PDF', () => {
    const sign = ['sign', file('phu-luc.pdf'), '--p12', file('agency.p12')];
    const cases: [string[], RegExp][] = [
      [[...sign, '--phu-luc', '12'], /phu-luc\.pdf: --phu-luc cần số và ký hiệu/],
      [[...sign, '--phu-luc', '12/GM-UBND', '--dau', file('phu-luc.pdf')], /chữ ký số trên phụ lục không có ảnh/],
      [
        ['sign', file('agency.p12'), '--p12', file('agency.p12'), '--phu-luc', '12/GM-UBND'],
        /agency\.p12: không phải tệp PDF/,
      ],
    ];
    for (const [args, expected] of cases) {
      const run = giaymoi(args);
      assert.equal(run.status, 2, run.stderr);
      assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
      assert.match(run.stderr, expected);
    }
  });
});
