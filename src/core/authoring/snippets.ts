/** Reads the contributed snippets file, so the "new invitation" command inserts the same template as the `giaymoi` snippet. */

/** The snippet behind `giaymoi.newInvitation`: the whole invitation. */
export const NEW_INVITATION_PREFIX = 'giaymoi';

interface SnippetEntry {
  readonly prefix: string | readonly string[];
  readonly body: string | readonly string[];
  readonly description?: string;
}

/** The body (snippet syntax) of the snippet with `prefix` in the JSON text of a .code-snippets file. */
export function snippetBody(json: string, prefix: string): string | undefined {
  const snippets = JSON.parse(json) as Record<string, SnippetEntry>;
  const found = Object.values(snippets).find((s) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]).includes(prefix));
  if (!found) return undefined;
  return Array.isArray(found.body) ? found.body.join('\n') : (found.body as string);
}
