/** English counts with the right noun form ("1 error", "2 errors"); Vietnamese nouns do not inflect. */

/** `n` followed by the singular or the plural of an English noun. */
export function countEn(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
