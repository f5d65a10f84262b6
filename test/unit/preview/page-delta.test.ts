/**
 * An edit of a long invitation sends the preview only the units it changed
 * (pageDelta), and the webview rebuilds the same page (withFullPage), or asks
 * for the whole page when it lacks the page the delta was made against.
 */
import * as assert from 'node:assert/strict';
import { pageDelta, withFullPage, type PageBase, type PageUnits, type ToWebview } from '../../../src/protocol';

const page = (units: string[], contact = '<c>'): PageUnits => ({ units, contact });
const update = (version: number, p?: PageUnits, uri = 'file:///a.giaymoi.yaml'): ToWebview.Update => ({
  type: 'update',
  uri,
  version,
  ...(p ? { page: p } : {}),
  errors: { count: 0 },
  options: {
    language: 'vi',
    scrollPreviewWithEditor: true,
    scrollEditorWithPreview: true,
    doubleClickToSwitchToEditor: true,
  },
  locked: false,
});
const long = Array.from({ length: 1000 }, (_, i) => `<div>${i}</div>`);

/** Posts `updates` through both sides; returns what was sent and what the webview rebuilt. */
function roundTrip(updates: ToWebview.Update[]): { sent: ToWebview.Update[]; shown: (PageUnits | undefined)[] } {
  let host: PageBase | undefined;
  let view: PageBase | undefined;
  const sent: ToWebview.Update[] = [];
  const shown: (PageUnits | undefined)[] = [];
  for (const u of updates) {
    let out: ToWebview.Update;
    [out, host] = pageDelta(host, u);
    sent.push(out);
    const rebuilt = withFullPage(view, JSON.parse(JSON.stringify(out)) as ToWebview.Update);
    assert.ok(rebuilt, `version ${u.version} could be rebuilt`);
    view = rebuilt[1];
    shown.push(rebuilt[0].page);
  }
  return { sent, shown };
}

describe('preview page deltas', () => {
  it('sends the first page whole, then only the changed units; the webview rebuilds each page exactly', () => {
    const edited = long.map((u, i) => (i === 500 ? '<div>500 Qz</div>' : u));
    const inserted = [...edited.slice(0, 10), '<div>new</div>', ...edited.slice(10)];
    const removed = inserted.slice(0, 990);
    const pages = [page(long), page(edited), page(inserted), page(removed, '<other contact>')];
    const { sent, shown } = roundTrip(pages.map((p, i) => update(i + 1, p)));
    assert.deepEqual(sent[0].page, pages[0]);
    assert.deepEqual(sent[1].delta, { base: 1, from: 500, tail: 499, units: ['<div>500 Qz</div>'], contact: '<c>' });
    assert.deepEqual(sent[2].delta?.units, ['<div>new</div>']);
    assert.equal(sent[3].delta?.units.length, 0);
    assert.ok(JSON.stringify(sent[1]).length < 1000, 'one changed unit of 1,000 travels alone');
    assert.deepEqual(shown, pages);
  });

  it('keeps the base across an update without a page (a parse error), and starts again whole for another file', () => {
    const { sent, shown } = roundTrip([
      update(1, page(long)),
      update(2),
      update(3, page(long.slice(1))),
      update(4, page(long), 'file:///b.giaymoi.yaml'),
    ]);
    assert.equal(sent[1].page, undefined);
    assert.equal(sent[1].delta, undefined);
    assert.equal(sent[2].delta?.base, 1);
    assert.deepEqual(shown[2], page(long.slice(1)));
    assert.deepEqual(sent[3].page, page(long));
  });

  it('a webview without the base of a delta (reloaded, or it dropped a stale update) cannot rebuild it', () => {
    const [, base] = pageDelta(undefined, update(1, page(long)));
    const [delta] = pageDelta(base, update(2, page(long.slice(2))));
    assert.equal(withFullPage(undefined, delta), undefined);
    const older = { uri: 'file:///a.giaymoi.yaml', version: 0, page: page(long) };
    assert.equal(withFullPage(older, delta), undefined);
  });
});
