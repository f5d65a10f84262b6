// Bundles the export pipeline (check → layout → DOCX → repeatable zip) with esbuild, as the
// CLI ships it, so in-process figures measure the shipped code rather than tsx.
import * as esbuild from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Loads { planExport, renderer, layoutLines, checkInvitation, layoutInvitation } from a fresh bundle. */
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
      ].join('\n'),
      resolveDir: root, loader: 'ts',
    },
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'warning',
    define: { __BUNDLED__: 'false' },
  });
  return createRequire(import.meta.url)(outfile);
}
