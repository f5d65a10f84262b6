/**
 * Bad input gets its own plain reason (issue 28, defect 8): encrypted and Word 97
 * files named .docx, deep nesting, a zip whose declared sizes lie, a large but
 * honest document, another namespace prefix, text longer than check reads, and a
 * .doc conversion that times out.
 */
import * as assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import { importDocx, ImportError } from '../../../src/import';
import { convertDocToDocx } from '../../../src/node/convert-doc';
import { invitation, makeDocx, p } from './make-docx';

const reasonOf = (bytes: Uint8Array): string => {
  try {
    importDocx(bytes);
  } catch (error) {
    if (error instanceof ImportError) return error.reason.en;
    throw error;
  }
  return assert.fail('imported');
};

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const compoundFile = (streams: string[]) => {
  const bytes = new Uint8Array(4096);
  bytes.set(CFB);
  let at = 1024;
  for (const name of streams)
    for (const c of name) {
      bytes[at] = c.charCodeAt(0);
      at += 2;
    }
  return bytes;
};

/** A zip entry's declared uncompressed size, rewritten in the local header and the central directory. */
function lieAboutSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  view.setUint32(22, size, true);
  for (let at = out.length - 22; at >= 0; at -= 1)
    if (view.getUint32(at, true) === 0x02014b50) {
      view.setUint32(at + 24, size, true);
      break;
    }
  return out;
}

describe('import: bad input, each with its own reason', function () {
  this.timeout(60_000);

  it('says a password-protected document is encrypted', () =>
    assert.match(reasonOf(compoundFile(['EncryptionInfo', 'EncryptedPackage'])), /protected with a password/));

  it('says a Word 97 file named .docx is one', () =>
    assert.match(reasonOf(compoundFile(['WordDocument'])), /Word 97–2003 file \(\.doc\) named \.docx/));

  it('refuses 1,000 nested tables, naming the part, instead of overflowing the stack', () => {
    const nested = '<w:tbl><w:tr><w:tc>'.repeat(1000) + p('x') + '</w:tc></w:tr></w:tbl>'.repeat(1000);
    assert.match(reasonOf(makeDocx(invitation([nested]))), /word\/document\.xml nests too deep/);
  });

  it('refuses a zip bomb whose headers lie about its size, naming the part', () => {
    const honest = zipSync({ 'word/document.xml': new Uint8Array(12 * 1024 * 1024) }, { level: 1 });
    assert.match(reasonOf(lieAboutSize(honest, 1000)), /too much data in word\/document\.xml \(a zip bomb\?\)/);
  });

  it('calls a large document large, not a zip bomb', () => {
    const text = randomBytes(7 * 1024 * 1024).toString('base64'); // compresses to ~3/4: not a bomb
    const big = zipSync({ 'word/document.xml': strToU8(`<w:document>${text}</w:document>`) });
    const reason = reasonOf(big);
    assert.match(reason, /word\/document\.xml is too large for an invitation/);
    assert.doesNotMatch(reason, /zip bomb/);
  });

  it('resolves namespace prefixes: another prefix bound to WordprocessingML reads the same', () => {
    const docx = makeDocx(invitation([p('Sở Tài chính tỉnh Ninh Bình trân trọng kính mời: Giám đốc Sở Y tế')]));
    const xml = invitation([p('Sở Tài chính tỉnh Ninh Bình trân trọng kính mời: Giám đốc Sở Y tế')])
      .replace(/(<\/?)w:/g, '$1x:')
      .replace(/ w:val=/g, ' x:val=');
    const renamed = zipSync({
      'word/document.xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body>${xml}</x:body></x:document>`,
      ),
    });
    assert.match(importDocx(renamed).yaml, /kinh_moi: Giám đốc Sở Y tế/);
    assert.match(importDocx(docx).yaml, /kinh_moi: Giám đốc Sở Y tế/);
  });

  it('refuses a text longer than check reads, rather than writing a source check rejects', () => {
    const line = p('Nội dung '.repeat(120));
    const reason = reasonOf(makeDocx(invitation(Array.from({ length: 1100 }, () => line))));
    assert.match(reason, /too long for an invitation/);
  });

  it('says a .doc conversion timed out, not that LibreOffice is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'giaymoi-slow-soffice-'));
    const path = process.env.PATH;
    try {
      writeFileSync(join(dir, 'soffice'), '#!/bin/sh\nsleep 5\n');
      chmodSync(join(dir, 'soffice'), 0o755);
      writeFileSync(join(dir, 'old.doc'), 'not really a doc');
      process.env.PATH = `${dir}:${path}`;
      const result = convertDocToDocx(join(dir, 'old.doc'), 300);
      assert.ok('reason' in result);
      assert.match(result.reason.en, /timed out/);
    } finally {
      process.env.PATH = path;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('import: a file of several documents', () => {
  it('says the file holds several documents instead of mashing them into one invitation', () => {
    const one = invitation([p('Sở Tài chính tỉnh Ninh Bình trân trọng kính mời: Giám đốc Sở Y tế')]);
    assert.match(reasonOf(makeDocx(one + p('Mẫu 1.8 – Giấy giới thiệu') + one)), /holds 2 documents/);
  });
});
