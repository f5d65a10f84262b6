/**
 * The import's fidelity, measured from the result rather than from the
 * importer's bookkeeping: the imported source is exported to DOCX, both files
 * are read by the same reader, and each printed word of the original counts as
 * kept only when the export prints it again, in order. Kept words that come from
 * `nguyen_van`, `nguyen_van_dau` or `nguyen_van_cuoi` (text kept as written) are told apart from those placed in fields.
 */
import { checkInvitation } from '../core/check';
import { layoutInvitation, linesOf, resolveMeasures, type Layout, type Measures } from '../core/layout';
import { paragraphText, type DocxDocument } from './docx-model';
import { documentLines } from './lines';
import { readDocument } from './read-document';
import type { Fidelity } from './fidelity-shares';
import { firstLostPassage, keptInOrder, printedElsewhere, printedWords } from './words-in-order';

export type { Fidelity } from './fidelity-shares';

/** The DOCX renderer the caller loads (the import never loads the docx library itself). */
export interface FidelityRenderer {
  renderDocx(layouts: readonly Layout[], options: { measures: Measures; date: Date }): Promise<Uint8Array>;
}

/** A fixed date: the figure must not depend on when it is measured. */
const EPOCH = new Date(Date.UTC(2020, 0, 1));

/** Exports `yaml` with `renderer` and compares its printed words with those of the original DOCX. */
export async function measureFidelity(
  original: Uint8Array,
  yaml: string,
  renderer: FidelityRenderer,
): Promise<Fidelity> {
  const words = documentWords(readDocument(original));
  const checked = checkInvitation(yaml);
  const errors = checked.problems.filter((p) => p.severity === 'error').length;
  if (!checked.invitation || errors) return { total: words.length, kept: 0, verbatim: 0, moved: 0, errors };
  const layout = layoutInvitation(checked.invitation, checked.source);
  const exported = await renderer.renderDocx([layout], { measures: resolveMeasures(), date: EPOCH });
  const printed = documentWords(readDocument(exported));
  const kept = keptInOrder(words, printed);
  const moved = printedElsewhere(words, printed, kept);
  const keptCount = kept.filter(Boolean).length;
  const { nguyen_van, nguyen_van_dau, nguyen_van_cuoi } = checked.invitation;
  const verbatimWords = [nguyen_van, nguyen_van_dau, nguyen_van_cuoi].flatMap(linesOf).flatMap(printedWords).length;
  return {
    total: words.length,
    kept: keptCount,
    verbatim: Math.min(keptCount, verbatimWords),
    moved: moved.filter(Boolean).length,
    firstLost: firstLostPassage(
      words,
      kept.map((k, i) => k || moved[i]),
    ),
    firstMoved: firstLostPassage(
      words,
      moved.map((m) => !m),
    ),
    errors: 0,
  };
}

/** The printed words of a document: body (tables, text boxes, list labels) and footers. */
function documentWords(document: DocxDocument): string[] {
  const body = documentLines(document.body).map((l) => l.text);
  const footers = document.footers.flat().map(paragraphText);
  return [...body, ...footers].flatMap(printedWords);
}
