/**
 * The preview lays an edit out incrementally (src/webview/flow.ts: only the
 * changed units replaced, pagination run again only until the old page
 * breaks come back). After every edit of a long run, its sheets must be the
 * sheets a fresh preview lays out for the same text: the same pages, the same
 * units on each, cut at the same lines, numbered alike, with the same source
 * lines; and the units the edit could not reach must be the same elements.
 */
import * as assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launchOrSkip } from './browser';
import { previewInvitation } from '../../support/invitations.mjs';
import { openWebview, postUpdate, updateFor } from './webview-harness';

/** Each sheet as text: number, contact, and every unit's blocks (classes, source lines, text). */
const SNAPSHOT = `Array.from(document.querySelectorAll('#gm-pages > .gm-sheet')).map((s) => ({
  page: s.dataset.page,
  number: s.querySelector(':scope > .gm-pno')?.textContent ?? '',
  contact: s.querySelector(':scope > .gm-contact')?.textContent ?? '',
  units: Array.from(s.querySelector(':scope > .gm-content').children).map((u) => [u.className,
    ...Array.from(u.querySelectorAll('.gm-b')).map((b) => [b.className, b.dataset.line, b.dataset.lineEnd, b.dataset.range, b.textContent].join('|'))]),
}))`;

const WORDS =
  'kế hoạch triển khai nhiệm vụ trọng tâm chuyển đổi số cải cách hành chính nâng cao chất lượng phục vụ người dân'.split(
    ' ',
  );

/** The source line (zero-based) of the first paragraph cut at a page break after page 1. */
const FIRST_CUT = `Number(Array.from(document.querySelectorAll('#gm-pages > .gm-sheet:not(:first-child) .gm-split-head'))[0]?.dataset.line ?? -1)`;

/** The edits, the same on every run: each takes the source's lines (and the page shown) and changes them as a user would. */
function edits(): { name: string; apply: (lines: string[], page: Page) => void | Promise<void> }[] {
  let seed = 11;
  const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  const words = (n: number) => Array.from({ length: n }, () => WORDS[random(WORDS.length)]).join(' ');
  const paragraphs = (lines: string[]) =>
    lines.flatMap((l, i) => (l.startsWith('  - "') && i > lines.findIndex((x) => x === 'mo_dau:') ? [i] : []));
  const pick = (lines: string[]) => {
    const all = paragraphs(lines).filter((i) => lines[i].length < 5_000);
    return all[random(all.length)];
  };
  const ofLine = (lines: string[], key: string) => lines.findIndex((l) => l.startsWith(key));
  const grow = (n: number) => (lines: string[]) => {
    const i = pick(lines);
    lines[i] = lines[i].replace(/([.:])"$/, ` ${words(n)}$1"`);
  };
  return [
    { name: 'a word more in a paragraph', apply: grow(1) },
    { name: 'a line more in a paragraph', apply: grow(14) },
    { name: 'a few lines more', apply: grow(60) },
    {
      name: 'a paragraph shortened',
      apply: (lines) => {
        const i = pick(lines);
        lines[i] = lines[i].replace(/^( {2}- "(?:\S+ ){3})[^":]*([.:])"$/, '$1cuối$2"');
      },
    },
    {
      name: 'a paragraph inserted (the lines below move)',
      apply: (lines) => {
        lines.splice(pick(lines) + 1, 0, `  - "Đoạn mới ${words(30)}."`);
      },
    },
    {
      name: 'a heading-like paragraph inserted (kept with the next)',
      apply: (lines) => {
        lines.splice(pick(lines), 0, `  - "Nội dung ${words(4)}:"`);
      },
    },
    {
      name: 'a paragraph deleted',
      apply: (lines) => {
        lines.splice(pick(lines), 1);
      },
    },
    {
      name: 'a comment line at the top (only source lines move)',
      apply: (lines) => {
        lines.unshift('# ghi chú của người soạn');
      },
    },
    {
      name: 'the trích yếu (page 1) changed',
      apply: (lines) => {
        const i = ofLine(lines, 'trich_yeu:');
        lines[i] = `trich_yeu: Dự Hội nghị ${words(12)}`;
      },
    },
    {
      name: "the contact block (page 1's room) grows",
      apply: (lines) => {
        const i = ofLine(lines, '  dia_chi:');
        lines[i] = `${lines[i]}, ${words(25)}`;
      },
    },
    {
      name: 'the signer (the foot) changed',
      apply: (lines) => {
        const i = ofLine(lines, '  ho_ten:');
        lines[i] = '  ho_ten: Nguyễn Văn An';
      },
    },
    {
      name: 'a paragraph made very long (laid out in steps)',
      apply: (lines) => {
        const i = pick(lines);
        lines[i] = `  - "${words(5_000)}."`;
      },
    },
    {
      name: 'the very long paragraph edited',
      apply: (lines) => {
        const i = lines.findIndex((l) => l.length > 20_000);
        lines[i] = lines[i].replace(/\."$/, ` ${words(5)}."`);
      },
    },
    {
      name: 'the signer changed after the very long paragraph (the pass goes back over its pieces)',
      apply: (lines) => {
        const i = ofLine(lines, '  ho_ten:');
        lines[i] = '  ho_ten: Trần Thị Bình';
      },
    },
    {
      name: 'two paragraphs changed far apart',
      apply: (lines) => {
        grow(20)(lines);
        grow(20)(lines);
      },
    },
    {
      name: 'the very long paragraph removed',
      apply: (lines) => {
        lines.splice(
          lines.findIndex((l) => l.length > 20_000),
          1,
        );
      },
    },
    {
      name: 'the contact block removed',
      apply: (lines) => {
        lines.splice(ofLine(lines, 'lien_he:'), 4);
      },
    },
    {
      name: 'the first paragraph deleted',
      apply: (lines) => {
        lines.splice(paragraphs(lines)[0], 1);
      },
    },
    {
      name: 'the last paragraph grows',
      apply: (lines) => {
        const all = paragraphs(lines);
        const i = all[all.length - 1];
        lines[i] = lines[i].replace(/([.:])"$/, ` ${words(80)}$1"`);
      },
    },
    { name: 'a word more again', apply: grow(1) },
    {
      name: 'the paragraph before a page break grows a line (the break moves, the cut paragraph keeps its two pieces)',
      apply: async (lines, page) => {
        const cut = await page.evaluate<number>(FIRST_CUT);
        assert.ok(cut > 0 && lines[cut - 1].startsWith('  - "'), 'a paragraph cut at a page break, after another');
        lines[cut - 1] = lines[cut - 1].replace(/([.:])"$/, ` ${words(14)}$1"`);
      },
    },
    {
      name: 'a paragraph deleted again',
      apply: (lines) => {
        lines.splice(pick(lines), 1);
      },
    },
  ];
}

describe('preview webview: incremental layout', function () {
  this.timeout(300_000);
  let browser: Browser | undefined;
  let live: Page;
  let fresh: Page;
  before(async function () {
    browser = await launchOrSkip(this);
    [live, fresh] = [await openWebview(browser!), await openWebview(browser!)];
  });
  after(async () => {
    await browser?.close();
  });

  it('after each edit of a run, shows the sheets a fresh preview shows for the same text', async () => {
    const lines = previewInvitation(140).split('\n');
    await postUpdate(live, updateFor(lines.join('\n'), 1));
    let version = 1;
    for (const edit of edits()) {
      await edit.apply(lines, live);
      version += 1;
      const update = updateFor(lines.join('\n'), version);
      assert.ok(update.page, `${edit.name}: the edited text is still a valid invitation`);
      const pages = await postUpdate(live, update);
      const laid = await postUpdate(fresh, { ...update, uri: `file:///fresh-${version}.giaymoi.yaml` });
      assert.equal(pages, laid, `${edit.name}: page count`);
      assert.deepEqual(await live.evaluate(SNAPSHOT), await fresh.evaluate(SNAPSHOT), `${edit.name}: the sheets`);
    }
  });

  it('lays a page out again from the start of a long paragraph cut in steps, whatever page its pieces begin (18 lengths)', async () => {
    // An edit after a very long paragraph sends the pass back over its pages; where a page happens to begin with one
    // of its later pieces, the pass once took that piece's earlier siblings twice (one length of these 18 showed it).
    let version = 300;
    for (let chars = 40_000; chars < 64_000; chars += 1_337) {
      const text = previewInvitation(20).replace(
        'mo_dau:\n',
        `mo_dau:\n  - "${'chuyển đổi số cải cách '.repeat(Math.floor(chars / 23))}."\n`,
      );
      const uri = `file:///long-${chars}.giaymoi.yaml`;
      await postUpdate(live, updateFor(text, (version += 1), {}, uri));
      const edited = updateFor(
        text.replace('ho_ten: Dương Thị Thanh Thịnh', 'ho_ten: Trần Bình'),
        (version += 1),
        {},
        uri,
      );
      const pages = await postUpdate(live, edited);
      assert.equal(
        pages,
        await postUpdate(fresh, { ...edited, uri: `file:///long-fresh-${chars}.giaymoi.yaml` }),
        `${chars} characters: page count`,
      );
      assert.deepEqual(
        await live.evaluate(SNAPSHOT),
        await fresh.evaluate(SNAPSHOT),
        `${chars} characters: the sheets`,
      );
    }
  });

  it('moves the pages after an inserted or removed whole page, renumbered, without laying them out again', async () => {
    // Units of equal height that move whole, k to a sheet: k more before page 3 push every later page down by exactly one.
    // (Versions are new to this page: the harness waits for the first 'rendered' of a version.)
    const css = updateFor(previewInvitation(1), 1).css;
    const unit = (name: string) =>
      `<div class="gm-unit gm-u-foot"><p class="gm-b" data-line="0" data-line-end="0" data-range="0:0-0:1">${Array.from({ length: 9 }, (_, k) => `${name}.${k}`).join('<br>')}</p></div>`;
    const units = Array.from({ length: 40 }, (_, i) => unit(`U${i}`));
    const post = (list: string[], version: number) =>
      postUpdate(live, {
        ...updateFor(previewInvitation(1), version, {}, 'file:///whole.giaymoi.yaml'),
        css,
        page: { units: list, contact: '' },
      });
    const sheetsOf = () =>
      live.evaluate(() =>
        Array.from(document.querySelectorAll('#gm-pages > .gm-sheet'), (s) => ({
          number: s.querySelector('.gm-pno')?.textContent ?? '',
          first: s.querySelector('.gm-unit')?.textContent?.split('.')[0],
          old: Array.from(s.querySelectorAll('.gm-unit')).every((u) => (u as HTMLElement & { old?: boolean }).old),
        })),
      );
    const pages = await post(units, 201);
    const k = await live.evaluate(
      () => document.querySelectorAll('#gm-pages > .gm-sheet:nth-child(2) .gm-unit').length,
    );
    assert.ok(k >= 2 && pages === Math.ceil(40 / k), `${k} units a sheet, ${pages} sheets`);
    const firsts = (list: string[]) => Array.from({ length: Math.ceil(list.length / k) }, (_, p) => list[p * k]);
    const numbers = (n: number) => Array.from({ length: n }, (_, p) => (p ? String(p + 1) : ''));
    await live.evaluate(() =>
      document.querySelectorAll('.gm-unit').forEach((u) => {
        (u as HTMLElement & { old?: boolean }).old = true;
      }),
    );
    const inserted = Array.from({ length: k }, (_, i) => `N${i}`);
    const names = Array.from({ length: 40 }, (_, i) => `U${i}`);
    const longer = [...names.slice(0, 2 * k), ...inserted, ...names.slice(2 * k)];
    assert.equal(await post(longer.map(unit), 202), pages + 1);
    const grown = await sheetsOf();
    assert.deepEqual(
      grown.map((s) => s.first),
      firsts(longer),
    );
    assert.deepEqual(
      grown.map((s) => s.number),
      numbers(pages + 1),
    );
    assert.deepEqual(
      grown.map((s) => s.old),
      grown.map((_, p) => p !== 2),
      'only the new page is new',
    );
    assert.equal(await post(units, 203), pages);
    const back = await sheetsOf();
    assert.deepEqual(
      back.map((s) => s.first),
      firsts(names),
    );
    assert.deepEqual(
      back.map((s) => s.number),
      numbers(pages),
    );
    assert.ok(
      back.every((s) => s.old),
      'every unit is the element it was',
    );
  });

  it('keeps the elements of the pages an edit in the middle cannot reach, and reports them unchanged', async () => {
    const lines = previewInvitation(140).split('\n');
    await postUpdate(live, updateFor(lines.join('\n'), 100, {}, 'file:///middle.giaymoi.yaml'));
    const sheets = await live.evaluate(() => document.querySelectorAll('#gm-pages > .gm-sheet').length);
    assert.ok(sheets >= 8, `sheets: ${sheets}`);
    await live.evaluate(() =>
      document.querySelectorAll('.gm-unit').forEach((u) => {
        (u as HTMLElement & { old?: boolean }).old = true;
      }),
    );
    const middle = lines.findIndex((l, i) => i > lines.length / 2 && l.startsWith('  - "'));
    lines[middle] = lines[middle].replace(/([.:])"$/, ' thêm$1"');
    await postUpdate(live, updateFor(lines.join('\n'), 101, {}, 'file:///middle.giaymoi.yaml'));
    const kept = await live.evaluate(() =>
      Array.from(document.querySelectorAll('#gm-pages > .gm-sheet'), (s) => {
        const units = Array.from(s.querySelectorAll('.gm-unit')) as (HTMLElement & { old?: boolean })[];
        return units.filter((u) => u.old).length / units.length;
      }),
    );
    assert.equal(kept[0], 1, 'page 1 untouched');
    assert.equal(kept[kept.length - 1], 1, 'the last page untouched');
    assert.ok(
      kept.filter((k) => k < 1).length <= 2,
      `pages with new elements: ${kept.map((k) => k.toFixed(2)).join(' ')}`,
    );
    const edited = await live.evaluate(() =>
      Array.from(document.querySelectorAll('.gm-unit')).some(
        (u) => u.textContent!.includes(' thêm') && !(u as HTMLElement & { old?: boolean }).old,
      ),
    );
    assert.ok(edited, 'the edited paragraph is new');
  });
});
