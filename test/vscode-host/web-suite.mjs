// Bundles the integration suite for VS Code's web-worker extension host: one
// CommonJS file with mocha's browser build, the browser `assert`, and every
// test whose title is tagged @web (plus the web-only *.web.test.ts files).
// VS Code runs extensionTestsPath in the host of the extension whose folder
// contains it, so the bundle must be written inside the extension's folder.
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, testFiles } from '../integration/harness.mjs';
import { WEB_ALIASES, webPlatformPlugin } from '../../scripts/web-bundle.mjs';

const SUITE_DIR = join(REPO_ROOT, 'test', 'integration');

/** The suite's files that have @web tests, and the web-only files. */
export function webTestFiles() {
  const tagged = testFiles().filter((f) => readFileSync(join(SUITE_DIR, f), 'utf8').includes('@web'));
  return [...tagged, ...testFiles({ web: true })];
}

/** Roughly how many @web tests there are (for the "skipped" result when no host is available). */
export function countWebTests() {
  return webTestFiles().reduce(
    (n, f) => n + (readFileSync(join(SUITE_DIR, f), 'utf8').match(/^\s*it\(.*@web/gm)?.length ?? 0),
    0,
  );
}

/** Writes `outDir/index.js` (the entry's `run()` loading every web test) and returns its path. */
export async function buildWebSuite(outDir) {
  mkdirSync(outDir, { recursive: true });
  const entry = join(outDir, 'entry.js');
  const requires = webTestFiles()
    .map((f) => `  require(${JSON.stringify(join(SUITE_DIR, f))});`)
    .join('\n');
  writeFileSync(
    entry,
    `const { run } = require(${JSON.stringify(join(SUITE_DIR, 'web-index.ts'))});\nexports.run = () => run(() => {\n${requires}\n});\n`,
  );
  await esbuild.build({
    entryPoints: [entry],
    outfile: join(outDir, 'index.js'),
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    sourcemap: 'linked',
    external: ['vscode'],
    logLevel: 'error',
    mainFields: ['browser', 'module', 'main'],
    // The packages named like Node modules (assert, util) are their browser versions from node_modules;
    // a real Node built-in fails to resolve for the browser platform, failing the build.
    // The browser `assert` package (and its `util`) read these off `process`, which a worker lacks.
    define: {
      'process.env.NODE_DEBUG': 'undefined',
      'process.stderr': 'undefined',
      'process.emitWarning': 'undefined',
    },
    plugins: [
      mochaAsGlobal(),
      webPlatformPlugin({
        ...WEB_ALIASES,
        mocha: join(SUITE_DIR, 'support', 'mocha-web.ts'),
        'node:assert/strict': join(SUITE_DIR, 'support', 'web-assert.ts'),
        assert: join(REPO_ROOT, 'node_modules', 'assert', 'build', 'assert.js'),
      }),
    ],
  });
  return join(outDir, 'index.js');
}

/**
 * mocha's browser build is a UMD script that esbuild does not wrap as CommonJS,
 * so its `module.exports = …` would replace the suite's own exports: it is
 * loaded with `module`, `exports` and `define` hidden, and takes its global
 * branch (`globalThis.mocha`, `globalThis.Mocha`), as in a <script> tag.
 */
function mochaAsGlobal() {
  return {
    name: 'mocha-as-global',
    setup(build) {
      build.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, (args) => ({
        contents: `(function (module, exports, define) {\n${readFileSync(args.path, 'utf8')}\n}).call(globalThis);\n`,
        loader: 'js',
      }));
    },
  };
}
