/**
 * File names Windows accepts: no reserved device names, no forbidden
 * characters, no trailing dots or spaces, a bounded length; Vietnamese letters
 * kept, or folded to ASCII on request ("Sở Y tế" → "So Y te").
 */

/** Device names Windows reserves, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;

export interface SafeNameOptions {
  /** Fold Vietnamese letters to ASCII. */
  readonly ascii?: boolean;
  /** Longest name in characters, before any extension the caller adds. */
  readonly maxLength?: number;
  /** Used when nothing is left. */
  readonly fallback?: string;
}

/** A stem (no extension) that is a valid file name on Windows, macOS and Linux. */
export function safeFileStem(name: string, options: SafeNameOptions = {}): string {
  let stem = name.normalize('NFC').replace(/\*\*|\*/g, '').replace(FORBIDDEN, ' ');
  if (options.ascii) stem = foldToAscii(stem);
  stem = stem.replace(/\s+/g, ' ').trim();
  stem = truncate(stem, options.maxLength ?? 80).replace(/[. ]+$/, '');
  if (!stem) stem = options.fallback ?? 'giay-moi';
  return RESERVED.test(stem) ? `_${stem}` : stem;
}

/** Vietnamese (and other Latin) letters without their marks; đ/Đ become d/D. */
export function foldToAscii(text: string): string {
  return text.replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]/g, '');
}

/** Cuts at a word boundary when one is near, counting code points. */
function truncate(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).trim();
}
