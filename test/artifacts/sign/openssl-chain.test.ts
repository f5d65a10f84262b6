/**
 * A certificate as a CA issues it, made with OpenSSL at test time: a CA, a
 * signer's certificate it issues, both in a .p12 encrypted the OpenSSL 3 way
 * (PBES2, AES-256). The signed PDF's CMS must verify with `openssl cms
 * -verify` against that CA over the PDF's byte range (the chain is embedded,
 * the signed attributes are sound), carry signing-certificate-v2 (PAdES), and
 * pdfsig must find the signature valid over the whole document.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makePdf } from '../../unit/sign/fixtures';

const ROOT = join(__dirname, '../../..');

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIAYMOI_COMPILE_CACHE: 'off' },
  });
  assert.equal(result.status, 0, `${command} ${args.join(' ')}\n${result.stderr}`);
  return result.stdout + result.stderr;
}

/** The signed bytes (the byte range joined) and the CMS (its DER length read from its header, without the padding). */
function signatureParts(pdf: Buffer): { data: Buffer; cms: Buffer } {
  const text = pdf.toString('latin1');
  const range = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(text);
  assert.ok(range, 'a /ByteRange');
  const [start, length1, start2, length2] = range.slice(1).map(Number);
  assert.equal(start2 + length2, pdf.length, 'the range reaches the end of the file');
  const der = Buffer.from(text.slice(start + length1 + 1, start2 - 1), 'hex');
  const lengthBytes = der[1] & 0x7f;
  const total = 2 + lengthBytes + der.subarray(2, 2 + lengthBytes).reduce((n, b) => n * 256 + b, 0);
  const data = Buffer.concat([pdf.subarray(start, start + length1), pdf.subarray(start2, start2 + length2)]);
  return { data, cms: der.subarray(0, total) };
}

describe('giaymoi sign with a CA-issued certificate from OpenSSL', function () {
  this.timeout(120_000);

  it('makes a CMS that openssl verifies against the CA, with signing-certificate-v2, and pdfsig finds valid', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'giaymoi-sign-ca-'));
    const subject = (cn: string) => ['-subj', `/CN=${cn}/O=Sở Thử/C=VN`, '-utf8'];
    run(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        'ca.key',
        '-out',
        'ca.pem',
        '-days',
        '30',
        ...subject('CA Thử'),
        '-addext',
        'basicConstraints=critical,CA:TRUE',
        '-addext',
        'keyUsage=keyCertSign',
      ],
      dir,
    );
    run(
      'openssl',
      ['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'leaf.key', '-out', 'leaf.csr', ...subject('Lê Văn C')],
      dir,
    );
    writeFileSync(join(dir, 'ext.cnf'), 'keyUsage=digitalSignature,nonRepudiation\n');
    run(
      'openssl',
      [
        'x509',
        '-req',
        '-in',
        'leaf.csr',
        '-CA',
        'ca.pem',
        '-CAkey',
        'ca.key',
        '-CAcreateserial',
        '-out',
        'leaf.pem',
        '-days',
        '20',
        '-extfile',
        'ext.cnf',
      ],
      dir,
    );
    run(
      'openssl',
      [
        'pkcs12',
        '-export',
        '-inkey',
        'leaf.key',
        '-in',
        'leaf.pem',
        '-certfile',
        'ca.pem',
        '-out',
        'chain.p12',
        '-passout',
        'pass:mật khẩu',
      ],
      dir,
    );
    writeFileSync(join(dir, 'giay-moi.pdf'), await makePdf());

    const signed = run(
      process.execPath,
      [join(ROOT, 'bin/giaymoi.js'), 'sign', 'giay-moi.pdf', '--p12', 'chain.p12', '--password', 'mật khẩu'],
      dir,
    );
    assert.match(signed, /người ký Lê Văn C/);
    const { data, cms } = signatureParts(readFileSync(join(dir, 'giay-moi.signed.pdf')));
    writeFileSync(join(dir, 'data.bin'), data);
    writeFileSync(join(dir, 'cms.der'), cms);
    assert.match(
      run(
        'openssl',
        [
          'cms',
          '-verify',
          '-inform',
          'DER',
          '-in',
          'cms.der',
          '-content',
          'data.bin',
          '-binary',
          '-CAfile',
          'ca.pem',
          '-purpose',
          'any',
          '-out',
          '/dev/null',
        ],
        dir,
      ),
      /Verification successful/,
    );
    const printed = run('openssl', ['cms', '-inform', 'DER', '-in', 'cms.der', '-cmsout', '-print'], dir);
    assert.match(printed, /signingCertificateV2/);
    assert.doesNotMatch(printed, /signingTime/, 'PAdES baseline: the time is in /M, not in the CMS');
    const report = run('pdfsig', ['giay-moi.signed.pdf'], dir);
    assert.match(report, /Total document signed/);
    assert.match(report, /Signature is Valid\./);
  });
});
