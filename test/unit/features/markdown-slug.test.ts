/**
 * Issue 32, item 7: the rules reference opens in VS Code's Markdown preview at
 * the entry's heading, found by its id: our slug must be the preview's for
 * every heading of docs/rules.md.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { markdownSlug } from '../../../src/features/markdown-slug';

/** VS Code 1.100's markdown-language-features githubSlugifier.fromHeading, as shipped. */
const vscodeSlug = (heading: string) =>
  encodeURI(
    heading
      .trim()
      .toLowerCase()
      .replace(/\s+/g, '-')
      .replace(
        /[\][!/'"#$%&()*+,.:;<=>?@\\^{|}~`。，、；：？！…—·ˉ¨‘’“”々～‖∶＂＇｀｜〃〔〕〈〉《》「」『』．〖〗【】（）［］｛｝]/g,
        '',
      )
      .replace(/^-+/, '')
      .replace(/-+$/, ''),
  );

describe('features: the Markdown preview id of a rules-reference heading (issue 32, item 7)', () => {
  it("is VS Code's for every heading of docs/rules.md (the preview compares it URI-encoded)", () => {
    const headings = readFileSync('docs/rules.md', 'utf8')
      .split('\n')
      .filter((l) => /^#{1,6} /.test(l))
      .map((l) => l.replace(/^#+\s*/, ''));
    assert.ok(headings.length > 40);
    for (const heading of headings)
      assert.equal(encodeURIComponent(markdownSlug(heading)), vscodeSlug(heading), heading);
    assert.equal(markdownSlug('GM012 · Bản dự thảo chưa có số'), 'gm012--bản-dự-thảo-chưa-có-số');
  });
});
