/**
 * Loads the XLSX reader only when a spreadsheet list is read: from the
 * separate bundle dist/xlsx.js when running bundled (extension, CLI), from
 * source under tsx (tests), so a CSV list or no list never loads it.
 */
import { join } from 'node:path';

declare const __BUNDLED__: boolean | undefined;

export type XlsxReader = typeof import('./read-xlsx');

let loaded: XlsxReader | undefined;

/** The reader module, loaded once. */
export function loadXlsxReader(): XlsxReader {
  if (!loaded) loaded = typeof __BUNDLED__ !== 'undefined' && __BUNDLED__ ? (require(join(__dirname, 'xlsx.js')) as XlsxReader) : (require('./read-xlsx') as XlsxReader);
  return loaded;
}
