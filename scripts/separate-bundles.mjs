// The DOCX renderer and the XLSX reader are loaded on first use with a plain
// `require('../render/docx')` (src/export/load-renderer.ts, src/lists/load-xlsx.ts).
// In the Node bundles (dist/extension.js, dist/cli.js) that require becomes one of
// the bundle built beside them from the same module (dist/docx.js, dist/xlsx.js),
// so activation and `giaymoi check` never parse the docx library. A require, not
// import(): the CLI's compile cache runs bundles through vm.Script, which has no import().
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/** Source module → the bundle beside the requiring one that holds it (scripts/build.mjs builds both). */
export const SEPARATE_BUNDLES = {
  [join(ROOT, 'src/render/docx/index.ts')]: './docx.js',
  [join(ROOT, 'src/lists/read-xlsx.ts')]: './xlsx.js',
  [join(ROOT, 'src/sign/node-index.ts')]: './sign.js',
  [join(ROOT, 'src/render/pdf/index.ts')]: './pdf.js',
  [join(ROOT, 'src/import/index.ts')]: './import.js',
};

/** Leaves a `require` of a separately bundled module to run time, pointed at its bundle. */
export function separateBundles(bundles = SEPARATE_BUNDLES) {
  return {
    name: 'giaymoi-separate-bundles',
    setup(build) {
      build.onResolve({ filter: /^\./ }, async (args) => {
        if (args.kind !== 'require-call' || args.pluginData?.giaymoiSeparate) return undefined;
        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          importer: args.importer,
          pluginData: { giaymoiSeparate: true },
        });
        const bundle = bundles[resolved.path];
        return bundle ? { path: bundle, external: true } : undefined;
      });
    },
  };
}
