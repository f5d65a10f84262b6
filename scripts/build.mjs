// Bundles the extension (desktop and web entries), the CLI, the lazily loaded DOCX
// renderer and XLSX reader, the webview script and a browser build of the core
// (which proves the core stays pure). The web extension: scripts/web-bundle.mjs
// (no Node built-in may reach it).
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { separateBundles } from './separate-bundles.mjs';
import { webExtensionTarget } from './web-bundle.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

/** Entries that exist: features land one by one, the build follows them. */
const targets = [
  {
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    plugins: [separateBundles()],
  },
  webExtensionTarget, // package.json "browser": the web-worker extension host (vscode.dev, github.dev)
  {
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    plugins: [separateBundles()],
  },
  { entryPoints: ['src/cli/boot.ts'], outfile: 'dist/boot.js', platform: 'node', format: 'cjs' },
  { entryPoints: ['src/render/docx/index.ts'], outfile: 'dist/docx.js', platform: 'node', format: 'cjs' },
  { entryPoints: ['src/lists/read-xlsx.ts'], outfile: 'dist/xlsx.js', platform: 'node', format: 'cjs' },
  { entryPoints: ['src/sign/node-index.ts'], outfile: 'dist/sign.js', platform: 'node', format: 'cjs' },
  { entryPoints: ['src/import/index.ts'], outfile: 'dist/import.js', platform: 'node', format: 'cjs' },
  {
    entryPoints: ['src/render/pdf/index.ts'],
    outfile: 'dist/pdf.js',
    platform: 'node',
    format: 'cjs',
    // pdfkit's Node build is ESM and names its data files by import.meta.url, which a CommonJS bundle lacks.
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__importMetaUrl' },
  },
  { entryPoints: ['src/webview/main.ts'], outfile: 'media/preview.js', platform: 'browser', format: 'iife' },
  { entryPoints: ['src/webview/standalone.ts'], outfile: 'dist/standalone.js', platform: 'browser', format: 'iife' },
  { entryPoints: ['src/core/index.ts'], outfile: 'dist/core.browser.js', platform: 'browser', format: 'esm' },
].filter((t) => existsSync(t.entryPoints[0]));

const contexts = await Promise.all(
  targets.map((t) => esbuild.context({ ...common, target: t.platform === 'node' ? 'node20' : 'es2022', ...t })),
);
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
  console.log(`watching ${targets.length} bundles…`);
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
