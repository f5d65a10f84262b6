/**
 * Loads the DOCX importer only when a Word file is imported, so activation never
 * loads the zip and XML readers. The desktop extension keeps it in its own
 * bundle, dist/import.js: scripts/build.mjs turns this require into one of that
 * file. The web bundle holds it, wrapped so its code first runs here.
 * A require, not import(): an import() of a module inside the bundle makes esbuild
 * wrap that module and everything it reaches (the whole core) in lazy initialisers,
 * which costs every activation and defeats tree shaking (zod's locales stayed in).
 */

/** The importer module's shape. */
export type DocxImporter = typeof import('./index');

/** The importer (the module cache keeps it after the first call). */
export function loadDocxImporter(): DocxImporter {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on the first import; the build makes it dist/import.js
  return require('./index') as DocxImporter;
}
