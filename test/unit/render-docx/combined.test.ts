import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { checkInvitation } from '../../../src/core/check/check';
import { layoutPerInvitee } from '../../../src/core/layout/invitation';
import { resolveMeasures } from '../../../src/core/layout/measures';
import { dosDateTime } from '../../../src/render/docx/zip-package';
import { perInviteeRenderer, writeCombinedDocx, type DocxParts } from '../../../src/render/docx';

const EXAMPLE = readFileSync(join(__dirname, '../../../examples/so-tai-chinh-hop-du-toan-2025.giaymoi.yaml'), 'utf8');
const withInvitees = (lines: string[]) =>
  EXAMPLE.replace(/^kinh_moi:.*\n(?: {2}- .*\n)+/m, `kinh_moi:\n${lines.map((l) => `  - ${l}`).join('\n')}\n`);
const options = {
  measures: resolveMeasures({}),
  date: new Date(Date.UTC(2025, 0, 2, 13, 30)),
  creator: 'SỞ TÀI CHÍNH',
};

function mergeOf(invitees: string[]) {
  const checked = checkInvitation(withInvitees(invitees));
  assert.ok(checked.invitation);
  return perInviteeRenderer(layoutPerInvitee(checked.invitation, checked.source), options);
}

async function combine(count: number, partsOf: (i: number) => Promise<DocxParts>) {
  const chunks: Uint8Array[] = [];
  await writeCombinedDocx(
    count,
    partsOf,
    async (c) => {
      chunks.push(c);
    },
    options.date,
  );
  return { chunks, files: unzipSync(Buffer.concat(chunks)) };
}

const sections = (xml: string) => [...xml.matchAll(/<w:sectPr>.*?<\/w:sectPr>/g)].map((m) => m[0]);
const references = (sectPr: string) =>
  [...sectPr.matchAll(/<w:(header|footer)Reference w:type="(\w+)" r:id="([^"]+)"\/>/g)].map(
    (m) => `${m[1]} ${m[2]} ${m[3]}`,
  );

describe('docx: the combined mail-merge file, streamed', () => {
  it('puts each invitation in order as its own section, numbered from 1 with a different first page', async () => {
    const names = ['Giám đốc Sở Y tế', 'Giám đốc Sở Xây dựng', 'Giám đốc Sở Nội vụ'];
    const { files } = await combine(3, mergeOf(names).parts);
    const xml = strFromU8(files['word/document.xml']);
    const found = names.map((n) => xml.indexOf(n));
    assert.ok(
      found.every((at, i) => at > 0 && (i === 0 || at > found[i - 1])),
      `${found}`,
    );
    const all = sections(xml);
    assert.equal(all.length, 3);
    assert.ok(all.every((s) => s.includes('<w:pgNumType w:start="1"/>') && s.includes('<w:titlePg/>')));
    assert.equal(
      (xml.match(/<w:p><w:pPr><w:sectPr>/g) ?? []).length,
      2,
      'the sections before the last end in a paragraph holding their properties',
    );
    assert.ok(xml.endsWith('</w:sectPr></w:body></w:document>'));
  });

  it('names the headers and footers once: later sections with the same ones inherit them (Link to Previous)', async () => {
    const { files } = await combine(3, mergeOf(['Sở Y tế', 'Sở Xây dựng', 'Sở Nội vụ']).parts);
    const all = sections(strFromU8(files['word/document.xml']));
    assert.deepEqual(references(all[0]), [
      'header default rId6',
      'header first rId7',
      'footer default rId8',
      'footer first rId9',
    ]);
    assert.deepEqual(all.slice(1).map(references), [[], []]);
    assert.equal(Object.keys(files).filter((f) => /^word\/(header|footer)\d+\.xml$/.test(f)).length, 4);
  });

  it('gives a section whose footer differs its own parts, and inherits again after it', async () => {
    const render = mergeOf(['Sở Y tế', 'Sở Xây dựng']);
    const plain = await render(0);
    const footer = strFromU8(unzipSync(plain)['word/footer2.xml']);
    const other = {
      ...unzipSync(await render(1)),
      'word/footer2.xml': strToU8(footer.replace('</w:ftr>', '<w:p><w:r><w:t>Khác</w:t></w:r></w:p></w:ftr>')),
    };
    const { files } = await combine(4, async (i) => (i === 1 || i === 2 ? other : unzipSync(plain)));
    const all = sections(strFromU8(files['word/document.xml']));
    assert.deepEqual(references(all[1]), [
      'header default rIdGm1',
      'header first rIdGm2',
      'footer default rIdGm3',
      'footer first rIdGm4',
    ]);
    assert.deepEqual(references(all[2]), []);
    assert.equal(references(all[3]).length, 4, 'back to the first footer: named again');
    const rels = strFromU8(files['word/_rels/document.xml.rels']);
    const types = strFromU8(files['[Content_Types].xml']);
    const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    const newFooter = target('rIdGm4');
    assert.ok(newFooter && !['footer1.xml', 'footer2.xml'].includes(newFooter), rels);
    assert.match(strFromU8(files[`word/${newFooter}`]), /Khác/);
    assert.ok(
      types.includes(
        `<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml" PartName="/word/${newFooter}"/>`,
      ),
      types,
    );
    for (const id of references(all[3]).map((r) => r.split(' ')[2]))
      assert.ok(target(id), `${id} is in the relationships`);
  });

  it('takes each invitation once, in order, and holds only compressed bytes until written', async () => {
    const render = mergeOf(Array.from({ length: 12 }, (_, i) => `Giám đốc Công ty số ${i + 1}`));
    const events: string[] = [];
    let raw = 0;
    let written = 0;
    const partsOf = async (i: number) => {
      events.push(`render ${i}`);
      const parts = await render.parts(i % 12);
      raw += parts['word/document.xml'].length;
      return parts;
    };
    await writeCombinedDocx(
      300,
      partsOf,
      async (chunk) => {
        written += chunk.length;
      },
      options.date,
    );
    assert.deepEqual(
      events,
      Array.from({ length: 300 }, (_, i) => `render ${i}`),
      'each invitation rendered once, in order',
    );
    assert.ok(written * 20 < raw, `held ${written} bytes for ${raw} bytes of document text`);
  });

  it('is repeatable, every entry dated with the export date (as the single files)', async () => {
    const render = mergeOf(['Sở Y tế', 'Sở Xây dựng']);
    const a = Buffer.concat((await combine(2, render.parts)).chunks);
    const b = Buffer.concat((await combine(2, render.parts)).chunks);
    assert.deepEqual(a, b);
    const { time, day } = dosDateTime(options.date);
    const local = a.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    assert.deepEqual([a.readUInt16LE(local + 10), a.readUInt16LE(local + 12)], [time, day]);
  });
});
