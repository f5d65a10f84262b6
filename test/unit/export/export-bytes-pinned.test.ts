/**
 * Every example's and corpus document's DOCX, and every file of the examples'
 * mail merges (both flavours, the combined file included), byte for byte: the
 * SHA-256 of each is pinned, with Node's zlib (the CLI's and the desktop's
 * codec) and with fflate (the web's), so work taken out of the merge (issue
 * 25) cannot change a byte unnoticed. After an intended change to the output,
 * refresh with `UPDATE_GOLDEN=1 npx mocha test/unit/export/export-bytes-pinned.test.ts`
 * and review the diff (refused under CI=true); a Node upgrade whose zlib
 * deflates differently moves only the "zlib" half.
 */
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocxRenderer } from '../../../src/export/load-renderer';
import { nodeZipCodec } from '../../../src/export/node-zip-codec';
import { planExport, type ExportSettings } from '../../../src/export/plan-export';
import { readCsvList } from '../../../src/lists/read-list';
import { FFLATE_CODEC } from '../../../src/render/docx/zip-codec';
import type { ZipCodec } from '../../../src/render/docx';

const ROOT = join(__dirname, '../../..');
const PINNED = join(ROOT, 'test/fixtures/golden/export-hashes.json');
const EXAMPLES = join(ROOT, 'examples');
const CORPUS = join(ROOT, 'test/corpus');
const list = readCsvList('khach-moi.csv', readFileSync(join(EXAMPLES, 'khach-moi.csv')));

type Hashes = Record<string, Record<string, string>>;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The sources: every example, every corpus document. */
function sources(): [string, string][] {
  const examples = readdirSync(EXAMPLES)
    .filter((name) => name.endsWith('.giaymoi.yaml'))
    .map((name): [string, string] => [`examples/${name}`, join(EXAMPLES, name)]);
  const corpus = readdirSync(CORPUS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry): [string, string] => {
      const name = `${entry.name}.giaymoi.yaml`;
      return [`corpus/${name}`, join(CORPUS, entry.name, name)];
    });
  return [...examples, ...corpus];
}

/** Each planned file's hash, rendered in the plan's order (as a merge set writes them), or the refusal. */
async function hashes(path: string, settings: ExportSettings): Promise<Record<string, string>> {
  const plan = planExport(readFileSync(path, 'utf8'), path, settings, loadDocxRenderer());
  if (!plan.ok) return { refused: plan.refused };
  const out: Record<string, string> = {};
  for (const file of plan.files) out[file.fileName] = sha256(await file.render());
  return out;
}

async function allHashes(): Promise<Hashes> {
  const all: Hashes = {};
  const codecs: [string, ZipCodec][] = [
    ['zlib', nodeZipCodec],
    ['fflate', FFLATE_CODEC],
  ];
  for (const [codecName, codec] of codecs)
    for (const [name, path] of sources()) {
      all[`${codecName} ${name}`] = await hashes(path, { allowWarnings: true, codec, list, row: 0 });
      if (name.startsWith('examples/'))
        all[`${codecName} ${name} --mail-merge`] = await hashes(path, {
          allowWarnings: true,
          codec,
          mailMerge: true,
          list,
        });
    }
  return all;
}

describe('export: the bytes of every example, corpus export and mail merge are pinned', function () {
  this.timeout(120_000);

  it('gives the pinned SHA-256 for every file (UPDATE_GOLDEN=1 refreshes them)', async () => {
    if (process.env.CI === 'true' && process.env.UPDATE_GOLDEN)
      assert.fail('UPDATE_GOLDEN is refused under CI=true: refresh the pinned hashes locally and commit their diff');
    const actual = await allHashes();
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(PINNED)) {
      writeFileSync(PINNED, `${JSON.stringify(actual, null, 1)}\n`);
      if (process.env.UPDATE_GOLDEN !== '1') assert.fail(`pinned hashes were missing and have been written: ${PINNED}`);
      return;
    }
    const expected = JSON.parse(readFileSync(PINNED, 'utf8')) as Hashes;
    assert.deepEqual(Object.keys(actual), Object.keys(expected), 'the same sources');
    for (const source of Object.keys(expected)) assert.deepEqual(actual[source], expected[source], source);
  });

  it('covers both merge flavours and the combined file', () => {
    const expected = JSON.parse(readFileSync(PINNED, 'utf8')) as Hashes;
    const merges = Object.entries(expected).filter(([source]) => source.endsWith('--mail-merge'));
    const files = merges.flatMap(([, files]) => Object.keys(files));
    assert.ok(
      merges.some(([source]) => source.includes('hoi-nghi-khach-moi')),
      'a list merge',
    );
    assert.ok(
      merges.some(([source]) => source.includes('so-tai-chinh')),
      'a YAML list of invitees',
    );
    assert.ok(files.filter((name) => name.includes('(tất cả)')).length >= 4, 'combined files');
    assert.ok(files.length > 70, `${files.length} merged files`);
  });
});
