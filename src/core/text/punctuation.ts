/**
 * Closing a derived sentence or list line without doubling its punctuation:
 * a line the author ended with "?" or "!" keeps it ("Ai chủ trì?" not
 * "Ai chủ trì?."), a closing "./." or an ellipsis stands, and a stray ";", ","
 * or "." is replaced by the mark the position needs.
 */

const OWN_CLOSE = /(?:\.\/\.|\.\.\.|…|[?!])["”’]*$/u;
const STRAY = /[\s;.,:]+$/u;

/** `text` ending with `mark` (".", ";"), unless it already closes with its own mark. */
export function closeWith(text: string, mark: '.' | ';'): string {
  const trimmed = text.trimEnd();
  if (OWN_CLOSE.test(trimmed)) return trimmed;
  return trimmed.replace(STRAY, '') + mark;
}

/** A printed list line less the mark `closeWith` adds: what an import keeps ("Sở Y tế;" → "Sở Y tế", "……" stays). */
export function withoutListMark(text: string): string {
  const trimmed = text.trimEnd();
  return OWN_CLOSE.test(trimmed) ? trimmed : trimmed.replace(STRAY, '');
}
