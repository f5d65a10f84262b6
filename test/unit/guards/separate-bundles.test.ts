/**
 * The desktop extension and the CLI load the DOCX renderer and the XLSX reader
 * only when they are used: their bundles hold neither, only a require of the
 * bundle built beside them (scripts/separate-bundles.mjs), so activation and
 * `giaymoi check` never parse the docx library.
 */
import * as assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = join(__dirname, '../../..');

interface SeparateBundles {
  separateBundles(): esbuild.Plugin;
}

const load = () => import(pathToFileURL(join(ROOT, 'scripts/separate-bundles.mjs')).href) as Promise<SeparateBundles>;

async function bundle(entry: string, plugins: esbuild.Plugin[]): Promise<{ inputs: string[]; text: string }> {
  const result = await esbuild.build({
    entryPoints: [entry],
    absWorkingDir: ROOT,
    outdir: join(tmpdir(), 'giaymoi-separate-out'),
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    logLevel: 'silent',
    plugins,
  });
  const inputs = Object.keys(result.metafile.inputs).map((p) => relative(ROOT, join(ROOT, p)));
  return { inputs, text: result.outputFiles.find((f) => f.path.endsWith('.js'))!.text };
}

describe('separate bundles (DOCX renderer, XLSX reader)', function () {
  this.timeout(60_000);

  for (const entry of ['src/extension.ts', 'src/cli/main.ts']) {
    it(`${entry}'s bundle requires dist/docx.js and dist/xlsx.js instead of holding them`, async () => {
      const { separateBundles } = await load();
      const { inputs, text } = await bundle(entry, [separateBundles()]);
      for (const held of ['src/render/docx/index.ts', 'src/lists/read-xlsx.ts'])
        assert.ok(!inputs.includes(held), held);
      assert.ok(!inputs.some((p) => p.includes('node_modules/docx/')), 'the docx library stays out');
      assert.match(text, /require\("\.\/docx\.js"\)/);
      assert.match(text, /require\("\.\/xlsx\.js"\)/);
    });
  }

  for (const entry of ['src/extension.ts', 'src/cli/main.ts']) {
    it(`${entry}'s bundle requires dist/pdf.js, without pdfkit inside`, async () => {
      const { separateBundles } = await load();
      const { inputs, text } = await bundle(entry, [separateBundles()]);
      assert.ok(!inputs.includes('src/render/pdf/index.ts'));
      assert.ok(!inputs.some((p) => p.includes('node_modules/pdfkit/')), 'pdfkit stays out');
      assert.match(text, /require\("\.\/pdf\.js"\)/);
    });
  }

  it("src/extension.ts's bundle requires dist/import.js, without the importer's zip and XML readers inside", async () => {
    const { separateBundles } = await load();
    const { inputs, text } = await bundle('src/extension.ts', [separateBundles()]);
    assert.ok(!inputs.includes('src/import/index.ts'));
    assert.ok(!inputs.includes('src/import/xml-reader.ts'));
    assert.match(text, /require\("\.\/import\.js"\)/);
  });

  // An import() of a module inside the bundle makes esbuild wrap it and all it reaches in lazy
  // initialisers (`__esm`): every activation pays for them, and tree shaking stops at them.
  it("src/extension.ts's bundle runs its modules flat: no lazy initialisers, no zod locale but English", async () => {
    const { separateBundles } = await load();
    const { text } = await bundle('src/extension.ts', [separateBundles()]);
    assert.doesNotMatch(text, /__esm\(/);
    // esbuild heads each module it keeps with a comment naming its path.
    const locales = [...text.matchAll(/^\/\/ .*zod\/v4\/locales\/([\w-]+\.js)$/gm)].map((m) => m[1]);
    assert.deepEqual(locales, ['en.js']);
  });

  it('without the plugin the renderer would be inside (the check can fail)', async () => {
    const { inputs } = await bundle('src/extension.ts', []);
    assert.ok(inputs.includes('src/render/docx/index.ts'));
  });
});
