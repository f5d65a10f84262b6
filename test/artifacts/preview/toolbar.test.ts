/**
 * Issue 32, item 8: the preview's toolbar at half an editor's width (600 CSS px)
 * with the invitee picker of a list invitation showing stays one row — no button
 * label broken over two lines, nothing pushed out; the picker gives way (its
 * long label cut short) before the zoom buttons and the page count do.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchOrSkip } from './browser';
import { openWebview, postUpdate, updateFor } from './webview-harness';

const ROOT = join(__dirname, '../../..');
const SIPAS = readFileSync(join(ROOT, 'examples', 'hoi-nghi-sipas-2024.giaymoi.yaml'), 'utf8');
const LABELS = Array.from(
  { length: 30 },
  (_, i) => `Ông Nguyễn Văn Khách ${i + 1} — Giám đốc Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn`,
);

/** Each toolbar control's box, and the bar's own. */
async function layout(page: Page) {
  return page.evaluate(() => {
    const bar = document.getElementById('gm-toolbar')!;
    const controls = Array.from(bar.querySelectorAll<HTMLElement>('button, select, .gm-info')).filter((e) => !e.hidden);
    const lineHeight = parseFloat(getComputedStyle(bar).fontSize) * 1.6;
    return {
      lineHeight,
      bar: { height: bar.getBoundingClientRect().height, overflow: bar.scrollWidth - bar.clientWidth },
      controls: controls.map((e) => {
        const r = e.getBoundingClientRect();
        return { name: e.textContent?.slice(0, 20) ?? '', top: r.top, height: r.height, right: r.right };
      }),
      width: window.innerWidth,
    };
  });
}

describe('preview toolbar at half an editor width', function () {
  this.timeout(60_000);
  let browser: Browser | undefined;

  before(async function () {
    browser = await launchOrSkip(this);
  });
  after(async () => {
    await browser?.close();
  });

  for (const width of [600, 480]) {
    it(`stays one row at ${width} px with the invitee picker and the lock showing`, async () => {
      const page = await openWebview(browser!, { width, height: 800 });
      try {
        await postUpdate(page, { ...updateFor(SIPAS, 1), locked: true, invitees: { labels: LABELS, selected: 29 } });
        const { bar, controls, lineHeight } = await layout(page);
        assert.equal(controls.length, 5, 'three zoom buttons, the picker, the page count');
        assert.ok(bar.overflow <= 0, `nothing pushed out of the bar (${bar.overflow} px)`);
        for (const c of controls) {
          assert.ok(c.height < lineHeight, `"${c.name}" on one line (${c.height} px)`);
          assert.ok(
            Math.abs(c.top + c.height / 2 - (controls[0].top + controls[0].height / 2)) < 2,
            `"${c.name}" in the row`,
          );
          assert.ok(c.right <= width, `"${c.name}" inside the window`);
        }
      } finally {
        await page.close();
      }
    });
  }
});
