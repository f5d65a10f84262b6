/** What the reader keeps of a WordprocessingML document: text, emphasis, numbering, tables. */

export interface TextRun {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
}

export interface Paragraph {
  readonly kind: 'paragraph';
  readonly runs: TextRun[];
  /** The list the paragraph belongs to (its number lives in numbering.xml, not in its text). */
  numbering?: { numId: string; level: number };
  style?: string;
  align?: string;
  /** The list label Word would draw ("1.", "a)", "-"), filled in from numbering.xml. */
  label?: string;
}

export interface Table {
  readonly kind: 'table';
  /** Rows of cells; each cell holds blocks. */
  readonly rows: Block[][][];
}

export type Block = Paragraph | Table;

/** The document body, and the text of headers and footers (page 1's contact block lives there). */
export interface DocxDocument {
  readonly body: Block[];
  readonly footers: Paragraph[][];
}

/** A paragraph's text with its label. */
export function paragraphText(p: Paragraph): string {
  const text = p.runs.map((r) => r.text).join('');
  return p.label ? `${p.label} ${text.replace(/^\s+/, '')}` : text;
}
