/**
 * The webview (media/preview.js in headless Chromium) given page deltas
 * (src/protocol.ts, pageDelta): it shows the same text as from the whole page,
 * and a delta whose base it lacks (it reloaded, or dropped a stale update)
 * changes nothing and asks for the whole page with `ready`.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { pageDelta } from '../../../src/protocol';
import { launchOrSkip } from './browser';
import { openWebview, postMessage, posted, postUpdate, updateFor } from './webview-harness';

const ROOT = join(__dirname, '../../..');
const SIPAS = readFileSync(join(ROOT, 'examples', 'hoi-nghi-sipas-2024.giaymoi.yaml'), 'utf8');
const withSubject = (subject: string) => SIPAS.replace(/^trich_yeu:.*$/m, `trich_yeu: "${subject}"`);
const pagesText = (page: Page) => page.locator('#gm-pages').evaluate((e) => e.textContent ?? '');

describe('preview webview given page deltas', function () {
  this.timeout(60_000);
  let browser: Browser | undefined;
  let page: Page;

  before(async function () {
    browser = await launchOrSkip(this);
  });
  beforeEach(async () => {
    page = await openWebview(browser!);
  });
  afterEach(async () => {
    await page.close();
  });
  after(async () => {
    await browser?.close();
  });

  it('shows from a delta the same page as from the whole update', async () => {
    const [first, base] = pageDelta(undefined, updateFor(SIPAS, 1));
    await postUpdate(page, first);
    const edited = updateFor(withSubject('Về việc họp bàn Qzdelta'), 2);
    const [sent] = pageDelta(base, edited);
    assert.ok(sent.delta && !sent.page, 'the edit travels as a delta');
    assert.ok(sent.delta.units.length < edited.page!.units.length);
    await postUpdate(page, sent);
    const fromDelta = await pagesText(page);
    assert.match(fromDelta, /Qzdelta/);

    const fresh = await openWebview(browser!);
    await postUpdate(fresh, edited);
    assert.equal(fromDelta, await pagesText(fresh));
    await fresh.close();
  });

  it('asks for the whole page when a delta comes without its base, and keeps what it shows', async () => {
    const [, base] = pageDelta(undefined, updateFor(SIPAS, 1));
    await postUpdate(page, updateFor(withSubject('Trang đang hiện'), 1));
    const [delta] = pageDelta({ ...base!, version: 7 }, updateFor(withSubject('Qzlost'), 8));
    await postMessage(page, delta);
    await page.waitForFunction(
      () =>
        (window as unknown as { __posted: { type: string }[] }).__posted.filter((m) => m.type === 'ready').length >= 2,
    );
    const text = await pagesText(page);
    assert.match(text, /Trang đang hiện/);
    assert.doesNotMatch(text, /Qzlost/);
    assert.ok(!(await posted(page)).some((m) => m.type === 'rendered' && m.version === 8));
  });
});
