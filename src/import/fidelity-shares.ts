/**
 * The fidelity figure's shape and its percentages, apart from the measure
 * (fidelity.ts) so the editor formats its message without loading the reader.
 */

export interface Fidelity {
  /** Printed words of the original document. */
  readonly total: number;
  /** Of those, printed again by the export of the imported source, in order. */
  readonly kept: number;
  /** Of the kept words, how many the source holds in `nguyen_van` rather than in fields. */
  readonly verbatim: number;
  /** Of the words not kept in order, those the export still prints, elsewhere (text under the signature printed in the body). */
  readonly moved: number;
  /** The first run of words printed nowhere (undefined: none lost). */
  readonly firstLost?: string;
  /** The first run of words printed out of their place (undefined: none moved). */
  readonly firstMoved?: string;
  /** Errors that stop the source from exporting: then nothing is printed and every word counts as lost. */
  readonly errors: number;
}

/** Percentages for messages, one decimal; a document without words is kept whole. */
export function fidelityShares(f: Fidelity): { kept: string; fields: string; verbatim: string } {
  const share = (n: number) => (f.total ? (100 * n) / f.total : 100).toFixed(1);
  return { kept: share(f.kept), fields: share(f.kept - f.verbatim), verbatim: share(f.verbatim) };
}
