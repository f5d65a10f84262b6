/** Reads the contributed snippets file, so the "new invitation" command inserts the same template as the `giaymoi` snippet. */

import { DECREE_TYPE_KEYS, DECREE_TYPES, isDecreeType, type DecreeTypeKey } from '../schema/document-types';

/** The snippet behind `giaymoi.newInvitation`: the whole invitation. */
export const NEW_INVITATION_PREFIX = 'giaymoi';

/** The whole-document snippet of each Decree 30 type (Mẫu 1.7, 1.4, 1.6). */
const TEMPLATE_PREFIXES: Readonly<Record<DecreeTypeKey, string>> = {
  giay_moi: NEW_INVITATION_PREFIX,
  thong_bao: 'thong-bao',
  cong_dien: 'cong-dien',
};

/** One choice of the new-document picker: the type's name as written in a sentence, and its model. */
export interface DocumentTypeChoice {
  readonly type: DecreeTypeKey;
  /** "Giấy mời", "Thông báo", "Công điện". */
  readonly name: string;
  /** "Mẫu 1.7 · GM". */
  readonly model: string;
}

/** The Decree 30 types a new document can be written as, Giấy mời first. */
export function documentTypeChoices(): DocumentTypeChoice[] {
  return DECREE_TYPE_KEYS.map((type) => {
    const { word, model, abbreviation } = DECREE_TYPES[type];
    const lower = word.toLocaleLowerCase('vi');
    return { type, name: lower[0].toLocaleUpperCase('vi') + lower.slice(1), model: `${model} · ${abbreviation}` };
  });
}

/** The template for a new document of `type` (a command argument, so untrusted): a Giấy mời unless it names another type. */
export function templatePrefix(type: unknown): string {
  return typeof type === 'string' && isDecreeType(type) ? TEMPLATE_PREFIXES[type] : NEW_INVITATION_PREFIX;
}

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
