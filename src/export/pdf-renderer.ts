/**
 * Loads the PDF renderer only when a PDF is exported, as load-renderer.ts
 * does the DOCX one: the Node bundles keep it in dist/pdf.js (scripts/build.mjs),
 * so activation and `giaymoi check` never parse pdfkit and fontkit.
 */

/** The renderer module's shape. */
export type PdfRenderer = typeof import('../render/pdf');

/** The renderer (the module cache keeps it after the first call). */
export function loadPdfRenderer(): PdfRenderer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on the first PDF export; the build makes it dist/pdf.js
  return require('../render/pdf') as PdfRenderer;
}
