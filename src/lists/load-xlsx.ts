/**
 * Loads the XLSX reader only when a spreadsheet list is read, so a CSV list or
 * no list never loads it. The Node bundles (extension, CLI) keep it in its own
 * bundle, dist/xlsx.js: scripts/build.mjs turns this require into one of that
 * file. The web bundle holds it, wrapped so its code first runs here.
 */

export type XlsxReader = typeof import('./read-xlsx');

/** The reader module (the module cache keeps it after the first call). */
export function loadXlsxReader(): XlsxReader {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on the first spreadsheet; the build makes it dist/xlsx.js
  return require('./read-xlsx') as XlsxReader;
}
