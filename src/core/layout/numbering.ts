/**
 * The labels of the body's levels, derived and never typed: parts I., II.;
 * sections 1., 2.; sub-items 1.1.; points a), b); dash "- " and plus "+ " lines.
 * NĐ 30/2020, PL I-P.I-M.II-k.6 divides a text into phần, mục (Roman), khoản
 * (Arabic) and điểm (letters); "1.1.", "-" and "+" are office practice (the seed).
 */

/** "- " before a dash line and "+ " before a line under it. */
export const DASH = '- ';
export const PLUS = '+ ';

const ROMAN: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 1 → "I", 4 → "IV", 14 → "XIV" (parts are numbered in Roman numerals, PL I-P.I-M.II-k.6). */
export function romanNumeral(n: number): string {
  let rest = Math.max(1, Math.floor(n));
  let out = '';
  for (const [value, digits] of ROMAN) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/**
 * Letters of points: the decree asks for "chữ cái tiếng Việt theo thứ tự abc"
 * (PL I-P.I-M.II-k.6). Vietnamese legal texts letter their điểm a, b, c, d, đ,
 * e, g, h, i, k, … : the letters of the Vietnamese alphabet without the vowels
 * that carry a mark (ă, â, ê, ô, ơ, ư), đ kept, and f, j, w, z absent because
 * they are not Vietnamese letters.
 */
export const POINT_LETTERS = [
  'a',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'g',
  'h',
  'i',
  'k',
  'l',
  'm',
  'n',
  'o',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'v',
  'x',
  'y',
] as const;

/** The n-th point's letter (1-based); past "y" the letters double ("aa"), as no real list gets there. */
export function pointLetter(n: number): string {
  const i = Math.max(1, Math.floor(n)) - 1;
  const letter = POINT_LETTERS[i % POINT_LETTERS.length];
  return letter.repeat(Math.floor(i / POINT_LETTERS.length) + 1);
}

/** "II. " for the second part. */
export const partLabel = (n: number): string => `${romanNumeral(n)}. `;

/** "2. " for a section, "2.3. " for a sub-item: the numbers of each level joined by dots. */
export const itemLabel = (numbers: readonly number[]): string => `${numbers.join('.')}. `;

/** "đ) " for the fifth point. */
export const pointLabel = (n: number): string => `${pointLetter(n)}) `;
