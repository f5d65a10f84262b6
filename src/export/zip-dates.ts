/**
 * Repeatable zip files: every entry's modification time set to one date, in
 * place (the DOS time fields are outside the CRC), so the same source gives
 * the same DOCX bytes.
 */

import { dosDateTime } from '../render/docx/zip-package';

export { dosDateTime };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/** Sets the date of every entry of a zip file (modifies and returns `zip`). */
export function setZipDates(zip: Uint8Array, date: Date): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const { time, day } = dosDateTime(date);
  const eocd = findEndOfCentralDirectory(view);
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let i = 0; i < count; i += 1) {
    if (view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw new Error('zip: bad central directory');
    view.setUint16(at + 12, time, true);
    view.setUint16(at + 14, day, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL_SIGNATURE) throw new Error('zip: bad local header');
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, day, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}

function findEndOfCentralDirectory(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at -= 1) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  throw new Error('zip: no end of central directory');
}
