/** How much the importer reads: an invitation in Word is 10–40 KB, its document part a few hundred KB. */

/** A DOCX larger than this is not an invitation. */
export const MAX_DOCX_BYTES = 20 * 1024 * 1024;
/** The most one XML part may inflate to (a zip bomb is refused before it fills memory). */
export const MAX_PART_BYTES = 8 * 1024 * 1024;
