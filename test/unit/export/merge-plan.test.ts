/**
 * Issue 25, item 3: one mail-merge planner for both flavours, each copy
 * rendered once; the combined file is assembled from the copies' parts as
 * they are written, never rendered or unzipped again.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { loadDocxRenderer, type DocxRenderer } from '../../../src/export/load-renderer';
import { EXPORT_MESSAGES } from '../../../src/export/messages';
import { mergeEstimate } from '../../../src/export/merge-limits';
import { nodeZipCodec } from '../../../src/export/node-zip-codec';
import { planExport, type PlannedFile } from '../../../src/export/plan-export';
import { readCsvList } from '../../../src/lists/read-list';

const EXAMPLES = join(__dirname, '../../../examples');
const text = (name: string) => readFileSync(join(EXAMPLES, `${name}.giaymoi.yaml`), 'utf8');
const list = readCsvList('khach-moi.csv', readFileSync(join(EXAMPLES, 'khach-moi.csv')));

/** The renderer with every full render (docx building its document) and every unzip counted. */
function countingRenderer(): { renderer: DocxRenderer; renders: () => number; unzips: () => number } {
  const real = loadDocxRenderer();
  let renders = 0;
  let unzips = 0;
  const counted = <F extends (...args: any[]) => any>(f: F) =>
    ((...args: Parameters<F>) => ((renders += 1), f(...args))) as F;
  const renderer = {
    ...real,
    renderDocx: counted(real.renderDocx),
    renderDocxCopy: counted(real.renderDocxCopy ?? real.renderDocx),
    docxParts: (bytes: Uint8Array) => ((unzips += 1), real.docxParts(bytes)),
  } as DocxRenderer;
  return { renderer, renders: () => renders, unzips: () => unzips };
}

async function writeInOrder(files: readonly PlannedFile[]): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for (const file of files) out.push(await file.render());
  return out;
}

const listPlan = (renderer: DocxRenderer) =>
  planExport(
    text('hoi-nghi-khach-moi-2025'),
    'moi.giaymoi.yaml',
    { allowWarnings: true, mailMerge: true, list },
    renderer,
  );

describe('export: one mail-merge planner, each copy rendered once', () => {
  it('renders each row of a list once for its own file and the combined file, unzipping nothing', async () => {
    const counting = countingRenderer();
    const plan = listPlan(counting.renderer);
    assert.ok(plan.ok && plan.merged > 1);
    await writeInOrder(plan.files);
    assert.equal(counting.renders(), plan.merged, `${counting.renders()} renders for ${plan.merged} copies`);
    assert.equal(counting.unzips(), 0);
  });

  it("deflates the parts a list's rows share once per merge, not once per row", async () => {
    let deflated = 0;
    const codec = {
      ...nodeZipCodec,
      deflateRaw: (bytes: Uint8Array) => ((deflated += 1), nodeZipCodec.deflateRaw(bytes)),
    };
    const plan = planExport(
      text('hoi-nghi-khach-moi-2025'),
      'moi.giaymoi.yaml',
      { allowWarnings: true, mailMerge: true, list, codec },
      loadDocxRenderer(),
    );
    assert.ok(plan.ok && plan.merged === 30);
    await writeInOrder(plan.files);
    // 25 parts in a package: once each, then each row's own document.xml (a row whose other parts differ adds those)
    assert.ok(deflated < 25 + 2 * plan.merged, `${deflated} deflates for ${plan.merged} rows`);
  });

  it('gives the same combined file when it is asked for alone (rendering its copies itself)', async () => {
    const renderer = loadDocxRenderer();
    const inOrder = listPlan(renderer);
    const alone = listPlan(renderer);
    assert.ok(inOrder.ok && alone.ok);
    const written = await writeInOrder(inOrder.files);
    const combined = await alone.files[alone.files.length - 1].render();
    assert.deepEqual(unzipSync(written[written.length - 1]), unzipSync(combined));
  });

  it('still gives the whole combined file when a copy was written out of order', async () => {
    const renderer = loadDocxRenderer();
    const reference = listPlan(renderer);
    const shuffled = listPlan(renderer);
    assert.ok(reference.ok && shuffled.ok);
    const expected = (await writeInOrder(reference.files)).pop()!;
    const files = [...shuffled.files];
    const last = files.pop()!;
    await writeInOrder([files[1], files[0], ...files.slice(2)]);
    assert.deepEqual(unzipSync(await last.render()), unzipSync(expected));
  });

  it("gives the same combined parts when Node's zlib deflates its text on the thread pool", async () => {
    const renderer = loadDocxRenderer();
    const source = text('so-tai-chinh-hop-du-toan-2025');
    const plain = planExport(source, 'hop.giaymoi.yaml', { allowWarnings: true, mailMerge: true }, renderer);
    const native = planExport(
      source,
      'hop.giaymoi.yaml',
      { allowWarnings: true, mailMerge: true, codec: nodeZipCodec },
      renderer,
    );
    assert.ok(plain.ok && native.ok && nodeZipCodec.deflateStream);
    const [a, b] = [(await writeInOrder(plain.files)).pop()!, (await writeInOrder(native.files)).pop()!];
    assert.deepEqual(unzipSync(b), unzipSync(a));
  });

  it('names both flavours with one planner: "<stem> - <line>" and the combined "(tất cả)"', async () => {
    const renderer = loadDocxRenderer();
    const rows = listPlan(renderer);
    const invitees = planExport(
      text('so-tai-chinh-hop-du-toan-2025'),
      'hop.giaymoi.yaml',
      { allowWarnings: true, mailMerge: true },
      renderer,
    );
    assert.ok(rows.ok && invitees.ok);
    assert.equal(rows.files[rows.files.length - 1].fileName, 'moi (tất cả).docx');
    assert.equal(invitees.files[invitees.files.length - 1].fileName, 'hop (tất cả).docx');
    assert.ok(rows.files.slice(0, -1).every((f) => f.fileName.startsWith('moi - ')));
  });

  it('refuses a list over the row limit before checking a copy, saying how to raise it (the editor: its setting)', () => {
    const counting = countingRenderer();
    const plan = planExport(
      text('hoi-nghi-khach-moi-2025'),
      'moi.giaymoi.yaml',
      { allowWarnings: true, mailMerge: true, list, maxRows: { max: 10, allowMore: EXPORT_MESSAGES.maxRowsSetting } },
      counting.renderer,
    );
    assert.ok(!plan.ok && plan.refused === 'rows');
    assert.match(plan.message.vi, /có 30 khách mời, nhiều hơn giới hạn 10 bản .*giaymoi\.export\.maxMergeRows \(30\)/);
    assert.match(plan.message.en, /has 30 invitees, more than the 10 copies/);
    assert.equal(counting.renders(), 0);
  });

  it('estimates a merge of 50 files or more from its first two copies, and nothing for a smaller one', async () => {
    const file = (n: number): PlannedFile => ({
      fileName: `${n}.docx`,
      render: async () => new Uint8Array(1024 * 1024),
    });
    let clock = 0;
    const now = () => (clock += 1000); // every reading one second later: the first copy 1 s, the second 1 s
    const many = await mergeEstimate(
      Array.from({ length: 61 }, (_, n) => file(n)),
      EXPORT_MESSAGES.stopWithCancel(),
      now,
    );
    assert.match(many!.vi, /Sẽ ghi 61 tệp, khoảng 61 MB, mất chừng 61 giây .*Nhấn Hủy để dừng/);
    assert.equal(
      await mergeEstimate(
        Array.from({ length: 49 }, (_, n) => file(n)),
        EXPORT_MESSAGES.stopWithCancel(),
        now,
      ),
      undefined,
    );
  });
});
