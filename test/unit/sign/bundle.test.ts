/**
 * The signing code (pdf-lib, node-forge, fontkit, @signpdf: 3.7 MB bundled)
 * stays in its own bundle, dist/sign.js: the CLI and the desktop extension
 * only require it when something is signed, so `giaymoi check` and activation
 * do not parse it (cli.js grew from 1.7 to 5.4 MB when it held it).
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

async function inputsOf(entry: string, plugins: esbuild.Plugin[]): Promise<{ inputs: string[]; text: string }> {
  const result = await esbuild.build({
    entryPoints: [entry],
    absWorkingDir: ROOT,
    outdir: join(tmpdir(), 'giaymoi-sign-bundle-out'),
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

const SIGNING = /node_modules\/(pdf-lib|node-forge|fontkit|@signpdf)\//;

describe('sign: its own bundle', function () {
  this.timeout(60_000);

  for (const entry of ['src/extension.ts', 'src/cli/main.ts'])
    it(`${entry}'s bundle requires dist/sign.js instead of holding the signing libraries`, async () => {
      const plugin = (await import(pathToFileURL(join(ROOT, 'scripts/separate-bundles.mjs')).href)) as SeparateBundles;
      const { inputs, text } = await inputsOf(entry, [plugin.separateBundles()]);
      assert.deepEqual(
        inputs.filter((p) => SIGNING.test(p) || p === 'src/sign/node-index.ts'),
        [],
      );
      assert.match(text, /require\("\.\/sign\.js"\)/);
    });

  it('without the plugin the CLI would hold them (the check can fail)', async () => {
    const { inputs } = await inputsOf('src/cli/main.ts', []);
    assert.ok(inputs.some((p) => SIGNING.test(p)));
  });
});
