/**
 * The web extension's bundle (scripts/web-bundle.mjs) runs in VS Code's
 * web-worker host, which has no Node: the build fails on any Node built-in,
 * naming its importer, and the web entry (src/web-extension.ts) bundles with
 * the web platform and none of the Node implementations.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = join(__dirname, '../../..');

interface WebBundle {
  webExtensionTarget: esbuild.BuildOptions;
  checkNoNodeBuiltins(): esbuild.Plugin;
  isNodeBuiltin(path: string): boolean;
}

const load = () => import(pathToFileURL(join(ROOT, 'scripts/web-bundle.mjs')).href) as Promise<WebBundle>;

describe('web bundle', function () {
  this.timeout(60_000);

  it('names Node built-ins, with or without node:, and subpaths', async () => {
    const { isNodeBuiltin } = await load();
    for (const name of [
      'fs',
      'node:fs',
      'fs/promises',
      'path',
      'os',
      'child_process',
      'crypto',
      'zlib',
      'stream',
      'buffer',
      'node:assert/strict',
    ])
      assert.ok(isNodeBuiltin(name), name);
    for (const name of ['yaml', 'zod', 'docx', 'vscode', './fs', 'path-browserify'])
      assert.ok(!isNodeBuiltin(name), name);
  });

  it('fails the build when a module imports a Node built-in, naming the importer', async () => {
    const { checkNoNodeBuiltins } = await load();
    const dir = mkdtempSync(join(tmpdir(), 'giaymoi-web-guard-'));
    try {
      writeFileSync(
        join(dir, 'creeps.ts'),
        "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
      );
      writeFileSync(join(dir, 'entry.ts'), "export { read } from './creeps';\n");
      const build = esbuild.build({
        entryPoints: [join(dir, 'entry.ts')],
        bundle: true,
        write: false,
        platform: 'browser',
        format: 'cjs',
        logLevel: 'silent',
        plugins: [checkNoNodeBuiltins()],
      });
      await assert.rejects(build, (error: Error) =>
        /must not use Node's "node:fs" \(imported by .*creeps\.ts\)/.test(error.message),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('bundles src/web-extension.ts for the browser with the web platform and without the Node implementations', async () => {
    const { webExtensionTarget } = await load();
    const result = await esbuild.build({
      ...webExtensionTarget,
      outfile: undefined,
      outdir: join(tmpdir(), 'giaymoi-web-guard-out'),
      absWorkingDir: ROOT,
      bundle: true,
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs).map((p) => relative(ROOT, join(ROOT, p)));
    assert.ok(inputs.includes('src/features/web-platform.ts'));
    assert.ok(inputs.includes('src/render/docx/index.ts'), 'the DOCX renderer is inside (cjs cannot split)');
    for (const node of [
      'src/features/node-platform.ts',
      'src/export/node-file-system.ts',
      'src/export/node-zip-codec.ts',
      'src/node/convert-doc.ts',
    ])
      assert.ok(!inputs.includes(node), node);
    const text = result.outputFiles.find((f) => f.path.endsWith('.js'))!.text;
    assert.deepEqual([...new Set([...text.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]))], ['vscode']);
  });
});
