/**
 * Loads the signing code only when something is signed. The Node bundles
 * (extension, CLI) keep it in dist/sign.js: scripts/build.mjs turns this
 * require into one of that file (as load-renderer.ts does for the DOCX renderer).
 * A require, not import(): the CLI's compile cache runs bundles through vm.Script, which has no import().
 */

/** The signing module's shape. */
export type Signing = typeof import('./node-index');

/** The signing module (Node's module cache, or the bundle's, keeps it after the first call). */
export function loadSigning(): Signing {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on the first signature; the build makes it dist/sign.js
  return require('./node-index') as Signing;
}
