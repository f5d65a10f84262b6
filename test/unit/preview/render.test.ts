import * as assert from 'node:assert/strict';
import { checkInvitation } from '../../../src/core/check/check';
import { htmlText } from '../../../src/features/preview/message';
import { renderPreview, summarizeErrors } from '../../../src/features/preview/render';
import { contentSecurityPolicy, makeNonce, shellHtml } from '../../../src/features/preview/shell';
import { SMALL } from '../render-html/support';

const shell = (state: unknown, nonce = 'abc') =>
  shellHtml({
    cspSource: 'https://x.vscode-cdn.net',
    scriptUri: 'https://x/media/preview.js',
    styleUri: 'https://x/media/preview.css',
    nonce,
    state,
    lang: 'vi',
  });

describe('preview: what the extension sends', () => {
  it('renders a valid source with its page and no errors', () => {
    const r = renderPreview(checkInvitation(SMALL), {}, 'vi');
    assert.ok(r.page?.units.some((u) => u.includes('GIẤY MỜI')));
    assert.ok(r.css?.includes('.gm-sheet{'));
    assert.deepEqual(r.errors, { count: 0 });
  });

  it('sends no page while the source has no valid model, with the count and the first error in the chosen language', () => {
    const broken = SMALL.replace('trich_yeu: Dự Hội nghị tổng kết\n', '').replace('dia_danh: Bắc Sơn', 'dia_danh: [');
    const vi = renderPreview(checkInvitation(broken), {}, 'vi');
    const en = summarizeErrors(checkInvitation(broken), 'en');
    assert.equal(vi.page, undefined);
    assert.ok(vi.errors.count >= 1);
    assert.ok(vi.errors.first && vi.errors.first.line >= 0);
    assert.notEqual(vi.errors.first?.message, en.first?.message);
  });

  it('gives the test hook the page as plain text, entities decoded', () => {
    assert.equal(htmlText('<p class="x">a &amp; b<br>c</p><p>&lt;img&gt;</p>'), 'a & b\nc\n<img>\n');
  });
});

describe('preview shell: security', () => {
  it('has the strict CSP: nothing by default, styles and fonts from the webview, scripts only by nonce', () => {
    assert.equal(
      contentSecurityPolicy('https://c', 'N'),
      "default-src 'none'; style-src https://c; font-src https://c; img-src https://c data:; script-src 'nonce-N'",
    );
    const html = shell({});
    assert.ok(
      html.includes(`content="${contentSecurityPolicy('https://x.vscode-cdn.net', 'abc').replace(/'/g, '&#39;')}"`),
    );
    assert.equal((html.match(/<script/g) ?? []).length, 1);
    assert.match(html, /<script nonce="abc" src="https:\/\/x\/media\/preview.js"><\/script>/);
    assert.doesNotMatch(html, /<style|style="|\son[a-z]+=/);
  });

  it('keeps the initial state in an escaped data attribute', () => {
    const html = shell({ uri: 'file:///"><script>alert(1)</script>.giaymoi.yaml' });
    assert.ok(!html.includes('<script>alert'));
    const attr = /data-state="([^"]*)"/.exec(html)?.[1] ?? '';
    const decoded = attr
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&#39;/g, "'")
      .replace(/&#96;/g, '`')
      .replace(/&amp;/g, '&');
    assert.deepEqual(JSON.parse(decoded), { uri: 'file:///"><script>alert(1)</script>.giaymoi.yaml' });
  });

  it('makes a fresh 32-character nonce each time', () => {
    const a = makeNonce();
    assert.match(a, /^[A-Za-z0-9]{32}$/);
    assert.notEqual(a, makeNonce());
  });
});
