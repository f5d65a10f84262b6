/**
 * A spreadsheet list checked before it is read: its parts inflated as a
 * stream, a few kilobytes at a time and never kept, so a zip bomb is refused
 * within its limit's memory (a 462 KB bomb took 3–4 GB in read-excel-file,
 * which inflates everything first), the rows of each sheet counted as they
 * arrive, and a sheet without cell references (which read-excel-file cannot
 * place: "Cannot read properties of undefined") named for what it is.
 */
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { MAX_LIST_ROWS } from '../core/merge';
import { localeNumber, say, sideBySide } from '../core/messages';

/** The most a list's parts may inflate to, together (a list of a few thousand invitees is a few MB). */
export const MAX_XLSX_INFLATED_BYTES = 64 * 1024 * 1024;
/** The most rows a sheet may have (a title and header rows above the list's own limit); 1,000,000 rows overflowed the reader's stack. */
export const MAX_XLSX_ROWS = MAX_LIST_ROWS + 20;

/** Compressed bytes handed to the inflater at a time: at most ~1,000 times that comes out of one push. */
const CHUNK_BYTES = 4 * 1024;
/** The longest tag kept from one chunk to the next; a longer one is no cell of a list. */
const MAX_CARRY = 64 * 1024;
const SHEET = /^xl\/worksheets\/[^/]+\.xml$/;

/** Why a spreadsheet is refused before it is read; the message is the detail of GM048 (Vietnamese · English). */
export class XlsxBoundsError extends Error {}

/** Throws an XlsxBoundsError when the spreadsheet inflates past the limit, has too many rows, or lacks cell references. */
export function checkXlsxBounds(bytes: Uint8Array): void {
  let inflated = 0;
  const unzip = new Unzip((file) => {
    const sheet = SHEET.test(file.name) ? sheetScanner() : undefined;
    file.ondata = (error, chunk, final) => {
      if (error) throw error;
      inflated += chunk.length;
      if (inflated > MAX_XLSX_INFLATED_BYTES) throw tooLarge();
      sheet?.(chunk, final);
    };
    startEntry(file);
  });
  unzip.register(UnzipInflate);
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES)
    unzip.push(bytes.subarray(at, at + CHUNK_BYTES), at + CHUNK_BYTES >= bytes.length);
}

/** Only deflated or stored parts are inflated; others are left to the reader, which refuses them. */
function startEntry(file: UnzipFile): void {
  if (file.compression === 0 || file.compression === 8) file.start();
}

/** Counts a sheet's rows and looks for a cell without its reference, across chunk boundaries. */
function sheetScanner(): (chunk: Uint8Array, final: boolean) => void {
  const decoder = new TextDecoder();
  let carry = '';
  let rows = 0;
  return (chunk, final) => {
    const text = carry + decoder.decode(chunk, { stream: !final });
    const open = text.lastIndexOf('<');
    const cut = final || open < 0 ? text.length : open;
    const whole = text.slice(0, cut);
    carry = text.length - cut > MAX_CARRY ? '' : text.slice(cut);
    rows += whole.match(/<row[\s>/]/g)?.length ?? 0;
    if (rows > MAX_XLSX_ROWS) throw tooManyRows();
    for (const [, attributes] of whole.matchAll(/<c(\s[^>]*)?>/g))
      if (!/\sr\s*=/.test(attributes ?? '')) throw noReferences();
  };
}

const MB = (bytes: number) => `${bytes / 1024 / 1024} MB`;
const tooLarge = () =>
  new XlsxBoundsError(sideBySide(say('lists.xlsx.tooLarge', { size: MB(MAX_XLSX_INFLATED_BYTES) })));
const tooManyRows = () =>
  new XlsxBoundsError(sideBySide(say('lists.xlsx.tooManyRows', { rows: localeNumber(MAX_XLSX_ROWS) })));
const noReferences = () => new XlsxBoundsError(sideBySide(say('lists.xlsx.noReferences')));
