import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { checkInvitation } from '../../../src/core/check/check';
import { layoutPerInvitee } from '../../../src/core/layout/invitation';
import { resolveMeasures } from '../../../src/core/layout/measures';
import { nodeZipCodec } from '../../../src/export/node-zip-codec';
import { perInviteeRenderer, renderDocx, type ZipCodec } from '../../../src/render/docx';

const EXAMPLE = readFileSync(join(__dirname, '../../../examples/so-tai-chinh-hop-du-toan-2025.giaymoi.yaml'), 'utf8');
const withInvitees = (lines: string[]) =>
  EXAMPLE.replace(/^kinh_moi:.*\n(?: {2}- .*\n)+/m, `kinh_moi:\n${lines.map((l) => `  - ${l}`).join('\n')}\n`);
const options = { measures: resolveMeasures({}), date: new Date(Date.UTC(2025, 0, 2)), creator: 'SỞ TÀI CHÍNH' };

describe("docx: a mail merge's files from one rendered package", () => {
  it("gives each invitee exactly the bytes a full render gives, escaping included, whatever the line's shape", async () => {
    const invitees = [
      'Giám đốc Sở Y tế',
      'Công ty "A & B" <Việt Nam>',
      "Trưởng phòng O'Neil",
      '**Chủ tịch** UBND xã',
      'Ban Giám đốc gồm các ông bà sau:',
      'Sở Nội vụ',
    ];
    const checked = checkInvitation(withInvitees(invitees.map((l) => JSON.stringify(l))));
    assert.ok(checked.invitation, JSON.stringify(checked.problems.filter((p) => p.severity === 'error')));
    const per = layoutPerInvitee(checked.invitation, checked.source);
    const render = perInviteeRenderer(per, options);
    for (let i = 0; i < invitees.length; i += 1) {
      const fast = await render(i);
      const full = await renderDocx([per.layout(i)], options);
      assert.deepEqual(Buffer.from(fast), Buffer.from(full), invitees[i]);
    }
    assert.equal(render.filled(), 4, 'all but the bold one and the one ending in ":" come from the shared package');
  });

  it("gives each invitee's parts unzipped, the same as its file's (what the combined file is made of)", async () => {
    const checked = checkInvitation(
      withInvitees(['Giám đốc Sở Y tế', '**Chủ tịch** UBND xã', 'Công ty "A & B"'].map((l) => JSON.stringify(l))),
    );
    const render = perInviteeRenderer(layoutPerInvitee(checked.invitation!, checked.source), options);
    for (let i = 0; i < 3; i += 1) {
      const parts = await render.parts(i);
      const file = unzipSync(await render(i));
      assert.deepEqual(Object.keys(parts).sort(), Object.keys(file).sort());
      for (const name of Object.keys(file))
        assert.deepEqual(Buffer.from(parts[name]), Buffer.from(file[name]), `${i}: ${name}`);
    }
  });

  it("lays out each invitee's line alone, with the shared part the same as a whole layout", () => {
    const checked = checkInvitation(withInvitees(['Sở Y tế', 'Sở Xây dựng']));
    const per = layoutPerInvitee(checked.invitation!, checked.source);
    assert.equal(per.count, 2);
    const body = per.layout(1).body.map((b) => b.runs.map((r) => r.text).join(''));
    assert.ok(
      body.some((t) => t.endsWith('trân trọng kính mời: Sở Xây dựng')),
      body.join('\n'),
    );
    assert.ok(!body.some((t) => t.includes('Sở Y tế')));
  });

  it("deflates copies ahead on the codec's threads, giving the bytes a full render gives, in any order asked", async () => {
    const invitees = ['Sở Y tế', 'Sở Xây dựng', '**Chủ tịch** UBND xã', 'Sở Nội vụ', 'Sở Tư pháp'];
    const checked = checkInvitation(withInvitees(invitees.map((l) => JSON.stringify(l))));
    const per = layoutPerInvitee(checked.invitation!, checked.source);
    let later = 0;
    const codec: ZipCodec = {
      ...nodeZipCodec,
      deflateRawLater: (bytes) => ((later += 1), nodeZipCodec.deflateRawLater!(bytes)),
    };
    const render = perInviteeRenderer(per, { ...options, codec });
    for (const i of [0, 1, 0, 3, 2, 4, 4]) {
      const full = await renderDocx([per.layout(i)], { ...options, codec: nodeZipCodec });
      assert.deepEqual(Buffer.from(await render(i)), Buffer.from(full), `${i}: ${invitees[i]}`);
    }
    assert.ok(later >= 4, `${later} documents deflated on the thread pool`);
    assert.equal(render.filled(), 6, 'every copy but the bold line, twice for 0 and 4, from the shared package');
  });
});
