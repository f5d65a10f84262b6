/**
 * Preview and export agree on pages: for every example, the webview's
 * measured pagination (the real media/preview.js in Chromium) gives as many
 * sheets as LibreOffice prints for the exported DOCX, and each page starts
 * with the same text; also a generated 60-paragraph invitation, whose
 * paragraphs break across pages, a 60-line guest list after the foot
 * (nguyen_van_cuoi) under a line above the header, and the examples again with other page
 * settings (margins 25/25/35/20 mm, 13 pt body).
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchOrSkip } from './browser';
import { previewInvitation } from '../../support/invitations.mjs';
import { openWebview, postUpdate, updateFor } from './webview-harness';

const ROOT = join(__dirname, '../../..');
const CLI = join(ROOT, 'bin', 'giaymoi.js');
const examples = readdirSync(join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.giaymoi.yaml'))
  .sort()
  .map((f) => join(ROOT, 'examples', f));
const GENERATED = 'generated-60-paragraphs.giaymoi.yaml';
/** A line above the header and a guest list after the foot (nguyen_van_dau, nguyen_van_cuoi) that runs over pages. */
const GUESTS = 'guests-after-foot.giaymoi.yaml';
const guestsAfterFoot = (n: number) =>
  readFileSync(join(ROOT, 'test/fixtures/verbatim-ends/du-thao-ghi-chu.giaymoi.yaml'), 'utf8')
    .replace(/^nguyen_van_cuoi:\n( {2}- .*\n)+/m, '')
    .concat(
      'nguyen_van_cuoi:\n',
      ...Array.from({ length: n }, (_, i) => `  - ${i + 1}. Ông Nguyễn Văn Khách ${i + 1}, Giám đốc đơn vị.\n`),
    );
const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

/** Skips (or fails on CI) when LibreOffice, poppler or the export command are missing. */
function requireExport(context: Mocha.Context): void {
  const help = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' }).stdout ?? '';
  const missing = [
    ...['soffice', 'pdfinfo', 'pdftotext'].filter((t) => !has(t)),
    ...(/giaymoi export/.test(help) ? [] : ['the `giaymoi export` command']),
  ];
  if (!missing.length) return;
  const message = `page-count check needs ${missing.join(', ')} (apt-get install libreoffice-writer-nogui poppler-utils; npm run build)`;
  if (process.env.CI === 'true') throw new Error(`${message}; CI=true, so it cannot be skipped`);
  console.log(`      skipped: ${message}`);
  context.skip();
}

/** Exports every example and prints them to PDF with LibreOffice in one run. */
/** Page settings as the CLI takes them and as the preview's render takes them. */
const VARIANTS = [
  { name: 'default page', args: [] as string[], page: {} },
  {
    name: 'margins 25/25/35/20 mm, 13 pt',
    args: [
      '--margin-top',
      '25',
      '--margin-bottom',
      '25',
      '--margin-left',
      '35',
      '--margin-right',
      '20',
      '--body-size',
      '13',
    ],
    page: { margins: { top: 25, bottom: 25, left: 35, right: 20 }, bodySize: 13 as const },
  },
];

function printWithLibreOffice(dir: string, sources: readonly string[], args: readonly string[]): void {
  for (const source of sources) {
    const run = spawnSync(
      process.execPath,
      [
        CLI,
        'export',
        source,
        '-o',
        join(dir, basename(source).replace('.giaymoi.yaml', '.docx')),
        '--allow-drafts',
        ...args,
      ],
      { encoding: 'utf8' },
    );
    assert.equal(run.status, 0, run.stderr);
  }
  const profile = mkdtempSync(join(tmpdir(), 'giaymoi-lo-'));
  const docx = readdirSync(dir)
    .filter((f) => f.endsWith('.docx'))
    .map((f) => join(dir, f));
  const run = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...docx,
    ],
    { encoding: 'utf8', timeout: 180_000 },
  );
  rmSync(profile, { recursive: true, force: true });
  assert.equal(run.status, 0, run.stderr);
}

/** The first words of each page after the first, page numbers left out. */
function libreOfficePageStarts(pdf: string, pages: number): string[] {
  return Array.from({ length: pages - 1 }, (_, i) => {
    const text = spawnSync('pdftotext', ['-f', String(i + 2), '-l', String(i + 2), '-raw', pdf, '-'], {
      encoding: 'utf8',
    }).stdout;
    return firstWords(
      text
        .split('\n')
        .filter((l) => l.trim() && !/^\s*\d{1,3}\s*$/.test(l))
        .join(' '),
    );
  });
}

const firstWords = (text: string) => text.replace(/\s+/g, ' ').trim().split(' ').slice(0, 6).join(' ');

async function previewPageStarts(page: Page): Promise<string[]> {
  const texts = await page.locator('.gm-sheet .gm-content').allInnerTexts();
  return texts.slice(1).map(firstWords);
}

for (const variant of VARIANTS) {
  describe(`preview and LibreOffice agree on pages (${variant.name})`, function () {
    this.timeout(300_000);
    let browser: Browser | undefined;
    const dir = mkdtempSync(join(tmpdir(), 'giaymoi-pages-'));
    const generated = join(dir, GENERATED);
    writeFileSync(generated, previewInvitation(60));
    const guests = join(dir, GUESTS);
    writeFileSync(guests, guestsAfterFoot(60));
    const sources = variant.args.length ? examples : [...examples, generated, guests];

    before(async function () {
      requireExport(this);
      browser = await launchOrSkip(this);
      printWithLibreOffice(dir, sources, variant.args);
    });
    after(async () => {
      await browser?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    for (const source of sources) {
      const name = basename(source, '.giaymoi.yaml');
      it(`${name}: as many sheets as LibreOffice's PDF of the DOCX, each starting with the same words`, async () => {
        const pdf = join(dir, `${name}.pdf`);
        assert.ok(existsSync(pdf), `LibreOffice wrote no ${name}.pdf`);
        const loPages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1]);
        const page = await openWebview(browser!);
        const previewPages = await postUpdate(page, updateFor(readFileSync(source, 'utf8'), 1, variant.page));
        console.log(`      ${name}: preview ${previewPages}, LibreOffice ${loPages}`);
        assert.equal(previewPages, loPages);
        assert.deepEqual(await previewPageStarts(page), libreOfficePageStarts(pdf, loPages));
        await page.close();
      });
    }
  });
}
