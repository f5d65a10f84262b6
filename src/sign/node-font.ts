/**
 * A Unicode serif font for the text appearance, read from the system: Times
 * New Roman (the decree's font, Phụ lục I, Phần I, Mục I, k.4) where it is
 * installed, else the metric-compatible Liberation Serif, else DejaVu Serif.
 */
import { readFileSync } from 'node:fs';
import { say } from '../core/messages';
import { SignError } from './sign-error';

const CANDIDATES = [
  'C:\\Windows\\Fonts\\times.ttf',
  '/System/Library/Fonts/Supplemental/Times New Roman.ttf',
  '/Library/Fonts/Times New Roman.ttf',
  '/usr/share/fonts/truetype/msttcorefonts/Times_New_Roman.ttf',
  '/usr/share/fonts/truetype/msttcorefonts/times.ttf',
  '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf',
  '/usr/share/fonts/liberation-serif/LiberationSerif-Regular.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf',
  '/usr/share/fonts/dejavu/DejaVuSerif.ttf',
];

/** The first font of the list that can be read; a SignError (install one, or use --anh) when none. */
export function readSystemFont(candidates: readonly string[] = CANDIDATES): Uint8Array {
  for (const path of candidates) {
    try {
      return readFileSync(path);
    } catch {
      // not installed here: try the next
    }
  }
  throw new SignError(say('cli.sign.noFont'));
}
