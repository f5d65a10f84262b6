import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliContext } from '../../../src/cli/context';
import { runPreview } from '../../../src/cli/preview';
import { createRuleConfigLoader } from '../../../src/cli/rule-config';
import { SMALL } from '../render-html/support';

function cli(options: Record<string, string> = {}): CliContext & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return {
    language: 'vi',
    format: 'text',
    options,
    lines,
    errors,
    rules: createRuleConfigLoader(undefined, { severities: {} }, { err: (l) => errors.push(l), say: (t) => t.vi }),
    out: (l) => lines.push(l),
    err: (l) => errors.push(l),
    say: (t) => t.vi,
    usage: () => 2,
  };
}

describe('giaymoi preview (CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'giaymoi-cli-preview-'));

  it('writes the standalone page next to the source by default, and exits 0', async () => {
    const source = join(dir, 'hop.giaymoi.yaml');
    writeFileSync(source, SMALL);
    const c = cli();
    assert.equal(await runPreview([source], c), 0);
    const html = readFileSync(join(dir, 'hop.html'), 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /<style>[\s\S]*@page\{size:A4;margin:0\}/);
    assert.match(html, /\.gm-sheet\{[^}]*padding:20mm 15mm 20mm 30mm/);
    assert.doesNotMatch(
      html,
      /<script/,
      'from the sources (no dist/standalone.js beside the CLI) the estimated sheets stay, with no script',
    );
    assert.deepEqual(c.lines, [`Đã ghi ${join(dir, 'hop.html')}`]);
  });

  it('takes -o and the page options (margins, body size)', async () => {
    const source = join(dir, 'a.giaymoi.yaml');
    writeFileSync(source, SMALL);
    const out = join(dir, 'khac.html');
    assert.equal(await runPreview([source], cli({ o: out, 'margin-left': '35', 'body-size': '13' })), 0);
    const html = readFileSync(out, 'utf8');
    assert.match(html, /padding:20mm 15mm 20mm 35mm/);
    assert.match(html, /\.r-paragraph\{font-size:13pt/);
  });

  it('exits 1 with the errors listed when the source has no valid model, writing nothing', async () => {
    const source = join(dir, 'hong.giaymoi.yaml');
    writeFileSync(source, 'co_quan: [\n');
    const c = cli();
    assert.equal(await runPreview([source], c), 1);
    assert.ok(c.errors.length > 0 && c.errors[0].startsWith(`${source}:`));
    assert.ok(!existsSync(join(dir, 'hong.html')));
  });

  it('exits 1 and says so when the source has errors, writing the page with the errors above the sheets', async () => {
    const source = join(dir, 'loi.giaymoi.yaml');
    writeFileSync(source, SMALL.replace(/^ngay: .*$/m, 'ngay: 2024-02-30'));
    const c = cli();
    assert.equal(await runPreview([source], c), 1);
    assert.ok(
      c.errors.some((e) => /^.*loi\.giaymoi\.yaml:\d+:\d+: error GM\d+/.test(e)),
      c.errors.join('\n'),
    );
    assert.match(c.errors[c.errors.length - 1], /còn \d+ lỗi; trang đã ghi kèm danh sách lỗi/);
    const html = readFileSync(join(dir, 'loi.html'), 'utf8');
    assert.match(html, /<div class="gm-errors" role="alert"><strong>Tệp còn \d+ lỗi/);
    assert.match(html, /@media print\{\.gm-errors\{display:none\}\}/);
  });

  it('exits 2 for a missing file or bad usage', async () => {
    assert.equal(await runPreview([join(dir, 'khong-co.giaymoi.yaml')], cli()), 2);
    assert.equal(await runPreview([], cli()), 2);
  });
});
