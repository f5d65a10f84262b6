/**
 * Streams a WordprocessingML part (document, header, footer) into blocks with a
 * strict XML parser. Handles what Word and LibreOffice really write: runs split
 * mid-word, tracked changes (deleted text dropped, inserted kept), field codes
 * (result kept, instruction dropped), tabs and manual breaks, text boxes, and
 * the alternate content Word duplicates for older readers (read once).
 */
import type { Block, Paragraph, Table, TextRun } from './docx-model';
import { readXml } from './xml-reader';

interface RunState {
  bold: boolean;
  italic: boolean;
  text: string;
}

/** Elements whose whole content is skipped: deleted text, field instructions, duplicates. */
const SKIPPED = new Set([
  'w:del',
  'w:moveFrom',
  'w:instrText',
  'w:delText',
  'mc:Fallback',
  'w:sectPr',
  'w:tblPr',
  'w:trPr',
  'w:tcPr',
  'w:footnoteReference',
  'w:endnoteReference',
]);

/** The blocks of the part named `part` (named in errors). */
export function readWordml(xml: string, part = 'word/document.xml'): Block[] {
  const reader = new WordmlReader();
  readXml(xml, part, {
    open: (name, attributes) => reader.open(name, attributes),
    close: (name) => reader.close(name),
    text: (text) => reader.text(text),
  });
  return reader.blocks;
}

class WordmlReader {
  readonly blocks: Block[] = [];
  /** Where blocks go: the body, or the innermost table cell. */
  private containers: Block[][] = [this.blocks];
  private tables: Table[] = [];
  private paragraphs: Paragraph[] = [];
  /** Paragraphs of text boxes met inside a paragraph, placed after it. */
  private pendingBoxes: Paragraph[][] = [];
  private run: RunState | undefined;
  private skipDepth = 0;
  private stack: string[] = [];
  private inText = false;

  open(name: string, attributes: Record<string, string>): void {
    this.stack.push(name);
    if (this.skipDepth > 0 || SKIPPED.has(name)) {
      this.skipDepth += 1;
      return;
    }
    this.openElement(name, attributes);
  }

  close(name: string): void {
    this.stack.pop();
    if (this.skipDepth > 0) {
      this.skipDepth -= 1;
      return;
    }
    this.closeElement(name);
  }

  text(text: string): void {
    if (this.skipDepth === 0 && this.inText && this.run) this.run.text += text;
  }

  private openElement(name: string, attrs: Record<string, string>): void {
    const p = this.paragraphs[this.paragraphs.length - 1];
    switch (name) {
      case 'w:tbl':
        this.openTable();
        break;
      case 'w:tr':
        this.tables[this.tables.length - 1]?.rows.push([]);
        break;
      case 'w:tc':
        this.openCell();
        break;
      case 'w:p':
        this.openParagraph();
        break;
      case 'w:txbxContent':
        this.pendingBoxes.push([]);
        this.containers.push(this.pendingBoxes[this.pendingBoxes.length - 1]);
        break;
      case 'w:r':
        this.run = { bold: false, italic: false, text: '' };
        break;
      case 'w:t':
        this.inText = true;
        break;
      case 'w:tab':
        this.append('\t');
        break;
      case 'w:br':
      case 'w:cr':
        if (attrs['w:type'] !== 'page' && attrs['w:type'] !== 'column') this.append('\n');
        break;
      case 'w:noBreakHyphen':
        this.append('-');
        break;
      case 'w:b':
        if (this.inRunProperties()) this.run!.bold = isOn(attrs);
        break;
      case 'w:i':
        if (this.inRunProperties()) this.run!.italic = isOn(attrs);
        break;
      case 'w:numId':
        if (p && this.inParagraphProperties()) p.numbering = { numId: attrs['w:val'], level: p.numbering?.level ?? 0 };
        break;
      case 'w:ilvl':
        if (p && this.inParagraphProperties())
          p.numbering = { numId: p.numbering?.numId ?? '', level: Number(attrs['w:val']) || 0 };
        break;
      case 'w:pStyle':
        if (p && this.inParagraphProperties()) p.style = attrs['w:val'];
        break;
      case 'w:jc':
        if (p && this.inParagraphProperties()) p.align = attrs['w:val'];
        break;
    }
  }

  private closeElement(name: string): void {
    switch (name) {
      case 'w:t':
        this.inText = false;
        break;
      case 'w:r':
        this.closeRun();
        break;
      case 'w:p':
        this.closeParagraph();
        break;
      case 'w:tc':
      case 'w:txbxContent':
        this.containers.pop();
        break;
      case 'w:tbl':
        this.tables.pop();
        break;
    }
  }

  private openTable(): void {
    const table: Table = { kind: 'table', rows: [] };
    this.containers[this.containers.length - 1].push(table);
    this.tables.push(table);
  }

  private openCell(): void {
    const row = this.tables[this.tables.length - 1]?.rows.at(-1);
    const cell: Block[] = [];
    row?.push(cell);
    this.containers.push(cell);
  }

  private openParagraph(): void {
    const paragraph: Paragraph = { kind: 'paragraph', runs: [] };
    this.paragraphs.push(paragraph);
  }

  private closeParagraph(): void {
    const paragraph = this.paragraphs.pop();
    if (!paragraph) return;
    if (paragraph.numbering && !paragraph.numbering.numId) paragraph.numbering = undefined;
    this.containers[this.containers.length - 1].push(paragraph);
    if (this.paragraphs.length === 0) this.flushBoxes();
  }

  /** Text boxes read inside a paragraph follow it in reading order. */
  private flushBoxes(): void {
    const boxes = this.pendingBoxes.splice(0);
    for (const box of boxes) this.containers[this.containers.length - 1].push(...box);
  }

  private closeRun(): void {
    const run = this.run;
    this.run = undefined;
    const p = this.paragraphs[this.paragraphs.length - 1];
    if (!run || !p || run.text === '') return;
    const last = p.runs[p.runs.length - 1];
    if (last && last.bold === run.bold && last.italic === run.italic)
      p.runs[p.runs.length - 1] = { ...last, text: last.text + run.text };
    else p.runs.push(run as TextRun);
  }

  private append(text: string): void {
    if (this.run) this.run.text += text;
  }

  private inRunProperties(): boolean {
    return (
      this.run !== undefined &&
      this.stack[this.stack.length - 2] === 'w:rPr' &&
      this.stack[this.stack.length - 3] === 'w:r'
    );
  }

  private inParagraphProperties(): boolean {
    return this.stack.includes('w:pPr') && this.paragraphs.length > 0;
  }
}

/** `<w:b/>` and `<w:b w:val="true"/>` are on; "false", "0", "off" turn it off. */
function isOn(attrs: Record<string, string>): boolean {
  const value = attrs['w:val'];
  return value === undefined || !['false', '0', 'off', 'none'].includes(value);
}
