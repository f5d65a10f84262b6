/** How VS Code's Markdown preview names a heading, so the rules reference can open at one. */

/**
 * A heading's id in VS Code's Markdown preview (its GitHub-style slugifier:
 * lower case, spaces to "-", punctuation dropped); the preview starts at the
 * heading whose id is the fragment of the URI it opens.
 */
export function markdownSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '-')
    .replace(
      /[\][!/'"#$%&()*+,.:;<=>?@\\^{|}~`。，、；：？！…—·ˉ¨‘’“”々～‖∶＂＇｀｜〃〔〕〈〉《》「」『』．〖〗【】（）［］｛｝]/g,
      '',
    )
    .replace(/^-+/, '')
    .replace(/-+$/, '');
}
