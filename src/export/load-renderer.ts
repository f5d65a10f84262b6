/**
 * Loads the DOCX renderer only when something is exported: from the separate
 * bundle dist/docx.js when running bundled (extension, CLI), from source when
 * running under tsx (tests), so checking a file never loads the docx library.
 */
import { join } from 'node:path';

declare const __BUNDLED__: boolean | undefined;

/** The renderer module's shape. */
export type DocxRenderer = typeof import('../render/docx');

let loaded: DocxRenderer | undefined;

/** The renderer, loaded once. */
export function loadDocxRenderer(): DocxRenderer {
  if (!loaded) loaded = typeof __BUNDLED__ !== 'undefined' && __BUNDLED__ ? requireBundle() : requireSource();
  return loaded;
}

/** dist/docx.js sits beside dist/cli.js and dist/extension.js. */
function requireBundle(): DocxRenderer {
  const path = join(__dirname, 'docx.js');
  return require(path) as DocxRenderer;
}

function requireSource(): DocxRenderer {
  return require('../render/docx') as DocxRenderer;
}
