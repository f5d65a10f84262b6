/**
 * A paragraph long enough to be laid out in steps (over 20,000 characters) in
 * the real webview: no character lost or moved, the same line breaks as the
 * paragraph laid out whole, and no sheet overflowing.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchOrSkip } from './browser';
import { openWebview, postUpdate, updateFor } from './webview-harness';

const SIPAS = readFileSync(join(__dirname, '../../..', 'examples', 'hoi-nghi-sipas-2024.giaymoi.yaml'), 'utf8');
const WORDS = 'cơ quan đơn vị triển khai thực hiện nhiệm vụ báo cáo kết quả đề xuất giải pháp Hội nghị'.split(' ');
const paragraph = (chars: number) => {
  const words: string[] = [];
  for (let i = 0, n = 0; n < chars; i += 1) {
    words.push(`${WORDS[i % WORDS.length]}${i % 97 === 0 ? ',' : ''}`);
    n += words[words.length - 1].length + 1;
  }
  return `${words.join(' ')}.`;
};

/** Lines of `p` (line boxes grouped by their top). */
const COUNT_LINES = `(p) => { const r = document.createRange(); r.selectNodeContents(p); const tops = [];
  for (const b of Array.from(r.getClientRects())) if (b.height > 0 && !tops.some((t) => Math.abs(t - b.top) < b.height / 2)) tops.push(b.top);
  return tops.length; }`;

describe('preview webview: a very long paragraph', function () {
  this.timeout(180_000);
  let browser: Browser | undefined;
  let page: Page;
  before(async function () {
    browser = await launchOrSkip(this);
  });
  after(async () => {
    await page?.close();
    await browser?.close();
  });

  it('cuts a 50,000-character paragraph into pages with every character, in order, and the same lines as laid out whole', async () => {
    const text = paragraph(50_000);
    page = await openWebview(browser!);
    const pages = await postUpdate(page, updateFor(SIPAS.replace(/^mo_dau:.*$/m, `mo_dau: "${text}"`), 1));
    assert.ok(pages >= 14, `pages: ${pages}`);
    const result = (await page.evaluate(`(() => {
      const countLines = ${COUNT_LINES};
      const pieces = Array.from(document.querySelectorAll('.gm-u-body > p')).filter((p) => p.textContent.startsWith(${JSON.stringify(text.slice(0, 0))}) && p.textContent.length > 0);
      const line = pieces.find((p) => p.textContent.startsWith(${JSON.stringify(text.slice(0, 40))})).dataset.line;
      const mine = pieces.filter((p) => p.dataset.line === line);
      const whole = mine[0].cloneNode(false);
      whole.className = mine[0].className.replace(/ ?gm-split-(head|tail)/g, '');
      whole.textContent = mine.map((p) => p.textContent).join('');
      const host = mine[0].closest('.gm-content');
      const box = document.createElement('div');
      box.className = 'gm-unit gm-u-body';
      box.appendChild(whole);
      host.appendChild(box);
      const wholeLines = countLines(whole);
      box.remove();
      const overflowing = Array.from(document.querySelectorAll('.gm-content')).filter((c) => c.scrollHeight > c.clientHeight + 1).length;
      return { joined: whole.textContent, pieces: mine.length, pieceLines: mine.reduce((n, p) => n + countLines(p), 0), wholeLines, overflowing };
    })()`)) as { joined: string; pieces: number; pieceLines: number; wholeLines: number; overflowing: number };
    assert.equal(result.joined, text);
    assert.ok(result.pieces >= 14, `pieces: ${result.pieces}`);
    assert.equal(result.pieceLines, result.wholeLines);
    assert.equal(result.overflowing, 0);
  });

  it('cuts only paragraphs that may break: a foot of over 20,000 characters (a long Nơi nhận) stays one unit', async () => {
    const recipients = Array.from({ length: 900 }, (_, i) => `  - Ủy ban nhân dân xã số ${i + 1};`).join('\n');
    const text = SIPAS.replace(/^noi_nhan:\n(?: {2}- .*\n)+/m, `noi_nhan:\n${recipients}\n  - "Lưu: VT."\n`);
    const update = updateFor(text, 2, {}, 'file:///long-foot.giaymoi.yaml');
    assert.ok(update.page, 'a valid invitation');
    await postUpdate(page, update);
    const feet = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.gm-u-foot'), (f) => f.textContent!.length),
    );
    assert.equal(feet.length, 1, `foot units: ${feet.length}`);
    assert.ok(feet[0] > 20_000, `the foot's text: ${feet[0]} characters`);
  });
});
