/**
 * Loads the DOCX renderer only when something is exported, so checking a file
 * never loads the docx library. The Node bundles (extension, CLI) keep it in
 * its own bundle, dist/docx.js: scripts/build.mjs turns this require into one of
 * that file. The web bundle holds it, wrapped so its code first runs here.
 * A require, not import(): the CLI's compile cache runs bundles through vm.Script, which has no import().
 */

/** The renderer module's shape. */
export type DocxRenderer = typeof import('../render/docx');

/** The renderer (Node's module cache, or the bundle's, keeps it after the first call). */
export function loadDocxRenderer(): DocxRenderer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on the first export; the build makes it dist/docx.js
  return require('../render/docx') as DocxRenderer;
}
