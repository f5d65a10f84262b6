/**
 * Every bundle the extension requires at run time ships in the VSIX: `.vscodeignore` ignores
 * everything (`**`) and lets back only what it names, so a separately built bundle it forgets
 * is missing from the installed extension (dist/sign.js was: "Ký số PDF" could not load).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(__dirname, '../../..');

describe('the VSIX holds every bundle the extension loads', () => {
  it('each separate bundle of scripts/separate-bundles.mjs is let back in .vscodeignore', async () => {
    const { SEPARATE_BUNDLES } = (await import(pathToFileURL(join(ROOT, 'scripts/separate-bundles.mjs')).href)) as {
      SEPARATE_BUNDLES: Record<string, string>;
    };
    const shipped = new Set(
      readFileSync(join(ROOT, '.vscodeignore'), 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('!'))
        .map((line) => line.slice(1).trim()),
    );
    const bundles = Object.values(SEPARATE_BUNDLES).map((file) => `dist/${file.replace(/^\.\//, '')}`);
    assert.ok(bundles.length >= 5, bundles.join(', '));
    assert.deepEqual(
      bundles.filter((file) => !shipped.has(file)),
      [],
    );
  });
});
