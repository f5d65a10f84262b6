// Bundles the export pipeline (check → layout → DOCX → repeatable zip) with esbuild, as the
// CLI ships it, so in-process figures measure the shipped code rather than tsx.
import * as esbuild from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Loads { planExport, renderer, layoutLines, checkInvitation, layoutInvitation, and the render's steps } from a fresh bundle. */
export async function loadExportBundle(root) {
  const outfile = join(mkdtempSync(join(tmpdir(), 'giaymoi-bench-')), 'export.cjs');
  await esbuild.build({
    stdin: {
      contents: [
        "export { planExport } from './src/export/plan-export';",
        "export * as renderer from './src/render/docx';",
        "export { layoutLines } from './src/core/layout/text';",
        "export { layoutInvitation } from './src/core/layout';",
        "export { checkInvitation } from './src/core/check';",
        "export { resolveMeasures } from './src/core/layout';",
        "export { nodeZipCodec as defaultZipCodec } from './src/export/node-zip-codec';",
        "export { packageParts } from './src/render/docx/package-parts';",
        "export { zipPackage } from './src/render/docx/zip-package';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    define: { __BUNDLED__: 'false' },
  });
  return createRequire(import.meta.url)(outfile);
}

/** Bundles what dist/boot.js runs first (the compile cache, V8 tuned for a short run), for bench processes that load dist/ as the CLI does. */
export async function bundleBootHelpers(root) {
  const outfile = join(mkdtempSync(join(tmpdir(), 'giaymoi-bench-')), 'boot-helpers.cjs');
  await esbuild.build({
    stdin: {
      contents:
        "export { installCompileCache } from './src/node/compile-cache';\nexport { tuneForShortRun } from './src/node/short-run';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}
